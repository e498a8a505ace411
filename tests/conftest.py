from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def article() -> str:
    return (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
