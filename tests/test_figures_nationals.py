"""A tally of a people named for their country counts people.

Every sentence is invented. "The number of Varnians who have crossed into Tesk reached 18,500"
counts the displaced, as "the number of people who have crossed" does; a capitalised plural
that names no nationals ("Boeings") is still a count of something else (assemble/leftcue).
"""

from __future__ import annotations

import pytest

from claimtrack import extract


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The number of Varnians who have crossed into Tesk reached 18,500.", {18500: "displaced"}),
        ("The number of Orlanis who have fled the fighting rose to 5,000.", {5000: "displaced"}),
        ("The number of Kessese who fled to Varn rose to 8,000.", {8000: "displaced"}),
        ("The number of Boeings grounded rose to 40.", {}),
    ],
)
def test_a_tally_of_nationals(text: str, counts: dict[int, str]) -> None:
    found = {
        int(c.figure.value): c.figure.category
        for c in extract(text)
        if c.figure is not None and c.figure.category is not None
    }
    assert found == counts
