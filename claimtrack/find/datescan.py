"""Where date expressions are: the one pattern that reads them, and the words that anchor it.

The pattern below reads every date expression claimtrack knows ("Nov. 30", "last week", "in
2014"). Trying it at every position of a long document is most of the cost of finding dates, so
:func:`starts` first lists the few places where a date can begin. Every branch of the pattern
holds an *anchor*: a number, a month or weekday name, a unit ("days", "week") or a relative day
("yesterday"); and each branch allows only so many characters before its first anchor ("the
twenty-first of November": the article, an ordinal and "of" before the month). So a date can
begin only at a word that may open one ("the", "last", "in", a name; a number of one, two or
four digits followed by a suffix, a separator or a blank) no further before an anchor than
that. The words come from the document's :class:`~claimtrack.find.phrases.WordIndex`; the pattern
itself still decides what a date is, tried at those places only, so it finds exactly what a
scan of the whole text finds.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from ..find.phrases import WordIndex, first_words
from ..lexicon import DatesLexicon
from ..text.patterns import lazy

# Every gap inside a date is one to three spaces or tabs, never a newline and never unbounded:
# the scan stays linear on "May May May ..." or a megabyte of blanks.
_S = r"[^\S\n]{1,3}"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?![\w])"  # "30", "21st"; never the "20" of "2023"
_YEAR = r"\d{4}(?![\w]|[.,]\d)"  # "2023", never the start of "2,023" or "20235"
_GUARD = r"(?<![\w.,/:\-])"  # a number starts here: not inside "1,400", "6,107.31" or "4:30"
# Fixed words of the pattern, named here because the anchors below count on them too.
_MODS = ("earlier", "later", "early", "late", "mid")  # "earlier this month"
_NTHS = ("first", "second", "third", "fourth", "fifth", "last")  # "the first Friday of July"
_UNITS = ("day", "week", "month", "year")  # "two days ago", "last week"

PATTERN = rf"""
  # Every branch starts a word or a number: failing fast inside words is most of the speed.
  (?<![\w])(?:
  # "Tuesday, November 28, 2023", "Nov. 30", "Oct-2", "January 12 of 2016", "May twenty-first",
  # and digits glued to a month name, "Oct2" (checked in code: "MAR5", "Mar5" are codes)
  (?P<A>\b(?:(?P<A_wd>\L<weekdays>|\L<wdabbr>)\b\.?,?{_S}(?:the{_S})?)?
     (?P<A_mon>\L<months>)(?:\b\.?(?:{_S}(?:the{_S})?|-|/|(?<=\.))|(?P<A_glued>)(?=\d))
     (?P<A_day>{_DAY}|\L<ordinals>\b)
     (?:,?[^\S\n]{{0,3}}(?:of{_S})?(?P<A_year>{_YEAR}))?)
  # "30 November 2023", "1st Jan", "28-nov", "16. Nov. 2016", "Wed, 22 of Jan", "second of Aug"
| (?P<B>(?:\b(?P<B_wd>\L<weekdays>|\L<wdabbr>)\b\.?,?{_S})?(?:\b(?:the){_S})?
     (?:{_GUARD}(?P<B_day>\d{{1,2}}(?:st|nd|rd|th)?\.?)(?:{_S}of{_S}|{_S}|-)
       |\b(?P<B_word>\L<ordinals>){_S}of{_S})
     (?P<B_mon>\L<months>)\b
     (?:\.?,?{_S}(?:of{_S})?(?P<B_year>{_YEAR})|-(?P<B_year2>{_YEAR}))?)
  # "2023-11-30", "2019-sep-1", "13.5.2015", "9-18-15", and "on 4/22" (checked in code)
| (?P<C>{_GUARD}(?:
       (?P<C_y>\d{{4}})(?P<C_s>[-/.])(?:(?P<C_m>\d{{1,2}})|(?P<C_mon>\L<months>))(?P=C_s)
       (?P<C_d>\d{{1,2}})
     | (?P<C_a>\d{{1,2}})(?P<C_t>[-/.])(?P<C_b>\d{{1,2}})(?:(?P=C_t)|(?<=/\d+),)
       (?P<C_yy>\d{{4}}|\d{{2}})
     | (?P<C_p>\d{{1,2}})(?P<C_u>[-/.])(?P<C_q>\d{{1,2}}))
     (?![\w/\-]|[.,]\d))
  # "May 2015", "February 2022", "Sept. of 2017"
| (?P<D>\b(?P<D_mon>\L<months>)\b\.?,?{_S}(?:of{_S})?(?P<D_year>{_YEAR}))
  # "on Tuesday", "last Friday", "this Thursday", "next week on Friday", "Thursday the 21st"
| (?P<E>\b(?:(?P<E_shift>\L<shifts>){_S}(?:(?P<E_week>week){_S}(?:on{_S})?)?)?
     (?P<E_wd>\L<weekdays>)\b
     (?:,?{_S}the{_S}(?P<E_dom>\d{{1,2}}(?:st|nd|rd|th)|\L<ordinals>)\b
       |{_S}(?:of{_S})?(?:the{_S})?(?P<E_shift2>\L<shifts>){_S}week\b(?!')
       |(?P<E_next>{_S}(?:of{_S})?next{_S}week)\b)?)
  # "on Wed." (the short forms alone only like this)
| (?P<F>(?<=\bon{_S})(?P<F_wd>\L<wdabbr>)(?=\.))
  # "January this year", "in June last year": a month of a year named from publication
| (?P<P>\b(?:\L<mcues>(?:(?<=-)|{_S}))?(?P<P_mon>\L<months>)\b\.?,?{_S}
     (?P<P_shift>\L<shifts>){_S}year\b)
  # "last March", "this September", "late last August", "next April"
| (?P<Q>\b(?:(?P<Q_mod>{"|".join(_MODS)}){_S})?(?P<Q_shift>\L<shifts>){_S}
     (?P<Q_mon>\L<months>)\b(?!\.?[^\S\n]{{0,3}}[\-/]?\d))
  # "last week", "earlier this month", "late last month", "this year", "the current fiscal year"
| (?P<G>\b(?:(?:(?P<G_mod>{"|".join(_MODS)}){_S})?(?:the{_S})?(?P<G_shift>\L<shifts>){_S}
       |(?:the{_S})?(?P<G_shift>\L<shifts>){_S}\L<pwords>{_S})(?P<G_unit>week|month|year)\b)
  # "yesterday", "today", "the day before yesterday", "overnight"
| (?P<H>\b\L<reldays>\b)
  # "two days ago", "a week earlier", "a few days ago", "three weeks from now"
| (?P<I>\b(?:\L<counts>|\d{{1,2}}){_S}(?:{"|".join(_UNITS)})s?
     (?:,?{_S}(?:and{_S})?(?:\L<counts>|\d{{1,2}}){_S}(?:{"|".join(_UNITS)})s?){{0,3}}{_S}
     (?P<I_dir>ago|earlier|later|from{_S}now
       |(?:from|after|before){_S}(?P<I_anchor>today|tomorrow|yesterday))\b)
  # "the first Friday of July", "the second Monday of next month", "the last Sunday in May"
| (?P<N>\b(?:the{_S})?(?P<N_nth>{"|".join(_NTHS)}){_S}(?P<N_wd>\L<weekdays>)
     {_S}(?:of|in){_S}(?:(?P<N_mon>\L<months>)\b|(?:the{_S})?(?P<N_shift>\L<shifts>){_S}month\b))
  # "in November", "since December", "mid-April": the month alone, after a cue
| (?P<J>\b\L<mcues>(?:(?<=-)|{_S})(?P<J_mon>\L<months>)\b(?!\.?[^\S\n]{{0,3}}[\-/]?\d))
  # "the end of the month", "the beginning of October", "the middle of 2015"
| (?P<T>\b(?:the{_S})?(?P<T_part>\L<parts>){_S}of{_S}
     (?:(?:the{_S}|(?P<T_shift>\L<shifts>){_S})?(?P<T_unit>month|year)\b
       |(?P<T_mon>\L<months>)\b(?!\.?[^\S\n]{{0,3}}\d)|(?P<T_year>{_YEAR})))
  # "year-end", "year's end", "by year end"
| (?P<U>\b(?P<T_unit2>year|month)(?:-|['’]s{_S}|{_S})end\b(?!-))
  # "in 2014", "since 1934", "the last four months of 2017", "mid-2014", "fiscal 1989"
| (?P<K>\b(?P<K_cue>\L<ycues>)(?:(?<=-)|{_S})(?:the{_S}(?:year{_S})?)?
     (?P<K_year>(?:1[89]|20)\d\d|2100)(?![\w'’]|[.,]\d|-\d))
  # "2014-2015", "1961-62": a range of years
| (?P<R>{_GUARD}(?P<R_y1>(?:1[89]|20)\d\d)[\-–/](?P<R_y2>\d\d(?:\d\d)?)(?![\w'’]|[.,]\d|[\-–/]\d))
  # "a 2016 raid", "the 1959 embargo", "the company's 1989 results": a year before a word
| (?P<Y>(?<=\b\L<ydets>[^\S\n]{{1,3}}|\w['’]s?[^\S\n]{{1,3}})(?P<Y_year>(?:1[89]|20)\d\d)
     (?=[^\S\n]{{1,3}}\p{{L}}))
  # "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand"
| (?P<S>\b(?:(?P<S_mon>\L<months>){_S}|(?P<S_cue>\L<ycues>){_S})?(?P<S_the>the{_S}year{_S})?
     (?:(?P<S_c>\L<centuries>)(?:-|{_S})(?:(?P<S_t>\L<tens>)(?:(?:-|{_S})(?P<S_u>\L<units>))?
         |oh(?:-|{_S})(?P<S_o>\L<units>))
       |(?P<S_k>\L<thousands>)(?:{_S}(?:and{_S})?(?P<S_ku>\L<units>))?)\b(?!-))
  # "the October slaying", "a June agreement", "December's figures": a month before a noun
  # (the determiner before it is checked in code)
| (?P<V>\b(?P<V_mon>\L<months>)\b(?=[^\S\n]{{1,3}}\p{{Ll}}|['’]s\b))
  # "Thanksgiving Day", "last Christmas", "Election Day 1998"
| (?P<X>\b(?:(?P<X_shift>\L<shifts>){_S})?(?P<X_name>\L<holidays>)\b(?!['’])
     (?:,?{_S}(?P<X_year>{_YEAR}))?)
  # "year-earlier", "the full year": periods named from publication
| (?P<W>\b\L<relperiods>\b(?!-))
  # "that day", "the day before", "the following year": from the last date the text gave
| (?P<O>\b\L<anaphora>\b)
  # "on the 21st", "the 27th", "20th of next month"
| (?P<L>(?:\b(?P<L_the>the){_S}|{_GUARD})(?P<L_day>\d{{1,2}})(?:st|nd|rd|th)\b
     (?:{_S}(?:of{_S})?(?:the{_S})?(?P<L_shift>\L<shifts>){_S}month\b)?)
  # "will resume in two weeks", "is due in 10 days' time": ahead of publication, only when the
  # clause looks ahead (checked in code; "killed in two days of fighting" is a duration)
| (?P<M>\bin{_S}(?:\L<counts>|\d{{1,2}}){_S}(?:{"|".join(_UNITS)})s?\b
     (?:['’]{_S}time\b)?
     (?!{_S}(?:ago|earlier|later|from|after|before)\b))  # "in two days from today" is I
  )
"""


def variants(words: dict[str, int]) -> dict[str, int]:
    """Both spellings of hyphenated entries: "twenty-first" and "twenty first"."""
    out = dict(words)
    out.update({w.replace("-", " "): n for w, n in words.items() if "-" in w})
    return out


def compile_pattern(d: DatesLexicon) -> regex.Pattern[str]:
    """The date pattern with the lexicon's word lists filled in."""
    w = d.words
    return lazy(
        PATTERN,
        regex.IGNORECASE | regex.VERBOSE,
        months=list(d.months),
        weekdays=list(d.weekdays),
        wdabbr=list(d.weekday_abbreviations),
        ordinals=list(variants(d.ordinals)),
        shifts=list(d.shifts),
        reldays=list(d.relative_days),
        counts=list(d.counts),
        mcues=list(w.month_cues),
        ycues=list(w.year_cues),
        pwords=list(w.period_words),
        parts=list(d.period_parts),
        anaphora=list(d.anaphora),
        relperiods=list(d.relative_periods),
        holidays=list(d.holidays),
        ydets=list(w.year_determiners),
        centuries=list(d.spoken_years.centuries),
        tens=list(d.spoken_years.tens),
        units=list(d.spoken_years.units),
        thousands=list(d.spoken_years.thousands),
    )


@dataclass(frozen=True, slots=True)
class Anchors:
    """The words that anchor the pattern, and what may stand before them.

    ``reach`` maps an anchor word to the most characters a date may start before it;
    ``digits`` is that reach for a number. ``openers`` are the words a date may start with
    (besides a number); None when a word list has an entry the word walk cannot see (see
    :func:`~claimtrack.find.phrases.first_words`): the caller then scans everywhere.
    """

    reach: dict[str, int]
    digits: int
    openers: frozenset[str] | None
    # Month names a day's digits may be glued to ("Oct2"): such a word opens a date itself.
    glued: frozenset[str] = frozenset()
    # The reach of a number of four digits or more (a year: "in the year 2014").
    years: int = 0
    # Words that may follow a number of one or two digits and a blank: months, units, "of".
    after_number: frozenset[str] = frozenset()
    # Words before a year that make it a modifier: "a 2016 raid".
    determiners: frozenset[str] = frozenset()


def anchors(d: DatesLexicon) -> Anchors:
    """Read the anchors of the pattern off the lexicon's word lists (once per lexicon)."""
    w = d.words
    lists = [
        d.months, d.weekdays, d.weekday_abbreviations, d.relative_days, d.shifts, d.counts,
        variants(d.ordinals), w.month_cues, w.year_cues, d.anaphora, d.period_parts,
        w.period_words, d.relative_periods, d.holidays,
        d.spoken_years.centuries, d.spoken_years.thousands,
    ]  # fmt: skip
    fixed = ["the", "year", "month", *_MODS, *_NTHS]
    openers = first_words([*(e for entries in lists for e in entries), *fixed])

    def longest(words: Iterable[str]) -> int:
        return max((len(x) for x in words), default=0)

    gap = 3  # the most blanks _S allows
    shift, count, ycue = longest(d.shifts), longest(d.counts), longest(w.year_cues)
    ordinal, mcue = longest(variants(d.ordinals)), longest(w.month_cues)
    the = len("the") + gap
    # T "the beginning of next month", "the end of October"; Q "late last March"; G "the
    # current fiscal year".
    part_of = the + longest(d.period_parts) + gap + len("of") + gap
    part = part_of + max(the, shift + gap)
    mod_shift = max(
        longest(_MODS) + gap + the + shift + gap, the + shift + gap + longest(w.period_words) + gap
    )
    reach: dict[str, int] = {}

    def add(words: Iterable[str], before: int) -> None:
        for word in words:
            reach[word] = max(reach.get(word, 0), before)

    # The branches, by their first anchor (see PATTERN):
    # J "mid-April", "since December"; B "the twenty-first of November".
    add(
        first_words(d.months) or (),
        max(mcue + gap, the + ordinal + gap + len("of") + gap, part_of, longest(_MODS) + shift),
    )
    # E "last Friday"; N "the fourth Friday of"; A and B start with the weekday.
    add(first_words(d.weekdays) or (), max(shift + gap, the + longest(_NTHS) + gap))
    add(first_words(d.weekday_abbreviations) or (), 0)  # A, B, F start with it
    # G "earlier the previous week"; I "a few days ago"; E "last week on"; K "in the year".
    units = [u + s for u in _UNITS for s in ("", "s")]
    # M "in two weeks", "in 10 days".
    add(
        units,
        max(
            mod_shift,
            part,
            count + gap,
            ycue + gap + the,
            len("in") + gap + max(count, 2) + gap,
        ),
    )
    _phrase_anchors(d, units, add, shift + gap, max(longest(d.months), ycue) + gap + the + 7)
    # A number of one or two digits: L and B "the 21st".
    digits = the
    # Four digits: K "in the year 2014"; Y "their 1990"; T "the end of the 2015".
    year = len("year") + gap
    years = max(ycue + gap + the + year, part_of)
    glued = frozenset(m.lower().rstrip(".") for m in d.months if m.rstrip(".").isalpha())
    after_number = frozenset(
        [*(first_words(d.months) or ()), *units, "of"] + [m.lower().rstrip(".") for m in d.months]
    )
    determiners = frozenset(t.lower() for t in w.year_determiners)
    return Anchors(reach, digits, openers, glued, years, after_number, determiners)


def _phrase_anchors(
    d: DatesLexicon,
    units: list[str],
    add: Callable[[Iterable[str], int], None],
    shift: int,
    spoken: int,
) -> None:
    """Anchors of the branches whose words come from lexicon tables (H, O, W, X, S).

    A unit word in an entry anchors it when there is one ("the day before": "day"), so that
    common words ("before", "after") do not become anchors; else its last word ("the day before
    yesterday": "yesterday"). A holiday may have a shift before it ("last Christmas"); a spoken
    year a month or "the year" ("January nineteen ninety-seven", "the year two thousand").
    """
    for entry in [*d.relative_days, *d.anaphora, *d.relative_periods, *d.holidays]:
        found = list(_WORD.finditer(entry.lower()))
        anchor = next((f for f in found if f.group() in units), found[-1] if found else None)
        if anchor is not None:
            add([anchor.group()], anchor.start() + (shift if entry in d.holidays else 0))
    add(first_words(d.spoken_years.centuries) or (), spoken)
    for entry in d.spoken_years.thousands:
        *_, last = [None, *_WORD.finditer(entry.lower())]
        if last is not None:
            add([last.group()], spoken + last.start())


_WORD = re.compile(r"[a-z0-9]+")


def starts(index: WordIndex, found: Anchors) -> list[int] | None:
    """Every position where a date may begin, in order; None when any position may.

    None when the document has characters the word walk cannot judge (see
    :class:`~claimtrack.find.phrases.WordIndex`) or digits outside ASCII, which the pattern reads.
    """
    openers = found.openers
    if openers is None or index.lower is None or any(_digit(c) for c in index.others):
        return None
    words, positions = index.words, index.starts
    reach, digits = found.reach, found.digits
    out: set[int] = set()
    # Words examined so far: the block [low, done]. The ranges before anchors overlap, and a
    # later anchor with a longer reach may reach back past the block: then only the words
    # before it are examined again.
    low = done = -1
    for k in index.indices(reach, numbers=True, glued=found.glued):
        word = words[k]
        if word not in reach and not word[0].isdigit():  # "oct2": a glued month and day
            out.add(positions[k])
            continue
        if word[0].isdigit():
            before = found.years if word[3:4].isdigit() else digits
        else:
            before = reach[word]
        lo = bisect.bisect_left(positions, positions[k] - before, 0, k)
        if lo > done:
            todo: Iterable[int] = range(lo, k + 1)
            low = lo
        else:
            todo = itertools.chain(range(lo, low), range(done + 1, k + 1))
            low = min(low, lo)
        done = max(done, k)
        for j in todo:
            word = words[j]
            if (
                word in openers
                or word[0].isdigit()
                and _number_opens(word, index.text, positions[j], found)
            ):
                out.add(positions[j])
    return sorted(out)


# What may follow the digits that open a date: "21st" (B, L), "30 Nov" (B), "2023-11-30" and
# "4/22" (C), "two 3 days ago" (I); never a comma, as in the "1" of "1,400".
_AFTER_DIGITS = frozenset("sntrSNTR.-/ \t\r\x0b\x0c")
_ASCII_BLANKS = frozenset(" \t\r\x0b\x0c")
_NEXT_WORD = re.compile(r"[ \t\r\x0b\x0c]{1,3}([A-Za-z]+)")
_BEFORE_WORD = re.compile(r"(?<!\w)(?P<w>\w+)(?P<s>['\u2019]s?)?[^\S\n]{1,3}$")


def _number_opens(word: str, text: str, at: int, found: Anchors) -> bool:
    """Whether a date may begin with the number ``word`` at ``at`` (branches B, C, I, L, R, Y).

    Each starts with one, two or four digits ("4/22", "21st", "2023-11-30"), followed by a
    suffix, a separator or a blank. After a blank, one or two digits need a month, a unit or
    "of" next ("30 November", "3 days ago"); four need a word before them that makes them a
    modifier ("a 2016 raid", "the firm's 1989 results", checked again in dateforms).
    """
    digits = len(word) - len(word.lstrip("0123456789"))
    if digits not in (1, 2, 4):
        return False
    end = at + digits
    after = text[end : end + 1]
    if after in _ASCII_BLANKS:
        if digits == 4:
            before = _BEFORE_WORD.search(text, max(0, at - 20), at)
            return before is not None and (
                before["s"] is not None or before["w"].lower() in found.determiners
            )
        nxt = _NEXT_WORD.match(text, end, end + 12)
        return nxt is not None and nxt[1].lower() in found.after_number
    # A blank outside ASCII ("\u00a0") may follow too: let the pattern judge those.
    return after in _AFTER_DIGITS or not after.isascii()


@functools.lru_cache(maxsize=4096)
def _digit(char: str) -> bool:
    return _DIGIT.match(char) is not None


_DIGIT = lazy(r"\d")
