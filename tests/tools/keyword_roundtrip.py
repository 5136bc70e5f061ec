#!/usr/bin/env python3
"""Dutch keywords, end to end (docs/language.md, "Dutch keywords"), on every example and
stdlib file (.agree and .scenario), in a copy of the tree:
  - `agree fmt --lang nl` translates it; the Dutch text has no English keyword left (checked
    with a word list read from grammar/keywords.def, independent of agree's own tables);
  - `agree fmt --lang en` of the Dutch text is exactly `agree fmt` of the original (the round
    trip loses nothing and adds nothing);
  - translating the Dutch text to Dutch again changes nothing (idempotent);
  - with every file of the copy in Dutch (the stdlib too), each agreement that compiles compiles
    to the same model JSON as the original, source positions aside;
  - the Dutch versions committed beside the examples (*-nl.agree) are exactly what
    `agree fmt --lang nl` makes of their English originals.
A file whose names clash with Dutch keywords (a scenario called `opzegging`) must be refused with
AGR0108 and nothing else; those files are listed.
Usage: keyword_roundtrip.py AGREE_BINARY REPO_ROOT
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

WORD = re.compile(r'"(?:[^"\\\n]|\\[^\n])*"|//[^\n]*|/\*.*?\*/|[A-Za-z_][A-Za-z0-9_]*', re.S)


def strip_sources(value):
    if isinstance(value, dict):
        return {k: strip_sources(v) for k, v in value.items()
                if k != "sources" and not (k == "source" and isinstance(v, dict) and set(v) <= {"file", "line", "column"})}
    if isinstance(value, list):
        return [strip_sources(v) for v in value]
    return value


def main():
    agree, root = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    rows = re.findall(r'^AGREE_KEYWORD\((\w+), "(\w+)", "(\w+)"\)', (root / "grammar/keywords.def").read_text(), re.M)
    english_only = {e for _, e, _ in rows} - {d for _, _, d in rows}
    # Keywords the grammar also reads as names (its `ident` rule) may stay as names.
    grammar = (root / "grammar/Agree.g4").read_text()
    ident_rule = re.search(r"^ident\s*:(.*?);", grammar, re.M | re.S).group(1)
    token_words = dict((t, e) for t, e, _ in rows)
    english_only -= {token_words[t] for t in re.findall(r"\b[A-Z_]+\b", ident_rule) if t in token_words}
    failures, refused = [], []
    # The table itself: one row per keyword of the lexer, spelled as the lexer spells it, and
    # Dutch words that are unique and can be lexed as words.
    lexer = dict(re.findall(r"^([A-Z_]+) : '([a-z]+)' ;", grammar, re.M))
    if {t: e for t, e, _ in rows} != lexer:
        failures.append("grammar/keywords.def does not list exactly the lexer's keywords as the lexer spells them")
    dutch_words = [d for _, _, d in rows]
    if len(set(dutch_words)) != len(dutch_words):
        failures.append("a Dutch keyword stands for two keywords")
    # docs/language.md shows every pair, and its English example translates to its Dutch one.
    docs = (root / "docs/language.md").read_text(encoding="utf-8")
    missing = [e for _, e, d in rows if f"| `{e}` | `{d}` |" not in docs]
    if missing:
        failures.append(f"docs/language.md lacks the keywords {missing[:5]}")
    section = docs[docs.index("## Dutch keywords"):]
    blocks = re.findall(r"```\n(.*?)```", section, re.S)
    shown = subprocess.run([str(agree), "fmt", "--lang", "nl", "-"], input=blocks[0].encode(), capture_output=True)
    if shown.returncode != 0 or shown.stdout.decode() != blocks[1]:
        failures.append("docs/language.md: the Dutch example is not `agree fmt --lang nl` of the English one")
    files = sorted(p.relative_to(root) for d in ("examples", "stdlib") for ext in ("*.agree", "*.scenario")
                   for p in (root / d).rglob(ext) if not p.name.endswith("-nl.agree"))

    def fmt(data, *args):
        return subprocess.run([str(agree), "fmt", *args, "-"], input=data, capture_output=True, timeout=60)

    def translate(rel):
        original = (root / rel).read_bytes()
        dutch = fmt(original, "--lang", "nl")
        if dutch.returncode != 0:
            return rel, None, dutch.returncode, dutch.stderr.decode("utf-8", "replace")
        problems = []
        text = dutch.stdout.decode("utf-8")
        # Words outside texts and comments only; a name may be an English keyword only where
        # the grammar reads keywords as names, so flag just what reads as a keyword in English.
        left = [w for w in WORD.findall(text) if w[0] not in '"/' and w in english_only]
        back = fmt(dutch.stdout, "--lang", "en")
        plain = fmt(original)
        if back.returncode != 0 or back.stdout != plain.stdout:
            problems.append("Dutch and back is not `agree fmt` of the original")
        again = fmt(dutch.stdout, "--lang", "nl")
        if again.returncode != 0 or again.stdout != dutch.stdout:
            problems.append("translating the Dutch text to Dutch changes it")
        return rel, dutch.stdout, 0, "; ".join(problems) + (f" (English words left: {sorted(set(left))[:8]})" if left else "")

    with tempfile.TemporaryDirectory(prefix="agree-keywords-") as tmp:
        copy = Path(tmp)
        translated = {}
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for rel, out, status, note in pool.map(translate, files):
                if out is None:
                    codes = set(re.findall(r"error\[(AGR\d+)\]", note))
                    if status == 1 and codes == {"AGR0108"}:
                        refused.append(rel)
                    else:
                        failures.append(f"{rel}: `fmt --lang nl` exit {status}: {note[:300]}")
                    out = (root / rel).read_bytes()  # kept in English in the copy
                elif note:
                    failures.append(f"{rel}: {note}")
                else:
                    translated[rel] = out
                (copy / rel).parent.mkdir(parents=True, exist_ok=True)
                (copy / rel).write_bytes(out)
        env = dict(os.environ, AGREE_STDLIB=str(copy / "stdlib"))

        def same_model(rel):
            before = subprocess.run([str(agree), "compile", str(rel)], cwd=root, capture_output=True, timeout=60)
            if before.returncode != 0:
                return rel, False, ""
            after = subprocess.run([str(agree), "compile", str(rel)], cwd=copy, capture_output=True, timeout=60, env=env)
            if after.returncode != 0:
                return rel, True, f"compiles in English, not in Dutch: {after.stderr.decode()[:300]}"
            same = strip_sources(json.loads(before.stdout)) == strip_sources(json.loads(after.stdout))
            return rel, True, "" if same else "the Dutch copy compiles to another model"

        agreements = [r for r in translated if r.suffix == ".agree"]
        compiled = 0
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for rel, compiles, problem in pool.map(same_model, agreements):
                compiled += compiles
                if problem:
                    failures.append(f"{rel}: {problem}")

    committed = sorted(root.glob("examples/**/*-nl.agree"))
    for nl in committed:
        english = nl.with_name(nl.name.replace("-nl.agree", ".agree"))
        made = fmt(english.read_bytes(), "--lang", "nl")
        if made.returncode != 0 or made.stdout != nl.read_bytes():
            failures.append(f"{nl.relative_to(root)} is not `agree fmt --lang nl` of {english.relative_to(root)}")

    print(f"{len(files)} files: {len(translated)} translated to Dutch and back; {compiled} agreements compile "
          f"to the same model in Dutch; {len(refused)} refused for names that are Dutch keywords "
          f"({', '.join(str(r) for r in refused)}); {len(committed)} committed Dutch versions up to date")
    if len(committed) < 2:
        failures.append("the Dutch versions of Heliomare and DVO Beek are missing")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
