"""Rules files, configuration and lexicon files written by someone else: any document
gives rules that run or one typed error naming the file, never a traceback, code run or
a file read outside the configuration's folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.errors import ConfigError, FactcheckError, LexiconError, RuleFileError
from factcheck.rules import parse_rules

STORY = (
    "KYIV, Sept 4 (Reuters) - Russia launched 502 drones and 24 missiles overnight, and air "
    "defences shot down 430 of the drones and 21 of the missiles, the air force said on "
    "Thursday. The vote is due on Sept. 9, 2025, and turnout was 64%."
)

# TOML values of every type, weighted towards the ones the schema expects.
scalars = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["compare", "range", "date", "<=", "==", "before", "after", "noun", "5%"]),
    st.sampled_from(["launched", "intercepted", "drone", "percent", "vote", "error", "info"]),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)
keys = st.sampled_from(
    [
        "id", "kind", "title", "description", "severity", "tags", "examples", "message",
        "left", "right", "op", "per", "tolerance", "select", "min", "max", "keyword",
        "must_be", "role", "noun", "unit", "text", "expect", "dateline", "extra",
    ]
)  # fmt: skip
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=12,
)
# Valid rules of each kind, then some keys overwritten or added: most documents are close
# to right, as a user's are, so the checks behind the first key are reached too.
TEMPLATES: list[dict[str, Any]] = [
    {
        "id": "house.intercepted-le-launched",
        "kind": "compare",
        "left": {"role": "intercepted"},
        "right": {"role": "launched"},
        "op": "<=",
        "per": "noun",
        "tolerance": "5%",
    },
    {"id": "house.share", "kind": "range", "select": {"unit": "percent"}, "min": 0, "max": 100},
    {"id": "house.vote", "kind": "date", "keyword": "vote", "must_be": "after"},
]
rule_tables = st.one_of(
    st.tuples(st.sampled_from(TEMPLATES), st.dictionaries(keys, values, max_size=3)).map(
        lambda pair: {**pair[0], **pair[1]}
    ),
    st.dictionaries(keys, values, max_size=8),
)


def toml_value(value: Any) -> str:
    """A value written as TOML (inline tables and arrays), as a user might write it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)  # a TOML basic string takes JSON's escapes
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml_document(tables: list[dict[str, Any]]) -> str:
    out = []
    for table in tables:
        out.append("[[rule]]")
        out += [f"{k} = {toml_value(v)}" for k, v in table.items()]
    return "\n".join(out) + "\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(rule_tables, min_size=1, max_size=3))
def test_any_rules_document_gives_rules_that_run_or_one_typed_error(
    tables: list[dict[str, Any]],
) -> None:
    source = toml_document(tables)
    try:
        rules, _ = parse_rules(source, "house.toml")
    except RuleFileError as exc:
        assert str(exc).startswith("house.toml")
        return
    report = factcheck.check(STORY, rules=rules)
    crashed = [f.message for f in report.findings if f.verdict == "error"]
    assert not crashed


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_as_a_rules_file_gives_rules_or_one_typed_error(source: str) -> None:
    try:
        parse_rules(source, "house.toml")
    except RuleFileError as exc:
        assert str(exc).startswith("house.toml")


@pytest.mark.parametrize(
    "source",
    [
        "a = " + "[" * 100_000 + "]" * 100_000,
        "a = " + "{b = " * 5_000 + "1" + "}" * 5_000,
        "[[rule]]\nid = 'a.b'\nkind = 'compare'\nleft = { role = 'x' }\nright = { role = 'y' }"
        "\nop = '<='\ntolerance = inf\n",
        "[[rule]]\nid = 'a.b'\nkind = 'compare'\nleft = { role = 'x' }\nright = { role = 'y' }"
        "\nop = '<='\ntolerance = nan\n",
        "[[rule]]\nid = 'a.b'\nkind = 'range'\nselect = { role = 'x' }\nmin = nan\n",
        "[[rule]]\nid = 'a.b'\nkind = 'range'\nselect = { role = 'x' }\nmax = -inf\n",
    ],
)
def test_hostile_rules_files_are_refused_with_a_typed_error(source: str) -> None:
    with pytest.raises(RuleFileError, match=r"^house\.toml"):
        parse_rules(source, "house.toml")


def test_deep_nesting_and_stray_bytes_in_config_and_lexicon_files(tmp_path: Path) -> None:
    deep = tmp_path / "factcheck.toml"
    deep.write_text("[tool]\nx = " + "[" * 100_000)
    with pytest.raises(ConfigError, match="nested too deeply"):
        factcheck.load_config(deep)
    deep.write_bytes(b"select = ['\xff']\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        factcheck.load_config(deep)
    words = tmp_path / "words.toml"
    words.write_bytes(b"[roles]\nlaunched = ['\xfe']\n")
    with pytest.raises(LexiconError, match="not UTF-8"):
        factcheck.Lexicon.default().extend(words)


@pytest.mark.parametrize(
    "name", ["../outside.toml", "sub/../../outside.toml", "/etc/hostname", "link.toml"]
)
@pytest.mark.parametrize("key", ["rules", "lexicon"])
def test_a_configuration_names_no_file_outside_its_folder(
    tmp_path: Path, name: str, key: str
) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    (tmp_path / "outside.toml").write_text("")
    (folder / "link.toml").symlink_to(tmp_path / "outside.toml")
    config = folder / "factcheck.toml"
    config.write_text(f"{key} = [{json.dumps(name)}]\n")
    with pytest.raises(ConfigError, match="outside the folder"):
        factcheck.load_config(config)


def test_a_configuration_may_name_files_in_its_folder_and_below(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "house.toml").write_text(
        "[[rule]]\nid = 'house.turnout'\nkind = 'range'\nselect = { unit = 'percent' }\nmax = 100\n"
    )
    config = tmp_path / "factcheck.toml"
    config.write_text("rules = ['./rules/../rules/house.toml']\n")
    loaded = factcheck.load_config(config)
    assert "house.turnout" in loaded.ruleset().ids


def test_every_error_raised_on_purpose_is_a_factcheck_error() -> None:
    import factcheck.errors as errors

    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, FactcheckError), name
        assert cls.__doc__, name


def test_a_rule_number_of_400_digits_is_finite_and_no_overflow() -> None:
    big = "1" + "0" * 400
    rules, _ = parse_rules(
        f"[[rule]]\nid = 'a.b'\nkind = 'range'\nselect = {{ role = 'x' }}\nmax = {big}\n",
        "house.toml",
    )
    assert [r.id for r in rules] == ["a.b"]


def test_a_symlink_loop_in_a_configuration_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "loop.toml").symlink_to("loop.toml")
    config = tmp_path / "factcheck.toml"
    config.write_text("rules = ['loop.toml']\n")
    with pytest.raises(ConfigError, match="cannot be resolved"):
        factcheck.load_config(config)
