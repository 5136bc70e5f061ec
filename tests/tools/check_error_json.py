#!/usr/bin/env python3
"""--error-format json says what the text says. For every case of tests/e2e/bad/ and
tests/e2e/diag-nl/ (their `run:` lines), runs agree twice, with text and with JSON diagnostics,
and checks that each JSON line validates against docs/diagnostics.schema.json and that the JSON
objects name the same codes, severities, files, lines, columns and messages, in the same order,
as the text's `FILE:LINE:COL: error[CODE]: MESSAGE` lines; `end` is not before the start.

usage: check_error_json.py AGREE REPO_ROOT"""
import json
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema

agree, root = sys.argv[1], Path(sys.argv[2])
schema = json.loads((root / "docs/diagnostics.schema.json").read_text(encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
HEADER = re.compile(r"^(.+):(\d+):(\d+): (error|warning|fout|waarschuwing)\[(AGR\d{4})\]: (.*)$")
UNPLACED = re.compile(r"^agree: (error|fout)\[(AGR\d{4})\]: (.*)$")
SEVERITY = {"error": "error", "fout": "error", "warning": "warning", "waarschuwing": "warning"}


def text_diagnostics(stderr):
    found = []
    for line in stderr.splitlines():
        if m := HEADER.match(line):
            found.append((m[5], SEVERITY[m[4]], m[1], int(m[2]), int(m[3]), m[6]))
        elif m := UNPLACED.match(line):
            found.append((m[2], "error", None, None, None, m[3]))
    return found


def cases():
    for folder in ("bad", "diag-nl"):
        for test in sorted((root / "tests/e2e" / folder).glob("*.test")):
            lines = test.read_text(encoding="utf-8").splitlines()
            if any(l.startswith(("setup:", "wrap:", "env:")) for l in lines):
                continue  # needs a prepared machine state; the plain cases cover the renderer
            for l in lines:
                if l.startswith("run:"):
                    yield test.relative_to(root), shlex.split(l[4:])


problems, checked, objects = [], 0, 0
with tempfile.TemporaryDirectory() as tmp:
    for name, args in cases():
        if any("$TMP" in a for a in args):
            continue
        text = subprocess.run([agree, *args], cwd=root, capture_output=True, text=True, errors="replace")
        js = subprocess.run([agree, *args, "--error-format", "json"], cwd=root, capture_output=True, text=True,
                            errors="replace")
        if text.returncode != js.returncode:
            problems.append(f"{name}: exit {text.returncode} with text, {js.returncode} with json")
        expected = text_diagnostics(text.stderr)
        got = []
        for line in js.stderr.splitlines():
            if line.startswith("agree:"):
                continue  # a command-line message, not a diagnostic (docs/errors.md#for-tools)
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{name}: not JSON ({e}): {line[:120]}")
                continue
            objects += 1
            for err in validator.iter_errors(obj):
                problems.append(f"{name}: schema: {err.message}")
            if obj.get("end") and (obj["end"]["line"], obj["end"]["column"]) < (obj["line"], obj["column"]):
                problems.append(f"{name}: end before start: {line[:120]}")
            got.append((obj.get("code"), obj.get("severity"), obj.get("file"), obj.get("line"), obj.get("column"),
                        obj.get("message")))
        # The text escapes control characters and look-alikes in messages; compare those loosely.
        def key(d, loose):
            return d[:5] if loose else d
        loose = any("\\x" in d[5] or "<U+" in d[5] for d in expected)
        if [key(d, loose) for d in expected] != [key(d, loose) for d in got]:
            problems.append(f"{name}: text and JSON differ\n  text: {expected}\n  json: {got}")
        checked += 1

for p in problems:
    print(p)
print(f"{checked} cases, {objects} JSON diagnostics, {len(problems)} problems")
sys.exit(1 if problems or checked < 100 else 0)
