"""Date expressions -> dates, relative to the publication date.

One compiled pattern (in :mod:`claimtrack.find.datescan`, tried only where a date can begin) locates
candidates ("Nov. 30", "30 November 2023", "on Tuesday", "last week", "two days ago", "in 2014");
small rules resolve them against the publication date, the way a news reader does: a day named
without a year is the nearest such day *not after* publication, unless the sentence looks ahead
("will arrive on Friday"), then it is the next one. dateparser resolves only the leftovers (month
and year arithmetic in "two months ago"), with fixed settings, and is imported lazily. Only this
module imports dateparser; nothing here reads the clock.

    >>> from claimtrack.lexicon import load_lexicon
    >>> [(m.text, str(m.start)) for m in find_date_mentions(
    ...     "Officials said on Tuesday that the Nov. 30 talks will resume on Friday.",
    ...     load_lexicon(), dt.date(2023, 12, 6))]
    [('Tuesday', '2023-12-05'), ('Nov. 30', '2023-11-30'), ('Friday', '2023-12-08')]
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

import regex

from ..errors import InputError
from ..find.datescan import Anchors, anchors, compile_pattern, starts, variants
from ..find.phrases import WordIndex
from ..lexicon import DatesLexicon, Lexicon, load_lexicon
from ..model import REACH, DateRange, Granularity, Span, cut

Tense = Literal["auto", "past", "future"]
_Ahead = Callable[[], bool]  # "does this date's sentence look ahead?", asked only when needed


class _Make(Protocol):
    def __call__(
        self,
        lo: dt.date | None,
        hi: dt.date | None,
        gran: Granularity,
        rel: bool,
        s: int = ...,
    ) -> DateMention: ...


@dataclass(frozen=True, slots=True)
class DateMention:
    """A located date expression and, when it can be resolved, the days it covers."""

    span: Span
    text: str
    start: dt.date | None
    end: dt.date | None
    granularity: Granularity
    relative: bool


# Words that may follow "the 21st" when it is a day ("on the 21st and 22nd", "the 21st, when").
_AFTER_DAY = regex.compile(r"[^\S\n]*(?:[^\w\s]|$|\n|(?:and|or|of|at|in|when|after|before)\b)")
# One amount in "1 month and 21 days ago": the count and the unit.
_AMOUNT_PATTERN = r"\b(\L<counts>|\d{1,2})[^\S\n]{1,3}(day|week|month|year)s?\b"
# "in two days of fighting", "in 100 years of records": a duration, not a day ahead.
_AMOUNT_OF = regex.compile(r"[^\S\n]{1,3}of\b", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?][\"'”’)]*\s|\n")
_FUTURE_WINDOW = 120  # characters before a date searched for "will", "is due to"...
_ORDINAL_END = regex.compile(r"(?i)(?:st|nd|rd|th)?\.?$")  # "21st", "3."
_ON_BEFORE = regex.compile(r"\bon[^\S\n]+$", regex.I)  # "on 4/22"


_ISO_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}")


def find_dates(
    text: str, *, published: dt.date | str | None = None, lexicon: Lexicon | None = None
) -> list[DateRange]:
    """Every date mention in ``text``, in order, resolved against ``published``.

    The "search_dates with offsets" of the public API: each mention keeps its ``text`` and
    ``span`` (``text[span[0]:span[1]] == mention.text``), its first and last day and its
    ``granularity``. A relative expression ("on Tuesday", "last month") that cannot be
    resolved, because ``published`` is None, is left out.

    Args:
        text: the document, exactly as given; spans index it.
        published: the publication date, a ``datetime.date`` or an ISO string "2023-11-30".
        lexicon: word lists to use instead of the defaults (see :func:`load_lexicon`).

    Returns:
        One :class:`~claimtrack.model.DateRange` per resolved mention, sorted by start.

    Raises:
        InputError: ``text`` is not a string or ``published`` is not a date.

    >>> [(d.text, str(d.start), d.granularity) for d in find_dates(
    ...     "Talks resumed on Tuesday after the Nov. 3 vote.", published="2023-11-25")]
    [('Tuesday', '2023-11-21', 'day'), ('Nov. 3', '2023-11-03', 'day')]
    """
    if not isinstance(text, str):
        hint = '; decode it first, e.g. data.decode("utf-8")' if isinstance(text, bytes) else ""
        raise InputError(
            f"find_dates() expects text as str, got {type(text).__name__}{hint}", value=text
        )
    day = parse_published(published)
    lex = lexicon if lexicon is not None else load_lexicon()
    if not isinstance(lex, Lexicon):
        raise InputError(
            f"lexicon must be a claimtrack.Lexicon (see load_lexicon()), got {type(lex).__name__}",
            value=lex,
        )
    return [
        DateRange(start=m.start, end=m.end, granularity=m.granularity, text=m.text, span=m.span)
        for m in find_date_mentions(text, lex, day)
        if m.start is not None and m.end is not None
    ]


def parse_published(value: object) -> dt.date | None:
    """Normalise a publication date: a date, a datetime, an ISO string, or None.

    >>> parse_published("2023-11-30")
    datetime.date(2023, 11, 30)

    Raises:
        InputError: anything else, or an ISO string that names no real day.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DATE.match(text):
            try:
                return dt.date.fromisoformat(text[:10])
            except ValueError:
                pass
        raise InputError(
            f'published must be a date or an ISO string like "2023-11-30", got "{value}"',
            value=value,
        )
    raise InputError(
        f'published must be a date or an ISO string like "2023-11-30", '
        f"got {type(value).__name__} {value!r}",
        value=value,
    )


def _build(lexicon: Lexicon) -> _Rules:
    d = lexicon.dates
    w = d.words
    pattern = compile_pattern(d)
    cues = regex.compile(r"(?<!\w)\L<cue>(?!\w)", regex.IGNORECASE, cue=list(w.future_cues))
    past = regex.compile(r"(?<!\w)\L<cue>(?!\w)", regex.IGNORECASE, cue=list(w.past_cues))
    counts = regex.compile(r"[^\S\n]{1,3}\L<w>\b", regex.IGNORECASE, w=list(w.not_after_year))
    amount = regex.compile(_AMOUNT_PATTERN, regex.IGNORECASE, counts=list(d.counts))
    return _Rules(pattern, anchors(d), cues, past, counts, amount)


@dataclass(frozen=True, slots=True)
class _Rules:
    scan: regex.Pattern[str]
    anchors: Anchors
    future: regex.Pattern[str]
    past: regex.Pattern[str]
    count_noun: regex.Pattern[str]
    amount: regex.Pattern[str]


def find_date_mentions(
    text: str,
    lexicon: Lexicon,
    published: dt.date | None,
    *,
    tense: Tense = "auto",
    words: WordIndex | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, sorted by start, resolved against ``published``.

    Args:
        text: the document, exactly as given; spans index it.
        lexicon: supplies month and weekday names and the cue lists (``dates.toml``).
        published: the publication date; when None, only dates that name their year resolve.
        tense: "auto" reads a year-less day as past unless a future cue precedes it in its
            sentence; "past" or "future" forces one reading (used by conformance tests).
        words: the document's :class:`~claimtrack.find.phrases.WordIndex`, when the caller has one.

    Returns:
        One mention per expression; ``start``/``end`` are None when it cannot be resolved.

    >>> from claimtrack.lexicon import load_lexicon
    >>> m, = find_date_mentions("Blinken arrives on Friday.", load_lexicon(), None)
    >>> (m.text, m.span, m.start, m.relative)
    ('Friday', (19, 25), None, True)
    """
    rules = lexicon.memo("dates.rules", _build)
    # The pattern is tried only where a date may begin (see datescan), or everywhere.
    places = starts(words if words is not None else WordIndex(text), rules.anchors)
    found: list[DateMention] = []
    pos = k = 0
    while True:
        if places is None:
            match = rules.scan.search(text, pos)
        else:
            match = None
            while match is None and k < len(places):
                if places[k] >= pos:
                    match = rules.scan.match(text, places[k], places[k] + REACH)
                k += 1
        if match is None:
            break
        mention = _mention(match, text, lexicon, rules, published, tense)
        if mention is None:  # a rejected candidate may hide a real date inside it
            pos = match.start() + 1
        else:
            found.append(mention)
            pos = max(match.end(), match.start() + 1)
    return found


def _mention(
    m: regex.Match[str],
    text: str,
    lexicon: Lexicon,
    rules: _Rules,
    published: dt.date | None,
    tense: Tense,
) -> DateMention | None:
    d = lexicon.dates
    kind = m.lastgroup
    start, end = m.span()
    if not _capitals_ok(m, lexicon):
        return None

    def future() -> bool:
        if tense != "auto":
            return tense == "future"
        return _looks_ahead(text, start, rules)

    def make(
        lo: dt.date | None, hi: dt.date | None, gran: Granularity, rel: bool, s: int = start
    ) -> DateMention:
        span, piece = cut(text, s, end)
        return DateMention(span, piece, lo, hi, gran, rel)

    if kind in ("A", "B"):
        if kind == "A" and m["A_glued"] is not None and not _glue_ok(m["A_mon"], d):
            return None
        month = d.months[m[f"{kind}_mon"].lower()]
        raw = m[f"{kind}_day"] or (m["B_word"] if kind == "B" else None) or ""
        day = _day_number(raw, d.ordinals)
        year_group = f"{kind}_year" if m[f"{kind}_year"] else "B_year2" if kind == "B" else None
        year = int(m[year_group]) if year_group and m[year_group] else None
        if year is not None and rules.count_noun.match(
            text, m.end(year_group), m.end(year_group) + REACH
        ):
            return _trimmed(m, text, lexicon, rules, published, tense, m.start(year_group))
        return _day_mention(make, month, day, year, published, future)
    if kind == "C":
        return _numeric(m, text, lexicon, make, published, future)
    if kind == "D":
        year = int(m["D_year"])
        if not 1800 <= year <= 2100 or rules.count_noun.match(
            text, m.end("D_year"), m.end("D_year") + REACH
        ):
            return None
        month = d.months[m["D_mon"].lower()]
        lo, hi = _month_bounds(year, month)
        return make(lo, hi, "month", False)
    if kind == "E":
        return _weekday_mention(m, d, make, published, future)
    if kind == "F":
        wd = d.weekday_abbreviations[m["F_wd"].lower()]
        return make(*_weekday(wd, None, published, future()), "day", True)
    if kind == "G":
        return _period(m, d.shifts, make, published)
    if kind == "H":
        if published is None:
            return make(None, None, "day", True)
        when = published + dt.timedelta(days=d.relative_days[_fold(m["H"])])
        return make(when, when, "day", True)
    if kind == "I":
        return _offset(m, text, rules, d.counts, d.relative_days, make, published)
    if kind == "N":
        return _nth_weekday(m, d, make, published, future)
    if kind == "J":
        name = m["J_mon"].lower()
        if name in d.words.number_required:
            return None
        month = d.months[name]
        if published is None:
            return make(None, None, "month", True, m.start("J_mon"))
        year = published.year
        if future():
            year += month < published.month
        else:
            year -= month > published.month
        return make(*_month_bounds(year, month), "month", True, m.start("J_mon"))
    if kind == "K":
        if rules.count_noun.match(text, m.end("K_year"), m.end("K_year") + REACH):
            return None
        year = int(m["K_year"])
        return make(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False, m.start("K_year"))
    if kind == "L":
        return _day_of_month(m, text, d.shifts, make, published, future)
    if kind == "M":
        return _in_amount(m, text, rules, d.counts, make, published)
    raise AssertionError(f"unhandled date pattern branch {kind!r}")  # pragma: no cover


def _trimmed(
    m: regex.Match[str],
    text: str,
    lexicon: Lexicon,
    rules: _Rules,
    published: dt.date | None,
    tense: Tense,
    year_start: int,
) -> DateMention | None:
    """Drop a year that is really a count ("May 5, 2000 people") and rescan the rest."""
    head = text[:year_start].rstrip(" ,\t\u00a0")
    head = head[: -len("of")].rstrip() if head.lower().endswith(" of") else head
    again = rules.scan.match(head, m.start())
    if again is None or again.end() != len(head):
        return None
    return _mention(again, head, lexicon, rules, published, tense)


def _capitals_ok(m: regex.Match[str], lexicon: Lexicon) -> bool:
    """Whether names that are also words ("may", "march", "sun") are capitalised."""
    words = lexicon.dates.words.capital_only
    for group in ("A_mon", "B_mon", "C_mon", "D_mon", "J_mon", "A_wd", "B_wd", "F_wd"):
        value = m[group]
        if value and value.lower() in words and not value[0].isupper():
            return False
    return True


def _glue_ok(month: str, d: DatesLexicon) -> bool:
    """Whether a month name may take a day glued to it: "Oct2" and "October2" are dates.

    Not in capitals ("DEC10", "JUN2" are codes), and not a name that is also a word
    ("Mar5", "May5": the "capital_only" names need a space before their day).
    """
    return not month.isupper() and month.lower() not in d.words.capital_only


def _fold(s: str) -> str:
    """Lower case with single spaces, as lexicon keys are written."""
    return " ".join(s.lower().split())


def _day_number(raw: str, ordinals: dict[str, int]) -> int:
    digits = _ORDINAL_END.sub("", raw)
    if digits.isdigit():
        return int(digits)
    return variants(ordinals).get(_fold(raw), 0)


def _looks_ahead(text: str, start: int, rules: _Rules) -> bool:
    """Whether a future cue precedes ``start`` in its sentence, with no past verb in between.

    "Blinken will arrive in Israel on Friday" looks ahead; "officials said on Friday" does not,
    and neither does "Blinken, who will travel to Israel, said on Friday".
    """
    lo = max(0, start - _FUTURE_WINDOW)
    window = text[lo:start]
    ends = [e.end() for e in _SENTENCE_END.finditer(window)]
    window = window[ends[-1] :] if ends else window
    cues = list(rules.future.finditer(window))
    if not cues:
        return False
    return rules.past.search(window, cues[-1].end()) is None


def _after_on(text: str, pos: int) -> bool:
    """Whether "on" comes right before ``pos``: "on 4/22", "on 22nd"."""
    return _ON_BEFORE.search(text[max(0, pos - 12) : pos]) is not None


def _nth_weekday(
    m: regex.Match[str], d: DatesLexicon, make: _Make, published: dt.date | None, future: _Ahead
) -> DateMention | None:
    """Resolve "the first Friday of July": the month as a year-less date, then count in."""
    wd = d.weekdays[m["N_wd"].lower()]
    nth = (
        ("first", "second", "third", "fourth", "fifth").index(n)
        if (n := m["N_nth"].lower()) != "last"
        else -1
    )

    def pick(year: int, month: int) -> dt.date | None:
        days = [
            dt.date(year, month, k)
            for k in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, k).weekday() == wd
        ]
        return days[nth] if nth < len(days) else None

    if published is None:
        return make(None, None, "day", True)
    if m["N_shift"]:
        index = published.year * 12 + published.month - 1 + d.shifts[m["N_shift"].lower()]
        value = pick(index // 12, index % 12 + 1)
    else:
        month = d.months[m["N_mon"].lower()]
        ahead = future()
        year = published.year
        value = pick(year, month)
        if value is not None and (value < published if ahead else value > published):
            value = pick(year + (1 if ahead else -1), month)
    return None if value is None else make(value, value, "day", True)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _nearest(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    """The nearest ``month``/``day`` not after ``published`` (or not before it, looking ahead).

    Feb 29 looks up to eight years for a leap year.
    """
    step = 1 if future else -1
    for k in range(9):
        candidate = _safe_date(published.year + step * k, month, day)
        if candidate and (candidate >= published if future else candidate <= published):
            return candidate
    return None


def _day_mention(
    make: _Make, month: int, day: int, year: int | None, published: dt.date | None, future: _Ahead
) -> DateMention | None:
    if not 1 <= day <= 31 or _safe_date(2000, month, day) is None:  # "Feb 30", "Nov 31"
        return None
    if year is not None:
        value = _safe_date(year, month, day)
        return None if value is None else make(value, value, "day", False)
    if published is None:
        return make(None, None, "day", True)
    value = _nearest(month, day, published, future())
    return None if value is None else make(value, value, "day", True)


def _numeric(
    m: regex.Match[str],
    text: str,
    lexicon: Lexicon,
    make: _Make,
    published: dt.date | None,
    future: _Ahead,
) -> DateMention | None:
    """Digits where the order is certain: "2023-11-30", "30/11/2023", "on 4/22", "22/04".

    When both numbers could be the month ("3/7/2017"), ``numeric_order`` in the dates lexicon
    decides: by default nothing is read, as both orders are in use.
    """
    d = lexicon.dates
    if m["C_y"]:
        month = int(m["C_m"]) if m["C_m"] else d.months[m["C_mon"].lower()]
        value = _safe_date(int(m["C_y"]), month, int(m["C_d"]))
        return None if value is None else make(value, value, "day", False)
    a, b = (int(m["C_a"]), int(m["C_b"])) if m["C_a"] else (int(m["C_p"]), int(m["C_q"]))
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12 or a == b or a <= 12 and b <= 12 and d.numeric_order == "mdy":
        month, day = a, b
    elif a <= 12 and b <= 12 and d.numeric_order == "dmy":
        day, month = a, b
    else:  # "3/7/2017": March 7 or July 3? Both orders are in use; say nothing.
        return None
    if m["C_yy"]:
        year = int(m["C_yy"])
        year += (2000 if year < 50 else 1900) if len(m["C_yy"]) == 2 else 0
        value = _safe_date(year, month, day)
        return None if value is None else make(value, value, "day", False)
    # Year-less digits only as "on 4/22", or with a slash and a zero that pads a number to two
    # digits, as only dates are written ("22/04"): "open 24/7" and "the 9-11 attacks" are no
    # days, and "9/11" is not one even after "on" (the lexicon's numeric_names).
    if m[0] in d.words.numeric_names:
        return None
    padded = m["C_u"] == "/" and (m["C_p"].startswith("0") or m["C_q"].startswith("0"))
    if not padded and not _after_on(text, m.start()):
        return None
    return _day_mention(make, month, day, None, published, future)


def _weekday(
    wd: int, shift: int | None, published: dt.date | None, future: bool, week: bool = False
) -> tuple[dt.date | None, dt.date | None]:
    """Resolve a weekday against the publication date.

    Alone: the last one on or before publication (the next one on or after it, looking ahead);
    "last": strictly before; "this"/"next": in this or next Monday-Sunday week.
    """
    if published is None:
        return None, None
    today = published.weekday()
    if shift is None:
        delta = (wd - today) % 7 if future else -((today - wd) % 7)
    elif shift < 0 and not week:
        delta = -((today - wd - 1) % 7 + 1)
    else:
        delta = wd - today + 7 * shift
    day = published + dt.timedelta(days=delta)
    return day, day


def _weekday_mention(
    m: regex.Match[str], d: DatesLexicon, make: _Make, published: dt.date | None, future: _Ahead
) -> DateMention:
    wd = d.weekdays[m["E_wd"].lower()]
    if m["E_dom"]:  # "Thursday the 21st": the last 21st that was a Thursday
        dom = _day_number(m["E_dom"], d.ordinals)
        if published is None or not 1 <= dom <= 31:
            return make(None, None, "day", True)
        year, month, ahead = published.year, published.month, future()
        for _ in range(14):
            value = _safe_date(year, month, dom)
            if (
                value
                and value.weekday() == wd
                and (value >= published if ahead else value <= published)
            ):
                return make(value, value, "day", True)
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return make(None, None, "day", True)
    if m["E_shift2"] or m["E_next"]:
        shift = d.shifts[m["E_shift2"].lower()] if m["E_shift2"] else 1
        return make(*_weekday(wd, shift, published, False, week=True), "day", True)
    if m["E_shift"]:
        shift = d.shifts[m["E_shift"].lower()]
        return make(*_weekday(wd, shift, published, False, week=bool(m["E_week"])), "day", True)
    return make(*_weekday(wd, None, published, future()), "day", True)


def _period(
    m: regex.Match[str], shifts: dict[str, int], make: _Make, published: dt.date | None
) -> DateMention:
    """Resolve "last week" (Monday to Sunday), "earlier this month" (1st to publication)."""
    unit = m["G_unit"].lower()
    gran: Granularity = "week" if unit == "week" else "month" if unit == "month" else "year"
    if published is None:
        return make(None, None, gran, True)
    shift = shifts[m["G_shift"].lower()]
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        lo, hi = monday, monday + dt.timedelta(days=6)
    elif unit == "month":
        index = published.year * 12 + published.month - 1 + shift
        lo, hi = _month_bounds(index // 12, index % 12 + 1)
    else:
        lo, hi = dt.date(published.year + shift, 1, 1), dt.date(published.year + shift, 12, 31)
    mod = (m["G_mod"] or "").lower()
    third = (hi - lo) / 3
    if mod == "earlier" and lo <= published <= hi:
        hi = published
    elif mod == "later" and lo <= published <= hi:
        lo = published
    elif mod == "early":
        hi = lo + third
    elif mod == "mid":
        lo, hi = lo + third, hi - third
    elif mod == "late":
        lo = hi - third
    return make(lo, hi, gran, True)


def _offset(
    m: regex.Match[str],
    text: str,
    rules: _Rules,
    counts: dict[str, int],
    relative_days: dict[str, int],
    make: _Make,
    published: dt.date | None,
) -> DateMention | None:
    """Resolve "two days ago", "a week earlier": counted from the publication date."""
    amounts = _amounts(text, m.start("I"), m.start("I_dir"), rules, counts)
    back = m["I_dir"].lower().startswith(("ago", "earlier", "before"))
    gran = _amount_granularity(amounts)
    if published is None:
        return make(None, None, gran, True)
    if m["I_anchor"]:  # "two days from tomorrow", "two days before yesterday"
        published += dt.timedelta(days=relative_days[m["I_anchor"].lower()])
    value = _moved(published, amounts, back)
    return None if value is None else make(value, value, gran, True)


def _in_amount(
    m: regex.Match[str],
    text: str,
    rules: _Rules,
    counts: dict[str, int],
    make: _Make,
    published: dt.date | None,
) -> DateMention | None:
    """Resolve "will resume in two weeks": that long after publication, when it is a date.

    "In" + amount names a day only when its clause looks ahead; otherwise it is a duration:
    "killed in two days of fighting", "the worst floods in 100 years". This is grammar, not
    the reading of a year-less date, so a forced ``tense`` does not change it: "in two weeks"
    never points back.
    """
    if _AMOUNT_OF.match(text, m.end(), m.end() + REACH) or not _looks_ahead(text, m.start(), rules):
        return None
    amounts = _amounts(text, m.start(), m.end(), rules, counts)
    gran = _amount_granularity(amounts)
    if published is None:
        return make(None, None, gran, True)
    value = _moved(published, amounts, back=False)
    return None if value is None else make(value, value, gran, True)


def _amounts(
    text: str, start: int, end: int, rules: _Rules, counts: dict[str, int]
) -> list[tuple[int, str]]:
    """The (count, unit) pairs of "1 month and 21 days" between ``start`` and ``end``."""
    return [
        (int(c) if c.isdigit() else counts[_fold(c)], u.lower())
        for c, u in rules.amount.findall(text, start, end)
    ]


def _amount_granularity(amounts: list[tuple[int, str]]) -> Granularity:
    """A count of months is as precise as a month; of days or weeks, a day."""
    smallest = min((u for _, u in amounts), key=("day", "week", "month", "year").index)
    return "month" if smallest == "month" else "year" if smallest == "year" else "day"


def _moved(published: dt.date, amounts: list[tuple[int, str]], back: bool) -> dt.date | None:
    """``published`` moved back or ahead by ``amounts``.

    Days and weeks are plain arithmetic; months, years and compound amounts ("1 month and
    21 days ago") need calendar arithmetic, which dateparser does on a normalised phrase.
    """
    if {u for _, u in amounts} <= {"day", "week"}:
        days = sum(n * (7 if u == "week" else 1) for n, u in amounts)
        return published + dt.timedelta(days=-days if back else days)
    amount = " ".join(f"{n} {u}s" for n, u in amounts)
    phrase = f"{amount} ago" if back else f"in {amount}"
    return _dateparser_resolve(phrase, published, not back)


def _day_of_month(
    m: regex.Match[str],
    text: str,
    shifts: dict[str, int],
    make: _Make,
    published: dt.date | None,
    future: _Ahead,
) -> DateMention | None:
    """Resolve "on the 21st" (the last 21st up to publication), "the 20th of next month"."""
    if not m["L_the"] and not m["L_shift"] and not _after_on(text, m.start()):
        return None  # "22nd" alone is a rank, not a day
    if not m["L_shift"] and not _AFTER_DAY.match(text, m.end(), m.end() + REACH):
        return None  # "the 15th month", "the 27th floor", "the 25th Anniversary"
    day = int(m["L_day"])
    if not 1 <= day <= 31:
        return None
    if published is None:
        return make(None, None, "day", True)
    if m["L_shift"]:
        index = published.year * 12 + published.month - 1 + shifts[m["L_shift"].lower()]
        value = _safe_date(index // 12, index % 12 + 1, day)
        return None if value is None else make(value, value, "day", True)
    ahead = future()
    year, month = published.year, published.month
    for _ in range(3):
        value = _safe_date(year, month, day)
        if value and (value >= published if ahead else value <= published):
            return make(value, value, "day", True)
        index = year * 12 + month - 1 + (1 if ahead else -1)
        year, month = index // 12, index % 12 + 1
    return None


@functools.lru_cache(maxsize=1024)
def _dateparser_resolve(phrase: str, published: dt.date, future: bool) -> dt.date | None:
    """Resolve one already-located phrase with dateparser, with fixed settings.

    >>> _dateparser_resolve("1 months ago", dt.date(2024, 3, 31), False)
    datetime.date(2024, 2, 29)
    """
    # Imported here, not at the top: importing dateparser builds its language data (slow).
    import dateparser

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    with warnings.catch_warnings():
        # Newer Pythons deprecate strptime without a year, which dateparser calls internally.
        warnings.simplefilter("ignore", DeprecationWarning)
        value = dateparser.parse(phrase, languages=["en"], settings=settings)
    return None if value is None else value.date()
