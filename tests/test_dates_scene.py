"""A count told by its own event verb, with no day, happened on the day of the scene before it.

Every sentence is invented. "A minibus plunged into a ravine above Tesk on Wednesday. Nine
passengers were killed and 14 were hurt, police said." The counts are told by the verbs of
their own events, in the simple past, so they are Wednesday's (assemble/scene_day.py). Not a
count in the perfect ("have died": as of the report), a toll that rose (a reading), another
event ("a separate strike"), a day that was a saying's or starts a period, a day of a phrase
told in passing, or a scene in another paragraph.
"""

from __future__ import annotations

import pytest

from claimtrack import extract

PUBLISHED = "2026-09-17"  # a Thursday


def day_of(text: str, value: int) -> str | None:
    """The last day of the one figure of ``value`` in ``text``."""
    (date,) = [
        c.date for c in extract(text, published=PUBLISHED) if c.figure and c.figure.value == value
    ]
    return date.end.isoformat() if date is not None else None


BUS = "A minibus carrying farm workers plunged into a ravine above Tesk on Wednesday."


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        (BUS + " Nine passengers were killed and 14 were hurt, police said.", 9, "2026-09-16"),
        (BUS + " Nine passengers were killed and 14 were hurt, police said.", 14, "2026-09-16"),
        (
            "Gunmen stormed a village near Orv on Sunday. They killed 12 people and abducted 30, "
            "elders said.",
            12,
            "2026-09-13",
        ),
        (
            "On Sunday, gunmen stormed a village near Orv. The attackers killed 12 people.",
            12,
            "2026-09-13",
        ),
        # as of the report: the perfect, a toll that rose
        (BUS + " Nine passengers have died, police said.", 9, PUBLISHED),
        (BUS + " The death toll rose to 11, police said.", 11, PUBLISHED),
        # another event
        (
            "Shells struck a market in Orv on Monday. A separate strike on the town of Kell "
            "killed four people, officials said.",
            4,
            PUBLISHED,
        ),
        # a saying's day, a period's start, two days, a part told in passing
        (
            "Police said on Tuesday that the bridge was closed. Nine people were killed, police "
            "said.",
            9,
            PUBLISHED,
        ),
        (
            "The storm has battered Orv since making landfall on Saturday. About 200 people were "
            "evacuated.",
            200,
            PUBLISHED,
        ),
        (
            "Gunmen stormed a village on Sunday and the army arrived on Monday. They killed 12 "
            "people.",
            12,
            PUBLISHED,
        ),
        (
            "Officials say 93 civilians were killed, including 21 killed in a strike on Kell on "
            "Sept. 2. In Orv, at least 50 civilians died, the ombudsman said.",
            50,
            PUBLISHED,
        ),
        # another paragraph
        (BUS + "\n\nNine passengers were killed, police said.", 9, PUBLISHED),
    ],
)
def test_a_count_happened_in_the_scene_before_it(text: str, value: int, day: str) -> None:
    assert day_of(text, value) == day
