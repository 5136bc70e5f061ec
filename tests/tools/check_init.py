#!/usr/bin/env python3
"""`agree init` on the five source texts (examples/*/source.txt).

For each example: the skeleton is written, checked clean with `agree check`, and compiled with
`agree compile` beside the encoded example; for every clause id both have, the clause texts are
compared word for word (whitespace normalised only; the first differing word is reported). An
encoded clause whose id the skeleton does not have, or whose text differs, must be listed in
KNOWN below with the reason: nothing is skipped silently, and a known entry that now matches is
reported too (so the list stays true). Each example must match at least MIN_SHARE of the
encoded clauses. Also checks that nothing of the input is lost: every word of every non-blank
input line appears in the skeleton (letters and digits compared, so joined hyphenation and
escaping do not count as loss).

Usage: check_init.py AGREE_BINARY REPO_ROOT [--report]
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

EXAMPLES = ["heliomare", "calidus", "walcheren", "werkbedrijf", "dvo-beek"]

# The share of an example's encoded clauses the skeleton must reproduce word for word.
MIN_SHARE = {"heliomare": 0.80, "calidus": 0.45, "walcheren": 0.10, "werkbedrijf": 0.75, "dvo-beek": 0.80}

# Encoded clauses the skeleton does not reproduce, by example, with the reason. Prefixes end in
# '*' and cover every id that starts so.
KNOWN = {
    "heliomare": {
        "1.1": 'the extracted text glues words ("dezelfdebetekenis"); the encoding quotes the cleaned copy',
        "3.5": 'list layout: bullets lost or damaged in the extracted text',
        "4.1": 'the extracted text glues words ("dezelfdebetekenis"); the encoding quotes the cleaned copy',
        "6.4": 'the extracted text glues words ("dezelfdebetekenis"); the encoding quotes the cleaned copy',
        "9 WerkSaam": 'the encoding splits article 9 by party; the text has no numbers there',
        "9 Heliomare": 'the encoding splits article 9 by party; the text has no numbers there',
        "11.4": 'the extracted text glues words ("dezelfdebetekenis"); the encoding quotes the cleaned copy',
        "13.1": 'the extracted text glues words ("dezelfdebetekenis"); the encoding quotes the cleaned copy',
        "18.4": 'the encoding keeps the signing block in the clause; the skeleton makes it a comment',
    },
    "calidus": {
        "1, alinea 1": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 2": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 3": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 4": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 5": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 6": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 7": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 8": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 9": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 10": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 11": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 12": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 13": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "2": 'the extracted text glues words ("dezelfdebetekenis"); the encoding quotes the cleaned copy',
        "3": 'list layout: bullets lost or damaged in the extracted text',
        "5, alinea 1": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "5, alinea 2": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "5, alinea 3": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "5, alinea 4": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "7, alinea 1": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "7, alinea 2": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "9, alinea 1": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "9, alinea 2": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "9, alinea 3": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
    },
    "walcheren": {
        "1, alinea 1": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "1, alinea 2": 'unnumbered paragraphs: the encoding splits the article into alineas the damaged text does not mark',
        "2, Autonomie en zelfbeschikking": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "2, Herstel regie en zelfredzaamheid": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "2, Passend maatwerk voor iedereen die dat nodig heeft": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Alle partijen": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Alle partijen, rij 1": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Alle partijen, rij 2": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Alle partijen, rij 3": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Alle partijen, rij 4": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Alle partijen, rij 5": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Alle partijen, rij 6": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Zorgorganisatie": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Zorgorganisatie, rij 1": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Zorgorganisatie, rij 2": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Zorgorganisatie, rij 3": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Zorgorganisatie, rij 4": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Woningcorporaties": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Woningcorporaties, rij 1": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Woningcorporaties, rij 2": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Woningcorporaties, rij 3": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Woningcorporaties, rij 4": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Gemeenten": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Gemeenten, rij 1": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Gemeenten, rij 2": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Gemeenten en woningcorporaties": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "4, Gemeenten en woningcorporaties, rij 1": 'unnumbered parts (captions, table rows): the encoding names them, the text does not number them',
        "Bijlage 1, Werkafspraak 1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 1.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 1.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 2.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 2.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 2.3": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 3": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 3.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 3.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 3.3": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 4": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 4.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 4.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 4.3": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 4.4": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 5": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 5.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 5.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 5.3": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 6": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 6.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 6.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 7": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 7.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 7.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 7.3": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 7.4": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 8": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 8.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 8.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 8.3": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 8.4": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 9": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 9.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 9.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 9.3": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 9.4": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 10": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 10.1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 10.2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 11": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 1, Werkafspraak 12": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Stap 1": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Stap 2": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Stap 3": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Stap 4": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Stap 5": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Aanvullend op deze afspraken": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, WOONAFSPRAKEN, A Financiën: huur betalen": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, WOONAFSPRAKEN, B Woning: onderhoud en tuin": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, WOONAFSPRAKEN, C Samenleven: omgeving": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, WOONAFSPRAKEN, voetregel": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, ARRANGEMENT, D Begeleiding / zorg": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, ARRANGEMENT, E Daginvulling": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, ARRANGEMENT, Crisis": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, ARRANGEMENT, voetregel": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, CONTACT, G Contactgegevens": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, CONTACT, H Uitwisseling": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, CONTACT, I Evaluatie": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 2, Kompas, CONTACT, voetregel": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 3, Werkwijze uit- en doorstroommonitor": 'annex parts named by captions (Werkafspraak, Stap, Kompas), not by article numbers',
        "Bijlage 4, Definities": 'unnumbered definitions block named by its caption',
        "Bijlage 4, Artikel 1": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
        "Bijlage 4, Artikel 2": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
        "Bijlage 4, Artikel 3": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
        "Bijlage 4, Artikel 4": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
        "Bijlage 4, Artikel 5": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
        "Bijlage 4, Artikel 6": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
        "Bijlage 4, Artikel 7": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
        "Bijlage 4, Artikel 8": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
        "Bijlage 4, Artikel 9": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
        "Bijlage 4, Artikel 10": 'the encoding keeps the heading "Artikel N:" in the text; the skeleton makes it the article',
    },
    "werkbedrijf": {
        "1": "text before the first numbered paragraph: the skeleton makes it the article's text, the encoding clause 1",
        "1.1": 'list layout: bullets lost or damaged in the extracted text',
        "2.1": 'list layout: bullets lost or damaged in the extracted text',
        "7": 'the encoding keeps the signing block in the clause; the skeleton makes it a comment',
    },
    "dvo-beek": {
        "Bijlage 1, Taken (artikel 3 Centrumregeling)": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Directe producten A": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Directe producten B": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Directe producten C": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Directe producten D": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Directe producten E": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Directe producten F": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Directe producten G": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Indirecte producten A": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Indirecte producten B": 'product list rows named by captions, not by numbers',
        "Bijlage 1, Indirecte producten C": 'product list rows named by captions, not by numbers',
        "Bijlage 2": 'the annex caption (Privacyprotocol) stands on its own line and goes into the text',
        "Bijlage 2, 4.2": 'the annex\'s "Paragraaf N" caption runs on into the paragraph before it',
        "Bijlage 2, Artikel 10": 'the annex\'s "Paragraaf N" caption runs on into the paragraph before it',
        "Bijlage 2, 13.2": 'the annex\'s "Paragraaf N" caption runs on into the paragraph before it',
    },
}


def words(text):
    return text.split()


def alnum(text):
    return re.sub(r"[^0-9a-zà-ÿ]+", "", text.lower())


def compile_model(agree, path):
    p = subprocess.run([agree, "compile", str(path)], capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"agree compile {path} failed:\n{p.stderr}")
    return json.loads(p.stdout)


def known_reason(example, cid):
    for key, reason in KNOWN.get(example, {}).items():
        if key == cid or (key.endswith("*") and cid.startswith(key[:-1])):
            return reason
    return None


def nothing_lost(source_text, skeleton):
    out = alnum(skeleton)
    lost = []
    for n, line in enumerate(source_text.splitlines(), 1):
        for w in line.split():
            # Letters and digits apart: a paragraph number run into a word ("Samenwerking5.1")
            # is split off in the skeleton.
            for a in re.findall(r"[a-zà-ÿ]+|[0-9]+", w.lower()):
                if a not in out:
                    lost.append(f"line {n}: {w!r}")
                    break
    return lost


def main():
    agree, root = sys.argv[1], Path(sys.argv[2])
    report = "--report" in sys.argv
    failures = []
    with tempfile.TemporaryDirectory(prefix="agree-init-") as tmp:
        for ex in EXAMPLES:
            src = root / "examples" / ex / "source.txt"
            skel = Path(tmp) / f"{ex}.agree"
            p = subprocess.run([agree, "init", str(src), "-o", str(skel)], capture_output=True, text=True)
            if p.returncode != 0:
                failures.append(f"{ex}: agree init exit {p.returncode}: {p.stderr}")
                continue
            c = subprocess.run([agree, "check", str(skel)], capture_output=True, text=True)
            if c.returncode != 0 or c.stderr.strip():
                failures.append(f"{ex}: the skeleton does not check clean:\n{c.stderr}")
                continue
            text = skel.read_text(encoding="utf-8")
            lost = nothing_lost(src.read_text(encoding="utf-8"), text)
            if lost:
                failures.append(f"{ex}: {len(lost)} words of the input are not in the skeleton, first: {lost[:5]}")
            got = {c["id"]: c["text"] for c in compile_model(agree, skel)["clauses"]}
            want = {c["id"]: c["text"] for c in compile_model(agree, root / "examples" / ex / f"{ex}.agree")["clauses"]}
            matched, problems, stale = 0, [], []
            for cid, wtext in want.items():
                reason = known_reason(ex, cid)
                if cid not in got:
                    why = "not in the skeleton (the text's numbering gives other ids)"
                else:
                    a, b = words(got[cid]), words(wtext)
                    if a == b:
                        matched += 1
                        if reason and not reason.startswith("~"):
                            stale.append(cid)
                        continue
                    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                    why = (f"differs at word {i + 1}: skeleton {' '.join(a[i:i + 4])!r}, "
                           f"encoded {' '.join(b[i:i + 4])!r}")
                if reason:
                    if report:
                        print(f"  {ex} {cid}: {why} [known: {reason}]")
                else:
                    problems.append(f"{ex} {cid}: {why}")
            share = matched / len(want) if want else 1.0
            extra = sorted(set(got) - set(want) - {"init"})
            print(f"{ex}: {matched}/{len(want)} encoded clauses match the skeleton word for word ({share:.0%}); "
                  f"skeleton has {len(got) - 1} clauses, {len(extra)} ids the encoding does not use")
            if extra and report:
                print(f"  {ex} ids only in the skeleton: {', '.join(extra)}")
            for pr in problems:
                failures.append(f"unlisted mismatch: {pr}")
            for cid in stale:
                print(f"  note: {ex} {cid} is listed in KNOWN but now matches")
            if share < MIN_SHARE[ex]:
                failures.append(f"{ex}: {share:.0%} matched, less than {MIN_SHARE[ex]:.0%}")
        # The hand-written damaged text of tests/e2e/init/ loses nothing either.
        src = root / "tests/e2e/init/damaged.txt"
        p = subprocess.run([agree, "init", str(src)], capture_output=True, text=True)
        lost = nothing_lost(src.read_text(encoding="utf-8"), p.stdout)
        if p.returncode != 0 or lost:
            failures.append(f"tests/e2e/init/damaged.txt: exit {p.returncode}, lost {lost[:5]}")
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
