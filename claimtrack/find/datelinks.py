"""Dates read together: joined dates, shared years, and dates named from the date before.

After the pattern has found every mention in a document, four steps read mentions in the
light of their neighbours: a second year or day joined to a date ("between 1994 and 1997",
"April 24 and 25"), a year-less day that shares the year of the day joined to it ("Sept. 20
and Dec. 31, 2017"), a day counted from the date right after it ("the day before last
Tuesday's hearing"), and anaphoric dates ("the next day", "the previous Friday") resolved from
the last date before them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import regex

from ..lexicon import DatesLexicon, Lexicon
from ..model import REACH
from ..text.patterns import lazy
from .datecalc import month_bounds, safe_date
from .dateforms import DateMention

# What joins two dates into one stretch or list: "Sept. 20 and Dec. 31, 2017".
_JOINER = lazy(r",?[^\S\n]{0,3}(?:and|or|to|through|until|-|\u2013)[^\S\n]{0,3}")
# A second year or day joined to a date: "between 1994 and 1997", "on April 24 and 25".
_JOINED = lazy(
    r"[^\S\n]{0,3}(?:and|or|to|through|until|-|\u2013|&)[^\S\n]{0,3}(\d{1,4})\b(?![.,:/\-]\d)"
)


def joined(first: DateMention, text: str, count_noun: regex.Pattern[str]) -> DateMention | None:
    """A second year or day joined to ``first``: "between 1994 and 1997", "April 24 and 25"."""
    if first.start is None or first.granularity not in ("year", "day"):
        return None
    j = _JOINED.match(text, first.span[1], first.span[1] + REACH)
    if j is None or count_noun.match(text, j.end(), j.end() + REACH):
        return None
    number, span = int(j[1]), j.span(1)
    if first.granularity == "year" and len(j[1]) == 4 and first.start.year < number <= 2100:
        lo, hi = dt.date(number, 1, 1), dt.date(number, 12, 31)
    elif first.granularity == "day" and len(j[1]) <= 2 and first.start.day < number:
        if (value := safe_date(first.start.year, first.start.month, number)) is None:
            return None
        lo = hi = value
    else:
        return None
    return DateMention(span, text[span[0] : span[1]], lo, hi, first.granularity, first.relative)


def shared_years(found: list[DateMention], text: str) -> list[DateMention]:
    """A year-less day joined to a day with its year takes that year: "Sept. 20 and Dec. 31, 2017".

    The first day is the one of that year (of the year before, when it would come after the
    second: "Dec. 20 to Jan. 5, 2018").
    """
    out = list(found)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if (
            first.relative
            and first.granularity == "day"
            and first.start is not None
            and not second.relative
            and second.granularity == "day"
            and second.start is not None
            and _JOINER.fullmatch(text, first.span[1], second.span[0])
        ):
            year = second.start.year
            day = safe_date(year, first.start.month, first.start.day)
            if day is not None and day > second.start:
                day = safe_date(year - 1, first.start.month, first.start.day)
            if day is not None:
                out[k] = replace(first, start=day, end=day)
    return out


def counted(found: list[DateMention], text: str, lexicon: Lexicon) -> list[DateMention]:
    """A date counted from the date right after it: "the day before last Tuesday's hearing".

    The counting phrases are the anaphora that end in "before" or "after" ("the day before",
    "the year after"); the date after them must be of their unit. The mention then runs from
    the phrase to the end of the date, and covers the day (or year) counted.
    """
    d = lexicon.dates
    pattern = lexicon.memo("dates.counting", lambda lex: _counting(lex.dates))
    if pattern is None:
        return found
    out: list[DateMention] = []
    for m in found:
        lead = pattern.search(text, max(0, m.span[0] - 40), m.span[0])
        anaphor = d.anaphora.get(" ".join(lead[1].lower().split())) if lead else None
        if (
            lead is None
            or anaphor is None
            or anaphor.unit != m.granularity
            or m.start is None
            or m.end is None
        ):
            out.append(m)
            continue
        lo, _ = _counted_from(m.start, anaphor.unit, anaphor.shift)
        _, hi = _counted_from(m.end, anaphor.unit, anaphor.shift)
        while out and out[-1].span[0] >= lead.start():
            out.pop()  # "the day before" read alone, inside the longer mention
        span = (lead.start(), m.span[1])
        out.append(replace(m, span=span, text=text[span[0] : span[1]], start=lo, end=hi))
    return out


def _counting(d: DatesLexicon) -> regex.Pattern[str] | None:
    names = [n for n in d.anaphora if n.endswith((" before", " after"))]
    if not names:
        return None
    words = [r"[^\S\n]+".join(regex.escape(w) for w in n.split()) for n in names]
    return lazy(
        rf"(?<!\w)({'|'.join(sorted(words, key=len, reverse=True))})[^\S\n]+(?:the[^\S\n]+)?$",
        regex.IGNORECASE,
    )


def anchored(found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """Resolve "that day", "the following year": from the last date before them, or publication.

    A day counted from needs a day ("On May 3 ... the next day"); a month, a day or a month;
    a year, any date. Without one before, the publication date is the anchor.
    """
    if not any(m.anaphoric for m in found):
        return found
    out: list[DateMention] = []
    anchor: DateMention | None = None
    finer = {
        "day": ("day",),
        "week": ("day", "week"),
        "month": ("day", "month"),
        "year": ("day", "week", "month", "year"),
    }
    for m in found:
        if m.anaphoric is None:
            out.append(m)
            if m.start is not None and m.granularity != "range":
                anchor = m
            continue
        unit, offset = m.anaphoric
        if unit == "weekday":  # "the previous Friday": the one before the last day given
            base = anchor.start if anchor is not None and anchor.granularity == "day" else published
            if base is not None:
                back = (base.weekday() - offset - 1) % 7 + 1
                day = base - dt.timedelta(days=back)
                m = replace(m, start=day, end=day)
                anchor = m
            out.append(m)
            continue
        if anchor is not None and anchor.granularity in finer[unit]:
            base = anchor.start
        else:
            base = published
        resolved = replace(m, start=None, end=None)
        if base is not None:
            lo, hi = _counted_from(base, unit, offset)
            resolved = replace(m, start=lo, end=hi)
            anchor = resolved
        out.append(resolved)
    return out


def _counted_from(base: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date]:
    if unit == "day":
        day = base + dt.timedelta(days=offset)
        return day, day
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        index = base.year * 12 + base.month - 1 + offset
        return month_bounds(index // 12, index % 12 + 1)
    return dt.date(base.year + offset, 1, 1), dt.date(base.year + offset, 12, 31)
