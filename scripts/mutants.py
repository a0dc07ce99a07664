#!/usr/bin/env python3
"""Targeted mutation check (run through scripts/mutants.sh).

Each mutant in scripts/mutants.list removes one promise the README makes with a one-line edit.
For each: apply it, rebuild only the named test programs, run them (only the named test
functions when given), restore the file. A mutant is killed when at least one of its programs
fails. Every mutant must be killed: a survivor means a promise no test holds.

List format: blocks separated by blank lines, '#' lines are comments.
    name:  a short name of the promise
    file:  the source file, relative to the repository
    line:  the line to change, compared without leading/trailing whitespace; it must occur once,
           unless 'at:' says which occurrence (1 = the first in the file)
    with:  what it becomes (the original indentation is kept)
    at:    optional, the occurrence of a line that occurs more than once
    tests: test programs, each optionally with test functions: tst_a tst_b(fn1,fn2)
"""
import argparse
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Mutant:
    def __init__(self, fields, where):
        self.where = where
        for key in ("name", "file", "line", "with", "tests"):
            if key not in fields:
                raise SystemExit(f"mutants: {where}: '{key}:' is missing")
        self.at = int(fields["at"]) if "at" in fields else None
        self.name = fields["name"]
        self.file = fields["file"]
        self.line = fields["line"].strip()
        self.replacement = fields["with"].strip()
        self.tests = parse_tests(fields["tests"], where)


def parse_tests(text, where):
    """'tst_a tst_b(f1,f2)' -> [('tst_a', []), ('tst_b', ['f1', 'f2'])]"""
    out = []
    for m in re.finditer(r"(\w+)(?:\(([^)]*)\))?", text):
        functions = [f.strip() for f in (m.group(2) or "").split(",") if f.strip()]
        out.append((m.group(1), functions))
    if not out:
        raise SystemExit(f"mutants: {where}: no tests named")
    return out


def read_list(path):
    mutants, fields, start = [], {}, None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for number, raw in enumerate(lines + [""], 1):
        if raw.strip() == "":
            if fields:
                mutants.append(Mutant(fields, f"{os.path.basename(path)}:{start}"))
            fields, start = {}, None
            continue
        if raw.lstrip().startswith("#"):
            continue
        key, sep, value = raw.partition(":")
        if not sep or key.strip() not in ("name", "file", "line", "with", "tests", "at"):
            raise SystemExit(f"mutants: {os.path.basename(path)}:{number}: expected 'key: value', got {raw!r}")
        start = start or number
        fields[key.strip()] = value[1:] if value.startswith(" ") else value
    return mutants


RECOVERY = os.path.join(ROOT, "build/mutants.restore")  # the file a mutant is in, and its text


def apply(m, current):
    """Writes the mutant into its file; current (and the recovery file) hold the original first."""
    path = os.path.join(ROOT, m.file)
    with open(path, encoding="utf-8", newline="") as f:
        original = f.read()
    lines = original.split("\n")
    i = find_line(m, lines)
    indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
    lines[i] = indent + m.replacement
    os.makedirs(os.path.dirname(RECOVERY), exist_ok=True)
    with open(RECOVERY, "w", encoding="utf-8", newline="") as f:
        json.dump({"file": m.file, "text": original}, f)
    current.update(m=m, original=original)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines))


def recover():
    """Puts back a file a killed run left mutated (build/mutants.restore)."""
    if not os.path.exists(RECOVERY):
        return
    with open(RECOVERY, encoding="utf-8", newline="") as f:
        saved = json.load(f)
    with open(os.path.join(ROOT, saved["file"]), "w", encoding="utf-8", newline="") as f:
        f.write(saved["text"])
    os.remove(RECOVERY)
    print(f"mutants: {saved['file']} was left mutated by a run that was killed; restored", file=sys.stderr)


def find_line(m, lines):
    """The index of the mutant's line; RuntimeError when it is not there exactly as the list says."""
    hits = [i for i, l in enumerate(lines) if l.strip() == m.line]
    if m.at is None and len(hits) != 1:
        raise RuntimeError(f"the line occurs {len(hits)} times in {m.file} (it must occur once, or say 'at:'): {m.line}")
    if m.at is not None and not 1 <= m.at <= len(hits):
        raise RuntimeError(f"the line occurs {len(hits)} times in {m.file}, not at least {m.at}: {m.line}")
    return hits[(m.at or 1) - 1]


def restore(m, original):
    with open(os.path.join(ROOT, m.file), "w", encoding="utf-8", newline="") as f:
        f.write(original)
    if os.path.exists(RECOVERY):
        os.remove(RECOVERY)


def build(build_dir, programs, log):
    r = subprocess.run(["cmake", "--build", build_dir, "--target", *programs], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    return r.returncode == 0


def run_tests(build_dir, tests, timeout, log):
    """The programs that failed (a skip is not a failure, nor a pass: it is reported)."""
    failed = []
    for program, functions in tests:
        exe = os.path.join(build_dir, "tests", program)
        cmd = ["bash", os.path.join(ROOT, "tests/support/run-test.sh"), exe, *functions]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_FORCE_ASSERTS="1", LC_ALL="C.UTF-8")
        log.write(f"$ {' '.join(shlex.quote(c) for c in cmd)}\n".encode())
        log.flush()
        # A session of its own, ended as a whole: nothing of a timed-out run (the test, tee) keeps
        # a core busy while the next mutant is timed.
        p = subprocess.Popen(cmd, cwd=os.path.join(build_dir, "tests"), stdout=log, stderr=subprocess.STDOUT, env=env,
                             start_new_session=True)
        try:
            rc = p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            log.write(f"timed out after {timeout} s\n".encode())
            rc = "timeout"
        finally:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()
        if rc == 77:
            log.write(b"skipped: a skip neither kills a mutant nor counts as green\n")
        elif rc != 0:
            failed.append(f"{program}={rc}")
    return failed


def main():
    ap = argparse.ArgumentParser(description="Targeted mutants: each must be killed by its tests.")
    ap.add_argument("--list", default=os.path.join(ROOT, "scripts/mutants.list"))
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build/dev"))
    ap.add_argument("--timeout", type=int, default=600, help="seconds per test program")
    ap.add_argument("--no-baseline", action="store_true", help="skip checking that the tests pass unmutated")
    ap.add_argument("--log", default=os.path.join(ROOT, "build/mutants.log"))
    ap.add_argument("--check", action="store_true", help="only check that every line is in the code, build nothing")
    ap.add_argument("only", nargs="*", help="run only mutants whose name contains one of these")
    args = ap.parse_args()

    mutants = read_list(args.list)
    if args.only:
        mutants = [m for m in mutants if any(o.lower() in m.name.lower() for o in args.only)]
    print(f"mutants: {len(mutants)} in {os.path.relpath(args.list, ROOT)}", flush=True)
    os.makedirs(os.path.dirname(args.log), exist_ok=True)
    log = open(args.log, "wb")

    current = {}  # the mutant applied now, to restore on Ctrl+C or SIGTERM

    def stop(signum, _frame):
        if current:
            restore(current["m"], current["original"])
        print(f"mutants: stopped by signal {signum}; {current['m'].file if current else 'nothing'} restored", file=sys.stderr)
        sys.exit(130)

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        signal.signal(sig, stop)
    recover()

    # Every line must be where the list says, before anything is built.
    problems = []
    for m in mutants:
        try:
            with open(os.path.join(ROOT, m.file), encoding="utf-8") as f:
                find_line(m, f.read().split("\n"))
        except (OSError, RuntimeError) as e:
            problems.append(f"{m.where} ({m.name}): {e}")
    if problems:
        print("mutants: the list does not match the code:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 2
    if args.check:
        print(f"mutants: every line of the {len(mutants)} mutants is in the code")
        return 0

    programs = sorted({p for m in mutants for p, _ in m.tests})
    if not build(args.build_dir, programs, log):
        print(f"mutants: the unmutated build failed (see {args.log})", file=sys.stderr)
        return 2
    if not args.no_baseline:
        runs = {}
        for m in mutants:
            for p, fns in m.tests:
                runs.setdefault(p, set()).update(fns if fns else ["*"])
        baseline = [(p, [] if "*" in fns else sorted(fns)) for p, fns in sorted(runs.items())]
        t = time.monotonic()
        failed = run_tests(args.build_dir, baseline, args.timeout, log)
        if failed:
            print(f"mutants: the tests fail without any mutant ({', '.join(failed)}); fix them first (see {args.log})", file=sys.stderr)
            return 2
        print(f"mutants: baseline green ({len(baseline)} programs, {time.monotonic() - t:.0f} s)", flush=True)

    killed, survivors, broken = 0, [], []
    for k, m in enumerate(mutants, 1):
        t = time.monotonic()
        log.write(f"\n===== mutant {k}: {m.name} ({m.file})\n".encode())
        log.flush()
        try:
            apply(m, current)
        except RuntimeError as e:
            broken.append(f"{m.name}: {e}")
            continue
        original = current["original"]
        try:
            if not build(args.build_dir, [p for p, _ in m.tests], log):
                broken.append(f"{m.name}: does not compile")
                verdict = "DOES NOT COMPILE"
            else:
                failed = run_tests(args.build_dir, m.tests, args.timeout, log)
                if failed:
                    killed += 1
                    verdict = "killed by " + ", ".join(failed)
                else:
                    survivors.append(m.name)
                    verdict = "SURVIVED"
        finally:
            restore(m, original)
            current.clear()
        print(f"mutants: [{k}/{len(mutants)}] {m.name}: {verdict} ({time.monotonic() - t:.0f} s)", flush=True)

    build(args.build_dir, programs, log)  # leave the build matching the sources
    print(f"mutants: {killed} of {len(mutants)} killed, {len(survivors)} survived, {len(broken)} broken", flush=True)
    for s in survivors:
        print(f"  survived: {s}")
    for b in broken:
        print(f"  broken: {b}")
    return 0 if not survivors and not broken else 1


if __name__ == "__main__":
    sys.exit(main())
