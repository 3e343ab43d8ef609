"""What is left of a count that falls is a reading of it; lone readings carry on from the first.

Invented reports (the Kell mine, Ivo Brenn and the coastguard are nobody's). "Nine of the
hostages were still being held" is what is left of the hostages' count, not a part of one told
before ("Nine of the hostages were freed" is); with no official source, each lone reading
carries on the toll read before it, the first reading anchoring it, and the writer's own "the
confirmed toll rose to six" carries on a spokesman's four.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags

HELD = [
    ("2026-06-04", "Gunmen are holding 36 hostages, the mining company said."),
    ("2026-06-08", "Twenty-two hostages were still being held, a union leader, Ivo Brenn, said."),
]


@pytest.mark.parametrize(
    ("last", "flags"),
    [
        (
            (
                "2026-06-15",
                "Nine of the hostages were still being held on Monday, the rebels said.",
            ),
            {("figure_decrease", 36, 22), ("figure_decrease", 22, 9)},
        ),
        # a part freed is no reading of the count
        (
            ("2026-06-15", "Nine of the hostages were freed on Monday, the rebels said."),
            {("figure_decrease", 36, 22)},
        ),
    ],
)
def test_what_is_left_of_a_falling_count(
    story_flags: Flags, last: tuple[str, str], flags: set[tuple[str, float, float]]
) -> None:
    assert story_flags(*HELD, last) == flags


def test_the_writers_toll_carries_on_a_lone_reading(story_flags: Flags) -> None:
    assert story_flags(
        (
            "2026-08-22",
            "Four bodies had been recovered from the lake, a coastguard spokesman said.",
        ),
        ("2026-08-23", "The confirmed toll rose to six after divers searched the wreck."),
    ) == {("figure_increase", 4, 6)}
