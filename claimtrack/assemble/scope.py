"""The scope of a count: place, event, period and subgroup, read around its number."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from ..find.numbers import NumberMention
from ..model import Scope, Span
from .figure_words import AMONG, AMONG_BEFORE, AND_GAP, CLAUSE_END, TALLY_OF, WHEN, Patterns
from .govern import Phrase

if TYPE_CHECKING:
    from .figures import FigureMention


def read_scope(
    text: str,
    sentence: Span,
    n: NumberMention,
    ph: Phrase,
    p: Patterns,
    prev: FigureMention | None = None,
    events: list[int] | None = None,
) -> Scope:
    """Place, event, period and subgroup of the count ``n``, read from its clause."""
    s0, s1 = sentence
    # Right of the number, up to the end of its clause: in "about 3,500 had been wounded, most
    # of them in Khartoum", Khartoum is where most were, not the scope of the count.
    stop = CLAUSE_END.search(text, n.span[1], min(s1, n.span[1] + 200))
    right = (n.span[1], stop.start() if stop else min(s1, n.span[1] + 200))
    left = (max(s0, n.span[0] - 200), n.span[0])
    place = _first(p.place, text, right, left, _place, p.event)
    if place and place.split()[0].casefold().rstrip(".") in p.calendar:
        place = None  # "on Tuesday", "in October"
    event = (
        _first(p.event, text, right, left, lambda m: m.group("event"))
        if events is None or _named_in(events, right) or _named_in(events, left)
        else None  # no event word in either window, so no event
    )
    period = _first(p.period, text, right, left, lambda m: m.group("period").strip())
    if period and not WHEN.search(period):
        period = None  # "through the ruins of coastal towns" is no period
    subgroup = next((_plural(w, p) for w in ph.words if _plural(w, p) in p.subgroups), None)
    if subgroup is None and ph.words and _among(text, ph.end):
        subgroup = ph.words[-1].casefold()  # "five children among them"
    if subgroup is None and not ph.person:
        subgroup = _tally_subgroup(text, left, p) or _shared_subgroup(text, n, prev)
    return Scope(place=place, event=event, period=period, subgroup=subgroup)


def _named_in(starts: list[int], window: Span) -> bool:
    """Whether a word of ``starts`` (sorted positions) starts inside ``window``."""
    k = bisect.bisect_left(starts, window[0])
    return k < len(starts) and starts[k] < window[1]


def _among(text: str, pos: int) -> bool:
    """Whether "among" follows ``pos`` after blanks: "five children among them", "were among"."""
    before = AMONG_BEFORE.match(text, pos)
    if before is None:
        return False
    # Blanks are taken greedily and "among" starts with no blank, so it must stand right here.
    return AMONG.match(text, before.end(), min(len(text), before.end() + 6)) is not None


def _plural(word: str, p: Patterns) -> str:
    """A subgroup word in the plural the lexicon lists: "8,709 civilian deaths" -> civilians."""
    w = word.casefold()
    return f"{w}s" if w not in p.subgroups and f"{w}s" in p.subgroups else w


def _tally_subgroup(text: str, left: Span, p: Patterns) -> str | None:
    """The tally's people: "The number of civilians killed in Sudan's war has risen to 436"."""
    found = None
    for m in TALLY_OF.finditer(text, *left):
        found = m
    if found is None or CLAUSE_END.search(text, found.end(), left[1]):
        return None
    word = _plural(found.group("who"), p)
    return word if word in p.subgroups else None


def _shared_subgroup(text: str, n: NumberMention, prev: FigureMention | None) -> str | None:
    """A count joined to one of a subgroup: "7,110 civilians killed and 11,547 injured"."""
    if prev is None or prev.scope.subgroup is None:
        return None
    return prev.scope.subgroup if AND_GAP.fullmatch(text, prev.span[1], n.span[0]) else None


def _place(m: Any) -> str | None:
    name = m.group("name")
    if name is None:
        return m.group("generic")  # type: ignore[no-any-return]
    if name.endswith(("'s", "’s")):
        return None  # "in Saturday's quake": an event, not a place
    return name.rstrip(".")  # type: ignore[no-any-return]


def _first(
    pattern: Any, text: str, right: Span, left: Span, pick: Any, event: Any = None
) -> str | None:
    """The first match right of the number, else the last one left of it."""

    def ok(m: Any) -> bool:
        # "in Israeli attacks on Gaza": an adjective before an event is no place.
        return event is None or not event.match(
            text, max(0, m.start()), min(len(text), m.end() + 40)
        )

    m = next((m for m in pattern.finditer(text, *right) if ok(m)), None)
    if m is None:
        for found in pattern.finditer(text, *left):
            if ok(found):
                m = found
    if m is None:
        return None
    value = pick(m)
    return " ".join(value.split()) if value else None
