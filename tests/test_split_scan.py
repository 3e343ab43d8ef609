"""The split-cue scan from commas finds what the overlapped pattern scan found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.assemble.cue_forms import _SPLIT, _split_candidates

WORDS = st.sampled_from(
    ["called", "for", "by", "a", "large", "majority", "and", "who", "Ré", "x1", "", "Ünal"]
)
GAPS = st.sampled_from([" ", ", ", ",", ",,", " , ", ".", "-", "\n", "é"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(WORDS, GAPS), max_size=30), st.integers(0, 8), st.integers(0, 8))
def test_same_matches_as_the_overlapped_scan(parts, cut_start, cut_end) -> None:
    text = "".join(w + g for w, g in parts)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    expected = [m.span() for m in _SPLIT.finditer(text, start, end, overlapped=True)]
    assert [m.span() for m in _split_candidates(text, start, end)] == expected


def test_a_parenthetical_split_cue_is_found() -> None:
    text = "They called, by a large majority, for a truce."
    assert [(m.group(1), m.group(2)) for m in _split_candidates(text, 0, len(text))] == [
        ("called", "for")
    ]
