"""WordTerms finds what the named-list pattern it replaces finds, on any text."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.text.terms import WordTerms

TERMS = ["must stop", "must not stop", "should cease", "can go ahead", "cannot go", "will halt"]
BOUNDARIES = [r"[\p{L}\p{N}]", r"\w"]
# Words of the terms in several cases, near-misses, and letters regex folds like ASCII ones
# (the Kelvin sign folds to "k", the long s to "s").
WORDS = st.sampled_from(
    [
        "must",
        "MUST",
        "Must",
        "not",
        "NoT",
        "stop",
        "stopped",
        "ſtop",
        "should",
        "cease",
        "ceases",
        "can",
        "cannot",
        "go",
        "ahead",
        "will",
        "halt",
        "halt2",
        "\u212aeep",
        "é",
        "x",
    ]
)
GAPS = st.sampled_from([" ", "  ", "-", ",", ".", "\n", "", "'", "é"])


def _reference(terms: list[str], boundary: str, text: str, start: int, end: int) -> list:
    pattern = regex.compile(rf"(?<!{boundary})\L<t>(?!{boundary})", t=terms, flags=regex.I)
    return [m.span() for m in pattern.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(WORDS, GAPS), max_size=24),
    st.sampled_from(BOUNDARIES),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_same_matches_as_the_named_list(parts, boundary, cut_start, cut_end) -> None:
    text = "".join(w + g for w, g in parts)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    finder = WordTerms(TERMS, boundary)
    assert list(finder.finditer(text, start, end)) == _reference(TERMS, boundary, text, start, end)


def test_longest_term_wins_and_case_is_blind() -> None:
    finder = WordTerms(TERMS, r"[\p{L}\p{N}]")
    text = "Troops MUST NOT STOP now; they must stopgap."
    assert [text[s:e] for s, e in finder.finditer(text, 0, len(text))] == ["MUST NOT STOP"]


def test_non_ascii_text_still_matches_as_regex_does() -> None:
    finder = WordTerms(["must stop"], r"[\p{L}\p{N}]")
    text = "they must ſtop é"
    assert list(finder.finditer(text, 0, len(text))) == [(5, 14)]
