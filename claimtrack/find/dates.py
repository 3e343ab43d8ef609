"""Date expressions -> dates, relative to the publication date.

One compiled pattern (in :mod:`claimtrack.find.datescan`, tried only where a date can begin) locates
candidates ("Nov. 30", "30 November 2023", "on Tuesday", "last week", "two days ago", "in 2014",
"last March", "a 2016 raid", "that day"); a reader per pattern branch
(:mod:`claimtrack.find.dateforms`) resolves each against the publication date, the way a news
reader does: a day named without a year is the last such day up to publication, unless the
words that govern it point ahead ("will arrive on Friday": the next one) or schedule it
("payable Dec. 7": the nearest one); see :mod:`claimtrack.find.datetense`. "That day" and
"the following year" are read from the date the text gave last. dateparser resolves only the
leftovers (month and year arithmetic in "two months ago"), with fixed settings, and is imported
lazily. Only this module imports dateparser; nothing here reads the clock.

    >>> from claimtrack.lexicon import load_lexicon
    >>> [(m.text, str(m.start)) for m in find_date_mentions(
    ...     "Officials said on Tuesday that the Nov. 30 talks will resume on Friday.",
    ...     load_lexicon(), dt.date(2023, 12, 6))]
    [('Tuesday', '2023-12-05'), ('Nov. 30', '2023-11-30'), ('Friday', '2023-12-08')]
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from dataclasses import dataclass, replace
from typing import Literal

import regex

from ..errors import InputError
from ..lexicon import Lexicon, load_lexicon
from ..model import REACH, DateRange, Granularity, parse_published
from ..text.patterns import lazy
from . import dateforms as forms
from . import datelinks as links
from . import datenames as names
from .datecalc import Direction, safe_date
from .dateforms import Candidate, DateMention, Reader, after_on, day_mention
from .datescan import Anchors, anchors, compile_pattern, starts
from .datetense import direction, tense_rules
from .phrases import WordIndex

__all__ = ["DateMention", "find_date_mentions", "find_dates", "parse_published"]


Tense = Literal["auto", "past", "future"]

# One amount in "1 month and 21 days ago": the count and the unit.
_AMOUNT_PATTERN = r"\b(\L<counts>|\d{1,2})[^\S\n]{1,3}(day|week|month|year)s?\b"
# "in two days of fighting", "in 100 years of records": a duration, not a day ahead.
_AMOUNT_OF = lazy(r"[^\S\n]{1,3}of\b", regex.IGNORECASE)
_ISO_DATE = lazy(r"\d{4}-\d{2}-\d{2}")


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


def _build(lexicon: Lexicon) -> _Rules:
    d = lexicon.dates
    w = d.words
    counts = lazy(r"[^\S\n]{1,3}\L<w>\b", regex.IGNORECASE, w=list(w.not_after_year))
    amount = lazy(_AMOUNT_PATTERN, regex.IGNORECASE, counts=list(d.counts))
    return _Rules(compile_pattern(d), anchors(d), counts, amount)


@dataclass(frozen=True, slots=True)
class _Rules:
    scan: regex.Pattern[str]
    anchors: Anchors
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
        tense: "auto" reads the direction of a year-less day from the words that govern it
            (see :mod:`claimtrack.find.datetense`); "past" or "future" forces one reading (used
            by conformance tests).
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
            continue
        found.append(mention)
        pos = max(match.end(), match.start() + 1)
        joined = links.joined(mention, text, rules.count_noun)
        if joined is not None:
            found.append(joined)
            pos = joined.span[1]
    return links.anchored(links.counted(links.shared_years(found, text), text, lexicon), published)


def _mention(
    m: regex.Match[str],
    text: str,
    lexicon: Lexicon,
    rules: _Rules,
    published: dt.date | None,
    tense: Tense,
) -> DateMention | None:
    kind = m.lastgroup
    assert kind is not None
    if m.end() == m.start() or not _capitals_ok(m, kind, lexicon):
        return None
    if kind in ("A", "B"):
        year = f"{kind}_year" if m[f"{kind}_year"] else "B_year2" if kind == "B" else None
        if (
            year is not None
            and m[year]
            and rules.count_noun.match(text, m.end(year), m.end(year) + REACH)
        ):
            return _trimmed(m, text, lexicon, rules, published, tense, m.start(year))

    def ahead() -> Direction:
        if tense != "auto":
            return tense
        # A month named after its cue or determiner is read from the month on: the clause then
        # holds "by" in "by May" and "the" in "the March accession".
        start = m.start("J_mon") if kind == "J" else m.start("V_mon") if kind == "V" else m.start()
        return direction(text, start, tense_rules(lexicon), m.end())

    c = Candidate(m, text, lexicon.dates, published, ahead, rules.count_noun)
    if kind == "I":
        return _offset(c, rules)
    if kind == "M":
        return _in_amount(c, rules, lexicon)
    return READERS[kind](c)


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


def _capitals_ok(m: regex.Match[str], kind: str, lexicon: Lexicon) -> bool:
    """Whether names that are also words ("may", "march", "sun") are capitalised."""
    words = lexicon.dates.words.capital_only
    for group in _NAMES.get(kind, ()):
        value = m[group]
        if value and value.lower() in words and not value[0].isupper():
            return False
    return True


# The month and weekday names of each branch of the pattern.
_NAMES = {
    "A": ("A_mon", "A_wd"),
    "B": ("B_mon", "B_wd"),
    "C": ("C_mon",),
    "D": ("D_mon",),
    "F": ("F_wd",),
    "J": ("J_mon",),
    "P": ("P_mon",),
    "Q": ("Q_mon",),
    "T": ("T_mon",),
    "V": ("V_mon",),
    "S": ("S_mon",),
}


READERS: dict[str, Reader] = {
    "A": forms.read_month_day,
    "B": forms.read_month_day,
    "C": lambda c: _numeric(c),
    "D": forms.read_month_year,
    "E": forms.read_weekday,
    "F": forms.read_weekday_short,
    "G": forms.read_period,
    "H": forms.read_relative_day,
    "J": forms.read_month,
    "K": forms.read_year,
    "L": forms.read_day_of_month,
    "N": forms.read_nth_weekday,
    "O": names.read_anaphor,
    "P": forms.read_month_of_year,
    "Q": forms.read_shifted_month,
    "R": forms.read_year_range,
    "T": names.read_part,
    "U": names.read_part,
    "Y": forms.read_year_modifier,
    "V": forms.read_month_modifier,
    "W": names.read_relative_period,
    "X": names.read_holiday,
    "S": names.read_spoken_year,
}


def _numeric(c: Candidate) -> DateMention | None:
    """Digits where the order is certain: "2023-11-30", "30/11/2023", "on 4/22", "22/04".

    When both numbers could be the month ("3/7/2017"), ``numeric_order`` in the dates lexicon
    decides: by default nothing is read, as both orders are in use.
    """
    m, d = c.m, c.d
    if m["C_y"]:
        month = int(m["C_m"]) if m["C_m"] else c.entry(d.months, "C_mon")
        value = safe_date(int(m["C_y"]), month, int(m["C_d"]))
        return None if value is None else c.make(value, value, "day", False)
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
        value = safe_date(year, month, day)
        return None if value is None else c.make(value, value, "day", False)
    # Year-less digits only as "on 4/22", or with a slash and a zero that pads a number to two
    # digits, as only dates are written ("22/04"): "open 24/7" and "the 9-11 attacks" are no
    # days, and "9/11" is not one even after "on" (the lexicon's numeric_names).
    if m[0] in d.words.numeric_names:
        return None
    padded = m["C_u"] == "/" and (m["C_p"].startswith("0") or m["C_q"].startswith("0"))
    if not padded and not after_on(c.text, m.start()):
        return None
    return day_mention(c, month, day, None)


def _offset(c: Candidate, rules: _Rules) -> DateMention | None:
    """Resolve "two days ago", "a week earlier": counted from the publication date."""
    m, published = c.m, c.published
    amounts = _amounts(c.text, m.start("I"), m.start("I_dir"), rules, c.d.counts)
    back = m["I_dir"].lower().startswith(("ago", "earlier", "before"))
    gran = _amount_granularity(amounts)
    if published is None:
        return c.make(None, None, gran, True)
    if m["I_anchor"]:  # "two days from tomorrow", "two days before yesterday"
        published += dt.timedelta(days=c.entry(c.d.relative_days, "I_anchor"))
    value = _moved(published, amounts, back)
    if value is None:
        return None
    found = c.make(value, value, gran, True)
    direction = m["I_dir"].lower()
    days_only = {u for _, u in amounts} <= {"day", "week"}
    if not m["I_anchor"] and not direction.startswith(("ago", "from")) and days_only:
        # "a day earlier", "two days later": from the day the text last named (see
        # datelinks.anchored), "ago" from the publication date
        days = sum(n * (7 if u == "week" else 1) for n, u in amounts)
        found = replace(found, anaphoric=("day", -days if back else days))
    return found


def _in_amount(c: Candidate, rules: _Rules, lexicon: Lexicon) -> DateMention | None:
    """Resolve "will resume in two weeks": that long after publication, when it is a date.

    "In" + amount names a day only when its clause looks ahead; otherwise it is a duration:
    "killed in two days of fighting", "the worst floods in 100 years". This is grammar, not
    the reading of a year-less date, so a forced ``tense`` does not change it: "in two weeks"
    never points back.
    """
    m, text = c.m, c.text
    if _AMOUNT_OF.match(text, m.end(), m.end() + REACH):
        return None
    if direction(text, m.start(), tense_rules(lexicon)) not in ("future", "near"):
        return None
    amounts = _amounts(text, m.start(), m.end(), rules, c.d.counts)
    gran = _amount_granularity(amounts)
    if c.published is None:
        return c.make(None, None, gran, True)
    value = _moved(c.published, amounts, back=False)
    return None if value is None else c.make(value, value, gran, True)


def _amounts(
    text: str, start: int, end: int, rules: _Rules, counts: dict[str, int]
) -> list[tuple[int, str]]:
    """The (count, unit) pairs of "1 month and 21 days" between ``start`` and ``end``."""
    return [
        (int(c) if c.isdigit() else counts[forms.fold(c)], u.lower())
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
