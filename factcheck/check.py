"""``check()``: text in, report out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from factcheck.document import read_document
from factcheck.lexicon import Lexicon
from factcheck.report import Report
from factcheck.rules.builtin import default_rules
from factcheck.rules.engine import Rule, run_rules


def check(
    text: str,
    dateline: dt.date | dt.datetime | str | None = None,
    rules: Sequence[Rule] | None = None,
    *,
    lexicon: Lexicon | None = None,
    year: int | None = None,
) -> Report:
    """Extract the facts of ``text`` and run ``rules`` (the built-ins by default) over them.

    ``dateline`` always wins over one detected in the text; ``year`` completes a wire
    dateline that omits it ("KYIV, Sept 4 (Reuters) -").
    """
    document = read_document(text, dateline, lexicon=lexicon, year=year)
    chosen = default_rules() if rules is None else tuple(rules)
    return Report(document, run_rules(document, chosen))
