"""Rules written in TOML, checked against a schema and never evaluated as code.

A rules file holds ``[[rule]]`` tables and, optionally, ``[lexicon]`` tables that extend the
word lists (``[lexicon.roles] intercepted = ["knocked out"]``). Three kinds of rule:

- ``compare``: two quantities, chosen by role, noun and/or unit, in a relation ``<``, ``<=``,
  ``==``, ``>=`` or ``>`` (with an optional ``tolerance``: a number, or a string such as
  ``"5%"`` of the right-hand value), for every pair, or only pairs counting the same noun
  (``per = "noun"``);
- ``range``: a quantity of a role, noun or unit lies within ``min`` and/or ``max``;
- ``date``: a date in a sentence holding a ``keyword`` is before or after the dateline.

Every comparison goes through the quantities' intervals, so hedged figures give
``uncertain`` rather than a false ``inconsistent``. Errors name the file, the line and the
key: ``house.toml:14: rule 'house.turnout': key 'max' must be a number, got 'x'``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

from factcheck.document import Document
from factcheck.errors import RuleDefinitionError, RuleFileError
from factcheck.model import Amount, DateMention, Evidence, Finding, Quantity, Verdict
from factcheck.rules.engine import Example, Rule, check_rule_id
from factcheck.rules.intervals import compare
from factcheck.toml import parse_toml, tomllib

#: Limits that keep a hostile or mistaken file from costing much: bytes, rules, examples.
MAX_FILE_BYTES = 1_000_000
MAX_RULES = 1000
MAX_EXAMPLES = 50
MAX_TEXT = 20_000

_KINDS = ("compare", "range", "date")
_OPS = ("<", "<=", "==", ">=", ">")
_SIDES = ("before", "after", "on-or-before", "on-or-after")
_SEVERITIES = ("error", "warning", "info")
_COMMON = {"id", "kind", "title", "description", "severity", "tags", "examples", "message"}
_KEYS = {
    "compare": _COMMON | {"left", "right", "op", "per", "tolerance"},
    "range": _COMMON | {"select", "min", "max"},
    "date": _COMMON | {"keyword", "must_be"},
}
_SELECTOR_KEYS = {"role", "noun", "unit"}
_TOP = {"rule", "lexicon"}


def load_rules(path: str | Path) -> tuple[tuple[Rule, ...], dict[str, Any]]:
    """The rules of a TOML file and the lexicon tables it adds (empty when none)."""
    p = Path(path)
    name = str(p)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise RuleFileError(name, None, f"cannot read rules file: {exc.strerror or exc}") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise RuleFileError(name, None, f"rules file is larger than {MAX_FILE_BYTES} bytes")
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleFileError(name, None, f"not UTF-8 text (byte {exc.start})") from exc
    return parse_rules(source, name)


def parse_rules(source: str, name: str = "<rules>") -> tuple[tuple[Rule, ...], dict[str, Any]]:
    """:func:`load_rules` for TOML text already read; ``name`` appears in errors."""
    try:
        data = parse_toml(source)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise RuleFileError(name, line, f"not valid TOML: {exc}") from exc
    lines = _Lines(source)
    unknown = sorted(set(data) - _TOP)
    if unknown:
        key = unknown[0]
        raise RuleFileError(
            name, lines.top(key), f"unknown key {key!r}; a rules file holds [[rule]] and [lexicon]"
        )
    lexicon = data.get("lexicon", {})
    if not isinstance(lexicon, dict):
        raise RuleFileError(name, lines.top("lexicon"), "key 'lexicon' must be a table")
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise RuleFileError(name, lines.top("rule"), "rules are written as [[rule]] tables")
    if len(tables) > MAX_RULES:
        raise RuleFileError(name, None, f"more than {MAX_RULES} rules")
    rules = tuple(_rule(t, k, name, lines) for k, t in enumerate(tables))
    ids = [r.id for r in rules]
    for k, rule_id in enumerate(ids):
        if rule_id in ids[:k]:
            raise RuleFileError(name, lines.key(k, "id"), f"rule id {rule_id!r} is used twice")
    return rules, lexicon


class _Lines:
    """Where each [[rule]] table and each key within it starts, for error messages: the TOML
    reader gives values without their lines."""

    def __init__(self, source: str) -> None:
        self._lines = source.splitlines()
        self._starts = [
            k for k, line in enumerate(self._lines) if re.match(r"\s*\[\[\s*rule\s*\]\]", line)
        ]

    def top(self, key: str) -> int | None:
        pattern = re.compile(rf"\s*(\[+\s*{re.escape(key)}\b|{re.escape(key)}\s*=)")
        return next((k + 1 for k, line in enumerate(self._lines) if pattern.match(line)), None)

    def key(self, index: int, key: str) -> int | None:
        if index >= len(self._starts):
            return None
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._lines)
        pattern = re.compile(rf"\s*{re.escape(key)}\s*=|\s*\[+\s*rule\.{re.escape(key)}\b")
        for k in range(start, end):
            if pattern.match(self._lines[k]):
                return k + 1
        return start + 1


def _rule(table: Mapping[str, Any], index: int, name: str, lines: _Lines) -> Rule:
    given = table.get("id")
    label = f"rule {given!r}" if isinstance(given, str) else f"rule #{index + 1}"

    def fail(key: str, problem: str) -> RuleFileError:
        return RuleFileError(name, lines.key(index, key), f"{label}: key {key!r} {problem}")

    for required in ("id", "kind"):
        if required not in table:
            line = lines.key(index, "id")
            raise RuleFileError(name, line, f"{label}: key {required!r} is missing")
    try:
        rule_id = check_rule_id(table["id"])
    except RuleDefinitionError as exc:
        raise fail("id", f"is invalid: {exc}") from exc
    kind = table["kind"]
    if kind not in _KINDS:
        raise fail("kind", f"must be one of {', '.join(_KINDS)}, got {kind!r}")
    extra = sorted(set(table) - _KEYS[kind])
    if extra:
        allowed = ", ".join(sorted(_KEYS[kind]))
        raise fail(extra[0], f"is not a key of a {kind} rule; allowed: {allowed}")
    severity = table.get("severity", "warning")
    if severity not in _SEVERITIES:
        raise fail("severity", f"must be one of {', '.join(_SEVERITIES)}, got {severity!r}")
    title = _text(table, "title", fail, default=rule_id)
    description = _text(table, "description", fail, default=title)
    message = _text(table, "message", fail, default="")
    tags = table.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise fail("tags", "must be a list of strings")
    examples = _examples(table.get("examples", []), fail)
    if kind == "compare":
        function = _compare_rule(rule_id, table, fail, message)
    elif kind == "range":
        function = _range_rule(rule_id, table, fail, message)
    else:
        function = _date_rule(rule_id, table, fail, message)
    return Rule(
        id=rule_id,
        function=function,
        severity=severity,
        title=title,
        description=description,
        tags=tuple(tags),
        examples=examples,
    )


def _text(table: Mapping[str, Any], key: str, fail: Any, *, default: str) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise fail(key, f"must be a string of at most {MAX_TEXT} characters")
    return value


def _examples(items: Any, fail: Any) -> tuple[Example, ...]:
    if not isinstance(items, list) or len(items) > MAX_EXAMPLES:
        raise fail("examples", f"must be a list of at most {MAX_EXAMPLES} tables")
    out = []
    for item in items:
        if not isinstance(item, dict) or set(item) - {"text", "expect", "dateline"}:
            raise fail("examples", "holds tables with keys text, expect and dateline only")
        text, expect = item.get("text"), item.get("expect")
        dateline = item.get("dateline")
        if not isinstance(text, str) or len(text) > MAX_TEXT:
            raise fail("examples", "needs a text string for every example")
        if expect not in ("pass", "fail"):
            raise fail("examples", f"needs expect = 'pass' or 'fail', got {expect!r}")
        if dateline is not None and not isinstance(dateline, str):
            raise fail("examples", "takes a dateline as an ISO date string")
        out.append(Example(text, expect, dateline))
    return tuple(out)


def _infinite(value: float) -> bool:
    """``inf`` or ``nan`` from TOML; an int of any size is finite (``math.isfinite`` would
    overflow on one of 400 digits)."""
    return isinstance(value, float) and not math.isfinite(value)


def _number(table: Mapping[str, Any], key: str, fail: Any) -> Fraction | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or _infinite(value):
        raise fail(key, f"must be a finite number, got {value!r}")
    return Fraction(str(value))


def _selector(table: Mapping[str, Any], key: str, fail: Any) -> dict[str, str]:
    value = table.get(key)
    if not isinstance(value, dict) or not value:
        raise fail(key, 'must be a table such as { role = "killed", noun = "person" }')
    bad = sorted(set(value) - _SELECTOR_KEYS)
    if bad:
        raise fail(key, f"selects by role, noun or unit, not {bad[0]!r}")
    if not all(isinstance(v, str) and v for v in value.values()):
        raise fail(key, "takes words as strings")
    return {k: v.lower() if k != "unit" else v for k, v in value.items()}


def _picks(selector: Mapping[str, str], q: Quantity) -> bool:
    return all(
        (q.role if k == "role" else q.noun if k == "noun" else q.unit) == v
        for k, v in selector.items()
    )


def _compare_rule(rule_id: str, table: Mapping[str, Any], fail: Any, message: str) -> Any:
    left, right = _selector(table, "left", fail), _selector(table, "right", fail)
    op = table.get("op")
    if op not in _OPS:
        raise fail("op", f"must be one of {' '.join(_OPS)}, got {op!r}")
    per = table.get("per")
    if per not in (None, "noun"):
        raise fail("per", f"can only be 'noun', got {per!r}")
    tolerance = table.get("tolerance", 0)
    relative = isinstance(tolerance, str)
    if relative:
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%\s*", tolerance)
        if m is None:
            raise fail("tolerance", f"must be a number or a percentage ('5%'), got {tolerance!r}")
        slack = Fraction(m[1]) / 100
    elif (
        isinstance(tolerance, bool)
        or not isinstance(tolerance, (int, float))
        or _infinite(tolerance)
        or tolerance < 0
    ):
        raise fail("tolerance", f"must be a number >= 0 or a percentage, got {tolerance!r}")
    else:
        slack = Fraction(str(tolerance))

    def run(doc: Document) -> Iterator[Finding]:
        lefts = [q for q in doc.quantities if _picks(left, q)]
        rights = [q for q in doc.quantities if _picks(right, q)]
        for a in lefts:
            for b in rights:
                if a is b or (per == "noun" and (a.noun is None or a.noun != b.noun)):
                    continue
                allowed = _slack(b.amount, slack) if relative else slack
                verdict = compare(a.amount, op, b.amount, allowed)
                text_a, text_b = doc.excerpt(a.span), doc.excerpt(b.span)
                yield Finding(
                    rule_id=rule_id,
                    verdict=verdict,
                    severity="warning",
                    message=message or _claim(verdict, f'"{text_a}"', f'{op} "{text_b}"'),
                    evidence=(
                        Evidence(a.span, text_a, "left"),
                        Evidence(b.span, text_b, "right"),
                    ),
                    values={"left": _plain(a.amount), "op": op, "right": _plain(b.amount)},
                )

    return run


def _claim(verdict: str, subject: str, relation: str) -> str:
    """The default message: the relation as it holds, fails or may fail, so the verdict
    printed beside the message is not repeated in it."""
    if verdict == "consistent":
        return f"{subject} is {relation}"
    if verdict == "inconsistent":
        return f"{subject} is not {relation}"
    return f"{subject} may not be {relation}"


def _slack(amount: Amount, share: Fraction) -> Fraction:
    return abs(Fraction(amount.value)) * share


def _plain(amount: Amount) -> float:
    return float(amount.value)


def _range_rule(rule_id: str, table: Mapping[str, Any], fail: Any, message: str) -> Any:
    chosen = _selector(table, "select", fail)
    low, high = _number(table, "min", fail), _number(table, "max", fail)
    if low is None and high is None:
        raise fail("min", "or 'max' must be given")
    if low is not None and high is not None and low > high:
        raise fail("min", f"is larger than max ({low} > {high})")

    def run(doc: Document) -> Iterator[Finding]:
        for q in doc.quantities:
            if not _picks(chosen, q):
                continue
            verdict = _within(q.amount, low, high)
            written = doc.excerpt(q.span)
            bounds = f"[{'' if low is None else low}, {'' if high is None else high}]"
            yield Finding(
                rule_id=rule_id,
                verdict=verdict,
                severity="warning",
                message=message or _claim(verdict, f'"{written}"', f"within {bounds}"),
                evidence=(Evidence(q.span, written, "quantity"),),
                values={
                    "value": _plain(q.amount),
                    "min": None if low is None else float(low),
                    "max": None if high is None else float(high),
                },
            )

    return run


def _within(a: Amount, low: Fraction | None, high: Fraction | None) -> Verdict:
    ge = "consistent" if low is None else compare(a, ">=", Amount.exact(_value(low)), 0)
    le = "consistent" if high is None else compare(a, "<=", Amount.exact(_value(high)), 0)
    if "inconsistent" in (ge, le):
        return "inconsistent"
    return "consistent" if ge == le == "consistent" else "uncertain"


def _value(x: Fraction) -> int | Fraction:
    return int(x) if x.denominator == 1 else x


def _date_rule(rule_id: str, table: Mapping[str, Any], fail: Any, message: str) -> Any:
    keyword = table.get("keyword")
    if not isinstance(keyword, str) or not keyword.strip():
        raise fail("keyword", "must be a word that the date's sentence holds")
    must_be = table.get("must_be")
    if must_be not in _SIDES:
        raise fail("must_be", f"must be one of {', '.join(_SIDES)}, got {must_be!r}")
    word = re.compile(rf"\b{re.escape(keyword.strip())}\b", re.IGNORECASE)

    def run(doc: Document) -> Iterator[Finding]:
        for d in doc.dates:
            if d.first is None or d.last is None:
                continue
            sentence = doc.sentences[doc.sentence_index(d.span.start)].span
            if not word.search(doc.excerpt(sentence)):
                continue
            written = doc.excerpt(d.span)
            if doc.dateline is None:
                verdict: Verdict = "uncertain"
                shown = f'"{written}" cannot be checked: the text has no dateline'
            else:
                verdict = _side(d, doc.dateline.date, must_be)
                shown = f'"{written}" {must_be} {doc.dateline.date.isoformat()}: {verdict}'
            yield Finding(
                rule_id=rule_id,
                verdict=verdict,
                severity="warning",
                message=message or shown,
                evidence=(Evidence(d.span, written, "date"),),
                values={"must_be": must_be, "date": d.first.isoformat()},
            )

    return run


def _side(d: DateMention, dateline: Any, must_be: str) -> Verdict:
    """Where the date's days stand against the dateline, as ``must_be`` asks."""
    assert d.first is not None and d.last is not None
    if must_be in ("before", "on-or-before"):
        strict = must_be == "before"
        always = d.last < dateline if strict else d.last <= dateline
        never = d.first >= dateline if strict else d.first > dateline
    else:
        strict = must_be == "after"
        always = d.first > dateline if strict else d.first >= dateline
        never = d.last <= dateline if strict else d.last < dateline
    return "consistent" if always else "inconsistent" if never else "uncertain"
