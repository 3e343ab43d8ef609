"""An attack's toll across reports: the attack named by its kind, the place by a site's name.

Invented reports (Velk, Orsa, Tarn and Dorn are not places; the agencies are nobody). End to
end, from text to flags:

- One armed attack is one event whatever a report calls it ("when shells struck the market",
  "Monday's shelling of the market", "the strike on the school"): the kinds of attack are one
  event kind (``reconcile.toml`` [events] ``attack``), so the toll rises across the reports.
- A place's name that modifies a site ("a Velk school", "the Orsa market attack") is where the
  count is (``numbers.toml`` [context] ``sites``): the count meets the one placed "in Velk".
- A separate attack somewhere else stays another count; an attack named once where no place
  is named ("eight soldiers killed in the raid" beside a war's toll) is an incident of its own.
- A name before the attack that is the count's own place is where it happened, no side: "the
  Tarn bus station bombing" of a count in Tarn is the bombing in Tarn ("the Dorn attack", with
  no count in Dorn, stays Dorn's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import extract, reconcile
from claimtrack.model import Claim


def _story(*reports: tuple[str, str]) -> list[Claim]:
    claims: list[Claim] = []
    for k, (day, text) in enumerate(reports):
        claims += extract(text, published=dt.date.fromisoformat(day), doc_id=f"r{k}")
    return claims


def _flags(claims: list[Claim]) -> set[tuple[str, float, float]]:
    return {
        (f.kind, f.before.figure.value, f.after.figure.value)
        for f in reconcile(claims)
        if f.before.figure is not None and f.after.figure is not None
    }


STORIES = [
    (
        [
            (
                "2031-03-11",
                "At least 18 people were killed when shells struck a market in Orsa on "
                "Monday, the civil protection agency said.",
            ),
            (
                "2031-03-12",
                "The death toll from Monday's shelling of the market in Orsa has risen to 27, "
                "the civil protection agency said on Wednesday.",
            ),
        ],
        {("figure_increase", 18, 27)},
    ),
    (
        [
            (
                "2031-01-13",
                "An airstrike on a school in Velk killed 23 people, the hospital director, "
                "Ana Lind, said on Monday.",
            ),
            (
                "2031-01-15",
                "The number of people killed in Monday's strike on a Velk school has climbed "
                "to 38, hospital director Ana Lind told reporters on Wednesday.",
            ),
        ],
        {("figure_increase", 23, 38)},
    ),
    (
        [
            (
                "2031-05-02",
                "A bombing at a bus station in Tarn killed 12 people, police said.",
            ),
            (
                "2031-05-03",
                "The toll from the Tarn bus station bombing rose to 15, police said. A "
                "separate attack in Dorn killed four people, officials there said.",
            ),
        ],
        {("figure_increase", 12, 15)},
    ),
]


@pytest.mark.parametrize(("reports", "expected"), STORIES, ids=["shelling", "school", "bus"])
def test_one_attack_is_one_count(reports: list[tuple[str, str]], expected: set) -> None:
    assert _flags(_story(*reports)) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials raised the toll from the Orsa market attack to 31 dead.", "Orsa"),
        ("Monday's Tarn bus bombing killed 14 people, police said.", "Tarn"),
        ("Twelve people died in a strike on a Velk school, officials said.", "Velk"),
        # no name before the site: no place
        ("An airstrike on a school killed 23 people, the director said.", None),
    ],
)
def test_a_name_before_a_site_is_the_place(text: str, place: str | None) -> None:
    (figure,) = [c for c in extract(text) if c.kind == "figure"]
    assert figure.figure is not None
    assert figure.figure.scope.place == place


# A count that falls as people are found or freed (categories.toml ``falls``): a lower figure
# later, in the writer's voice, goes on with the official count, as a higher one would.
FALLING = [
    (
        [
            (
                "2031-11-03",
                "The rebels are holding 30 hostages in Tesk, the interior ministry said.",
            ),
            ("2031-11-07", "Eighteen hostages remain in the hands of the rebels."),
        ],
        {("figure_decrease", 30, 18)},
    ),
    (
        [
            ("2031-09-02", "Some 120 people are missing after the dam burst, police said."),
            ("2031-09-05", "The number of people missing has fallen to 45."),
        ],
        {("figure_decrease", 120, 45)},
    ),
    # the dead do not come back: a lower figure in the writer's voice is another count
    (
        [
            ("2031-09-02", "At least 120 people were killed in the floods, the agency said."),
            ("2031-09-05", "Some 45 people died in the floods."),
        ],
        set(),
    ),
]


@pytest.mark.parametrize(("reports", "expected"), FALLING, ids=["hostages", "missing", "killed"])
def test_a_count_that_falls_goes_on_in_the_writers_voice(
    reports: list[tuple[str, str]], expected: set
) -> None:
    assert _flags(_story(*reports)) == expected
