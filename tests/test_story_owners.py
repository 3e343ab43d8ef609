"""A count with no place, given by a body named for a place the story counts in.

Invented reports (Dorvania, Estrel, Halm and Varnia are not places the gazetteer knows). End to
end, from text to flags: the first report counts in two countries; the next names no place but
its sources are named for them ("Dorvania's disaster office", "Estrel's government", "the
Dorvanian government", "Estrel officials"), so each toll goes on in its own country
(reconcile/owners.py). A body named for a place no report counts in, and a person's office,
give no place. And "Dorvania's health office" is a body of its own, not Dorvania speaking
(attribute/according.py); "Lind's office" and "the governor's press office" are their voice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from claimtrack import Tracker, extract

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags

FIRST = (
    "2025-04-08",
    "Floods have killed at least 40 people in Dorvania and 12 in neighbouring Estrel since "
    "Saturday, officials in both countries said on Tuesday.",
)


@pytest.mark.parametrize(
    ("later", "flags"),
    [
        (
            "Dorvania's disaster office said on Wednesday that 55 people had died in the floods, "
            "while Estrel's government reported 15 deaths.",
            {("figure_increase", 40, 55), ("figure_increase", 12, 15)},
        ),
        (
            "The Dorvanian government said on Wednesday that 55 people had died in the floods.",
            {("figure_increase", 40, 55)},
        ),
        (
            "Estrel officials said on Wednesday that 15 people had died in the floods.",
            {("figure_increase", 12, 15)},
        ),
        (
            "The Dorvanian Relief Council said on Wednesday that 55 people had died.",
            {("figure_increase", 40, 55)},
        ),
        # a place no report counts in, and a person's office: no place, no toll goes on
        ("Halm's relief office said on Wednesday that 15 people had died in the floods.", set()),
        ("Ana Lind's office said on Wednesday that 15 people had died in the floods.", set()),
    ],
)
def test_a_source_named_for_a_counted_place_gives_its_count(
    later: str, flags: set[tuple[str, float, float]], story_flags: Flags
) -> None:
    assert story_flags(FIRST, ("2025-04-10", later)) == flags


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dorvania's health office said 97 people had died.", "Dorvania's health office"),
        (
            "Dorvania's disaster management office said 97 people had died.",
            "Dorvania's disaster management office",
        ),
        ("Ana Lind's office said 97 people had died.", "Ana Lind"),
        ("The governor's press office said 97 people had died.", "governor"),
    ],
)
def test_an_office_with_a_name_of_its_own_is_a_body(text: str, name: str) -> None:
    (figure,) = [c for c in extract(text) if c.figure is not None]
    assert figure.who is not None
    assert figure.who.name == name


def test_the_tracker_reads_an_owner_place_as_reconcile_does(
    story_flags: Flags,
) -> None:
    later = (
        "2025-04-10",
        "Dorvania's disaster office said on Wednesday that 55 people had died in the floods.",
    )
    tracker = Tracker()
    for k, (day, text) in enumerate((later, FIRST)):  # the count in Dorvania comes second
        tracker.add(extract(text, published=dt.date.fromisoformat(day), doc_id=f"r{k}"))
    flags = {
        (f.kind, f.before.figure.value, f.after.figure.value)
        for f in tracker.flags
        if f.before.figure is not None and f.after.figure is not None
    }
    assert flags == {("figure_increase", 40, 55)} == story_flags(FIRST, later)
