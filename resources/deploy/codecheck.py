"""Functions Studio's code check before a deploy (gui/deploy/deploypreflightpage.cpp runs it).

Reads a JSON request on stdin and prints one JSON answer. No code of the package runs: every .py
file is compiled (Python's own parser, nothing imported or executed), and requirements.txt is read
line by line as pip reads it, then, when asked, resolved with `pip install --dry-run` (which never
installs anything).
"""
import json
import os
import re
import subprocess
import sys

CONFLICT = re.compile(r"^(<{7}|={7}|>{7}|\|{7})( |$)")
MAX_FILE_BYTES = 5 * 1024 * 1024


def check_syntax(paths):
    problems = []
    for path in paths:
        try:
            with open(path, "rb") as f:
                source = f.read(MAX_FILE_BYTES + 1)
        except OSError as e:
            problems.append({"path": path, "line": 0, "column": 0, "message": f"cannot be read: {e.strerror}", "text": ""})
            continue
        if len(source) > MAX_FILE_BYTES:
            continue  # not parsed here: CDF will
        try:
            compile(source, path, "exec", dont_inherit=True)
        except (RecursionError, MemoryError):
            continue  # too deeply nested for this parser: CDF will say
        except SyntaxError as e:
            text = (e.text or "").rstrip("\r\n")
            message = e.msg
            if CONFLICT.match(text.lstrip()):
                message += " (a merge-conflict marker: resolve the conflict and remove the marker lines)"
            problems.append({"path": path, "line": e.lineno or 0, "column": e.offset or 0, "message": message, "text": text})
        except ValueError as e:  # null bytes in the source
            problems.append({"path": path, "line": 0, "column": 0, "message": str(e), "text": ""})
    return problems


# What CDF's Python runtime holds besides the standard library: cognite-sdk and what it depends on
# (cognite-sdk's pyproject: requests, requests_oauthlib, msal, protobuf, packaging, typing_extensions,
# and theirs), by the name a handler imports.
RUNTIME_MODULES = {"cognite", "requests", "requests_oauthlib", "oauthlib", "msal", "jwt", "cryptography", "cffi", "pycparser",
                   "google", "packaging", "typing_extensions", "urllib3", "certifi", "idna", "charset_normalizer", "pip",
                   "setuptools", "pkg_resources", "_distutils_hack"}
# Distributions whose import name is not their own name.
IMPORT_NAMES = {"pyyaml": {"yaml"}, "scikit-learn": {"sklearn"}, "beautifulsoup4": {"bs4"}, "pillow": {"PIL"},
                "opencv-python": {"cv2"}, "opencv-python-headless": {"cv2"}, "python-dateutil": {"dateutil"},
                "protobuf": {"google"}, "pyjwt": {"jwt"}, "attrs": {"attr", "attrs"}, "pymssql": {"pymssql"},
                "psycopg2-binary": {"psycopg2"}, "python-dotenv": {"dotenv"}, "msgpack-python": {"msgpack"},
                "pyodbc": {"pyodbc"}, "scikit-image": {"skimage"}, "google-cloud-storage": {"google"},
                "azure-storage-blob": {"azure"}, "azure-identity": {"azure"}, "pywin32": {"win32api", "win32con"},
                "typing-extensions": {"typing_extensions"}, "cognite-sdk": {"cognite"}, "cognite-sdk-core": {"cognite"},
                "paho-mqtt": {"paho"}, "pyarrow": {"pyarrow"}, "ruamel.yaml": {"ruamel"}, "influxdb-client": {"influxdb_client"}}


def declared_modules(requirements_path):
    """The import names the requirements provide (their own names, and the known other ones)."""
    names = set()
    if not requirements_path or not os.path.isfile(requirements_path):
        return names
    with open(requirements_path, encoding="utf-8", errors="replace") as f:
        text = f.read(1024 * 1024)
    for _, line in logical_lines(text):
        if line.startswith("-"):
            continue
        match = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)", line)
        if not match:
            continue
        dist = match.group(1).lower()
        canonical = re.sub(r"[-_.]+", "-", dist)
        names |= IMPORT_NAMES.get(canonical, set())
        names.add(re.sub(r"[-.]", "_", dist))
    return names


def check_imports(paths, folder, requirements_path):
    """Imports of modules that are neither the standard library, nor CDF's runtime, nor the
    package's own, nor declared in requirements.txt: in CDF they fail with ModuleNotFoundError.
    Read with Python's parser; nothing is imported. Optional imports (inside try/except, or
    under `if TYPE_CHECKING`) are left alone."""
    import ast
    if not hasattr(sys, "stdlib_module_names"):  # before Python 3.10 the standard library is not listed
        return {"unavailable": "python<3.10"}
    stdlib = set(sys.stdlib_module_names) | set(sys.builtin_module_names) | {"__future__"}
    budget = 20 * 1024 * 1024  # bytes parsed in all: a huge package is not read twice within the time limit
    local = set()
    for entry in os.listdir(folder):
        if entry.endswith(".py"):
            local.add(entry[:-3])
        elif os.path.isdir(os.path.join(folder, entry)):
            local.add(entry)
    declared = declared_modules(requirements_path)
    found = []
    for path in paths:
        try:
            with open(path, "rb") as f:
                source = f.read(MAX_FILE_BYTES + 1)
            if len(source) > min(MAX_FILE_BYTES, budget):
                continue
            budget -= len(source)
            tree = ast.parse(source, path)
        except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
            continue  # the syntax check says why (or the file is too deep for this parser)
        try:
            found.extend(imports_of(tree, path, stdlib, local, declared))
        except (RecursionError, MemoryError):
            continue
        if len(found) >= 50:
            return found[:50]
    return found


def imports_of(tree, path, stdlib, local, declared):
    """The undeclared imports of one parsed file."""
    import ast
    found = []
    optional = set()
    for node in ast.walk(tree):
        guarded = isinstance(node, ast.Try) or (
            isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test))
        if guarded:
            for child in ast.walk(node):
                if child is not node and isinstance(child, (ast.Import, ast.ImportFrom)):
                    optional.add(id(child))
    for node in ast.walk(tree):
        if id(node) in optional:
            continue
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in stdlib or top in RUNTIME_MODULES or top in local or top in declared or top.lower() in declared:
                continue
            found.append({"path": path, "line": node.lineno, "module": top})
    return found


def requirement_class():
    try:
        from packaging.requirements import Requirement, InvalidRequirement
        return Requirement, InvalidRequirement
    except ImportError:
        pass
    try:
        from pip._vendor.packaging.requirements import Requirement, InvalidRequirement
        return Requirement, InvalidRequirement
    except ImportError:
        return None, None


# pip's options that may stand in a requirements file (pip/_internal/req/req_file.py lists them).
FILE_OPTIONS = {"-i", "--index-url", "--extra-index-url", "--no-index", "-f", "--find-links", "--trusted-host", "--pre",
                "--prefer-binary", "--only-binary", "--no-binary", "--use-feature", "-c", "--constraint", "-r", "--requirement",
                "-e", "--editable", "--require-hashes", "-Z", "--always-unzip", "--config-settings"}
# Options that may follow a requirement on its line.
LINE_OPTIONS = {"--hash", "--global-option", "--config-settings"}


def logical_lines(text):
    """Lines as pip sees them: continuation backslashes joined, comments removed."""
    number, pending, start = 0, "", 0
    for raw in text.splitlines():
        number += 1
        if not pending:
            start = number
        line = raw
        if line.endswith("\\"):
            pending += line[:-1]
            continue
        line = pending + line
        pending = ""
        line = re.sub(r"(^|\s+)#.*$", "", line).strip()
        if line:
            yield start, line
    if pending.strip():
        yield start, pending.strip()


def check_requirements(path, folder):
    Requirement, InvalidRequirement = requirement_class()
    out = {"checked": Requirement is not None, "count": 0, "problems": []}
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read(1024 * 1024)
    except (OSError, UnicodeDecodeError) as e:
        out["problems"].append({"line": 0, "text": "", "message": f"cannot be read: {e}"})
        return out
    for number, line in logical_lines(text):
        if line.startswith("-"):
            option = re.split(r"[\s=]", line, maxsplit=1)[0]
            if option not in FILE_OPTIONS:
                out["problems"].append({"line": number, "text": line, "message": f"pip does not know the option {option} in a requirements file"})
            elif option in ("-e", "--editable"):
                out["problems"].append({"line": number, "text": line,
                                        "message": "an editable install needs a local folder or a VCS checkout, which CDF does not have"})
            elif option in ("-r", "--requirement", "-c", "--constraint"):
                target = line.split(None, 1)[1] if " " in line else line.split("=", 1)[-1]
                if not os.path.isfile(os.path.join(folder, target.strip())):
                    out["problems"].append({"line": number, "text": line, "message": f"{target.strip()} is not a file of the package"})
            continue
        requirement = re.split(r"\s+--", line, maxsplit=1)[0].strip()
        out["count"] += 1
        if re.match(r"^(\.|/|~|file:)", requirement):
            out["problems"].append({"line": number, "text": line,
                                    "message": "a local path: CDF installs from a package index and has no such path"})
            continue
        if re.match(r"^[a-z0-9+.-]+://", requirement, re.I) or requirement.startswith("git+"):
            continue  # a URL: pip fetches it as it is
        if Requirement is None:
            continue
        try:
            Requirement(requirement)
        except InvalidRequirement as e:
            out["problems"].append({"line": number, "text": line, "message": str(e).splitlines()[0]})
    return out


NETWORK = ("NewConnectionError", "Failed to establish a new connection", "Temporary failure in name resolution",
           "Network is unreachable", "Name or service not known", "ConnectTimeoutError", "Read timed out",
           "Could not fetch URL", "ProxyError", "No route to host", "Connection refused")


def index_url(folder):
    """The index pip will ask first: the requirements file's --index-url, pip's environment, or PyPI."""
    try:
        with open(os.path.join(folder, "requirements.txt"), encoding="utf-8") as f:
            for _, line in logical_lines(f.read(1024 * 1024)):
                m = re.match(r"^(-i|--index-url)[\s=]+(\S+)", line)
                if m:
                    return m.group(2)
    except (OSError, UnicodeDecodeError):
        pass
    return os.environ.get("PIP_INDEX_URL") or "https://pypi.org/simple/"


def without_credentials(url):
    """The URL without a user name or password (never sent by the probe, never shown)."""
    from urllib.parse import urlsplit, urlunsplit
    try:
        parts = urlsplit(url)
        host = parts.netloc.rsplit("@", 1)[-1]
        return urlunsplit((parts.scheme, host, parts.path, "", ""))
    except Exception:  # noqa: BLE001 - any malformed URL: no probe
        return ""


def reachable(url):
    """Whether the index answers at all (pip says "no versions" when it cannot reach it)."""
    import urllib.error
    import urllib.request
    url = without_credentials(url)
    if not url:
        return False
    try:
        urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=5).close()
        return True
    except urllib.error.HTTPError:
        return True  # it answered (a private index asks for the credentials it was not given)
    except Exception:  # noqa: BLE001 - no answer, whatever the reason (InvalidURL is no ValueError)
        return False


def die_with_parent():
    """pip ends when this script is killed (the app's time limit, or the wizard closing)."""
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except Exception:  # noqa: BLE001 - not Linux: nothing to set
        pass


def resolve(folder, wheelhouse, timeout, python_version):
    # Wheels only: preparing a source package's metadata runs its build code, and a check runs no
    # code it was not asked to. For the function's Python version where it is known.
    command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet", "--no-input",
               "--disable-pip-version-check", "--timeout", "5", "--retries", "0", "--only-binary=:all:",
               "--report", "-", "-r", "requirements.txt"]
    import shutil
    import tempfile
    target = tempfile.mkdtemp(prefix="fs-codecheck-")  # pip wants one with --python-version; --dry-run writes nothing there
    if python_version:
        command += ["--python-version", python_version, "--target", target]
    if wheelhouse:
        command += ["--no-index", "--find-links", wheelhouse]
    try:
        done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=timeout, preexec_fn=die_with_parent)
    except subprocess.TimeoutExpired:
        return {"status": "timeout"}
    except OSError as e:
        return {"status": "unavailable", "detail": str(e)}
    finally:
        shutil.rmtree(target, ignore_errors=True)
    output = done.stderr + "\n" + done.stdout
    if done.returncode == 0:
        try:
            report = json.loads(done.stdout)
            installs = [f"{i['metadata']['name']} {i['metadata']['version']}" for i in report.get("install", [])]
        except (ValueError, KeyError, TypeError):
            installs = []
        return {"status": "ok", "installs": installs}
    if "No module named pip" in output:
        return {"status": "unavailable", "detail": "pip is not installed for this Python"}
    if not wheelhouse and (any(n in output for n in NETWORK) or not reachable(index_url(folder))):
        return {"status": "unreachable", "index": index_name(index_url(folder))}
    errors = [line[len("ERROR: "):].strip() for line in output.splitlines() if line.startswith("ERROR: ")]
    # pip's words may quote an index URL: never with its credentials.
    errors = [re.sub(r"://[^/@\s]+@", "://***@", e) for e in (errors[:6] or output.strip().splitlines()[-6:])]
    return {"status": "failed", "errors": errors}


def index_name(url):
    """How the index is named to the user: its host only (a private index's URL carries credentials)."""
    from urllib.parse import urlsplit
    try:
        return urlsplit(url).hostname or "the package index"
    except ValueError:
        return "the package index"


def main():
    request = json.load(sys.stdin)
    if request.get("proxy"):  # the app's proxy setting, for pip and the index probe alike
        for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
            os.environ[name] = request["proxy"]
    folder = request.get("folder", ".")
    os.chdir(folder)
    answer = {"python": ".".join(map(str, sys.version_info[:3])), "syntax": check_syntax(request.get("files", []))}
    try:
        answer["imports"] = check_imports(request.get("files", []), folder, request.get("requirements") or "")
    except Exception as e:  # noqa: BLE001 - a check that could not run says so, the others stand
        answer["imports"] = {"unavailable": type(e).__name__}
    try:
        if request.get("requirements"):
            answer["requirements"] = check_requirements(request["requirements"], folder)
            if request.get("resolve") and not answer["requirements"]["problems"]:
                answer["resolve"] = resolve(folder, request.get("wheelhouse") or "", request.get("resolveTimeout", 60),
                                            request.get("pythonVersion") or "")
    except Exception as e:  # noqa: BLE001 - the syntax results stand; the requirements say they were not checked
        answer["resolve"] = {"status": "unavailable", "detail": type(e).__name__}
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
