"""The example scripts run as documented, and the example rule passes its own examples."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import factcheck

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(script: str) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script)], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_check_article_script_finds_no_problem_in_the_example_article() -> None:
    out = run("check_article.py")
    assert "quantity.part-exceeds-whole" in out
    assert out.rstrip().endswith("0 problem(s)")


def test_custom_rule_script_flags_the_story() -> None:
    out = run("custom_rule.py")
    assert "[inconsistent] house.killed-within-casualties: 17 killed, 14 casualties" in out


def test_custom_rule_carries_and_passes_its_examples() -> None:
    spec = importlib.util.spec_from_file_location("custom_rule", EXAMPLES / "custom_rule.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rule = module.killed_within_casualties
    assert {e.expect for e in rule.examples} == {"pass", "fail"}
    for example in rule.examples:
        report = factcheck.check(example.text, rules=[rule])
        got = "fail" if any(f.is_problem for f in report.findings) else "pass"
        assert got == example.expect


def test_check_folder_script_lists_every_story_and_the_planted_problem(tmp_path: Path) -> None:
    out_file = tmp_path / "reports.jsonl"
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "check_folder.py"), "--jsonl", str(out_file)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1  # the election story's shares add up to 102.2%
    names = sorted(p.name for p in (EXAMPLES / "articles").glob("*.txt"))
    for name in names:
        assert name in done.stdout
    assert "election-count.txt: quantity.share-sum inconsistent" in done.stdout
    records = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert [r["input"] for r in records] == names
    assert all(r["schema_version"] == 1 for r in records)


def test_html_report_script_writes_one_self_contained_page(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "html_report.py"), str(page)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "wrote" in done.stdout and "1 problem(s)" in done.stdout
    html = page.read_text(encoding="utf-8")
    assert html.count("<section") == 1 + len(list((EXAMPLES / "articles").glob("*.txt")))
    assert 'class="ev"' in html  # the problem's evidence is highlighted
    assert "<script" not in html and "http" not in html.split("<body>", 1)[1]
