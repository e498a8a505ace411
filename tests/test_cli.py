from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "article.txt"


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdout=out)
    return code, out.getvalue()


def test_clean_article_exits_zero() -> None:
    code, out = run("check", str(ARTICLE))
    assert code == 0
    assert re.search(r"dateline 2025-09-04; \d+ consistent$", out.strip())


def test_all_shows_consistent_findings() -> None:
    code, out = run("check", str(ARTICLE), "--all")
    assert code == 0
    assert (
        "pass quantity.part-exceeds-whole consistent: 430 intercepted of 502 drones (85.7%)" in out
    )


def test_problem_exits_one_with_line_and_column(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "date 2025-09-04\nRussia launched 40 missiles.\nAir defences shot down 50 of the "
        "missiles.\n",
        encoding="utf-8",
    )
    code, out = run("check", str(story))
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{story}:3:24: error quantity.part-exceeds-whole inconsistent:")
    assert "    Air defences shot down 50 of the missiles." in out
    assert "                           ^^^^^^^^^^^^^^^^^" in out
    assert "    whole 2:17: 40 missiles" in out


def test_json_format_and_dateline_option(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("He spoke yesterday.", encoding="utf-8")
    code, out = run("check", str(story), "--format", "json", "--dateline", "2025-09-04")
    assert code == 0
    data = json.loads(out)
    assert data["dates"][0]["first"] == "2025-09-03"


def test_unreadable_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("check", str(tmp_path / "missing.txt"))
    assert code == 2
    assert "cannot read" in capsys.readouterr().err
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    code, _ = run("check", str(binary))
    assert code == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_bad_usage_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("check")[0] == 2
    assert run("check", str(ARTICLE), "--format", "xml")[0] == 2
    assert run("check", str(ARTICLE), "--dateline", "soon")[0] == 2
    assert "dateline" in capsys.readouterr().err


def test_stdin_through_the_installed_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "-", "--format", "json"],
        input=ARTICLE.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["dateline"]["date"] == "2025-09-04"


def test_deadline_marks_the_report_incomplete_and_exits_1(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Russia launched 40 missiles. Air defences shot down 30 of the missiles.")
    code, out = run("check", str(story), "--deadline", "60")
    assert code == 0 and "incomplete" not in out
    code, out = run("check", str(story), "--deadline", "0")
    assert code == 2  # not a positive number of seconds: a usage error


def test_an_incomplete_report_says_so_in_its_summary_line() -> None:
    import attrs

    import factcheck
    from factcheck.cli import render_text

    report = factcheck.check("Russia launched 40 missiles.", dateline="2025-09-04")
    cut = attrs.evolve(report, unfinished=("house.slow",))
    line = render_text(cut, "story.txt").splitlines()[-1]
    assert line.endswith("incomplete: past the deadline, house.slow did not finish")
