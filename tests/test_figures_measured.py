"""A measured count ("rose to 16", "stood at 61") reads its category from its own clause.

Every sentence is invented. An "as" that opens a clause of its own after the count ("as several
of the wounded died", "as the clashes spread") ends the count's clause, so the casualty word
there is not the count's (assemble/govern.right_cue); "as of", "as well", "as many" do not, and
a count that is no measured one keeps "listed as missing".
"""

from __future__ import annotations

import pytest

from claimtrack import extract


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The death toll rose to 16 as several of the wounded died, doctors said.", {16: "killed"}),
        ("The toll in Varn climbed to 23 as the injured were flown to Tesk.", {23: "killed"}),
        ("The number of injured rose to 40 as the clashes spread.", {40: "injured"}),
        ("The toll stood at 12 dead as of Monday.", {12: "killed"}),
        ("The toll rose to 31 dead and 64 wounded.", {31: "killed", 64: "injured"}),
        ("Twelve people were listed as missing.", {12: "missing"}),
    ],
)
def test_a_measured_count_keeps_its_clause(text: str, counts: dict[int, str]) -> None:
    found = {
        int(c.figure.value): c.figure.category
        for c in extract(text)
        if c.figure is not None and c.figure.category is not None
    }
    assert found == counts
