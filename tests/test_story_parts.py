"""A count told as a part of one already given takes part in no comparison (reconcile/parts.py).

Invented reports. "18 of the deaths" after "27 people had died" is some of the 27, not a rival
count: no conflict. "two of them" after "Nine people were wounded" is no decrease. A part with a
place of its own ("40 of the dead were in Varn") is that place's count and rises as one; and a
whole count still falls and rises as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags


@pytest.mark.parametrize(
    ("reports", "flags"),
    [
        (
            [
                (
                    "2025-04-22",
                    "The Orvan health ministry said on Tuesday that 27 people had died in the "
                    "floods. Relief teams had confirmed 18 of the deaths, the Red Lantern Society "
                    "said.",
                )
            ],
            set(),
        ),
        (
            [
                ("2025-04-22", "Nine people were wounded in the blast, police said."),
                ("2025-04-23", "Police said two of them were in critical condition."),
            ],
            set(),
        ),
        (
            [
                (
                    "2025-04-22",
                    "The ministry said 80 people had died, and 40 of the dead were in Varn.",
                ),
                (
                    "2025-04-24",
                    "The ministry said 95 people had died, and 52 of the dead were in Varn.",
                ),
            ],
            {("figure_increase", 40, 52), ("figure_increase", 80, 95)},
        ),
        (
            [
                ("2025-04-22", "The ministry said 80 people had died."),
                ("2025-04-24", "The ministry said 65 people had died."),
            ],
            {("figure_decrease", 80, 65)},
        ),
    ],
)
def test_a_part_is_no_rival_count(
    reports: list[tuple[str, str]],
    flags: set[tuple[str, float, float]],
    story_flags: Flags,
) -> None:
    assert story_flags(*reports) == flags
