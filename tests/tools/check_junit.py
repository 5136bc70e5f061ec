#!/usr/bin/env python3
"""`agree test --junit OUT.xml` writes JUnit XML a CI system can read: parsed here with Python's
own XML parser, the totals and the per-file counts checked, and each failure's text checked
against the three expectations changed in a copy of Heliomare (the same changes as
tests/e2e/expect/heliomare-changed.test). A file that does not compile is a suite with an
<error>. Usage: check_junit.py AGREE_BINARY REPO_ROOT"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

CHANGES = [
    ("expect: due 16.2 on 2027-07-18", "expect: due 16.2 on 2027-07-19"),
    ('ends 2027-08-18 by notice under 16.2', 'ends 2027-08-18 by terminate under 16.2'),
    ("heliomare bound on 2027-11-01 under 8.1", "heliomare not bound on 2027-11-01"),
]


def main():
    agree, root = str(Path(sys.argv[1]).resolve()), Path(sys.argv[2]).resolve()
    problems = []
    with tempfile.TemporaryDirectory(prefix="agree-junit-") as tmp:
        tmp = Path(tmp)
        shutil.copytree(root / "examples/heliomare", tmp / "h")
        source = (tmp / "h/heliomare.agree").read_text(encoding="utf-8")
        for old, new in CHANGES:
            if source.count(old) != 1:
                problems.append(f"`{old}` is not in heliomare.agree exactly once")
            source = source.replace(old, new)
        (tmp / "h/heliomare.agree").write_text(source, encoding="utf-8")
        (tmp / "broken.agree").write_text("agreement broken {\n", encoding="utf-8")
        out = tmp / "out.xml"
        proc = subprocess.run([agree, "test", "h/heliomare.agree", "broken.agree", "--junit", str(out), "--lang", "en"],
                              cwd=tmp, capture_output=True, text=True)
        if proc.returncode != 1:
            problems.append(f"exit {proc.returncode}, expected 1")
        tree = ET.parse(out)  # raises on XML that is not well-formed
        top = tree.getroot()
        suites = top.findall("testsuite")
        if top.tag != "testsuites" or [s.get("name") for s in suites] != ["h/heliomare.agree", "broken.agree"]:
            problems.append(f"suites: {[s.get('name') for s in suites]}")
        helio = suites[0]
        cases = helio.findall("testcase")
        # One testcase per expectation: as many as the claims `agree test` counted in its summary.
        written = sum(1 for line in source.splitlines() if line.strip().startswith("expect"))
        if len(cases) < written or helio.get("tests") != str(len(cases)):
            problems.append(f"heliomare: {len(cases)} testcases, tests={helio.get('tests')}, {written} expect lines")
        failed = [c for c in cases if c.find("failure") is not None]
        if len(failed) != 3 or helio.get("failures") != "3" or helio.get("errors") != "0":
            problems.append(f"heliomare: {len(failed)} failures, failures={helio.get('failures')}")
        texts = {c.get("name"): c.find("failure") for c in failed}
        want = {
            "expect: due 16.2 on 2027-07-19": ("expected due 16.2 on 2027-07-19, actual due 16.2 on 2027-07-18", ""),
            'expect under "scenarios/timely-notice.scenario": ends 2027-08-18 by terminate under 16.2':
                ("expected ends 2027-08-18 by terminate under 16.2, actual ends 2027-08-18 by notice under 16.2",
                 "notice"),
            "expect: heliomare not bound on 2027-11-01": ("expected heliomare not bound on 2027-11-01, actual heliomare bound on 2027-11-01",
                                                          "in force"),
        }
        for name, (message, _) in want.items():
            f = texts.get(name)
            if f is None:
                problems.append(f"no failure for `{name}`")
                continue
            if not f.get("message", "").startswith(message):
                problems.append(f"`{name}`: message `{f.get('message')}`")
            if "expected:" not in (f.text or "") or "actual:" not in (f.text or "") or "why:" not in (f.text or ""):
                problems.append(f"`{name}`: failure text lacks expected/actual/why: {f.text!r}")
        broken = suites[1]
        if broken.get("errors") != "1" or broken.find("testcase/error") is None:
            problems.append("broken.agree: no <error>")
        elif "error[AGR0101]" not in (broken.find("testcase/error").text or ""):
            problems.append("broken.agree: the error does not hold the diagnostic")
        if top.get("failures") != "3" or top.get("errors") != "1":
            problems.append(f"totals: failures={top.get('failures')} errors={top.get('errors')}")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
