#!/usr/bin/env python3
"""Refuses an include that runs upward in src/gui (docs/ARCHITECTURE.md "Layers").

The gui folders form a stack: a file may include headers of its own folder and of the folders
below it, never of one above. Shared pieces sit at the bottom (fs_gui_base: language, settings,
widgets, models), the feature folders over them, the frame (actions, the main window) on top.
The order also rules out cycles between feature folders. Run by the build (src/gui/CMakeLists.txt),
so an upward include fails the build, and by tests/support/check-gui-layers-test.sh.

usage: check-gui-layers.py SRC_GUI_DIR [STAMP_FILE]
"""
import pathlib
import re
import sys

# Lowest first. A unit is a folder of src/gui, or a file at its top level (without extension).
STACK = [
    "language", "appsettings", "widgets", "models",  # fs_gui_base
    "profiles", "project", "logs", "call", "schedules", "deploy", "pages", "dialogs",  # features
    "actions", "mainwindow",  # the frame
]
BASE = {"language", "appsettings", "widgets", "models"}
INCLUDE = re.compile(r'^\s*#\s*include\s+"gui/([^"]+)"', re.M)


def unit_of(relative: str) -> str:
    parts = relative.split("/")
    return parts[0] if len(parts) > 1 else parts[0].rsplit(".", 1)[0]


def check(root: pathlib.Path) -> list[str]:
    rank = {u: i for i, u in enumerate(STACK)}
    problems = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        rel = path.relative_to(root).as_posix()
        here = unit_of(rel)
        if here not in rank:
            problems.append(f"src/gui/{rel}: the folder or file '{here}' has no place in the stack (scripts/check-gui-layers.py)")
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in INCLUDE.finditer(text):
            there = unit_of(m.group(1))
            line = text.count("\n", 0, m.start()) + 1
            if there not in rank:
                problems.append(f"src/gui/{rel}:{line}: includes gui/{m.group(1)}, which has no place in the stack")
            elif there != here and rank[there] > rank[here]:
                problems.append(
                    f"src/gui/{rel}:{line}: '{here}' may not include gui/{m.group(1)}: '{there}' sits above it"
                    + (" (fs_gui_base never includes a feature)" if here in BASE and there not in BASE else ""))
    return problems


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(pathlib.Path(sys.argv[1]))
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} include(s) run upward: move the shared piece down a layer instead.", file=sys.stderr)
        return 1
    if len(sys.argv) > 2:
        pathlib.Path(sys.argv[2]).write_text("ok\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
