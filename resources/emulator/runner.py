"""functions-emulator runner: runs one CDF function handler, or validates a deployment.

Started by functions-emulator, one process per call or deployment step:
    python3 runner.py call     FUNCTION_DIR FUNCTION_PATH RESULT_FD   (request JSON on stdin)
    python3 runner.py validate FUNCTION_DIR FUNCTION_PATH RESULT_FD
    python3 runner.py install  FUNCTION_DIR FUNCTION_PATH RESULT_FD   (becomes pip; its exit status is the result)

A call process is started ahead of its call (a warm process): it imports the handler, then waits
for the request on stdin, so a call pays only for running handle(). Each process serves one call.

Everything the handler prints goes to stdout/stderr, which the emulator turns into the call's log
lines. The outcome is written as JSON to the pipe RESULT_FD, never to stdout, so handler output
cannot be mistaken for it.

The emulator starts it in a sandbox (python -I -S: no user site, no site-packages); the function's
environment is given as folders in FS_EMULATOR_SITES (its requirements' layer, the cognite-sdk
layer), added here with their .pth files. A deploy builds a missing layer first, in a sandbox of
its own where nothing imports the function's code: install mode runs pip --target
FS_EMULATOR_TARGET with requirements.txt (or FS_EMULATOR_INSTALL, e.g. cognite-sdk).
"""
# Only what every call needs is imported up front: a warm process must be ready quickly (json,
# inspect, platform and importlib.metadata each cost Python tens of milliseconds to import).
import importlib
import json
import os
import re  # json imports it anyway
import sys

ALLOWED = ("data", "client", "secrets", "function_call_info")

# -I ignores PYTHONIOENCODING: the log is UTF-8 whatever the sandbox's locale.
for _stream in (sys.stdout, sys.stderr):
    try:
        _stream.reconfigure(encoding="utf-8")
    except (AttributeError, ValueError):
        pass


def add_sites(paths):
    """Puts the environment's folders first on sys.path, with their .pth files processed."""
    paths = [p for p in paths if p and os.path.isdir(p)]
    if not paths:
        return
    import site
    before = list(sys.path)
    for p in paths:
        site.addsitedir(p)
    added = [p for p in sys.path if p not in before]
    sys.path[:] = added + before


def env_sites():
    return [p for p in os.environ.get("FS_EMULATOR_SITES", "").split(":") if p]


def write_result(fd, payload):
    # The peak resident memory of this process and the children it waited for (Linux: KiB).
    try:
        import resource
        peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        payload.setdefault("maxMemoryBytes", peak * 1024)
    except (ImportError, OSError, ValueError):
        pass
    data = json.dumps(payload).encode("utf-8")
    try:
        while data:
            data = data[os.write(fd, data):]
        os.close(fd)
    except OSError:
        pass  # the emulator stopped reading: the result was too large


def module_name(function_path):
    p = function_path
    while p.startswith("./"):
        p = p[2:]
    if p.endswith(".py"):
        p = p[:-3]
    return p.replace("/", ".")


CO_COROUTINE = 0x0080


def load_handle(function_dir, function_path):
    sys.path.insert(0, function_dir)
    module = importlib.import_module(module_name(function_path))
    handle = getattr(module, "handle", None)
    if handle is None or not callable(handle):
        raise TypeError(f"{function_path} must contain a function named 'handle'.")
    code = getattr(handle, "__code__", None)
    if code is not None and code.co_flags & CO_COROUTINE:
        raise TypeError("handle must be a regular function, not 'async def'.")
    return handle


def parameter_names(handle):
    """The names handle() accepts, positional or keyword-only (as CDF passes them by name)."""
    code = getattr(handle, "__code__", None)
    if code is None:  # a callable object: let inspect work it out
        import inspect
        return list(inspect.signature(handle).parameters)
    return list(code.co_varnames[: code.co_argcount + code.co_kwonlyargcount])


def format_exc():
    """The current exception's trace without this runner's own frames: the user's code and the
    libraries it called, as CDF's trace shows them."""
    import traceback
    kind, value, tb = sys.exc_info()
    if tb is None:
        return traceback.format_exc()
    own = os.path.abspath(__file__)
    frames = [f for f in traceback.extract_tb(tb) if os.path.abspath(f.filename) != own]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(kind, value)
    return "".join(lines)


def note_runtime():
    """Says in the call's log how it runs when that differs from CDF: without a sandbox, with the
    host's packages, or on another Python than the function asked for."""
    for notice in os.environ.get("FS_EMULATOR_NOTICES", "").splitlines():
        print(notice, flush=True)
    wanted = os.environ.get("FS_EMULATOR_RUNTIME", "")
    minor = wanted[3:]
    if wanted.startswith("py3") and minor.isdigit() and int(minor) != sys.version_info.minor:
        import platform
        print(f"[functions-emulator] the function asks for runtime {wanted} (Python 3.{minor}), "
              f"but python3.{minor} is not installed here; Python {platform.python_version()} "
              f"({sys.executable}) ran it.", flush=True)


def make_client(cfg):
    if not cfg:
        return None
    try:
        from cognite.client import ClientConfig, CogniteClient
        from cognite.client.credentials import Token
    except ImportError:
        print(f"[functions-emulator] {sdk_missing()} So 'client' is None.", flush=True)
        return None
    try:
        return CogniteClient(ClientConfig(client_name="functions-emulator", project=cfg["project"],
                                          credentials=Token(cfg["token"]), base_url=cfg["base_url"]))
    except Exception as e:
        print(f"[functions-emulator] could not create a CogniteClient ({e}); 'client' is None.", flush=True)
        return None


def sdk_missing():
    problem = os.environ.get("FS_EMULATOR_SDK_PROBLEM", "").strip()
    if problem:
        return ("cognite-sdk is not in this function's environment: the emulator could not install it "
                f"({problem.splitlines()[-1][:300]}). Give the emulator a wheelhouse that holds cognite-sdk and its "
                "dependencies (--wheelhouse), or network access to PyPI, and deploy again.")
    return "cognite-sdk is not in this function's environment."


def module_hint(error):
    """Why a module is missing here, and what CDF would do, for a ModuleNotFoundError."""
    top = (getattr(error, "name", None) or "").split(".")[0]
    if not top:
        return ""
    if top == "cognite":
        return "\n" + sdk_missing()
    return (f"\n'{top}' is not installed in the function's environment. CDF installs only the standard library, "
            "cognite-sdk and what requirements.txt names, so it fails there too: add the package that provides "
            f"'{top}' to requirements.txt.")


def run_call(function_dir, function_path, result_fd):
    os.chdir(function_dir)
    add_sites(env_sites())
    handle, load_error = None, None
    try:
        handle = load_handle(function_dir, function_path)
    except BaseException as e:  # reported to the call that comes
        load_error = (e, format_exc())
    sys.stdout.flush()
    sys.stderr.flush()
    request = json.loads(sys.stdin.read() or "{}")  # blocks until the call is assigned
    note_runtime()
    if load_error:
        e, trace = load_error
        if isinstance(e, ModuleNotFoundError):
            trace += module_hint(e)
        write_result(result_fd, {"status": "Failed", "error": {
            "message": f"{type(e).__name__}: {e}"[:10000], "trace": trace[-100000:]}})
        return
    try:
        available = {
            "data": request.get("data") or {},
            "secrets": request.get("secrets") or {},
            "function_call_info": request.get("function_call_info") or {},
        }
        params = parameter_names(handle)
        if "client" in params:
            available["client"] = make_client(request.get("client"))
        kwargs = {name: available[name] for name in params if name in available}
        result = handle(**kwargs)
    except MemoryError:
        sys.stdout.flush()
        write_result(result_fd, {"status": "Failed", "error": {
            "message": f"MemoryError: the function ran out of memory (its limit is {request.get('memory_mb')} MB)",
            "trace": format_exc()}})
        return
    except BaseException as e:  # the handler's own failure, including SystemExit
        sys.stdout.flush()
        sys.stderr.flush()
        hint = module_hint(e) if isinstance(e, ModuleNotFoundError) else ""
        write_result(result_fd, {"status": "Failed", "error": {
            "message": f"{type(e).__name__}: {e}"[:10000], "trace": (format_exc() + hint)[-100000:]}})
        return
    sys.stdout.flush()
    try:
        # As CDF's Python service would: NaN and Infinity are written as Python's json writes them.
        encoded = json.dumps(result)
    except (TypeError, ValueError) as e:
        write_result(result_fd, {"status": "Failed", "error": {
            "message": f"The function returned a value that is not JSON: {e}",
            "trace": f"handle() returned a {type(result).__name__}; return dicts, lists, strings, numbers, booleans or None."}})
        return
    limit = request.get("response_limit_bytes") or 0
    if limit and len(encoded.encode("utf-8")) > limit:
        write_result(result_fd, {"status": "Failed", "error": {
            "message": f"The response is {len(encoded.encode('utf-8'))} bytes; the limit is {limit} bytes ({limit // 1_000_000} MB).",
            "trace": "Return less data, or write it to CDF (e.g. a file) and return a reference."}})
        return
    # The response goes as text, so that NaN survives the trip; the emulator serves it as it is.
    write_result(result_fd, {"status": "Completed", "responseText": encoded})


NAME_RE = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;]*)")
OPTION_FILE_RE = re.compile(r"^\s*(-r|--requirement|-c|--constraint)(\s*=?\s*)(\S+)\s*$")
COMMENT_RE = re.compile(r"(^|\s+)#.*$")


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_lines(function_dir):
    """requirements.txt as pip reads it: continuations joined (a comment line ends one), comments
    stripped from every line, a byte-order mark dropped. A cognite-sdk line without a version or
    extras is left out: CDF installs the SDK unless the requirements pin it, and so does the
    emulator (its own layer). Files a line names (-r, -c) are named by their full path."""
    path = os.path.join(function_dir, "requirements.txt")
    if not os.path.isfile(path):
        return []
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        raw_lines = f.read(1_000_000).splitlines()
    joined, pending = [], ""
    for raw in raw_lines:
        if not raw.lstrip().startswith("#") and raw.endswith("\\"):
            pending += raw[:-1]
            continue
        joined.append("" if raw.lstrip().startswith("#") else pending + raw)
        pending = ""
    if pending:
        joined.append(pending)
    lines = []
    for line in joined:
        line = COMMENT_RE.sub("", line).strip()
        if not line:
            continue
        option = OPTION_FILE_RE.match(line)
        if option:
            lines.append(f"{option.group(1)} {os.path.join(function_dir, option.group(3))}")
            continue
        m = NAME_RE.match(line)
        if m and not line.startswith("-") and "://" not in line and normalise(m.group(1)) == "cognite-sdk" \
                and not m.group(2) and not re.search(r"(===|==|!=|~=|>=|<=|>|<)", m.group(3)):
            continue
        lines.append(line)
    return lines


def run_install(function_dir, result_fd):
    """Becomes pip: installs requirements.txt (or FS_EMULATOR_INSTALL) into FS_EMULATOR_TARGET,
    from the wheelhouse, or the function's index (PyPI by default), and from nowhere else. Its exit
    status is the result; nothing of the function is imported."""
    import tempfile
    target = os.environ["FS_EMULATOR_TARGET"]
    wanted = os.environ.get("FS_EMULATOR_INSTALL")
    if wanted:
        arguments = [wanted]
    else:
        lines = requirement_lines(function_dir)
        if not lines:
            print("[functions-emulator] requirements.txt names nothing to install (cognite-sdk is provided).", flush=True)
            os._exit(0)
        with tempfile.NamedTemporaryFile("w", suffix="-requirements.txt", delete=False, encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        arguments = ["-r", f.name]
    command = [sys.executable, "-m", "pip", "install", "--target", target, "--no-input", "--disable-pip-version-check",
               "--no-warn-script-location", "--no-cache-dir", "--no-compile", "--timeout", "15", "--retries", "1"] + arguments
    # Index URLs go to pip in its environment, not on its command line, which every local user can read.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") and not k.startswith("FS_EMULATOR_")}
    wheelhouse = os.environ.get("FS_EMULATOR_WHEELHOUSE")
    if wheelhouse:
        command += ["--no-index", "--find-links", wheelhouse]
    else:
        index = os.environ.get("FS_EMULATOR_INDEX_URL")
        extra = os.environ.get("FS_EMULATOR_EXTRA_INDEX_URLS", "").split()
        if index:
            env["PIP_INDEX_URL"] = index
        if extra:
            env["PIP_EXTRA_INDEX_URL"] = " ".join(extra)
    sys.stdout.flush()
    sys.stderr.flush()
    os.close(result_fd)  # pip's exit status is the result; nothing pip runs can write one
    os.chdir(function_dir if os.path.isdir(function_dir) else "/")
    os.execve(sys.executable, command, env)


def run_validate(function_dir, function_path, result_fd):
    import platform
    result = {"ok": False, "runtimeVersion": f"Python {platform.python_version()}"}
    add_sites(env_sites())
    try:
        os.chdir(function_dir)
        load_handle(function_dir, function_path)
    except BaseException as e:
        hint = module_hint(e) if isinstance(e, ModuleNotFoundError) else ""
        write_result(result_fd, dict(result, message=f"Function deployment failed: importing {function_path} raised {type(e).__name__}: {e}"[:10000],
                                     trace=(format_exc() + hint)[-100000:]))
        return
    result["ok"] = True
    write_result(result_fd, result)


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("call", "validate", "install") or not sys.argv[4].lstrip("-").isdigit():
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    mode, function_dir, function_path, result_fd = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if mode == "install":
        run_install(function_dir, result_fd)
    elif mode == "call":
        run_call(function_dir, function_path, result_fd)
    else:
        run_validate(function_dir, function_path, result_fd)
    sys.stdout.flush()
    sys.stderr.flush()
    if mode == "call":
        os._exit(0)  # the result is written: skip the interpreter's teardown (and handler threads)


if __name__ == "__main__":
    main()
