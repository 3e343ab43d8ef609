"""numbers.py: digits, words, scales, vague amounts, ranges and qualifiers."""

from __future__ import annotations

import time

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claimtrack.find.numbers import NumberMention, _compile, find_numbers, parse_number
from claimtrack.find.phrases import WordIndex, word_starts
from claimtrack.lexicon import load_lexicon

LEX = load_lexicon()


def one(text: str) -> NumberMention:
    found = find_numbers(text, LEX)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("1,400", 1400),
        ("1400", 1400),
        ("12 391", 12391),
        ("12\u202f391", 12391),  # narrow no-break space
        ("12\u00a0391", 12391),
        ("1 414 021 100", 1414021100),
        ("1.5 million", 1500000),
        ("2.3m", 2300000),
        ("10k", 10000),
        ("1.2b", 1200000000),
        ("4.3 million", 4300000),
        ("1,674.5 million", 1674500000),
        ("two", 2),
        ("Eighteen", 18),
        ("thirty-five", 35),
        ("fifty two", 52),
        ("one hundred and sixty-one", 161),
        ("two hundred and two thousand", 202000),
        ("a dozen", 12),
        ("three dozens", 36),
        ("a million", 1000000),
        ("a hundred", 100),
        ("13 lakh", 1300000),
        ("four million", 4000000),
        ("3 hundred and 21", 321),
        ("7.8", 7.8),
        ("0", 0),
        ("dozens", 24),
        ("scores of", None),  # "of" is not part of the number
        ("hundreds", 200),
        ("thousands", 2000),
        ("tens of thousands", 20000),
        ("hundreds of thousands", 200000),
        ("Tens of thousands", 20000),
        ("between 300 and 500", 300),
        ("300-500", 300),
        ("300 to 500", 300),
        ("2 to 3 million", 2000000),
        ("more than 1,400", 1400),
        ("About 35,000", 35000),
        ("several", None),
        ("a", None),
        ("the", None),
        ("5 km", None),
        ("29km", None),
        ("the 15th", None),
        ("", None),
    ],
)
def test_parse_number(s: str, value: int | float | None) -> None:
    assert parse_number(s) == value
    if value is not None:
        assert type(parse_number(s)) is type(value)


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("more than 1,400", 1400, 1400, None, "more_than"),
        ("over 300", 300, 300, None, "more_than"),
        ("above 2,200", 2200, 2200, None, "more_than"),
        ("has passed 7,000", 7000, 7000, None, "more_than"),
        ("in excess of 50", 50, 50, None, "more_than"),
        ("at least 35", 35, 35, None, "at_least"),
        ("no fewer than 12", 12, 12, None, "at_least"),
        ("a minimum of 4", 4, 4, None, "at_least"),
        ("10 or more", 10, 10, None, "at_least"),
        ("about 2,500", 2500, None, None, "about"),
        ("About 35,000", 35000, None, None, "about"),
        ("approximately 1.5 million", 1500000, None, None, "about"),
        ("some 400", 400, None, None, "about"),
        ("roughly 90", 90, None, None, "about"),
        ("an estimated 10,000", 10000, None, None, "about"),
        ("nearly 1,800", 1800, None, 1800, "nearly"),
        ("almost 11,000", 11000, None, 11000, "nearly"),
        ("close to 500", 500, None, 500, "nearly"),
        ("just under 70", 70, None, 70, "nearly"),
        ("up to 20,000", 20000, None, 20000, "up_to"),
        ("as many as 1,800", 1800, None, 1800, "up_to"),
        ("as high as 10,000", 10000, None, 10000, "up_to"),
        ("no more than 30", 30, None, 30, "up_to"),
        ("fewer than 100", 100, None, 100, "fewer_than"),
        ("less than 5", 5, None, 5, "fewer_than"),
        ("dozens", 24, 24, 199, "vague"),
        ("scores of", 40, 40, 199, "vague"),
        ("hundreds", 200, 200, 1999, "vague"),
        ("thousands", 2000, 2000, 19999, "vague"),
        ("tens of thousands", 20000, 20000, 199999, "vague"),
        ("hundreds of thousands", 200000, 200000, 1999999, "vague"),
        ("between 300 and 500", 300, 300, 500, "range"),
        ("300-500", 300, 300, 500, "range"),
        ("300 to 500", 300, 300, 500, "range"),
        ("70 to 80", 70, 70, 80, "range"),
        ("two or three", 2, 2, 3, "range"),
        ("1,400", 1400, 1400, 1400, "exact"),
    ],
)
def test_qualifiers_and_bounds(
    text: str, value: int, low: int | None, high: int | None, qualifier: str
) -> None:
    doc = f"Officials said {text} people."
    found = [m for m in find_numbers(doc, LEX) if m.value == value]
    assert len(found) == 1, find_numbers(doc, LEX)
    m = found[0]
    assert (m.value, m.low, m.high, m.qualifier) == (value, low, high, qualifier)
    assert isinstance(m.value, int)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from X to Y" is a change, not a range.
        ("the toll rose from 64 to 2,975", [64, 2975]),
        ("2,394 from 2,367", [2394, 2367]),
        # a phone number is no range
        ("call 1-800-621-3362", [1, 800, 621, 3362]),
        ("192.168.1.2", [192, 168, 1, 2]),
        ("5/17/2018", [5, 17, 2018]),
        ("a 3-1 win", [3, 1]),
        ("1, 234, 567", [1, 234, 567]),
        ("4000 3 hundred and 21", [4000, 321]),
        ("3 hundred and 2 hundred", [300, 200]),
        ("45 and 50 cases", [45, 50]),
        ("one hundred and sixty-one", [161]),
        ("three-nought-four", [3, 0, 4]),
        # not numbers at all
        ("he scores twice", []),
        ("The one you mentioned", []),
        ("no one was hurt", []),
        ("about one-third of the excess deaths", []),
        ("two thirds of the city", []),
        ("5 km away", [5]),
        ("a 5mm bullet", []),
        ("the 15th month", []),
        ("F-16s and G7 leaders", []),
        ("1MM and 2mil", [1000000, 2000000]),
        ("10 bln or 10 tln", [10000000000, 10000000000000]),
        ("1200 on Tuesday", [1200]),
    ],
)
def test_find_numbers_values(text: str, expected: list[int]) -> None:
    assert [m.value for m in find_numbers(text, LEX)] == expected


@pytest.mark.parametrize(
    ("text", "said", "number"),
    [
        ("The quake left more than 1,400 dead.", "more than 1,400", "1,400"),
        ("About 35,000 people", "About 35,000", "35,000"),
        ("killing at least nine children", "at least nine", "nine"),
        ("Between 300 and 500 people died", "Between 300 and 500", "300 and 500"),
        ("an estimated 10,000 or more", "an estimated 10,000", "10,000"),
        ("some 20 or so", "some 20", "20"),
        ("20 or so", "20 or so", "20"),
        ("2,000-plus", "2,000-plus", "2,000"),
        ("over the past 24 hours", "24", "24"),  # after "the", "past" is no qualifier
    ],
)
def test_spans(text: str, said: str, number: str) -> None:
    found = find_numbers(text, LEX)
    assert found
    m = found[0]
    assert m.text == said == text[m.span[0] : m.span[1]]
    assert text[m.number_span[0] : m.number_span[1]] == number


def test_sorted_and_spans_point_at_text() -> None:
    doc = (
        "About 35,000 people have been killed and 78,500 wounded; tens of thousands fled. "
        "Between 300 and 500 homes, 2.3m dollars, thirty-five trucks and a dozen buses."
    )
    found = find_numbers(doc, LEX)
    assert [m.span for m in found] == sorted(m.span for m in found)
    for m in found:
        assert doc[m.span[0] : m.span[1]] == m.text
        assert m.span[0] <= m.number_span[0] <= m.number_span[1] <= m.span[1]


@given(st.integers(min_value=0, max_value=10**30))
def test_parse_formatted_integer(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=10**18))
def test_parse_plain_integer(n: int) -> None:
    assert parse_number(str(n)) == n


@given(st.text(max_size=200))
def test_find_numbers_never_raises(text: str) -> None:
    for m in find_numbers(text, LEX):
        assert text[m.span[0] : m.span[1]] == m.text


NUMBERISH = st.lists(
    st.tuples(
        st.sampled_from(
            [
                *"a an A one Twenty-one half a dozen dozens DOZEN tens of thousands".split(),
                *"hundred 1,400 12 391 2.3m 1MM 10 bln 192.168.1.2 4th 29km 1.5".split(),
                *"million , - and & x".split(),
                "scores of", "a million", "\u00e9", "_", "\u212a", "\u0661",
            ]
        ),
        st.sampled_from(["", " ", "  ", "-", ", ", "\n", "\u00a0"]),
    ),
    max_size=20,
).map(lambda pieces: "".join(w + g for w, g in pieces))  # fmt: skip


@given(st.one_of(NUMBERISH, st.text(max_size=100)))
@example("an hundred and a million, half a dozen")
def test_pieces_start_only_where_words_say(text: str) -> None:
    """Trying the pattern at the listed words finds every piece a scan of the text finds."""
    pats = _compile(LEX)
    assert pats.openers is not None
    places = word_starts(WordIndex(text), pats.openers)
    if places is not None:
        assert [p for p in range(len(text)) if pats.element.match(text, p)] == [
            p for p in places if pats.element.match(text, p)
        ]
    assert find_numbers(text, LEX, words=WordIndex(text)) == find_numbers(text, LEX)


# 1 MB of the inputs that hurt backtracking engines most; the rest at 50 KB to keep the suite
# fast (each number mention costs some microseconds of Python, so dense input is slow-ish but
# linear).
@pytest.mark.parametrize(
    ("unit", "size"),
    [
        ("1,", 1_000_000),
        ("1", 1_000_000),
        ("a ", 1_000_000),
        ("tens of thousands of ", 1_000_000),
        ("1 ", 50_000),
        ("1.", 50_000),
        ("one ", 50_000),
        ("1-", 50_000),
        ("1,000 ", 50_000),
        ("dozens ", 50_000),
        ("1 and ", 50_000),
        ("twenty-", 50_000),
    ],
)
def test_linear_time_on_adversarial_input(unit: str, size: int) -> None:
    text = unit * (size // len(unit))
    started = time.perf_counter()
    found = find_numbers(text, LEX)
    # Generous: linear work takes seconds at most; catastrophic backtracking would take hours.
    assert time.perf_counter() - started < 60
    assert all(0 <= m.span[0] <= m.span[1] <= len(text) for m in found)
