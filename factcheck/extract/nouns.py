"""Counted nouns: is a word a plural, and what is its lemma."""

from __future__ import annotations

from factcheck.lexicon import Lexicon

_ES_ENDINGS = ("ches", "shes", "sses", "xes", "zzes", "oes")


def looks_plural(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` reads as a plural noun (regular or listed as irregular)."""
    w = _bare(word.lower())
    if w in lexicon.irregular_plurals:
        return True
    if w in lexicon.not_plural or w in lexicon.stop_words or len(w) < 3:
        return False
    if not w.isalpha() and "-" not in w:
        return False
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s"))


#: How many lemmas are kept once; past that the store starts again.
SHARED_LEMMAS = 50_000
_shared: dict[str, str] = {}


def lemma(word: str, lexicon: Lexicon) -> str:
    """The singular, lower-cased: "countries" -> "country", "people" -> "person". Each
    lemma is one string however often it is counted: an archive counts the same nouns
    hundreds of thousands of times. (Not ``sys.intern``, which keeps every string it is
    given for good on Python 3.12.)"""
    found = _singular(_bare(word.lower()), lexicon)
    if len(_shared) >= SHARED_LEMMAS:
        _shared.clear()
    return _shared.setdefault(found, found)


def _singular(w: str, lexicon: Lexicon) -> str:
    if w in lexicon.irregular_plurals:
        return lexicon.irregular_plurals[w]
    if not looks_plural(w, lexicon):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(_ES_ENDINGS):
        return w[:-2]
    return w[:-1]


def _bare(word: str) -> str:
    """Drop a possessive: "drones'" -> "drones", "Wednesday's" -> "wednesday"."""
    for suffix in ("'s", "\u2019s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word.rstrip("'\u2019")
