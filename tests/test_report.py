from __future__ import annotations

import json

import factcheck


def test_json_contract(article: str) -> None:
    data = json.loads(factcheck.check(article).to_json())
    assert data["schema_version"] == 1
    assert data["dateline"] == {
        "date": "2025-09-04",
        "source": "text",
        "start": 5,
        "end": 15,
        "utf16": [5, 15],
    }
    q = data["quantities"][0]
    assert set(q) >= {
        "start",
        "end",
        "text",
        "value",
        "low",
        "high",
        "hedge",
        "unit",
        "noun",
        "role",
    }
    assert (q["text"], q["value"], q["noun"], q["role"]) == ("502 drones", 502, "drone", "launched")
    seven = next(x for x in data["quantities"] if x["text"] == "at least seven countries")
    assert (seven["low"], seven["high"], seven["hedge"]) == (7, None, "at least")
    d = next(x for x in data["dates"] if x["text"] == "Wednesday")
    assert d == {
        "start": d["start"],
        "end": d["end"],
        "text": "Wednesday",
        "first": "2025-09-03",
        "last": "2025-09-03",
        "granularity": "day",
        "relative": True,
        "utf16": [d["start"], d["end"]],
    }
    f = data["findings"][0]
    assert set(f) >= {"rule", "verdict", "severity", "message", "evidence", "values"}
    for e in f["evidence"]:
        assert article[e["start"] : e["end"]] == e["text"]


def test_dateline_argument_has_no_span() -> None:
    data = factcheck.check("Nothing here.", dateline="2025-09-04").to_dict()
    assert data["dateline"] == {
        "date": "2025-09-04",
        "source": "argument",
        "start": None,
        "end": None,
    }
    assert factcheck.check("Nothing here.").to_dict()["dateline"] is None


def test_fraction_values_become_floats() -> None:
    data = factcheck.check("Prices rose by 2.5 percent.", dateline="2025-09-04").to_dict()
    (q,) = data["quantities"]
    assert (q["value"], q["unit"]) == (2.5, "percent")


def test_enumerations_and_evidence_labels_in_json(article: str) -> None:
    data = factcheck.check(article).to_dict()
    (e,) = data["enumerations"]
    assert (e["stated"]["text"], e["count"], e["complete"]) == ("at least seven countries", 7, True)
    assert [i["text"] for i in e["items"]][-1] == "three Gulf states"
    labels = {ev["label"] for f in data["findings"] for ev in f["evidence"]}
    assert labels == {"part", "whole", "stated", "item"}


def test_utf16_offsets_count_emoji_twice() -> None:
    text = (
        "date 2025-09-04\n\U0001f680 Russia launched 502 drones. 430 of the drones were shot down."
    )
    report = factcheck.check(text)
    data = report.to_dict()
    first = data["quantities"][0]
    assert text[first["start"] : first["end"]] == "502 drones"
    assert first["utf16"] == [first["start"] + 1, first["end"] + 1]
    encoded = text.encode("utf-16-le")
    start, end = first["utf16"]
    assert encoded[2 * start : 2 * end].decode("utf-16-le") == "502 drones"
    assert report.quantities[0].span.to_utf16(text) == (start, end)
    assert data["dateline"]["utf16"] == [data["dateline"]["start"], data["dateline"]["end"]]
