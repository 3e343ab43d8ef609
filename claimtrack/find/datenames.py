"""Named days and periods: holidays, years said in words, parts of periods, anaphoric dates.

Readers for branches of the date pattern (see :mod:`claimtrack.find.dateforms`) whose words come
from lexicon tables rather than from the calendar: ``holidays`` ("Thanksgiving Day"),
``spoken_years`` ("nineteen ninety-six"), ``relative_periods`` ("year-earlier"),
``period_parts`` ("the end of the month") and ``anaphora`` ("the day before", resolved once
every mention is found, from the last date the text gave).
"""

from __future__ import annotations

import calendar
import datetime as dt

from ..model import REACH, Granularity, cut
from ..text.patterns import lazy
from .datecalc import choose, month_bounds, month_index, narrowed, nearest_month, safe_date
from .dateforms import Candidate, DateMention

# The end of a phrase: punctuation or the end of the line ("the day before." but not "the day
# before the vote", whose day is the vote's).
_PHRASE_END = lazy(r"[^\S\n]*(?:[^\w\s]|$|\n)")


def read_spoken_year(c: Candidate) -> DateMention | None:
    """S: "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand"."""
    m, spoken = c.m, c.d.spoken_years
    if m["S_k"]:
        if not (m["S_mon"] or m["S_cue"] or m["S_the"]):
            return None  # "two thousand people"
        year = c.entry(spoken.thousands, "S_k")
        year += c.entry(spoken.units, "S_ku") if m["S_ku"] else 0
    else:
        year = 100 * c.entry(spoken.centuries, "S_c")
        if m["S_o"]:
            year += c.entry(spoken.units, "S_o")
        else:
            tens = c.entry(spoken.tens, "S_t")
            if m["S_u"] and tens < 20:
                return None  # "nineteen eleven six" is no year
            year += tens + (c.entry(spoken.units, "S_u") if m["S_u"] else 0)
    if c.counted("S"):
        return None
    if m["S_mon"]:
        return c.make(*month_bounds(year, c.entry(c.d.months, "S_mon")), "month", False)
    start = m.start("S_the") if m["S_the"] else m.start("S_c") if m["S_c"] else m.start("S_k")
    return c.make(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False, start)


def read_holiday(c: Candidate) -> DateMention | None:
    """X: "Thanksgiving Day", "last Christmas", "Election Day 1998": a named day of the year."""
    m = c.m
    if not m["X_name"][0].isupper():
        return None  # "a thanksgiving service"
    rule = c.entry(c.d.holidays, "X_name")

    def on(year: int) -> dt.date | None:
        if rule.day is not None:
            value = safe_date(year, rule.month, rule.day)
        else:
            days = [
                dt.date(year, rule.month, k)
                for k in range(1, calendar.monthrange(year, rule.month)[1] + 1)
                if dt.date(year, rule.month, k).weekday() == rule.weekday
            ]
            value = days[rule.nth - 1 if rule.nth > 0 else -1]
        return None if value is None else value + dt.timedelta(days=rule.offset)

    if m["X_year"]:
        value = on(int(m["X_year"]))
        return None if value is None else c.make(value, value, "day", False)
    published = c.published
    if published is None:
        return c.make(None, None, "day", True)
    years = (published.year - 1, published.year, published.year + 1)
    days = [d for d in map(on, years) if d is not None]
    before = max((d for d in days if d <= published), default=None)
    after = min((d for d in days if d >= published), default=None)
    if m["X_shift"]:
        shift = c.entry(c.d.shifts, "X_shift")
        if shift < 0:
            value = max((d for d in days if d < published), default=None)
        elif shift > 0:
            value = min((d for d in days if d > published), default=None)
        else:
            value = on(published.year)
    else:
        value = choose(before, after, published, c.ahead())
    return None if value is None else c.make(value, value, "day", True)


def read_relative_period(c: Candidate) -> DateMention | None:
    """W: "year-earlier", "the full year": a period counted from publication."""
    try:
        period = c.entry(c.d.relative_periods, "W")
    except KeyError:  # an empty list matched nothing
        return None
    gran: Granularity = "year" if period.unit == "year" else "month"
    if c.published is None:
        return c.make(None, None, gran, True)
    if period.unit == "year":
        year = c.published.year + period.shift
        return c.make(dt.date(year, 1, 1), dt.date(year, 12, 31), gran, True)
    return c.make(
        *month_bounds(*month_index(c.published.year, c.published.month, period.shift)), gran, True
    )


def read_part(c: Candidate) -> DateMention | None:
    """T: "the end of the month", "the beginning of October", "the middle of 2015", "year-end"."""
    m, d, published = c.m, c.d, c.published
    mod = c.entry(d.period_parts, "T_part") if m["T_part"] else "late"
    if m["T_year"]:
        year = int(m["T_year"])
        lo, hi = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return c.make(*narrowed(lo, hi, mod, lo), "year", False)
    if published is None:
        return c.make(None, None, "month" if m["T_mon"] else "year", True)
    shift = c.entry(d.shifts, "T_shift") if m["T_shift"] else 0
    if m["T_mon"]:
        month = c.entry(d.months, "T_mon")
        year = nearest_month(month, published, c.ahead()) if not m["T_shift"] else published.year
        lo, hi, gran = *month_bounds(year, month), "month"
    elif (m["T_unit"] or m["T_unit2"]).lower() == "month":
        lo, hi, gran = *month_bounds(*month_index(published.year, published.month, shift)), "month"
    else:
        year = published.year + shift
        lo, hi, gran = dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    return c.make(*narrowed(lo, hi, mod, published), gran, True)  # type: ignore[arg-type]


def read_anaphor(c: Candidate) -> DateMention | None:
    """O: "that day", "the day before", "the following year": resolved later, from the last date.

    "the day before" needs its phrase to end there: in "the day before the vote" the day is the
    vote's, which the text may not give.
    """
    name = c.word("O")
    try:
        anaphor = c.entry(c.d.anaphora, "O")
    except KeyError:  # an empty list matched nothing
        return None
    if name.endswith((" before", " after")) and not _PHRASE_END.match(
        c.text, c.m.end(), c.m.end() + REACH
    ):
        return None
    span, piece = cut(c.text, c.m.start(), c.m.end())
    return DateMention(span, piece, None, None, anaphor.unit, True, (anaphor.unit, anaphor.shift))
