"""Whether a place's figures go on the main count's series (the home place, a whole group)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .counts import Point

# Reports of one count more than this far apart belong to different stories: a toll from one
# disaster and a toll from another years later never form a series, even when neither names
# its place ("the official count of injured").
MAX_GAP = dt.timedelta(days=366)


# A figure of the main place and a main-count figure reported on one side of it only: how far
# apart they may lie and still be one count ("37 in Moskel", then 52).
_ONE_SIDE = 2.0
# How far below the main count's readings on one side a figure of the main place may lie and
# still be one count: a revision ("43 killed" on Saturday, "37 in Ruvo" on Sunday), not a part.
_REVISED = 1.25


def fits(p: Point, main: Iterable[Point]) -> bool:
    """Whether ``p`` reads as a figure of the main count's series, within a year.

    A main-count figure of its day within a factor of :data:`_ONE_SIDE` ("85 detained in the
    city" beside the ministry's 62: a conflict to flag); or it lies between an earlier and a
    later one; or, with figures on one side only, within that factor of one of them; or a
    little below, as revised (:data:`_REVISED`), on either side. A province's 200 beside a
    national 2,430 fits on no side.
    """
    same: list[float] = []
    lower: list[float] = []
    upper: list[float] = []
    for q in main:
        if abs(q.day - p.day) > MAX_GAP:
            continue
        (same if q.day == p.day else lower if q.day < p.day else upper).append(q.value)
    if any(v / _ONE_SIDE <= p.value <= v * _ONE_SIDE for v in same):
        return True
    # a count that falls (the missing found, hostages freed) may lie on either side; any other
    # count only a little below, as revised
    down = _ONE_SIDE if p.falls else _REVISED
    after = any(v / down <= p.value <= v * _ONE_SIDE for v in lower)
    before = any(v / _ONE_SIDE <= p.value <= v * down for v in upper)
    if lower and upper:
        return (
            min(lower) <= p.value <= max(upper)
            and any(v <= p.value * _ONE_SIDE for v in lower)
            and any(v * _ONE_SIDE >= p.value for v in upper)
        ) or (after and before)
    return after or before


def fits_series(points: Iterable[Point], main: Iterable[Point]) -> bool:
    """Whether a place's figures, day by day, go on the main count's series.

    Each figure is read against the main count's and the place's own earlier ones: "15
    civilians killed", then "23 in Varo" and "31 in Varo" is one toll that rises.
    """
    series = list(main)
    for p in sorted(points, key=lambda q: q.day):
        if not fits(p, series):
            return False
        series.append(p)
    return True
