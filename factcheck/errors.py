"""Every error factcheck raises on purpose derives from :class:`FactcheckError`."""

from __future__ import annotations

import traceback


def described(exc: BaseException) -> str:
    """An unexpected exception as a finding's message states it: class, message and the
    line that raised it ("ZeroDivisionError: division by zero at rules.py:12")."""
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    location = f" at {where.filename}:{where.lineno}" if where else ""
    return f"{type(exc).__name__}: {exc}{location}"


class FactcheckError(Exception):
    """Base class of the errors factcheck raises on purpose."""


class InputError(FactcheckError, TypeError):
    """``check()`` was given something that is not text."""


class DatelineError(FactcheckError, ValueError):
    """A ``dateline=`` argument that is not a date, a datetime or an ISO date string."""


class DeadlineError(FactcheckError, ValueError):
    """A ``deadline=`` that is not a positive, finite number of seconds."""


class LexiconError(FactcheckError, ValueError):
    """A lexicon data file that cannot be read or does not have the expected shape."""


class RuleDefinitionError(FactcheckError, ValueError):
    """A rule declared with missing or invalid metadata."""


class RuleFileError(RuleDefinitionError):
    """A declarative rules file that breaks its schema. The message names the file, the
    line and the key: ``house.toml:12: rule 'house.x': key 'op' must be one of ...``."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class ConfigError(FactcheckError, ValueError):
    """A configuration (``[tool.factcheck]``, ``factcheck.toml`` or arguments) that cannot be
    used: an unknown key, a pattern that selects no rule, an unreadable file."""


__all__ = [
    "ConfigError",
    "DatelineError",
    "DeadlineError",
    "FactcheckError",
    "InputError",
    "LexiconError",
    "RuleDefinitionError",
    "RuleFileError",
]
