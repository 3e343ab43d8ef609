"""Date expressions -> dates, relative to the publication date.

STUB: the interface below is fixed; the implementation is being written. Only this module
imports dateparser.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .lexicon import Lexicon
from .model import Granularity, Span


@dataclass(frozen=True, slots=True)
class DateMention:
    """A located date expression and, when it can be resolved, the days it covers."""

    span: Span
    text: str
    start: dt.date | None
    end: dt.date | None
    granularity: Granularity
    relative: bool


def find_dates(text: str, lexicon: Lexicon, published: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text``, sorted by start, resolved against ``published``."""
    return []
