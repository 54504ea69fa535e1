"""The notebook view in a real browser: headless Chromium renders it, offline.

Skipped where Chromium is not installed (``apt-get install chromium``), unless
``SUMMARIZER_REQUIRE_CHROMIUM`` is set, as CI does. Chromium runs
with its own throw-away profile and HOME, every host name resolving to nothing and
every request sent to a closed loopback port, so a page that tried to fetch anything
would fail rather than reach the network. Every run is bounded by a timeout.
"""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
from pathlib import Path

import pytest

from tests.views.views import HOSTILE_TEXT, Element, StrictHTML, hostile_summary, seed_summary

TIMEOUT_S = 60
WINDOW = (1200, 2000)


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("SUMMARIZER_REQUIRE_CHROMIUM"):  # CI sets it once it has installed Chromium
            pytest.fail("SUMMARIZER_REQUIRE_CHROMIUM is set but neither chromium nor chromium-browser is on PATH")
        pytest.skip("chromium not installed: apt-get install chromium")
    return found


def _run(chromium: str, tmp_path: Path, *args: str) -> str:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    command = [
        chromium,
        "--headless",
        "--no-sandbox",  # CI may run as root, where the sandbox refuses to start
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
        "--no-default-browser-check",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--proxy-server=http://127.0.0.1:9",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_CACHE_HOME": str(home)}
    # Its own process group, so a hung browser is killed with all its helpers.
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"chromium did not finish within {TIMEOUT_S} s: {' '.join(args)}")
    assert proc.returncode == 0, err.decode(errors="replace")[-2000:]
    return out.decode("utf-8")


def _page(tmp_path: Path, name: str, html: str) -> str:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path.as_uri()


# Runs after the view, in the test page only: records what the browser made of it, in
# attributes that --dump-dom then shows.
PROBE = """<script>
var root = document.querySelector(".summarizer-view");
var has = 0;
for (const sheet of document.styleSheets) for (const rule of sheet.cssRules)
  if (rule.selectorText && rule.selectorText.includes(":has(")) has++;
document.body.setAttribute("data-has-rules", has);
root.querySelectorAll("mark[data-quote]").forEach(function (m) {
  m.setAttribute("data-bg", getComputedStyle(m).backgroundColor);
});
document.querySelector('tr[data-item="e2"]').click();
</script>"""


def _view(dom: StrictHTML) -> Element:
    (root,) = [e for e in dom.elements if "summarizer-view" in e.classes()]
    return root


def test_seed_view_renders_every_quote(chromium: str, tmp_path: Path) -> None:
    summary = seed_summary()
    html = summary.to_html(page=True).replace("</body>", PROBE + "</body>")
    dom = StrictHTML(_run(chromium, tmp_path, "--dump-dom", _page(tmp_path, "seed.html", html)))
    root = _view(dom)
    assert root.attrs.get("data-js") == "on"  # our script ran
    marks = [e for e in dom.elements if e.tag == "mark" and "data-quote" in e.attrs]
    assert [m.text for m in marks] == [q.text for q in summary.quotes]
    (text,) = [e for e in dom.elements if e.classes() == {"text"}]
    assert text.text == summary.text
    # Each quote visibly coloured, the same for one speaker and different between two.
    backgrounds = [m.attrs["data-bg"] for m in marks]
    assert all(bg not in ("", "rgba(0, 0, 0, 0)", "transparent") for bg in backgrounds)
    assert backgrounds[1] == backgrounds[2] != backgrounds[0]
    # The browser kept every hover rule (none dropped as invalid)...
    (body,) = dom.find("body")
    source = summary.to_html()
    assert int(body.attrs["data-has-rules"]) == source.count(":has(") > 0
    # ...and a click on an event pinned exactly its evidence, and its row.
    pinned = [e for e in dom.elements if "pin" in e.classes()]
    assert pinned and all("e2" in e.keys() for e in pinned)
    assert "".join(e.text for e in pinned if "ev" in e.classes()) == "".join(s.text for s in summary.events[2].evidence)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_seed_view_screenshot(chromium: str, tmp_path: Path) -> None:
    window = f"--window-size={WINDOW[0]},{WINDOW[1]}"
    shots = {}
    pages = {"blank": "<!DOCTYPE html><html><body></body></html>", "seed": seed_summary().to_html(page=True)}
    for name, html in pages.items():
        shot = tmp_path / f"{name}.png"
        _run(chromium, tmp_path, f"--screenshot={shot}", window, _page(tmp_path, f"{name}.html", html))
        shots[name] = shot.read_bytes()
    assert _png_size(shots["seed"]) == WINDOW
    # A page of text, colours and tables compresses far worse than an empty one.
    assert len(shots["seed"]) > 5 * len(shots["blank"]), (len(shots["seed"]), len(shots["blank"]))


def test_hostile_article_renders_as_text(chromium: str, tmp_path: Path) -> None:
    summary = hostile_summary()
    # Before the view: any alert() the content managed to run would leave a mark.
    spy = '<script>window.alert = function () { document.documentElement.setAttribute("data-alerted", "1"); };</script>'
    html = summary.to_html(page=True).replace("<head>", "<head>" + spy)
    dom = StrictHTML(_run(chromium, tmp_path, "--dump-dom", _page(tmp_path, "hostile.html", html)))
    root = _view(dom)
    assert root.attrs.get("data-js") == "on"  # scripts ran: the view's own one did
    (html_element,) = dom.find("html")
    assert "data-alerted" not in html_element.attrs
    # The payloads set document.title: it is still the (escaped) article ID.
    (title,) = dom.find("title")
    assert title.text == summary.article_id
    scripts_in_view = [e for e in dom.elements if e.tag == "script" and e in root.descendants()]
    assert len(scripts_in_view) == 1  # the view's own
    assert not dom.find("img") and not dom.find("b", onmouseover="alert(2)")
    assert not [e for e in dom.elements if any(a.startswith("on") for a in e.attrs)]
    (text,) = [e for e in dom.elements if e.classes() == {"text"}]
    assert text.text == HOSTILE_TEXT
    marks = [e for e in dom.elements if e.tag == "mark" and "data-quote" in e.attrs]
    assert [m.text for m in marks] == [q.text for q in summary.quotes]
