#!/usr/bin/env python3
"""`agree fmt` on every .agree file of the repository (examples/, stdlib/, tests/), in a copy.

For each file that parses:
  - the formatted text is canonical on its face: a final newline, no trailing white space, no
    two blank lines in a row, no blank line at the start;
  - formatting twice gives the same bytes as formatting once (idempotence);
  - the sequence of tokens other than white space -- texts, names, numbers, punctuation and
    every comment -- is unchanged (lossless), by a tokenizer written here, independent of agree's;
  - `agree fmt FILE` in place writes exactly what `agree fmt -` prints;
  - when the original compiles, the formatted copy compiles to the same model JSON (the
    `source` {file, line, column} objects removed, since lines and columns move).
A file that does not parse must be refused with exit 1 and left as it was.
Usage: fmt_roundtrip.py AGREE_BINARY REPO_ROOT
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TOKEN = re.compile(
    r'(?P<text>"(?:[^"\\\n]|\\[^\n])*")'
    r'|(?P<line>//[^\r\n]*)'
    r'|(?P<block>/\*.*?\*/)'
    r'|(?P<space>[ \t\r\n\f\u00a0\ufeff]+)'
    r'|(?P<word>[A-Za-z0-9_$.\-/]+)'
    r'|(?P<other>.)', re.S)


def tidy(comment):
    lines = re.split(r"\r\n|\r|\n", comment)
    return "\n".join(line.rstrip(" \t\f\v") for line in lines)


def tokens(text):
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "space":
            continue
        value = m.group()
        out.append((kind, tidy(value) if kind in ("line", "block") else value))
    return out


def strip_sources(value):
    if isinstance(value, dict):
        return {k: strip_sources(v) for k, v in value.items()
                if not (k == "source" and isinstance(v, dict) and set(v) <= {"file", "line", "column"})}
    if isinstance(value, list):
        return [strip_sources(v) for v in value]
    return value


def layout_problems(text):
    problems = []
    lines = text.split("\n")
    if text and not text.endswith("\n"):
        problems.append("no final newline")
    if text.startswith("\n"):
        problems.append("a blank line at the start")
    for n, line in enumerate(lines[:-1], 1):
        if line != line.rstrip(" \t"):
            problems.append(f"line {n}: trailing white space")
        if n > 1 and not line and not lines[n - 2]:
            problems.append(f"line {n}: two blank lines in a row")
    return problems[:5]


def main():
    agree, root = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    files = sorted(p.relative_to(root) for d in ("examples", "stdlib", "tests") for p in (root / d).rglob("*.agree"))
    with tempfile.TemporaryDirectory(prefix="agree-fmt-roundtrip-") as tmp:
        copy = Path(tmp)
        for rel in files:
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / rel, copy / rel)
        env = dict(os.environ, AGREE_STDLIB=str(copy / "stdlib"))

        def fmt_stdin(data):
            return subprocess.run([str(agree), "fmt", "-"], input=data, capture_output=True, timeout=60)

        def first_pass(rel):
            original = (root / rel).read_bytes()
            once = fmt_stdin(original)
            if once.returncode == 1:
                return rel, "unparsed", None, once.stderr.decode("utf-8", "replace")
            if once.returncode != 0:
                return rel, "failed", None, f"`agree fmt -` exit {once.returncode}: {once.stderr.decode()[:500]}"
            problems = []
            text = once.stdout.decode("utf-8")
            twice = fmt_stdin(once.stdout)
            if twice.returncode != 0 or twice.stdout != once.stdout:
                problems.append("formatting twice differs from formatting once")
            if tokens(original.decode("utf-8")) != tokens(text):
                a, b = tokens(original.decode("utf-8")), tokens(text)
                at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                problems.append(f"tokens differ at {at}: {a[at:at + 3]} became {b[at:at + 3]}")
            problems += layout_problems(text)
            return rel, "formatted", once.stdout, "; ".join(problems)

        failures, formatted, unparsed = [], {}, []
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for rel, status, out, note in pool.map(first_pass, files):
                if status == "failed" or note and status == "formatted":
                    failures.append(f"{rel}: {note}")
                elif status == "unparsed":
                    # A file in Dutch keywords is refused in Dutch (fout[...]).
                    if "error[" not in note and "fout[" not in note:
                        failures.append(f"{rel}: refused without a diagnostic: {note[:300]}")
                    unparsed.append(rel)
                if status == "formatted":
                    formatted[rel] = out

        # In place, all at once, in the copy: the same bytes as `fmt -`; the unparsed untouched.
        names = [str(rel) for rel in files]
        inplace = subprocess.run([str(agree), "fmt"] + names, cwd=copy, capture_output=True, timeout=600)
        if inplace.returncode != (1 if unparsed else 0):
            failures.append(f"`agree fmt FILE...` in place: exit {inplace.returncode}")
        for rel in files:
            want = formatted.get(rel, (root / rel).read_bytes())
            if (copy / rel).read_bytes() != want:
                failures.append(f"{rel}: in place differs from `agree fmt -`" if rel in formatted else
                                f"{rel}: does not parse, yet was changed in place")

        def same_model(rel):
            before = subprocess.run([str(agree), "compile", str(rel)], cwd=root, capture_output=True, timeout=60)
            if before.returncode != 0:
                return rel, False, ""
            after = subprocess.run([str(agree), "compile", str(rel)], cwd=copy, capture_output=True, timeout=60,
                                   env=env)
            if after.returncode != 0:
                return rel, True, f"compiles, but not once formatted: {after.stderr.decode()[:300]}"
            a = strip_sources(json.loads(before.stdout))
            b = strip_sources(json.loads(after.stdout))
            return rel, True, "" if a == b else "the formatted copy compiles to another model"

        compiled = 0
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for rel, compiles, problem in pool.map(same_model, sorted(formatted)):
                compiled += compiles
                if problem:
                    failures.append(f"{rel}: {problem}")

    print(f"{len(files)} files: {len(formatted)} formatted (idempotent, lossless), {compiled} of them "
          f"compile to the same model as before, {len(unparsed)} refused (syntax errors)")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
