"""Coordinated counts and predicates share a day.

A "when" clause after two coordinated counts gives both their day: "Six people died and 40
were treated when fire broke out on Monday night" dates both Monday (assemble/dateattach
.event_day); a day of the first count's own stays its own, and a comma before "and" ends the
first count's clause.

A count of a predicate coordinated with an earlier one takes that predicate's day.

Every sentence is invented. "Gunmen abducted 36 workers on Thursday and killed two guards,
the company said on Friday": "killed" shares its subject with "abducted", and the two guards
were killed on Thursday (assemble/day_reach.on_host). Not a predicate in the progressive ("and
were holding its 21 crew members": a state, as of the report).
"""

from __future__ import annotations

import pytest

from claimtrack import extract

PUBLISHED = "2026-08-07"  # a Friday


WHEN_PUBLISHED = "2026-10-14"  # a Wednesday


def day_of(text: str, value: int, published: str = PUBLISHED) -> str | None:
    """The last day of the one figure of ``value`` in ``text``."""
    (date,) = [
        c.date for c in extract(text, published=published) if c.figure and c.figure.value == value
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
            "Gunmen abducted 36 workers on Thursday and shot dead two security guards, the "
            "company said on Friday.",
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


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        (
            "Six people died and 40 were treated for smoke inhalation when fire broke out in a "
            "Tarn apartment block on Monday night, the ministry said.",
            6,
            "2026-10-12",
        ),
        (
            "Six people died and 40 were treated for smoke inhalation when fire broke out in a "
            "Tarn apartment block on Monday night, the ministry said.",
            40,
            "2026-10-12",
        ),
        (
            "Four soldiers were killed and nine wounded when their convoy hit a mine near Kell "
            "on Saturday, the army said on Sunday.",
            4,
            "2026-10-10",
        ),
        (
            "Two miners died and 11 others were hurt when a shaft collapsed at the Orv pit on "
            "Friday.",
            2,
            "2026-10-09",
        ),
        # the first count's own day
        (
            "Six people died on Sunday and 40 were treated when fire broke out on Monday.",
            6,
            "2026-10-11",
        ),
        # past a comma, the first count's clause has ended
        (
            "Six people died in Tarn, and 40 were treated when fire broke out in Kell on Monday.",
            6,
            WHEN_PUBLISHED,
        ),
    ],
)
def test_a_when_clause_dates_both_coordinated_counts(text: str, value: int, day: str) -> None:
    assert day_of(text, value, WHEN_PUBLISHED) == day
