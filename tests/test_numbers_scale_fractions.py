"""A fraction of a scale word is a number: "half a million" is 500,000, not a million.

A fraction of a count ("half of the 300 dead") stays no count of its own.
"""

from __future__ import annotations

import pytest

from claimtrack.find.numbers import find_numbers
from claimtrack.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("About half a million people have fled.", [500_000]),
        ("a quarter of a million people", [250_000]),
        ("three quarters of a million people", [750_000]),
        ("one and a half million people", [1_500_000]),
        ("half a dozen people", [6]),
        ("a million people", [1_000_000]),
        ("half of the 300 dead", [300]),
    ],
)
def test_a_fraction_of_a_scale(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, load_lexicon())] == values
