"""Fuzz factcheck.check() and the TOML rule loader with atheris (not collected by pytest).

Run (the fuzzer is the ``fuzz`` extra: ``pip install 'factcheck[fuzz]'``):

    python tests/fuzz/fuzz_check.py tests/fuzz/corpus -atheris_runs=1000000
    python tests/fuzz/fuzz_check.py --rules tests/fuzz/corpus -atheris_runs=100000

The seed corpus is our own example articles and rules files. A crash is any exception that
is not a ``FactcheckError`` raised on purpose, a finding with the verdict ``error`` (a
built-in rule that crashed), or a span that does not slice the text.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    import factcheck
    from factcheck.errors import FactcheckError
    from factcheck.rules import parse_rules


def check_one(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    dated = provider.ConsumeBool()
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    report = factcheck.check(text, dateline="2025-09-04" if dated else None)
    for f in report.findings:
        if f.verdict == "error":
            raise AssertionError(f"a built-in rule crashed: {f.message}")
        for e in f.evidence:
            if text[e.span.start : e.span.end] != e.text:
                raise AssertionError(f"evidence {e.span} does not slice the text")
    for q in report.quantities:
        if not 0 <= q.span.start <= q.span.end <= len(text):
            raise AssertionError(f"quantity span {q.span} outside the text")
    report.to_json()


def load_rules(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    with contextlib.suppress(FactcheckError):  # a clear, typed error is right for a bad file
        parse_rules(text, "fuzz.toml")


def main() -> None:
    target = load_rules if "--rules" in sys.argv else check_one
    argv = [a for a in sys.argv if a != "--rules"]
    atheris.Setup(argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
