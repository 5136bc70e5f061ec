#!/bin/sh
# The .deb as a user gets it: built by CPack from this build, unpacked into an empty folder
# (dpkg-deb -x, as dpkg would install it, without touching the machine), and run from outside
# the source tree with nothing pointing back at it. The installed agree must find its own
# standard library, answer `bound` on an example that imports std: templates, show its man page
# and complete commands in bash.
# usage: install_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1; src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/package" >/dev/null)
deb=$(ls "$work"/package/agree_*.deb)
dpkg-deb -I "$deb" | grep -q "Depends:.*libantlr4-runtime" || { echo "the .deb does not depend on ANTLR's runtime"; exit 1; }
mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/agree usr/share/agree/stdlib/clauses/renewal.agree usr/share/agree/stdlib/calendars/nl-atw.json \
         usr/share/man/man1/agree.1 usr/share/bash-completion/completions/agree usr/share/doc/agree/errors.md; do
  [ -e "$work/root/$f" ] || { echo "the .deb lacks /$f"; exit 1; }
done
# An example outside the source tree, with its std: imports.
mkdir "$work/home"
cp "$src/examples/heliomare/heliomare.agree" "$work/home/"
cd "$work/home"
unset AGREE_STDLIB
version=$("$work/root/usr/bin/agree" --version)
echo "$version"
echo "$version" | grep -q "^standard library $work/root/usr/share/agree/stdlib$" ||
  { echo "the installed agree does not use its installed standard library"; exit 1; }
# Worked out by hand from 16.1/16.2: in force on signing, 2021-08-18, for one year, renewed
# yearly; no notice, so on 2027-11-01 the seventh period (from 2027-08-18) runs: bound. The
# answer is tests/e2e/heliomare/bound-2027-11-01.expected, checked by hand.
answer=$("$work/root/usr/bin/agree" bound heliomare.agree Heliomare 2027-11-01 --lang en)
echo "$answer" | head -n 3
echo "$answer" | grep -qx "Is Stichting Heliomare bound on 2027-11-01?  YES" || { echo "unexpected answer"; exit 1; }
echo "$answer" | grep -q "term period 7: 2027-08-18 .. 2028-08-18" || { echo "unexpected period"; exit 1; }
# The installed language server links an error code to the installed docs.
python3 - "$work/root/usr/bin/agree" "$work/root/usr/share/doc/agree/errors.md" <<'PY'
import json, subprocess, sys
agree, page = sys.argv[1], sys.argv[2]
server = subprocess.Popen([agree, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
def send(m):
    body = json.dumps(m).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()
def receive():
    length = 0
    while (line := server.stdout.readline().strip()):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(server.stdout.read(length))
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}})
receive()
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
    "uri": "file:///tmp/x.agree", "languageId": "agree", "version": 1, "text": "agreement x { title \"x\" bogus }\n"}}})
while (m := receive()).get("method") != "textDocument/publishDiagnostics":
    pass
href = m["params"]["diagnostics"][0]["codeDescription"]["href"]
server.kill()
print(href)
sys.exit(0 if href == "file://" + page + "#agr0101" else 1)
PY
# The man page renders without a warning.
groff -man -Tutf8 -ww -z "$work/root/usr/share/man/man1/agree.1" 2>"$work/groff.err"
[ ! -s "$work/groff.err" ] || { cat "$work/groff.err"; exit 1; }
echo "installed and answered"
