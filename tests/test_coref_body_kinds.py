"""A general noun of a kind of body stands only for a body of that kind, or of none its name tells.

Invented reports (Kell Minerals, Orlan Air and the Tarn Liberation Front are nobody). "the
company said" after "held by the Tarn Liberation Front" is no front, and "the authority" is no
army; "the group" stands for any body, and a name that tells no kind ("Orlan Air") may be the
company. The kinds are data (``reporting.toml`` [body_kinds]).
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
