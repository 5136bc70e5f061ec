#!/usr/bin/env python3
"""Every diagnostic code in compiler/diag/codes.def has a section in docs/errors.md and is
expected by at least one test (an e2e .test file or a unit test). Fails otherwise."""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
codes = re.findall(r"^AGREE_CODE\((AGR\d{4}),", (root / "compiler/diag/codes.def").read_text(), re.M)
docs = (root / "docs/errors.md").read_text(encoding="utf-8")
tests = "".join(p.read_text(encoding="utf-8", errors="replace")
                for p in list((root / "tests/e2e").rglob("*.test")) + list((root / "tests/unit").glob("*.cpp")))
problems = []
if len(set(codes)) != len(codes):
    problems.append("a code appears twice in codes.def")
for code in codes:
    if f"## {code}:" not in docs:
        problems.append(f"{code} has no section in docs/errors.md")
    if f"error[{code}]" not in tests and f"warning[{code}]" not in tests and f'"{code}"' not in tests:
        problems.append(f"{code} is expected by no test")
for p in problems:
    print(p)
print(f"{len(codes)} codes, {len(problems)} problems")
sys.exit(1 if problems else 0)
