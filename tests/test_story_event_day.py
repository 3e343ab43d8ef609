"""An attack named once, dated to the day its count was first read, is the story's own.

Invented reports (nobody and nowhere). "A car bomb killed 17 on Monday", then "the toll from
Monday's bombing rose to 21": the bombing happened on the count's first day, so it is the event
the count counts, and the toll rose. A bombing dated weeks later, or last month's raid, is
another incident (reconcile/events.split_events).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags

FIRST = ("2026-10-05", "A car bomb killed 17 people in a crowded market on Monday, police said.")


@pytest.mark.parametrize(
    ("later", "flags"),
    [
        (
            ("2026-10-06", "The toll from Monday's bombing rose to 21, the health ministry said."),
            {("figure_increase", 17, 21)},
        ),
        (
            (
                "2026-10-07",
                "The death toll from Monday's blast reached 24 on Wednesday, officials said.",
            ),
            {("figure_increase", 17, 24)},
        ),
        # another day's bombing: another incident
        (("2026-10-21", "Tuesday's bombing killed 21 people, police said."), set()),
        # an event dated before the count: another incident
        (("2026-10-06", "The toll from last month's raid rose to 21, officials said."), set()),
    ],
)
def test_an_attack_on_the_first_day_is_the_storys_own(
    story_flags: Flags, later: tuple[str, str], flags: set[tuple[str, float, float]]
) -> None:
    assert story_flags(FIRST, later) == flags
