#!/usr/bin/env python3
"""Opens `agree report` pages in headless Chromium and checks them as a reader's browser shows them.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages
separated by NUL bytes on file descriptors 3 and 4), so no driver library is needed. For each page:
no console error, no uncaught exception, no dialog (alert) and no blocked fetch; a screenshot is
kept (in the folder given); the timeline is read from the DOM: the SVG's size, the number of period
rects, each notice window inside its period and ending where the period ends, the end line at the
end of the last period. The overview is sorted by a click on a column header.

Skips (exit 77) only when chromium is absent and AGREE_REQUIRE_CHROMIUM is unset.

Usage: check_report_chromium.py AGREE_BINARY REPO_ROOT SCREENSHOT_DIR
"""
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT = 60  # seconds for everything one page needs


class Browser:
    def __init__(self, exe, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        # Chromium reads commands on fd 3 and writes on fd 4: move the child's ends above any fd
        # the dup2 calls could overwrite, then put them in place after the fork.
        child_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
        child_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
        os.close(to_chrome_r)
        os.close(from_chrome_w)

        def fds():
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        self.proc = subprocess.Popen(
            [exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=fds, pass_fds=(3, 4, child_r, child_w))
        os.close(child_r)
        os.close(child_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_chrome, json.dumps(msg).encode() + b"\0")
        return self.next_id

    def read(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("chromium did not answer in time")
            ready, _, _ = select.select([self.from_chrome], [], [], left)
            if ready:
                chunk = os.read(self.from_chrome, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=None, timeout=TIMEOUT):
        i = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            msg = self.read(deadline)
            if msg.get("id") == i:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_event(self, method, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        for k, e in enumerate(self.events):
            if e.get("method") == method:
                del self.events[k]
                return e
        while True:
            msg = self.read(deadline)
            if msg.get("method") == method:
                return msg
            self.events.append(msg)

    def drain(self, seconds):
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self.read(deadline))
        except TimeoutError:
            pass

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def problems(events):
    """Console errors, exceptions, dialogs and blocked loads among the events."""
    out = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
            out.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in p.get("args", [])))
        elif m == "Runtime.exceptionThrown":
            out.append("exception: " + json.dumps(p.get("exceptionDetails", {}))[:300])
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
            out.append("log: " + p["entry"].get("text", ""))
        elif m == "Page.javascriptDialogOpening":
            out.append("dialog: " + p.get("message", ""))
        elif m == "Network.requestWillBeSent" and not p.get("request", {}).get("url", "").startswith(("file:", "data:", "about:")):
            out.append("fetch: " + p["request"]["url"])
    return out


def open_page(b, url, screenshot):
    target = b.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    s = b.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        b.call(f"{domain}.enable", session=s)
    b.call("Emulation.setDeviceMetricsOverride",
           {"width": 1200, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=s)
    b.events.clear()
    b.call("Page.navigate", {"url": url}, session=s)
    b.wait_event("Page.loadEventFired")
    b.drain(0.5)  # late console messages (a CSP report comes after the load)
    shot = b.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session=s)
    data = base64.b64decode(shot["data"])
    Path(screenshot).write_bytes(data)
    return s, len(data)


def evaluate(b, s, expression):
    r = b.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session=s)
    if "exceptionDetails" in r:
        raise RuntimeError("evaluate: " + json.dumps(r["exceptionDetails"])[:300])
    return r["result"].get("value")


TIMELINE_DOM = """(() => {
  const svg = document.querySelector('svg.timeline');
  if (!svg) return {svg: null};
  const box = svg.getBoundingClientRect();
  const r = e => { const b = e.getBoundingClientRect(); return {x: b.left, right: b.right, w: b.width, h: b.height}; };
  const periods = [...svg.querySelectorAll('rect.period')].map(e => ({n: e.dataset.n, ...r(e)}));
  const windows = [...svg.querySelectorAll('rect.notice-window')].map(e => ({n: e.dataset.n, ...r(e)}));
  const end = svg.querySelector('line.end-line');
  return {svg: {w: box.width, h: box.height}, periods, windows,
          end: end ? {x: r(end).x + r(end).w / 2, date: end.dataset.date} : null,
          standings: svg.querySelectorAll('rect.standing').length,
          scripts: document.scripts.length,
          bodyText: document.body.innerText};
})()"""


def main():
    agree, root, shots = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        if os.environ.get("AGREE_REQUIRE_CHROMIUM"):
            print("FAIL: chromium is not installed and AGREE_REQUIRE_CHROMIUM is set")
            return 1
        print("SKIP: chromium is not installed (scripts/setup.sh installs it); set AGREE_REQUIRE_CHROMIUM to fail instead")
        return 77
    os.chdir(root)
    shots.mkdir(parents=True, exist_ok=True)
    failures = []

    def check(cond, what):
        if not cond:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pages = {
            # Heliomare, timely notice: six yearly periods from 2021-08-18, ended 2027-08-18.
            "heliomare": ["examples/heliomare/heliomare.agree", "--scenario",
                          "examples/heliomare/scenarios/timely-notice.scenario", "--lang", "en"],
            "hostile": ["tests/e2e/report/hostile.agree"],
            "portfolio": ["examples", "--as-of", "2027-01-01"],
        }
        for name, args in pages.items():
            p = subprocess.run([agree, "report", *args, "-o", str(tmp / f"{name}.html")], capture_output=True,
                               text=True, timeout=120)
            check(p.returncode == 0, f"{name}: agree report exit {p.returncode}: {p.stderr}")
        b = Browser(exe, tmp / "profile")
        try:
            # A page that breaks the rules must be caught: the check itself can fail.
            (tmp / "bad.html").write_text(
                "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\">"
                "<script>console.log(1)</script><p>x", encoding="utf-8")
            s, _ = open_page(b, (tmp / "bad.html").as_uri(), tmp / "bad.png")
            check(problems(b.events), "a page whose script the CSP blocks raised no console error: the check is blind")

            b.events.clear()
            s, size = open_page(b, (tmp / "heliomare.html").as_uri(), shots / "report-heliomare.png")
            check(not problems(b.events), f"heliomare: {problems(b.events)}")
            check(size > 10000, f"heliomare: screenshot of {size} bytes")
            dom = evaluate(b, s, TIMELINE_DOM)
            check(dom["svg"] and dom["svg"]["w"] > 600 and dom["svg"]["h"] > 150, f"heliomare: SVG box {dom['svg']}")
            check(len(dom["periods"]) == 6, f"heliomare: {len(dom['periods'])} period rects, expected 6")
            check(len(dom["windows"]) == 6, f"heliomare: {len(dom['windows'])} notice windows, expected 6")
            by_n = {p["n"]: p for p in dom["periods"]}
            for w in dom["windows"]:
                p = by_n.get(w["n"])
                # The window runs from the last notice day (one month before the end) to the end:
                # inside its period, in its last twelfth, ending where the period ends.
                check(p and p["x"] < w["x"] < p["right"] and abs(w["right"] - p["right"]) < 0.6
                      and w["w"] < p["w"] / 6, f"heliomare: notice window {w} against its period {p}")
            last = by_n.get("6")
            check(dom["end"] and last and abs(dom["end"]["x"] - last["right"]) < 1.5 and dom["end"]["date"] == "2027-08-18",
                  f"heliomare: end line {dom['end']} against period 6 {last}")
            check(dom["standings"] == 4, f"heliomare: {dom['standings']} standing rects, expected 4")
            check(dom["scripts"] == 0, "heliomare: a script on the agreement page")

            b.events.clear()
            s, size = open_page(b, (tmp / "hostile.html").as_uri(), shots / "report-hostile.png")
            check(not problems(b.events), f"hostile: {problems(b.events)}")
            dom = evaluate(b, s, TIMELINE_DOM)
            check(dom["scripts"] == 0, "hostile: a script element")
            check("<script>alert(1)</script>" in dom["bodyText"], "hostile: the party name is not shown as text")
            check("<img src=x onerror=alert(2)>" in dom["bodyText"], "hostile: the short name is not shown as text")
            check(evaluate(b, s, "document.querySelectorAll('img,b,[onerror]').length") == 0,
                  "hostile: markup from the agreement became elements")

            b.events.clear()
            s, size = open_page(b, (tmp / "portfolio.html").as_uri(), shots / "report-portfolio.png")
            check(not problems(b.events), f"portfolio: {problems(b.events)}")
            # Click "Its last day" (column 4): rows sorted by that date, ascending, then descending.
            order = """(() => { const th = document.querySelectorAll('table.sortable th')[3]; th.click();
              const up = [...document.querySelectorAll('table.sortable tbody tr')].map(r => r.cells[3].dataset.sort);
              th.click();
              const down = [...document.querySelectorAll('table.sortable tbody tr')].map(r => r.cells[3].dataset.sort);
              return {up, down, sort: th.getAttribute('aria-sort')}; })()"""
            got = evaluate(b, s, order)
            check(got["up"] == sorted(got["up"]) and got["down"] == sorted(got["down"], reverse=True)
                  and got["sort"] == "descending" and len(got["up"]) >= 5, f"portfolio: sorting {got}")
            b.drain(0.2)
            check(not problems(b.events), f"portfolio after sorting: {problems(b.events)}")
        except Exception as e:  # a timeout or a protocol error fails the test, saying which
            failures.append(f"{type(e).__name__}: {e}")
        finally:
            b.close()
    for f in failures:
        print("FAIL:", f)
    print(f"chromium: {'ok' if not failures else f'{len(failures)} failures'}; screenshots in {shots}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
