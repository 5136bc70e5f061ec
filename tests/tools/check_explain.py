#!/usr/bin/env python3
"""`agree explain` says every agreement in examples/ (recursively, the corpus included) and the
construct fixtures (tests/e2e/constructs, tests/e2e/explain) in both languages and all three formats: exit 0, and no
fallback marker ("…", "?)"), no empty sentence, no internal enum or keyword in code form in the
explanation (the quoted source texts are left out of the check: they are the parties' words).

Usage: check_explain.py AGREE_BINARY REPO_ROOT
"""
import html
import re
import subprocess
import sys
from pathlib import Path

# Spellings that only the code has: enum values of the model, keywords of the language, ids.
CODE_WORDS = [
    "EachParty", "AllParties", "OtherParty", "EventParty", "RegisteredLetter", "AfterEvent", "AfterStart",
    "AfterEnd", "BeforeTermEnd", "ByDate", "BeforeDate", "BeforeEvent", "AtEvent", "HalfYearly", "TimesPerYear",
    "InAdvance", "ByMonthDay", "BeforeMonthDay", "EndOfMonthAfter", "AfterPeriod", "OnSigning", "OnDate",
    "OnEvent", "OpenEnded", "BeforeEnd", "FromEnd", "Unspecified",
]
CODE_PHRASES = [
    "before term end", "then cure", "lasting at most", "extendable", "renew automatically", "survives indefinitely",
    "holders ", "counterparty ", "std:", "$", "--", "nullopt", "registered letter form", "halfyearly",
]
SNAKE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")
FALLBACKS = ["…", "?)", "(?", " ?", "..."]


def explanation_text(output, fmt):
    """The explanation without the quoted source texts."""
    if fmt == "text":
        return "\n".join(l for l in output.splitlines() if not l.startswith("    >"))
    if fmt == "markdown":
        return "\n".join(l for l in output.splitlines() if not l.startswith(">"))
    return re.sub(r"<blockquote>.*?</blockquote>", "", output, flags=re.S)


def sentences(text, fmt):
    """Each clause's explanation and each header line."""
    if fmt == "text":
        out = [l.split(" — ", 1)[1] if " — " in l else "" for l in text.splitlines() if re.match(r"^\S.* — ", l)]
        out += [l.strip() for l in text.splitlines() if l.startswith("  ")]
        return out
    if fmt == "markdown":
        return [l.split("** — ", 1)[1] for l in text.splitlines() if "** — " in l] + \
               [l[2:] for l in text.splitlines() if l.startswith("- ")]
    found = re.findall(r"</strong> — (.*?)</p>", text, flags=re.S) + re.findall(r"<li>(.*?)</li>", text, flags=re.S)
    return [html.unescape(s) for s in found]


def problems(output, fmt):
    found = []
    text = explanation_text(output, fmt)
    said = sentences(text, fmt)
    if not said:
        found.append("no sentences at all")
    for s in said:
        if not s.strip() or not s.rstrip().endswith("."):
            found.append(f"an empty or unfinished sentence: {s!r}")
        if re.search(r"(^|[.;,] *)[.;,]", s) or "  " in s:
            found.append(f"an empty phrase: {s!r}")
    for marker in FALLBACKS:
        if marker in text:
            found.append(f"fallback marker {marker!r}")
    for w in CODE_WORDS:
        if re.search(rf"\b{w}\b", text):
            found.append(f"code word {w!r}")
    for p in CODE_PHRASES:
        if p in "\n".join(said):
            found.append(f"code phrase {p!r}")
    for m in SNAKE.findall("\n".join(said)):
        found.append(f"an id in code form {m!r}")
    if fmt == "html" and "<script" in output.lower():
        found.append("a <script> in the page")
    return found


def main():
    agree, root = sys.argv[1], Path(sys.argv[2])
    files = sorted((root / "examples").rglob("*.agree")) + sorted((root / "tests/e2e/constructs").glob("*.agree")) + \
        sorted((root / "tests/e2e/explain").glob("*.agree"))
    failures = 0
    runs = 0
    for f in files:
        for lang in ("nl", "en"):
            for fmt in ("text", "markdown", "html"):
                runs += 1
                r = subprocess.run([agree, "explain", str(f), "--lang", lang, "--format", fmt],
                                   capture_output=True, text=True)
                where = f"{f.relative_to(root)} --lang {lang} --format {fmt}"
                if r.returncode != 0:
                    print(f"FAIL {where}: exit {r.returncode}\n{r.stderr}")
                    failures += 1
                    continue
                found = problems(r.stdout, fmt)
                if found:
                    failures += 1
                    print(f"FAIL {where}:")
                    for p in sorted(set(found))[:20]:
                        print(f"  {p}")
    print(f"{runs - failures} of {runs} explanations clean ({len(files)} files)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
