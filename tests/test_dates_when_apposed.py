"""A "when" clause after a count gives its day, past a sub-count or a source set off by commas.

Invented sentences (Velk and Kell are nowhere). "Eleven people, four of them children, were
killed when a drone hit a market on Sunday": both counts are Sunday's, as without the
apposition; so with "officials said" set off between. A "when" clause inside a relative clause
after a comma ("the attack, which came when ...") stays no day of the count's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import extract

PUBLISHED = dt.date(2026, 3, 10)  # a Tuesday
SUNDAY = dt.date(2026, 3, 8)

ROWS = [
    (
        "Eleven people, four of them children, were killed when a Velk drone hit a market in "
        "Kell early on Sunday, officials said.",
        {11: SUNDAY, 4: SUNDAY},
    ),
    (
        "Eleven people, including four children, were killed when a drone hit a market in Kell "
        "on Sunday.",
        {11: SUNDAY},
    ),
    (
        "Eleven people, the ministry said, were killed when a drone hit a market on Sunday.",
        {11: SUNDAY},
    ),
    (
        "Eleven people, four of them children, were killed in the attack, which came when a "
        "drone hit the market on Sunday.",
        {11: PUBLISHED, 4: PUBLISHED},
    ),
]


@pytest.mark.parametrize(("text", "days"), ROWS)
def test_a_when_clause_past_an_apposition(text: str, days: dict[int, dt.date]) -> None:
    got = {
        int(c.figure.value): c.date.start
        for c in extract(text, published=PUBLISHED)
        if c.figure is not None and c.date is not None
    }
    assert {v: got.get(v) for v in days} == days
