"""Rule sets, configuration, declarative TOML rules and plugins from entry points."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import factcheck
from factcheck import Config, ConfigError, RuleFileError, RuleSet
from factcheck.rules import load_rules, parse_rules

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
STORY = (
    "date 2025-09-04\n"
    "Russia launched 502 drones overnight. The air force said 530 of the drones were shot "
    "down. The minister said on September 10 that talks would resume."
)


def ids(findings: object) -> list[str]:
    return sorted({f.rule_id for f in findings})  # type: ignore[attr-defined]


# --- RuleSet -----------------------------------------------------------------------------


def test_select_and_ignore_by_id_and_prefix() -> None:
    rules = RuleSet.default()
    assert all(r.id.startswith("date.") for r in rules.select("date."))
    assert rules.select("date").ids == rules.select("date.").ids
    assert "date.after-dateline" not in rules.select("date.").ignore("date.after-dateline")
    assert rules.select("quantity.part-exceeds-whole").ids == ("quantity.part-exceeds-whole",)
    with pytest.raises(ConfigError, match="names no rule"):
        rules.select("quantiy.")


def test_severity_overrides_by_prefix_longest_wins() -> None:
    rules = RuleSet.default().with_severity({"date.": "info", "date.after-dateline": "warning"})
    report = factcheck.check(STORY, rules=rules)
    levels = {f.rule_id: f.severity for f in report.findings}
    assert levels["date.after-dateline"] == "warning"
    assert levels["quantity.part-exceeds-whole"] == "error"
    with pytest.raises(ConfigError, match="severity"):
        RuleSet.default().with_severity({"date.": "fatal"})  # type: ignore[dict-item]


def test_duplicate_rule_ids_are_refused() -> None:
    rule = factcheck.default_rules()[0]
    with pytest.raises(factcheck.RuleDefinitionError, match="share the id"):
        RuleSet((rule, rule))


def test_findings_come_in_position_then_id_order() -> None:
    report = factcheck.check(STORY)
    keys = [(f.start, f.rule_id) for f in report.findings]
    assert keys == sorted(keys)


# --- configuration -----------------------------------------------------------------------


def test_config_from_pyproject_and_precedence(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n'
        "[tool.factcheck]\n"
        'select = ["date."]\n'
        'ignore = ["date.after-dateline"]\n'
        "plugins = false\n"
        "[tool.factcheck.severity]\n"
        '"date." = "info"\n',
        encoding="utf-8",
    )
    nested = tmp_path / "stories" / "2025"
    nested.mkdir(parents=True)
    story = nested / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    found = factcheck.find_config(story)
    assert found == tmp_path / "pyproject.toml"
    config = factcheck.load_config(found)
    # The file: only date rules, without after-dateline, at severity info.
    assert ids(factcheck.check(STORY, config=config).findings) == []
    report = factcheck.check(STORY.replace("September 10", "Sept. 31"), config=config)
    assert {(f.rule_id, f.severity) for f in report.findings} == {("date.impossible", "info")}
    # Arguments win over the file: select replaces it, severity overrides it.
    argued = config.merged(select=["quantity."], severity={"quantity.": "warning"})
    report = factcheck.check(STORY, config=argued)
    assert {(f.rule_id, f.severity) for f in report.problems} == {
        ("quantity.part-exceeds-whole", "warning")
    }
    # Defaults without any configuration: every built-in rule.
    assert "date.after-dateline" in ids(factcheck.check(STORY).problems)


def test_factcheck_toml_wins_over_pyproject_in_one_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\nselect = ['date.']\n")
    (tmp_path / "factcheck.toml").write_text("select = ['quantity.']\n")
    assert factcheck.find_config(tmp_path) == tmp_path / "factcheck.toml"
    assert factcheck.load_config(tmp_path / "factcheck.toml").select == ("quantity.",)


def test_config_errors_name_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text("selekt = ['date.']\n")
    with pytest.raises(ConfigError, match=r"factcheck.toml: unknown key 'selekt'"):
        factcheck.load_config(path)
    path.write_text("[severity]\n'date.' = 'loud'\n")
    with pytest.raises(ConfigError, match=r"severity of 'date\.' must be one of"):
        factcheck.load_config(path)
    path.write_text("select = 'date.'\n")
    with pytest.raises(ConfigError, match="select must be a list"):
        factcheck.load_config(path)


# --- declarative rules -------------------------------------------------------------------


def test_house_rules_example_file_runs_its_examples() -> None:
    path = EXAMPLES / "house_rules.toml"
    rules, lexicon = load_rules(path)
    assert [r.id for r in rules] == [
        "house.intercepted-within-launched",
        "house.turnout-is-a-share",
        "house.verdict-before-dateline",
    ]
    assert lexicon == {"roles": {"intercepted": ["knocked out", "neutralised", "neutralized"]}}
    config = Config(rules=(path,), plugins=False)
    for rule in rules:
        assert {e.expect for e in rule.examples} == {"pass", "fail"}
        for example in rule.examples:
            report = factcheck.check(example.text, dateline=example.dateline, config=config)
            own = [f for f in report.findings if f.rule_id == rule.id]
            assert own, f"{rule.id} found nothing in {example.text!r}"
            got = "fail" if any(f.is_problem for f in own) else "pass"
            assert got == example.expect, example.text


def test_compare_rule_uses_the_intervals_of_hedged_figures() -> None:
    rules, _ = parse_rules(
        "[[rule]]\nid = 'desk.hit-within-launched'\nkind = 'compare'\n"
        "left = { role = 'intercepted' }\nop = '<='\nright = { role = 'launched' }\n"
        "per = 'noun'\n"
    )
    story = "Russia launched 502 drones. The air force shot down nearly 500 drones."
    report = factcheck.check(story, rules=rules)
    assert [f.verdict for f in report.findings] == ["consistent"]
    story = "Russia launched about 500 drones. The air force shot down 502 drones."
    report = factcheck.check(story, rules=rules)
    assert [f.verdict for f in report.findings] == ["uncertain"]


def test_compare_rule_tolerance() -> None:
    source = (
        "[[rule]]\nid = 'desk.same-count'\nkind = 'compare'\nleft = {{ noun = 'drone' }}\n"
        "op = '=='\nright = {{ noun = 'missile' }}\ntolerance = {tolerance}\n"
    )
    story = "Russia launched 100 drones and 104 missiles."
    strict, _ = parse_rules(source.format(tolerance="0"))
    loose, _ = parse_rules(source.format(tolerance="'5%'"))
    assert {f.verdict for f in factcheck.check(story, rules=strict).findings} == {"inconsistent"}
    assert {f.verdict for f in factcheck.check(story, rules=loose).findings} == {"consistent"}


@pytest.mark.parametrize(
    ("source", "line", "key"),
    [
        ("[[rule]]\nid = 'a.b'\nkind = 'compare'\nleft = { role = 'x' }\nopp = '<='\n", 5, "opp"),
        ("[[rule]]\nid = 'a.b'\nkind = 'range'\nselect = { role = 'x' }\nmax = 'x'\n", 5, "max"),
        ("[[rule]]\nid = 'a.b'\nkind = 'ranges'\n", 3, "kind"),
        ("[[rule]]\nid = 'A B'\nkind = 'range'\n", 2, "id"),
        ("[[rule]]\nid = 'a.b'\nkind = 'date'\nkeyword = 'vote'\nmust_be = 'soon'\n", 5, "must_be"),
        (
            "[[rule]]\nid = 'a.b'\nkind = 'range'\nselect = { role = 'x' }\nmin = 1\n"
            "[[rule]]\nid = 'a.c'\nkind = 'compare'\nleft = { rol = 'x' }\n",
            9,
            "left",
        ),
    ],
)
def test_rule_file_errors_name_file_line_and_key(source: str, line: int, key: str) -> None:
    with pytest.raises(RuleFileError) as caught:
        parse_rules(source, "house.toml")
    message = str(caught.value)
    assert message.startswith(f"house.toml:{line}:"), message
    assert f"'{key}'" in message


def test_rule_files_are_data_never_code(tmp_path: Path) -> None:
    path = tmp_path / "evil.toml"
    path.write_text("[[rule]]\nid = 'a.b'\nkind = '__import__(\"os\")'\n")
    with pytest.raises(RuleFileError, match="kind"):
        load_rules(path)
    path.write_text("x" * 1_000_001)
    with pytest.raises(RuleFileError, match="larger than"):
        load_rules(path)
    path.write_text("[[rule]\nid = ")
    with pytest.raises(RuleFileError, match="not valid TOML"):
        load_rules(path)


# --- plugins -----------------------------------------------------------------------------


def test_entry_point_plugin_is_picked_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A tiny installed distribution: a module and its entry point in a dist-info folder.
    (tmp_path / "desk_plugin.py").write_text(
        "import factcheck\n\n"
        "@factcheck.rule(id='desk.always', severity='info',\n"
        "                examples=[('Any story.', 'pass'), ('Any story at all.', 'pass')])\n"
        "def always(doc):\n"
        "    '''Reports every story once.'''\n"
        "    yield factcheck.Finding('desk.always', 'consistent', 'info', 'seen')\n"
    )
    info = tmp_path / "desk_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: desk-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[factcheck.rules]\nalways = desk_plugin:always\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert "desk.always" in RuleSet.from_entry_points()
        report = factcheck.check("Any story.", config=Config())
        assert "desk.always" in ids(report.findings)
        report = factcheck.check("Any story.", config=Config(plugins=False))
        assert "desk.always" not in ids(report.findings)
    finally:
        sys.modules.pop("desk_plugin", None)


def test_headline_and_body_restate_one_figure() -> None:
    story = (
        "Russia fires 502 drones at Ukraine overnight\n\n"
        "KYIV, Sept 4 (Reuters) - Russia launched {n} drones and 24 missiles at Ukraine "
        "overnight, the air force said."
    )
    report = factcheck.check(story.format(n=502), year=2025)
    assert report.dateline is not None and str(report.dateline.date) == "2025-09-04"
    assert not report.problems
    report = factcheck.check(story.format(n=600), year=2025)
    assert [f.rule_id for f in report.problems] == ["quantity.restatement-conflict"]
