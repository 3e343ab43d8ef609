"""One sentence structure for every reader: clauses, verb groups, noun phrases, attachments.

:func:`get_parser` gives the parser an option names; :class:`Parser` is the protocol both
parsers follow; :mod:`.structure` defines what they produce.
"""

from .parse import Parser, RuleParser, get_parser
from .structure import Clause, Phrase, Quote, SentenceParse, VerbGroup, Word

__all__ = [
    "Clause",
    "Parser",
    "Phrase",
    "Quote",
    "RuleParser",
    "SentenceParse",
    "VerbGroup",
    "Word",
    "get_parser",
]
