#!/usr/bin/env python3
"""Every example in docs/errors.md yields its code. In each `## AGRxxxx` section, a block that
starts with `$ agree ARGS` is run, and every line of its output (in the same block or the next)
that carries the section's code must appear in what agree prints now. An output block whose
first line is `PATH:LINE:COL: error[CODE]: ...` without a command, PATH a file of the
repository, is run with the `run:` line of the e2e test of the same name (tests/e2e/**/NAME.test)
or else as `agree check PATH`. Every section must have such an example, except the few listed in NOT_RUNNABLE with
the reason. Also checks that `agree explain-code CODE` prints each section.

usage: check_error_examples.py AGREE REPO_ROOT"""
import re
import shlex
import subprocess
import sys
from pathlib import Path

agree, root = sys.argv[1], Path(sys.argv[2])
HEADER = re.compile(r"^(\S.*?):(\d+):(\d+): (?:error|warning|fout|waarschuwing)\[(AGR\d{4})\]")

# Sections whose example needs what a test builds at run time (a huge file, a folder outside
# the root); their e2e tests (named in the section) run them instead.
NOT_RUNNABLE = {
    "AGR0003": "needs a file over 4 MiB; tests/e2e/limits/ makes one",
    "AGR0005": "needs a memory limit; tests/e2e/limits/out-of-memory.test sets one",
    "AGR0004": "needs thousands of errors; tests/e2e/limits/ makes them",
    "AGR0006": "needs a folder outside the import roots; tests/e2e/import/ makes it",
    "AGR0108": "is about agree fmt --lang; tests/e2e/keywords/ runs it",
    "AGR0508": "needs a scenario of 10,001 events; tests/e2e/limits/ makes it",
}

tests_by_name = {p.stem: p for p in (root / "tests/e2e").rglob("*.test")}


def run_line(test):
    for line in test.read_text(encoding="utf-8").splitlines():
        if line.startswith("run:"):
            return shlex.split(line[4:])
    return None


def command_for(path, before):
    test = tests_by_name.get(Path(path).stem)
    if test:
        if any(l.startswith(("setup:", "wrap:")) for l in test.read_text(encoding="utf-8").splitlines()):
            return None  # the test prepares the machine (a memory limit, a FIFO): it runs it
        args = run_line(test)
        if args and path in args:
            return args
    if path.endswith(".agree"):
        return ["check", path]
    return None


doc = (root / "docs/errors.md").read_text(encoding="utf-8")
sections = re.split(r"\n(?=## AGR\d{4}:)", doc)[1:]
problems, verified = [], 0


def coded_lines(lines, code):
    """The lines of an output block that carry the code (header, `agree: error[...]`, a warning
    inside a listing), stripped."""
    return [l.strip() for l in lines if re.search(rf"(error|warning|fout|waarschuwing)\[{code}\]", l)]


def check(code, args, expected):
    out = subprocess.run([agree, *args], cwd=root, capture_output=True, text=True, errors="replace")
    printed = out.stderr + out.stdout
    for line in expected:
        if line not in printed:
            problems.append(f"{code}: `agree {shlex.join(args)}` no longer prints\n    {line}\n  it prints\n    "
                            + "\n    ".join(printed.splitlines()[:3]))
            return False
    return True


for section in sections:
    code = section[3:10]
    blocks = [b.splitlines() for b in re.findall(r"```\n(.*?)```", section, re.S)]
    ran = 0
    for i, lines in enumerate(blocks):
        if not lines or code in NOT_RUNNABLE:
            continue
        first = lines[0]
        if first.startswith("$ agree "):
            # A command, with its output in the same block or in the next one.
            expected = coded_lines(lines[1:], code) or (coded_lines(blocks[i + 1], code) if i + 1 < len(blocks) else [])
            if expected and check(code, shlex.split(first[len("$ agree "):]), expected):
                ran += 1
            continue
        m = HEADER.match(first)
        if not m or m[4] != code or (i and blocks[i - 1] and blocks[i - 1][0].startswith("$ ")):
            continue  # not an example of this code, or the output of a command shown above
        # Output without its command: the e2e test of the same name, else `agree check PATH`.
        if m[1].startswith("/") or not (root / m[1]).is_file():
            continue
        args = command_for(m[1], None)
        if args is not None and check(code, args, [first]):
            ran += 1
    if ran == 0 and code not in NOT_RUNNABLE:
        problems.append(f"{code}: no example in its section can be run (add one, or a reason to NOT_RUNNABLE)")
    verified += ran
    page = subprocess.run([agree, "explain-code", code], capture_output=True, text=True)
    if page.returncode != 0 or page.stdout.strip() != section.strip():
        problems.append(f"{code}: agree explain-code does not print its section of docs/errors.md")

for p in problems:
    print(p)
print(f"{len(sections)} sections, {verified} examples run, {len(problems)} problems")
sys.exit(1 if problems or len(sections) < 80 else 0)
