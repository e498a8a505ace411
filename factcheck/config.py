"""Configuration: which rules run, at what severity, with which extra rules and words.

Read from ``[tool.factcheck]`` in a ``pyproject.toml`` or from the top level of a
``factcheck.toml``::

    [tool.factcheck]
    select = ["quantity.", "date."]       # ids or prefixes; all rules when absent
    ignore = ["date.after-dateline"]
    rules = ["house_rules.toml"]          # declarative rules files, beside this file
    lexicon = ["house_words.toml"]        # extra word lists
    plugins = true                        # rules from the factcheck.rules entry points

    [tool.factcheck.severity]
    "quantity.rate" = "warning"

Arguments win over the file, and the file over the defaults: ``Config.merged`` applies
arguments on top of a loaded configuration.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from factcheck.errors import ConfigError, LexiconError
from factcheck.lexicon import Lexicon
from factcheck.model import Severity
from factcheck.rules.declarative import load_rules
from factcheck.rules.ruleset import RuleSet, matches
from factcheck.toml import read_toml, tomllib

CONFIG_NAMES = ("factcheck.toml", "pyproject.toml")
_KEYS = {"select", "ignore", "severity", "rules", "lexicon", "plugins"}
_SEVERITIES = ("error", "warning", "info")


@attrs.frozen(slots=True)
class Config:
    """A configuration, from a file, from arguments, or both (see :meth:`merged`)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = attrs.field(factory=dict)
    rules: tuple[Path, ...] = ()
    lexicon: tuple[Path, ...] = ()
    plugins: bool = True
    source: Path | None = None

    def merged(
        self,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        severity: Mapping[str, Severity] | None = None,
        rules: Sequence[str | Path] = (),
        plugins: bool | None = None,
    ) -> Config:
        """This configuration with arguments on top: a given ``select`` replaces the file's,
        ``ignore`` and ``rules`` add to it, ``severity`` overrides it id by id."""
        return attrs.evolve(
            self,
            select=tuple(select) if select else self.select,
            ignore=(*self.ignore, *(ignore or ())),
            severity={**self.severity, **(severity or {})},
            rules=(*self.rules, *(Path(r) for r in rules)),
            plugins=self.plugins if plugins is None else plugins,
        )

    def ruleset(self, base: RuleSet | None = None) -> RuleSet:
        """The rules to run: ``base`` (the built-ins by default), the plugins, the rules
        files, then selection, exclusion and severities."""
        chosen = base if base is not None else RuleSet.default()
        if self.plugins:
            chosen = chosen.extend(RuleSet.from_entry_points())
        for path in self.rules:
            chosen = chosen.extend(load_rules(path)[0])
        # Every pattern must name a rule of the whole set (a typo is an error), but an
        # ignore may name a rule the selection already left out.
        chosen.check_patterns(self.select, "select")
        chosen.check_patterns(self.ignore, "ignore")
        chosen.check_patterns(tuple(self.severity), "severity")
        kept = tuple(
            r
            for r in chosen
            if (not self.select or any(matches(p, r.id) for p in self.select))
            and not any(matches(p, r.id) for p in self.ignore)
        )
        return RuleSet(kept, {**chosen.severities, **self.severity})

    def make_lexicon(self, base: Lexicon | None = None) -> Lexicon:
        """The word lists: ``base`` (the defaults) with the lexicon files and the
        ``[lexicon]`` tables of the rules files added."""
        lexicon = base or Lexicon.default()
        if self.lexicon:
            lexicon = lexicon.extend(*self.lexicon)
        for path in self.rules:
            extra = load_rules(path)[1]
            if extra:
                try:
                    lexicon = lexicon.with_data(extra, source=str(path))
                except LexiconError as exc:
                    raise ConfigError(f"{path}: [lexicon]: {exc}") from exc
        return lexicon


def find_config(start: str | Path) -> Path | None:
    """The nearest ``factcheck.toml``, or ``pyproject.toml`` with a ``[tool.factcheck]``
    table, in ``start``'s folder or above it."""
    here = Path(start).resolve()
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_table(path)):
                return path
    return None


def load_config(path: str | Path) -> Config:
    """The configuration in ``path`` (a ``factcheck.toml`` or a ``pyproject.toml``)."""
    p = Path(path)
    data = _read(p)
    if p.name == "pyproject.toml" or "tool" in data:
        table = data.get("tool", {}).get("factcheck", {})
    else:
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{p}: [tool.factcheck] must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{p}: unknown key {unknown[0]!r}; known: {', '.join(sorted(_KEYS))}")
    return Config(
        select=_patterns(table, "select", p),
        ignore=_patterns(table, "ignore", p),
        severity=_severities(table.get("severity", {}), p),
        rules=_paths(table, "rules", p),
        lexicon=_paths(table, "lexicon", p),
        plugins=_flag(table, "plugins", p),
        source=p,
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        data = read_toml(path)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return data


def _has_table(path: Path) -> bool:
    try:
        tool = _read(path).get("tool", {})
    except ConfigError:
        return False
    return isinstance(tool, dict) and "factcheck" in tool


def _patterns(table: Mapping[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{path}: {key} must be a list of rule ids or prefixes")
    return tuple(value)


def _paths(table: Mapping[str, Any], key: str, path: Path) -> tuple[Path, ...]:
    """The files a configuration names, each inside the configuration's own folder: a
    file found by walking up from a story must not reach elsewhere on the machine."""
    found = []
    for name in _patterns(table, key, path):
        try:
            folder, target = path.parent.resolve(), (path.parent / name).resolve()
        except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, a NUL byte
            raise ConfigError(f"{path}: {key}: {name!r} cannot be resolved: {exc}") from exc
        if not target.is_relative_to(folder):
            raise ConfigError(
                f"{path}: {key}: {name!r} is outside the folder of the configuration file"
            )
        found.append(path.parent / name)
    return tuple(found)


def _flag(table: Mapping[str, Any], key: str, path: Path) -> bool:
    value = table.get(key, True)
    if not isinstance(value, bool):
        raise ConfigError(f"{path}: {key} must be true or false, got {value!r}")
    return value


def _severities(value: Any, path: Path) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: severity must be a table of rule id = level")
    out: dict[str, Severity] = {}
    for pattern, level in value.items():
        if level not in _SEVERITIES:
            raise ConfigError(
                f"{path}: severity of {pattern!r} must be one of {', '.join(_SEVERITIES)}, "
                f"got {level!r}"
            )
        out[pattern] = level
    return out
