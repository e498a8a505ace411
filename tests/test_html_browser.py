"""The HTML report in a real browser. Headless Chromium (Debian's ``chromium`` package)
lays out the page; a script that the test adds to a copy of the page measures it, and the
test checks that the evidence of every problem is marked, visible, inside the page and
reached by its finding's "evidence" link. A screenshot of the page is written to
docs/html-report.png, the picture in docs/cli.md.

Chromium is driven through its own command line (``--dump-dom``, ``--screenshot``), so
nothing else needs installing: no driver, no Python package, no browser download. Without
a Chromium the tests skip, except under CI (the ``CI`` variable set), where they fail:
.ci/run installs Debian's chromium before it runs the tests.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.cli import main
from factcheck.report import Report

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT = ROOT / "docs" / "html-report.png"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
WIDTH, HEIGHT = 1000, 1080

# The example article with four problems put in: more drones shot down than launched,
# seven countries listed as six, a Monday that is a Thursday, more households restored
# than were cut off ("uncertain": both are hedged).
EDITS = {
    "430 of the drones": "530 of the drones",
    "three Gulf states": "two Gulf states",
    "said on Thursday,": "said on Monday, September 4, 2025,",
    "nearly 45,000 of them": "nearly 65,000 of them",
}

# Added to a copy of the page, last in its body: it measures every evidence element and
# every row of the findings, follows every "evidence" link as a reader would (a click),
# and leaves what it saw as JSON in a script element that --dump-dom prints.
PROBE = r"""
<script>
(() => {
  const style = (el) => getComputedStyle(el);
  const box = (el) => {
    const r = el.getBoundingClientRect();
    let hidden = false, opacity = 1, clipped = false;
    for (let e = el; e; e = e.parentElement) {
      const s = style(e);
      if (s.display === "none") hidden = true;
      opacity = Math.min(opacity, parseFloat(s.opacity));
      // Cut off by a box that hides or scrolls what overflows it?
      if (e !== el && e !== document.documentElement && e !== document.body &&
          (s.overflowX !== "visible" || s.overflowY !== "visible")) {
        const c = e.getBoundingClientRect();
        if (r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 ||
            r.bottom > c.bottom + 1) clipped = true;
      }
    }
    const ev = el.closest(".ev");
    return {
      left: r.left + scrollX, top: r.top + scrollY, width: r.width, height: r.height,
      viewTop: r.top, viewBottom: r.bottom, rects: el.getClientRects().length,
      displayNone: hidden, clipped: clipped, opacity: opacity, visibility: style(el).visibility,
      color: style(el).color, fontSize: parseFloat(style(el).fontSize),
      highlight: ev ? style(ev).backgroundColor : null,
    };
  };
  const out = {page: {}, sections: [], anchors: {}, rows: {}, clicks: []};
  document.querySelectorAll("section").forEach((section) => {
    // Each character of the story, by code point, and whether it is evidence.
    const story = section.querySelector(".story");
    let text = "", marks = "";
    const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const flag = node.parentElement.closest(".ev") ? "1" : "0";
      for (const ch of node.data) { text += ch; marks += flag; }
    }
    out.sections.push({text: text, marks: marks, evRuns: Array.from(
      story.querySelectorAll(".ev"), (el) => ({text: el.textContent, box: box(el)}))});
  });
  document.querySelectorAll("[id]").forEach((el) => {
    if (/^r\d+-e\d+$/.test(el.id)) {
      out.anchors[el.id] = {text: el.textContent, href: el.getAttribute("href"), box: box(el)};
    } else if (/^r\d+-f\d+$/.test(el.id)) {
      const link = el.querySelector("a");
      out.rows[el.id] = {cells: Array.from(el.cells, (c) => c.textContent),
                         link: link ? link.getAttribute("href") : null};
    }
  });
  document.querySelectorAll("tr[id] a").forEach((link) => {
    link.click();
    const target = document.querySelector(":target");
    let onTop = false;
    if (target) {
      const r = target.getClientRects()[0];
      const hit = r && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      onTop = !!hit && (hit === target || target.contains(hit));
    }
    out.clicks.push({href: link.getAttribute("href"), hash: location.hash,
                     target: target ? target.id : null,
                     box: target ? box(target) : null, onTop: onTop});
  });
  const root = document.documentElement;
  out.page = {scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight,
              clientWidth: root.clientWidth, innerHeight: innerHeight,
              background: style(document.body).backgroundColor};
  const result = document.createElement("script");
  result.type = "application/json";
  result.id = "factcheck-probe";
  result.textContent = JSON.stringify(out).replace(/</g, "\\u003c");
  document.body.appendChild(result);
})();
</script>
"""


def _chromium() -> str:
    given = os.environ.get("FACTCHECK_CHROMIUM")
    found = [given] if given else [p for name in BROWSERS if (p := shutil.which(name))]
    if found and os.access(found[0], os.X_OK):
        return found[0]
    reason = (
        f"no Chromium found (FACTCHECK_CHROMIUM, or {', '.join(BROWSERS)} on PATH); "
        "install Debian's: apt-get install -y --no-install-recommends chromium"
    )
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason}. CI must run the browser tests, and .ci/run installs it")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium() -> str:
    return _chromium()


def _run(binary: str, profile: Path, *args: str) -> str:
    """Chromium headless on a local page: what it prints on standard output."""
    command = [
        binary,
        "--headless",
        "--no-sandbox",  # as root it will not start otherwise; the page is our own file
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--window-size={WIDTH},{HEIGHT}",
        f"--user-data-dir={profile}",
        *args,
    ]
    # Its own session, so that a hang ends with every process the browser started.
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            out, err = process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            pytest.fail(f"{binary} did not finish in 120 s: {' '.join(command)}")
    assert process.returncode == 0, f"{binary} exited {process.returncode}:\n{err[-3000:]}"
    return out


def _probe(binary: str, page: str, tmp_path: Path) -> dict[str, Any]:
    probed = tmp_path / "probed.html"
    assert page.count("</body>") == 1
    probed.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = _run(binary, tmp_path / "profile-probe", "--dump-dom", probed.as_uri())
    found = re.search(r'<script type="application/json" id="factcheck-probe">(.*?)</script>', dom)
    assert found, f"the probe left no result; the page as Chromium saw it:\n{dom[:3000]}"
    seen: dict[str, Any] = json.loads(found.group(1))
    return seen


@pytest.fixture()
def stories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Three stories as files: one with four problems, one whose vote shares add up to
    more than the whole (four pieces of evidence), and the example article, clean."""
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    edited = article
    for old, new in EDITS.items():
        assert old in edited
        edited = edited.replace(old, new)
    election = (ROOT / "examples" / "articles" / "election-count.txt").read_text(encoding="utf-8")
    named = [("kyiv-edited.txt", edited), ("election-count.txt", election), ("kyiv.txt", article)]
    for name, text in named:
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # relative names in the page, as a reader would type them
    return named


def _cli_page(named: list[tuple[str, str]], *flags: str) -> str:
    out = io.StringIO()
    code = main(
        ["check", *(n for n, _ in named), "--format", "html", "--no-config", *flags], stdout=out
    )
    assert code == 1  # problems were found
    return out.getvalue()


def _rgba(css: str) -> tuple[float, ...]:
    values = tuple(float(v) for v in re.findall(r"[\d.]+", css))
    return values if len(values) == 4 else (*values, 1.0)


def _assert_visible(box: dict[str, Any], page: dict[str, Any], what: str) -> None:
    assert box["rects"] > 0 and box["width"] > 0 and box["height"] > 0, (what, box)
    assert not box["displayNone"] and box["visibility"] == "visible", (what, box)
    assert not box["clipped"], (what, box)
    assert box["opacity"] > 0 and _rgba(box["color"])[3] > 0 and box["fontSize"] >= 8, (what, box)
    assert box["left"] >= 0 and box["top"] >= 0, (what, box)
    assert box["left"] + box["width"] <= page["clientWidth"], (what, box, page)
    assert box["top"] + box["height"] <= page["scrollHeight"], (what, box, page)
    # Marked as evidence, and the mark shows: its background is not the page's.
    assert box["highlight"] is not None and _rgba(box["highlight"])[3] > 0, (what, box)
    assert box["highlight"] != page["background"], (what, box)


def _spans(report: Report) -> Iterator[tuple[factcheck.Finding, int, int]]:
    for f in report.findings:
        if f.is_problem:
            for e in f.evidence:
                yield f, e.span.start, e.span.end


def _check_page(seen: dict[str, Any], reports: list[Report], *, show_all: bool) -> int:
    """Every assertion on what the browser saw; the number of evidence elements checked."""
    page = seen["page"]
    assert page["scrollWidth"] <= page["clientWidth"], "the page scrolls sideways"
    assert len(seen["sections"]) == len(reports)
    checked = 0
    for n, (section, report) in enumerate(zip(seen["sections"], reports, strict=True)):
        text = report.text
        assert section["text"] == text  # the whole story, in order, as the reader sees it
        # Exactly the characters of the problems' evidence are marked as evidence.
        wanted = ["0"] * len(text)
        for _, start, end in _spans(report):
            wanted[start:end] = "1" * (end - start)
        assert section["marks"] == "".join(wanted), f"section {n}: evidence marks differ"
        for run in section["evRuns"]:
            if run["text"].strip():
                _assert_visible(run["box"], page, f"section {n}: evidence run {run['text']!r}")
        shown = [f for f in report.findings if show_all or f.is_problem]
        rows = {k: v for k, v in seen["rows"].items() if k.startswith(f"r{n}-")}
        assert sorted(rows) == sorted(f"r{n}-f{k}" for k in range(len(shown)))
        for k, f in enumerate(shown):
            row = rows[f"r{n}-f{k}"]
            assert row["cells"][:2] == [f.verdict, f.rule_id]
            if not (f.is_problem and f.evidence):
                assert row["link"] is None, (f.rule_id, row)
                continue
            assert row["link"] == f"#r{n}-e{f.evidence[0].span.start}"
            # Every piece of this finding's evidence has its element, visible, starting
            # the evidence, and linking back to a finding it is evidence of.
            for e in f.evidence:
                anchor = seen["anchors"].get(f"r{n}-e{e.span.start}")
                assert anchor is not None, f"no element for {e.text!r} of {f.rule_id}"
                assert anchor["text"] and text[e.span.start :].startswith(anchor["text"])
                _assert_visible(anchor["box"], page, f"{f.rule_id}: {e.text!r}")
                back = int(anchor["href"].rpartition("-f")[2])
                assert anchor["href"] == f"#r{n}-f{back}" and back < len(shown)
                assert any(x.span.start == e.span.start for x in shown[back].evidence)
                checked += 1
    # Each "evidence" link, clicked, scrolls its evidence into view, on top of the page.
    links = [row["link"] for row in seen["rows"].values() if row["link"]]
    assert [c["href"] for c in seen["clicks"]] == links
    for click in seen["clicks"]:
        assert click["hash"] == click["href"] and click["target"] == click["href"][1:], click
        box = click["box"]
        # (to within a pixel: scrolled to the top, an inline box may start a fraction above)
        assert box["viewTop"] >= -1 and box["viewBottom"] <= page["innerHeight"] + 1, click
        assert click["onTop"], f"something covers the evidence of {click['href']}"
    return checked


@pytest.mark.parametrize("show_all", [False, True], ids=["problems", "all"])
def test_every_problem_has_visible_evidence_in_chromium(
    chromium: str, stories: list[tuple[str, str]], tmp_path: Path, show_all: bool
) -> None:
    page = _cli_page(stories, *(["--all"] if show_all else []))
    reports = [factcheck.check(text) for _, text in stories]
    problems = [f for r in reports for f in r.findings if f.is_problem]
    assert len(problems) == 5 and {f.verdict for f in problems} == {"inconsistent", "uncertain"}
    seen = _probe(chromium, page, tmp_path)
    evidence = sum(len(f.evidence) for f in problems)
    assert _check_page(seen, reports, show_all=show_all) == evidence
    assert len(seen["clicks"]) == len(problems)


def test_notebook_fragment_in_chromium(
    chromium: str, stories: list[tuple[str, str]], tmp_path: Path
) -> None:
    report = factcheck.check(stories[0][1])
    page = f"<!DOCTYPE html><html><body>{report._repr_html_()}</body></html>"
    seen = _probe(chromium, page, tmp_path)
    assert _check_page(seen, [report], show_all=False) == sum(
        len(f.evidence) for f in report.problems
    )


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot_for_the_docs(
    chromium: str, stories: list[tuple[str, str]], tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    page.write_text(_cli_page(stories[:1]), encoding="utf-8")
    shot = tmp_path / "report.png"
    _run(chromium, tmp_path / "profile-shot", f"--screenshot={shot}", page.as_uri())
    data = shot.read_bytes()
    assert _png_size(data) == (WIDTH, HEIGHT) and len(data) > 20_000
    # Rewritten only when the picture changed, so a run leaves the work tree clean.
    if SCREENSHOT.parent.is_dir() and (not SCREENSHOT.exists() or SCREENSHOT.read_bytes() != data):
        SCREENSHOT.write_bytes(data)
