"""Many stories on one machine: ``check_many`` checks them in worker processes and yields
the reports in input order, holding only a bounded window of stories at a time."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from factcheck.check import check
from factcheck.config import Config, load_config
from factcheck.errors import FactcheckError
from factcheck.lexicon import Lexicon
from factcheck.report import Report
from factcheck.rules.deadline import check_deadline
from factcheck.rules.engine import Rule
from factcheck.rules.ruleset import RuleSet

DatelineLike = dt.date | dt.datetime | str | None


@attrs.frozen(slots=True)
class CheckFailure:
    """A story that could not be checked (not text, a bad dateline...): its place in the
    input and why, in place of its report. The other stories are still checked."""

    index: int
    error: str
    message: str


# What each worker process builds once: the rules and the words.
_WORKER: dict[str, Any] = {}


def check_many(
    texts: Iterable[str],
    datelines: Iterable[DatelineLike] | None = None,
    workers: int | None = None,
    *,
    rules: RuleSet | Iterable[Rule] | None = None,
    config: Config | str | Path | None = None,
    lexicon: Lexicon | None = None,
    progress: Callable[[int], None] | None = None,
    window: int | None = None,
    deadline: float | None = None,
) -> Iterator[Report | CheckFailure]:
    """Check every story of ``texts`` and yield its :class:`Report`, in input order, or a
    :class:`CheckFailure` for a story that raises.

    ``datelines`` runs beside ``texts`` (``None`` for one that has none). ``workers`` is the
    number of processes (default: the machine's cores; 1 checks in this process). At most
    ``window`` stories (default 32 per worker) are read ahead, so memory stays bounded
    whatever the length of the input. ``progress`` is called with the number of stories
    done after each one. Rules made in worker processes must be importable: rules from a
    ``config`` (declarative files, plugins) are rebuilt in each worker. ``deadline`` is
    each story's own limit in seconds, as in :func:`check`.
    """
    check_deadline(deadline)
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    chosen = _rules(rules, config)
    words = lexicon if lexicon is not None else _lexicon(config)
    pairs = enumerate(
        zip(texts, datelines if datelines is not None else itertools.repeat(None), strict=False)
    )
    done = 0
    if count == 1:
        for index, (text, dateline) in pairs:
            result = _one(index, text, dateline, chosen, words, deadline)
            done += 1
            if progress is not None:
                progress(done)
            yield _restore(result, words)
        return
    size = window or 32 * count
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(count, initializer=_start, initargs=(chosen, words, deadline)) as pool:
        while True:
            batch = list(itertools.islice(pairs, size))
            if not batch:
                break
            for result in pool.imap(_in_worker, batch, chunksize=max(1, len(batch) // (4 * count))):
                done += 1
                if progress is not None:
                    progress(done)
                yield _restore(result, words)


def _rules(rules: RuleSet | Iterable[Rule] | None, config: Config | str | Path | None) -> RuleSet:
    if rules is not None:
        return rules if isinstance(rules, RuleSet) else RuleSet(tuple(rules))
    if config is not None:
        settings = load_config(config) if isinstance(config, (str, Path)) else config
        return settings.ruleset()
    return RuleSet.default()


def _lexicon(config: Config | str | Path | None) -> Lexicon:
    if config is None:
        return Lexicon.default()
    settings = load_config(config) if isinstance(config, (str, Path)) else config
    return settings.make_lexicon()


def _start(rules: RuleSet, lexicon: Lexicon, deadline: float | None) -> None:
    _WORKER.update(rules=rules, lexicon=lexicon, deadline=deadline)


def _in_worker(item: tuple[int, tuple[object, DatelineLike]]) -> Report | CheckFailure:
    index, (text, dateline) = item
    work = _WORKER
    return _slim(_one(index, text, dateline, work["rules"], work["lexicon"], work["deadline"]))


def _one(
    index: int,
    text: object,
    dateline: DatelineLike,
    rules: RuleSet,
    lexicon: Lexicon,
    deadline: float | None = None,
) -> Report | CheckFailure:
    try:
        return check(
            text,  # type: ignore[arg-type]
            dateline=dateline,
            rules=rules,
            lexicon=lexicon,
            deadline=deadline,
        )
    except FactcheckError as exc:
        return CheckFailure(index, type(exc).__name__, str(exc))
    except Exception as exc:  # a story must never stop the others
        return CheckFailure(index, type(exc).__name__, f"{type(exc).__name__}: {exc}")


def _slim(result: Report | CheckFailure) -> Report | CheckFailure:
    """The report without its lexicon, which the parent has already: a lexicon is large,
    and each report would carry it through the pipe."""
    if isinstance(result, CheckFailure):
        return result
    # Only in transit: _restore puts the parent's lexicon back before anyone reads it.
    bare = attrs.evolve(result.document, lexicon=None)  # type: ignore[arg-type]
    return attrs.evolve(result, document=bare)


def _restore(result: Report | CheckFailure, lexicon: Lexicon) -> Report | CheckFailure:
    if isinstance(result, CheckFailure) or result.document.lexicon is not None:
        return result
    return attrs.evolve(result, document=attrs.evolve(result.document, lexicon=lexicon))
