"""Every error factcheck raises on purpose derives from :class:`FactcheckError`."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class of the errors factcheck raises on purpose."""


class InputError(FactcheckError, TypeError):
    """``check()`` was given something that is not text."""


class DatelineError(FactcheckError, ValueError):
    """A ``dateline=`` argument that is not a date, a datetime or an ISO date string."""


class LexiconError(FactcheckError, ValueError):
    """A lexicon data file that cannot be read or does not have the expected shape."""


class RuleDefinitionError(FactcheckError, ValueError):
    """A rule declared with missing or invalid metadata."""


__all__ = [
    "DatelineError",
    "FactcheckError",
    "InputError",
    "LexiconError",
    "RuleDefinitionError",
]
