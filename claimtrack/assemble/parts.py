"""A count that is part of another: "12 of them", "Of those, 12", "3,100 of the 9,800 deaths".

A pronoun that refers back ("of them", "of whom", "among them") takes the count before it, in
its sentence or in the sentence before; a count of a group the text counts ("of the nine
climbers") takes that group's category. :mod:`.govern` reads the noun phrases and predicates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..find.numbers import NumberMention
from ..model import Span
from .figure_words import (
    ADVERB,
    CLAUSE_STOP,
    GAP_WORDS,
    PAST,
    SUBSET,
    SUBSET_BEFORE,
    WORDS,
    Patterns,
)
from .govern import Phrase, read_phrase, right_cue

if TYPE_CHECKING:
    from .figures import FigureMention


def subset_of(
    text: str,
    n: NumberMention,
    ph: Phrase,
    bounds: Span,
    prev: FigureMention | None,
    p: Patterns,
    earlier: Callable[[], FigureMention | None],
) -> str | None:
    """A part of the count before: "five children among them", "About 1,000 of them".

    ``bounds`` is where the next number starts and where the sentence ends. The count a pronoun
    refers back to is the one before in the sentence, or with none there the last count of the
    sentence before (``earlier``): "The agency counted 65 dead. Kell accounted for 41 of them."
    A verb of its own makes the part a count of what the verb does, not of the count before:
    "charged 12 of them with rioting", "12 of them were released on bail".

    With an adverb the verb of the count before is understood: in "Nine students were shot,
    four of them fatally" and "6 were shot, 2 fatally", four and two were "fatally shot".
    """
    nxt, s1 = bounds
    lo = prev.span[1] if prev is not None else n.span[0] - 24
    before = SUBSET_BEFORE.search(text, max(lo, n.span[0] - 24), n.span[0])
    m = SUBSET.search(text, max(0, ph.start - 4), min(nxt, s1, ph.end + 24)) if not before else None
    if prev is None and (before is not None or m is not None):
        prev = earlier()
    if prev is None:
        return None
    part = m.end() if m is not None else n.span[1] if before is not None else None
    if part is not None and _own_verb(text, n, (part, min(nxt, s1)), p):
        return None
    if before is not None:
        return prev.category  # "320 people had died, of whom 41 are women"
    at = m.end() if m is not None else n.span[1]
    adverb = ADVERB.match(text, at, min(s1, at + 24))
    if adverb is not None and n.span[0] - prev.span[1] < 80:
        said = adverb.group("adv").casefold()
        for word in WORDS.findall(text, prev.number.span[1], ph.start):
            category = p.cue_kind.get(f"{said} {word.casefold()}")
            if category is not None:
                return category
    return prev.category if m is not None else None


def _own_verb(text: str, n: NumberMention, rest: Span, p: Patterns) -> bool:
    """Whether a part has a verb of its own: "charged 12 of them", "12 of them were released".

    ``rest`` is the text after the part ("of them") up to the next number. Not a verb that
    tallies the count the part is of ("Kell accounted for 41 of them"), nor a copula ("12 of
    them were children").
    """
    words = text[max(0, n.span[0] - 40) : n.span[0]].split()
    while words and words[-1].casefold() in GAP_WORDS:
        words.pop()
    word = words[-1] if words else ""
    if word.casefold() not in p.tallying and (PAST.fullmatch(word) or p.verbs.fullmatch(word)):
        return True
    at, limit = rest
    stop = CLAUSE_STOP.search(text, at, min(limit, at + 120))
    end = stop.start() if stop is not None else min(limit, at + 120)
    if p.verbs.search(text, at, end) is not None:
        return True
    return any(
        m.group().casefold() not in p.transparent and not p.cue.fullmatch(m.group())
        for m in PAST.finditer(text, at, end)
    )


def partitive_cue(
    text: str, at: int, whole: NumberMention | None, s1: int, p: Patterns
) -> str | None:
    """The category of the count a number is part of: "3,100 of the 9,800 deaths".

    ``at`` is where "of the" ends; ``whole`` is the next number, if it starts there. The whole
    phrase may be the subject of a predicate: "Four of the nine climbers were killed".
    """
    if whole is None or whole.span[0] != at:
        return None
    inner = read_phrase(text, whole.span[1], min(s1, whole.span[1] + 60), p)
    if inner.cue is None and (inner.person or inner.unknown):
        return right_cue(text, inner, s1, s1, p)
    return inner.cue
