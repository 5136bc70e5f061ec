#!/usr/bin/env python3
"""The compiled-model cache (docs/query.md, "The cache"), end to end through `agree query`.

Every run's rows must equal those of `--no-cache`; the cache only changes how fast they come:
  1. a second run answers every file from the cache (AGREE_CACHE_STATS counts hits);
  2. a changed agreement, and a changed file it imports, are compiled again, and the answer follows
     the change (the imported template renews by 2 years instead of 1: the agreement signed on
     2025-03-01 has a first period to 2026-03-01 and a second one to 2028-03-01, not 2027-03-01);
  3. entries cut short, overwritten or filled with noise are misses, and are rebuilt;
  4. a cache folder that cannot be made (below a file), and one that fills up (a file size limit),
     give one note on stderr, exit 0 and the same rows;
  5. two runs sharing one folder at once both answer right, and leave no temporary files;
  6. a file with a warning is never cached (its warning is printed on every run).

usage: check_model_cache.py AGREE REPO_ROOT
"""
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

agree, root = sys.argv[1], Path(sys.argv[2])
failures = []


def query(paths, cache, *extra, limit=None, step="month"):
    args = [agree, "query", *paths, "--from", "2026-01-01", "--to", "2026-12-31", "--step", step, *extra]
    args += ["--no-cache"] if cache is None else ["--cache-dir", str(cache)]

    def limited():
        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    r = subprocess.run(args, capture_output=True, text=True, env=dict(os.environ, AGREE_CACHE_STATS="1"),
                       preexec_fn=limited, timeout=300)
    return r


def stats(r):
    for line in r.stderr.splitlines():
        if line.startswith("agree: cache: "):
            words = line.split()
            return int(words[2]), int(words[4])
    return None


def check(name, ok, detail=""):
    if not ok:
        failures.append(f"{name}: {detail}")


with tempfile.TemporaryDirectory(prefix="agree-cache-test-") as tmp:
    tmp = Path(tmp)
    files = tmp / "portfolio"
    shutil.copytree(root / "examples" / "heliomare", files / "heliomare")
    shutil.copytree(root / "examples" / "calidus", files / "calidus")
    shutil.rmtree(files / "heliomare" / "versions")
    shutil.rmtree(files / "calidus" / "versions")
    # An agreement that imports a library file beside it: the import is a dependency.
    (files / "lib").mkdir()
    # A library (no agreement header: skipped, so compiled and missed on every run) and an
    # agreement that imports it: the import is a dependency of the agreement's entry.
    (files / "lib" / "renewal.agree").write_text(
        'template renewing(notice_period: duration) provision {\n  start on signing\n  term minimum 1 year\n'
        '  renew automatically every 1 year\n  notice $notice_period before term end by each party\n}\n',
        encoding="utf-8")
    importing = files / "lib" / "importing.agree"
    importing.write_text(
        'import "renewal.agree"\n'
        'agreement imp {\n  title "Met import"\n  language "en"\n  signed 2025-03-01\n}\n'
        'party a { name "A" }\nparty b { name "B" }\n'
        'article 1 {\n  clause 1.1 uses renewing(notice_period = 1 month) {\n    text "Looptijd."\n  }\n}\n',
        encoding="utf-8")
    paths = [str(files)]
    cache = tmp / "cache"

    plain = query(paths, None)
    check("the portfolio answers", plain.returncode == 0 and plain.stdout.count("\n") > 20,
          plain.stderr[-2000:])

    first = query(paths, cache)
    check("first run: same rows", first.stdout == plain.stdout)
    n = stats(first)
    check("first run: every file a miss", n == (0, 5), str(n))
    second = query(paths, cache)
    check("second run: same rows", second.stdout == plain.stdout)
    n2 = stats(second)
    check("second run: every agreement from the cache", n2 == (4, 1), f"{n} {n2}")

    # 2. A change to the file, and to a file it imports.
    text = importing.read_text(encoding="utf-8")
    importing.write_text(text.replace("notice_period = 1 month", "notice_period = 3 months"), encoding="utf-8")
    changed = query(paths, cache)
    check("changed file: same rows as without the cache", changed.stdout == query(paths, None).stdout)
    check("changed file: compiled again", stats(changed) == (3, 2), str(stats(changed)))
    again = query(paths, cache)
    check("changed file: cached again", stats(again) == (4, 1), str(stats(again)))
    # Renewal by 2 years instead of 1: period 2 runs to 2028-03-01, not 2027-03-01.
    lib = files / "lib" / "renewal.agree"
    lib.write_text(lib.read_text(encoding="utf-8").replace("every 1 year", "every 2 years"), encoding="utf-8")
    relib = query(paths, cache)
    check("changed import: compiled again", stats(relib) == (3, 2), str(stats(relib)))
    check("changed import: same rows as without the cache", relib.stdout == query(paths, None).stdout)
    check("changed import: the new period shows", "2028-03-01" in relib.stdout and "2028-03-01" not in again.stdout,
          relib.stdout[-600:])

    # 3. Damaged entries.
    entries = sorted(cache.glob("*.model"))
    check("entries exist", len(entries) >= 3, str(len(entries)))
    for k, entry in enumerate(entries):
        data = entry.read_bytes()
        if k % 3 == 0:
            entry.write_bytes(data[: len(data) // 2])
        elif k % 3 == 1:
            entry.write_bytes(data[:40] + bytes(b ^ 0x55 for b in data[40:80]) + data[80:])
        else:
            entry.write_bytes(os.urandom(len(data)))
    damaged = query(paths, cache)
    check("damaged entries: same rows", damaged.stdout == plain.stdout or damaged.stdout == relib.stdout)
    check("damaged entries: all misses", stats(damaged) == (0, 5), str(stats(damaged)))
    check("damaged entries: exit 0", damaged.returncode == 0, damaged.stderr[-1000:])
    rebuilt = query(paths, cache)
    check("damaged entries: rebuilt", stats(rebuilt) == (4, 1), str(stats(rebuilt)))
    current = query(paths, None).stdout

    # 4. A folder that cannot be made, and one that fills up.
    blocker = tmp / "a-file"
    blocker.write_text("not a folder\n")
    blocked = query(paths, blocker / "cache")
    check("unmakeable folder: same rows, exit 0", blocked.stdout == current and blocked.returncode == 0,
          blocked.stderr[-1000:])
    notes = [l for l in blocked.stderr.splitlines() if "cache folder" in l]
    check("unmakeable folder: one note", len(notes) == 1, blocked.stderr[-1000:])
    full = query(paths, tmp / "full-cache", limit=4096)
    check("full folder: same rows, exit 0", full.stdout == current and full.returncode == 0, full.stderr[-1000:])
    notes = [l for l in full.stderr.splitlines() if "cache folder" in l]
    check("full folder: one note", len(notes) == 1, full.stderr[-1000:])
    check("full folder: no temporary files left",
          not list((tmp / "full-cache").glob("*.tmp-*")), str(list((tmp / "full-cache").glob("*"))))

    # 5. Two runs at once on one folder.
    shared = tmp / "shared"
    args = [agree, "query", *paths, "--from", "2026-01-01", "--to", "2026-12-31", "--cache-dir", str(shared)]
    runs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [r.communicate(timeout=300) for r in runs]
    daily = query(paths, None, step="day").stdout
    for k, (out, err) in enumerate(outs):
        check(f"shared folder: run {k} right", out == daily and runs[k].returncode == 0, err[-1000:])
    check("shared folder: no temporary files left", not list(shared.glob("*.tmp-*")))

    # 6. A file with a warning is compiled every time, so its warning is never lost.
    warned = tmp / "warned"
    warned.mkdir()
    (warned / "w.agree").write_text(
        'import "std:clauses/renewal.agree"\n'
        'agreement w {\n  title "Gewaarschuwd"\n  language "en"\n  signed 2025-03-01\n}\n'
        'party a { name "A" }\nparty b { name "B" }\n'
        'article 1 {\n  clause 1.1 duty {\n    holders a\n    deadline 1 months before term end\n'
        '    text "Rapport."\n  }\n  clause 1.2 uses tacit_yearly_renewal(notice_period = 1 month) {\n'
        '    text "Looptijd."\n  }\n}\n', encoding="utf-8")
    w1 = query([str(warned)], cache)
    w2 = query([str(warned)], cache)
    check("a warning is shown on every run", "warning[" in w1.stderr and "warning[" in w2.stderr,
          w1.stderr[-800:] + w2.stderr[-800:])
    check("a file with a warning is not cached", stats(w2) == (0, 1), str(stats(w2)))

if failures:
    print("FAIL model cache:")
    for f in failures:
        print("  " + f)
    sys.exit(1)
print("model cache: every check passed")
