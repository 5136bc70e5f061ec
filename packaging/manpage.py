#!/usr/bin/env python3
"""Makes the man page agree(1) from README.md: its commands table becomes COMMANDS, so the man
page says what the README says and cannot fall behind it.

usage: manpage.py README.md VERSION OUT.1"""
import re
import sys
from pathlib import Path


def roff(text: str) -> str:
    """Markdown inline text as roff: `code` bold, links as their text, escapes for roff."""
    text = text.replace("\\|", "|")
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: m.group(2) if m.group(1) in m.group(2)
                  else f"{m.group(1)} ({m.group(2)})", text)
    text = text.replace("\\", "\\e")
    text = text.replace("-", "\\-")
    out, bold = [], False
    for part in re.split(r"(`)", text):
        if part == "`":
            out.append("\\fR" if bold else "\\fB")
            bold = not bold
        else:
            out.append(part)
    if bold:
        out.append("\\fR")
    # Non-ASCII (—, ×, é) as roff's Unicode escapes: the page reads the same in any locale.
    line = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in "".join(out))
    # A line must not start with a control character of roff.
    return "\\&" + line if line[:1] in (".", "'") else line


def commands(readme: str):
    """(usage, description) of each row of the README's "## Commands" table."""
    section = readme.split("\n## Commands", 1)[1].split("\n## ", 1)[0]
    for line in section.splitlines():
        m = re.match(r"^\| `(agree [^`]*)` \| (.*) \|$", line)
        if m:
            yield m.group(1), m.group(2)


def page(readme: str, version: str) -> str:
    rows = list(commands(readme))
    if not rows:
        raise SystemExit("manpage.py: README.md has no commands table")
    out = [
        f'.TH AGREE 1 "" "agree {version}" "User Commands"',
        ".SH NAME",
        "agree \\- check, explain and answer questions about cooperation agreements",
        ".SH SYNOPSIS",
        ".B agree",
        ".I COMMAND",
        "[\\fIOPTIONS\\fR]",
        ".br",
        ".B agree \\-\\-version",
        ".SH DESCRIPTION",
        "agree is a language, compiler and timeline runtime for cooperation agreements",
        "(convenanten). Each agreement is a .agree file, clause by clause, each clause tied to its",
        "article and quoting its source text. agree checks it, compiles it to an intermediate model",
        "(JSON), simulates its timeline under a scenario of events and answers questions with",
        "explanations that cite the articles.",
        ".SH COMMANDS",
    ]
    for usage, description in rows:
        out += [".TP", f"\\fB{roff(usage)}\\fR", roff(description)]
    out += [
        ".SH OPTIONS",
        "Every command takes \\fB\\-\\-help\\fR and \\fB\\-\\-error\\-format text|json\\fR (errors for",
        "people, or one JSON object per line for tools). Commands that read agreements take",
        "\\fB\\-\\-lang nl|en\\fR for the language of their errors and answers.",
        ".SH EXIT STATUS",
        "0 success; 1 errors in the input (or, for diff, the versions differ); 2 wrong usage;",
        "3 internal error.",
        ".SH ENVIRONMENT",
        ".TP",
        ".B AGREE_STDLIB",
        "the folder of the standard library (std: imports and calendars), instead of the one",
        "installed beside the program.",
        ".SH FILES",
        ".TP",
        ".I /usr/share/agree/stdlib",
        "the standard library: clause templates and the Dutch public-holiday calendar.",
        ".TP",
        ".I /usr/share/doc/agree",
        "the documentation: the language, the answers, every error code.",
        ".SH SEE ALSO",
        "agree \\-\\-version names the standard library in use;",
        "agree explain\\-code AGR0402 prints an error code's page.",
    ]
    return "\n".join(out) + "\n"


def main():
    readme, version, target = sys.argv[1], sys.argv[2], sys.argv[3]
    Path(target).write_text(page(Path(readme).read_text(encoding="utf-8"), version), encoding="utf-8")


if __name__ == "__main__":
    main()
