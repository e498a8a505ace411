"""Tokens and sentences with code-point offsets into the original text.

The text is never normalized: every token records where it stands, so every later
span slices the original string exactly.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Literal, NamedTuple

from factcheck.lexicon import Lexicon
from factcheck.model import Sentence, Span

TokenKind = Literal["num", "word", "punct"]

# A number in digits: thousands groups split by a comma, a thin or a no-break space, or the
# Indian lakh grouping ("12,34,567").
# A word: letters and digits with at least one letter, joined by hyphens or apostrophes, so
# "Kh-59", "COVID-19", "G7" and "one-on-one" stay single tokens and are never read as counts.
# A chain of more than 16 figures glued by separators ("1,1,1,...", "3-4-5-...") is an
# identifier, a table flattened by a scraper or noise, never prose: one word token, its
# figures not read (a date has three parts, a time three, an IP address four). So are 13
# or more groups of three digits after spaces: 40 digits and more, past any news figure.
_TOKEN = re.compile(
    # The white space before a token is taken with it, and the token is the group that
    # matched: one match a token rather than one failed try a space. Possessive, and only
    # from the start of a run, so a run that no token follows stays linear.
    r"(?:(?<!\s)\s++)?(?:"
    # Shortcuts, tried first, for what only one of the full patterns below can read:
    # ASCII letters alone (most words) and the commonest marks ("." unless ".5").
    r"(?P<letters>[a-zA-Z]+(?![\w\-'\u2019]))|(?P<mark>[,;:\"()]|\.(?!\d))"
    r"|(?P<chain>\d+(?:[,.:/\-]\d+){16,}|\d{1,3}(?: \d{3}){13,}(?!\d))"
    r"|(?P<numword>\d+(?:\.\d+){2,}(?![\d])|\d+(?:\.\d+)?[^\W\d_][^\W_]*)"  # 1.2.3, 3.5tn
    r"|(?P<num>(?<![\w.])\.\d+(?!\w)|(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"  # 12,34,567
    r"|\d{1,3}(?:[,\u2009\u202f\u00a0]\d{3})+|\d+)(?:\.\d+)?)(?!\w)"
    r"|(?P<word>[^\W_]*[^\W\d_][^\W_]*(?:[-'\u2019][^\W_]+|(?<=\d)\.\d+)*)"  # "Kh-59", "v1.2"
    r"|(?P<punct>[^\w\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|_))"
)
#: The kind of token each group of ``_TOKEN`` reads, by group number.
_KIND_OF: tuple[TokenKind, ...] = (
    "punct",  # group 0, never the one that matched
    "word",
    "punct",
    "word",
    "word",
    "num",
    "word",
    "punct",
)
# Characters that show nothing: zero-width spaces and joiners, direction marks, the soft
# hyphen, the byte-order mark. They make no token, so "502\u200b drones" is still a count
# of drones; offsets still count them.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Between two runs of digits, these make one figure a reader sees but the patterns do not
# read ("4\u200b30", Arabic "٥٫٥"): both runs are left alone rather than read as two numbers.
_INVISIBLE_RUN = re.compile(_INVISIBLE.pattern + "+")
_INVISIBLE_GAP = re.compile(_INVISIBLE.pattern + "*")
_ARABIC_SEPARATORS = frozenset("\u066b\u066c")
_SENTENCE_END = frozenset(".!?")
#: A blank line: a new paragraph starts after it.
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_CLOSERS = frozenset("\"'\u201d\u2019)]")

# Builds a Token straight from a tuple, without the generated __new__: a million-token text
# saves a tenth of a second.
_new_token = tuple.__new__


class Token(NamedTuple):
    """A token and where it stands. A named tuple, not a record class: a long text makes
    hundreds of thousands of them, and a tuple is built several times faster."""

    text: str
    start: int
    end: int
    kind: TokenKind
    lower: str
    sentence: int = 0

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


_start = attrgetter("start")


def token_at(tokens: Sequence[Token], start: int) -> int | None:
    """The index of the token that starts at offset ``start``, if one does: a binary
    search, where a dict of every token's start would cost a pass over the text."""
    k = bisect.bisect_left(tokens, start, key=_start)
    return k if k < len(tokens) and tokens[k].start == start else None


def may_open(tok: Token, starters: frozenset[str]) -> bool:
    """Whether ``tok`` can open a number or a date: digits, or a word whose bare form
    ("twenty" of "twenty-four", "Monday" of "Monday's") is one of ``starters``. Scanners
    skip every other token with this one test, which keeps them fast."""
    return opens_with(tok.kind, tok.lower, starters)


def opens_with(kind: TokenKind, lower: str, starters: frozenset[str]) -> bool:
    """:func:`may_open` of a token's kind and lower-case form."""
    if kind != "word":
        return kind == "num"
    if lower in starters or lower[0].isnumeric():  # digits, and signs such as "½"
        return True
    if "-" in lower and lower.partition("-")[0] in starters:
        return True
    bare = lower.removesuffix("'s").removesuffix("\u2019s")
    return ("'" in lower or "\u2019" in lower) and bare in starters


def has_token(text: str, start: int, end: int) -> bool:
    """Whether any token stands between ``start`` and ``end``."""
    return _TOKEN.search(text, start, end) is not None


#: A test of a token by its kind, text and lower-case form, against a lexicon: which
#: tokens an extractor starts from (:mod:`factcheck.openers`).
TokenTest = Callable[[TokenKind, str, str, Lexicon], bool]


def where(tokens: Sequence[Token], test: TokenTest, lexicon: Lexicon) -> list[int]:
    """The indices of the tokens that pass ``test`` (of a token's kind, text and lower-case
    form), asked one token at a time: for tokens that come without the lists of
    :func:`factcheck.openers.find_openers`, which asks each distinct token once."""
    return [k for k, t in enumerate(tokens) if test(t.kind, t.text, t.lower, lexicon)]


def tokenize(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[str, int, int, TokenKind]]:
    """Every token of ``text`` (between ``start`` and ``end``) as (text, start, end, kind),
    in one list: for the rare text whose split digit runs need them all at once
    (:func:`segment` reads them one by one)."""
    out: list[tuple[str, int, int, TokenKind]] = []
    kinds = _KIND_OF
    stop = len(text) if end is None else end
    for m in _TOKEN.finditer(text, start, stop):
        group = m.lastindex or 0
        first, last = m.span(group)
        out.append((text[first:last], first, last, kinds[group]))
    if _has_split_digits(text, start, stop):
        _leave_split_digits(text, out)
    return out


def _has_split_digits(text: str, start: int, end: int) -> bool:
    """Whether the text between ``start`` and ``end`` has a character that may split a
    digit run: an invisible one or an Arabic separator."""
    return (
        _INVISIBLE.search(text, start, end) is not None
        or text.find("\u066b", start, end) >= 0
        or text.find("\u066c", start, end) >= 0
    )


def _split_runs(text: str, start: int, end: int) -> frozenset[int]:
    """The indices, counted from ``start``, of the number tokens between ``start`` and
    ``end`` that :func:`_leave_split_digits` makes words: none in almost every text, found
    without a list of its tokens."""
    if not _has_split_digits(text, start, end):
        return frozenset()
    found = tokenize(text, start, end)
    kinds = _KIND_OF
    return frozenset(
        k
        for k, m in enumerate(_TOKEN.finditer(text, start, end))
        if kinds[m.lastindex or 0] != found[k][3]
    )


def _leave_split_digits(text: str, out: list[tuple[str, int, int, TokenKind]]) -> None:
    """Digit runs joined only by invisible characters or an Arabic separator become words,
    which no extractor reads as a number: better no figure than a wrong one. A whole
    chain ("1\u200b000\u200b500", "١٬٠٠٠٬٥٠٠") is left alone, not only its first pair."""
    kinds = [t[3] for t in out]
    for k in range(len(out) - 1):
        if kinds[k] != "num":
            continue
        after = k + 1
        if out[after][0] in _ARABIC_SEPARATORS:
            # The separator is a token of its own; invisible characters may stand around it.
            if after + 1 == len(out) or not (
                _INVISIBLE_GAP.fullmatch(text, out[k][2], out[after][1])
                and _INVISIBLE_GAP.fullmatch(text, out[after][2], out[after + 1][1])
            ):
                continue
            after += 1
        elif not _INVISIBLE_RUN.fullmatch(text, out[k][2], out[after][1]):
            continue
        if kinds[after] == "num":
            for m in (k, after):
                word, start, end, _ = out[m]
                out[m] = (word, start, end, "word")


def segment(
    text: str, lexicon: Lexicon, start: int = 0, end: int | None = None
) -> tuple[tuple[Token, ...], tuple[Sentence, ...]]:
    """Split ``text`` into tokens and sentences; paragraphs are separated by blank lines.
    Only the part from ``start`` to ``end`` is read, with offsets into the whole ``text``
    (:mod:`factcheck.windows`): sentences and paragraphs are counted from ``start``.

    The tokens are read one at a time, so a long text never holds a second list of them,
    and each distinct token text is kept once, with its lower-case form: a long text
    repeats its words, and each token then costs its tuple and offsets alone."""
    end = len(text) if end is None else end
    # Digit runs split by invisible characters become words (rare: read them all first).
    split = _split_runs(text, start, end)
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    paragraph = 0
    sent_start: int | None = None
    sent_end = 0
    sentence_index = 0

    def close() -> None:
        nonlocal sent_start, sentence_index
        if sent_start is not None:
            sentences.append(Sentence(Span(sent_start, sent_end), paragraph))
            sentence_index += 1
            sent_start = None

    pending_end = False
    prev_end = start
    # The first line break after the last token: a token starts a new line when it stands
    # after it, which costs one comparison a token rather than one search.
    newline = _newline_after(text, start)
    known: dict[str, tuple[str, str]] = {}  # each token text, once, and its lower-case form
    new_token = _new_token
    append = tokens.append
    kinds = _KIND_OF
    for m in _TOKEN.finditer(text, start, end):
        group = m.lastindex or 0
        first, last = m.span(group)
        tok = text[first:last]
        kind = "word" if split and len(tokens) in split else kinds[group]
        if newline < first:
            blank = BLANK_LINE.search(text, prev_end, first) is not None
            newline = _newline_after(text, last)
            if blank or not _wrapped(tokens, tok, kind):
                close()
                if blank:
                    paragraph += 1
                pending_end = False
        if pending_end and not (kind == "punct" and tok in _CLOSERS):
            if tok[:1].isupper() or kind == "num" or tok in "\"\u201c'(":
                close()
            pending_end = False
        if sent_start is None:
            sent_start = first
        forms = known.get(tok)
        if forms is None:
            lower = tok.lower()
            # One string, not two, when the forms are equal.
            forms = known[tok] = (tok, tok if lower == tok else lower)
        tok, lower = forms
        append(new_token(Token, (tok, first, last, kind, lower, sentence_index)))
        sent_end = prev_end = last
        if kind == "punct" and tok in _SENTENCE_END:
            if not _is_abbreviation(tokens, len(tokens) - 1, lexicon):
                pending_end = True
    close()
    return tuple(tokens), tuple(sentences)


def _newline_after(text: str, start: int) -> int:
    """Where the first line break at or after ``start`` stands, or the length of ``text``."""
    found = text.find("\n", start)
    return len(text) if found < 0 else found


def _wrapped(before: Sequence[Token], tok: str, kind: TokenKind) -> bool:
    """Whether a single line break before ``tok`` only wraps a running sentence: the line
    before (``before``, the tokens so far) ends mid-sentence and the next one goes on in
    lower case or a number."""
    if not before:
        return False
    prev, prev_kind = before[-1].text, before[-1].kind
    continues = (kind == "word" and tok[:1].islower()) or kind == "num"
    return continues and (prev_kind != "punct" or prev in ",;(")


def _is_abbreviation(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the period at ``tokens[i]`` closes an abbreviation ("Sept.", "U.S.")."""
    if tokens[i].text != "." or i == 0:
        return False
    before = tokens[i - 1]
    if before.end != tokens[i].start or before.kind != "word":
        return False
    if len(before.text) == 1 and before.text.isupper():
        return True
    # Dotted forms such as "U.S." arrive as U . S . : join them back to look them up.
    word = before.lower
    j = i - 2
    while (
        j >= max(1, i - 8)  # abbreviations have few parts; "a.a.a.a..." must stay linear
        and tokens[j].text == "."
        and tokens[j - 1].kind == "word"
        and len(tokens[j - 1].text) == 1
    ):
        word = tokens[j - 1].lower + "." + word
        j -= 2
    return word in lexicon.abbreviations
