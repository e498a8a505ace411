"""Offsets for other languages: UTF-16 code units, as JavaScript strings and the Language
Server Protocol count them. factcheck's own spans count code points (Python's ``str``);
a character outside the Basic Multilingual Plane (most emoji, some CJK) is one code point
but two UTF-16 units, so every offset after it shifts."""

from __future__ import annotations

import bisect


class Utf16Offsets:
    """Code-point offsets of one text to UTF-16 offsets: one pass to build, one binary
    search a lookup (none at all when the text has no character beyond U+FFFF)."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        # Code-point positions of the characters that take two UTF-16 units.
        self._astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)
