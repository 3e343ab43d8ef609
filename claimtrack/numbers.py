"""Number mentions: "1,400", "1.5 million", "more than 300", "dozens" -> values with bounds.

STUB: the interface below is fixed; the implementation is being written.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .model import Qualifier, Span


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in text, with the qualifier words in front of or after it.

    ``span``/``text`` cover the qualifier and the number ("more than 1,400"); ``number_span``
    covers the number alone ("1,400"). ``value`` is the number as written (the lower number of a
    range, the lowest a vague amount can mean); ``low``/``high`` are the bounds the wording allows.
    """

    span: Span
    text: str
    number_span: Span
    value: int | float
    low: int | float | None
    high: int | float | None
    qualifier: Qualifier


def find_numbers(text: str, lexicon: Lexicon) -> list[NumberMention]:
    """Every number mention in ``text``, sorted by start."""
    return []


def parse_number(s: str, lexicon: Lexicon | None = None) -> int | float | None:
    """Read one number written in digits or words; None when it is not one."""
    return None
