"""A "when" clause after two coordinated counts gives both their day.

Every sentence is invented. "Six people died and 40 were treated when fire broke out on
Monday night" dates both counts Monday, as "Four soldiers were killed when their convoy hit a
mine on Saturday" dates one (assemble/dateattach.event_day). A day of the first count's own
stays its own, and a comma before "and" ends the first count's clause.
"""

from __future__ import annotations

import pytest

from claimtrack import extract

PUBLISHED = "2026-10-14"  # a Wednesday


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
            PUBLISHED,
        ),
    ],
)
def test_a_when_clause_dates_both_coordinated_counts(text: str, value: int, day: str) -> None:
    assert day_of(text, value) == day
