#!/usr/bin/env python3
"""An agreement with N parties: `bound` for the last party and `query` for every party on one
day must stay linear in N (parties are looked up by id, not by a scan per party).

Usage: many_parties.py AGREE_BINARY N
The time bound is the CTest TIMEOUT; this checks that the answers are there and right."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def main():
    agree, n = sys.argv[1], int(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="agree-many-") as tmp:
        path = Path(tmp) / "many.agree"
        lines = ['agreement many { title "Many" }']
        lines += [f'party p{i} {{ name "Partij {i}" }}' for i in range(n)]
        lines.append('article 1 "Duur" { clause 1.1 provision { start 2025-07-01 term until 2026-07-01 } }')
        lines.append('article 4 "Taken" { clause 4.1 duty { holders each party text "4.1 Ieder doet het werk." } }')
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        last = f"p{n - 1}"
        # 2026-01-01 lies in the term 2025-07-01 .. 2026-07-01: every party is bound by 4.1.
        bound = subprocess.run([agree, "bound", str(path), last, "2026-01-01", "--format", "json"],
                               capture_output=True, text=True, timeout=600)
        answer = json.loads(bound.stdout) if bound.returncode == 0 else {}
        if answer.get("party") != last or answer.get("verdict") != "yes" or "4.1" not in bound.stdout:
            print(f"bound failed (exit {bound.returncode}):\n{bound.stdout[:2000]}\n{bound.stderr[:2000]}")
            return 1
        query = subprocess.run([agree, "query", str(path), "--date", "2026-01-01"],
                               capture_output=True, text=True, timeout=600)
        rows = query.stdout.splitlines()
        if query.returncode != 0 or len(rows) != n + 1 or f",{last}," not in rows[-1]:
            print(f"query failed (exit {query.returncode}, {len(rows)} lines):\n{query.stderr[:2000]}")
            return 1
    print(f"ok: {n} parties")
    return 0


if __name__ == "__main__":
    sys.exit(main())
