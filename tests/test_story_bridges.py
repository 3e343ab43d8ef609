"""An independent source's one reading between two official readings carries the running toll.

Invented reports (Castrel, Varn and the bodies are nobody's). The police give 11 dead, doctors
at a hospital 16 the next day, the police 15 the day after: one toll, which rises and is
revised down (reconcile/chains._bridged). Not joined: a reading far from the readings around it
(another count the extractor could not scope), and a source with readings of its own on
several days, which keeps its own series beside the official one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags

POLICE_FIRST = ("2025-11-18", "Police said 11 people were killed in Castrel on Tuesday.")
POLICE_LAST = ("2025-11-21", "Police said 15 people had been killed in Castrel.")


@pytest.mark.parametrize(
    ("middle", "flags"),
    [
        (
            [
                (
                    "2025-11-19",
                    "The death toll in Castrel rose to 16, doctors at the city's main hospital "
                    "said.",
                )
            ],
            {("figure_increase", 11, 16), ("figure_decrease", 16, 15)},
        ),
        # after the police's latest reading, not below it: the toll goes on
        (
            [("2025-11-22", "Doctors at the main hospital said 19 people had died in Castrel.")],
            {("figure_increase", 11, 15), ("figure_increase", 15, 19)},
        ),
        # far from the readings around it: not the toll
        (
            [("2025-11-19", "Doctors at the main hospital said 140 people had died in Castrel.")],
            {("figure_increase", 11, 15)},
        ),
        # a series of its own: kept apart
        (
            [
                ("2025-11-19", "Doctors at the main hospital said 16 people had died in Castrel."),
                ("2025-11-20", "Doctors at the main hospital said 17 people had died in Castrel."),
            ],
            {("figure_increase", 11, 15), ("figure_increase", 16, 17)},
        ),
    ],
)
def test_one_reading_between_official_ones_carries_the_toll(
    middle: list[tuple[str, str]], flags: set[tuple[str, float, float]], story_flags: Flags
) -> None:
    assert story_flags(POLICE_FIRST, *middle, POLICE_LAST) == flags
