"""Accuracy of factcheck's dates on TimeBank 1.2, with dateparser as the baseline.

Run:  python benchmarks/accuracy_dates.py [--data DIR] [--show-misses] [--no-baseline]

The 183 TimeBank articles (``../shared/benchmarks/timebank/``, the TempEval-3 cleaned
release, never copied into the project) are checked with each article's creation time
(``<DCT>``) as the dateline. The gold items are the TIMEX3 of type DATE inside ``<TEXT>``.

How it is scored (the TempEval-3 way)
-------------------------------------
- Extraction: a predicted date matches a gold one when their character spans overlap
  (relaxed match); matching is one-to-one, largest overlap first. Precision, recall, F1.
  A prediction that matches no DATE but overlaps a TIMEX3 of another type (TIME
  "this morning", DURATION "the year", SET "every week") is left out of both counts: the
  gold marks it as a time expression, only not as a date. The table gives their number.
- Value: a matched pair is right when the gold value equals ours written in TimeML form
  (``factcheck.timeml.timeml_value``: "1998-01-08", "1998-W02", "1998-01", "1998-Q1",
  "1998", "PRESENT_REF" ...). Value precision = right / predicted, recall = right / gold,
  F1 from those, so a value F1 can never exceed the extraction F1.

dateparser's ``search_dates`` (languages=['en'], RELATIVE_BASE = the DCT) runs on the same
plain texts in the same run. Its strings are placed at the first occurrence after the one
before. It returns a datetime, never a granularity, so its value is written as a year when
the string is a bare year, as a month when it names a month and no day, and as a day
otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import factcheck
from factcheck.timeml import timeml_value

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "timebank"
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', re.S)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    text: str
    value: str | None

    def overlaps(self, other: Item) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Article:
    name: str
    text: str
    dateline: dt.date
    gold: list[Item]
    others: list[Item]  # TIMEX3 of type TIME, DURATION or SET


def read_article(path: Path) -> Article:
    """Plain text of ``<TEXT>`` (tags removed, entities decoded) and its DATE timexes."""
    raw = path.read_text(encoding="utf-8")
    dct = _DCT.search(raw)
    body_start, body_end = raw.find("<TEXT>"), raw.find("</TEXT>")
    if dct is None or body_start < 0 or body_end < 0:
        raise SystemExit(f"{path}: no <DCT> date or no <TEXT>")
    body = raw[body_start + len("<TEXT>") : body_end]
    out: list[str] = []
    size = 0
    gold: list[Item] = []
    others: list[Item] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos : m.start()])
        out.append(piece)
        size += len(piece)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (size, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(out)[start:size]
            item = Item(start, size, text, attrs.get("value"))
            (gold if attrs.get("type") == "DATE" else others).append(item)
            open_timex = None
    out.append(html.unescape(body[pos:]))
    dateline = dt.date.fromisoformat(dct.group(1))
    return Article(path.name, "".join(out), dateline, gold, others)


def ours(article: Article) -> list[Item]:
    report = factcheck.check(article.text, dateline=article.dateline)
    return [
        Item(d.span.start, d.span.end, d.span.slice(article.text), timeml_value(d))
        for d in report.dates
    ]


def _dateparser_value(found: str, when: dt.datetime) -> str:
    bare = found.strip()
    if re.fullmatch(r"\d{4}", bare):
        return f"{when.year:04d}"
    if _MONTHS.search(bare) and not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", bare):
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


def _load_dateparser() -> Callable[[Article], list[Item]] | None:
    try:
        from dateparser.search import search_dates
    except Exception as exc:  # an optional baseline
        print(f"dateparser is not available ({exc}); scoring factcheck only.\n")
        return None

    def run(article: Article) -> list[Item]:
        base = dt.datetime.combine(article.dateline, dt.time(12))
        settings: Any = {"RELATIVE_BASE": base}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(article.text, languages=["en"], settings=settings) or []
        items = []
        pos = 0
        for string, when in found:
            start = article.text.find(string, pos)
            if start < 0:
                continue
            pos = start + len(string)
            items.append(Item(start, pos, string, _dateparser_value(string, when)))
        return items

    return run


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right: int = 0
    excused: int = 0

    @staticmethod
    def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * tp / (predicted + gold) if predicted + gold else 0.0)

    def extraction(self) -> tuple[float, float, float]:
        return self._prf(self.matched, self.predicted, self.gold)

    def value(self) -> tuple[float, float, float]:
        return self._prf(self.right, self.predicted, self.gold)


def match(gold: list[Item], preds: list[Item]) -> dict[int, int]:
    """One-to-one pairs (gold index -> prediction index), largest overlap first."""
    candidates = sorted(
        (-(min(g.end, p.end) - max(g.start, p.start)), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(preds)
        if g.overlaps(p)
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


def score(
    articles: list[Article], run: Callable[[Article], list[Item]]
) -> tuple[Score, float, dict[str, list[str]]]:
    total = Score()
    misses: dict[str, list[str]] = {"missed": [], "wrong value": [], "spurious": []}
    seconds = 0.0
    for article in articles:
        started = time.perf_counter()
        preds = run(article)
        seconds += time.perf_counter() - started
        pairs = match(article.gold, preds)
        total.gold += len(article.gold)
        total.predicted += len(preds)
        total.matched += len(pairs)
        for gi, g in enumerate(article.gold):
            if gi not in pairs:
                misses["missed"].append(f"{article.name}: {g.text!r} = {g.value}")
                continue
            p = preds[pairs[gi]]
            if p.value == g.value:
                total.right += 1
            else:
                misses["wrong value"].append(
                    f"{article.name}: {g.text!r} = {g.value} | ours {p.text!r} = {p.value}"
                )
        used = set(pairs.values())
        for pi, p in enumerate(preds):
            if pi in used:
                continue
            if any(p.overlaps(o) for o in article.others):
                total.predicted -= 1  # a time, duration or set: not a date, not a mistake
                total.excused += 1
                continue
            misses["spurious"].append(f"{article.name}: {p.text!r} = {p.value}")
    return total, seconds, misses


def _cells(prf: tuple[float, float, float]) -> str:
    return " / ".join(f"{x:.3f}" for x in prf)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show-misses", action="store_true", help="list factcheck's misses")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    args = parser.parse_args()
    files = sorted(args.data.glob("*.tml"))
    if not files:
        raise SystemExit(f"no .tml files under {args.data} (see ../shared/benchmarks/README.md)")
    articles = [read_article(path) for path in files]
    factcheck.check("warm up on 4 September 2025.", dateline="2025-09-04")
    systems: list[tuple[str, Callable[[Article], list[Item]]]] = [("factcheck", ours)]
    baseline = None if args.no_baseline else _load_dateparser()
    if baseline is not None:
        systems.append(("dateparser search_dates", baseline))
    gold = sum(len(a.gold) for a in articles)
    chars = sum(len(a.text) for a in articles)
    print(f"TimeBank 1.2: {len(articles)} articles, {chars:,} characters, {gold} DATE timexes\n")
    print("| system | extraction P / R / F1 | value P / R / F1 | seconds | left out |")
    print("|---|---|---|---|---|")
    results = {}
    for name, run in systems:
        total, seconds, misses = score(articles, run)
        results[name] = (total, misses)
        print(
            f"| {name} | {_cells(total.extraction())} | {_cells(total.value())} "
            f"| {seconds:.2f} | {total.excused} |"
        )
    ours_total = results["factcheck"][0]
    extraction_f1, value_f1 = ours_total.extraction()[2], ours_total.value()[2]
    print("\ntargets: extraction F1 >= 0.90, value F1 >= 0.85, ahead of dateparser")
    met = "met" if extraction_f1 >= 0.90 else "not met"
    print(f"- extraction F1 >= 0.90: {extraction_f1:.3f}, {met}")
    print(f"- value F1 >= 0.85: {value_f1:.3f}, {'met' if value_f1 >= 0.85 else 'not met'}")
    if "dateparser search_dates" in results:
        theirs = results["dateparser search_dates"][0]
        ahead = extraction_f1 > theirs.extraction()[2] and value_f1 > theirs.value()[2]
        print(f"- ahead of dateparser on both F1: {'met' if ahead else 'not met'}")
    if args.show_misses:
        misses = results["factcheck"][1]
        for kind, lines in misses.items():
            print(f"\n## {kind} ({len(lines)})")
            shapes = Counter(re.sub(r"\d", "9", line.rsplit("= ", 1)[-1]) for line in lines)
            print(
                "  by gold value form: " + ", ".join(f"{k} {v}" for k, v in shapes.most_common(12))
            )
            for line in lines:
                print(f"  {line}")


if __name__ == "__main__":
    main()
