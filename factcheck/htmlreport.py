"""One self-contained HTML page per check: the story with every quantity and date marked,
the evidence of each problem highlighted and linked to its finding, a table of findings,
and the dateline with where it came from. No script, no external file, no network."""

from __future__ import annotations

import html
from collections.abc import Sequence

from factcheck.report import Report

_STYLE = """
body{font-family:Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2{font-family:Helvetica,Arial,sans-serif}
.story{white-space:pre-wrap;line-height:1.6;border-left:3px solid #ddd;padding-left:1rem}
.q{background:#e8f0fe}.d{background:#eef7e8}
.ev{background:#ffe08a;border-bottom:2px solid #d93025}
.ev a{color:inherit;text-decoration:none}
table{border-collapse:collapse;width:100%;font-family:Helvetica,Arial,sans-serif;font-size:.9rem}
td,th{border-bottom:1px solid #ddd;padding:.35rem;text-align:left;vertical-align:top}
.inconsistent{color:#b3261e}.uncertain{color:#a15c00}.error{color:#6b21a8}
.consistent{color:#1e7b34}.legend span{padding:0 .3rem;margin-right:.5rem}
"""


def render_html(reports: Sequence[tuple[str, Report]], *, show_all: bool = False) -> str:
    """A whole HTML page for ``reports`` (each with the name of its input)."""
    body = "\n".join(
        _section(name, report, k, show_all=show_all) for k, (name, report) in enumerate(reports)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>factcheck report</title><style>{_STYLE}</style></head><body>\n"
        "<h1>factcheck report</h1>\n"
        '<p class="legend"><span class="q">quantity</span><span class="d">date</span>'
        '<span class="ev">evidence of a problem</span></p>\n'
        f"{body}\n</body></html>\n"
    )


def render_fragment(report: Report, name: str = "story") -> str:
    """The section of one report, for a notebook cell (``Report._repr_html_``)."""
    return f"<div><style>{_STYLE}</style>{_section(name, report, 0, show_all=False)}</div>"


def _section(name: str, report: Report, number: int, *, show_all: bool) -> str:
    text = report.text
    shown = [f for f in report.findings if show_all or f.is_problem]
    # Classes of each character: quantity, date, and the findings whose evidence covers it.
    marks: list[set[str]] = [set() for _ in range(len(text))]
    for q in report.quantities:
        for i in range(q.span.start, q.span.end):
            marks[i].add("q")
    for d in report.dates:
        for i in range(d.span.start, d.span.end):
            marks[i].add("d")
    links: dict[int, int] = {}  # first offset of a problem's evidence -> finding number
    for k, f in enumerate(shown):
        if not f.is_problem:
            continue
        for e in f.evidence:
            links.setdefault(e.span.start, k)
            for i in range(e.span.start, min(e.span.end, len(text))):
                marks[i].add("ev")
    pieces = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or marks[i] != marks[start] or i in links:
            pieces.append(_run(text[start:i], marks[start], links.get(start), number, start))
            start = i
    line = report.dateline
    if line is None:
        dated = "no dateline: relative dates are left unresolved"
    else:
        where = "given by the caller" if line.source == "argument" else "found in the text"
        if line.span is not None:
            where += f' ("{html.escape(line.span.slice(text))}")'
        dated = f"dateline {line.date.isoformat()}, {where}"
    rows = "\n".join(
        f'<tr id="r{number}-f{k}"><td class="{f.verdict}">{f.verdict}</td>'
        f"<td>{html.escape(f.rule_id)}</td><td>{html.escape(f.severity)}</td>"
        f"<td>{html.escape(f.message)}"
        + (
            f' <a href="#r{number}-e{f.evidence[0].span.start}">evidence</a>'
            if f.evidence and f.is_problem
            else ""
        )
        + "</td></tr>"
        for k, f in enumerate(shown)
    )
    table = (
        "<table><tr><th>verdict</th><th>rule</th><th>severity</th><th>message</th></tr>"
        f"{rows}</table>"
        if shown
        else "<p>No problem found.</p>"
    )
    return (
        f"<section><h2>{html.escape(name)}</h2><p>{dated}</p>"
        f'<div class="story">{"".join(pieces)}</div><h3>Findings</h3>{table}</section>'
    )


def _run(chunk: str, classes: set[str], finding: int | None, number: int, start: int) -> str:
    """One run of characters with the same marks; the first run of a problem's evidence
    links to its finding and is the target of the finding's "evidence" link."""
    escaped = html.escape(chunk)
    if not classes:
        return escaped
    names = " ".join(sorted(classes))
    if finding is not None and "ev" in classes:
        return (
            f'<span class="{names}"><a href="#r{number}-f{finding}" '
            f'id="r{number}-e{start}">{escaped}</a></span>'
        )
    return f'<span class="{names}">{escaped}</span>'
