"""A report names the story's place when a figure's sentence names it, placed there or not.

Invented reports (Velmar and the Vessa valley are nowhere). "Fighting in Velmar's upper Vessa
valley has forced 12,000 people from their homes" leaves the figure unplaced, but the report
names the Vessa valley all the same; so do the others, so Vessa is the story's main place and
its count the main count: 12,000, then Vessa's 19,500, then 26,000 are one toll that rose.
Where every report names two places and gives each its own count, neither is the main place.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimtrack.reconcile.counts import Point
from claimtrack.reconcile.home import MainPlace

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags

VESSA = [
    (
        "2025-03-24",
        "Fighting in Velmar's upper Vessa valley has forced 12,000 people from their homes "
        "since Thursday, the Relief Council said.",
    ),
    (
        "2025-03-26",
        "The number of people displaced by the fighting in the Vessa valley rose to 19,500 on "
        "Wednesday, the council said.",
    ),
    (
        "2025-03-28",
        "At least 23 civilians have been killed in the Vessa valley since the army launched its "
        "offensive, the council said on Friday, and 26,000 people have now fled their homes.",
    ),
]

TWO_TOWNS = [
    ("2025-03-24", "Floods killed 12 people in Vessa and 30 in Orlan on Monday, officials said."),
    ("2025-03-25", "The toll in Orlan rose to 45, officials said, while Vessa counted 14 dead."),
    ("2025-03-26", "In all, 70 people have died in Vessa and Orlan, officials said."),
]


@pytest.mark.parametrize(
    ("reports", "flags"),
    [
        (
            VESSA,
            {("figure_increase", 12000, 19500), ("figure_increase", 19500, 26000)},
        ),
        (
            TWO_TOWNS,
            {("figure_increase", 12, 14), ("figure_increase", 30, 45)},
        ),
    ],
    ids=["the valley every report names", "two towns every report names"],
)
def test_the_place_the_reports_name(
    story_flags: Flags, reports: list[tuple[str, str]], flags: set[tuple[str, float, float]]
) -> None:
    assert story_flags(*reports) == flags


def test_a_place_named_only_in_lower_case_or_inside_a_word_is_not_named() -> None:
    import datetime as dt

    from claimtrack import extract
    from claimtrack.model import Claim
    from claimtrack.reconcile.counts import base_groups, rules_for

    reports = [
        ("2025-03-24", "Floods in Vessa killed 12 people, officials said."),
        ("2025-03-25", "Floods killed 20 people in the vessa region, said the Vessanian army."),
    ]
    claims: list[Claim] = []
    for k, (day, text) in enumerate(reports):
        claims += extract(text, published=dt.date.fromisoformat(day), doc_id=f"r{k}")
    story = MainPlace()
    rules = rules_for()
    points: list[tuple[str | None, Point]] = [
        (key[1], p) for key, pts in base_groups(claims, rules).items() for p in pts
    ]
    story.add(points, rules)
    assert {label: sorted(docs) for label, docs in story.named.items()} == {"vessa": ["r0"]}
