"""The TOML reader: the standard library's from Python 3.11, ``tomli`` before.

:func:`parse_toml` and :func:`read_toml` report every malformed document as a
``TOMLDecodeError``: nesting deep enough to exhaust the interpreter's stack ("a = [[[[...")
and bytes that are not UTF-8 would otherwise escape as a ``RecursionError`` or a
``UnicodeDecodeError`` from inside the reader.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]


class MalformedToml(tomllib.TOMLDecodeError):  # type: ignore[misc]
    """A document the reader cannot take for a reason other than its syntax."""

    def __init__(self, message: str) -> None:
        ValueError.__init__(self, message)


def parse_toml(source: str) -> dict[str, Any]:
    """The tables of ``source``; a ``TOMLDecodeError`` for any malformed document."""
    try:
        data: dict[str, Any] = tomllib.loads(source)
    except RecursionError:
        raise MalformedToml("arrays or tables nested too deeply") from None
    return data


def read_toml(path: Path) -> dict[str, Any]:
    """The tables of the file at ``path``: an ``OSError`` when it cannot be read, a
    ``TOMLDecodeError`` when it is not UTF-8 or not TOML."""
    raw = path.read_bytes()
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedToml(f"not UTF-8 text (byte {exc.start})") from None
    return parse_toml(source)


__all__ = ["MalformedToml", "parse_toml", "read_toml", "tomllib"]
