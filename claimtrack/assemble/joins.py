"""A count's category from the counts it is joined to: lists, coordination and chains.

"412 deaths this year, Ostria 215, Calden 98": a list item takes the count before; "Three
nurses and two paramedics were killed": coordinated subjects share the predicate after them;
"rose from 64 to 2,975": a chain joins two numbers of one count. The noun phrase and the
predicate of each number are read by :mod:`.govern`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..find.numbers import NumberMention
from ..model import Span
from ..text.patterns import lazy
from .figure_words import (
    AMONG_THE,
    AND_ONLY,
    IN_ITEM,
    ITEM_OPEN,
    LIST_END,
    NAME_ITEM,
    SET_OFF_ITEMS,
    WORDS,
    Patterns,
)
from .govern import Phrase, cues, read_phrase, right_cue, source_aside

# ", including", ", among them" right before a count, with a qualifier or not.
_INCLUDING = lazy(
    r"(?i),\s*(?:including|among\s+them)\s+(?:(?:at\s+least|about|some|nearly|around)\s+)?\Z"
)
_DIGIT = lazy(r"\d")

if TYPE_CHECKING:
    from .figures import FigureMention


def listed(
    text: str, n: NumberMention, ph: Phrase, counted: FigureMention | None, p: Patterns
) -> tuple[str, str | None] | None:
    """A count in a list that spreads the count before over places, and the place it names.

    "412 deaths this year, Ostria 215, Calden 98 and Brisk 40"; "31 of the victims died in
    Tarvos, 12 in Elm and four in Pell"; "followed by Linden with 22". The item has no noun of
    its own and ends where the list goes on; the place of an "in" item is read as any place is.
    """
    if counted is None or counted.category is None or ph.words:
        return None
    lo = max(counted.span[1], n.span[0] - 60)
    if lo >= n.span[0]:
        return None
    item = NAME_ITEM.search(text, lo, n.span[0])
    if item is not None and LIST_END.match(text, n.span[1], n.span[1] + 12):
        return counted.category, " ".join(item.group("name").split())
    if ITEM_OPEN.search(text, lo, n.span[0]) and IN_ITEM.match(text, n.span[1], n.span[1] + 80):
        return counted.category, None
    return None


def ahead_cue(
    text: str, ph: Phrase, after: NumberMention | None, s1: int, p: Patterns
) -> str | None:
    """The category a count takes from the next one it is joined to.

    "Three nurses and two paramedics were killed": coordinated subjects share the predicate;
    "45 Chilean soldiers were among the 300 dead": a part of the count after.
    """
    if after is None or not ph.words:
        return None
    if AMONG_THE.fullmatch(text, ph.end, after.span[0]):
        # "3 foreigners were among 20 people detained": the whole's noun or predicate
        whole = read_phrase(text, after.span[1], min(s1, after.span[1] + 60), p)
        if whole.cue is None and (whole.person or whole.unknown):
            return right_cue(text, whole, s1, s1, p)
        return whole.cue
    if not AND_ONLY.fullmatch(text, ph.end, after.span[0]):
        return None
    other = read_phrase(text, after.span[1], min(s1, after.span[1] + 60), p)
    if not other.person:
        return None
    return other.cue or right_cue(text, other, s1, s1, p)


def chain(
    text: str, n: NumberMention, prev: FigureMention | None, ph: Phrase, p: Patterns
) -> str | None:
    """A join to the count before: "from 64 to 2,975", "six Marines and two Nepali soldiers"."""
    if prev is None or prev.category is None or ph.predicate:
        return None
    gap_start = prev.span[1]
    source = source_aside(text, gap_start, n.span[0], p)
    if source is not None:
        gap_start = source.end() - 1  # "rose to 212, the ministry said, up from 164": past it
    if SET_OFF_ITEMS.search(text, gap_start, n.span[0]) and ";" not in text[gap_start : n.span[0]]:
        # "69 hostages had been freed since Friday — 50 Kellians and 19 foreigners": the
        # count's parts, set off after its clause by a dash or a colon
        return prev.category
    if (
        ph.person
        and _INCLUDING.search(text, gap_start, n.span[0])
        and _only_own_predicate(text, prev, (gap_start, n.span[0]), p)
        and not _DIGIT.search(text, gap_start, n.span[0])
    ):
        # "38 people were killed when air strikes hit the port, including 11 children": a part
        # of the count before, however far, with no other count or casualty word between
        return prev.category
    if n.span[0] - gap_start > 40:
        return None
    join = p.joins.search(text, gap_start, n.span[0])
    if join is None:
        return None
    gap = text[gap_start : n.span[0]]
    if p.breaks.search(gap) or len(WORDS.findall(gap)) > 6:
        return None
    if next(cues(text, gap_start, n.span[0], p), None) is not None:
        return None  # "the toll to 45 and the number of injured to 130": a count of its own
    if "," not in gap.strip(", "):
        return prev.category
    # "reached 140 by Friday evening, up from 96", "killed 34 overnight, including nine
    # children": some joins follow a comma.
    said = " ".join(join.group("j").casefold().split())
    head = text[gap_start : join.start("j")].rstrip(", \t")
    return prev.category if said in p.comma_joins and "," not in head else None


def _only_own_predicate(text: str, prev: FigureMention, gap: Span, p: Patterns) -> bool:
    """Whether the only casualty word in ``gap`` is the count's own predicate, right after it."""
    found = list(cues(text, gap[0], gap[1], p))
    if found and found[0].start() - gap[0] <= 30:
        found = found[1:]  # "38 people were killed ...": the count's own
    return not found
