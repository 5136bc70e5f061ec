#!/usr/bin/env python3
"""Nothing lost, and the model as documented: for each agreement file, `agree compile` must
give JSON that validates against docs/model.schema.json, and every party, group, event kind,
article, clause (with its text, verbatim) and scenario event written in the source files must
appear in the model. The source is read here with a tokenizer of its own, independent of the
C++ parser, so a construct the compiler silently dropped is caught.
Usage: check_model.py AGREE_BINARY REPO_ROOT FILE.agree..."""
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema

TOKEN = re.compile(r'''
    (?P<ws>\s+) | (?P<line_comment>//[^\n]*) | (?P<block_comment>/\*.*?\*/) |
    (?P<string>"(?:[^"\\\n]|\\[^\n])*") | (?P<monthday>--\d{2}-\d{2}) | (?P<datetime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}) |
    (?P<date>\d{4}-\d{2}-\d{2}) | (?P<month>\d{4}-\d{2}) | (?P<fraction>\d+/\d+) | (?P<dotted>\d+(?:\.\d+)+) | (?P<number>\d+) |
    (?P<word>[A-Za-z_][A-Za-z0-9_]*) | (?P<param>\$[A-Za-z_][A-Za-z0-9_]*) | (?P<punct>[{},():=])''', re.X | re.S)


def tokens(text):
    pos, out = 0, []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError(f"cannot read at offset {pos}: {text[pos:pos + 20]!r}")
        kind = m.lastgroup
        if kind not in ("ws", "line_comment", "block_comment"):
            out.append((kind, m.group()))
        pos = m.end()
    return out


_ROOT = Path(__file__).resolve().parents[2]
_ROWS = re.findall(r'^AGREE_KEYWORD\((\w+), "(\w+)", "(\w+)"\)', (_ROOT / "grammar/keywords.def").read_text(), re.M)
KEYWORDS = [(e, d) for _, e, d in _ROWS]
DUTCH = {d: e for e, d in KEYWORDS}
# Keywords the grammar also reads as names (its `ident` rule): `groep partijen`.
_IDENT = re.search(r"^ident\s*:(.*?);", (_ROOT / "grammar/Agree.g4").read_text(), re.M | re.S).group(1)
NAME_TOO = {e for t, e, _ in _ROWS if re.search(rf"\b{t}\b", _IDENT)}
ENGLISH_ONLY = {e for e, _ in KEYWORDS} - set(DUTCH)
DUTCH_ONLY = set(DUTCH) - {e for e, _ in KEYWORDS}
DECLARING = {"agreement", "party", "group", "body", "event", "scenario", "template"}


def in_english(toks):
    """A file written with Dutch keywords (docs/language.md: its first keyword, or most of them
    when it starts with `scenario`), its keywords spelled in English; the name after a
    declaring keyword stays as written where it may be a name (a group called `partijen`)."""
    words = [t for k, t in toks if k == "word"]
    first = words[0] if words else ""
    dutch = first in DUTCH_ONLY or (first not in ENGLISH_ONLY and
                                    sum(w in DUTCH_ONLY for w in words[2:]) > sum(w in ENGLISH_ONLY for w in words[2:]))
    if not dutch:
        return toks
    out, previous = [], None
    for kind, text in toks:
        if kind == "word" and not (previous in DECLARING and DUTCH.get(text) in NAME_TOO):
            text = DUTCH.get(text, text)
        previous = text if kind == "word" else None
        out.append((kind, text))
    return out


def unquote(s):
    body, out, i = s[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body) and body[i + 1] in '"\\nt':
            out.append({'"': '"', "\\": "\\", "n": "\n", "t": "\t"}[body[i + 1]])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def ident(tok):
    return unquote(tok[1]) if tok[0] == "string" else tok[1]


# Clause fields by their first word, and what they become in the model (see fields_in_model).
FIELD_WORDS = {"notice": "notices", "terminate": "powers", "dissolve": "powers", "withdraw": "powers",
               "expel": "powers", "deadline": "deadlines", "scheduled": "deadlines", "recurs": "recurs",
               "cap": "caps", "instance": "instances", "within": "within", "end": None}


def fields_in_model(model, cid):
    """How many of each field the model holds for clause cid (a template may add more)."""
    clause = next(c for c in model["clauses"] if c["id"] == cid)
    powers = [p for p in model["powers"] if p["clause"] == cid]
    notices = [n for n in model["notices"] if n["clause"] == cid]
    return {
        "notices": len(notices), "powers": len(powers), "deadlines": len(clause["deadlines"]),
        "recurs": len(clause["recurs"]), "caps": len(clause["caps"]), "instances": len(clause["instances"]),
        "within": sum(1 for p in powers if p["trigger"].get("within")),
        "calendar": sum(1 for n in notices if n.get("calendar")) +
                    sum(1 for p in powers if isinstance(p["effect"], dict) and p["effect"].get("calendar")),
    }


def declared(toks):
    """What the source declares: parties, groups, event kinds, articles, clauses with texts,
    scenarios with their number of events."""
    found = {"parties": [], "groups": [], "bodies": [], "events": [], "articles": [], "clauses": {}, "scenarios": {},
             "templates": [], "signatures": 0, "fields": {}}
    depth, i, clause, scenario, parens = 0, 0, None, None, 0
    while i < len(toks):
        kind, text = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else (None, None)
        if text in "()":
            # A template's parameters or a clause's arguments: `holders = each party` declares nothing.
            parens += 1 if text == "(" else -1
        elif parens:
            pass
        elif text == "{":
            depth += 1
        elif text == "}":
            depth -= 1
            if clause and depth == clause[1]:
                clause = None
            if scenario and depth == scenario[1]:
                scenario = None
        elif kind == "word" and text == "party" and depth == 0:
            found["parties"].append(nxt[1])
        elif kind == "word" and text == "group" and depth == 0:
            found["groups"].append(nxt[1])
        elif kind == "word" and text == "body" and depth == 0:
            found["bodies"].append(nxt[1])
        elif kind == "word" and text == "signed" and depth == 1 and not clause and not scenario:
            found["signatures"] += 1
        elif kind == "word" and text == "event" and depth == 0:
            found["events"].append(nxt[1])
        elif kind == "word" and text == "template" and depth == 0:
            found["templates"].append(nxt[1])
        elif kind == "word" and text == "article" and depth == 0:
            found["articles"].append(ident(nxt))
        elif kind == "word" and text == "clause" and depth == 1:
            cid = ident(nxt)
            found["clauses"][cid] = ""
            clause = (cid, depth)
        elif kind == "word" and clause and depth == clause[1] + 1 and text in FIELD_WORDS and toks[i - 1][1] != "with":
            # A field of the clause: counted, so that a field the compiler dropped is caught.
            # `within` counts only as a power's window, not in `deadline within`.
            key = FIELD_WORDS[text]
            if key and not (text == "within" and toks[i - 1][1] == "deadline"):
                fields = found["fields"].setdefault(clause[0], {})
                fields[key] = fields.get(key, 0) + 1
            if text == "end" and nxt[1] == "of" and i + 2 < len(toks) and toks[i + 2][1] == "calendar":
                fields = found["fields"].setdefault(clause[0], {})
                fields["calendar"] = fields.get("calendar", 0) + 1
        elif kind == "word" and text == "text" and clause and depth == clause[1] + 1:
            j = i + 1
            while j < len(toks) and toks[j][0] == "string":
                found["clauses"][clause[0]] += unquote(toks[j][1])
                j += 1
        elif kind == "word" and text == "scenario" and depth == 0:
            scenario = (nxt[1], depth)
            found["scenarios"][nxt[1]] = 0
        elif scenario and depth == scenario[1] + 1 and kind in ("date", "datetime"):
            found["scenarios"][scenario[0]] += 1
        i += 1
    return found


def check(agree, root, schema, path):
    proc = subprocess.run([agree, "compile", path], cwd=root, capture_output=True)
    if proc.returncode != 0:
        return [f"{path}: agree compile failed:\n{proc.stderr.decode()}"]
    model = json.loads(proc.stdout)
    problems = [f"{path}: schema: {e.message} at {'/'.join(map(str, e.absolute_path))}"
                for e in jsonschema.Draft7Validator(schema).iter_errors(model)]
    want = {"parties": [], "groups": [], "bodies": [], "events": [], "articles": [], "clauses": {}, "scenarios": {},
            "templates": [], "signatures": 0, "fields": {}}
    for src in model["sources"]:
        # A standard-library file is named as imported: std:clauses/avg.agree.
        file = root / "stdlib" / src[4:] if src.startswith("std:") else root / src
        d = declared(in_english(tokens(file.read_text(encoding="utf-8"))))
        for k in ("parties", "groups", "bodies", "events", "articles", "templates", "signatures"):
            want[k] += d[k]
        want["clauses"].update(d["clauses"])
        want["fields"].update(d["fields"])
        want["scenarios"].update(d["scenarios"])
    have = {
        "parties": [p["id"] for p in model["parties"]],
        "groups": [g["id"] for g in model["groups"]],
        "bodies": [b["id"] for b in model["bodies"]],
        "events": [e["id"] for e in model["declared_event_kinds"]],
        "articles": [a["id"] for a in model["articles"]],
        "templates": [t["name"] for t in model["templates"]],
    }
    for k in have:
        if sorted(have[k]) != sorted(want[k]):
            problems.append(f"{path}: {k} in the source {sorted(want[k])}, in the model {sorted(have[k])}")
    if len(model["signed"]["signatures"]) != want["signatures"]:
        problems.append(f"{path}: {want['signatures']} signatures in the source, {len(model['signed']['signatures'])} in the model")
    model_clauses = {c["id"]: c["text"] for c in model["clauses"]}
    if sorted(model_clauses) != sorted(want["clauses"]):
        problems.append(f"{path}: clauses differ: only in the source {sorted(set(want['clauses']) - set(model_clauses))}, "
                        f"only in the model {sorted(set(model_clauses) - set(want['clauses']))}")
    for cid, text in want["clauses"].items():
        if cid in model_clauses and model_clauses[cid] != text:
            problems.append(f"{path}: the text of clause {cid} differs between source and model")
    for cid, counts in want["fields"].items():
        if cid not in model_clauses:
            continue
        have_fields = fields_in_model(model, cid)
        for field, n in counts.items():
            if have_fields.get(field, 0) < n:
                problems.append(f"{path}: clause {cid} writes {n} {field} field(s), the model holds {have_fields.get(field, 0)}")
    model_scenarios = {s["id"]: len(s["events"]) for s in model["scenarios"]}
    if model_scenarios != want["scenarios"]:
        problems.append(f"{path}: scenarios (events) in the source {want['scenarios']}, in the model {model_scenarios}")
    return problems


def main():
    agree, root = sys.argv[1], Path(sys.argv[2])
    schema = json.loads((root / "docs/model.schema.json").read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    problems = []
    for f in sys.argv[3:]:
        problems += check(agree, root, schema, f)
    for p in problems:
        print(p)
    print(f"{len(sys.argv) - 3} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
