"""SARIF 2.1.0, the log format code-scanning services read, so findings show inline in CI.

One run of the ``factcheck`` driver; its ``rules`` describe every rule that ran, and each
result points at the finding's first piece of evidence (1-based lines and columns,
columns counted in Unicode code points, as ``columnKind`` says).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import PureWindowsPath
from typing import Any
from urllib.parse import quote

from factcheck.lines import LineIndex
from factcheck.model import Finding
from factcheck.report import Report
from factcheck.rules.ruleset import RuleSet

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def to_sarif(
    reports: Sequence[tuple[str, Report]], rules: RuleSet, *, show_all: bool = False
) -> dict[str, Any]:
    """The SARIF log of ``reports`` (each with the name of its input). Problems become
    results; with ``show_all`` consistent findings come too, as results of kind "pass"."""
    from factcheck import __version__

    index = {r.id: k for k, r in enumerate(rules)}
    results = []
    for name, report in reports:
        lines = LineIndex(report.text)
        uri = artifact_uri(name)
        for f in report.findings:
            if f.is_problem or show_all:
                results.append(_result(f, uri, lines, index))
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "rules": [
                            {
                                "id": r.id,
                                "name": r.id,
                                "shortDescription": {"text": r.title or r.id},
                                "fullDescription": {"text": r.description or r.title or r.id},
                                "defaultConfiguration": {"level": _LEVELS[rules.severity_of(r)]},
                                "properties": {"tags": list(r.tags)},
                            }
                            for r in rules
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def artifact_uri(name: str) -> str:
    """An input's name as the URI reference SARIF's ``artifactLocation.uri`` must be:
    folders separated by ``/``, every character a URI path cannot hold percent-encoded
    (spaces, non-ASCII letters, ``%``, ``?``, ``#``), and ``./`` before a first segment with
    a colon, which would otherwise read as a scheme (``-:3``, ``feed.jsonl:3``). An absolute
    Windows path becomes a ``file:`` URI."""
    if os.sep == "\\" and PureWindowsPath(name).is_absolute():
        return PureWindowsPath(name).as_uri()
    path = name.replace(os.sep, "/") if os.sep != "/" else name
    uri = quote(path, safe="/:@!$&'()*+,;=")
    if ":" in uri.split("/", 1)[0]:
        uri = "./" + uri
    return uri


def _result(f: Finding, name: str, lines: LineIndex, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule_id,
        "level": "none" if f.verdict == "consistent" else _LEVELS.get(f.severity, "warning"),
        "kind": "pass" if f.verdict == "consistent" else "fail",
        "message": {"text": f"{f.verdict}: {f.message}"},
        "properties": {"verdict": f.verdict},
    }
    if f.rule_id in index:
        result["ruleIndex"] = index[f.rule_id]
    if f.evidence:
        span = f.evidence[0].span
        start_line, start_col = lines(span.start)
        end_line, end_col = lines(span.end)
        result["locations"] = [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": name},
                    "region": {
                        "startLine": start_line,
                        "startColumn": start_col,
                        "endLine": end_line,
                        "endColumn": end_col,
                        "charOffset": span.start,
                        "charLength": span.end - span.start,
                    },
                }
            }
        ]
        related = [
            {
                "id": k,
                "message": {"text": e.label or "evidence"},
                "physicalLocation": {
                    "artifactLocation": {"uri": name},
                    "region": {"charOffset": e.span.start, "charLength": e.span.end - e.span.start},
                },
            }
            for k, e in enumerate(f.evidence[1:], start=1)
        ]
        if related:
            result["relatedLocations"] = related
    return result
