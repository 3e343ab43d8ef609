"""Calendar arithmetic for resolving dates: days, weekdays, months and periods.

Pure functions of dates and numbers; none reads the text or the clock. A year-less date is
resolved by a :data:`Direction`: ``"past"`` (the last such day on or before publication),
``"future"`` (the next on or after it), ``"near"`` (whichever of the two is closer: a scheduled
day, "payable Dec. 7", "the Jan. 14 deadline", may lie on either side) or ``"unmarked"`` (no
word decides: a weekday is past; a day or month of the year is the one of the year of
publication when that is past, else the nearer of last year's and the coming one, as news
writes the year of any other: "Dec. 7" in October is coming, "Dec. 28" in January is past).

    >>> nearest(12, 7, dt.date(1989, 10, 27), "near")
    datetime.date(1989, 12, 7)
    >>> nearest(12, 7, dt.date(1989, 10, 27), "past")
    datetime.date(1988, 12, 7)
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

Direction = Literal["past", "future", "near", "unmarked"]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist ("Feb. 30") or lies outside the calendar."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def month_index(year: int, month: int, shift: int = 0) -> tuple[int, int]:
    """The (year, month) ``shift`` months after ``year``/``month``."""
    index = year * 12 + month - 1 + shift
    return index // 12, index % 12 + 1


def choose(
    before: dt.date | None, after: dt.date | None, published: dt.date, direction: Direction
) -> dt.date | None:
    """Pick between the candidate on or before publication and the one on or after it."""
    if direction == "unmarked":  # this year's if past, else the nearer of last year's and this
        if after is not None and after.year == published.year and before is not None:
            return after if (after - published) < (published - before) else before
        return before if before is not None else after
    if direction == "past" or after is None:
        return before
    if direction == "future" or before is None:
        return after
    return after if (after - published) < (published - before) else before


def nearest(month: int, day: int, published: dt.date, direction: Direction) -> dt.date | None:
    """The ``month``/``day`` that ``direction`` picks around ``published``.

    Feb 29 looks up to eight years for a leap year.
    """

    def scan(step: int) -> dt.date | None:
        for k in range(9):
            candidate = safe_date(published.year + step * k, month, day)
            if candidate and (candidate <= published if step < 0 else candidate >= published):
                return candidate
        return None

    return choose(scan(-1), scan(1), published, direction)


def nearest_month(month: int, published: dt.date, direction: Direction) -> int:
    """The year of the month ``month`` that ``direction`` picks around ``published``."""
    year = published.year
    before = year - (month > published.month)
    after = year + (month < published.month)
    if direction == "past" or direction == "unmarked" and before == year:
        return before
    if direction == "future":
        return after
    gap_after = (after - year) * 12 + month - published.month
    gap_before = (year - before) * 12 + published.month - month
    return after if gap_after < gap_before else before


def shifted_month(month: int, published: dt.date, shift: int) -> int:
    """The year of "last March" (shift -1), "this March" (0) or "next March" (1).

    "last March" is the latest March before the month of publication, "next March" the first
    after it; "this March" is the one in the year of publication. The month right before
    publication is "last month": "last February" in a paper of March 1 is the February of the
    year before.
    """
    if shift < 0:
        year = published.year - (month >= published.month)
        just_before = month_index(published.year, published.month, -1) == (year, month)
        return year - 1 if just_before else year
    if shift > 0:
        return published.year + (month <= published.month)
    return published.year


def weekday(
    wd: int, shift: int | None, published: dt.date, direction: Direction, week: bool = False
) -> dt.date:
    """Resolve a weekday against the publication date.

    Alone: the one ``direction`` picks (the same day counts on either side); "last": strictly
    before; "this"/"next": in this or next Monday-Sunday week.
    """
    today = published.weekday()
    direction = "past" if direction == "unmarked" else direction
    if shift is None:
        before = published - dt.timedelta(days=(today - wd) % 7)
        after = published + dt.timedelta(days=(wd - today) % 7)
        picked = choose(before, after, published, direction)
        assert picked is not None
        return picked
    if shift < 0 and not week:
        delta = -((today - wd - 1) % 7 + 1)
    else:
        delta = wd - today + 7 * shift
    return published + dt.timedelta(days=delta)


def narrowed(lo: dt.date, hi: dt.date, mod: str, published: dt.date) -> tuple[dt.date, dt.date]:
    """A period narrowed by "earlier", "later", "early", "mid" or "late" ("late last month")."""
    third = (hi - lo) / 3
    if mod == "earlier" and lo <= published <= hi:
        return lo, published
    if mod == "later" and lo <= published <= hi:
        return published, hi
    if mod == "early":
        return lo, lo + third
    if mod == "mid":
        return lo + third, hi - third
    if mod == "late":
        return hi - third, hi
    return lo, hi
