"""Numbers in digits and in words, with the hedge in front of them as an interval."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from factcheck.lexicon import Lexicon
from factcheck.model import Amount, NumberKind, NumberMention, Span, Value, normalize
from factcheck.text import Token, may_open

_SEPARATORS = str.maketrans("", "", ",\u2009\u202f\u00a0")
_DASHES = frozenset("-\u2013")
_PERCENT_WORDS = (("percent",), ("per", "cent"), ("pct",))


@attrs.frozen(slots=True)
class ParsedNumber:
    """A number mention and the tokens it covers (``first``..``last`` inclusive).

    ``core`` is the index of the first token of the number itself, after any hedge.
    """

    mention: NumberMention
    first: int
    core: int
    last: int


#: Digit strings longer than this are left alone: no figure in news needs more, and
#: exact arithmetic on a million-digit string would cost seconds.
MAX_DIGITS = 40


def digits_value(text: str) -> Value:
    """The value of a digit string such as ``"1,234.5"``; exact, never a float."""
    return normalize(Fraction(Decimal(text.translate(_SEPARATORS))))


def extract_numbers(tokens: Sequence[Token], lexicon: Lexicon) -> tuple[ParsedNumber, ...]:
    out: list[ParsedNumber] = []
    i = 0
    n = len(tokens)
    starters = lexicon.number_starters
    while i < n:
        if not may_open(tokens[i], starters):
            i += 1
            continue
        hedge, core = _hedge_at(tokens, i, lexicon)
        # "more than $5 million": the hedge reaches over a currency sign.
        if (
            hedge is not None
            and core + 1 < n
            and tokens[core].text in lexicon.currency_symbols
            and tokens[core].end == tokens[core + 1].start
        ):
            core += 1
        parsed = _number_at(tokens, core, lexicon) if core < n else None
        if parsed is None and hedge is not None:
            hedge, core = None, i
            parsed = _number_at(tokens, i, lexicon)
        if parsed is None:
            i += 1
            continue
        value, last, kind, high = parsed
        last, kind = _percent_suffix(tokens, last, kind)
        first = i if hedge is not None else core
        if high is not None:
            amount = Amount(value, value, high, hedge="range")
        else:
            amount = _hedged(value, hedge, lexicon)
        span = Span(tokens[first].start, tokens[last].end)
        out.append(ParsedNumber(NumberMention(span, amount, kind), first, core, last))
        i = last + 1
    return tuple(out)


def _hedge_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> tuple[str | None, int]:
    found = lexicon.hedges.match(tokens, i)
    if found is None:
        return None, i
    size = found[1]
    return " ".join(t.lower for t in tokens[i : i + size]), i + size


def _hedged(value: Value, hedge: str | None, lexicon: Lexicon) -> Amount:
    """Turn a hedge into an interval, following the readings documented in hedges.toml."""
    if hedge is None:
        return Amount.exact(value)
    reading = lexicon.hedges.get(tuple(hedge.split()))
    t = lexicon.hedge_tolerance
    spread = normalize(Fraction(value) * t)
    lo_about = normalize(value - spread)
    if reading == "at-least":
        return Amount(value, value, None, hedge=hedge)
    if reading == "more-than":
        return Amount(value, value, None, low_inclusive=False, hedge=hedge)
    if reading == "at-most":
        return Amount(value, 0, value, hedge=hedge)
    if reading == "less-than":
        return Amount(value, 0, value, high_inclusive=False, hedge=hedge)
    if reading == "nearly":
        return Amount(value, lo_about, value, high_inclusive=False, hedge=hedge)
    return Amount(value, lo_about, normalize(value + spread), hedge=hedge)


def _percent_suffix(tokens: Sequence[Token], last: int, kind: NumberKind) -> tuple[int, NumberKind]:
    nxt = last + 1
    if nxt < len(tokens) and tokens[nxt].text == "%" and tokens[nxt].start == tokens[last].end:
        return nxt, "percent"
    for phrase in _PERCENT_WORDS:
        words = tuple(t.lower for t in tokens[nxt : nxt + len(phrase)])
        if words == phrase:
            return nxt + len(phrase) - 1, "percent"
    return last, kind


def _number_at(
    tokens: Sequence[Token], i: int, lexicon: Lexicon
) -> tuple[Value, int, NumberKind, Value | None] | None:
    """Parse the number starting at token ``i``: (value, last token, kind, range high)."""
    tok = tokens[i]
    if tok.kind == "num":
        if len(tok.text) > MAX_DIGITS:
            return None  # a serial, a hash or noise: no news figure has this many digits
        value = digits_value(tok.text)
        last = i
        nxt = i + 1
        # "1.5 million": a digit string times a scale word.
        if nxt < len(tokens) and tokens[nxt].lower in lexicon.scales:
            value = normalize(Fraction(value) * lexicon.scales[tokens[nxt].lower])
            last = nxt
        # "10-15": a range written with a dash and no spaces.
        if (
            last == i
            and i + 2 < len(tokens)
            and tokens[i + 1].text in _DASHES
            and tokens[i + 1].start == tok.end
            and tokens[i + 2].kind == "num"
            and tokens[i + 2].start == tokens[i + 1].end
        ):
            high = digits_value(tokens[i + 2].text)
            # A range joins numbers of one magnitude ("10-15"); "555-1234" is a phone
            # number and "won 1-3" a score, both left to the not-a-count checks.
            phone = len(tok.text) == 3 and len(tokens[i + 2].text) == 4
            if (
                value < high <= 100 * max(value, 1)
                and not phone
                and not _is_score(tokens, i, lexicon)
            ):
                return value, i + 2, "cardinal", high
        return value, last, "cardinal", None
    if tok.kind != "word":
        return None
    words = _words_value(tokens, i, lexicon)
    if words is not None:
        return words[0], words[1], "cardinal", None
    ordinal = _ordinal_value(tok.lower, lexicon)
    if ordinal is not None and not (i > 0 and tokens[i - 1].lower in ("a", "per", "every")):
        return ordinal, i, "ordinal", None
    return None


def _is_score(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the dashed pair at ``i`` is a result ("lost 1-3", "a 2-1 win")."""
    around = [t.lower for t in tokens[max(i - 2, 0) : i]] + [t.lower for t in tokens[i + 3 : i + 4]]
    return any(w in lexicon.score_words for w in around)


def _small(word: str, lexicon: Lexicon) -> int | None:
    """A value below 100 written as one word: "seven", "twenty", "twenty-four"."""
    v = lexicon.cardinals.get(word)
    if v is not None:
        return v
    head, sep, tail = word.partition("-")
    if sep:
        tens, units = lexicon.cardinals.get(head), lexicon.cardinals.get(tail)
        if tens is not None and units is not None and tens % 10 == 0 and 20 <= tens <= 90:
            if 1 <= units <= 9:
                return tens + units
    return None


def _ordinal_value(word: str, lexicon: Lexicon) -> int | None:
    if word in lexicon.ordinals:
        return lexicon.ordinals[word]
    head, sep, tail = word.partition("-")
    if sep and tail in lexicon.ordinals and lexicon.ordinals[tail] < 10:
        tens = lexicon.cardinals.get(head)
        if tens is not None and 20 <= tens <= 90 and tens % 10 == 0:
            return tens + lexicon.ordinals[tail]
    for suffix in ("st", "nd", "rd", "th"):
        if word.endswith(suffix) and word[: -len(suffix)].isdecimal() and len(word) < 12:
            return int(word[: -len(suffix)])
    return None


def _words_value(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> tuple[Value, int] | None:
    """Parse number words from token ``i``: "three hundred and two", "a dozen", "1 million".

    Groups below a thousand are built first, then multiplied by a scale word that must be
    smaller than the one before it, so "one million, two hundred thousand" reads as one
    number while "seven four" reads as two.
    """
    n = len(tokens)
    total = 0
    group = 0
    last = -1
    prev = ""  # what the last consumed word was: "small", "ten", "hundred", "scale", "a"
    last_scale = None
    # After each scale word the number read so far is complete; a later group that turns
    # out to belong to a new number ("three thousand | two thousand") rolls back to it.
    checkpoint: tuple[Value, int] | None = None
    j = i
    while j < n:
        w = tokens[j].lower
        small = _small(w, lexicon)
        if small is not None:
            if prev in ("small", "ten") and not (prev == "ten" and group % 10 == 0 and small < 10):
                break
            if prev == "a":
                break
            group += small
            prev = "ten" if small >= 20 and small % 10 == 0 else "small"
            last = j
        elif (
            w == "a"
            and j == i
            and j + 1 < n
            and (tokens[j + 1].lower in lexicon.scales or tokens[j + 1].lower in lexicon.multiples)
        ):
            group = 1
            prev = "a"
        elif w in lexicon.multiples and prev in ("small", "ten", "a") and group:
            # "two dozen" ends the number: "one dozen one dozen" is two numbers.
            return normalize(total + group * lexicon.multiples[w]), j
        elif w in lexicon.scales and prev in ("small", "ten", "a", "hundred") and group:
            scale = lexicon.scales[w]
            if scale == 100:
                if prev == "hundred" or group >= 100:
                    break
                group *= 100
                prev = "hundred"
            else:
                if last_scale is not None and scale >= last_scale:
                    return checkpoint
                total += group * scale
                group = 0
                last_scale = scale
                checkpoint = (normalize(total), j)
                prev = "scale"
            last = j
        elif w in ("and", ",") and prev in ("hundred", "scale") and j + 1 < n:
            if _small(tokens[j + 1].lower, lexicon) is None:
                break
            if w == "," and prev != "scale":
                break
            # "and" joins only a smaller part: "three hundred and two", "a million and five".
            prev = "joiner"
        else:
            break
        j += 1
    if last < i:
        return None
    return normalize(total + group), last
