"""An age is no figure: "boys as young as 14", "children younger than 5", "aged 65".

Invented sentences. The number after an age's own words says how old, not how many; the count
beside it in the same sentence is still read.
"""

from __future__ import annotations

import pytest

from claimtrack import extract

ROWS = [
    ("Police rounded up boys as young as 14, the observatory said.", set()),
    ("Children as young as 12 were among the 40 detained.", {(40, "detained")}),
    ("Women as old as 80 were among those evacuated.", set()),
    ("Children younger than 5 made up a third of the 300 dead.", {(300, "killed")}),
    # a count after "as many as" is a count
    ("As many as 14 people were detained.", {(14, "detained")}),
]


@pytest.mark.parametrize(("text", "figures"), ROWS)
def test_an_age_is_no_figure(text: str, figures: set[tuple[int, str]]) -> None:
    got = {
        (int(c.figure.value), c.figure.category)
        for c in extract(text)
        if c.figure is not None and c.figure.category is not None
    }
    assert got == figures
