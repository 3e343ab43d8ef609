"""Number + casualty category + qualifier -> the figure part of a claim.

STUB: the interface below is fixed; the implementation is being written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import Lexicon
from .model import Scope, Span
from .numbers import NumberMention


@dataclass(frozen=True, slots=True)
class FigureMention:
    """A number that counts something, with what it counts.

    ``span``/``text`` is the figure as written ("more than 1,400 dead"); ``category`` is a
    casualty category from the lexicon or None; ``unit`` names what a non-casualty amount counts
    ("usd", "percent", "km", "planes").
    """

    span: Span
    text: str
    number: NumberMention
    category: str | None
    unit: str | None
    incremental: bool
    scope: Scope


def find_figures(
    text: str,
    sentence: Span,
    numbers: Sequence[NumberMention],
    lexicon: Lexicon,
    *,
    date_spans: Sequence[Span] = (),
) -> list[FigureMention]:
    """The figures of one sentence ``text[sentence[0]:sentence[1]]``, sorted by start."""
    return []
