"""claimtrack.find_dates: the public date finder (API.md), its inputs and its guarantees."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import DateRange, InputError, find_dates

D = dt.date


def test_mentions_in_order_with_spans() -> None:
    text = "Ministers met on Monday, three days after the March 3, 2021 flood; talks end in 2022."
    found = find_dates(text, published="2021-03-10")
    assert [(d.text, d.start, d.end, d.granularity) for d in found] == [
        ("Monday", D(2021, 3, 8), D(2021, 3, 8), "day"),
        ("March 3, 2021", D(2021, 3, 3), D(2021, 3, 3), "day"),
        ("2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
    ]
    for d in found:
        assert isinstance(d, DateRange)
        assert d.span is not None
        assert text[d.span[0] : d.span[1]] == d.text


def test_published_as_date_or_string_or_datetime() -> None:
    text = "The envoy left on Friday."
    as_string = find_dates(text, published="2022-06-15")
    assert as_string == find_dates(text, published=D(2022, 6, 15))
    assert as_string == find_dates(text, published=dt.datetime(2022, 6, 15, 9, 30))
    assert as_string[0].start == D(2022, 6, 10)


def test_unresolvable_relative_mentions_are_left_out() -> None:
    text = "Trading halted on Wednesday, last week, a month after the Jan. 9, 1998 ruling."
    assert [d.text for d in find_dates(text)] == ["Jan. 9, 1998"]
    found = find_dates(text, published="1998-02-06")
    assert [(d.text, d.start) for d in found] == [
        ("Wednesday", D(1998, 2, 4)),
        ("last week", D(1998, 1, 26)),
        ("Jan. 9, 1998", D(1998, 1, 9)),
    ]


def test_nothing_found_is_an_empty_list() -> None:
    assert find_dates("") == []
    assert find_dates("No day is named here, only 1,400 people.", published="2020-01-01") == []


@pytest.mark.parametrize(
    ("text", "published", "message"),
    [
        (b"on Monday", None, r"expects text as str, got bytes; decode it first"),
        (None, None, r"expects text as str, got NoneType"),
        (42, None, r"expects text as str, got int"),
        ("on Monday", "15/06/2022", r'ISO string like "2023-11-30", got "15/06/2022"'),
        ("on Monday", "2022-02-30", r"ISO string"),
        ("on Monday", 20220615, r"got int 20220615"),
    ],
)
def test_bad_input_raises_input_error(text: object, published: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        find_dates(text, published=published)  # type: ignore[arg-type]


def test_bad_lexicon_raises_input_error() -> None:
    with pytest.raises(InputError, match="lexicon must be a claimtrack.Lexicon"):
        find_dates("on Monday", lexicon={"dates": {}})  # type: ignore[arg-type]


def test_public_and_in_all() -> None:
    assert "find_dates" in claimtrack.__all__
    assert "DateRange" in claimtrack.__all__
    assert claimtrack.find_dates is find_dates


@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "on",
                "Friday",
                "last",
                "March",
                "2014-2015",
                "fiscal",
                "1998",
                "the",
                "day",
                "before",
                "will",
                "said",
                "Dec. 7",
                "\u00a0",
                "\n",
                ",",
                "1961-62",
                "that",
                "4th",
                "decline",
                "year-end",
                "Thanksgiving",
                "'s",
                "the end of",
                "earlier in the day",
                "coming",
                "Sunday",
                "2014-2015",
                "and",
                "25",
                "\u0130",
                "W\u0130LL",
                "September's",
                "payable",
                "early",
                "next",
                "month",
                "a",
                "raid",
                "by",
                "Jan. 14",
                "\u201c",
            ]
        ),  # fmt: skip
        max_size=30,
    ).map(" ".join),
    published=st.none() | st.dates(min_value=D(1900, 1, 1), max_value=D(2090, 12, 31)),
)
def test_every_mention_is_resolved_and_points_at_its_text(
    text: str, published: dt.date | None
) -> None:
    found = find_dates(text, published=published)
    assert [d.span for d in found] == sorted(d.span for d in found)  # type: ignore[type-var]
    for d in found:
        assert d.span is not None
        assert text[d.span[0] : d.span[1]] == d.text
        assert d.start <= d.end
    assert found == find_dates(text, published=published)
