"""A place named in most reports is the main count's when its figures go on the main series.

Invented reports (Tarsk, Dulvan and their bodies are nobody's). The place's figures are read
day by day against the main count and the place's own earlier figures (fit.fits_series), and
a figure a little below the main count's on one side only is a revision, not a part
(fit._REVISED). Not joined: a place whose later figure leaves the series, and a place far
below the main count, which reads as a part of it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags

UNPLACED = ("2026-03-02", "Shelling killed 12 civilians on Sunday, the Relief Council said.")


@pytest.mark.parametrize(
    ("later", "flags"),
    [
        # 19, then 27: each goes on from the one before
        (
            [
                ("2026-03-03", "The Relief Council said 19 civilians had been killed in Tarsk."),
                ("2026-03-05", "The Relief Council said 27 civilians had died in Tarsk."),
            ],
            {("figure_increase", 12, 19), ("figure_increase", 19, 27)},
        ),
        (
            [
                ("2026-03-04", "Twenty civilians have now been killed in Tarsk, the council said."),
                ("2026-03-06", "In Tarsk, 35 civilians have been killed, the council said."),
            ],
            {("figure_increase", 12, 20), ("figure_increase", 20, 35)},
        ),
        # a figure that leaves the series keeps the place apart
        (
            [
                ("2026-03-03", "The Relief Council said 19 civilians had been killed in Tarsk."),
                ("2026-03-05", "The Relief Council said 90 civilians had died in Tarsk."),
            ],
            {("figure_increase", 19, 90)},
        ),
    ],
)
def test_a_place_s_figures_go_on_the_series_day_by_day(
    later: list[tuple[str, str]], flags: set[tuple[str, float, float]], story_flags: Flags
) -> None:
    assert story_flags(UNPLACED, *later) == flags


FIRST = ("2026-05-09", "A stampede at a festival killed 48 people on Saturday, the mayor said.")


@pytest.mark.parametrize(
    ("value", "flags"),
    [
        (41, {("figure_decrease", 48, 41)}),  # revised down
        (44, {("figure_decrease", 48, 44)}),
        (30, set()),  # far below: a part of the toll, or another count
        (20, set()),
    ],
)
def test_a_main_place_figure_a_little_below_is_a_revision(
    value: int, flags: set[tuple[str, float, float]], story_flags: Flags
) -> None:
    reports = [
        ("2026-05-10", f"The Health Ministry said on Sunday that {value} had died in Dulvan."),
        ("2026-05-12", f"The ministry said {value} people were killed in Dulvan."),
    ]
    assert story_flags(FIRST, *reports) == flags


def test_a_main_place_figure_a_little_above_a_later_one_is_revised_down(
    story_flags: Flags,
) -> None:
    # the place's figures come first; the unplaced count after them is a little lower
    flags = story_flags(
        ("2026-08-01", "Floods killed 33 people in Marrow on Friday, police said."),
        ("2026-08-02", "Police said 33 people had been killed by the floods in Marrow."),
        ("2026-08-04", "Police revised the toll from the floods to 29."),
    )
    assert flags == {("figure_decrease", 33, 29)}
