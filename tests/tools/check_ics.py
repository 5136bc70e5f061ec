#!/usr/bin/env python3
"""`agree agenda --format ics` writes valid iCalendar (RFC 5545) that a real parser reads
back: Python's icalendar (Debian's python3-icalendar). Checks the line length and line ends,
and that the events are the agenda's items with their dates.
Usage: check_ics.py AGREE_BINARY REPO_ROOT FILE FROM TO EXPECTED_EVENTS [DATE ...]"""
import subprocess
import sys

import icalendar


def main():
    agree, root, path, frm, to, expected = sys.argv[1:7]
    want_dates = sys.argv[7:]
    out = subprocess.run([agree, "agenda", path, "--from", frm, "--to", to, "--format", "ics"], cwd=root,
                         capture_output=True, check=True, env={"SOURCE_DATE_EPOCH": "1700000000"}).stdout
    problems = []
    lines = out.split(b"\r\n")
    if lines[-1] != b"":
        problems.append("the file does not end with CRLF")
    for n, line in enumerate(lines[:-1], 1):
        if len(line) > 75:
            problems.append(f"line {n} has {len(line)} octets (at most 75)")
        if b"\n" in line:
            problems.append(f"line {n} has a bare LF")
    cal = icalendar.Calendar.from_ical(out)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    if str(len(events)) != expected:
        problems.append(f"{len(events)} events, expected {expected}")
    starts = {str(e.decoded("DTSTART"))[:10] for e in events}
    for d in want_dates:
        if d not in starts:
            problems.append(f"no event on {d}")
    uids = [str(e["UID"]) for e in events]
    if len(set(uids)) != len(uids):
        problems.append("UIDs are not unique")
    for e in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if prop not in e:
                problems.append(f"an event lacks {prop}")
    for p in problems:
        print(p)
    print(f"{len(events)} events, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
