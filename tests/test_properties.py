"""No text makes check() raise, and every span it reports slices the text exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import factcheck
from tests.strategies import any_text


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_check_never_raises_and_spans_are_exact(text: str) -> None:
    report = factcheck.check(text, dateline="2025-09-04")
    data = report.to_dict()
    for item in data["quantities"] + data["dates"]:
        assert 0 <= item["start"] <= item["end"] <= len(text)
        assert text[item["start"] : item["end"]] == item["text"]
    for f in data["findings"]:
        assert f["verdict"] != "error", f["message"]
        for e in f["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]
    report.to_json()


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_detected_dateline_span_is_exact(text: str) -> None:
    report = factcheck.check("date 2025-09-04\n" + text)
    assert report.dateline is not None and report.dateline.span is not None


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["list"]])
def test_non_text_input_is_an_input_error(bad: object) -> None:
    with pytest.raises(factcheck.InputError, match=type(bad).__name__):
        factcheck.check(bad)  # type: ignore[arg-type]
    assert issubclass(factcheck.InputError, TypeError)
