"""factcheck.dask on a real cluster of two worker processes: the same findings as check()."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster

import factcheck
from factcheck.dask import CHECK_FAILED, FINDING_COLUMNS, check_bag, check_dataframe

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
DATELINE = "2025-09-04"
# Stories with known findings: the article, a part larger than its whole, and every failing
# example of the built-in rules (those of docs/rules.md), each with its own dateline.
STORIES: list[tuple[str, str | None]] = [
    (ARTICLE, None),
    ("Of the 40 passengers, 52 were rescued.", DATELINE),
    ("Nothing here counts.", DATELINE),
    *[
        (e.text, e.dateline)
        for r in factcheck.default_rules()
        for e in r.examples
        if e.expect == "fail"
    ],
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=True,
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def expected_findings(text: str, dateline: str | None) -> list[dict[str, Any]]:
    return factcheck.check(text, dateline=dateline).to_dict()["findings"]


def test_importing_factcheck_does_not_import_dask() -> None:
    code = "import sys, factcheck; print(any(m.split('.')[0] == 'dask' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_without_dask_the_error_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['dask'] = None\n"
        "try:\n    import factcheck.dask\n"
        "except ImportError as exc:\n    print(exc)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "factcheck[dask]"' in out.stdout


def test_check_bag_gives_the_reports_of_check_in_order(client: Client) -> None:
    items = [{"text": t, "dateline": d, "id": i} for i, (t, d) in enumerate(STORIES)]
    got = check_bag(db.from_sequence(items, npartitions=4)).compute()
    assert got == [factcheck.check(t, dateline=d).to_dict() for t, d in STORIES]
    assert got[1]["findings"]
    # The stories were checked in the worker processes, not in this one.
    assert all(client.run(lambda: "factcheck.dask" in sys.modules).values())


def test_a_story_that_raises_is_reported_and_the_others_go_on(client: Client) -> None:
    items = [
        {"text": STORIES[1][0], "dateline": DATELINE},
        {"text": b"bytes are not text", "dateline": DATELINE},
        {"text": STORIES[1][0], "dateline": "not a date"},
        {"body": "no text key"},
        {"text": ARTICLE},
    ]
    got = check_bag(db.from_sequence(items, npartitions=2)).compute()
    assert got[0] == factcheck.check(STORIES[1][0], dateline=DATELINE).to_dict()
    assert got[1]["error"] == "InputError" and "bytes" in got[1]["message"]
    assert got[2]["error"] == "DatelineError"
    assert got[3] == {"error": "InputError", "message": "the story has no 'text' key"}
    assert got[4] == factcheck.check(ARTICLE).to_dict()


def test_str_items_and_other_keys_and_check_options(client: Client) -> None:
    texts = [t for t, _ in STORIES[:3]]
    got = check_bag(db.from_sequence(texts, npartitions=2)).compute()
    assert got == [factcheck.check(t).to_dict() for t in texts]
    items = [{"body": t, "day": DATELINE} for t in texts]
    rule = "quantity.part-exceeds-whole"
    only = [r for r in factcheck.default_rules() if r.id == rule]
    got = check_bag(
        db.from_sequence(items), text_key="body", dateline_key="day", rules=only, year=2025
    ).compute()
    assert got == [factcheck.check(t, dateline=DATELINE, rules=only).to_dict() for t in texts]
    # Options are checked here, once, not on the workers for every story.
    with pytest.raises(TypeError):
        check_bag(db.from_sequence(texts), yaer=2025)
    frame = dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=1)
    for bad in ({"year": -5}, {"deadline": 0}):
        with pytest.raises(factcheck.FactcheckError):
            check_dataframe(frame, **bad)


def as_rows(found: pd.DataFrame) -> list[tuple[object, ...]]:
    return [
        (label, *(None if pd.isna(v) else v for v in row))
        for label, row in zip(found.index, found.itertuples(index=False), strict=True)
    ]


def rows_of_check(labels: list[object], stories: list[tuple[str, str | None]]) -> list[object]:
    rows: list[object] = []
    for label, (text, dateline) in zip(labels, stories, strict=True):
        for f in expected_findings(text, dateline):
            first = f["evidence"][0] if f["evidence"] else {}
            values = json.dumps(f["values"], ensure_ascii=False, sort_keys=True)
            evidence = (first.get("start"), first.get("end"), first.get("text"))
            rows.append(
                (label, f["rule"], f["verdict"], f["severity"], f["message"], *evidence, values)
            )
    return rows


def test_check_dataframe_with_a_dateline_column(client: Client) -> None:
    labels = [f"story-{i:02d}" for i in range(len(STORIES))]  # sorted as from_pandas sorts
    frame = pd.DataFrame(
        {"body": [t for t, _ in STORIES], "day": [d for _, d in STORIES]},
        index=pd.Index(labels, name="story"),
    )
    found = check_dataframe(dd.from_pandas(frame, npartitions=3), "body", "day")
    assert list(found.columns) == list(FINDING_COLUMNS)
    result = found.compute()
    assert result.index.name == "story"
    assert as_rows(result) == rows_of_check(labels, STORIES)
    assert "story-02" not in result.index  # no finding, no row


def test_check_dataframe_without_a_dateline_and_with_a_failure(client: Client) -> None:
    texts = [ARTICLE, None, STORIES[1][0]]
    found = check_dataframe(dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=2))
    result = found.compute()
    failure = result.loc[[1]]
    message = "check() takes the article as a str, got NoneType"
    values = json.dumps({"exception": "InputError"})
    assert as_rows(failure) == [
        (1, CHECK_FAILED, "error", "error", message, None, None, None, values)
    ]
    rest = result.drop(index=1)
    assert as_rows(rest) == rows_of_check([0, 2], [(ARTICLE, None), (STORIES[1][0], None)])


def test_check_dataframe_names_the_rules_a_deadline_stopped(client: Client) -> None:
    frame = dd.from_pandas(pd.DataFrame({"text": [ARTICLE]}), npartitions=1)
    result = check_dataframe(frame, deadline=1e-9).compute()
    # In a thread, as on the workers: no alarm, the deadline is read between rules.
    with ThreadPoolExecutor(1) as pool:
        unfinished = pool.submit(factcheck.check, ARTICLE, deadline=1e-9).result().unfinished
    assert unfinished and list(result["rule"]) == list(unfinished)
    assert set(result["verdict"]) == {"error"}
