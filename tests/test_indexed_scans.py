"""Scans over a whole document that its word index narrows find what the full scans found."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.assemble.cue_forms import _TIMED, _timed, _timed_firsts
from claimtrack.assemble.stance_cues import tables
from claimtrack.find.phrases import WordIndex
from claimtrack.lexicon import load_lexicon
from claimtrack.text.terms import WordTerms

WORDS = st.sampled_from(
    [
        "called", "Called", "again", "for", "yesterday", "late", "on", "Sunday", "urged", "must",
        "MUST", "not", "stop", "should", "cease", "release", "of", "the", "12", "hostages",
        "free", "all", "2called", "x1", "Peña", "é", "\u212a", "won't", "", "voiced",
        "misgivings", "about",
    ]
)  # fmt: skip
GAPS = st.sampled_from([" ", "  ", ", ", ",", ".", "-", "\n", "é", "\u00a0"])


def _text(parts: list[tuple[str, str]]) -> str:
    return "".join(w + g for w, g in parts)


def _first(m: regex.Match[str]) -> str:
    """A timed match's first run of letters: the first word of a cue of two or three words."""
    return str(m.group(1) or m.group(2))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, GAPS), max_size=30))
def test_halting_terms_from_the_index(parts) -> None:
    text = _text(parts)
    terms = tables(load_lexicon()).halting_pattern
    assert terms is not None
    expected = list(terms.finditer(text, 0, len(text)))
    assert list(terms.finditer(text, 0, len(text), WordIndex(text))) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, GAPS), max_size=30))
def test_timed_cues_from_the_index(parts) -> None:
    text = _text(parts)
    firsts = _timed_firsts(tables(load_lexicon()).polarity_of)
    assert firsts is not None
    # only a match whose first run is a cue's first word can be a cue
    expected = [
        m.span()
        for m in _TIMED.finditer(text, 0, len(text), overlapped=True)
        if _first(m).casefold() in firsts
    ]
    found = _timed(text, 0, len(text), WordIndex(text), firsts)
    assert [m.span() for m in found if _first(m).casefold() in firsts] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, GAPS), max_size=30))
def test_counted_topics_from_the_index(parts) -> None:
    text = _text(parts)
    topics = tables(load_lexicon()).topics
    found = topics.find(text, WordIndex(text))
    expected = topics.find(text, None)
    assert [(h.span(), h.group(), type(h)) for h in found] == [
        (h.span(), h.group(), type(h)) for h in expected
    ]


def test_a_run_of_letters_after_a_digit_is_tried() -> None:
    text = "They 2called again for talks; Peña called late on Sunday for calm. \u00e9urged hard for"
    firsts = _timed_firsts(tables(load_lexicon()).polarity_of)
    assert firsts is not None
    found = _timed(text, 0, len(text), WordIndex(text), firsts)
    expected = _TIMED.finditer(text, 0, len(text), overlapped=True)
    # "late on Sunday for" and "éurged hard for" hold no cue's first word: not tried
    assert [m.span() for m in found] == [
        m.span() for m in expected if _first(m).casefold() in firsts
    ]
    assert [_first(m) for m in found] == ["called", "called"]


def test_a_term_at_the_end_of_the_text_ends_there() -> None:
    # a longer term of the same first word cannot fit in what is left of the text
    terms = WordTerms(["must stop now", "must stop"], r"[\p{L}\p{N}]")
    text = "They must stop"
    assert list(terms.finditer(text, 0, len(text))) == [(5, 14)]
    assert list(terms.finditer(text, 0, len(text), WordIndex(text))) == [(5, 14)]
    assert list(terms.finditer("They must stop now.", 0, 19)) == [(5, 18)]
