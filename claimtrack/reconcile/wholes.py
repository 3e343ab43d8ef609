"""A group that is the whole count: "nine workers" killed, then a toll of 14.

Reports name the dead by who they were when that is all of them ("an explosion killed nine
workers", "more than 100 fans were injured") and later give the toll of everyone ("the death
toll rose to 14", "126 people had been hurt"). A subgroup of a category (with a place and a
period) is the main count's when

- it is the only group the story names for that count: a story that tells soldiers from
  civilians tells parts;
- no report gives both it and the main count: one that does ("40 dead, including 12
  children") tells it apart;
- and its figures go on the main count's series (:func:`.home.fits_series`): "12 children
  among the dead" beside a toll of 20 is a part.

:class:`Wholes` keeps what this needs as figures come (the ``Tracker`` adds to it), and
:func:`relabel_wholes` gives a batch's whole groups the main count's key.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .fit import fits_series
from .home import sentence

if TYPE_CHECKING:
    from .counts import BaseKey, Point

# A count's category, place and period: where a group may be the whole count.
Count = tuple[str, str | None, str | None]
# A group found to be the whole: category, period, subgroup.
Whole = tuple[str, str | None, str]


@dataclass(slots=True)
class _Count:
    """One category, place and period's points: the main count's and each group's, by report."""

    main: list[Point] = field(default_factory=list)
    groups: dict[str, list[Point]] = field(default_factory=lambda: defaultdict(list))
    main_docs: set[str] = field(default_factory=set)
    group_docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def whole(self) -> str | None:
        """The one group that is the whole count, if any."""
        if len(self.groups) != 1 or not self.main:
            return None
        ((group, points),) = self.groups.items()
        if self.group_docs[group] & self.main_docs:
            return None  # a report that gives both tells them apart
        return group if fits_series(points, self.main) else None


class Wholes:
    """The groups that are whole counts, kept as points come (module doc)."""

    def __init__(self) -> None:
        self._counts: dict[Count, _Count] = defaultdict(_Count)
        self._whole: dict[Count, str | None] = {}

    def add(self, points: Iterable[Point]) -> bool:
        """Count more points (with their keys as read); whether any whole group changed."""
        touched: set[Count] = set()
        for p in points:
            _put(self._counts[_count(p)], p)
            touched.add(_count(p))
        changed = False
        for key in touched:
            whole = self._counts[key].whole()
            changed = changed or whole != self._whole.get(key)
            self._whole[key] = whole
        return changed

    def changes(self, points: Iterable[Point]) -> bool:
        """Whether adding ``points`` would change a whole group (nothing is kept).

        Only a count with one group after them is read again: with none or several, no group
        is whole, and a count that had none stays so.
        """
        new: dict[Count, list[Point]] = defaultdict(list)
        for p in points:
            new[_count(p)].append(p)
        for key, pts in new.items():
            now = self._counts.get(key)
            groups = {p.base[3] for p in pts if p.base[3] is not None}
            groups |= set(now.groups) if now is not None else set()
            if len(groups) != 1:
                if self._whole.get(key) is not None:
                    return True
                continue
            count = _Count()
            for p in [
                *(now.main if now else ()),
                *(q for qs in (now.groups if now else {}).values() for q in qs),
                *pts,
            ]:
                _put(count, p)
            if count.whole() != self._whole.get(key):
                return True
        return False

    def main_key(self, base: BaseKey) -> BaseKey:
        """The key a figure is counted under: its group's, or the main count's if whole."""
        category, place, period, group = base
        if group is not None and self._whole.get((category, place, period)) == group:
            return (category, place, period, None)
        return base


def _count(p: Point) -> Count:
    """The count a point's group may be the whole of: its category, place and period."""
    return (p.base[0], p.base[1], p.base[2])


def _put(count: _Count, p: Point) -> None:
    """Count one point, by its group (None: the main count) and its report."""
    group, doc = p.base[3], sentence(p)[0]
    if group is None:
        count.main.append(p)
        count.main_docs.add(doc)
    else:
        count.groups[group].append(p)
        count.group_docs[group].add(doc)


def relabel_wholes(groups: dict[BaseKey, list[Point]]) -> dict[BaseKey, list[Point]]:
    """Give the points of a whole group the main count's key (module doc)."""
    wholes = Wholes()
    wholes.add(p for points in groups.values() for p in points)
    out: dict[BaseKey, list[Point]] = defaultdict(list)
    for key, points in groups.items():
        main = wholes.main_key(key)
        for p in points:
            p.base = main
        out[main].extend(points)
    return dict(out)
