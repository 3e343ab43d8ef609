"""One located date expression -> the days it covers: a reader per branch of the date pattern.

:mod:`claimtrack.find.datescan` holds the pattern; each of its named branches ("A" for "Nov. 30",
"E" for "on Tuesday", ...) has a reader here or, for named days and periods, in
:mod:`claimtrack.find.datenames`; ``READERS`` in :mod:`claimtrack.find.dates` lists them. A
reader gets the match as a :class:`Candidate` and returns a :class:`DateMention`, or None when
the candidate is no date after all ("the fourth decline", "in 2000 homes").
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

import regex

from ..lexicon import DatesLexicon, lookup
from ..model import REACH, Granularity, Span, cut
from ..text.patterns import lazy
from .datecalc import (
    Direction,
    choose,
    month_bounds,
    month_index,
    narrowed,
    nearest,
    nearest_month,
    safe_date,
    shifted_month,
    weekday,
)
from .datescan import variants


@dataclass(frozen=True, slots=True)
class DateMention:
    """A located date expression and, when it can be resolved, the days it covers.

    ``anaphoric`` mentions ("that day", "the following year") are named from the date the text
    gave last; ``find_date_mentions`` resolves them once every mention is found.
    """

    span: Span
    text: str
    start: dt.date | None
    end: dt.date | None
    granularity: Granularity
    relative: bool
    anaphoric: tuple[str, int] | None = None


@dataclass(slots=True)
class Candidate:
    """What a reader needs: the match, the text, the word lists, the publication date."""

    m: regex.Match[str]
    text: str
    d: DatesLexicon
    published: dt.date | None
    # Which way a year-less date points; asked only when needed (it reads the clause).
    ahead: Callable[[], Direction]
    # A bare year followed by a count noun is a count: "in 2000 homes".
    count_noun: regex.Pattern[str]

    def make(
        self,
        lo: dt.date | None,
        hi: dt.date | None,
        gran: Granularity,
        rel: bool,
        s: int | None = None,
        e: int | None = None,
    ) -> DateMention:
        """The mention from ``s`` to ``e`` (default: the match's start and end)."""
        start = self.m.start() if s is None else s
        span, piece = cut(self.text, start, self.m.end() if e is None else e)
        return DateMention(span, piece, lo, hi, gran, rel)

    def counted(self, group: str) -> bool:
        """Whether a count noun follows ``group``: "May 5, 2000 people", "of 1900 people"."""
        at = self.m.end(group)
        return self.count_noun.match(self.text, at, at + REACH) is not None

    def word(self, group: str) -> str:
        """The lower-cased text of ``group``, with single spaces."""
        return fold(self.m[group])

    def entry(self, table: Mapping[str, T], group: str) -> T:
        """The lexicon entry ``group`` names (as the case-blind pattern matched it: "İ")."""
        return lookup(table, " ".join(self.m[group].split()))


T = TypeVar("T")
Reader = Callable[[Candidate], "DateMention | None"]
# Words that may follow "the 21st" when it is a day ("on the 21st and 22nd", "the 21st, when").
_AFTER_DAY = lazy(r"[^\S\n]*(?:[^\w\s]|$|\n|(?:and|or|of|at|in|when|after|before)\b)")
_ORDINAL_END = lazy(r"(?i)(?:st|nd|rd|th)?\.?$")  # "21st", "3."
_ON_BEFORE = lazy(r"\bon[^\S\n]+$", regex.I)  # "on 4/22"
# The word before a modifier year or month, and whether it is a possessive: "the", "firm's".
_WORD_BEFORE = lazy(r"(?<!\w)(?P<w>\w+)(?P<s>['\u2019]s?)?[^\S\n]{1,3}$")
_NTH = ("first", "second", "third", "fourth", "fifth")


def fold(s: str) -> str:
    """Lower case with single spaces, as lexicon keys are written."""
    return " ".join(s.lower().split())


def day_number(raw: str, ordinals: dict[str, int]) -> int:
    """The day of "21st", "3." or "twenty-first"; 0 when it is none."""
    digits = _ORDINAL_END.sub("", raw)
    if digits.isdigit():
        return int(digits)
    return variants(ordinals).get(fold(raw), 0)


def after_on(text: str, pos: int) -> bool:
    """Whether "on" comes right before ``pos``: "on 4/22", "on 22nd"."""
    return _ON_BEFORE.search(text[max(0, pos - 12) : pos]) is not None


def day_mention(
    c: Candidate, month: int, day: int, year: int | None, wd: int | None = None
) -> DateMention | None:
    """A day of a month, with or without its year; a weekday given with it picks the year.

    "Monday, Oct. 26" in a paper of Oct. 25 is the Oct. 26 that is a Monday, the next day.
    """
    if not 1 <= day <= 31 or safe_date(2000, month, day) is None:  # "Feb 30", "Nov 31"
        return None
    if year is not None:
        value = safe_date(year, month, day)
        return None if value is None else c.make(value, value, "day", False)
    published = c.published
    if published is None:
        return c.make(None, None, "day", True)
    if wd is not None:
        fits = [
            v
            for y in (published.year - 1, published.year, published.year + 1)
            if (v := safe_date(y, month, day)) is not None and v.weekday() == wd
        ]
        if fits:
            value = min(fits, key=lambda v: abs((v - published).days))
            return c.make(value, value, "day", True)
    value = nearest(month, day, published, c.ahead())
    return None if value is None else c.make(value, value, "day", True)


def read_month_day(c: Candidate) -> DateMention | None:
    """A and B: "Nov. 30", "Tuesday, November 28, 2023", "30 November 2023", "1st of May"."""
    m, d, kind = c.m, c.d, c.m.lastgroup
    if kind == "A" and m["A_glued"] is not None and not _glue_ok(m["A_mon"], d):
        return None
    month = c.entry(d.months, f"{kind}_mon")
    raw = m[f"{kind}_day"] or (m["B_word"] if kind == "B" else None) or ""
    day = day_number(raw, d.ordinals)
    year_group = f"{kind}_year" if m[f"{kind}_year"] else "B_year2" if kind == "B" else None
    year = int(m[year_group]) if year_group and m[year_group] else None
    wd_name = m[f"{kind}_wd"]
    wd = None
    if wd_name:
        group = f"{kind}_wd"
        try:
            wd = c.entry(d.weekdays, group)
        except KeyError:
            wd = c.entry(d.weekday_abbreviations, group)
    return day_mention(c, month, day, year, wd)


def _glue_ok(month: str, d: DatesLexicon) -> bool:
    """Whether a month name may take a day glued to it: "Oct2" and "October2" are dates.

    Not in capitals ("DEC10", "JUN2" are codes), and not a name that is also a word
    ("Mar5", "May5": the "capital_only" names need a space before their day).
    """
    return not month.isupper() and month.lower() not in d.words.capital_only


def read_month_year(c: Candidate) -> DateMention | None:
    """D: "May 2015", "Sept. of 2017"."""
    year = int(c.m["D_year"])
    if not 1800 <= year <= 2100 or c.counted("D_year"):
        return None
    return c.make(*month_bounds(year, c.entry(c.d.months, "D_mon")), "month", False)


def read_weekday(c: Candidate) -> DateMention | None:
    """E: "on Tuesday", "last Friday", "Thursday the 21st", "next week on Friday"."""
    m, d, published = c.m, c.d, c.published
    wd = c.entry(d.weekdays, "E_wd")
    # "Friday, the fourth decline": an ordinal word before a noun is a rank, not a day; the
    # weekday alone is the date. ("Wednesday the 27th with Joe" is a day: digits.)
    dom_ok = m["E_dom"] and (
        m["E_dom"][0].isdigit() or _AFTER_DAY.match(c.text, m.end(), m.end() + REACH)
    )
    end = m.end() if not m["E_dom"] or dom_ok else m.end("E_wd")
    if dom_ok:  # "Thursday the 21st": the last 21st that was a Thursday
        dom = day_number(m["E_dom"], d.ordinals)
        if published is None or not 1 <= dom <= 31:
            return c.make(None, None, "day", True)
        year, month, ahead = published.year, published.month, c.ahead()
        for _ in range(14):
            value = safe_date(year, month, dom)
            fits = value is not None and (
                value >= published if ahead == "future" else value <= published
            )
            if value and fits and value.weekday() == wd:
                return c.make(value, value, "day", True)
            year, month = month_index(year, month, 1 if ahead == "future" else -1)
        return c.make(None, None, "day", True)
    if published is None:
        return c.make(None, None, "day", True, e=end)
    if m["E_shift2"] or m["E_next"]:
        shift = c.entry(d.shifts, "E_shift2") if m["E_shift2"] else 1
        value = weekday(wd, shift, published, "past", week=True)
    elif m["E_shift"] and not m["E_week"] and c.word("E_shift") in d.words.anaphoric_shifts:
        # "the previous Friday": the Friday before the last day the text gave (see datelinks)
        span, piece = cut(c.text, m.start(), end)
        return DateMention(span, piece, None, None, "day", True, ("weekday", wd))
    elif m["E_shift"] and c.word("E_shift") in d.words.next_occurrence:
        value = weekday(wd, None, published, "future")  # "this coming Sunday"
    elif m["E_shift"]:
        shift = c.entry(d.shifts, "E_shift")
        value = weekday(wd, shift, published, "past", week=bool(m["E_week"]))
    else:
        value = weekday(wd, None, published, c.ahead())
    return c.make(value, value, "day", True, e=end)


def read_weekday_short(c: Candidate) -> DateMention | None:
    """F: "on Wed."."""
    if c.published is None:
        return c.make(None, None, "day", True)
    value = weekday(c.entry(c.d.weekday_abbreviations, "F_wd"), None, c.published, c.ahead())
    return c.make(value, value, "day", True)


def read_period(c: Candidate) -> DateMention | None:
    """G: "last week" (Monday to Sunday), "earlier this month", "the current fiscal year"."""
    m, published = c.m, c.published
    unit = m["G_unit"].lower()
    gran: Granularity = "week" if unit == "week" else "month" if unit == "month" else "year"
    if published is None:
        return c.make(None, None, gran, True)
    shift = c.entry(c.d.shifts, "G_shift")
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        lo, hi = monday, monday + dt.timedelta(days=6)
    elif unit == "month":
        lo, hi = month_bounds(*month_index(published.year, published.month, shift))
    else:
        lo, hi = dt.date(published.year + shift, 1, 1), dt.date(published.year + shift, 12, 31)
    return c.make(*narrowed(lo, hi, (m["G_mod"] or "").lower(), published), gran, True)


def read_relative_day(c: Candidate) -> DateMention | None:
    """H: "yesterday", "tonight", "the day before yesterday"."""
    if c.published is None:
        return c.make(None, None, "day", True)
    when = c.published + dt.timedelta(days=c.entry(c.d.relative_days, "H"))
    return c.make(when, when, "day", True)


def read_nth_weekday(c: Candidate) -> DateMention | None:
    """N: "the first Friday of July", "the last Sunday of next month"."""
    m, d, published = c.m, c.d, c.published
    wd = c.entry(d.weekdays, "N_wd")
    nth = _NTH.index(n) if (n := m["N_nth"].lower()) != "last" else -1

    def pick(year: int, month: int) -> dt.date | None:
        days = [
            dt.date(year, month, k)
            for k in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, k).weekday() == wd
        ]
        return days[nth] if nth < len(days) else None

    if published is None:
        return c.make(None, None, "day", True)
    if m["N_shift"]:
        value = pick(*month_index(published.year, published.month, c.entry(d.shifts, "N_shift")))
    else:
        month = c.entry(d.months, "N_mon")
        this = pick(published.year, month)
        if this is None:
            return None
        last, following = pick(published.year - 1, month), pick(published.year + 1, month)
        before = this if this <= published else last
        after = this if this >= published else following
        value = choose(before, after, published, c.ahead())
    return None if value is None else c.make(value, value, "day", True)


def read_month(c: Candidate) -> DateMention | None:
    """J: "in November", "since December", "mid-April": a month named alone after a cue."""
    name = c.m["J_mon"].lower()
    if name in c.d.words.number_required:
        return None
    month = c.entry(c.d.months, "J_mon")
    if c.published is None:
        return c.make(None, None, "month", True, c.m.start("J_mon"))
    year = nearest_month(month, c.published, c.ahead())
    return c.make(*month_bounds(year, month), "month", True, c.m.start("J_mon"))


def read_month_modifier(c: Candidate) -> DateMention | None:
    """V: a month before a noun or with "'s": "the October slaying", "December's figures"."""
    m = c.m
    possessive = c.text.startswith(("'s", "\u2019s"), m.end("V_mon"))
    if not possessive and not determined(c, m.start("V_mon")):
        return None
    if possessive and c.m["V_mon"].lower() in c.d.words.capital_only:
        return None  # "May's cabinet": a name as often as a month
    if c.m["V_mon"].lower() in c.d.words.number_required and not possessive:
        return None
    month = c.entry(c.d.months, "V_mon")
    if c.published is None:
        return c.make(None, None, "month", True, m.start("V_mon"))
    year = nearest_month(month, c.published, c.ahead())
    return c.make(*month_bounds(year, month), "month", True, m.start("V_mon"))


def read_shifted_month(c: Candidate) -> DateMention | None:
    """Q: "last March", "this September", "late last August", "next April"."""
    month = c.entry(c.d.months, "Q_mon")
    if c.published is None:
        return c.make(None, None, "month", True)
    year = shifted_month(month, c.published, c.entry(c.d.shifts, "Q_shift"))
    lo, hi = narrowed(*month_bounds(year, month), (c.m["Q_mod"] or "").lower(), c.published)
    return c.make(lo, hi, "month", True)


def read_month_of_year(c: Candidate) -> DateMention | None:
    """P: "January this year", "in June last year", "April next year"."""
    month = c.entry(c.d.months, "P_mon")
    if c.published is None:
        return c.make(None, None, "month", True, c.m.start("P_mon"))
    year = c.published.year + c.entry(c.d.shifts, "P_shift")
    return c.make(*month_bounds(year, month), "month", True, c.m.start("P_mon"))


def read_year(c: Candidate) -> DateMention | None:
    """K: "in 2014", "since 1934", "mid-2014", "fiscal 1989" (the prefix kept in the mention)."""
    if c.counted("K_year"):
        return None
    year = int(c.m["K_year"])
    keep = c.word("K_cue") in c.d.words.year_prefixes
    s = c.m.start("K_cue") if keep else c.m.start("K_year")
    return c.make(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False, s)


def determined(c: Candidate, at: int) -> bool:
    """Whether a determiner comes right before ``at``: "the October slaying"."""
    before = _WORD_BEFORE.search(c.text, max(0, at - 20), at)
    return (
        before is not None and not before["s"] and fold(before["w"]) in c.d.words.year_determiners
    )


def read_year_modifier(c: Candidate) -> DateMention | None:
    """Y: a year before a noun, "a 2016 raid", "the 1959 embargo", "the firm's 1989 results"."""
    if c.counted("Y_year"):
        return None
    year = int(c.m["Y_year"])
    return c.make(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False, c.m.start("Y_year"))


def read_year_range(c: Candidate) -> DateMention | None:
    """R: "2014-2015", "1961-62": the years from the first to the second."""
    first, raw = int(c.m["R_y1"]), c.m["R_y2"]
    last = first // 100 * 100 + int(raw) if len(raw) == 2 else int(raw)
    if not first < last <= first + 20 or c.counted("R_y2"):
        return None
    return c.make(dt.date(first, 1, 1), dt.date(last, 12, 31), "range", False)


def read_day_of_month(c: Candidate) -> DateMention | None:
    """L: "on the 21st" (the last 21st up to publication), "the 20th of next month"."""
    m, published = c.m, c.published
    if not m["L_the"] and not m["L_shift"] and not after_on(c.text, m.start()):
        return None  # "22nd" alone is a rank, not a day
    if not m["L_shift"] and not _AFTER_DAY.match(c.text, m.end(), m.end() + REACH):
        return None  # "the 15th month", "the 27th floor", "the 25th Anniversary"
    day = int(m["L_day"])
    if not 1 <= day <= 31:
        return None
    if published is None:
        return c.make(None, None, "day", True)
    if m["L_shift"]:
        y, mo = month_index(published.year, published.month, c.entry(c.d.shifts, "L_shift"))
        value = safe_date(y, mo, day)
        return None if value is None else c.make(value, value, "day", True)
    ahead = c.ahead()

    def scan(step: int) -> dt.date | None:
        year, month = published.year, published.month
        for _ in range(3):
            value = safe_date(year, month, day)
            if value and (value <= published if step < 0 else value >= published):
                return value
            year, month = month_index(year, month, step)
        return None

    value = choose(scan(-1), scan(1), published, "past" if ahead == "unmarked" else ahead)
    return None if value is None else c.make(value, value, "day", True)
