"""A count of a predicate coordinated with an earlier one takes that predicate's day.

Every sentence is invented. "Gunmen abducted 36 workers on Thursday and killed two guards,
the company said on Friday": "killed" shares its subject with "abducted", and the two guards
were killed on Thursday (assemble/day_reach.on_host). Not a predicate in the progressive ("and
were holding its 21 crew members": a state, as of the report).
"""

from __future__ import annotations

import pytest

from claimtrack import extract

PUBLISHED = "2026-08-07"  # a Friday


def day_of(text: str, value: int) -> str | None:
    """The last day of the one figure of ``value`` in ``text``."""
    (date,) = [
        c.date for c in extract(text, published=PUBLISHED) if c.figure and c.figure.value == value
    ]
    return date.end.isoformat() if date is not None else None


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        (
            "Gunmen abducted 36 workers on Thursday and killed two security guards, the company "
            "said on Friday.",
            2,
            "2026-08-06",
        ),
        (
            "Rebels stormed the Orv barracks on Wednesday and killed 14 soldiers, the army said "
            "on Friday.",
            14,
            "2026-08-05",
        ),
        # a verb of saying coordinated with it: what it says right after it
        (
            "The agency raised the toll to 874 on Thursday and said 4,913 people had been injured.",
            4913,
            "2026-08-06",
        ),
        # a state, as of the report
        (
            "Pirates seized a freighter off Orv on Thursday and were holding its 21 crew members "
            "hostage, the company said on Friday.",
            21,
            "2026-08-07",
        ),
    ],
)
def test_a_coordinated_predicate_shares_the_day(text: str, value: int, day: str) -> None:
    assert day_of(text, value) == day
