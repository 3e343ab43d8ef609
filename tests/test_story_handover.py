"""With no official source, a lone reading carries on the toll of the source read before it.

Invented reports (Tessa, the Marlow clinic and the fire brigade union are nobody's). Doctors
give 12 dead, rescue workers 20 the next day: the toll the press reports rose, from one source
to the next (reconcile/handover.carried). Not joined: a reading far from the one before (another
count), a lower one (which source is right?), and sources with readings on several days each,
which keep their own series.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags

DOCTORS = ("2026-02-09", "Doctors at the Marlow clinic said 12 people had died in Tessa on Monday.")


@pytest.mark.parametrize(
    ("later", "flags"),
    [
        (
            [("2026-02-10", "Rescue workers said 20 people had been killed in Tessa.")],
            {("figure_increase", 12, 20)},
        ),
        (
            [("2026-02-11", "The death toll in Tessa has risen to 17, a fire brigade union said.")],
            {("figure_increase", 12, 17)},
        ),
        # the doctors' own second reading, then the rescuers': one toll going on
        (
            [
                ("2026-02-10", "Doctors at the Marlow clinic said 15 people had died in Tessa."),
                ("2026-02-11", "Rescue workers said 21 people had been killed in Tessa."),
            ],
            {("figure_increase", 12, 15), ("figure_increase", 15, 21)},
        ),
        # far from the reading before: another count
        ([("2026-02-10", "Rescue workers said 140 people had been killed in Tessa.")], set()),
        # lower: not a revision of another source's count
        ([("2026-02-10", "Rescue workers said 9 people had been killed in Tessa.")], set()),
    ],
)
def test_a_lone_reading_carries_the_toll_on(
    later: list[tuple[str, str]], flags: set[tuple[str, float, float]], story_flags: Flags
) -> None:
    assert story_flags(DOCTORS, *later) == flags


def test_the_writer_s_toll_is_carried_on_by_a_named_source(story_flags: Flags) -> None:
    assert story_flags(
        ("2026-02-09", "Twelve people died when fire swept through a market in Tessa on Monday."),
        ("2026-02-10", "The Tessa Fire Brigade Union said 19 people had died in Tessa."),
    ) == {("figure_increase", 12, 19)}


def test_sources_with_series_of_their_own_stay_apart(story_flags: Flags) -> None:
    flags = story_flags(
        ("2026-02-09", "Doctors at the Marlow clinic said 12 people had died in Tessa."),
        ("2026-02-10", "The Velt Monitor said 18 people had died in Tessa."),
        ("2026-02-11", "Doctors at the Marlow clinic said 14 people had died in Tessa."),
        ("2026-02-12", "The Velt Monitor said 25 people had died in Tessa."),
    )
    assert flags == {("figure_increase", 12, 14), ("figure_increase", 18, 25)}


def test_the_carried_toll_is_explained_as_reported() -> None:
    import datetime as dt

    from claimtrack import extract, reconcile

    claims = extract(DOCTORS[1], published=dt.date(2026, 2, 9), doc_id="a") + extract(
        "Rescue workers said 20 people had been killed in Tessa.",
        published=dt.date(2026, 2, 10),
        doc_id="b",
    )
    (flag,) = reconcile(claims)
    assert flag.explanation.startswith("The reported death toll in Tessa rose from 12 on 9 Feb")


POLICE = "Police said 15 people had been killed in Tessa."


@pytest.mark.parametrize(
    ("first", "flags"),
    [
        # a lone reading a day before the first official one leads it
        (DOCTORS, {("figure_increase", 12, 15)}),
        # not days before it (a count of its own), nor above it
        (("2026-02-05", DOCTORS[1]), set()),
        (
            ("2026-02-09", "Doctors at the Marlow clinic said 20 people had died in Tessa."),
            set(),
        ),
    ],
)
def test_a_lone_reading_leads_the_official_toll(
    first: tuple[str, str], flags: set[tuple[str, float, float]], story_flags: Flags
) -> None:
    assert story_flags(first, ("2026-02-10", POLICE)) == flags


@pytest.mark.parametrize(
    ("later", "flags"),
    [
        # hostages freed: the count falls from one source to the next
        (
            [
                (
                    "2026-06-08",
                    "The gunmen still held 22 miners on Monday, a mediator, Ana Bell, said.",
                ),
            ],
            {("figure_decrease", 36, 22)},
        ),
        (
            [
                (
                    "2026-06-08",
                    "The gunmen still held 22 miners on Monday, a mediator, Ana Bell, said.",
                ),
                ("2026-06-15", "Nine miners were still being held on Monday, Orv Mining said."),
            ],
            {("figure_decrease", 36, 22), ("figure_decrease", 22, 9)},
        ),
        # below a quarter: another count
        ([("2026-06-08", "Five miners were still being held, a mediator, Ana Bell, said.")], set()),
    ],
)
def test_a_count_that_falls_is_carried_on_lower(
    later: list[tuple[str, str]], flags: set[tuple[str, float, float]], story_flags: Flags
) -> None:
    first = (
        "2026-06-05",
        "Gunmen seized 36 miners from a copper mine on Thursday, Orv Mining said.",
    )
    assert story_flags(first, *later) == flags
