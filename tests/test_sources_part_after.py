"""A part of a count after its closing source is that source's: "..., police said, six of them".

Invented sentences. The part ("N of them") told after the saying clause that closes its count
is read from the same source; a count after the saying with a verb and a source of its own is
not.
"""

from __future__ import annotations

import pytest

from claimtrack import extract

ROWS = [
    (
        "Floods have forced 12,000 people from their homes, the Relief Council said on Monday, "
        "4,500 of them from the Tarn district alone.",
        {(12000, "Relief Council"), (4500, "Relief Council")},
    ),
    (
        "Gunmen killed 12 people in Kell, police said, six of them children.",
        {(12, "police"), (6, "police")},
    ),
    (
        "Gunmen killed 12 people in Kell, police said, while doctors said 20 were wounded.",
        {(12, "police"), (20, "doctors")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_part_after_its_source(text: str, expected: set[tuple[int, str]]) -> None:
    got = {
        (int(c.figure.value), c.who.name if c.who else "")
        for c in extract(text)
        if c.figure is not None and c.figure.category is not None
    }
    assert got == expected
