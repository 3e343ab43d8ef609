"""Counts that add to or share with the count before: "27 more bodies", "another 12 people".

Also a qualifier two counts share ("About 35,000 people have been killed and 78,500 wounded").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..find.numbers import NumberMention
from ..model import Span
from .figure_words import CLAUSE_STOP, SENTENCE_OPEN, SUBSET, THAN, WINDOW_PERIOD, WORDS, Patterns
from .govern import Phrase, cues

if TYPE_CHECKING:
    from .figures import FigureMention


def shared_qualifier(
    text: str, sentence: Span, n: NumberMention, prev: FigureMention | None, p: Patterns
) -> NumberMention:
    """A qualifier shared: "About 35,000 people have been killed and 78,500 wounded"."""
    if prev is None or n.qualifier != "exact":
        return n
    first = prev.number
    if first.qualifier not in ("about", "more_than", "at_least", "nearly", "up_to"):
        return n
    if prev.category is None or not SENTENCE_OPEN.fullmatch(text, sentence[0], first.span[0]):
        return n
    gap = text[prev.span[1] : n.span[0]]
    words = WORDS.findall(gap)
    if not words or words[-1].casefold() != "and" or len(words) > 8 or "," in words:
        return n
    v = n.value
    low, high = {"about": (None, None), "nearly": (None, v), "up_to": (None, v)}.get(
        first.qualifier, (v, None)
    )
    return replace(n, qualifier=first.qualifier, low=low, high=high)


def incremental(
    text: str,
    bounds: Span,
    n: NumberMention,
    ph: Phrase,
    prev: FigureMention | None,
    p: Patterns,
) -> bool:
    """A number added to an earlier count: "27 more bodies", "another 12 people".

    ``bounds`` is where the sentence starts and where the next number starts.
    """
    s0, nxt = bounds
    if p.inc_before.search(text, max(0, n.span[0] - 20), n.span[0]):
        return True
    if ph.added:
        # "1,052 more people than usual died" compares; it does not add.
        return not THAN.search(text[ph.end : min(nxt, ph.end + 60)])
    if prev is not None and prev.incremental and SUBSET.match(text, ph.end + 1, ph.end + 12):
        return True  # "54 deaths in the past day, 44 of them in Dorr": part of an addition
    near = text[max(s0, n.span[0] - 100) : min(len(text), ph.end + 120)].casefold()
    if "past" not in near and "last" not in near and "previous" not in near:
        return False  # a cheap test first: no window period near the number
    # "36 people died in the past 24 hours": a day's addition, not the running total (the
    # window runs to the end of the clause: "24" is a number of its own).
    end = min(len(text), ph.end + 120)
    stop = CLAUSE_STOP.search(text, ph.end, end)
    if WINDOW_PERIOD.search(text, ph.end, stop.start() if stop else end) is not None:
        return True
    # "In the past 24 hours, 54 deaths were reported", but not "In the past day, the toll rose
    # to 1,200": a toll word between makes the number the total.
    window = WINDOW_PERIOD.search(text, max(s0, n.span[0] - 100), n.span[0])
    return (
        window is not None
        and next(cues(text, window.end(), n.span[0], p), None) is None
        and p.tally_last.search(text, window.end(), n.span[0]) is None
    )


def beside(
    text: str, n: NumberMention, category: str | None, before: FigureMention | None, p: Patterns
) -> bool:
    """Whether "another 12" follows a count of another kind: more people, not more of its own.

    "40 people died. Another 12 are missing" counts the missing whole; "killed 40 and wounded
    another 12" the wounded.
    """
    return (
        category is not None
        and before is not None
        and before.category not in (None, category)
        and p.inc_before.search(text, max(0, n.span[0] - 20), n.span[0]) is not None
    )
