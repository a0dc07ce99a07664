#!/usr/bin/env bash
# tst_gui_layers: scripts/check-gui-layers.py passes on src/gui as it is, and refuses a copy into
# which an upward include was put (a model including a deploy page; a call file including a page).
set -euo pipefail
src=$1
checker=$src/scripts/check-gui-layers.py
python3 "$checker" "$src/src/gui" || { echo "FAIL: src/gui has an upward include"; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
refuses() { # FILE LINE: a copy of src/gui with LINE added to FILE must be refused, naming FILE
    rm -rf "$scratch/gui" && cp -r "$src/src/gui" "$scratch/gui"
    printf '%s\n' "$2" >>"$scratch/gui/$1"
    if out=$(python3 "$checker" "$scratch/gui" 2>&1); then
        echo "FAIL: '$2' in $1 was not refused"; exit 1
    fi
    grep -q "src/gui/$1" <<<"$out" || { echo "FAIL: the refusal does not name $1: $out"; exit 1; }
}
refuses models/functionsmodel.cpp '#include "gui/deploy/deploywizard.h"'
refuses call/callpanel.cpp '#include "gui/pages/callspage.h"'
refuses profiles/profile.cpp '#include "gui/mainwindow.h"'
refuses project/codedrift.cpp '#include "gui/nowhere/thing.h"'
echo "PASS: upward includes are refused"
