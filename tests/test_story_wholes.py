"""A group that is the whole count: "nine workers" killed, then a toll of 14.

Invented reports (Varnholt, Orv and their bodies are nobody's). A story that names its dead
by who they were ("killed nine workers", "more than 100 fans were injured") and later gives the
toll of everyone counts one toll (reconcile/wholes.py). Not joined: a group far below the toll
("12 children were among the dead" beside 20), a group a report gives beside the toll ("45,
including 15 children"), and a story that names two groups (soldiers and civilians). The
Tracker, fed report by report, raises the same flags.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from claimtrack import Tracker, extract, reconcile
from claimtrack.model import Claim

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags

STORIES = [
    (
        [
            (
                "2026-04-14",
                "An explosion at a chemical plant in Varnholt killed nine workers on Tuesday, "
                "police said.",
            ),
            (
                "2026-04-15",
                "The death toll from the plant explosion in Varnholt rose to 14 on Wednesday, the "
                "minister said.",
            ),
        ],
        {("figure_increase", 9, 14)},
    ),
    (
        [
            (
                "2026-06-21",
                "More than 100 fans were injured in a crush at the Orv stadium on Saturday, the "
                "mayor said.",
            ),
            ("2026-06-22", "The ministry said 126 people had been hurt in Orv."),
        ],
        {("figure_increase", 100, 126)},
    ),
    # counted by a place's own body: the place its owner names, in the batch and the tracker
    (
        [
            ("2026-04-14", "Varnholt's fire service said an explosion had killed nine workers."),
            ("2026-04-15", "Varnholt's fire service said the death toll had risen to 14."),
        ],
        {("figure_increase", 9, 14)},
    ),
    # a part: far below the toll, given beside it, or one of two groups
    (
        [
            ("2026-04-14", "An explosion in Varnholt killed 20 people on Tuesday, police said."),
            (
                "2026-04-15",
                "Police said on Wednesday that 12 children were among the dead in Varnholt.",
            ),
        ],
        set(),
    ),
    (
        [
            (
                "2026-05-01",
                "Floods killed 40 people in Orv, including 12 children, officials said.",
            ),
            (
                "2026-05-02",
                "Floods have killed 45 people in Orv, including 15 children, officials said.",
            ),
        ],
        {("figure_increase", 40, 45), ("figure_increase", 12, 15)},
    ),
    (
        [
            ("2026-05-04", "Fighting in Orv killed 30 soldiers on Monday, the army said."),
            ("2026-05-05", "Fighting in Orv killed 20 civilians on Tuesday, the army said."),
            ("2026-05-06", "The army said the toll in Orv rose to 60 on Wednesday."),
        ],
        set(),
    ),
]


@pytest.mark.parametrize(("reports", "flags"), STORIES)
def test_a_group_that_is_the_whole_count(
    reports: list[tuple[str, str]], flags: set[tuple[str, float, float]], story_flags: Flags
) -> None:
    assert story_flags(*reports) == flags


@pytest.mark.parametrize(("reports", "flags"), STORIES)
def test_the_tracker_agrees_report_by_report(
    reports: list[tuple[str, str]], flags: set[tuple[str, float, float]]
) -> None:
    docs: list[list[Claim]] = [
        extract(text, published=dt.date.fromisoformat(day), doc_id=f"r{k}")
        for k, (day, text) in enumerate(reports)
    ]
    tracker = Tracker()
    for doc in docs:
        tracker.add(doc)
    batch = reconcile([c for doc in docs for c in doc])
    assert [f.explanation for f in tracker.flags] == [f.explanation for f in batch]
