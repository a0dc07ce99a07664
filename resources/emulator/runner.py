"""functions-emulator runner: runs one CDF function handler, or validates a deployment.

Started by functions-emulator, one process per call or deployment:
    python3 runner.py call     FUNCTION_DIR FUNCTION_PATH RESULT_FILE   (request JSON on stdin)
    python3 runner.py validate FUNCTION_DIR FUNCTION_PATH RESULT_FILE

A call process is started ahead of its call (a warm process): it imports the handler, then waits
for the request on stdin, so a call pays only for running handle(). Each process serves one call.

Everything the handler prints goes to stdout/stderr, which the emulator turns into the call's log
lines. The outcome is written as JSON to RESULT_FILE, never to stdout, so handler output cannot be
mistaken for it.
"""
# Only what every call needs is imported up front: a warm process must be ready quickly (json,
# inspect, platform and importlib.metadata each cost Python tens of milliseconds to import).
import importlib
import json
import os
import re  # json imports it anyway
import sys

ALLOWED = ("data", "client", "secrets", "function_call_info")


def write_result(path, payload):
    # The peak resident memory of this process and the children it waited for (Linux: KiB).
    try:
        import resource
        peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        payload.setdefault("maxMemoryBytes", peak * 1024)
    except (ImportError, OSError, ValueError):
        pass
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(payload, f)
    os.replace(tmp, path)


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
    """Says in the call's log when the Python that runs it is not the one the function asked for."""
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
        print("[functions-emulator] cognite-sdk is not installed in this Python, so 'client' is None.", flush=True)
        return None
    try:
        return CogniteClient(ClientConfig(client_name="functions-emulator", project=cfg["project"],
                                          credentials=Token(cfg["token"]), base_url=cfg["base_url"]))
    except Exception as e:
        print(f"[functions-emulator] could not create a CogniteClient ({e}); 'client' is None.", flush=True)
        return None


def run_call(function_dir, function_path, result_file):
    os.chdir(function_dir)
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
        write_result(result_file, {"status": "Failed", "error": {
            "message": f"{type(e).__name__}: {e}", "trace": trace}})
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
        write_result(result_file, {"status": "Failed", "error": {
            "message": f"MemoryError: the function ran out of memory (its limit is {request.get('memory_mb')} MB)",
            "trace": format_exc()}})
        return
    except BaseException as e:  # the handler's own failure, including SystemExit
        sys.stdout.flush()
        sys.stderr.flush()
        write_result(result_file, {"status": "Failed", "error": {
            "message": f"{type(e).__name__}: {e}", "trace": format_exc()}})
        return
    sys.stdout.flush()
    try:
        # As CDF's Python service would: NaN and Infinity are written as Python's json writes them.
        encoded = json.dumps(result)
    except (TypeError, ValueError) as e:
        write_result(result_file, {"status": "Failed", "error": {
            "message": f"The function returned a value that is not JSON: {e}",
            "trace": f"handle() returned a {type(result).__name__}; return dicts, lists, strings, numbers, booleans or None."}})
        return
    limit = request.get("response_limit_bytes") or 0
    if limit and len(encoded.encode("utf-8")) > limit:
        write_result(result_file, {"status": "Failed", "error": {
            "message": f"The response is {len(encoded.encode('utf-8'))} bytes; the limit is {limit} bytes ({limit // 1_000_000} MB).",
            "trace": "Return less data, or write it to CDF (e.g. a file) and return a reference."}})
        return
    # The response goes as text, so that NaN survives the trip; the emulator serves it as it is.
    write_result(result_file, {"status": "Completed", "responseText": encoded})


VERSION_RE = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")
SPEC_RE = re.compile(r"(===|==|!=|~=|>=|<=|>|<)\s*([^,;\s]+)")


def version_tuple(v):
    parts = []
    for piece in re.split(r"[.+-]", v):
        m = re.match(r"^(\d+)", piece)
        parts.append(int(m.group(1)) if m else 0)
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def satisfies(installed, op, wanted):
    if wanted.endswith(".*") and op in ("==", "!="):
        prefix = version_tuple(wanted[:-2])
        match = version_tuple(installed)[: len(prefix)] == prefix
        return match if op == "==" else not match
    a, b = version_tuple(installed), version_tuple(wanted)
    if op in ("==", "==="):
        return a == b
    if op == "!=":
        return a != b
    if op == ">=":
        return a >= b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    if op == "<":
        return a < b
    if op == "~=":
        w = version_tuple(wanted)
        return a >= w and a[: max(1, len(w) - 1)] == w[: max(1, len(w) - 1)]
    return True


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def check_requirements(function_dir):
    path = os.path.join(function_dir, "requirements.txt")
    if not os.path.isfile(path):
        return []
    problems = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, start=1):
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("-"):
                continue
            line = line.split(";", 1)[0].strip()  # environment markers are treated as met
            m = VERSION_RE.match(line)
            if not m or "://" in line or line.startswith("git+"):
                problems.append(f"requirements.txt line {number}: cannot check '{raw.strip()}' offline; "
                                "the emulator only checks 'name' and 'name<op>version' lines")
                continue
            name, rest = m.group(1), m.group(3)
            if normalise(name) == "cognite-sdk":
                continue  # always provided, as in CDF
            import importlib.metadata
            try:
                installed = importlib.metadata.version(name)
            except importlib.metadata.PackageNotFoundError:
                problems.append(f"requirements.txt line {number}: {name} is not installed in {sys.executable} "
                                f"(install it with '{sys.executable} -m pip install \"{line}\"')")
                continue
            for op, wanted in SPEC_RE.findall(rest):
                if not satisfies(installed, op, wanted):
                    problems.append(f"requirements.txt line {number}: {name} {installed} is installed, "
                                    f"but {op}{wanted} is required")
    return problems


def shown_url(url):
    """An index URL as it may be shown: private indexes carry credentials in the URL."""
    from urllib.parse import urlsplit, urlunsplit
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        if parts.username or parts.password:
            host = "***@" + host
        return urlunsplit((parts.scheme, host, parts.path, "", ""))
    except ValueError:
        return "(an index URL that cannot be read)"


def install_requirements(function_dir, problems):
    """When this Python lacks a requirement: installs requirements.txt into the function's own
    virtual environment (which also sees this Python's packages) and runs the check again in it.
    Returns what went wrong; on success it does not return (the check goes on in the venv)."""
    venv = os.environ.get("FS_EMULATOR_VENV")
    if not venv or os.environ.get("FS_EMULATOR_IN_VENV"):
        return problems
    import shutil
    import subprocess
    shutil.rmtree(venv, ignore_errors=True)
    made = subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", venv],
                          capture_output=True, text=True)
    if made.returncode != 0:
        return [f"could not create a virtual environment in {venv}: {made.stderr.strip()[-500:]}"] + problems
    python = os.path.join(venv, "bin", "python")
    command = [python, "-m", "pip", "install", "--no-input", "--disable-pip-version-check", "--no-warn-script-location",
               "--timeout", "15", "--retries", "1", "-r", "requirements.txt"]
    # Index URLs go to pip in its environment, not on its command line, which every local user can read.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    wheelhouse = os.environ.get("FS_EMULATOR_WHEELHOUSE")
    if wheelhouse:
        command += ["--no-index", "--find-links", wheelhouse]
        source = f"offline, from the wheels in {wheelhouse}"
    else:
        index = os.environ.get("FS_EMULATOR_INDEX_URL")
        extra = os.environ.get("FS_EMULATOR_EXTRA_INDEX_URLS", "").split()
        if index:
            env["PIP_INDEX_URL"] = index
        if extra:
            env["PIP_EXTRA_INDEX_URL"] = " ".join(extra)
        source = "from " + ", ".join([shown_url(index) if index else "PyPI"] + [shown_url(u) for u in extra])
    try:
        installed = subprocess.run(command, cwd=function_dir, capture_output=True, text=True, timeout=540, env=env)
        output, code = installed.stdout + installed.stderr, installed.returncode
    except subprocess.TimeoutExpired:
        output, code = "pip did not finish within 9 minutes", -1
    if code != 0:
        shutil.rmtree(venv, ignore_errors=True)
        tail = [line for line in output.strip().splitlines() if line.strip()][-12:]
        hint = ("" if wheelhouse else
                " Without network access, give the emulator a wheelhouse (a folder of .whl files): in Functions Studio,"
                " File > Settings > Emulator wheelhouse; on the command line, --wheelhouse DIR. Or install"
                " the packages into the Python that runs handlers.")
        return [f"pip could not install requirements.txt {source}.{hint}", "pip said:"] + \
            ["    " + line for line in tail] + ["What this Python lacks:"] + problems
    os.environ["FS_EMULATOR_IN_VENV"] = "1"
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(python, [python, "-u", os.path.abspath(__file__)] + sys.argv[1:])


def run_validate(function_dir, function_path, result_file):
    import platform
    runtime = f"Python {platform.python_version()}"
    problems = check_requirements(function_dir)
    if problems:
        problems = install_requirements(function_dir, problems)
    if problems:
        write_result(result_file, {"ok": False, "runtimeVersion": runtime,
                                   "message": "Function deployment failed: requirements are not met.",
                                   "trace": "\n".join(problems)})
        return
    try:
        os.chdir(function_dir)
        load_handle(function_dir, function_path)
    except BaseException as e:
        write_result(result_file, {"ok": False, "runtimeVersion": runtime,
                                   "message": f"Function deployment failed: importing {function_path} raised {type(e).__name__}: {e}",
                                   "trace": format_exc()})
        return
    write_result(result_file, {"ok": True, "runtimeVersion": runtime})


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("call", "validate"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    mode, function_dir, function_path, result_file = sys.argv[1:]
    if mode == "call":
        run_call(function_dir, function_path, result_file)
    else:
        run_validate(function_dir, function_path, result_file)
    sys.stdout.flush()
    sys.stderr.flush()
    if mode == "call":
        os._exit(0)  # the result is written: skip the interpreter's teardown (and handler threads)


if __name__ == "__main__":
    main()
