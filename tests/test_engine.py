from __future__ import annotations

from collections.abc import Iterator

import pytest

import factcheck
from factcheck import Document, Evidence, Finding

ARTICLE = "date 2025-09-04\nRussia launched 502 drones. Air defences shot down 430 of the drones."


@factcheck.rule(id="test.always-crashes", severity="warning")
def crashes(doc: Document) -> Iterator[Finding]:
    """A rule with a bug in it."""
    yield from ()
    raise ZeroDivisionError("boom")


@factcheck.rule(id="test.counts-quantities")
def counts(doc: Document) -> Iterator[Finding]:
    """Report how many quantities the document holds."""
    first = doc.quantities[0]
    yield Finding(
        rule_id="test.counts-quantities",
        verdict="consistent",
        severity="info",
        message=f"{len(doc.quantities)} quantities",
        evidence=(Evidence(first.span, doc.excerpt(first.span)),),
        values={"n": len(doc.quantities)},
    )


def test_crashing_rule_becomes_error_finding_and_others_survive() -> None:
    report = factcheck.check(ARTICLE, rules=[crashes, *factcheck.default_rules(), counts])
    errors = [f for f in report.findings if f.verdict == "error"]
    assert len(errors) == 1
    assert errors[0].rule_id == "test.always-crashes"
    assert "ZeroDivisionError: boom" in errors[0].message
    assert {f.rule_id for f in report.findings} == {
        "test.always-crashes",
        "quantity.part-exceeds-whole",
        "quantity.rate",
        "test.counts-quantities",
    }
    assert report.problems == tuple(errors)
    assert report.to_dict()["findings"][0]["verdict"] == "error"


def test_rule_yielding_wrong_type_is_an_error_finding() -> None:
    @factcheck.rule(id="test.wrong-type")
    def wrong(doc: Document) -> Iterator[Finding]:
        yield "not a finding"  # type: ignore[misc]

    (f,) = factcheck.check(ARTICLE, rules=[wrong]).findings
    assert f.verdict == "error" and "expected Finding" in f.message


def test_decorator_metadata_from_docstring() -> None:
    assert counts.id == "test.counts-quantities"
    assert counts.title == "Report how many quantities the document holds."
    assert counts.severity == "warning"


@pytest.mark.parametrize("bad_id", ["nodots", "Upper.Case", "", "a..b", 3])
def test_rule_ids_are_dotted(bad_id: object) -> None:
    with pytest.raises(factcheck.RuleDefinitionError):
        factcheck.rule(id=bad_id)  # type: ignore[arg-type]


def test_bad_severity() -> None:
    with pytest.raises(factcheck.RuleDefinitionError):
        factcheck.rule(id="a.b", severity="fatal")  # type: ignore[arg-type]


def test_plain_function_is_refused_with_a_clear_error() -> None:
    with pytest.raises(factcheck.RuleDefinitionError, match=r"@factcheck\.rule"):
        factcheck.check(ARTICLE, rules=[lambda doc: []])  # type: ignore[list-item]


def test_findings_ordered_by_position_then_id() -> None:
    text = ARTICLE + " Russia launched 40 missiles. Air defences shot down 50 of the missiles."
    report = factcheck.check(text)
    keys = [(f.start, f.rule_id) for f in report.findings]
    assert keys == sorted(keys)
    checks = [f for f in report.findings if f.severity != "info"]
    assert [f.verdict for f in checks] == ["consistent", "inconsistent"]


def test_no_rules_means_facts_only() -> None:
    report = factcheck.check(ARTICLE, rules=[])
    assert report.findings == ()
    assert len(report.quantities) == 2


def test_default_rule_ids() -> None:
    assert [r.id for r in factcheck.default_rules()] == [
        "quantity.part-exceeds-whole",
        "quantity.enumeration-count",
        "quantity.sum-mismatch",
        "quantity.percent-mismatch",
        "quantity.conversion-mismatch",
        "quantity.change-mismatch",
        "quantity.restatement-conflict",
        "quantity.share-sum",
        "quantity.rate",
        "date.weekday-mismatch",
        "date.relative-conflict",
        "date.impossible",
        "date.after-dateline",
        "date.elapsed-mismatch",
        "time.zone-mismatch",
    ]


def test_user_lexicon_adds_a_role(tmp_path: object) -> None:
    from pathlib import Path

    extra = Path(str(tmp_path)) / "roles.toml"
    extra.write_text('[roles]\nairlifted = ["airlifted", "flown out"]\n', encoding="utf-8")
    lexicon = factcheck.Lexicon.default().extend(extra)
    report = factcheck.check("Crews airlifted 300 residents.", lexicon=lexicon, rules=[])
    assert report.quantities[0].role == "airlifted"
    assert factcheck.check("Crews airlifted 300 residents.").quantities[0].role is None


def test_bad_lexicon_file(tmp_path: object) -> None:
    from pathlib import Path

    bad = Path(str(tmp_path)) / "bad.toml"
    bad.write_text("[roles\n", encoding="utf-8")
    with pytest.raises(factcheck.LexiconError, match=r"bad\.toml"):
        factcheck.Lexicon.default().extend(bad)
    with pytest.raises(factcheck.LexiconError, match="cannot read"):
        factcheck.Lexicon.default().extend(Path(str(tmp_path)) / "missing.toml")
    wrong = Path(str(tmp_path)) / "wrong.toml"
    wrong.write_text('[hedges]\n"give or take" = "sort-of"\n', encoding="utf-8")
    with pytest.raises(factcheck.LexiconError, match="sort-of"):
        factcheck.Lexicon.default().extend(wrong)


def test_open_whole_at_the_boundary_is_consistent() -> None:
    text = "Russia launched more than 40 drones. Air defences shot down 40 of the drones."
    report = factcheck.check(text, dateline="2025-09-04")
    (f,) = [f for f in report.findings if f.rule_id == "quantity.part-exceeds-whole"]
    assert f.verdict == "consistent"


def test_open_ended_list_is_a_sample() -> None:
    text = "Officials named nine cities: Kyiv, Lviv, Odesa, Dnipro and others."
    (f,) = factcheck.check(text, dateline="2025-09-04").findings
    assert (f.rule_id, f.verdict) == ("quantity.enumeration-count", "consistent")
    text = "Officials named three cities: Kyiv, Lviv, Odesa, Dnipro and others."
    (f,) = factcheck.check(text, dateline="2025-09-04").findings
    assert f.verdict == "inconsistent"


def test_an_extractor_that_raises_becomes_an_error_finding_and_the_rest_survive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import factcheck.document

    def broken(*args: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(factcheck.document, "extract_quantities", broken)
    text = "Russia launched 502 drones on Wednesday, Sept. 31."
    report = factcheck.check(text, dateline="2025-09-04")
    assert report.quantities == ()
    assert [d.span.slice(text) for d in report.dates] == ["Wednesday, Sept. 31"]
    failure = report.findings[0]
    assert (failure.rule_id, failure.verdict, failure.severity) == (
        "extract.quantities",
        "error",
        "error",
    )
    assert failure.values == {"exception": "ZeroDivisionError"}
    assert "extracting quantities crashed: ZeroDivisionError" in failure.message
    assert "date.impossible" in {f.rule_id for f in report.problems}
    assert report.document.failures[0].stage == "quantities"


def test_an_error_raised_on_purpose_inside_an_extractor_still_raises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import factcheck.document

    def refuses(*args: object) -> None:
        raise factcheck.LexiconError("unit 'furlong-ish' is not a pint unit")

    monkeypatch.setattr(factcheck.document, "extract_quantities", refuses)
    with pytest.raises(factcheck.LexiconError):
        factcheck.check("Russia launched 502 drones.")


def test_failed_examples_names_the_examples_a_rule_does_not_keep() -> None:
    @factcheck.rule(
        id="house.no-drones",
        examples=[
            ("Russia launched 502 drones.", "fail"),
            ("The talks went on.", "pass"),
            ("The talks went on.", "fail"),  # wrong on purpose
        ],
    )
    def no_drones(doc: factcheck.Document) -> list[factcheck.Finding]:
        """Flags any count of drones."""
        return [
            factcheck.Finding(
                rule_id="", verdict="inconsistent", severity="warning", message="drones"
            )
            for q in doc.quantities
            if q.noun == "drone"
        ]

    assert no_drones.outcome(no_drones.examples[0]) == "fail"
    assert no_drones.failed_examples() == (no_drones.examples[2],)
