"""The values a figure's wording allows, and whether two figures can both be true."""

from __future__ import annotations

import math
from dataclasses import dataclass

_INF = math.inf


@dataclass(frozen=True, slots=True)
class Bounds:
    """The values a figure's wording allows: ``more than 400`` is ``(400, inf)`` open below.

    >>> Bounds(400, 400, lo_open=True).compatible(Bounds(413, 413))
    False
    >>> Bounds(400, _INF, lo_open=True).compatible(Bounds(413, 413))
    True
    """

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def compatible(self, other: Bounds) -> bool:
        """Whether both can be true at once (the intervals meet)."""
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        if lo < hi:
            return True
        if lo > hi:
            return False
        lo_open = (self.lo_open and self.lo == lo) or (other.lo_open and other.lo == lo)
        hi_open = (self.hi_open and self.hi == hi) or (other.hi_open and other.hi == hi)
        return not (lo_open or hi_open)


def figure_bounds(value: float, low: float | None, high: float | None, qualifier: str) -> Bounds:
    """Bounds from the qualifier, widened by any bounds the extractor gave.

    >>> figure_bounds(3500, None, None, "about")
    Bounds(lo=3150.0, hi=3850.0, lo_open=False, hi_open=False)
    """
    lo: float = value
    hi: float = value
    lo_open = hi_open = False
    if qualifier == "more_than":
        hi, lo_open = _INF, True
    elif qualifier == "at_least":
        hi = _INF
    elif qualifier == "about":
        lo, hi = value * 9 / 10, value * 11 / 10
    elif qualifier == "nearly":
        lo = value * 9 / 10
    elif qualifier in ("up_to", "fewer_than"):
        lo, hi_open = 0, qualifier == "fewer_than"
    elif qualifier == "vague":
        hi = _INF
    if low is not None and low < lo:
        lo, lo_open = low, False
    if high is not None and high > hi:
        hi, hi_open = high, False
    return Bounds(lo, hi, lo_open, hi_open)
