"""Enumerations: a stated count followed by the list of what it counts.

"at least seven countries had offered to host the talks: Austria, Turkey, Switzerland and
the Vatican, as well as three Gulf states" states seven and lists 4 + 3. A list after a
colon or a dash claims to be complete; one after "including", "such as" or an opening
bracket only samples the whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from factcheck.extract.nouns import looks_plural
from factcheck.extract.numbers import ParsedNumber
from factcheck.lexicon import Lexicon, Phrases
from factcheck.model import Amount, Enumeration, Quantity, Span, Value, normalize
from factcheck.text import Token, TokenKind, token_at, where

# Introducers: True when the list claims to be complete, False when it only samples.
_COMPLETE = (("namely",), (":",), ("\u2014",), ("\u2013",), ("-",))
# A list in brackets often names only some: "10 men (Smith and Jones among them)".
_PARTIAL = (("including",), ("such", "as"), ("among", "them"), ("notably",), ("(",))
_INTRODUCERS = Phrases({**dict.fromkeys(_COMPLETE, True), **dict.fromkeys(_PARTIAL, False)})
_SEPARATORS = Phrases(
    dict.fromkeys(
        [("as", "well", "as"), ("along", "with"), ("plus",), (",",), ("and",), ("or",)],
        True,
    )
)
_CLOSERS = frozenset({")", "\u2014", "\u2013", "-", ".", "!", "?", ";"})
_OPEN_ENDED = frozenset({"others", "other", "more", "etc", "elsewhere"})
_ARTICLES = frozenset({"the", "a", "an"})
_MAX_ITEM = 6
_MAX_ITEMS = 60
# How far (in tokens) the introducer may stand after the stated count's noun.
_MAX_GAP = 16


def opens_list(kind: TokenKind, text: str, lower: str, lexicon: Lexicon) -> bool:
    """Whether a token may open a list introducer ("including", "namely")."""
    return lower in _INTRODUCERS.first_words


def extract_enumerations(
    tokens: Sequence[Token],
    numbers: Sequence[ParsedNumber],
    quantities: Sequence[Quantity],
    lexicon: Lexicon,
    text: str = "",
    openers: Sequence[int] | None = None,
) -> tuple[Enumeration, ...]:
    """Find every list introducer, read the list after it, and pair it with its count.

    When several counts precede the introducer in the sentence ("seven countries ... the
    two presidents: A, B..."), the list belongs to the one its length fits best, the
    nearest on a tie: a list rarely misses its count by more than another count does.
    """
    # Most tokens open no list: find the few that may before building any index.
    opening = where(tokens, opens_list, lexicon) if openers is None else openers
    if not opening:
        return ()
    by_start = {p.mention.span.start: p for p in numbers if p.mention.kind == "cardinal"}
    by_end = {p.mention.span.end: p for p in numbers if p.mention.kind == "cardinal"}
    stated: list[tuple[int, Quantity]] = []
    for q in quantities:
        if (
            q.noun_span is not None
            and q.span.start <= q.noun_span.start < q.span.end  # its own noun, not a referent's
            and q.unit is None
            and q.whole is None
        ):
            head = token_at(tokens, q.noun_span.start)
            if head is not None and looks_plural(tokens[head].text, lexicon):
                stated.append((head, q))
    out: list[Enumeration] = []
    cursor = 0
    for k in opening:
        tok = tokens[k]
        introducer = _INTRODUCERS.match(tokens, k)
        if introducer is None:
            continue
        complete, size = introducer
        if tok.text == "-" and not _spaced(tokens, k):
            continue  # "3-1", "Kh-59": a hyphen, not a dash
        while cursor < len(stated) and stated[cursor][0] < k - _MAX_GAP:
            cursor += 1
        candidates = []
        for head, q in stated[cursor:]:
            if head >= k:
                break
            if tokens[head].sentence == tok.sentence:
                candidates.append(q)
        if not candidates:
            continue
        below = k + size < len(tokens) and tokens[k + size].sentence != tok.sentence
        if tok.text == ":" and below:
            found = _lines_after(tokens, k + size, by_start, text)  # a list on the lines below
        else:
            # A colon at the end of a line with the items below, one a line, even when the
            # lines were read as one sentence ("overnight:\n11 over Belgorod\n28 ...").
            lines = tok.text == ":" and "\n" in text[tok.end : tok.end + 3]
            found = _list_after(tokens, k + size, tok.sentence, by_start, by_end, text, lines)
        if found is None:
            continue
        items, counts, open_ended, end, numeric = found
        count = _sum(counts)
        chosen = min(
            reversed(candidates),
            key=lambda q: abs(Fraction(q.amount.value) - Fraction(count.value)),
        )
        out.append(
            Enumeration(
                span=Span(chosen.span.start, end),
                stated=chosen,
                items=tuple(items),
                count=count,
                complete=bool(complete) and not open_ended,
                numeric=numeric,
            )
        )
    return tuple(out)


def _spaced(tokens: Sequence[Token], k: int) -> bool:
    """Whether the token at ``k`` stands apart from both neighbours (a dash in "A - B")."""
    before = k == 0 or tokens[k - 1].end < tokens[k].start
    after = k + 1 >= len(tokens) or tokens[k + 1].start > tokens[k].end
    return before and after


def _list_after(
    tokens: Sequence[Token],
    k: int,
    sentence: int,
    by_start: dict[int, ParsedNumber],
    by_end: dict[int, ParsedNumber],
    text: str = "",
    lines: bool = False,
) -> tuple[list[Span], list[Amount], bool, int, bool] | None:
    """The items from token ``k`` on: spans, counts, open-ended?, end offset, and whether
    every item was a figure. With ``lines`` a line break also separates items."""
    n = len(tokens)
    items: list[Span] = []
    counts: list[Amount] = []
    open_ended = False
    numeric = True
    each: Amount | None = None
    item_start = k
    while True:
        if k - item_start > _MAX_ITEM or len(items) > _MAX_ITEMS:
            return None
        at_end = (
            k >= n
            or tokens[k].sentence != sentence
            or (tokens[k].text in _CLOSERS and (tokens[k].text != "-" or _spaced(tokens, k)))
        )
        found = None if at_end else _SEPARATORS.match(tokens, k)
        sep = found[1] if found else 0
        if not at_end and not sep and lines and k > item_start:
            if "\n" in text[tokens[k - 1].end : tokens[k].start]:
                sep = -1  # a line break ends the item; the next starts at this token
        if at_end or sep:
            if k > item_start:
                first, last = tokens[item_start], tokens[k - 1]
                number = by_start.get(first.start)
                keep = True
                if any(t.lower in _OPEN_ENDED for t in tokens[item_start:k]):
                    open_ended = True  # "... and others": a sample, counted as nothing
                    counts.append(Amount.exact(0))
                    numeric = False
                elif number is not None and number.last == k - 1:
                    # "John Smith, 45,": a bare number between names is an age or a
                    # figure about the item before it, not an item of its own.
                    keep = False
                elif number is not None:
                    counts.append(number.mention.amount)
                    # "two each over Oryol and Kaluga": the figure counts once per place.
                    after = number.last + 1
                    counted_each = after < len(tokens) and tokens[after].lower == "each"
                    each = number.mention.amount if counted_each else None
                elif each is not None and first.text[:1].isupper():
                    counts.append(each)  # "... and Kaluga" after "two each over Oryol"
                elif (
                    first.text[:1].isupper()
                    and (trailing := by_end.get(last.end)) is not None
                    and trailing.first > item_start
                ):
                    counts.append(trailing.mention.amount)  # "Belgorod 11, Voronezh 28"
                elif numeric and items and first.text[:1].isupper():
                    # "300,000 in Canada and Mexico" after "900,000 in the United States":
                    # where every item so far is a figure, a name alone belongs to the
                    # figure before it and counts nothing.
                    keep = False
                elif not (first.text[:1].isupper() or first.lower in _ARTICLES):
                    # A lower-case run is a clause: after two items it ends the list
                    # ("Smith and Jones, resigned"), before that there was no list.
                    if len(items) < 2:
                        return None
                    break
                else:
                    counts.append(Amount.exact(1))
                    numeric = False
                if keep:
                    items.append(Span(first.start, last.end))
            if at_end:
                break
            k += max(sep, 0)
            item_start = k
            continue
        k += 1
    if len(items) < 2:
        return None
    return items, counts, open_ended, items[-1].end, numeric


_BULLETS = frozenset({"-", "\u2013", "\u2014", "\u2022", "*", "\u00b7"})
_LINE_ENDS = frozenset({".", ",", ";"})


def _lines_after(
    tokens: Sequence[Token], k: int, by_start: dict[int, ParsedNumber], text: str
) -> tuple[list[Span], list[Amount], bool, int, bool] | None:
    """A list on the lines after a colon, one item a line, bulleted or not:

        Air defences downed 56 drones overnight:
        - 11 over Belgorod
        - 28 over Voronezh

    The list ends at a blank line, at a line too long to be an item, or at a line that
    starts with neither a bullet, a figure nor a capital letter."""
    n = len(tokens)
    items: list[Span] = []
    counts: list[Amount] = []
    numeric = True
    while k < n and len(items) <= _MAX_ITEMS:
        if items and "\n\n" in text[tokens[k - 1].end : tokens[k].start].replace("\r", ""):
            break  # a blank line ends the list
        end = k + 1  # the line: up to a line break or a new sentence
        while (
            end < n
            and tokens[end].sentence == tokens[k].sentence
            and "\n" not in text[tokens[end - 1].end : tokens[end].start]
        ):
            end += 1
        first = k + 1 if tokens[k].text in _BULLETS else k
        last = end - 1
        while last > first and tokens[last].text in _LINE_ENDS:
            last -= 1
        if first > last or last - first + 1 > _MAX_ITEM:
            break
        lead = tokens[first]
        number = by_start.get(lead.start)
        if number is None and not (lead.text[:1].isupper() or tokens[k].text in _BULLETS):
            break
        if number is not None:
            counts.append(number.mention.amount)
        else:
            counts.append(Amount.exact(1))
            numeric = False
        items.append(Span(lead.start, tokens[last].end))
        k = end
    if len(items) < 2:
        return None
    return items, counts, False, items[-1].end, numeric


def _sum(amounts: Sequence[Amount]) -> Amount:
    value: Value = normalize(sum((a.value for a in amounts), 0))
    lows = [a.low for a in amounts]
    highs = [a.high for a in amounts]
    low = normalize(sum(x for x in lows if x is not None)) if None not in lows else None
    high = normalize(sum(x for x in highs if x is not None)) if None not in highs else None
    exact = all(a.is_exact for a in amounts)
    return Amount(value, low, high, hedge=None if exact else "sum")
