"""One body's toll across reports, however each report names the body; history is no rival.

Invented reports (Orvan, Pellaro and the Alvanne are nobody's). End to end, text to flags:

- "a spokesman for the service" after "the Orvan Coast Watch (OCW)" is the Coast Watch's
  officer, and counts as the Coast Watch (attribute/coref._served);
- "the Orvan Coast Watch" read as a person's name keeps its first and last words ("orvan
  watch"), which join the one longer name of the story (reconcile/acronyms.ends_in);
- a count more than a year older than its report ("since 1994, when the sinking of the Alvanne
  killed more than 400") is dated that year and names no place of the story (reconcile/home),
  so the one place the story names is still its main place.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Flags = Callable[..., set[tuple[str, float, float]]]  # the conftest fixture story_flags

HISTORY = (
    "It was the deadliest accident in those waters since 1994, when the sinking of the Alvanne "
    "killed more than 400 people."
)


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "A ferry capsized off Pellaro on Thursday. By Friday the Orvan Coast Watch (OCW) had "
            "pulled 22 bodies from the water, a spokesman for the service said.",
            "The death toll from the ferry disaster off Pellaro stands at 31, the Orvan Coast "
            "Watch said on Monday.",
        ),
        (
            "The Orvan Coast Watch (OCW) said 22 people had died.",
            "The Orvan Coast Watch said on Monday that 31 people had died.",
        ),
        (
            "The Orvan Coast Watch (OCW) said 22 people had died off Pellaro.",
            "The toll stands at 31, the Orvan Coast Watch said on Monday. " + HISTORY,
        ),
        (
            "The Orvan Coast Watch (OCW) said 22 people had died.",
            "The toll off Pellaro stands at 31, the Orvan Coast Watch said on Monday. " + HISTORY,
        ),
    ],
)
def test_one_body_one_toll(first: str, later: str, story_flags: Flags) -> None:
    assert story_flags(("2025-05-16", first), ("2025-05-19", later)) == {
        ("figure_increase", 22, 31)
    }


def test_a_count_of_a_year_long_past_is_that_years() -> None:
    from claimtrack import extract

    (figure,) = [c for c in extract(HISTORY, published="2025-05-19") if c.figure is not None]
    assert figure.date is not None
    assert figure.date.start.year == 1994


def test_a_count_of_a_year_long_past_takes_no_part() -> None:
    import datetime as dt

    from claimtrack import extract, reconcile
    from claimtrack.model import Claim

    claims: list[Claim] = []
    for k, (day, text) in enumerate(
        [
            ("2025-05-07", "The ministry said 14 people had died in the blast."),
            (
                "2025-05-09",
                "The ministry said 16 people had died in the blast, the deadliest accident since "
                "2011, when a fire in a copper mine killed 27 miners.",
            ),
        ]
    ):
        claims += extract(text, published=dt.date.fromisoformat(day), doc_id=f"r{k}")
    flags = reconcile(claims)
    assert [
        (f.before.figure.value, f.after.figure.value)
        for f in flags
        if f.before.figure and f.after.figure
    ] == [(14, 16)]
    assert all("reports from" not in f.explanation for f in flags)  # the 2011 count is no stretch
