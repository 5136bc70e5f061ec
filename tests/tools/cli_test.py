#!/usr/bin/env python3
"""Runs one end-to-end CLI test case (a .test file) and checks its expectations.

A .test file holds comment lines (#: the hand-worked reasoning behind each expected date) and:
  run: ARGS...                   the agree command line (paths relative to the repository root)
  exit: N                        the expected exit status (default 0)
  env: NAME=VALUE                an environment variable for the run
  unsanitized                    skip the test in the sanitizer build (a `ulimit -v` cannot hold
                                 AddressSanitizer's reserved address space)
  setup: SHELL COMMAND           run by sh in $TMP before the command (make a FIFO, a symlink
                                 loop, an unreadable folder); it must succeed. Several allowed.
  wrap: COMMAND...               a command line the agree command is run under, its arguments
                                 following: `setpriv --reuid=65534 --regid=65534 --clear-groups`
                                 (another user: root reads every folder), `sh -c 'ulimit -v N;
                                 exec "$@"' sh` (little memory), `sh -c 'cd $TMP && exec "$@"' sh`
  after: SHELL COMMAND           run by sh in $TMP after the command (test the files it left:
                                 modes, groups, symlinks); the test fails unless it succeeds
  file PATH contains "TEXT"      a file the command wrote contains TEXT
In `run:`, `setup:`, `file` and the stdout/stderr checks, $TMP is a fresh temporary directory;
$ROOT in `setup:` is the repository root.
  expect PATH = JSON             a value in the JSON on stdout (PATH: a.b[0].c, list[key=value])
  expect PATH contains "TEXT"    a string value (or list of strings) contains TEXT
  expect PATH count = N          a list has N elements
                                 (stdout may also be JSON lines: then it is a list, one per line;
                                 a PATH starting with `csv` reads stdout with Python's csv module
                                 as a list of rows by column name: csv[0].verdict)
                                 [k=v&k2=v2] selects the first element matching every pair;
                                 [?k=v] all matching elements, as a list (count = 0 for none)
  stdout contains "TEXT"         the raw stdout contains TEXT
  stdout lacks "TEXT"            the raw stdout does not contain TEXT (wording that must be gone)
  stderr contains "TEXT"         the raw stderr contains TEXT
  golden: FILE                   stdout equals FILE (relative to the .test file) exactly
  stderr golden: FILE            stderr equals FILE exactly
Usage: cli_test.py AGREE_BINARY REPO_ROOT TEST_FILE
"""
import csv
import io
import json
import shlex
import re
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def select(value, path):
    """Follows a path such as reasons[clause=8.1].from or could_change[0].latest."""
    for part in re.findall(r"[^.\[\]]+|\[[^\]]*\]", path):
        if part.startswith("["):
            key = part[1:-1]
            if key == "":
                continue  # [] is the whole list
            if key.startswith("?"):
                # [?k=v]: every matching element, as a list (possibly empty): for `count = 0`.
                pairs = [p.split("=", 1) for p in key[1:].split("&")]
                value = [x for x in value if all(str(x.get(k)) == v for k, v in pairs)]
            elif "=" in key:
                pairs = [p.split("=", 1) for p in key.split("&")]
                matches = [x for x in value if all(str(x.get(k)) == v for k, v in pairs)]
                if not matches:
                    raise KeyError(f"no element with {key}")
                value = matches[0]
            else:
                value = value[int(key)]
        else:
            value = value[part]
    return value


# The exit status that CTest reads as "skipped" (SKIP_RETURN_CODE in tests/CMakeLists.txt).
SKIPPED = 77


def main():
    # $TMP lives only as long as the test: nothing is left behind in /tmp.
    # Each test gets its own, empty compiled-model cache (docs/query.md), outside $TMP so that
    # a test listing $TMP sees only what it made; open to every user, for `wrap: setpriv`.
    with tempfile.TemporaryDirectory(prefix="agree-test-") as tmp, \
            tempfile.TemporaryDirectory(prefix="agree-test-cache-") as cache:
        os.chmod(cache, 0o777)
        os.environ["AGREE_CACHE_DIR"] = cache
        return run(tmp)


def run(tmp):
    agree, root, test = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    lines = test.read_text(encoding="utf-8").splitlines()
    args, want_exit, checks, env, setups, wrap = None, 0, [], dict(os.environ), [], []
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("run:"):
            if args is not None:
                # One command per test: a second `run:` would silently replace the first.
                print(f"{test}:{n}: a second `run:` line; write one test file per command")
                return 1
            args = [a.replace("$TMP", tmp) for a in shlex.split(s[4:])]
        elif s.startswith("exit:"):
            want_exit = int(s[5:])
        elif s == "unsanitized":
            if os.environ.get("AGREE_SANITIZED"):
                print(f"SKIP {test.name}: not under the sanitizers")
                return SKIPPED
        elif s.startswith("setup:"):
            setups.append(s[6:].strip())
        elif s.startswith("wrap:"):
            wrap = [a.replace("$TMP", tmp) for a in shlex.split(s[5:])]
        elif s.startswith("env:"):
            name, value = s[4:].strip().split("=", 1)
            env[name] = value
        else:
            checks.append((n, s))
    if args is None:
        print(f"{test}: no `run:` line")
        return 1
    for command in setups:
        made = subprocess.run(["sh", "-c", command], cwd=tmp, capture_output=True,
                              env=dict(env, TMP=tmp, ROOT=str(root.resolve())))
        if made.returncode != 0:
            print(f"{test}: setup `{command}` failed: {made.stderr.decode('utf-8', 'replace')}")
            return 1
    if any("setpriv" in w for w in wrap):
        # Running agree under another user needs a machine that lets that user load it (its
        # folders and libraries readable); where it cannot, the test is skipped, never passed.
        probe = subprocess.run(wrap + [str(Path(agree).resolve()), "--help"], cwd=root, capture_output=True,
                               timeout=60, env=env)
        if probe.returncode != 0:
            print(f"SKIP {test.name}: agree cannot run under `{' '.join(wrap)}` here: "
                  f"{probe.stderr.decode('utf-8', 'replace').strip()[:300]}")
            return SKIPPED
    proc = subprocess.run(wrap + [str(Path(agree).resolve())] + args, cwd=root, capture_output=True, timeout=60, env=env)
    out = proc.stdout.decode("utf-8")
    err = proc.stderr.decode("utf-8")
    failures = []
    if proc.returncode != want_exit:
        failures.append(f"exit status {proc.returncode}, expected {want_exit}")
    data = None
    for n, check in checks:
        try:
            if check.startswith("after:"):
                done = subprocess.run(["sh", "-c", check[6:].strip()], cwd=tmp, capture_output=True,
                                      env=dict(env, TMP=tmp, ROOT=str(root.resolve())))
                if done.returncode != 0:
                    failures.append(f"line {n}: `{check}` failed: {done.stdout.decode('utf-8', 'replace')}"
                                    f"{done.stderr.decode('utf-8', 'replace')}")
                continue
            if check.startswith("golden:") or check.startswith("stderr golden:"):
                is_err = check.startswith("stderr")
                want = (test.parent / check.split(":", 1)[1].strip()).read_text(encoding="utf-8")
                got = err if is_err else out
                if got != want:
                    failures.append(f"line {n}: output differs from {check.split(':', 1)[1].strip()}:\n--- got ---\n{got}")
                continue
            m = re.fullmatch(r"file (\S+) contains (\".*\")", check)
            if m:
                path = Path(m.group(1).replace("$TMP", tmp))
                path = path if path.is_absolute() else root / path
                if not path.exists():
                    failures.append(f"line {n}: {path} was not written")
                elif json.loads(m.group(2)) not in path.read_text(encoding="utf-8"):
                    failures.append(f"line {n}: {path} lacks {m.group(2)}")
                continue
            m = re.fullmatch(r"(stdout|stderr) lacks (\".*\")", check)
            if m:
                text = json.loads(m.group(2)).replace("$TMP", tmp)
                if text in (out if m.group(1) == "stdout" else err):
                    failures.append(f"line {n}: {m.group(1)} has {text!r}")
                continue
            m = re.fullmatch(r"(stdout|stderr) contains (\".*\")", check)
            if m:
                text = json.loads(m.group(2)).replace("$TMP", tmp)
                hay = out if m.group(1) == "stdout" else err
                if text not in hay:
                    failures.append(f"line {n}: {m.group(1)} lacks {text!r}")
                continue
            m = re.fullmatch(r"expect ((?:[^\s\[]|\[[^\]]*\])+) (=|contains|count =) (.+)", check)
            if not m:
                failures.append(f"line {n}: cannot read `{check}`")
                continue
            path, op, raw = m.groups()
            if path.startswith("csv"):
                got = select(list(csv.DictReader(io.StringIO(out))), path[3:])
            else:
                if data is None:
                    if "jsonl" in args:
                        data = [json.loads(line) for line in out.splitlines() if line.strip()]
                    else:
                        data = json.loads(out)
                got = select(data, path)
            want = json.loads(raw)
            if op == "=" and got != want:
                failures.append(f"line {n}: {path} is {json.dumps(got, ensure_ascii=False)}, expected {raw}")
            elif op == "contains":
                items = got if isinstance(got, list) else [got]
                if not any(want in str(x) for x in items):
                    failures.append(f"line {n}: {path} ({json.dumps(got, ensure_ascii=False)[:300]}) lacks {raw}")
            elif op == "count =" and len(got) != want:
                failures.append(f"line {n}: {path} has {len(got)} elements, expected {want}")
        except (KeyError, IndexError, TypeError, ValueError) as e:
            failures.append(f"line {n}: `{check}`: {type(e).__name__}: {e}")
    if failures:
        print(f"FAIL {test.name} (agree {' '.join(args)})")
        for f in failures:
            print("  " + f)
        if proc.returncode != want_exit or data is None:
            print("--- stderr ---\n" + err[:3000])
        return 1
    print(f"ok {test.name}: {len(checks)} checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
