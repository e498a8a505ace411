"""Where stories come from on the command line: files, folders, standard input, HTML pages
and JSON Lines. Each input becomes a :class:`Story` or an :class:`InputFailure` naming it,
so one bad input never stops the others."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import attrs

#: File names a folder is searched for, recursively.
STORY_SUFFIXES = (".txt", ".md", ".html", ".htm")
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "table",
        "title",
        "dd",
        "dt",
    }
)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head"})


@attrs.frozen(slots=True)
class Story:
    """One text to check, where it came from, and its dateline when the input gives one."""

    name: str
    text: str
    dateline: str | None = None
    id: str | None = None


@attrs.frozen(slots=True)
class InputFailure:
    """An input that could not be read, and why, in one line."""

    name: str
    reason: str


def read_inputs(
    paths: list[str],
    *,
    jsonl: bool = False,
    text_field: str = "text",
    dateline_field: str = "dateline",
    id_field: str = "id",
) -> Iterator[Story | InputFailure]:
    """Every story of ``paths`` in order: a file, ``-`` for standard input, or a folder
    (its ``*.txt``, ``*.md``, ``*.html`` and ``*.htm`` files, sorted, hidden folders left
    out). With ``jsonl`` every input is JSON Lines, one story per line, and a folder is
    searched for ``*.jsonl`` and ``*.ndjson``."""
    suffixes = (".jsonl", ".ndjson") if jsonl else STORY_SUFFIXES
    for path in paths:
        for name, raw in _sources(path, suffixes):
            if isinstance(raw, InputFailure):
                yield raw
                continue
            try:
                text = raw.decode("utf-8-sig")  # a byte-order mark is no part of the text
            except UnicodeDecodeError as exc:
                yield InputFailure(name, f"not UTF-8 text (byte {exc.start})")
                continue
            if jsonl:
                yield from _json_lines(name, text, text_field, dateline_field, id_field)
            elif name.lower().endswith((".html", ".htm")):
                yield Story(name, html_text(text))
            else:
                yield Story(name, text)


def _sources(path: str, suffixes: tuple[str, ...]) -> Iterator[tuple[str, bytes | InputFailure]]:
    if path == "-":
        yield "-", sys.stdin.buffer.read()
        return
    p = Path(path)
    if p.is_dir():
        found = sorted(
            f
            for f in p.rglob("*")
            if f.is_file()
            and f.suffix.lower() in suffixes
            and not any(part.startswith(".") for part in f.relative_to(p).parts)
        )
        if not found:
            yield path, InputFailure(path, f"folder holds no {', '.join(suffixes)} file")
        for f in found:
            yield from _sources(str(f), suffixes)
        return
    try:
        yield path, p.read_bytes()
    except OSError as exc:
        yield path, InputFailure(path, f"cannot read: {exc.strerror or exc}")


def _json_lines(
    name: str, text: str, text_field: str, dateline_field: str, id_field: str
) -> Iterator[Story | InputFailure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputFailure(where, f"not a JSON object: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield InputFailure(where, f"not a JSON object but {type(record).__name__}")
            continue
        body = record.get(text_field)
        if not isinstance(body, str):
            yield InputFailure(where, f"no string field {text_field!r}")
            continue
        dateline = record.get(dateline_field)
        ident = record.get(id_field)
        yield Story(
            where,
            body,
            dateline=str(dateline) if dateline is not None else None,
            id=str(ident) if ident is not None else None,
        )


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(self._skip - 1, 0)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(page: str) -> str:
    """The readable text of an HTML page: scripts, styles and the head left out, a line
    break for each block element, runs of blank lines kept to one."""
    parser = _TextOfHtml()
    parser.feed(page)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"
