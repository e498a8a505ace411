"""Every code block of the documentation runs, so the docs cannot rot.

- ```pycon blocks run as doctests, page by page;
- ```python blocks run, from the repository root;
- ```toml blocks parse, and a rules file among them loads as rules;
- ```json blocks parse;
- ```bash blocks: each ``factcheck ...`` command runs and must not fail on usage (exit 0
  or 1), and each ``python examples/...`` script runs. Installing (``pip install``) and the
  benchmarks (minutes long, and needing the data beside the project) are left to CI and to
  the reader: their lines are skipped, and no other kind of line may appear.
"""

from __future__ import annotations

import doctest
import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.rules import parse_rules
from factcheck.toml import tomllib

ROOT = Path(__file__).resolve().parents[1]
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
_FENCE = re.compile(r"^```([a-z]*)[^\n]*\n(.*?)^```", re.M | re.S)
_SKIPPED = ("pip install", "python -m pip", "python benchmarks/", "python -m pytest")


def blocks(kind: str) -> list[tuple[str, int, str]]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for m in _FENCE.finditer(text):
            if m.group(1) == kind:
                line = text.count("\n", 0, m.start()) + 1
                found.append((f"{page.name}:{line}", line, m.group(2)))
    return found


def _id(item: object) -> str:
    return item[0] if isinstance(item, tuple) else str(item)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pycon_blocks(page: Path) -> None:
    result = doctest.testfile(str(page), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_python_blocks(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's python blocks run in order in one namespace, as a reader would run them,
    in a folder holding the examples and every TOML block that names its file in its first
    line ("# rescue_roles.toml")."""
    text = page.read_text(encoding="utf-8")
    found = [(m.group(1), m.group(2), m.start()) for m in _FENCE.finditer(text)]
    if not any(kind == "python" for kind, _, _ in found):
        return
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for kind, body, start in found:
        named = re.match(r"#\s*([\w.-]+\.toml)\s*\n", body)
        if kind == "toml" and named:
            (tmp_path / named.group(1)).write_text(body, encoding="utf-8")
        elif kind == "python":
            where = f"{page.name}:{text.count(chr(10), 0, start) + 1}"
            exec(compile(body, where, "exec"), namespace)


@pytest.mark.parametrize("block", blocks("toml"), ids=_id)
def test_toml_blocks(block: tuple[str, int, str]) -> None:
    data = tomllib.loads(block[2])
    if "rule" in data:
        rules, _ = parse_rules(block[2], block[0])
        assert rules


@pytest.mark.parametrize("block", blocks("json"), ids=_id)
def test_json_blocks(block: tuple[str, int, str]) -> None:
    json.loads(block[2])


@pytest.mark.parametrize("block", blocks("bash"), ids=_id)
def test_bash_blocks(block: tuple[str, int, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for raw in block[2].splitlines():
        line = raw.split("  #", 1)[0].strip()
        if not line or line.startswith("#") or any(s in line for s in _SKIPPED):
            continue
        if line.startswith("factcheck "):
            code = main(shlex.split(line)[1:], stdout=io.StringIO())
            assert code in (0, 1), f"{block[0]}: {line!r} exited {code}"
        elif line.startswith("python examples/"):
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            subprocess.run([sys.executable, *shlex.split(line)[1:]], check=True, env=env)
        else:
            pytest.fail(f"{block[0]}: a line the docs test cannot run: {line!r}")


def test_rules_reference_is_generated_from_metadata() -> None:
    sys.path.insert(0, str(ROOT / "docs" / "hooks"))
    try:
        import rules_reference
    finally:
        sys.path.pop(0)
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert rules_reference.MARKER in page
    built = rules_reference.on_page_markdown(page, page=None)
    import factcheck

    for rule in factcheck.default_rules():
        assert f"| `{rule.id}` | {rule.severity} |" in built
