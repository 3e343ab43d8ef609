"""A small toll may more than double from one source's reading to the next: "3", then "10".

Invented reports (Tessa and its doctors are nobody's). Within ten of the reading before, a lone
reading carries the toll on as one within a factor of two does; far from it ("5", then "40")
it is another count.
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
                ("2026-02-09", "Police said three people had died in the blast in Tessa."),
                ("2026-02-10", "Doctors said 10 people had died in the blast in Tessa."),
            ],
            {("figure_increase", 3, 10)},
        ),
        (
            [
                ("2026-02-09", "Doctors said five people had died in the blast in Tessa."),
                (
                    "2026-02-10",
                    "Rescue workers said 13 people had been killed in the blast in Tessa.",
                ),
            ],
            {("figure_increase", 5, 13)},
        ),
        (
            [
                ("2026-02-09", "Doctors said five people had died in the blast in Tessa."),
                (
                    "2026-02-10",
                    "Rescue workers said 40 people had been killed in the blast in Tessa.",
                ),
            ],
            set(),
        ),
    ],
)
def test_a_small_toll(
    story_flags: Flags, reports: list[tuple[str, str]], flags: set[tuple[str, float, float]]
) -> None:
    assert story_flags(*reports) == flags
