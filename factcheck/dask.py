"""Many stories on a Dask cluster: ``check_bag`` and ``check_dataframe`` run ``check()``
in the workers, partition by partition, for corpora larger than one machine's
``check_many`` can get through.

Dask is the ``dask`` extra (``pip install "factcheck[dask]"``). ``import factcheck`` never
imports it; this module does, and says how to install it when it is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - the extra is installed for the tests
    raise ImportError(f'factcheck.dask needs Dask ({exc}): pip install "factcheck[dask]"') from exc

from factcheck.check import check
from factcheck.config import Config
from factcheck.errors import FactcheckError, InputError
from factcheck.lexicon import Lexicon
from factcheck.many import _lexicon, _rules
from factcheck.report import Report, _finding
from factcheck.rules.deadline import check_deadline
from factcheck.rules.engine import Rule
from factcheck.rules.ruleset import RuleSet

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["CHECK_FAILED", "FINDING_COLUMNS", "check_bag", "check_dataframe"]

# The rule id of the row for a story that check() could not read, as a crashing rule's
# finding carries that rule's id: here it is check() itself that failed.
CHECK_FAILED = "factcheck.check"

# The columns of check_dataframe, those of Report.to_dataframe() and the values as JSON.
FINDING_COLUMNS: dict[str, str] = {
    "rule": "string",
    "verdict": "string",
    "severity": "string",
    "message": "string",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "values": "string",
}


@attrs.frozen(slots=True)
class _Options:
    """check()'s options, sent to the workers as given: a config path is read there, and
    the rules and the lexicon are built once per partition, not once per story."""

    rules: RuleSet | tuple[Rule, ...] | None
    config: Config | str | Path | None
    lexicon: Lexicon | None
    more: Mapping[str, Any]  # the other keywords of check() (year=...), passed on as they are

    def checker(self) -> _Checker:
        words = self.lexicon if self.lexicon is not None else _lexicon(self.config)
        return _Checker(_rules(self.rules, self.config), words, self.more)


@attrs.frozen(slots=True)
class _Checker:
    rules: RuleSet
    lexicon: Lexicon
    more: Mapping[str, Any]

    def __call__(self, text: object, dateline: object) -> Report | tuple[str, str]:
        """The report, or the error's name and message (as in ``CheckFailure``): one story
        that raises must not stop its partition."""
        try:
            return check(
                text,  # type: ignore[arg-type]  # anything: check() raises InputError
                dateline=dateline,  # type: ignore[arg-type]
                rules=self.rules,
                lexicon=self.lexicon,
                **self.more,
            )
        except FactcheckError as exc:
            return type(exc).__name__, str(exc)
        except Exception as exc:  # a story must never stop the others
            return type(exc).__name__, f"{type(exc).__name__}: {exc}"


def _options(
    rules: RuleSet | Iterable[Rule] | None,
    config: Config | str | Path | None,
    lexicon: Lexicon | None,
    more: dict[str, Any],
) -> _Options:
    """The options, checked here: a misspelt keyword, a bad year or deadline is one error
    now, not one failure per story on the workers. An empty story with no rules checks
    the values; the deadline is checked apart, so that no alarm is set in this process."""
    if "dateline" in more:
        raise TypeError("the dateline of each story comes from the data, not from dateline=")
    check_deadline(more.get("deadline"))
    check("", rules=(), **{k: v for k, v in more.items() if k != "deadline"})
    chosen = rules if rules is None or isinstance(rules, RuleSet) else tuple(rules)
    return _Options(chosen, config, lexicon, more)


def check_bag(
    bag: db.Bag,
    text_key: str = "text",
    dateline_key: str = "dateline",
    *,
    rules: RuleSet | Iterable[Rule] | None = None,
    config: Config | str | Path | None = None,
    lexicon: Lexicon | None = None,
    **check_kwargs: Any,
) -> db.Bag:
    """A bag of the ``Report.to_dict()`` of each story of ``bag``, in the bag's order.

    An item is a dict with the text under ``text_key`` and, if it has one, the dateline
    under ``dateline_key``; or a plain str, the text itself. A story that raises (no text,
    not a str, a bad dateline) gives ``{"error": "InputError", "message": ...}``, as
    ``check_many`` gives a ``CheckFailure``, and the others are still checked.
    ``rules``, ``config``, ``lexicon`` and ``check_kwargs`` (``year=``...) are passed to
    :func:`factcheck.check`; the rules and the lexicon are built once per partition, and a
    config path must be readable by the workers.
    """
    options = _options(rules, config, lexicon, check_kwargs)
    result: db.Bag = bag.map_partitions(_check_items, text_key, dateline_key, options)
    return result


def _check_items(
    items: Iterable[object], text_key: str, dateline_key: str, options: _Options
) -> list[dict[str, Any]]:
    one = options.checker()
    out: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, Mapping):
            if text_key not in item:
                error = InputError(f"the story has no {text_key!r} key")
                out.append({"error": type(error).__name__, "message": str(error)})
                continue
            result = one(item[text_key], item.get(dateline_key))
        else:
            result = one(item, None)
        if isinstance(result, Report):
            out.append(result.to_dict())
        else:
            out.append({"error": result[0], "message": result[1]})
    return out


def check_dataframe(
    ddf: dd.DataFrame,
    text: str = "text",
    dateline: str | None = None,
    *,
    rules: RuleSet | Iterable[Rule] | None = None,
    config: Config | str | Path | None = None,
    lexicon: Lexicon | None = None,
    **check_kwargs: Any,
) -> dd.DataFrame:
    """A dask DataFrame of the findings of the stories in column ``text`` of ``ddf`` (with
    their datelines in column ``dateline``, if given): one row per finding, indexed by its
    story's index, with the columns of ``FINDING_COLUMNS`` (those of
    ``Report.to_dataframe()``, and ``values`` as JSON). A story without findings has no
    row. A story that raises has one row of rule ``CHECK_FAILED`` ("factcheck.check") and
    verdict and severity ``error``, as a crashing rule's finding has, with the error's name
    under ``values``. A rule that a ``deadline=`` stopped has a row of verdict ``error``
    too, since its findings are missing. The keywords are as for :func:`check_bag`. The
    meta is given, so Dask never checks made-up stories.
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - dask[dataframe] brings pandas
        raise ImportError(
            f'check_dataframe needs dask.dataframe ({exc}): pip install "factcheck[dask]"'
        ) from exc
    index = pd.Index([], dtype=ddf.index.dtype, name=ddf.index.name)
    meta = _frame([], index)
    options = _options(rules, config, lexicon, check_kwargs)
    found: dd.DataFrame = ddf.map_partitions(_check_rows, text, dateline, options, meta=meta)
    return found


def _check_rows(
    part: pd.DataFrame, text: str, dateline: str | None, options: _Options
) -> pd.DataFrame:
    import pandas as pd

    one = options.checker()
    datelines: Iterable[object] = part[dateline] if dateline is not None else [None] * len(part)
    labels: list[object] = []
    rows: list[dict[str, Any]] = []
    for label, story, line in zip(part.index, part[text], datelines, strict=True):
        for row in _rows(one(_missing_to_none(story), _missing_to_none(line))):
            labels.append(label)
            rows.append(row)
    return _frame(rows, pd.Index(labels, dtype=part.index.dtype, name=part.index.name))


def _rows(result: Report | tuple[str, str]) -> Iterator[dict[str, Any]]:
    if not isinstance(result, Report):
        error, message = result
        yield {
            "rule": CHECK_FAILED,
            "verdict": "error",
            "severity": "error",
            "message": message,
            "start": None,
            "end": None,
            "text": None,
            "values": json.dumps({"exception": error}),
        }
        return
    for finding in result.findings:
        data = _finding(finding)  # the JSON form, so the values read as in to_dict()
        first = data["evidence"][0] if data["evidence"] else {}
        yield {
            "rule": data["rule"],
            "verdict": data["verdict"],
            "severity": data["severity"],
            "message": data["message"],
            "start": first.get("start"),
            "end": first.get("end"),
            "text": first.get("text"),
            "values": json.dumps(data["values"], ensure_ascii=False, sort_keys=True),
        }
    for rule in result.unfinished:
        yield {
            "rule": rule,
            "verdict": "error",
            "severity": "error",
            "message": f"rule {rule} did not finish: past the deadline",
            "start": None,
            "end": None,
            "text": None,
            "values": json.dumps({"unfinished": True}),
        }


def _frame(rows: list[dict[str, Any]], index: pd.Index) -> pd.DataFrame:
    """Rows with the dtypes of ``FINDING_COLUMNS`` whatever the pandas version, so every
    partition matches the meta."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(FINDING_COLUMNS), index=index)
    return frame.astype(FINDING_COLUMNS)


def _missing_to_none(value: object) -> object:
    """A missing cell (None, NaN, NA, NaT) is None, whatever the pandas version: no
    dateline, or a text check() refuses. A Timestamp is a datetime, which check() takes."""
    if value is None or isinstance(value, str):
        return value
    import pandas as pd

    return None if pd.isna(value) is True else value
