"""factcheck: numbers, quantities and dates in news text, and the rules they must obey.

>>> import factcheck
>>> report = factcheck.check("Russia launched 502 drones. 430 of the drones were shot down.")
>>> [f.message for f in report.findings]
['430 intercepted of 502 drones (85.7%)']
"""

from factcheck.check import check
from factcheck.config import Config, find_config, load_config
from factcheck.document import Document, read_document
from factcheck.errors import (
    ConfigError,
    DatelineError,
    DeadlineError,
    FactcheckError,
    InputError,
    LexiconError,
    RuleDefinitionError,
    RuleFileError,
)
from factcheck.lexicon import Lexicon
from factcheck.many import CheckFailure, check_many
from factcheck.model import (
    Amount,
    Dateline,
    DateMention,
    Enumeration,
    Evidence,
    Finding,
    NumberMention,
    Quantity,
    Sentence,
    Span,
)
from factcheck.report import Report
from factcheck.rules import Example, Rule, RuleSet, default_rules, load_rules, rule

__version__ = "0.1.0"

__all__ = [
    "Amount",
    "CheckFailure",
    "Config",
    "ConfigError",
    "DateMention",
    "Dateline",
    "DatelineError",
    "DeadlineError",
    "Document",
    "Enumeration",
    "Evidence",
    "Example",
    "FactcheckError",
    "Finding",
    "InputError",
    "Lexicon",
    "LexiconError",
    "NumberMention",
    "Quantity",
    "Report",
    "Rule",
    "RuleDefinitionError",
    "RuleFileError",
    "RuleSet",
    "Sentence",
    "Span",
    "__version__",
    "check",
    "check_many",
    "default_rules",
    "find_config",
    "load_config",
    "load_rules",
    "read_document",
    "rule",
]
