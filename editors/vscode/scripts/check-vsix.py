#!/usr/bin/env python3
"""The packaged extension holds what it needs at run time: its manifest, extension.js, the
grammar and language configuration it names, and the language client with everything that
requires (vscode-languageclient and its own dependencies, none of the build tools). Then it is
unpacked outside the source tree and extension.js is loaded from there (smoke-extension.js).
Usage: check-vsix.py VSIX [NODE]"""
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path


def main():
    vsix = Path(sys.argv[1])
    here = Path(__file__).resolve().parent
    failures = []
    with zipfile.ZipFile(vsix) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("extension/package.json"))
        needed = ["extension/package.json", "extension/extension.js", "extension/README.md",
                  "extension/language-configuration.json",
                  "extension/node_modules/vscode-languageclient/package.json",
                  "extension/node_modules/vscode-languageclient/node.js",
                  "extension/node_modules/vscode-languageserver-protocol/package.json",
                  "extension/node_modules/vscode-jsonrpc/package.json"]
        needed += ["extension/" + g["path"].lstrip("./") for g in manifest["contributes"]["grammars"]]
        needed += ["extension/" + l["configuration"].lstrip("./") for l in manifest["contributes"]["languages"]]
        failures += [f"missing {n}" for n in needed if n not in names]
        # Build and test tools stay out: they are large and never run inside VS Code.
        for tool in ("@vscode/vsce", "vscode-tmgrammar-test", "vscode-textmate", "vscode-oniguruma"):
            if any(n.startswith(f"extension/node_modules/{tool}/") for n in names):
                failures.append(f"{tool} is packaged")
        for n in names:
            if n.startswith(("extension/tests/", "extension/scripts/")):
                failures.append(f"{n} is packaged")
        if failures:
            print("\n".join(failures))
            return 1
        with tempfile.TemporaryDirectory() as tmp:
            z.extractall(tmp)
            smoke = subprocess.run([sys.argv[2] if len(sys.argv) > 2 else "node", str(here / "smoke-extension.js"), str(Path(tmp) / "extension")])
            if smoke.returncode != 0:
                return 1
    print(f"{vsix.name}: {len(names)} files, extension.js, the grammar and the language client in it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
