#!/usr/bin/env python3
"""`agree radar --format ics` writes valid iCalendar (RFC 5545) that a real parser reads back
(Python's icalendar, Debian's python3-icalendar): folded lines of at most 75 octets ending in
CRLF, one VEVENT per date with staged VALARMs, summaries without internal ids or paths, and UIDs
that stay the same across windows and folders (a subscribed calendar updates, never duplicates).
The dates are those worked out by hand in tests/e2e/radar/examples-2027-06-01.test.
Usage: check_radar_ics.py AGREE_BINARY REPO_ROOT"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import icalendar

HELIOMARE = "examples/heliomare/heliomare.agree"
KENDEL = "examples/corpus/kendel/kendel.agree"
SCENARIOS = "tests/e2e/radar/scenarios"


def radar(agree, root, files, as_of, within, *extra):
    out = subprocess.run([agree, "radar", *files, "--scenario-dir", SCENARIOS, "--within", within, "--as-of", as_of,
                          "--format", "ics", *extra], cwd=root, capture_output=True, check=True,
                         env={"SOURCE_DATE_EPOCH": "1700000000"}).stdout
    return out


def parse(out, problems, label):
    lines = out.split(b"\r\n")
    if lines[-1] != b"":
        problems.append(f"{label}: the file does not end with CRLF")
    for n, line in enumerate(lines[:-1], 1):
        if len(line) > 75:
            problems.append(f"{label}: line {n} has {len(line)} octets (at most 75)")
        if b"\n" in line:
            problems.append(f"{label}: line {n} has a bare LF")
    cal = icalendar.Calendar.from_ical(out)
    return [c for c in cal.walk() if c.name == "VEVENT"]


def main():
    agree, root = sys.argv[1:3]
    agree = os.path.abspath(agree)
    problems = []
    # 2027-06-01 within 120 days: Heliomare's notice day (safe day 2027-07-17) and Kendel's
    # (safe day 2027-09-14).
    june = parse(radar(agree, root, [HELIOMARE, KENDEL], "2027-06-01", "120d"), problems, "june")
    starts = [str(e.decoded("DTSTART")) for e in june]
    if starts != ["2027-07-17", "2027-09-14"]:
        problems.append(f"events on {starts}, expected 2027-07-17 and 2027-09-14")
    for e in june:
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"):
            if prop not in e:
                problems.append(f"an event lacks {prop}")
        summary = str(e["SUMMARY"])
        for internal in ("heliomare", "kendel", ".agree", "examples/"):
            if internal in summary:
                problems.append(f"the summary `{summary}` shows `{internal}`")
        alarms = [c for c in e.walk() if c.name == "VALARM"]
        triggers = sorted(-a.decoded("TRIGGER").days for a in alarms)
        if triggers != [30, 90, 120]:
            problems.append(f"reminders {triggers} days before, expected 30, 90 and 120")
        if any(str(a["ACTION"]) != "DISPLAY" or "DESCRIPTION" not in a for a in alarms):
            problems.append("a reminder is not a DISPLAY alarm with a description")
    uids = {str(e.decoded("DTSTART")): str(e["UID"]) for e in june}
    if len(set(uids.values())) != len(june):
        problems.append("UIDs are not unique")
    # Another window (2027-07-01 within 6 weeks: to 2027-08-12) holds Heliomare's day only; its UID
    # is the same.
    july = parse(radar(agree, root, [HELIOMARE, KENDEL], "2027-07-01", "6w"), problems, "july")
    if [str(e.decoded("DTSTART")) for e in july] != ["2027-07-17"]:
        problems.append("the July window should hold 2027-07-17 alone")
    elif str(july[0]["UID"]) != uids.get("2027-07-17"):
        problems.append("the UID of 2027-07-17 changed with the window")
    # The same agreement copied to another folder (another path): the same UID.
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "elders.agree")
        shutil.copy(os.path.join(root, HELIOMARE), copy)
        moved = parse(radar(agree, root, [copy], "2027-06-01", "120d"), problems, "copy")
        if [str(e["UID"]) for e in moved] != [uids.get("2027-07-17")]:
            problems.append("the UID changed with the file's path")
    # --remind 7: one reminder, a week before.
    week = parse(radar(agree, root, [HELIOMARE], "2027-06-01", "120d", "--remind", "7"), problems, "remind")
    alarms = [c for e in week for c in e.walk() if c.name == "VALARM"]
    if [a.decoded("TRIGGER") for a in alarms] != [-datetime.timedelta(days=7)]:
        problems.append("--remind 7 should give one reminder 7 days before")
    # A title with the characters TEXT escapes (, ; \) and quotes reads back unchanged.
    hostile = parse(radar(agree, root, ["tests/e2e/radar/hostile.agree"], "2026-01-01", "12m"), problems, "hostile")
    want = 'last day in force: =HYPERLINK("http://x";"klik"), a; b\\c (art. 1.1)'
    if [str(e["SUMMARY"]) for e in hostile] != [want]:
        problems.append(f"the hostile summary reads back as {[str(e['SUMMARY']) for e in hostile]}, not {want!r}")
    for p in problems:
        print(p)
    print(f"{len(june)} events, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
