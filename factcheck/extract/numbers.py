"""Numbers in digits and in words, with the hedge in front of them as an interval."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

import attrs

from factcheck.lexicon import Lexicon
from factcheck.model import Amount, NumberKind, NumberMention, Span, Value, normalize
from factcheck.text import Token, TokenKind, may_open, where

_SEPARATORS = str.maketrans("", "", ",\u2009\u202f\u00a0")
_DASHES = frozenset("-\u2013")
_SIGNS = frozenset("-\u2212+")
_COMPARATIVES = frozenset({"as", "more", "less", "fewer", "the", "that", "what", "over"})
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_SUFFIXED = re.compile(r"(\d+(?:\.\d+)?)([a-z]+[23]?)")  # "10km", "3.5tn", "24703m2"
_PERCENT_WORDS = (("percent",), ("per", "cent"), ("pct",), ("percents",), ("percentage",))
_RATIO = frozenset({"in", "over"})
_PERCENT_FIRST = frozenset(phrase[0] for phrase in _PERCENT_WORDS)


@attrs.frozen(slots=True)
class ParsedNumber:
    """A number mention and the tokens it covers (``first``..``last`` inclusive).

    ``core`` is the index of the first token of the number itself, after any hedge.
    """

    mention: NumberMention
    first: int
    core: int
    last: int


#: A figure beyond the largest float ("1e309", "9^999") is left alone, its words read as
#: nothing else: no story means it, and the JSON form's readers (JavaScript, pandas) could
#: not hold it.
LARGEST = sys.float_info.max

#: Digit strings longer than this are left alone: no figure in news needs more, and
#: exact arithmetic on a million-digit string would cost seconds.
MAX_DIGITS = 40


def digits_value(text: str) -> Value:
    """The value of a digit string such as ``"1,234.5"``; exact, never a float."""
    if text.isdecimal() and len(text) <= MAX_DIGITS:  # the common case, no Decimal
        return int(text)
    return normalize(Fraction(Decimal(text.translate(_SEPARATORS))))


@lru_cache(maxsize=1024)
def _times_power_of_ten(digits: str, exponent: int) -> Value:
    """``digits`` (such as ``"6.02"``) times ``10 ** exponent``, exactly, with ints only:
    a Fraction raised to the 309th power costs more than the rest of a number."""
    whole, _, decimals = digits.partition(".")
    mantissa = int(whole + decimals)
    shift = exponent - len(decimals)
    scale: int = 10 ** abs(shift)
    if shift >= 0:
        return mantissa * scale
    return normalize(Fraction(mantissa, scale))


def extract_numbers(
    tokens: Sequence[Token], lexicon: Lexicon, openers: Sequence[int] | None = None
) -> tuple[ParsedNumber, ...]:
    """Every number in ``tokens``. ``openers`` lists the tokens that pass
    :func:`opens_number`, found here when not given."""
    out: list[ParsedNumber] = []
    read = 0  # the first token no number has taken
    starters = lexicon.number_starters
    skips = _skips(lexicon)
    for i in where(tokens, opens_number, lexicon) if openers is None else openers:
        if i < read or _opens_none(tokens, i, lexicon, skips):
            continue
        tok = tokens[i]
        found = _signed_at(tokens, i, lexicon)
        if found is None and may_open(tok, starters) and not _escaped(tokens, i):
            found = _parse_at(tokens, i, lexicon)
        elif found is None and tok.lower in _PERCENT_FIRST:
            found = _percent_of_at(tokens, i, lexicon)
        if found is None:
            continue
        amount = found.mention.amount
        if all(
            -LARGEST <= v <= LARGEST
            for v in (amount.value, amount.low, amount.high)
            if v is not None
        ):
            out.append(found)
        read = found.last + 1  # a figure beyond any float ("1e309", "9^999") is left alone
    return tuple(out)


def opens_number(kind: TokenKind, text: str, lower: str, lexicon: Lexicon) -> bool:
    """Whether a token may open a number, signed or after "percent of": digits, signs and
    the number starters (which hold the sign words), "percent", and words with a digit, a
    hyphen or an apostrophe, left to :func:`may_open`. Most tokens are none of these."""
    if kind == "num":
        return True
    if kind == "punct":
        return text in _SIGNS
    return (
        lower in lexicon.number_starters
        or lower in _PERCENT_FIRST
        or not lower.isalpha()
        or lower[0].isnumeric()
    )


@attrs.frozen(slots=True)
class _Skips:
    """Words the scan can rule out without reading them (see :func:`_opens_none`)."""

    #: Words that open a number only as the first of a hedge: "in" (of "in excess of"),
    #: "at", "as", "up", "no".
    hedge_only: frozenset[str]
    #: Words that open a number only before a number word, or as the first of a hedge or
    #: a vague count: "a" ("a dozen", "a third", "a few"), "an", "from" and "between"
    #: (ranges).
    leads: frozenset[str]
    #: The words that may follow one of ``leads`` in a number.
    number_words: frozenset[str]


#: The last few lexicons' skips, by identity.
_SKIPS: dict[int, tuple[Lexicon, _Skips]] = {}


def _skips(lexicon: Lexicon) -> _Skips:
    cached = _SKIPS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        if len(_SKIPS) >= 8:
            _SKIPS.clear()
        number_words = (
            lexicon.cardinals.keys()
            | lexicon.scales.keys()
            | lexicon.multiples.keys()
            | lexicon.ordinals.keys()
            | lexicon.denominators.keys()
        )
        # Words with a reading of their own, which no skip may pass over.
        meaning = (
            number_words
            | lexicon.multipliers.keys()
            | lexicon.sign_words.keys()
            | _PERCENT_FIRST
            | {"half"}
        )
        leads = frozenset({"a", "an", "from", "between"} - meaning)
        hedge_only = frozenset(
            w
            for w in lexicon.hedges.first_words - meaning - lexicon.vague.first_words - leads
            if w.isascii() and w.isalpha()
        )
        cached = _SKIPS[id(lexicon)] = (
            lexicon,
            _Skips(hedge_only, leads, frozenset(number_words | {"a"})),
        )
    return cached[1]


def _opens_none(tokens: Sequence[Token], i: int, lexicon: Lexicon, skips: _Skips) -> bool:
    """Whether ``tokens[i]`` surely opens no number, which spares the scan every reader
    of :func:`_parse_at`: "in" with no "excess of" after it, "a" or "from" before a plain
    word ("a new", "from there"). Those are one word of news in sixteen, and open a
    number once in a hundred. No reader takes a word of ASCII letters that none of their
    tables holds, so these need no more (``tests/test_numbers.py`` checks it)."""
    w = tokens[i].lower
    if w in skips.hedge_only:
        return lexicon.hedges.match(tokens, i) is None
    if w not in skips.leads or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return (
        after.kind == "word"
        and after.lower.isascii()
        and after.lower.isalpha()
        and after.lower not in skips.number_words
        and lexicon.vague.match(tokens, i) is None
        and lexicon.hedges.match(tokens, i) is None
    )


def _parse_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> ParsedNumber | None:
    """The number mention that opens at token ``i``, hedge included, if any."""
    n = len(tokens)
    tok = tokens[i]
    # A word of ASCII letters led by a digit ("1e309", "3.5tn", "10km") opens no vague
    # count, word range or fraction: those forms start with a word or a fraction sign.
    digit_word = tok.kind == "word" and tok.text[:1].isdigit() and tok.text.isascii()
    special = _multiplier_at(tokens, i, lexicon) or (
        None
        if digit_word
        else (
            _vague_at(tokens, i, lexicon)
            or _word_range_at(tokens, i, lexicon)
            or _fraction_at(tokens, i, lexicon)
        )
    )
    if special is not None:
        return special
    hedge, core = _hedge_at(tokens, i, lexicon)
    # "more than $5 million": the hedge reaches over a currency sign.
    if (
        hedge is not None
        and core + 1 < n
        and tokens[core].text in lexicon.currency_symbols
        and tokens[core].end == tokens[core + 1].start
    ):
        core += 1
    if hedge is not None and core < n:
        # "more than 1/2 of the people", "nearly two thirds", "more than half": a hedged
        # proportion.
        share = _fraction_at(tokens, core, lexicon)
        if share is None and tokens[core].lower == "half":
            share = _mention(tokens, core, core, Amount.exact(Fraction(1, 2)), "fraction")
        if share is not None:
            amount = _hedged(share.mention.amount.value, hedge, lexicon)
            span = Span(tokens[i].start, tokens[share.last].end)
            kind = share.mention.kind
            return ParsedNumber(NumberMention(span, amount, kind), i, core, share.last)
    parsed = number_at(tokens, core, lexicon) if core < n else None
    if parsed is None and hedge is not None:
        hedge, core = None, i
        parsed = number_at(tokens, i, lexicon)
    if parsed is None:
        return None
    value, last, kind, high = parsed
    last, kind = _percent_suffix(tokens, last, kind)
    nxt = last + 1
    if kind == "cardinal" and high is None and nxt < n:
        if tokens[nxt].lower in lexicon.multiplier_after and _compares(tokens, nxt + 1):
            last, kind = nxt, "multiplier"  # "three times as many", "three times higher"
        else:
            ratio = _ratio_end(tokens, last, value, lexicon)  # "one in five", "1 over 3"
            if ratio is not None:
                denominator, last = ratio
                value, kind = normalize(Fraction(value) / Fraction(denominator)), "fraction"
    if high is None and hedge is None and kind == "cardinal":
        # "10 to 15 people": a range in words, unless it reports a change.
        to = _range_end(tokens, last, value, lexicon)
        if to is not None and not _after_change(tokens, core, lexicon):
            high, last = to
    first = i if hedge is not None else core
    if high is None and hedge is None and last + 1 < n:
        post = lexicon.post_hedges.match(tokens, last + 1)  # "500 or more"
        if post is not None:
            hedge = " ".join(t.lower for t in tokens[last + 1 : last + 1 + post[1]])
            last += post[1]
    if high is not None:
        amount = Amount(value, value, high, hedge="range")
    else:
        amount = _hedged(value, hedge, lexicon)
    span = Span(tokens[first].start, tokens[last].end)
    return ParsedNumber(NumberMention(span, amount, kind), first, core, last)


def _percent_of_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> ParsedNumber | None:
    """ "percent of 10", "per cent of twenty-two" closing a phrase: the percentage written
    after its sign. A number that a noun follows ("percent of 10 schools") is a count."""
    for phrase in _PERCENT_WORDS:
        k = i + len(phrase)
        if tuple(t.lower for t in tokens[i:k]) != phrase:
            continue
        if k + 1 >= len(tokens) or tokens[k].lower != "of":
            return None
        parsed = number_at(tokens, k + 1, lexicon)
        if parsed is None or parsed[2] != "cardinal" or parsed[3] is not None:
            return None
        after = tokens[parsed[1] + 1] if parsed[1] + 1 < len(tokens) else None
        if after is not None and after.kind != "punct" and after.sentence == tokens[i].sentence:
            return None
        span = Span(tokens[i].start, tokens[parsed[1]].end)
        mention = NumberMention(span, Amount.exact(parsed[0]), "percent")
        return ParsedNumber(mention, i, k + 1, parsed[1])
    return None


def _escaped(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is glued to a "%" before it: "%2020" escapes a web address."""
    return i > 0 and tokens[i - 1].text == "%" and tokens[i - 1].end == tokens[i].start


def _mention(
    tokens: Sequence[Token], first: int, last: int, amount: Amount, kind: NumberKind = "cardinal"
) -> ParsedNumber:
    span = Span(tokens[first].start, tokens[last].end)
    return ParsedNumber(NumberMention(span, amount, kind), first, first, last)


def _signed_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> ParsedNumber | None:
    """ "-5", "\u22125", "+3", "minus 5", "negative one": a sign standing apart from what
    comes before ("Kh-59" and "10-15" hold hyphens, not signs)."""
    tok = tokens[i]
    nxt = i + 1
    if nxt >= len(tokens):
        return None
    if tok.kind == "word":
        sign = lexicon.sign_words.get(tok.lower)
        if sign is None:
            return None
    elif tok.text in _SIGNS:
        if tok.end != tokens[nxt].start or (i > 0 and tokens[i - 1].end == tok.start):
            return None
        sign = 1 if tok.text == "+" else -1
    else:
        return None
    if not may_open(tokens[nxt], lexicon.number_starters):
        return None
    inner = _parse_at(tokens, nxt, lexicon)
    if inner is None or inner.first != nxt or inner.mention.kind == "multiplier":
        return None
    amount = inner.mention.amount
    if amount.hedge is not None and lexicon.post_hedges.get(tuple(amount.hedge.split())) is None:
        return None  # "minus 10-15", "minus several": no single signed figure
    value = normalize(sign * Fraction(amount.value))
    signed = _hedged(value, amount.hedge, lexicon) if amount.hedge else Amount.exact(value)
    return _mention(tokens, i, inner.last, signed, inner.mention.kind)


def _compares(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` goes on a comparison: "as", "more", "the size", "higher"."""
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    return word in _COMPARATIVES or (word.endswith("er") and len(word) > 4)


def _multiplier_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> ParsedNumber | None:
    """ "twice", "doubled": how one figure relates to another, never a count."""
    factor = lexicon.multipliers.get(tokens[i].lower)
    if factor is None:
        return None
    return _mention(tokens, i, i, Amount.exact(normalize(factor)), "multiplier")


def _ratio_end(
    tokens: Sequence[Token], last: int, value: Value, lexicon: Lexicon
) -> tuple[Value, int] | None:
    """ "one in five", "1 in 21", "one over three": the denominator and its last token.

    A year ("3 in 2020") or a smaller number after "in" is no ratio; "over" divides only
    when nothing is counted after it ("rose 10 over 3 years" is a period, "over three
    points" a hedge)."""
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].lower not in ("in", "over"):
        return None
    below = number_at(tokens, k + 1, lexicon)
    if below is None or below[2] != "cardinal" or below[3] is not None:
        return None
    denominator = below[0]
    if tokens[k + 1].kind == "num" and len(tokens[k + 1].text) == 4:
        return None  # "in 2020"
    if tokens[k].lower == "over":
        after = tokens[below[1] + 1] if below[1] + 1 < len(tokens) else None
        counted = (
            after is not None and after.kind == "word" and after.lower not in lexicon.stop_words
        )
        if counted or not denominator or value < 0:
            return None
        return denominator, below[1]
    if not (isinstance(denominator, int) and denominator > value > 0):
        return None
    return denominator, below[1]


def _vague_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> ParsedNumber | None:
    """ "dozens of", "several", "a few": an interval with no number written."""
    found = lexicon.vague.match(tokens, i)
    if found is None:
        return None
    (low, high), size = found
    if low == high:
        # "both pilots", "none of the crew" count; "Both said", "Neither the A nor the B"
        # do not.
        after = tokens[i + size] if i + size < len(tokens) else None
        if after is None or after.kind != "word":
            return None
        if after.lower in lexicon.stop_words and after.lower != "of":
            return None
    phrase = " ".join(t.lower for t in tokens[i : i + size])
    return _mention(tokens, i, i + size - 1, Amount(low, low, high, hedge=phrase))


def _word_range_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> ParsedNumber | None:
    """ "between 10 and 15", "from 10 to 15" (not "rose from 10 to 15", a change)."""
    word = tokens[i].lower
    if word not in ("between", "from") or i + 1 >= len(tokens):
        return None
    if word == "from" and _after_change(tokens, i, lexicon):
        return None
    low = number_at(tokens, i + 1, lexicon)
    if low is None or low[2] != "cardinal" or low[3] is not None:
        return None
    joiner = "and" if word == "between" else "to"
    end = _range_end(tokens, low[1], low[0], lexicon, joiner=joiner)
    if end is None:
        return None
    high, last = end
    return _mention(tokens, i, last, Amount(low[0], low[0], high, hedge="range"))


def _range_end(
    tokens: Sequence[Token], last: int, low: Value, lexicon: Lexicon, *, joiner: str = "to"
) -> tuple[Value, int] | None:
    """The upper end after ``joiner`` ("10 to 15"), when it is a larger number of one
    magnitude: "won 10 to 5" is a tally and "1 to 2,000" no range a reader would write."""
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].lower != joiner:
        return None
    high = number_at(tokens, k + 1, lexicon)
    if high is None or high[2] != "cardinal" or high[3] is not None:
        return None
    if not low < high[0] <= 100 * max(low, 1):
        return None
    return high[0], high[1]


def _after_change(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether a change verb stands just before token ``i`` ("rose from 10 to 15")."""
    before = [t.lower for t in tokens[max(i - 3, 0) : i]]
    return any(w in lexicon.change_words for w in before)


def _fraction_at(
    tokens: Sequence[Token], i: int, lexicon: Lexicon, *, joined: bool = False
) -> ParsedNumber | None:
    """ "3/4", "two-thirds", "a third of", "half of", "a half": a proportion, not a count;
    and a share of a scale word, which is a count: "a quarter million", "two thirds of a
    million", "three quarters billion".

    ``joined``: the fraction follows "and" after a whole number ("two and a quarter"), where
    "a quarter" or "three quarters" needs no "of" to be a share.
    """
    n = len(tokens)
    tok = tokens[i]
    k = i + 1 if tok.lower in ("a", "an") else i
    if k + 1 < n and tokens[k].lower in lexicon.denominators:
        scale = lexicon.scales.get(tokens[k + 1].lower, 0)
        if scale >= 1000:  # "a quarter million", "half million"
            count = normalize(Fraction(scale, lexicon.denominators[tokens[k].lower]))
            return _mention(tokens, i, k + 1, Amount.exact(count))
    found = _share_at(tokens, i, lexicon, joined)
    if found is None or found.mention.kind != "fraction":
        return found
    k = found.last + 1
    if k + 2 < n and tokens[k].lower == "of" and tokens[k + 1].lower in ("a", "an"):
        k += 2  # "two thirds of a million"
    scale = lexicon.scales.get(tokens[k].lower, 0) if k < n else 0
    if scale < 1000:
        return found
    count = normalize(found.mention.amount.value * scale)
    return _mention(tokens, i, k, Amount.exact(count))


def _share_at(
    tokens: Sequence[Token], i: int, lexicon: Lexicon, joined: bool
) -> ParsedNumber | None:
    n = len(tokens)
    tok = tokens[i]
    if tok.kind == "num" and i + 2 < n:
        slash, below = tokens[i + 1], tokens[i + 2]
        glued = slash.start == tok.end and below.start == slash.end
        if slash.text == "/" and below.kind == "num" and glued and "." not in tok.text + below.text:
            after = tokens[i + 3] if i + 3 < n else None
            before = tokens[i - 1] if i > 0 else None
            # "9/4/2025" is a date and "222-2222/2222" a phone number.
            dated = (after is not None and after.text == "/" and after.start == below.end) or (
                before is not None
                and before.end == tok.start
                and (before.text == "/" or (before.text == "-" and _glued(tokens, i - 1)))
            )
            if max(len(tok.text), len(below.text)) > MAX_DIGITS:
                return None  # left alone, as a digit string this long is
            denominator = digits_value(below.text)
            if not dated and denominator:
                value = normalize(Fraction(digits_value(tok.text)) / Fraction(denominator))
                return _mention(tokens, i, i + 2, Amount.exact(value), "fraction")
        return None
    if tok.kind != "word":
        return None
    vulgar = _vulgar(tok.text)
    if vulgar is not None:
        value, whole = vulgar
        return _mention(tokens, i, i, Amount.exact(value), "cardinal" if whole else "fraction")
    head, sep, tail = tok.lower.partition("-")
    # "two-thirds", "one-third"; but "twenty-fifth" is an ordinal, not twenty fifths.
    if (
        sep
        and head in lexicon.cardinals
        and tail in lexicon.denominators
        and (tail.endswith("s") or head == "one")
    ):
        value = normalize(Fraction(lexicon.cardinals[head], lexicon.denominators[tail]))
        return _mention(tokens, i, i, Amount.exact(value), "fraction")
    nxt = tokens[i + 1].lower if i + 1 < n else ""
    # "one - fourth", "five - eighths": a hyphen set apart by spaces.
    if _spaced_dash(tokens, i + 1) and i + 2 < n and (small := _small(tok.lower, lexicon)):
        size = _denominator(tokens[i + 2].lower, lexicon, plural=small > 1)
        if size is not None:
            return _mention(
                tokens, i, i + 2, Amount.exact(normalize(Fraction(small, size))), "fraction"
            )
    # "two thirds", "three quarters", "twenty-three fifths", "a hundred trillionths": a
    # count of a plural denominator.
    counted = (
        _words_value(tokens, i, lexicon) if tok.lower != "a" or nxt in lexicon.scales else None
    )
    if counted is not None and counted[1] + 1 < n and counted[0] > 1:
        word = tokens[counted[1] + 1].lower
        following = tokens[counted[1] + 2].lower if counted[1] + 2 < n else ""
        parts = _denominator(word, lexicon, plural=True)
        # "two quarters (of decline)" are periods of a year; "three quarters of" is a share.
        shared = joined or following in lexicon.scales or (following == "of" and counted[0] == 3)
        if parts is not None and (word != "quarters" or shared):
            value = normalize(Fraction(counted[0]) / parts)
            return _mention(tokens, i, counted[1] + 1, Amount.exact(value), "fraction")
    follow = tokens[i + 2].lower if i + 2 < n else ""
    # "half a dozen", "half a million": a count, not a proportion.
    if tok.lower == "half" and nxt == "a":
        size = lexicon.multiples.get(follow) or lexicon.scales.get(follow)
        if size:
            return _mention(tokens, i, i + 2, Amount.exact(normalize(Fraction(size, 2))))
    share = _denominator(nxt, lexicon, plural=False) if tok.lower in ("a", "one") else None
    if share is not None:
        # "one eighth", "one twenty-fifth" always, but not "the one hundredth anniversary";
        # "a third" only as "a third of" ("a third attack" ranks).
        ranked = i > 0 and tokens[i - 1].lower in lexicon.grammar["determiners"]
        # "a fifth" closing a phrase is a share; "a fifth term" ranks.
        closing = i + 2 >= n or tokens[i + 2].kind == "punct"
        alone = joined or (tok.lower == "one" and not ranked) or (tok.lower == "a" and closing)
        if nxt in ("half", "halves") or follow == "of" or alone:
            value = normalize(Fraction(1, share))
            return _mention(tokens, i, i + 1, Amount.exact(value), "fraction")
    if tok.lower == "half" and nxt in ("of", "the", "a", "an"):
        return _mention(tokens, i, i, Amount.exact(Fraction(1, 2)), "fraction")
    return None


def _vulgar(text: str) -> tuple[Value, bool] | None:
    """ "½" -> (1/2, False); "2½" -> (5/2, True): the single-character fraction signs."""
    sign = text[-1]
    share = unicodedata.numeric(sign, None)
    if share is None or not 0 < share < 1 or not (text[:-1] == "" or text[:-1].isdecimal()):
        return None
    if len(text) > MAX_DIGITS:
        return None
    value = Fraction(share).limit_denominator(16)
    if text[:-1]:
        return normalize(int(text[:-1]) + value), True
    return normalize(value), False


def _denominator(word: str, lexicon: Lexicon, *, plural: bool) -> int | None:
    """The denominator a word names: "thirds" 3, "quarters" 4, "twenty-firsts" 21. Never
    "seconds" (time) or "firsts"."""
    if plural:
        if not word.endswith("s"):
            return None
        if word in lexicon.denominators:
            return lexicon.denominators[word]
        word = word[:-1]
    found = lexicon.denominators.get(word) or _ordinal_value(word, lexicon)
    if found is None or (found < 3 and word not in ("half", "halves")):
        return None
    return found


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
    reading = lexicon.hedges.get(tuple(hedge.split())) or lexicon.post_hedges.get(
        tuple(hedge.split())
    )
    t = lexicon.hedge_tolerance
    spread = normalize(abs(Fraction(value)) * t)
    lo_about = normalize(value - spread)
    floor = 0 if value >= 0 else None  # a count cannot be negative; a temperature can
    if reading == "at-least":
        return Amount(value, value, None, hedge=hedge)
    if reading == "more-than":
        return Amount(value, value, None, low_inclusive=False, hedge=hedge)
    if reading == "at-most":
        return Amount(value, floor, value, hedge=hedge)
    if reading == "less-than":
        return Amount(value, floor, value, high_inclusive=False, hedge=hedge)
    if reading == "nearly":
        return Amount(value, lo_about, value, high_inclusive=False, hedge=hedge)
    return Amount(value, lo_about, normalize(value + spread), hedge=hedge)


def _percent_suffix(tokens: Sequence[Token], last: int, kind: NumberKind) -> tuple[int, NumberKind]:
    nxt = last + 1
    if nxt < len(tokens) and tokens[nxt].text == "%" and tokens[nxt].start == tokens[last].end:
        after = tokens[nxt + 1] if nxt + 1 < len(tokens) else None
        if after is not None and after.start == tokens[nxt].end and after.kind != "punct":
            return last, kind  # "%20", "%3E": an escape in a web address, not a percentage
        return nxt, "percent"
    if nxt >= len(tokens) or tokens[nxt].lower not in _PERCENT_FIRST:
        return last, kind
    for phrase in _PERCENT_WORDS:
        words = tuple(t.lower for t in tokens[nxt : nxt + len(phrase)])
        if words == phrase:
            end = nxt + len(phrase) - 1
            if end + 1 < len(tokens) and tokens[end + 1].lower in ("point", "points"):
                return last, kind  # "2 percentage points" are points, not percent
            return end, "percent"
    return last, kind


def number_at(
    tokens: Sequence[Token], i: int, lexicon: Lexicon
) -> tuple[Value, int, NumberKind, Value | None] | None:
    """Parse the number starting at token ``i``: (value, last token, kind, range high).
    No hedge, no percent sign: the bare figure, for readers of the phrase around it."""
    tok = tokens[i]
    if tok.kind == "num":
        if len(tok.text) > MAX_DIGITS:
            return None  # a serial, a hash or noise: no news figure has this many digits
        grouped = _space_grouped(tokens, i, lexicon)
        if grouped is not None:
            return grouped[0], grouped[1], "cardinal", None
        power = _power(tokens, i)
        if power is not None:
            return power[0], power[1], "cardinal", None
        value = digits_value(tok.text)
        last = i
        nxt = i + 1
        # "10 1/2 miles", "6 3/8%": a whole number and a fraction.
        mixed = _fraction_at(tokens, i + 1, lexicon) if i + 1 < len(tokens) else None
        if (
            mixed is not None
            and "." not in tok.text
            and tokens[i + 1].kind == "num"
            and mixed.mention.amount.value < 1
        ):
            value = normalize(value + mixed.mention.amount.value)
            return value, mixed.last, "cardinal", None
        # "5 and a half": digits and a word fraction.
        if (
            nxt + 2 < len(tokens)
            and tokens[nxt].lower == "and"
            and tokens[nxt + 1].lower == "a"
            and (share := _denominator(tokens[nxt + 2].lower, lexicon, plural=False))
        ):
            value = normalize(value + Fraction(1, share))
            last = nxt = nxt + 2
            nxt += 1
        # "1.5 million", "2.5 lakh crore": a digit string times its scale words.
        while nxt < len(tokens) and tokens[nxt].lower in lexicon.scales:
            scale = lexicon.scales[tokens[nxt].lower]
            if (
                last > i
                and tokens[last].lower in lexicon.scales
                and (scale <= lexicon.scales[tokens[last].lower])
            ):
                break
            value = normalize(Fraction(value) * scale)
            last = nxt
            nxt += 1
        if last == i and nxt < len(tokens) and tokens[nxt].lower in lexicon.multiples:
            return normalize(value * lexicon.multiples[tokens[nxt].lower]), nxt, "cardinal", None
        if last > i:
            joined = _and_fraction(tokens, last, value, lexicon) or _continued(
                tokens, last, value, lexicon
            )
            if joined is not None:
                return joined[0], joined[1], "cardinal", None
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
    scientific = _scientific(tokens, i)
    if scientific is not None:
        return scientific[0], scientific[1], "cardinal", None
    suffixed = _suffixed(tokens, i, lexicon)
    if suffixed is not None:
        return suffixed, i, "cardinal", None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 1] if i > 0 else None
    if (
        glued_unit(tok, lexicon, after, before) is not None
        or glued_currency(tok, lexicon) is not None
    ):
        m = _SUFFIXED.fullmatch(tok.lower)
        if m is not None and len(m[1]) <= MAX_DIGITS:
            return digits_value(m[1]), i, "cardinal", None
        if m is None:
            return lexicon.cardinals[tok.lower.partition("-")[0]], i, "cardinal", None
    words = _words_value(tokens, i, lexicon)
    if words is not None:
        value, last = words
        if _pronoun_one(tokens, i, last, lexicon):
            return None
        spoken = _spoken_decimals(tokens, last, lexicon)  # "two point five"
        if spoken is not None:
            value = normalize(value + spoken[0] if value >= 0 else value - spoken[0])
            last = spoken[1]
        else:
            joined = _and_fraction(tokens, last, value, lexicon)  # "twenty and three fifths"
            if joined is not None:
                value, last = joined
        return value, last, "cardinal", None
    ordinal = _ordinal_value(tok.lower, lexicon)
    if ordinal is not None and not (i > 0 and tokens[i - 1].lower in ("a", "per", "every")):
        return ordinal, i, "ordinal", None
    return None


_SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?)(?:e(\d{1,3})?|[x\u00d7]10)")
#: Exponents longer than this are left alone ("1e99999").
MAX_EXPONENT_DIGITS = 3


def _glued(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` exists and touches the one before it."""
    return 0 < k < len(tokens) and tokens[k - 1].end == tokens[k].start


def _exponent(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A signed whole exponent glued on from token ``k``: ("+23" -> 23, "--2" -> 2) and
    its last token."""
    sign = 1
    while _glued(tokens, k) and tokens[k].text in _SIGNS and k - 1 >= 0:
        if tokens[k].text != "+":
            sign = -sign
        k += 1
    if not _glued(tokens, k) or tokens[k].kind != "num":
        return None
    text = tokens[k].text
    if not text.isdecimal() or len(text) > MAX_EXPONENT_DIGITS:
        return None
    return sign * int(text), k


def _scientific(tokens: Sequence[Token], i: int) -> tuple[Value, int] | None:
    """ "1e10", "6.02e+23", "2e-3", "1.3x10^6": scientific notation, exact."""
    m = _SCIENTIFIC.fullmatch(tokens[i].lower)
    if m is None or len(m[1]) > MAX_DIGITS:
        return None
    if m[2] is not None:
        return _times_power_of_ten(m[1], int(m[2])), i
    base = Fraction(digits_value(m[1]))
    if tokens[i].lower.endswith("e"):
        found = _exponent(tokens, i + 1)
    elif _glued(tokens, i + 1) and tokens[i + 1].text == "^":
        found = _exponent(tokens, i + 2)
    else:
        return None  # "3x10" is a size, not a power
    if found is None:
        return None
    return normalize(base * Fraction(10) ** found[0]), found[1]


def _power(tokens: Sequence[Token], i: int) -> tuple[Value, int] | None:
    """ "1.1^23", "2.5^-1": a number raised to a whole power."""
    if not (_glued(tokens, i + 1) and tokens[i + 1].text == "^"):
        return None
    found = _exponent(tokens, i + 2)
    base = Fraction(digits_value(tokens[i].text))
    if found is None or (base == 0 and found[0] < 0):
        return None
    return normalize(base ** found[0]), found[1]


def _space_grouped(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> tuple[Value, int] | None:
    """ "40 000", "1 414 021 100": thousands groups split by single spaces. A group of
    three digits must follow a lead of one to three, and a month name before the lead makes
    it a day ("March 3 500 protesters" is no number a writer means)."""
    lead = tokens[i].text
    if not (lead.isdecimal() and len(lead) <= 3) or (
        i > 0 and tokens[i - 1].lower in lexicon.months
    ):
        return None
    digits = lead
    k = i + 1
    while k < len(tokens):
        group, prev = tokens[k], tokens[k - 1]
        whole = group.text.partition(".")[0]
        if group.kind != "num" or group.start != prev.end + 1 or group.sentence != prev.sentence:
            break
        if not (len(whole) == 3 and whole.isdecimal() and group.text.replace(".", "").isdecimal()):
            break
        digits += group.text
        k += 1
        if "." in group.text:
            break
    if k == i + 1:
        return None
    if len(digits) > MAX_DIGITS:
        return None  # as for a digit string: no news figure has this many digits
    return digits_value(digits), k - 1


def _spaced_dash(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a dash with space on both sides ("fifty - two")."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text in _DASHES
        and not _glued(tokens, k)
        and not _glued(tokens, k + 1)
    )


def _fraction_follows(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether a word fraction starts at token ``k``: "a half", "one quarter", "three
    quarters", "fifty-four hundredths", "three-fifths". Looks two tokens ahead, no further."""
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if word in ("a", "an", "one") and _denominator(nxt, lexicon, plural=False):
        return True
    if _small(word, lexicon) is not None and _denominator(nxt, lexicon, plural=True):
        return True
    head, sep, tail = word.partition("-")
    return bool(sep) and head in lexicon.cardinals and tail in lexicon.denominators


def _and_fraction(
    tokens: Sequence[Token], last: int, value: Value, lexicon: Lexicon
) -> tuple[Value, int] | None:
    """A fraction joined by "and" after a whole number: "two and three fifths", "one hundred
    and three quarters" (100.75), "3 million and a half" (a half of the million),
    "one billion and a half million"."""
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].lower != "and":
        return None
    part = _fraction_at(tokens, k + 1, lexicon, joined=True)
    if part is None or value < 0:
        return None
    share = part.mention.amount.value
    unit = lexicon.scales.get(tokens[last].lower, 1)
    if part.mention.kind == "fraction" and 0 < share < 1:
        scaled = share * unit if unit >= 1_000_000 else share
        return normalize(value + scaled), part.last
    if part.mention.kind == "cardinal" and 0 < share < unit:  # "and a half million"
        return normalize(value + share), part.last
    return None


def _continued(
    tokens: Sequence[Token], last: int, value: Value, lexicon: Lexicon
) -> tuple[Value, int] | None:
    """Digits and scale words that go on with a smaller group: "4 thousand 3 hundred",
    "3 hundred and 21", "6 crore and two hundred". After "and" the smaller group must
    carry a scale word unless the first was "hundred": "2 thousand and 300 wounded" is two
    counts."""
    scale = lexicon.scales.get(tokens[last].lower)
    k = last + 1
    if scale is None or k >= len(tokens):
        return None
    joined = tokens[k].lower == "and"
    if joined:
        k += 1
    if k >= len(tokens) or not may_open(tokens[k], lexicon.number_starters):
        return None
    more = number_at(tokens, k, lexicon)
    if more is None or more[2] != "cardinal" or more[3] is not None or not 0 < more[0] < scale:
        return None
    scaled = any(t.lower in lexicon.scales for t in tokens[k : more[1] + 1])
    if not scaled and not (joined and scale == 100):
        return None
    return normalize(value + more[0]), more[1]


def glued_unit(
    tok: Token, lexicon: Lexicon, after: Token | None = None, before: Token | None = None
) -> str | None:
    """The unit written into a number token ("75ml", "1.8m", "10kph"), if any.

    The one-letter temperature units of ``[glued_units]`` count only in capitals and at the
    end of a phrase ("35C in Dubai", "hit 41C."): "17c a share" is cents and "13F filing" a
    form, and ``after`` (the token that follows) tells them apart. With decimals one may
    stand before a past verb ("40.8C set in 2021"), unless a capitalized word, a label,
    comes ``before`` it ("Form 10.1F filed", "Valve 2.1C failed").
    """
    if tok.kind != "word":
        return None
    m = _SUFFIXED.fullmatch(tok.lower)
    if m is not None:
        if bare_suffix(tok, lexicon):
            return None  # "10M" is ten million, not ten metres
        unit = lexicon.units.get((m[2],))
        if unit is not None:
            return unit
        temperature = lexicon.glued_units.get(m[2])
        ends = after is None or after.text in ",.;:!?()" or after.lower in lexicon.stop_words
        # A figure with decimals before a verb ends its phrase too: "the record of 40.8C set
        # in 2021", "40.8C recorded"; "model 2.5F engine" and "Rule 10.5C requires" are labels.
        labelled = before is not None and before.kind == "word" and before.text[:1].isupper()
        measured = "." in m[1] and after is not None and not labelled
        measured = measured and after is not None and _verb_after(after, lexicon)
        if temperature is not None and tok.text[-1].isupper() and (ends or measured):
            return temperature
        return None
    # "six-mile", "three-ton": a number word and a unit in one hyphened word.
    head, sep, tail = tok.lower.partition("-")
    if sep and head in lexicon.cardinals:
        unit = lexicon.units.get((tail,))
        # "a five-year low", "a 24-hour strike": time compounds describe, they do not measure.
        return None if unit in TIME_UNITS else unit
    return None


def _verb_after(tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` is a past verb or participle in lower case: "set", "stood",
    "recorded" (``[tense] past_forms``, words in "-ed")."""
    word = tok.lower
    return (
        tok.kind == "word"
        and tok.text[:1].islower()
        and (word in lexicon.past_forms or word in _UNMARKED_PASTS or word.endswith("ed"))
    )


#: Pasts written as their present, which ``[tense] past_forms`` leaves out as tense cues.
_UNMARKED_PASTS = frozenset({"set", "hit", "put", "cut"})


def glued_currency(tok: Token, lexicon: Lexicon) -> tuple[str, Fraction] | None:
    """The currency written into a number token and what one unit of the number is worth
    in it: "50p" (GBP, 1/100), "17c" (USD, 1/100), "115USD" (USD, 1), "one-yen" (JPY, 1)."""
    if tok.kind != "word":
        return None
    m = _SUFFIXED.fullmatch(tok.lower)
    if m is not None:
        written = tok.text[len(m[1]) :]
        minor = lexicon.currency_minor_glued.get(written)
        if minor is not None:
            return minor
        if written.isupper() and written in lexicon.currency_codes:
            return written, Fraction(1)
        return None
    head, sep, tail = tok.lower.partition("-")
    if sep and head in lexicon.cardinals:
        code = lexicon.currencies.get((tail,))
        if code is not None:
            return code, Fraction(1)
    return None


def _pronoun_one(tokens: Sequence[Token], i: int, last: int, lexicon: Lexicon) -> bool:
    """ "the one you mentioned", "which one": "one" standing for a noun, not a count."""
    if last != i or tokens[i].lower != "one":
        return False
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        # "One said ...", "One by one": a sentence-opening "one" before a verb or a preposition.
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        # ... but "One in five adults" is a ratio.
        return nxt is not None and nxt.lower in lexicon.stop_words and nxt.lower not in _RATIO
    # "that one mile" counts; "that one is", "which one do", "the one you" stand for a noun.
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    ends = (
        nxt is None
        or nxt.kind == "punct"
        or nxt.lower in lexicon.stop_words
        or (nxt.lower in lexicon.pronoun_one_after)
    )
    return ends and tokens[i - 1].lower in lexicon.pronoun_one_before


def _spoken_decimals(
    tokens: Sequence[Token], last: int, lexicon: Lexicon
) -> tuple[Fraction, int] | None:
    """The digits after "point" in "two point five", "nine point nought four"."""
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].lower != "point":
        return None
    two = _small(tokens[k + 1].lower, lexicon)
    if two is not None and 10 <= two <= 99:  # "point seventy-one", "point eleven"
        return Fraction(two, 100), k + 1
    digits = ""
    j = k + 1
    while j < len(tokens) and len(digits) < MAX_DIGITS:
        value = lexicon.cardinals.get(tokens[j].lower)
        if value is None or value > 9:
            break
        digits += str(value)
        j += 1
    if not digits:
        return None
    return Fraction(int(digits), 10 ** len(digits)), j - 1


def _suffixed(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> Value | None:
    """ "2bn", "3.5tn", "10k", "10M", and after a currency sign "$10m" too."""
    tok = tokens[i]
    m = _SUFFIXED.fullmatch(tok.lower)
    if m is None or m[2] not in lexicon.suffixes or len(m[1]) > MAX_DIGITS:
        return None
    sign = tokens[i - 1] if i > 0 else None
    after_currency = (
        sign is not None and sign.end == tok.start and sign.text in lexicon.currency_symbols
    )
    if not after_currency and not bare_suffix(tok, lexicon):
        return None
    return normalize(Fraction(digits_value(m[1])) * lexicon.suffixes[m[2]])


def bare_suffix(tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` is digits and a scale suffix that scales them with no currency sign:
    "10k", "10M", "1.2b", but not "100m" (a distance) or "12b" (a flat)."""
    m = _SUFFIXED.fullmatch(tok.lower)
    if m is None:
        return False
    written = tok.text[len(m[1]) :]
    if written not in lexicon.bare_suffixes and written.lower() not in lexicon.bare_suffixes:
        return False
    return m[2] != "b" or "." in m[1]


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
    total: Value = 0
    group: Value = 0
    last = -1
    prev = ""  # what the last consumed word was: "small", "ten", "hundred", "scale", "a"
    last_scale = None
    tail: Value = 0  # the part of ``group`` after its hundreds: what "dozen" multiplies
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
            tail += small
            prev = "ten" if small >= 20 and small % 10 == 0 else "small"
            last = j
        elif (
            prev == "ten"
            and _spaced_dash(tokens, j)
            and j + 1 < n
            and 1 <= (_small(tokens[j + 1].lower, lexicon) or 0) <= 9
        ):
            pass  # "fifty - two": a hyphen set apart by spaces; the units word comes next
        elif (
            w == "a"
            and j == i
            and j + 1 < n
            and (tokens[j + 1].lower in lexicon.scales or tokens[j + 1].lower in lexicon.multiples)
        ):
            group = tail = 1
            prev = "a"
        elif w in lexicon.multiples and prev in ("small", "ten", "a") and group:
            # "two dozen" ends the number: "one dozen one dozen" is two numbers, and
            # "three hundred and two dozen" is 324.
            return normalize(total + group - tail + tail * lexicon.multiples[w]), j
        elif (
            w in lexicon.scales
            and prev == "scale"
            and last_scale is not None
            and lexicon.scales[w] > last_scale
        ):
            # "three lakh crore", "a thousand million": a scale of a scale.
            total *= lexicon.scales[w]
            last_scale *= lexicon.scales[w]
            checkpoint = (normalize(total), j)
            last = j
        elif w in lexicon.scales and prev in ("small", "ten", "a", "hundred", "half") and group:
            scale = lexicon.scales[w]
            if scale == 100:
                if prev == "hundred" or group >= 100:
                    break
                group *= 100
                tail = 0
                prev = "hundred"
            else:
                if last_scale is not None and scale >= last_scale:
                    return checkpoint
                total += group * scale
                group = tail = 0
                last_scale = scale
                checkpoint = (normalize(total), j)
                prev = "scale"
            last = j
        elif (
            w == "and"
            and prev in ("small", "ten")
            and j + 2 < n
            and tokens[j + 1].lower == "a"
            and (share := _denominator(tokens[j + 2].lower, lexicon, plural=False)) is not None
        ):
            # "two and a half", "one and a half million", "five and a quarter"
            group = normalize(group + Fraction(1, share))
            prev = "half"
            j += 2
            last = j
        elif w in ("and", ",") and prev in ("hundred", "scale") and j + 1 < n:
            if _small(tokens[j + 1].lower, lexicon) is None:
                break
            if _fraction_follows(tokens, j + 1, lexicon):
                break  # "one hundred and three quarters": the fraction is joined later
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
