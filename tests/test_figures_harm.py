"""A harm its predicate tells is the count's category, whatever the people are called.

Invented sentences. "Three hostages were killed" counts the dead (who were hostages), "Nine
prisoners died" the dead (who were prisoners); "Eighteen hostages were freed" stays a count of
hostages. The people's own word becomes the subgroup, so that the three are no reading of a
story's death toll (categories.toml ``harm``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimtrack import extract

ROWS = [
    ("Three hostages were killed in the raid.", (3, "killed", "hostages")),
    ("The governor said 9 prisoners were killed in the riot.", (9, "killed", "prisoners")),
    ("Nine prisoners died in the fire.", (9, "killed", "prisoners")),
    ("Twelve refugees were injured when the camp was shelled.", (12, "injured", "refugees")),
    ("Eighteen hostages were freed on Monday.", (18, "hostages", None)),
    ("Police arrested 40 protesters on Monday.", (40, "detained", "protesters")),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_harm_is_the_category(text: str, expected: tuple[int, str, str | None]) -> None:
    (fig,) = [c.figure for c in extract(text) if c.figure is not None]
    assert (int(fig.value), fig.category, fig.scope.subgroup) == expected


def test_dead_hostages_are_no_reading_of_the_toll(
    story_flags: Callable[..., set[tuple[str, float, float]]],
) -> None:
    assert (
        story_flags(
            ("2026-06-04", "Gunmen killed 12 people at the mine on Monday, police said."),
            ("2026-06-05", "Three hostages were killed when troops stormed the mine, police said."),
        )
        == set()
    )
