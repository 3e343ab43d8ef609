"""A count that is part of another: "12 of them", "Of those, 12", "3,100 of the 9,800 deaths".

A pronoun that refers back ("of them", "of whom", "among them") takes the count before it, in
its sentence or in the sentence before; a count of a group the text counts ("of the nine
climbers") takes that group's category. :mod:`.govern` reads the noun phrases and predicates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from ..find.numbers import NumberMention
from ..model import Span
from ..text.patterns import lazy
from .figure_words import (
    ADVERB,
    CLAUSE_STOP,
    GAP_WORDS,
    PARTITIVE,
    PAST,
    SUBSET,
    SUBSET_BEFORE,
    WORDS,
    Patterns,
)
from .govern import Phrase, predicate_at, read_phrase, right_cue

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


# Between a part and the whole it is taken from, the whole a number: "12 of 40 passengers",
# "Four of the nine climbers".
_OF_WHOLE = lazy(r"(?i)[^\S\n]++of[^\S\n]++(?:(?:the|its|their|his|her)[^\S\n]++)?")
# A share taken from a whole before it: "half of the 1,200 residents", "60 percent of the".
_SHARE_OF = lazy(
    r"(?i)(?:(?<!\w)(?:half|third|thirds|quarter|quarters|percent|per[^\S\n]cent|majority|"
    r"minority|most|many|some|few|several|none|fraction|proportion)|%)[^\S\n]++of[^\S\n]++"
    r"(?:(?:the|its|their)[^\S\n]++)?\Z"
)
# A group a counted noun belongs to or comes from: "eight members of one family", "three
# children from one village".
_GROUP_OF = lazy(r"(?i)[^\S\n]++(?:of|from)[^\S\n]++")


# A casualty word that names where people are, not what happened to them: "in evacuation
# centres", "at shelters".
_PLACED = lazy(r"(?i)[^\S\n]*+(?:in|at|on|under|among)(?!\w)")


# A place named after the whole's noun: "the 1,200 residents of Orvik (have fled)".
_NAMED_PLACE = lazy(
    r"[^\S\n]++(?:of|in|from)[^\S\n]++(?:the[^\S\n]++)?\p{Lu}[\p{L}-]*+"
    r"(?:[^\S\n]++\p{Lu}[\p{L}-]*+){0,3}"
)


def partitive_at(text: str, end: int, nxt: int) -> regex.Match[str] | None:
    """The "of (the)" after a number that takes a part of a whole: "12 of (the) 40 ...".

    With no determiner only when the whole is a number right after it: "12 of 40 passengers".
    """
    return PARTITIVE.match(text, end, nxt) or _OF_WHOLE.fullmatch(text, end, nxt)


def whole(
    text: str, s0: int, start: int, prev: FigureMention | None, ph: Phrase, p: Patterns
) -> bool:
    """Whether the number at ``start`` counts the whole a part or a share is taken from.

    "Twelve of 40 passengers died", "Half of the 1,200 residents have fled", "Eight members
    of one family were killed": the casualty word is the part's, not the whole's. A whole
    named by its own words keeps them: "7% of the 17,000 people in evacuation centres".
    """
    if prev is not None and named_one(text, s0, prev.number.number_span):
        return False  # "Lund was one of six people killed": the six were killed
    if _SHARE_OF.search(text, max(s0, start - 40), start):
        # "half of the 1,200 residents have fled": the predicate's casualty word is the half's
        at = named.end() if (named := _NAMED_PLACE.match(text, ph.end)) else ph.end
        return predicate_at(text, at, p) and not _PLACED.match(text, at)
    if prev is None:
        return False
    if _OF_WHOLE.fullmatch(text, prev.number.span[1], start):
        return True
    named = prev.span[1] > prev.number.span[1]  # the part has a noun: "eight members"
    return named and _GROUP_OF.fullmatch(text, prev.span[1], start) is not None


def named_one(text: str, s0: int, number: Span) -> bool:
    """Whether "one" here is someone named, one of a count: "Lund was one of six killed"."""
    return text[number[0] : number[1]].casefold() == "one" and bool(
        _COPULA_BEFORE.search(text, max(s0, number[0] - 16), number[0])
        and _OF_AFTER.match(text, number[1])
    )


# "Lund was one of six people killed": a copula before "one of", and the count after it.
_COPULA_BEFORE = lazy(r"(?i)(?<!\w)(?:was|is|were|are|became|becomes|as)[^\S\n]+\Z")
_OF_AFTER = lazy(r"[^\S\n]+of[^\S\n]+")


def in_group(text: str, ph: Phrase, after: NumberMention | None) -> bool:
    """Whether the next number counts the group this count's noun belongs to ("of one family")."""
    return (
        after is not None
        and bool(ph.words)
        and (_GROUP_OF.fullmatch(text, ph.end, after.span[0]) is not None)
    )
