#!/usr/bin/env python3
"""Checks the structure of `agree report` pages, parsed with html.parser (not a byte golden).

Every expected date is worked out by hand from the agreement's rules (see each case below), never
copied from the program's output.

Usage: check_report.py AGREE_BINARY REPO_ROOT CASE
CASE: heliomare | heliomare-nl | hostile | portfolio | bad-input
"""
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

VOID = {"meta", "br", "img", "input", "link", "hr", "line", "polygon"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children, self.text_parts = [], []

    def classes(self):
        return self.attrs.get("class", "").split()

    def text(self):
        return "".join(p if isinstance(p, str) else p.text() for p in self.text_parts)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


class Tree(HTMLParser):
    """A small DOM: enough to find elements by tag and class and read their text."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        self.cur.text_parts.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        self.cur.text_parts.append(node)

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.text_parts.append(data)

    def find(self, tag=None, cls=None):
        return [n for n in self.root.walk() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())]


failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def run(agree, *args, expect=0):
    p = subprocess.run([agree, *args], capture_output=True, text=True, timeout=120)
    check(p.returncode == expect, f"agree {' '.join(args)}: exit {p.returncode}, expected {expect}\n{p.stderr}")
    return p


def self_contained(html, what):
    """No fetch of anything: no src= or href= at all, no URL, a CSP that forbids every fetch."""
    check(not re.search(r"\b(src|href)\s*=", html.replace("&lt;img src=x", "")), f"{what}: a src= or href=")
    check("http:" not in html and "https:" not in html and "//" not in re.sub(r"<script>.*?</script>", "", html, flags=re.S),
          f"{what}: an external URL")
    check("default-src 'none'" in html, f"{what}: no Content-Security-Policy forbidding fetches")


def heliomare(agree, root, tmp, lang):
    # Heliomare (examples/heliomare): signed and in force on 2021-08-18 (16.1), a minimum term of
    # one year renewed by one year (16.2): period n is [2021-08-18 + (n-1) years, + n years).
    # Scenario timely_notice: Heliomare gives notice on 2027-07-18, the last day for period 6
    # (ends 2027-08-18; one month before: 2027-07-18), so the agreement ends 2027-08-18, last
    # day 2027-08-17, after six periods.
    out = tmp / "report.html"
    args = ["report", "examples/heliomare/heliomare.agree", "--scenario",
            "examples/heliomare/scenarios/timely-notice.scenario", "-o", str(out)]
    if lang:
        args += ["--lang", lang]
    run(agree, *args)
    html = out.read_text(encoding="utf-8")
    t = Tree(html)
    what = f"heliomare ({lang or 'its own language'})"
    # The agreement says `language "nl"`; --lang en overrides it.
    check(t.find("html")[0].attrs.get("lang") == (lang or "nl"), f"{what}: html lang")
    title = "Samenwerkingsovereenkomst WerkSaam Westfriesland – Stichting Heliomare"
    check(t.find("title")[0].text() == title, f"{what}: <title> is {t.find('title')[0].text()!r}")
    check(t.find("h1")[0].text() == title, f"{what}: <h1>")
    svgs = t.find("svg", "timeline")
    check(len(svgs) == 1, f"{what}: {len(svgs)} timeline SVGs")
    periods = [n for n in t.find("rect", "period")]
    expected = [(f"{2020 + n}-08-18", f"{2021 + n}-08-18", f"{2021 + n}-08-17") for n in range(1, 7)]
    got = [(p.attrs["data-from"], p.attrs["data-until"], p.attrs["data-last"]) for p in periods]
    check(got == expected, f"{what}: periods {got}, expected {expected}")
    for n, p in enumerate(periods, 1):
        # Each tooltip names the period's first and last day.
        tip = p.children[0].text() if p.children else ""
        check(expected[n - 1][0] in tip and expected[n - 1][2] in tip, f"{what}: period {n} tooltip {tip!r}")
    # Notice 1 month before each period end (16.2): the window runs from the last notice day to
    # the end; the safe day reads the end as the period's last day (one day earlier here).
    windows = [(w.attrs["data-from"], w.attrs["data-until"], w.attrs["data-safe"]) for w in t.find("rect", "notice-window")]
    expected_windows = [(f"{2021 + n}-07-18", f"{2021 + n}-08-18", f"{2021 + n}-07-17") for n in range(1, 7)]
    check(windows == expected_windows, f"{what}: notice windows {windows}, expected {expected_windows}")
    # Evaluation deadlines (6.1): six months before each period end, 2022-02-18 .. 2027-02-18.
    deadlines = [d.attrs["data-date"] for d in t.find("polygon", "deadline")]
    check(deadlines == [f"{2021 + n}-02-18" for n in range(1, 7)], f"{what}: deadlines {deadlines}")
    ends = [n for n in t.find("line", "end-line")]
    check(len(ends) == 1 and ends[0].attrs.get("data-date") == "2027-08-18", f"{what}: end line")
    end_item = t.find("li", "end")
    check(len(end_item) == 1 and end_item[0].attrs.get("data-date") == "2027-08-18", f"{what}: end in the summary")
    if end_item:
        text = end_item[0].text()
        notice_day = "18 juli 2027" if lang is None else "2027-07-18"  # Dutch answers write dates in words
        check("2027-08-17" in text and "Heliomare" in text and notice_day in text and "16.2" in text,
              f"{what}: the end's cause: {text!r}")
    # Both parties bound from the start to the end, then by the surviving clauses (16.4) only.
    for party in ("werksaam", "heliomare"):
        lanes = [(r.attrs["data-from"], r.attrs["data-until"], r.classes()[1]) for r in t.find("rect", "standing")
                 if r.attrs.get("data-party") == party]
        check(len(lanes) == 2 and lanes[0] == ("2021-08-18", "2027-08-18", "bound") and lanes[1][:1] == ("2027-08-18",)
              and lanes[1][2] == "surviving", f"{what}: {party}'s standing {lanes}")
    surviving = [r for r in t.find("rect", "surviving") if "standing" not in r.classes()]
    check(len(surviving) == 1 and surviving[0].attrs["data-from"] == "2027-08-18"
          and surviving[0].attrs["data-clauses"] == "22", f"{what}: surviving clauses")
    # Every article of the source, by id, with every clause beside its words.
    source = (Path(root) / "examples/heliomare/heliomare.agree").read_text(encoding="utf-8")
    ids = [m.group(1) if m.group(1) is not None else m.group(2)
           for m in re.finditer(r'^article\s+(?:"([^"]*)"|(\S+))', source, re.M)]
    got_ids = [a.attrs.get("data-article") for a in t.find("article", "article")]
    check(got_ids == ids, f"{what}: articles {got_ids}, expected {ids}")
    clauses = re.findall(r'^\s+clause\s+(?:"([^"]*)"|(\S+))', source, re.M)
    clause_ids = [a or b for a, b in clauses]
    got_clauses = [c.attrs.get("data-clause") for c in t.find("tr", "clause")]
    check(got_clauses == clause_ids, f"{what}: {len(got_clauses)} clause rows, expected {len(clause_ids)}")
    for row in t.find("tr", "clause"):
        enc = [c for c in row.children if "encoding" in c.classes()]
        check(enc and enc[0].text().strip(), f"{what}: clause {row.attrs.get('data-clause')} has no words")
    sixteen_two = [r for r in t.find("tr", "clause") if r.attrs.get("data-clause") == "16.2"]
    check(sixteen_two and "opzegtermijn bedraagt één maand" in sixteen_two[0].text(), f"{what}: 16.2's source text")
    check(not t.find("script"), f"{what}: a script on the agreement page")
    self_contained(html, what)


def hostile(agree, root, tmp):
    # tests/e2e/report/hostile.agree: markup, quotes, "]]>" and bidi overrides in every string.
    out = tmp / "hostile.html"
    run(agree, "report", "tests/e2e/report/hostile.agree", "-o", str(out))
    html = out.read_text(encoding="utf-8")
    t = Tree(html)
    check(not t.find("script"), "hostile: a <script> element")
    check(not t.find("img") and not t.find("b"), "hostile: markup from the agreement became elements")
    check(not any(k.startswith("on") for n in t.root.walk() for k in n.attrs), "hostile: an event handler attribute")
    # No bidi control reaches the page raw: each is shown as an escape.
    check(not re.search("[\u202a-\u202e\u2066-\u2069]", html), "hostile: a raw bidi control")
    body = t.find("body")[0].text()
    check("<script>alert(1)</script>" in body, "hostile: the party name is not shown as text")
    check('Beta \\u{202e}"]]><!-- & Zn.' in body, "hostile: the second party's name is not shown")
    check("Rapport <b>vet</b> \"dubbel\" 'enkel' ]]> & \\u{202e}gnirts\\u{202c}" == t.find("title")[0].text(),
          f"hostile: the title {t.find('title')[0].text()!r}")
    # Signed 2025-01-15, in force on signing; a minimum of one year renewed yearly: period 1 is
    # [2025-01-15, 2026-01-15); notice 1 month before its end: 2025-12-15.
    p1 = t.find("rect", "period")[0]
    check((p1.attrs["data-from"], p1.attrs["data-until"]) == ("2025-01-15", "2026-01-15"), "hostile: period 1")
    w1 = t.find("rect", "notice-window")[0]
    check(w1.attrs["data-from"] == "2025-12-15", "hostile: the first notice day")
    check([a.attrs.get("data-article") for a in t.find("article", "article")] == ["1 <x>"], "hostile: article id")
    self_contained(html, "hostile")


def portfolio(agree, root, tmp):
    # A folder with Heliomare (no scenario beside it), the hostile agreement and a broken file:
    # the broken one is reported and skipped (exit 1), the others listed.
    folder = tmp / "portfolio"
    folder.mkdir()
    (folder / "heliomare.agree").write_text((Path(root) / "examples/heliomare/heliomare.agree").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    (folder / "hostile.agree").write_text((Path(root) / "tests/e2e/report/hostile.agree").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    (folder / "broken.agree").write_text("agreement broken {\n  title \"unfinished\"\n", encoding="utf-8")
    out = tmp / "portfolio.html"
    p = run(agree, "report", str(folder), "--as-of", "2027-01-01", "-o", str(out), expect=1)
    check("broken.agree" in p.stderr, f"portfolio: the broken file is not reported: {p.stderr}")
    html = out.read_text(encoding="utf-8")
    t = Tree(html)
    rows = t.find("tr")
    rows = [r for r in rows if "data-file" in r.attrs]
    files = sorted(Path(r.attrs["data-file"]).name for r in rows)
    check(files == ["heliomare.agree", "hostile.agree"], f"portfolio: rows for {files}")
    helio = [r for r in rows if r.attrs["data-file"].endswith("heliomare.agree")]
    if helio:
        cells = [c for c in helio[0].children if c.tag == "td"]
        # 2027-01-01 falls in period 6, [2026-08-18, 2027-08-18) (last day 2027-08-17); its
        # notice day is 2027-08-18 - 1 month = 2027-07-18, safe day 2027-07-17; no end known.
        check("Period 6" in cells[2].text() and "2026-08-18" in cells[2].text() and "2027-08-17" in cells[2].text(),
              f"portfolio: Heliomare's current period {cells[2].text()!r}")
        check(cells[3].attrs.get("data-sort") == "2027-08-17", "portfolio: Heliomare's period end")
        check(cells[4].attrs.get("data-sort") == "2027-07-18" and "2027-07-17" in cells[4].text(),
              f"portfolio: Heliomare's next notice day {cells[4].text()!r}")
        check(cells[5].text() == "", "portfolio: Heliomare has no end")
    host = [r for r in rows if r.attrs["data-file"].endswith("hostile.agree")]
    if host:
        cells = [c for c in host[0].children if c.tag == "td"]
        # Hostile: from 2025-01-15, yearly: 2027-01-01 is in period 2, [2026-01-15, 2027-01-15);
        # its notice day 2026-12-15 has passed, so the next is period 3's: 2027-01-15 + 1 year
        # - 1 month = 2027-12-15 (safe 2027-12-14).
        check("Period 2" in cells[2].text(), f"portfolio: hostile's period {cells[2].text()!r}")
        check(cells[4].attrs.get("data-sort") == "2027-12-15" and "2027-12-14" in cells[4].text(),
              f"portfolio: hostile's next notice day {cells[4].text()!r}")
        check("<script>alert(1)</script>" in cells[1].text(), "portfolio: the hostile party's name")
    check(len(t.find("th")) == 6, "portfolio: six sortable columns")
    scripts = t.find("script")
    check(len(scripts) == 1, "portfolio: one script")
    if scripts:
        import base64
        import hashlib
        # The CSP allows exactly this script, by its hash.
        digest = base64.b64encode(hashlib.sha256(scripts[0].text().encode()).digest()).decode()
        check(f"script-src 'sha256-{digest}'" in html, "portfolio: the CSP hash is not the script's")
    self_contained(html, "portfolio")
    # Every example: one row per agreement file, exit 0.
    out2 = tmp / "examples.html"
    run(agree, "report", "examples", "--as-of", "2026-04-01", "-o", str(out2))
    t2 = Tree(out2.read_text(encoding="utf-8"))
    rows2 = [r for r in t2.find("tr") if "data-file" in r.attrs]
    names = {Path(r.attrs["data-file"]).name for r in rows2}
    for example in ("heliomare.agree", "calidus.agree", "dvo-beek.agree", "walcheren.agree", "werkbedrijf.agree"):
        check(example in names, f"examples: no row for {example}")
    # Anholt (corpus) enters into force on the last notification (art. 13), which no scenario
    # records: its start is not known, so no period either.
    anholt = [r for r in rows2 if r.attrs["data-file"].endswith("anholt/anholt.agree")]
    if anholt:
        cells = [c for c in anholt[0].children if c.tag == "td"]
        check(cells[2].text() == "start not known yet", f"examples: Anholt's current period {cells[2].text()!r}")


def bad_input(agree, root, tmp):
    # -o in a folder that does not exist: a clear error, exit 2, nothing written.
    p = run(agree, "report", "examples/heliomare/heliomare.agree", "-o", str(tmp / "no-such" / "r.html"), expect=2)
    check("no-such" in p.stderr, f"bad -o: the error does not name the path: {p.stderr}")
    # A read-only folder (skipped as root, who writes anywhere).
    ro = tmp / "ro"
    ro.mkdir()
    os.chmod(ro, 0o555)
    if os.geteuid() != 0:
        run(agree, "report", "examples/heliomare/heliomare.agree", "-o", str(ro / "r.html"), expect=2)
        check(not list(ro.iterdir()), "bad -o: something was left in the read-only folder")
    # An existing page is replaced whole, or left as it was when the input is broken.
    page = tmp / "keep.html"
    page.write_text("old", encoding="utf-8")
    broken = tmp / "broken.agree"
    broken.write_text("agreement broken {\n", encoding="utf-8")
    run(agree, "report", str(broken), "-o", str(page), expect=1)
    check(page.read_text(encoding="utf-8") == "old", "a broken input replaced the old page")
    check([f.name for f in tmp.iterdir() if f.name.startswith(".") or "tmp" in f.name] == [],
          "a temporary file was left behind")
    run(agree, "report", "examples", "--scenario", "x", expect=2)
    run(agree, "report", "examples/heliomare/heliomare.agree", "--as-of", "2027-01-01", expect=2)
    run(agree, "report", "examples", "--as-of", "2027-02-30", expect=2)
    run(agree, "report", "examples/heliomare/heliomare.agree", "--lang", "fr", expect=2)


def main():
    agree, root, case = sys.argv[1], sys.argv[2], sys.argv[3]
    os.chdir(root)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if case == "heliomare":
            heliomare(agree, root, tmp, "en")
        elif case == "heliomare-nl":
            heliomare(agree, root, tmp, None)
        elif case == "hostile":
            hostile(agree, root, tmp)
        elif case == "portfolio":
            portfolio(agree, root, tmp)
        elif case == "bad-input":
            bad_input(agree, root, tmp)
        else:
            sys.exit(f"unknown case {case}")
        os.chmod(tmp, 0o755)
        for sub in tmp.iterdir():
            if sub.is_dir():
                os.chmod(sub, 0o755)
    for f in failures:
        print("FAIL:", f)
    print(f"{case}: {'ok' if not failures else f'{len(failures)} failures'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
