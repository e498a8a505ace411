"""Quantities: a number, what it counts, and the event role that governs it."""

from __future__ import annotations

import bisect
from collections.abc import Container, Sequence
from fractions import Fraction

import attrs

from factcheck.extract.nouns import lemma, looks_plural
from factcheck.extract.numbers import (
    TIME_UNITS,
    ParsedNumber,
    glued_currency,
    glued_unit,
    number_at,
)
from factcheck.lexicon import Lexicon
from factcheck.model import Amount, Quantity, Span
from factcheck.text import Token, TokenKind, where
from factcheck.units import canonical_unit

_NOUN_WINDOW = 4
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
# Bounds on how far back a scan may go (counts, tokens): keeps every document linear.
_BACK_WINDOW = 30
_SCOPE_WINDOW = 8
_ROLE_WINDOW = 30
# How many items of a list a role verb reaches over ("launched 502 drones, 24 missiles and
# 10 rockets"): enough for any list news writes, few enough to keep long runs cheap.
_LIST_ITEMS = 8
# How many tokens may stand between a fronted whole and the comma before its part.
_FRONTED_REACH = 6


@attrs.frozen(slots=True)
class _Draft:
    """A quantity being assembled; token indices are inclusive."""

    number: ParsedNumber
    end: int  # last token of the quantity phrase
    unit: str | None = None  # a pint unit expression from units.toml
    currency: str | None = None  # an ISO 4217 code
    start: int | None = None  # first token when it comes before the number ("$")
    noun: str | None = None
    noun_span: Span | None = None
    whole_index: int | None = None  # index into the drafts list
    whole_noun: str | None = None  # "of the drones": the whole is an earlier count of drones
    refers_back: bool = False
    measure: Amount | None = None  # "50 cents" = 0.50 USD; see Quantity.measure


def extract_quantities(
    tokens: Sequence[Token],
    numbers: Sequence[ParsedNumber],
    excluded: Sequence[Span],
    lexicon: Lexicon,
    openers: Sequence[int] | None = None,
) -> tuple[Quantity, ...]:
    """Read every cardinal or percentage that is a count or measure, not a name or date.
    ``openers`` lists the tokens that pass :func:`opens_total`, found here when not given."""
    spans = sorted(excluded)
    starts = [e.start for e in spans]
    candidates = [
        p for p in numbers if _is_quantity(tokens, p, lexicon) and not _inside(p, spans, starts)
    ]
    index_of_first = {p.first: k for k, p in enumerate(candidates)}
    drafts = [_draft(tokens, p, index_of_first, lexicon) for p in candidates]
    # "3 dollars 50 cents", "5 feet 2 inches": the second number is part of the first
    # quantity, not a quantity of its own.
    covered = _covered(drafts)
    if covered:
        candidates = [p for k, p in enumerate(candidates) if k not in covered]
        index_of_first = {p.first: k for k, p in enumerate(candidates)}
        drafts = [_draft(tokens, p, index_of_first, lexicon) for p in candidates]
    drafts = _resolve_nouns(tokens, drafts, lexicon)
    firsts = frozenset(d.number.first for d in drafts)
    cues = _cue_positions(tokens, lexicon, openers)
    # Wholes written inside a partitive, after their part: "430 of the 502 drones".
    wholes = frozenset(
        d.whole_index
        for i, d in enumerate(drafts)
        if d.whole_index is not None and d.whole_index > i
    )
    quantities: list[Quantity] = []
    memo: dict[int, tuple[str, Span, int] | None] = {}
    for k, d in enumerate(drafts):
        role, role_span = _role(tokens, k, drafts, firsts, wholes, lexicon, memo)
        whole = None
        if d.whole_index is not None and d.whole_index < k:
            whole = quantities[d.whole_index]
        q = Quantity(
            span=Span(
                tokens[d.number.first if d.start is None else d.start].start, tokens[d.end].end
            ),
            number=d.number.mention,
            unit=_unit(d),
            noun=None if d.unit or d.currency or d.number.mention.kind == "percent" else d.noun,
            noun_span=d.noun_span,
            role=role,
            role_span=role_span,
            whole=whole,
            cumulative=_cumulative(tokens, d, cues),
            measure=d.measure,
        )
        quantities.append(q)
    # A later whole ("28 out of 31") is linked once both exist.
    for k, d in enumerate(drafts):
        if d.whole_index is not None and d.whole_index > k:
            quantities[k] = attrs.evolve(quantities[k], whole=quantities[d.whole_index])
    return tuple(quantities)


def opens_total(kind: TokenKind, text: str, lower: str, lexicon: Lexicon) -> bool:
    """Whether a token may open a running-total cue ("since", "so far")."""
    return lower in lexicon.cumulative_cues.first_words


def _cue_positions(
    tokens: Sequence[Token], lexicon: Lexicon, openers: Sequence[int] | None
) -> list[int]:
    """Where running-total cues ("since", "so far") stand."""
    cues = lexicon.cumulative_cues
    return [
        k
        for k in (where(tokens, opens_total, lexicon) if openers is None else openers)
        if cues.match(tokens, k) is not None
        # "the most since July" compares with the past; it does not total it.
        and not (k > 0 and _superlative_in(lexicon, tokens[k - 1].lower))
    ]


def _cumulative(tokens: Sequence[Token], d: _Draft, cues: Sequence[int]) -> bool:
    """Whether a running-total cue stands near the count in its sentence."""
    sentence = tokens[d.number.core].sentence
    lo = max(d.number.first - 2 * _SCOPE_WINDOW, 0)
    hi = d.end + _SCOPE_WINDOW
    k = bisect.bisect_left(cues, lo)
    while k < len(cues) and cues[k] <= hi:
        if tokens[cues[k]].sentence == sentence:
            return True
        k += 1
    return False


def _dash_joined(tokens: Sequence[Token], dash: int, number: int) -> bool:
    """Whether ``tokens[dash]`` is a hyphen glued to ``number`` and to a number beyond it."""
    other = dash + (dash - number)
    if not (0 <= dash < len(tokens) and 0 <= other < len(tokens)):
        return False
    d, n, o = tokens[dash], tokens[number], tokens[other]
    if d.text not in "-\u2013" or o.kind != "num":
        return False
    return (d.end == n.start and o.end == d.start) or (n.end == d.start and d.end == o.start)


def _unit(d: _Draft) -> str | None:
    if d.currency is not None:
        return d.currency
    if d.number.mention.kind == "percent":
        return canonical_unit("percent")
    return canonical_unit(d.unit) if d.unit else None


def _inside(p: ParsedNumber, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether the number overlaps one of ``spans`` (sorted, with their ``starts``)."""
    s = p.mention.span
    k = bisect.bisect_right(starts, s.start) - 1
    return any(e.start < s.end and s.start < e.end for e in spans[max(k, 0) : k + 2]) or (
        s.start == s.end
    )


def _is_quantity(tokens: Sequence[Token], p: ParsedNumber, lexicon: Lexicon) -> bool:
    if p.mention.kind == "fraction":
        # "a 1/4 mile oval" measures; "3/4 of the vote" is a proportion.
        return (
            lexicon.units.match(tokens, p.last + 1) is not None
            if p.last + 1 < len(tokens)
            else False
        )
    if p.mention.kind not in ("cardinal", "percent"):
        return False
    core = tokens[p.core]
    if p.first == p.core and p.core > 0:
        prev = tokens[p.core - 1]
        # "World War 2", "Section 427", "Flight 17": a number that names something.
        if prev.text.rstrip(".") in lexicon.identifier_heads:
            return False
        # "No. 1 seed": the head stands before an abbreviation's period.
        if prev.text == "." and p.core > 1 and tokens[p.core - 2].text in lexicon.identifier_heads:
            return False
        # "10:30", "3:1", "3/4", "9/4/2025": clock times, ratios, fractions, dates.
        if prev.text in ":/" and prev.end == core.start:
            return False
    nxt = p.last + 1
    # "won 3-1": a score, not two counts (a range "10-15" is one number already).
    if _dash_joined(tokens, p.core - 1, p.core) or _dash_joined(tokens, p.last + 1, p.last):
        return False
    # "6 3/8": the whole part of a mixed fraction.
    if (
        nxt + 1 < len(tokens)
        and tokens[nxt].kind == "num"
        and tokens[nxt + 1].text == "/"
        and tokens[nxt + 1].start == tokens[nxt].end
    ):
        return False
    # "one of the largest attacks" ranks; it does not count.
    partitive = nxt < len(tokens) and tokens[nxt].lower == "of"
    after = [t.lower for t in tokens[nxt : nxt + 3]] if partitive else []
    if partitive and len(after) == 3 and after[1] in lexicon.grammar["determiners"]:
        if _superlative_in(lexicon, after[2]):
            return False
    if (
        nxt + 1 < len(tokens)
        and tokens[nxt].text in ":/"
        and tokens[nxt].start == tokens[p.last].end
    ):
        if tokens[nxt + 1].kind == "num":
            return False
    # A bare four-digit number between 1500 and 2100 is a year unless it counts something:
    # a plural after it ("2000 people") or a partitive ("1500 of the drones", "1990 of them").
    if core.kind == "num" and p.core == p.last and len(core.text) == 4 and core.text.isdecimal():
        if 1500 <= int(core.text) <= 2100:
            if nxt < len(tokens) and looks_plural(tokens[nxt].text, lexicon):
                return True
            heads = lexicon.grammar["determiners"] | lexicon.grammar["refers_back"]
            return partitive and len(after) > 1 and after[1] in heads
    return True


def _covered(drafts: Sequence[_Draft]) -> set[int]:
    """Indices of drafts whose number lies inside an earlier compound measure."""
    covered: set[int] = set()
    reach = -1
    for k, d in enumerate(drafts):
        if d.number.first <= reach:
            covered.add(k)
        elif d.measure is not None:
            reach = d.end
    return covered


def _in_sentence(tokens: Sequence[Token], k: int, sentence: int) -> bool:
    return k < len(tokens) and tokens[k].sentence == sentence


def _money(tokens: Sequence[Token], p: ParsedNumber, lexicon: Lexicon) -> _Draft | None:
    """Money: a sign or an ISO code before the number, or a code, sign or currency name
    after it. Checked before partitives: "$125 million of 6 3/8% debentures" is money."""
    j = p.last + 1
    sentence = tokens[p.core].sentence

    def same(k: int) -> bool:
        return k < len(tokens) and tokens[k].sentence == sentence

    symbol = tokens[p.core - 1] if p.core > 0 else None
    # "$2.5 billion", and "$ 75 million" as older wire copy spaces it.
    if symbol is not None and tokens[p.core].start - symbol.end <= 1:
        code = lexicon.currency_symbols.get(symbol.text)
        start = p.core - 1
        if code is not None and p.core > 1:
            prefixed = _prefixed_sign(tokens, p.core - 2, lexicon)
            if prefixed is not None:
                code, start = prefixed, p.core - 2
        if code is not None:
            return _Draft(p, p.last, currency=code, start=min(p.first, start))
    glued = glued_currency(tokens[p.last], lexicon)  # "50p", "17c", "115USD", "one-yen"
    if glued is not None:
        return _priced(p, p.last, glued)
    # "USD 200", "MAUD 60": an ISO code in capitals before the number.
    code_before = _code(tokens[p.first - 1], lexicon) if p.first > 0 else None
    if code_before is not None and tokens[p.first].start - tokens[p.first - 1].end <= 1:
        return attrs.evolve(_priced(p, p.last, code_before), start=p.first - 1)
    # "500 USD", "50 million EUR", "30 MUSD", "75 USD million": the code after it.
    code_after = _code(tokens[j], lexicon) if same(j) else None
    if code_after is not None:
        scale = lexicon.scales.get(tokens[j + 1].lower) if same(j + 1) else None
        if scale is not None and scale >= 1000:
            return _priced(p, j + 1, (code_after[0], code_after[1] * scale))
        return _priced(p, j, code_after)
    # "a 12-cent-a-share dividend", "a 10-dollar bill": the currency hyphened on.
    if same(j + 1) and tokens[j].text == "-" and tokens[j].start == tokens[p.last].end:
        head = (tokens[j + 1].lower.partition("-")[0],)
        named = lexicon.currencies.get(head)
        hyphened = lexicon.currency_minor.get(head) or (named and (named, Fraction(1)))
        if hyphened:
            return _priced(p, j + 1, hyphened)
    # "10 $", "100 ₡": a sign after the number, as some copy writes it.
    if same(j) and tokens[j].text in lexicon.currency_symbols and p.mention.kind == "cardinal":
        return _Draft(p, j, currency=lexicon.currency_symbols[tokens[j].text])
    if (
        same(j)
        and tokens[j].lower in lexicon.currencies_after_scale
        and tokens[p.last].lower in lexicon.scales
        and not (same(j + 1) and tokens[j + 1].lower == "of")  # "2 million pounds of milk"
    ):
        return _Draft(p, j, currency=lexicon.currencies_after_scale[tokens[j].lower])
    money = lexicon.currencies.match(tokens, j) if same(j) else None
    if money is not None:
        major = _Draft(p, j + money[1] - 1, currency=money[0])
        return _with_minor(tokens, major, lexicon) or major
    minor = lexicon.currency_minor.match(tokens, j) if same(j) else None
    if minor is not None:  # "50 cents", "470 pence"
        return _priced(p, j + minor[1] - 1, minor[0])
    return None


def _priced(p: ParsedNumber, end: int, currency: tuple[str, Fraction]) -> _Draft:
    """A money draft whose number counts units worth ``currency[1]`` of ``currency[0]``."""
    code, share = currency
    measure = None if share == 1 else p.mention.amount.affine(share)
    return _Draft(p, end, currency=code, measure=measure)


def _code(tok: Token, lexicon: Lexicon) -> tuple[str, Fraction] | None:
    """An ISO 4217 code in capitals, with the scale prefix some reports put on it: "USD"
    (USD, 1), "MEUR" (EUR, a million), "kUSD" (USD, a thousand)."""
    if tok.text in lexicon.currency_codes:
        return tok.text, Fraction(1)
    scale = lexicon.currency_code_scales.get(tok.text[:1])
    if scale is not None and tok.text[1:] in lexicon.currency_codes:
        return tok.text[1:], Fraction(scale)
    return None


def _prefixed_sign(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> str | None:
    """The currency of a sign with a country prefix (token ``k``) before it: "C$", "HK$",
    "Mex$", and "AUD$" or "c $" as some copy writes them. A prefix set apart by a space must
    be a word of its own: "a $5 bill" is dollars, and "u.s $" is not Singapore's."""
    prefix, symbol = tokens[k], tokens[k + 1]
    gap = symbol.start - prefix.end
    if gap > 1:
        return None
    if gap == 1 and (prefix.lower in lexicon.stop_words or _touches_previous(tokens, k)):
        return None
    written = prefix.text.upper()
    code = lexicon.currency_symbols.get(written + symbol.text)
    if code is None and symbol.text == "$" and written in lexicon.currency_codes:
        code = written
    return code


def _touches_previous(tokens: Sequence[Token], k: int) -> bool:
    return k > 0 and tokens[k - 1].end == tokens[k].start


def _with_minor(tokens: Sequence[Token], major: _Draft, lexicon: Lexicon) -> _Draft | None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.":
    a whole amount and its minor units, read as one sum of the major currency."""
    k = major.end + 1
    sentence = tokens[major.number.core].sentence
    if _in_sentence(tokens, k, sentence) and tokens[k].lower == "and":
        k += 1
    if not _in_sentence(tokens, k, sentence) or major.number.mention.amount.hedge is not None:
        return None
    parsed = number_at(tokens, k, lexicon)
    if parsed is None or parsed[2] != "cardinal" or parsed[3] is not None:
        return None
    cents, last = parsed[0], parsed[1]
    if not (isinstance(cents, int) and 0 < cents < 100):
        return None
    minor = lexicon.currency_minor.match(tokens, last + 1)
    if minor is not None and minor[0][0] == major.currency:
        end = last + minor[1]
        share = minor[0][1]
    elif last + 1 >= len(tokens) or tokens[last + 1].kind == "punct":
        end, share = last, Fraction(1, 100)  # "15 dollars 50."
    else:
        return None
    whole = major.number.mention.amount
    if whole.value != int(whole.value):
        return None
    measure = whole.affine(1, cents * share)
    return attrs.evolve(major, end=end, measure=measure)


def _measure(tokens: Sequence[Token], p: ParsedNumber, lexicon: Lexicon) -> _Draft | None:
    """A percentage, or a unit glued to, hyphened onto, written after or bracketed after
    the number."""
    j = p.last + 1
    sentence = tokens[p.core].sentence

    def same(k: int) -> bool:
        return k < len(tokens) and tokens[k].sentence == sentence

    if p.mention.kind == "percent":
        return _Draft(p, p.last)  # "85%" is its own unit; the noun after it is not counted
    glued = glued_unit(
        tokens[p.last],
        lexicon,
        tokens[j] if j < len(tokens) else None,
        tokens[p.last - 1] if p.last > 0 else None,
    )
    if glued is not None:  # "75ml", "1.8m"
        return _compound(tokens, _Draft(p, p.last, unit=glued), lexicon)
    # "a 3-inch crack", "the 776-foot tower"
    if same(j + 1) and tokens[j].text == "-" and tokens[j].start == tokens[p.last].end:
        hyphened = lexicon.units.match(tokens, j + 1)
        # "a 24-hour strike" describes the strike; it measures nothing.
        if hyphened is not None and hyphened[0] not in TIME_UNITS:
            return _Draft(p, j + hyphened[1], unit=hyphened[0])
    unit = lexicon.units.match(tokens, j) if same(j) else None
    if unit is not None:
        return _compound(tokens, _Draft(p, j + unit[1] - 1, unit=unit[0]), lexicon)
    # "20 (kg)", "20 [kg]": a unit in brackets, as tables and lab reports write it.
    if same(j + 2) and tokens[j].text in _BRACKETS:
        inside = lexicon.units.match(tokens, j + 1)
        if inside is not None:
            close = j + 1 + inside[1]
            if same(close) and tokens[close].text == _BRACKETS[tokens[j].text]:
                return _Draft(p, close, unit=inside[0])
    return None


def _compound(tokens: Sequence[Token], d: _Draft, lexicon: Lexicon) -> _Draft:
    """A unit that goes on: "10km/hr" and "50 meters per millisecond" (a rate), or "5 feet
    2 inches" (a second, smaller part of the same measure)."""
    assert d.unit is not None
    k = d.end + 1
    sentence = tokens[d.number.core].sentence
    if _in_sentence(tokens, k + 1, sentence) and tokens[k].lower in ("/", "per"):
        below = lexicon.units.match(tokens, k + 1)
        if below is not None and below[0] != d.unit and "/" not in d.unit + below[0]:
            return attrs.evolve(d, unit=f"{d.unit} / {below[0]}", end=k + below[1])
    parts = lexicon.unit_parts.get(d.unit)
    if parts is None or not _in_sentence(tokens, k, sentence):
        return d
    if tokens[k].lower == "and":
        k += 1
    parsed = number_at(tokens, k, lexicon) if _in_sentence(tokens, k, sentence) else None
    if parsed is None or parsed[2] != "cardinal" or parsed[3] is not None:
        return d
    words, share = parts
    last = parsed[1]
    if not (_in_sentence(tokens, last + 1, sentence) and tokens[last + 1].lower in words):
        return d
    if not 0 <= parsed[0] * share < 1 or d.number.mention.amount.hedge == "range":
        return d
    measure = d.number.mention.amount.affine(1, parsed[0] * share)
    return attrs.evolve(d, end=last + 1, measure=measure)


def _draft(
    tokens: Sequence[Token], p: ParsedNumber, index_of_first: dict[int, int], lexicon: Lexicon
) -> _Draft:
    j = p.last + 1
    sentence = tokens[p.core].sentence

    def same(k: int) -> bool:
        return k < len(tokens) and tokens[k].sentence == sentence

    money = _money(tokens, p, lexicon)
    if money is not None:
        return money
    # "28 out of 31 drones": the whole is the next number.
    if same(j + 2) and [t.lower for t in tokens[j : j + 2]] == ["out", "of"]:
        whole = index_of_first.get(j + 2)
        if whole is not None:
            return _Draft(p, j + 2, whole_index=whole)
    if same(j) and tokens[j].lower == "of":
        k = j + 1
        if same(k) and tokens[k].lower in lexicon.grammar["refers_back"]:
            return _Draft(p, k, refers_back=True)
        if same(k) and tokens[k].lower in lexicon.grammar["determiners"]:
            k += 1
        # "430 of the 502 drones"
        if same(k) and k in index_of_first:
            return _Draft(p, k, whole_index=index_of_first[k])
        if same(k) and tokens[k].kind == "num":
            return _Draft(p, p.last)  # "of 6 3/8%": the figure after "of" is no count
        noun = _noun_after(
            tokens, k, sentence, plural=True, lexicon=lexicon, numbers=index_of_first
        )
        if noun is not None:
            return _Draft(
                p,
                noun,
                noun=lemma(tokens[noun].text, lexicon),
                noun_span=tokens[noun].span,
                whole_noun=lemma(tokens[noun].text, lexicon),
            )
    measured = _measure(tokens, p, lexicon)
    if measured is not None:
        return measured
    singular = p.mention.amount.value == 1
    noun = _noun_after(
        tokens, j, sentence, plural=not singular, lexicon=lexicon, numbers=index_of_first
    )
    if noun is None:
        # "..., of which 430 were shot down": a bare count after "of which" is a part.
        before = [t.lower for t in tokens[max(p.first - 2, 0) : p.first]]
        refers = (
            len(before) == 2 and before[0] == "of" and before[1] in lexicon.grammar["refers_back"]
        )
        return _Draft(p, p.last, refers_back=refers)
    return _Draft(p, noun, noun=lemma(tokens[noun].text, lexicon), noun_span=tokens[noun].span)


def _superlative_in(lexicon: Lexicon, word: str) -> bool:
    return word in lexicon.grammar["superlatives"] or (word.endswith("est") and len(word) > 5)


def _noun_after(
    tokens: Sequence[Token],
    j: int,
    sentence: int,
    *,
    plural: bool,
    lexicon: Lexicon,
    numbers: Container[int] = (),
) -> int | None:
    """The head noun of the phrase starting at ``j``: the first plural word for a count
    above one ("502 attack drones" -> drones), else the last word before a stop. The
    phrase ends where the next number (a token of ``numbers``) starts."""
    last_word = None
    for k in range(j, min(j + _NOUN_WINDOW, len(tokens))):
        t = tokens[k]
        if (
            k in numbers
            or t.sentence != sentence
            or t.kind != "word"
            or t.lower in lexicon.stop_words
            or t.lower in lexicon.cardinals  # the next number starts: "one dozen one dozen"
        ):
            break
        if _role_at(tokens, k, lexicon) is not None and k > j:
            break
        if plural and looks_plural(t.text, lexicon):
            return k
        last_word = k
    return None if plural else last_word


def _resolve_nouns(tokens: Sequence[Token], drafts: list[_Draft], lexicon: Lexicon) -> list[_Draft]:
    """Give bare counts the noun they refer to.

    "launched 502 drones and 24 missiles ... downed 430 and 21" maps the bare list onto
    the earlier list of the same length, in order; any other bare count, or "of which",
    takes the nearest earlier counted noun of its sentence.
    """
    out = list(drafts)
    runs = _bare_runs(drafts, tokens)
    counted: list[int] = []  # the drafts before k that have a noun, in order
    for k, d in enumerate(drafts):
        if k and out[k - 1].noun is not None:
            counted.append(k - 1)
        if d.noun is not None or d.whole_index is not None:
            if d.whole_noun is not None:
                out[k] = attrs.evolve(d, whole_index=_nearest(out, k, tokens, d.whole_noun))
            continue
        sentence = tokens[d.number.core].sentence
        run = runs[k]
        position = run.index(k)
        window = counted[bisect.bisect_left(counted, k - _BACK_WINDOW) :]
        earlier = [i for i in window if tokens[out[i].number.core].sentence >= sentence - 1]
        target = None
        fronted = False
        # A bare list maps onto a list written with its nouns, not onto bare counts
        # already resolved ("... 24 missiles, 430 and 21 were shot down").
        written = [i for i in earlier if drafts[i].noun is not None]
        if len(run) > 1 and len(written) >= len(run):
            groups = _coordinated_groups(out, written, tokens)
            matching = [g for g in groups if len(g) == len(run)]
            if matching:
                group = matching[-1]
                target = group[position]
                head, tail = out[group[0]], out[group[-1]]
                fronted = _fronted_whole(tokens, head, tail, drafts[run[0]], lexicon)
        if target is None:
            # "of them"/"of which" may reach into the previous sentence; other bare counts
            # stay in their own.
            reach = sentence - 1 if d.refers_back else sentence
            near = [i for i in earlier if tokens[out[i].number.core].sentence >= reach]
            if near:
                target = near[-1]
                fronted = _fronted_whole(tokens, out[target], out[target], d, lexicon)
        if target is not None:
            t = out[target]
            whole = target if d.refers_back or fronted else None
            out[k] = attrs.evolve(d, noun=t.noun, noun_span=t.noun_span, whole_index=whole)
    return out


def _fronted_whole(
    tokens: Sequence[Token], first: _Draft, last: _Draft, part: _Draft, lexicon: Lexicon
) -> bool:
    """Whether the counts ``first`` to ``last`` open their sentence as a partitive and
    ``part`` follows its comma: "Of the 40 passengers on board, 52 were rescued", "Of the
    502 drones and 24 missiles, 430 and 21 were shot down", "Out of 300 schools, 280
    reopened" (``[grammar] fronted_partitives``; "out" may come before "of")."""
    k = first.number.first - 1
    if k >= 0 and tokens[k].lower in lexicon.grammar["determiners"]:
        k -= 1
    if k < 0 or tokens[k].lower not in lexicon.grammar["fronted_partitives"]:
        return False
    if tokens[k].lower == "of" and k > 0 and tokens[k - 1].lower == "out":
        k -= 1  # "Out of 300 schools"
    opener = k - 1
    if opener >= 0 and tokens[opener].sentence == tokens[k].sentence:
        # "But of the 40 ...": one conjunction may come first.
        starts = opener == 0 or tokens[opener - 1].sentence != tokens[opener].sentence
        if not (starts and tokens[opener].lower in lexicon.grammar["sentence_openers"]):
            return False
    after = part.number.last + 1
    if after < len(tokens) and tokens[after].text == "-":
        return False  # "Among the 8 victims, 95-year-old Ava": an age, not a part
    between = tokens[last.end + 1 : part.number.first]
    return (
        0 < len(between) <= _FRONTED_REACH
        and between[-1].text == ","
        and all(t.text != "," for t in between[:-1])
    )


def _bare_runs(drafts: list[_Draft], tokens: Sequence[Token]) -> dict[int, list[int]]:
    """For each bare count, the indices of the bare counts coordinated with it ("430 and
    21"), at most ``_BACK_WINDOW`` long, found in one pass over the drafts."""
    runs: dict[int, list[int]] = {}
    current: list[int] = []
    for k, d in enumerate(drafts):
        if d.noun is not None:
            current = []
            continue
        joined = (
            current
            and current[-1] == k - 1
            and len(current) < _BACK_WINDOW
            and _coordinated(drafts[k - 1], d, tokens)
        )
        current = [*current, k] if joined else [k]
        for i in current:
            runs[i] = current
    return runs


def _coordinated(a: _Draft, b: _Draft, tokens: Sequence[Token]) -> bool:
    between = [t.lower for t in tokens[a.end + 1 : b.number.first]]
    return between in (["and"], [","], [",", "and"], ["or"], [",", "or"])


def _coordinated_groups(
    drafts: list[_Draft], idx: list[int], tokens: Sequence[Token]
) -> list[list[int]]:
    groups: list[list[int]] = []
    for i in idx:
        if groups and groups[-1][-1] == i - 1 and _coordinated(drafts[i - 1], drafts[i], tokens):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _nearest(drafts: list[_Draft], k: int, tokens: Sequence[Token], noun: str) -> int | None:
    """The nearest earlier count of ``noun`` in the same paragraph-sized window."""
    sentence = tokens[drafts[k].number.core].sentence
    for i in range(k - 1, max(k - _BACK_WINDOW, 0) - 1, -1):
        if sentence - tokens[drafts[i].number.core].sentence > 3:
            break
        if drafts[i].noun == noun and drafts[i].whole_noun is None:
            return i
    return None


def _starts_count(tokens: Sequence[Token], k: int, firsts: frozenset[int]) -> bool:
    if k < len(tokens) and tokens[k].lower in ("and", "or"):
        k += 1
    return k in firsts


def _role_at(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The role whose phrase starts at token ``k``, and the phrase's last token."""
    found = lexicon.roles.match(tokens, k)
    if found is None:
        return None
    role, size = found
    if tokens[k + size - 1].sentence != tokens[k].sentence:
        return None
    return role, k + size - 1


def _role(
    tokens: Sequence[Token],
    index: int,
    drafts: list[_Draft],
    firsts: frozenset[int],
    wholes: frozenset[int],
    lexicon: Lexicon,
    memo: dict[int, tuple[str, Span, int] | None] | None = None,
) -> tuple[str | None, Span | None]:
    """The event role of draft ``index``, strongest signal first:

    1. a passive after the count, marked by an auxiliary ("430 drones were shot down");
    2. an active verb right before it ("intercepted 430 drones", "shot down the 21");
    3. a participle right after it ("and 60 injured", "502 drones launched overnight");
    4. the nearest active verb earlier in its clause ("launched 502 drones and 24 missiles").

    The whole of a partitive ("430 of the 502 drones") takes only 1 or 3: the verb before
    the partitive governs the part.
    """
    d = drafts[index]
    sentence = tokens[d.number.core].sentence
    j = d.end + 1
    # Skip the rest of a coordinated list: "430 drones and 21 missiles were shot down".
    for m in range(index + 1, min(index + 1 + _LIST_ITEMS, len(drafts))):
        x = drafts[m]
        if x.number.first - j > 2:
            break
        between = [t.lower for t in tokens[j : x.number.first]]
        # "Of the 40 passengers, 52 were rescued": the parts begin, the wholes' list ends.
        if d.whole_index is None and x.whole_index is not None and x.whole_index <= index:
            break
        if between in (["and"], [","], [",", "and"]):
            j = x.end + 1
        else:
            break
    adjacent = j == d.end + 1
    aux = False
    while (
        j < len(tokens)
        and tokens[j].sentence == sentence
        and tokens[j].lower in lexicon.grammar["auxiliaries"]
    ):
        aux = True
        j += 1
    after = (
        _role_at(tokens, j, lexicon) if j < len(tokens) and tokens[j].sentence == sentence else None
    )
    after_role = (after[0], Span(tokens[j].start, tokens[after[1]].end)) if after else None
    if after_role is not None and aux:
        return after_role
    # A participle, not an active verb with an object of its own ("Four countries sent
    # observers").
    participle = None
    if after is not None:
        nxt = after[1] + 1
        if (
            nxt >= len(tokens)
            or tokens[nxt].kind == "punct"
            or tokens[nxt].lower in (lexicon.stop_words)
        ):
            participle = after_role
    before = None
    if index not in wholes:
        before = _role_before_memo(tokens, index, drafts, sentence, firsts, lexicon, memo)
    if before is not None and before[2] == 0:
        return before[0], before[1]
    if participle is not None and adjacent:
        return participle
    if before is not None:
        return before[0], before[1]
    if participle is not None:
        return participle
    return None, None


def _role_before_memo(
    tokens: Sequence[Token],
    index: int,
    drafts: list[_Draft],
    sentence: int,
    firsts: frozenset[int],
    lexicon: Lexicon,
    memo: dict[int, tuple[str, Span, int] | None] | None,
) -> tuple[str, Span, int] | None:
    """:func:`_role_before`, reused down a list: when only a comma or "and" stands between
    this count and the previous one, the verb before the list governs both ("launched 502
    drones, 24 missiles and 10 rockets"), so a long run of counts costs one scan, not one
    scan per item."""
    d = drafts[index]
    if memo is not None and index > 0 and index - 1 in memo:
        prev = drafts[index - 1]
        between = [t.lower for t in tokens[prev.end + 1 : d.number.first]]
        # Nothing between at all ("1 2 3 ..."): a list without its commas.
        if between in ([], ["and"], [","], [",", "and"]) and tokens[prev.end].sentence == sentence:
            found = memo[index - 1]
            if found is not None:
                found = (found[0], found[1], found[2] + 1)  # one list item further away
            memo[index] = found
            return found
    found = _role_before(tokens, d, sentence, firsts, lexicon)
    if memo is not None:
        memo[index] = found
    return found


def _role_before(
    tokens: Sequence[Token],
    d: _Draft,
    sentence: int,
    firsts: frozenset[int],
    lexicon: Lexicon,
) -> tuple[str, Span, int] | None:
    """The nearest role verb before the count in its clause, and how many words lie between
    (the determiners of ``lexicon.grammar["determiners"]`` not counted)."""
    k = d.number.first - 1
    stop = max(d.number.first - _ROLE_WINDOW, -1)
    gap = 0
    commas = 0
    grammar = lexicon.grammar
    clause_breaks, determiners = grammar["clause_breaks"], grammar["determiners"]
    role_words = lexicon.roles.first_words  # a word no role starts with needs no match
    while k > stop and tokens[k].sentence == sentence and tokens[k].lower not in clause_breaks:
        # A comma ends the clause unless a list of counts goes on after it; a verb more
        # than a few list items back governs nothing here ("1, 2, 3, ..." and "1 2 3 ..."
        # stay linear).
        if tokens[k].text == "," or k in firsts:
            commas += 1  # a comma, or another count: one list item further back
            if commas > _LIST_ITEMS:
                return None
        if (
            tokens[k].text == ","
            and not _starts_count(tokens, k + 1, firsts)
            and not (k + 1 < len(tokens) and tokens[k + 1].lower in grammar["list_links"])
        ):
            return None
        found = _role_at(tokens, k, lexicon) if tokens[k].lower in role_words else None
        if found is not None and found[1] < d.number.first:
            return found[0], Span(tokens[k].start, tokens[found[1]].end), gap
        if tokens[k].lower not in determiners:
            gap += 1
        k -= 1
    return None
