#!/usr/bin/env python3
"""The catalogues in translations/ are complete and current.

Runs lupdate over the app's sources (the project CMake generates for qt_add_translations) into copies
of the catalogues and fails when the code holds a string the catalogue lacks (untranslated), the
catalogue holds one the code no longer has (obsolete), or a translation is unfinished, empty, or
drops a placeholder (%1, %n), a keyboard mnemonic (&) or a markup tag of its source.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:L?\d|n)')
TAG = re.compile(r'</?[a-zA-Z][^>]*>')


def mnemonics(text):
    return len(re.findall(r'&(?=[^&\s])', text.replace('&&', '')))


def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for m in context.findall('message'):
            key = (name, m.findtext('source'), m.findtext('comment') or '')
            out[key] = m
    return out


def check_message(key, m, problems):
    where = f'{key[0]}: "{key[1][:70]}"'
    t = m.find('translation')
    if t is None or t.get('type') in ('unfinished', 'vanished', 'obsolete'):
        problems.append(f'unfinished: {where}')
        return
    forms = [f.text or '' for f in t.findall('numerusform')] if m.get('numerus') == 'yes' else [t.text or '']
    if not forms or any(not f.strip() for f in forms):
        problems.append(f'empty translation: {where}')
        return
    source = key[1]
    for f in forms:
        need = set(PLACEHOLDER.findall(source))
        have = set(PLACEHOLDER.findall(f))
        if m.get('numerus') == 'yes':  # a singular may say "one" instead of %n
            need.discard('%n')
            have.discard('%n')
        if need != have:
            problems.append(f'placeholders {sorted(need)} became {sorted(have)}: {where} -> "{f[:70]}"')
        if mnemonics(source) != mnemonics(f):
            problems.append(f'keyboard mnemonic (&) lost or added: {where} -> "{f[:70]}"')
        if len(TAG.findall(source)) != len(TAG.findall(f)):
            problems.append(f'markup tags differ: {where} -> "{f[:70]}"')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--lupdate', required=True)
    ap.add_argument('--cmake', required=True)
    ap.add_argument('--generator', required=True, help="Qt's GenerateLUpdateProject.cmake")
    ap.add_argument('--project-cmake', required=True, help='the .lupdate/<target>_project.cmake CMake wrote')
    ap.add_argument('--translations', required=True)
    args = ap.parse_args()

    problems = []
    catalogues = sorted(glob.glob(os.path.join(args.translations, 'functions-studio_*.ts')))
    if len(catalogues) < 2:
        print('check-translations: expected the nb and de catalogues in', args.translations)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, 'project.json')
        subprocess.run([args.cmake, f'-DIN_FILE={args.project_cmake}', f'-DOUT_FILE={project}', '-P', args.generator], check=True)
        copies = []
        for c in catalogues:
            copies.append(os.path.join(tmp, os.path.basename(c)))
            shutil.copy(c, copies[-1])
        run = subprocess.run([args.lupdate, '-project', project, '-no-obsolete', '-locations', 'none', '-ts', *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        for c, copy in zip(catalogues, copies):
            name = os.path.basename(c)
            committed, current = messages(c), messages(copy)
            for key in sorted(set(current) - set(committed)):
                problems.append(f'{name}: not in the catalogue (run the update_translations target and translate it): {key[0]}: "{key[1][:70]}"')
            for key in sorted(set(committed) - set(current)):
                problems.append(f'{name}: obsolete (the code no longer has it): {key[0]}: "{key[1][:70]}"')
            local = []
            for key, m in committed.items():
                check_message(key, m, local)
            problems += [f'{name}: {p}' for p in local]
            print(f'{name}: {len(committed)} messages, {len(current)} in the code')
    for supplement in glob.glob(os.path.join(args.translations, 'qtbase_*.ts')):
        local = []
        for key, m in messages(supplement).items():
            check_message(key, m, local)
        problems += [f'{os.path.basename(supplement)}: {p}' for p in local]
    for p in problems:
        print(p)
    print(f'check-translations: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
