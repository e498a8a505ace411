"""Physical units through pint: one registry, built on the first unit a text contains.

Building a pint registry costs a few tenths of a second, so texts without units never pay
for it; each alias is resolved once and cached.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from factcheck.errors import LexiconError

#: Units news needs that pint lacks. A percentage point gets a dimension of its own, so
#: "2 percentage points" never converts to, or compares with, "2 percent".
DEFINITIONS = ("percentage_point = [percentage_point]",)


@cache
def registry() -> Any:
    """The shared pint ``UnitRegistry``, with :data:`DEFINITIONS` added."""
    import pint

    units: Any = pint.UnitRegistry()
    for line in DEFINITIONS:
        units.define(line)
    return units


@cache
def canonical_unit(expression: str) -> str:
    """pint's name for a unit expression: ``"kilometer / hour"`` -> ``"kilometer / hour"``,
    ``"tonne"`` -> ``"metric_ton"``."""
    import pint

    try:
        return str(registry().Unit(expression))
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, ValueError) as exc:
        raise LexiconError(f"unit {expression!r} is not a pint unit: {exc}") from exc
