"""The date pattern is tried only near its anchors, and that finds every date a full scan finds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.find.dates import find_date_mentions
from claimtrack.find.datescan import anchors, compile_pattern, starts
from claimtrack.find.phrases import WordIndex
from claimtrack.lexicon import Lexicon, load_lexicon

LEX = load_lexicon()
THU = dt.date(2023, 11, 30)


def missed(text: str, lexicon: Lexicon = LEX) -> list[int]:
    """Positions where the pattern matches but that ``starts`` does not list."""
    pattern = compile_pattern(lexicon.dates)
    places = starts(WordIndex(text), anchors(lexicon.dates))
    assert places is not None
    assert places == sorted(set(places))
    return [p for p in range(len(text)) if pattern.match(text, p) and p not in places]


# Each text puts as much as a branch allows before its first anchor (three blanks per gap,
# the longest list entries), so a reach one character too short fails here.
@pytest.mark.parametrize(
    "text",
    [
        "x earlier   the   previous   week",  # G: before a unit
        "x through   the   2014",  # K: before a number
        "x through   the   year   2014",
        "x the   twenty-seventh   of   November",  # B: before a month
        "x the   twenty seventh   of   Nov.",
        "x through   December",  # J
        "x mid-April",
        "x the   fourth   Friday   of   July",  # N: before a weekday
        "x previous   Friday",  # E
        "x previous   week   on   Friday",
        "x a couple of   days ago",  # I: before a unit
        "x the day before yesterday",  # H: before the last word of a relative day
        "x this morning",
        "x the   21st",  # L: before a number
        "x on Wed.",  # F
        "x Tuesday, November 28, 2023 and 2023-11-30, 4/22, 13.5.2015",
        # a number opens B, C, I or L: what may follow its digits
        "x 3 days ago, 3\tdays ago, 3\u00a0days ago",
        "x the 21ST, 30 November, 16. Nov. 2016, 28-nov, 9-18-15, 2019-sep-1",
        "x 2nd of May, 3rd of June, 4th of July",
        # the branches of issue #11, each with the most allowed before its first anchor
        "x through   September   previous   year",  # P: a month in a year named from publication
        "x earlier   previous   September",  # Q: before a month
        "x the   beginning   of   previous   month",  # T: before a unit
        "x the   beginning   of   previous   October",  # T: before a month
        "x the   beginning   of   2015",  # T: before a number
        "x year's   end, month-end",  # U
        "x whose   1990 merger, the firm's   1989 results",  # Y: before a number
        "x 2014-2015, 1961-62",  # R
        "x earlier   the   previous   fiscal   year",  # G with a period word
        "x calendar   the   year   2014",  # K: a long cue before a number
        "x their   August deal, September's jobs",  # V
        "x the calendar year, year-earlier",  # W
        "x previous   New Year's Eve",  # X: a shift before a holiday
        "x earlier in the day, the following morning",  # O
        "x September   the   year   nineteen ninety-six",  # S: before a spoken century
        "x calendar   the   year   two thousand and one",  # S: before "thousand"
    ],
)
def test_every_date_start_is_listed(text: str) -> None:
    assert missed(text) == []
    assert find_date_mentions(text, LEX, THU)  # the case does hold a date


def test_a_longer_entry_reaches_further() -> None:
    mine = LEX.extended({"dates": {"shifts": {"the one before the last": -1}}})
    text = "x earlier   the   the one before the last   week"
    assert missed(text, mine) == []
    assert [m.text for m in find_date_mentions(text, mine, THU)][-1].endswith("last   week")


@pytest.mark.parametrize(
    "text",
    [
        "\u212a on Friday",  # the Kelvin sign pairs with "k"
        "on Friday \u0663\u0660/\u0661\u0661/\u0662\u0660\u0662\u0663",  # Arabic-Indic digits
    ],
)
def test_awkward_text_is_scanned_everywhere(text: str) -> None:
    assert starts(WordIndex(text), anchors(LEX.dates)) is None


def test_awkward_lexicon_is_scanned_everywhere() -> None:
    mine = LEX.extended({"dates": {"relative_days": {"l'autre jour": -2, "\u00e0 midi": 0}}})
    assert anchors(mine.dates).openers is None


WORDS = st.sampled_from(
    [
        *"the last previous earlier mid mid- in since through of on a few two 21st 30 2023".split(),
        *"Nov. November may MAY Tuesday Tue week weeks days YEAR ago before yesterday".split(),
        "end of", "twenty-first", "twenty first", "this morning", "4/22", "2019-sep-1", "1,400",
        ",", ".", "-", "/", "_", "\u00e9", "\u00b2",
    ]
)  # fmt: skip
GAPS = st.sampled_from(["", " ", "  ", "   ", "    ", "\n", "\t", "\u00a0", "-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, GAPS), max_size=20))
def test_no_date_start_is_missed(pieces: list[tuple[str, str]]) -> None:
    assert missed("".join(w + g for w, g in pieces)) == []
