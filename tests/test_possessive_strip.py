"""The chunker's possessive strip is the pattern it replaced, on any word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.syntax.chunk import _POSSESSIVE, _without_possessive


@given(st.text(alphabet="as'\u2019S\u00e9-", max_size=8))
def test_same_as_the_pattern(word: str) -> None:
    assert _without_possessive(word) == _POSSESSIVE.sub("", word)


def test_a_possessor_loses_its_ending() -> None:
    assert [_without_possessive(w) for w in ("peru's", "ministries'", "lund\u2019s")] == [
        "peru",
        "ministries",
        "lund",
    ]
