#!/usr/bin/env python3
"""Writes a synthetic portfolio of agreements for benchmarks and scale tests.

    gen_portfolio.py --n 10000 --seed 1 --out DIR

Deterministic from --seed. Each agreement uses the constructs of the real examples in
realistic mixes: 2-16 parties (municipalities grouped), a start on a date or on signing,
minimum terms renewed by one or two years (sometimes a limited number of times), indefinite
terms with notice at any time, notice periods of 1-6 months in writing, powers with triggers
(bankruptcy, default with a cure period, force majeure lasting 30 days, accession), surviving
clauses, recurring duties and deadlines, and clause texts of realistic length (files of about
5-30 KB). About a third get a scenario (NAME.scenario beside NAME.agree): a notice, a
withdrawal or a termination. Every file passes `agree check`.
"""
import argparse
import datetime
import random
from pathlib import Path

WORDS = ("partijen de het een van en in op voor met dat zij worden wordt deze overeenkomst samenwerking "
         "gemeente gemeenten stichting zorgaanbieder woningcorporatie cliënt cliënten begeleiding "
         "ondersteuning afspraken uitvoering verantwoordelijk inzet regio doelgroep werkzoekenden "
         "huisvesting woning woningen aanbod evaluatie rapportage kwartaal jaarlijks overleg "
         "persoonsgegevens verwerking geheimhouding vertrouwelijk informatie gegevens verstrekken "
         "toezicht kosten vergoeding financiering begroting termijn opzegging beëindiging verlenging "
         "schriftelijk uiterlijk binnen na voor tijdens gedurende ieder elke alle andere betrokken "
         "zorgen dragen spannen zich in naar vermogen om te komen tot een passende oplossing "
         "convenant bepalingen artikel lid bijlage wet regelgeving participatiewet wmo avg "
         "maatschappelijke opvang beschermd wonen uitstroom herstel zelfredzaamheid werk inkomen").split()
PLACES = ["Hoorn", "Enkhuizen", "Medemblik", "Middelburg", "Vlissingen", "Veere", "Beek", "Sittard-Geleen",
          "Haarlem", "Velsen", "Beverwijk", "Heemskerk", "Zandvoort", "Bloemendaal", "Heemstede", "Alkmaar",
          "Schagen", "Den Helder", "Texel", "Opmeer", "Koggenland", "Stede Broec", "Drechterland"]
ORGS = ["Stichting Welzijn", "Stichting Zorgkracht", "Woningstichting", "Stichting Arbeidsintegratie",
        "Stichting Maatschappelijke Opvang", "Coöperatie Wonen", "Stichting Herstel", "Werkbedrijf"]


def prose(rng, n_chars):
    words, size = [], 0
    while size < n_chars:
        w = rng.choice(WORDS)
        words.append(w)
        size += len(w) + 1
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def agreement(rng, index):
    aid = f"conv{index:05d}"
    n_parties = rng.randint(2, 16)
    n_municipalities = rng.randint(1, max(1, n_parties - 1)) if n_parties >= 3 else 1
    places = rng.sample(PLACES, min(n_municipalities, len(PLACES)))
    parties = []
    for i in range(n_parties):
        if i < len(places):
            parties.append((f"gem{i + 1}", f"Gemeente {places[i]}"))
        else:
            parties.append((f"org{i + 1}", f"{rng.choice(ORGS)} {rng.choice(PLACES)} {i + 1}"))
    start = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 8))
    signed = start + datetime.timedelta(days=rng.randint(-40, 30))
    on_signing = rng.random() < 0.4
    out = [f"// Synthetic agreement {index} (tools/gen_portfolio.py); not a real convenant.",
           f"agreement {aid} {{",
           f"  title {q('Convenant ' + prose(rng, 40)[:-1])}",
           f'  version "{start.year}"', '  language "nl"',
           '  governing law "Nederlands recht" under LAW_CLAUSE',
           f"  enforceable {'no' if rng.random() < 0.5 else 'yes'}",
           f"  signed {signed.isoformat()}",
           f"  preamble {q(prose(rng, rng.randint(200, 800)))}", "}", ""]
    for pid, name in parties:
        out.append(f"party {pid} {{ name {q(name)} representative {q('de heer/mevrouw ' + rng.choice(PLACES))} }}")
    municipalities = [p for p, _ in parties if p.startswith("gem")]
    out += ["", f"group gemeenten {{ name \"de gemeenten\" members {', '.join(municipalities)} }}", ""]

    n_articles = rng.randint(8, 26)
    term_article, final_article = n_articles + 1, n_articles + 2
    term_clause = f"{term_article}.2"
    kind = rng.random()
    if kind < 0.7:
        minimum = rng.choice([1, 1, 2, 2, 3])
        every = rng.choice([1, 1, 2])
        notice = rng.randint(1, min(6, 12 * every))
        limit = f" at most {rng.randint(1, 5)} times" if rng.random() < 0.2 else ""
        term = [f"term minimum {minimum} year{'s' if minimum > 1 else ''}",
                f"renew automatically every {every} year{'s' if every > 1 else ''}{limit}",
                f"notice {notice} month{'s' if notice > 1 else ''} before term end by each party form writing"]
    else:
        notice = rng.randint(1, 6)
        term = ["term indefinite", f"notice {notice} month{'s' if notice > 1 else ''} at any time by each party form writing"]
    start_rule = "start on signing" if on_signing else f"start {start.isoformat()}"

    target = rng.randint(5000, 30000)
    per_clause = max(120, target // (n_articles * 3))
    clause_ids = []
    for a in range(1, n_articles + 1):
        out.append(f"article {a} {q(prose(rng, 30)[:-1])} {{")
        for c in range(1, rng.randint(1, 5) + 1):
            cid = f"{a}.{c}"
            clause_ids.append(cid)
            k = rng.choice(["duty", "duty", "effort", "prohibition", "provision", "permission"])
            holders = rng.choice(["each party", "all parties", "gemeenten", parties[0][0],
                                  f"{parties[0][0]}, {parties[-1][0]}"])
            fields = [] if k == "provision" else [f"holders {holders}"]
            r = rng.random()
            if k == "duty" and r < 0.15:
                fields.append(f"recurs {rng.choice(['quarterly', 'yearly', 'monthly'])}")
            elif k == "duty" and r < 0.22 and kind < 0.7:
                fields.append(f"deadline {rng.randint(1, 6)} months before each term end")
            elif k == "duty" and r < 0.28:
                fields.append(f"deadline within {rng.choice(['24 hours', '2 weeks', '30 days'])} after data_breach_detected")
            fields.append(f"text {q(cid + ' ' + prose(rng, rng.randint(per_clause // 2, per_clause * 3 // 2)))}")
            out.append(f"  clause {cid} {k} {{")
            out += ["    " + f for f in fields]
            out.append("  }")
        out.append("}")
    # The last two articles: term and powers, then survival (as in the real examples).
    T, F = term_article, final_article
    out += [f'article {T} "Duur en beëindiging" {{',
            f"  clause {T}.1 provision {{ {start_rule} text {q(f'{T}.1 ' + prose(rng, 200))} }}",
            f"  clause {term_clause} provision {{",
            *["    " + t for t in term],
            f"    text {q(term_clause + ' ' + prose(rng, 300))}", "  }"]
    powers = [(f"{T}.3", "holders other party", "terminate immediately when bankruptcy form writing"),
              (f"{T}.4", "holders each party", "dissolve immediately when default_notice then cure 30 days form registered_letter"),
              (f"{T}.5", "holders other party", "dissolve immediately while force_majeure lasting 30 days form registered_letter"),
              (f"{T}.6", "holders each party", "withdraw immediately when accede form writing")]
    chosen = sorted(rng.sample(powers, rng.randint(1, 4)))
    for cid, holders, rule in chosen:
        out.append(f"  clause {cid} power {{ {holders} {rule} text {q(cid + ' ' + prose(rng, 250))} }}")
    if any(c == f"{T}.6" for c, _, _ in chosen):
        out.append(f"  clause {T}.7 provision {{ accession with consent of all parties text {q(f'{T}.7 ' + prose(rng, 150))} }}")
    out.append("}")
    survivors = rng.sample(clause_ids, min(len(clause_ids), rng.randint(1, 4)))
    span = "indefinitely" if rng.random() < 0.6 else f"for {rng.randint(1, 5)} years"
    out += [f'article {F} "Slotbepalingen" {{',
            f"  clause {F}.1 provision {{ text {q(f'{F}.1 Op dit convenant is Nederlands recht van toepassing.')} }}",
            f"  clause {F}.2 provision {{ survival of {', '.join(survivors)} {span} text {q(f'{F}.2 ' + prose(rng, 200))} }}",
            "}"]
    text = "\n".join(out).replace("LAW_CLAUSE", f"{F}.1") + "\n"

    scenario = None
    if rng.random() < 0.33:
        first = signed if on_signing else start
        when = first + datetime.timedelta(days=rng.randint(200, 3000))
        p = rng.choice(parties)[0]
        choice = rng.random()
        if choice < 0.5:
            event = f"{when.isoformat()} notice by {p} under {term_clause} form letter"
        elif choice < 0.75 and any(c == f"{T}.3" for c, _, _ in chosen):
            other = parties[0][0] if p != parties[0][0] else parties[1][0]
            event = (f"{when.isoformat()} bankruptcy of {other}\n  "
                     f"{(when + datetime.timedelta(days=3)).isoformat()} terminate by {p} form writing")
        elif any(c == f"{T}.6" for c, _, _ in chosen):
            event = (f"{when.isoformat()} accede of nieuw name \"Nieuwe Partij\"\n  "
                     f"{(when + datetime.timedelta(days=10)).isoformat()} withdraw by {p} form writing")
        else:
            event = f"{when.isoformat()} notice by {p} under {term_clause} form email"
        scenario = f'scenario synthetic "Generated events" {{\n  {event}\n}}\n'
    return aid, text, scenario


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    total = 0
    for i in range(1, args.n + 1):
        aid, text, scenario = agreement(rng, i)
        (out / f"{aid}.agree").write_text(text, encoding="utf-8")
        total += len(text.encode())
        if scenario:
            (out / f"{aid}.scenario").write_text(scenario, encoding="utf-8")
    print(f"{args.n} agreements, {total / 1e6:.1f} MB, in {out}")


if __name__ == "__main__":
    main()
