"""Physical units through pint: one registry, built on the first unit a text contains.

Building a pint registry costs a few tenths of a second, so texts without units never pay
for it; each alias is resolved once and cached.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

from factcheck.errors import LexiconError

#: Units news needs that pint lacks. A percentage point gets a dimension of its own, so
#: "2 percentage points" never converts to, or compares with, "2 percent".
DEFINITIONS = ("percentage_point = [percentage_point]",)

#: pint's registry keeps caches of its own that it fills as it parses: every call into it
#: from factcheck holds this lock, so threads checking stories at once share one registry
#: safely (two registries' quantities could never be compared).
PINT_LOCK = threading.RLock()


def registry() -> Any:
    """The shared registry, built once under :data:`PINT_LOCK`."""
    with PINT_LOCK:
        return _registry()


@cache
def _registry() -> Any:
    """The shared pint ``UnitRegistry``, with :data:`DEFINITIONS` added. pint keeps a
    parsed copy of its definitions in the user's cache folder, which makes the next
    process build it in a tenth of the time; where that folder cannot be used the
    registry is built from scratch."""
    import pint

    try:
        units: Any = pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # no writable cache folder, or a cache from another pint: build it
        units = pint.UnitRegistry()
    for line in DEFINITIONS:
        units.define(line)
    return units


@cache
def _own_names() -> frozenset[str]:
    """The unit expressions of factcheck's own units.toml. They are written in pint's
    canonical form (a test checks it), so naming them needs no registry at all: a story
    whose units are all known never imports pint."""
    from importlib import resources

    from factcheck.toml import tomllib

    source = resources.files("factcheck.data").joinpath("units.toml").read_text("utf-8")
    data = tomllib.loads(source)
    names = set(data.get("units", {}).values()) | set(data.get("glued_units", {}).values())
    return frozenset({*names, "percent"})


@cache
def canonical_unit(expression: str) -> str:
    """pint's name for a unit expression: ``"kilometer / hour"`` -> ``"kilometer / hour"``,
    ``"tonne"`` -> ``"metric_ton"``. The expressions of factcheck's own data are already
    canonical and returned as they are; others go through pint."""
    if expression in _own_names():
        return expression
    import pint

    try:
        with PINT_LOCK:
            return str(registry().Unit(expression))
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, ValueError) as exc:
        raise LexiconError(f"unit {expression!r} is not a pint unit: {exc}") from exc
