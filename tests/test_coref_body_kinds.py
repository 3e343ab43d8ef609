"""Which body a general noun, a possessive pronoun or an owner names.

A general noun of a kind of body stands only for a body of that kind, or of none its name tells.

Invented reports (Kell Minerals, Orlan Air and the Tarn Liberation Front are nobody). "the
company said" after "held by the Tarn Liberation Front" is no front, and "the authority" is no
army; "the group" stands for any body, and a name that tells no kind ("Orlan Air") may be the
company. The kinds are data (``reporting.toml`` [body_kinds]). "Its spokesman" and "its own
medics" are the body's voice; "Orlan's defense ministry" is not Kell's; "the town's toll" is
the town's count, not its statement.
"""

from __future__ import annotations

import pytest

from claimtrack import extract

ROWS = [
    (
        "Nine miners were still being held by the Tarn Liberation Front on Monday, the company "
        "said.",
        {(9, "company")},
    ),
    (
        "Kell Minerals said gunmen had seized 20 of its workers. Nine miners were still being "
        "held by the Tarn Liberation Front on Monday, the company said.",
        {(20, "Kell Minerals"), (9, "Kell Minerals")},
    ),
    (
        "Orlan Air said 40 passengers were on board. The company said 12 had died.",
        {(12, "Orlan Air")},
    ),
    (
        "The Tarn Liberation Front said it held 20 hostages. The group said 5 would be freed.",
        {(20, "Tarn Liberation Front"), (5, "Tarn Liberation Front")},
    ),
    (
        "The army said 10 soldiers died. The authority said 40 civilians were killed.",
        {(10, "army"), (40, "authority")},
    ),
    # a coastguard or a gendarmerie is a body: the demonym before it is part of its name
    (
        "Thirty-one passengers were still missing on Saturday, the Pellan coastguard said.",
        {(31, "Pellan coastguard")},
    ),
    ("Twelve people died, the Pellan gendarmerie said.", {(12, "Pellan gendarmerie")}),
    # what a body does, as news calls it once named
    (
        "Orlan Air said 40 passengers were on board. The airline said 12 had died.",
        {(12, "Orlan Air")},
    ),
    (
        "Pellan Rail said the train carried 300 people. The operator said 28 passengers were "
        "killed.",
        {(28, "Pellan Rail")},
    ),
    (
        "The Kell Observatory for Human Rights said 30 civilians died. The monitor said 12 more "
        "had died on Monday.",
        {(30, "Kell Observatory for Human Rights"), (12, "Kell Observatory for Human Rights")},
    ),
    (
        "The army said 10 soldiers died. The airline said 12 passengers died.",
        {(10, "army"), (12, "airline")},
    ),
    # a body's own officer or people, by "its": the body's voice
    (
        "The Relief Council said 52 people had died. Its spokesman said 7 more were missing.",
        {(52, "Relief Council"), (7, "Relief Council")},
    ),
    (
        "The Relief Council said 52 people had died. Its own medics had counted 26 of the bodies.",
        {(52, "Relief Council"), (26, "Relief Council")},
    ),
    # ... but "their" after a count of people names none of them
    (
        "The rebels said 5 fighters died. Their commanders said 7 more were missing.",
        {(5, "rebels"), (7, "Their commanders")},
    ),
    # two owners, two ministries; the same owner, or none, one
    (
        "Kell's defense ministry said 1,009 soldiers had died. Orlan's defense ministry said 300 "
        "had died.",
        {(1009, "Kell's defense ministry"), (300, "Orlan's defense ministry")},
    ),
    (
        "Kell's defense ministry said 1,009 soldiers had died. The defense ministry later said "
        "1,100 had died.",
        {(1009, "Kell's defense ministry"), (1100, "Kell's defense ministry")},
    ),
    # a place named by its kind owns its count but tells it to no one
    (
        "Rescuers ended the search on Thursday with the town's toll at 41, Governor Ana Lund said.",
        {(41, "Ana Lund")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_general_noun_stands_for_a_body_of_its_kind(
    text: str, expected: set[tuple[int, str]]
) -> None:
    got = {
        (int(c.figure.value), c.who.name or "")
        for c in extract(text)
        if c.figure is not None and c.figure.category is not None and c.who is not None
    }
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nine workers died in the blast, the Pellan Labour Inspectorate said.",
        "Nine people died, the Orlan constabulary said.",
        "Nine people died, the Pellan coastguard said.",
    ],
)
def test_an_office_of_state_by_its_kind_is_a_body(text: str) -> None:
    (who,) = {c.who for c in extract(text) if c.figure is not None and c.who is not None}
    assert who.kind == "organization"
    assert who.canonical == " ".join(who.name.casefold().split())  # not a person's first and last
