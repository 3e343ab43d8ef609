"""Numbers in a list: one category for all, and with "respectively" one place each.

"Floods in Arn, Bel and Coro killed 3, 8 and 11 people": three counts of the dead, the
category the list's verb or noun gives one of them. With "respectively", each reads the place
of the same rank:

"Strikes hit the towns of Grell and Ustavan, killing 12 and 19 people respectively": 12 in
Grell, 19 in Ustavan. The places are those the counts share as one combined place ("the tolls
in Varn and Tesk stood at 40 and 65 respectively"), or, when the counts name none, the one list
of as many capitalised names before the first number. Without "respectively", or with a list of
another length, nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Span
from ..text.patterns import lazy
from .scope import PLACE_JOIN

if TYPE_CHECKING:
    from .figures import FigureMention

_RESPECTIVELY = lazy(r"(?i)(?<!\w)respectively(?!\w)")
_NAME = r"\p{Lu}[\p{L}'’.-]*+(?:[^\S\n]++\p{Lu}[\p{L}'’.-]*+){0,2}+"
# "Grell and Ustavan", "Arn, Bel and Coro": a list of names
_LIST = lazy(
    r"(?<![\p{L}'’])("
    + _NAME
    + r"(?:[^\S\n]*+,[^\S\n]*+"
    + _NAME
    + r")*+,?[^\S\n]++and[^\S\n]++"
    + _NAME
    + r")(?![\p{L}'’])"
)
# Between two numbers of one list: a comma, "and", "or".
_BETWEEN = lazy(r"[^\S\n]*+(?:,[^\S\n]*+(?:and[^\S\n]++|or[^\S\n]++)?|(?:and|or)[^\S\n]++)")


def in_lists(text: str, figures: Sequence[FigureMention]) -> list[FigureMention]:
    """Numbers of one list that no word tells apart take the category one of them reads.

    "killed 3, 8 and 11 people": the verb before the first and the noun after the last are
    the list's; "killed 3 and injured 8" is no list.
    """
    out = list(figures)
    k = 0
    while k < len(out):
        j = k
        while (
            j + 1 < len(out)
            and out[j].span[1] == out[j].number.number_span[1]  # a bare number: "3, 8 and 11"
            and _BETWEEN.fullmatch(text, out[j].span[1], out[j + 1].span[0])
        ):
            j += 1
        run = out[k : j + 1]
        read = {f.category for f in run if f.category is not None}
        if len(run) > 1 and len(read) == 1 and all(f.unit is None for f in run):
            source = next(f for f in run if f.category is not None)
            out[k : j + 1] = [f if f.category is not None else _like(f, source) for f in run]
        k = j + 1
    return out


def _like(fig: FigureMention, source: FigureMention) -> FigureMention:
    return replace(fig, category=source.category, scope=source.scope)


def respectively(
    text: str, sentence: Span, figures: Sequence[FigureMention]
) -> list[FigureMention]:
    """The figures, each of a "respectively" list with the place of its rank."""
    counted = [f for f in figures if f.category is not None]
    found = _RESPECTIVELY.search(text, *sentence)
    if found is None or len(counted) < 2:
        return list(figures)
    listed = [f for f in counted if f.span[0] < found.start()]
    if len(listed) < 2:
        return list(figures)
    shared = {f.scope.places for f in listed}
    places: Sequence[str] = ()
    if len(shared) == 1 and len(next(iter(shared))) == len(listed):
        places = next(iter(shared))
    elif shared == {()}:
        lists = list(_LIST.finditer(text, sentence[0], listed[0].span[0]))
        names = [n for n in PLACE_JOIN.split(lists[-1].group(1)) if n] if len(lists) == 1 else []
        places = names if len(names) == len(listed) else ()
    if not places:
        return list(figures)
    rank = {id(f): k for k, f in enumerate(listed)}
    return [f if id(f) not in rank else _placed(f, places[rank[id(f)]]) for f in figures]


def _placed(fig: FigureMention, place: str) -> FigureMention:
    return replace(fig, scope=fig.scope.model_copy(update={"place": place, "places": (place,)}))
