"""The Report: the facts and findings of one check, and their JSON form (schema_version 1)."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

import attrs

from factcheck.document import Document
from factcheck.model import (
    Dateline,
    DateMention,
    Enumeration,
    Finding,
    NumberMention,
    Quantity,
    Value,
)
from factcheck.offsets import Utf16Offsets

SCHEMA_VERSION = 1


@attrs.frozen(slots=True)
class Report:
    """What ``check()`` returns. Every finding of every verdict is in ``findings``."""

    document: Document = attrs.field(repr=False)
    findings: tuple[Finding, ...]
    #: Rules a ``deadline=`` stopped, in run order; their findings are missing.
    unfinished: tuple[str, ...] = ()

    @property
    def incomplete(self) -> bool:
        """True when a deadline stopped some rules: absent findings then prove nothing."""
        return bool(self.unfinished)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def dateline(self) -> Dateline | None:
        return self.document.dateline

    @property
    def numbers(self) -> tuple[NumberMention, ...]:
        return self.document.numbers

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        return self.document.quantities

    @property
    def dates(self) -> tuple[DateMention, ...]:
        return self.document.dates

    @property
    def enumerations(self) -> tuple[Enumeration, ...]:
        return self.document.enumerations

    @property
    def problems(self) -> tuple[Finding, ...]:
        """Findings that are not ``consistent``: inconsistent, uncertain or error."""
        return tuple(f for f in self.findings if f.is_problem)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form. Every span that names its text (quantities, dates, enumeration
        items, evidence, a dateline found in the text) has ``start``/``end`` in code points
        (Python) and a ``utf16`` pair for JavaScript and LSP clients."""
        text = self.document.text
        line = self.document.dateline
        units = Utf16Offsets(text)
        data = {
            "schema_version": SCHEMA_VERSION,
            "dateline": None
            if line is None
            else {
                "date": line.date.isoformat(),
                "source": line.source,
                "start": line.span.start if line.span else None,
                "end": line.span.end if line.span else None,
            },
            "quantities": [_quantity(q, text) for q in self.quantities],
            "dates": [_date(d, text) for d in self.dates],
            "findings": [_finding(f) for f in self.findings],
            "enumerations": [_enumeration(e, text) for e in self.enumerations],
            "incomplete": self.incomplete,
            "unfinished": list(self.unfinished),
        }
        with_units: dict[str, Any] = _with_utf16(data, units)
        return with_units

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def _repr_html_(self) -> str:
        """The story with its quantities, dates and evidence marked, in a notebook."""
        from factcheck.htmlreport import render_fragment

        return render_fragment(self)

    def to_dataframe(self, kind: str = "findings") -> Any:
        """A pandas DataFrame (pandas is the ``pandas`` extra: ``pip install
        'factcheck[pandas]'``): one row per finding (``kind="findings"``, the default), per
        quantity (``"quantities"``) or per date (``"dates"``), with the columns of the JSON
        form; a finding's evidence is its first span."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError(
                "Report.to_dataframe needs pandas: pip install 'factcheck[pandas]'"
            ) from exc
        data = self.to_dict()
        if kind == "findings":
            rows = []
            for f in data["findings"]:
                first = f["evidence"][0] if f["evidence"] else {}
                rows.append(
                    {
                        "rule": f["rule"],
                        "verdict": f["verdict"],
                        "severity": f["severity"],
                        "message": f["message"],
                        "start": first.get("start"),
                        "end": first.get("end"),
                        "text": first.get("text"),
                    }
                )
            return pd.DataFrame(
                rows, columns=["rule", "verdict", "severity", "message", "start", "end", "text"]
            )
        if kind in ("quantities", "dates"):
            return pd.DataFrame(
                [{k: v for k, v in row.items() if k != "utf16"} for row in data[kind]]
            )
        raise ValueError(f"kind must be 'findings', 'quantities' or 'dates', got {kind!r}")


def _with_utf16(node: Any, units: Utf16Offsets) -> Any:
    """Add ``"utf16": [start, end]`` beside every ``start``/``end`` pair of ``node``."""
    if isinstance(node, dict):
        out = {k: _with_utf16(v, units) for k, v in node.items()}
        start, end = node.get("start"), node.get("end")
        if isinstance(start, int) and isinstance(end, int) and ("text" in node or "date" in node):
            out["utf16"] = [units(start), units(end)]
        return out
    if isinstance(node, list):
        return [_with_utf16(v, units) for v in node]
    return node


def json_number(value: Value | None) -> int | float | None:
    """Ints stay ints; exact fractions become the nearest float for JSON."""
    if value is None or isinstance(value, int):
        return value
    return float(value)


def _plain(value: Any) -> Any:
    if isinstance(value, Fraction):
        return json_number(value)
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _quantity(q: Quantity, text: str) -> dict[str, Any]:
    a = q.amount
    return {
        "start": q.span.start,
        "end": q.span.end,
        "text": text[q.span.start : q.span.end],
        "value": json_number(a.value),
        "low": json_number(a.low),
        "high": json_number(a.high),
        "hedge": a.hedge,
        "unit": q.unit,
        "noun": q.noun,
        "role": q.role,
    }


def _date(d: DateMention, text: str) -> dict[str, Any]:
    return {
        "start": d.span.start,
        "end": d.span.end,
        "text": text[d.span.start : d.span.end],
        "first": d.first.isoformat() if d.first else None,
        "last": d.last.isoformat() if d.last else None,
        "granularity": d.granularity,
        "relative": d.relative,
    }


def _enumeration(e: Enumeration, text: str) -> dict[str, Any]:
    return {
        "start": e.span.start,
        "end": e.span.end,
        "stated": _quantity(e.stated, text),
        "items": [{"start": s.start, "end": s.end, "text": text[s.start : s.end]} for s in e.items],
        "count": json_number(e.count.value),
        "complete": e.complete,
    }


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule_id,
        "verdict": f.verdict,
        "severity": f.severity,
        "message": f.message,
        "evidence": [
            {"start": e.span.start, "end": e.span.end, "text": e.text, "label": e.label}
            for e in f.evidence
        ],
        "values": _plain(dict(f.values)),
    }
