"""Phrase tables find what the regex named-list pattern finds, on tricky and on random text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.find.phrases import PhraseTable, WordIndex
from claimtrack.lexicon import load_lexicon

TERMS = [
    "said",
    "said on",
    "according to",
    "ceasefire",
    "ceasefire agreement",
    "cease-fire",
    "F-16",
    "f-16s",
    "u.s.",
    "n't",
    "won't",
    "food, water",
    "death  toll",
]


def by_pattern(terms: list[str], text: str, pos: int = 0, endpos: int | None = None) -> list:
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}])\L<cue>(?![\p{L}\p{N}])", cue=terms, flags=regex.IGNORECASE
    )
    end = len(text) if endpos is None else endpos
    return [(m.span(), m.group()) for m in pattern.finditer(text, pos, end)]


def by_table(terms: list[str], text: str, pos: int = 0, endpos: int | None = None) -> list:
    hits = PhraseTable(terms).find(text, WordIndex(text), pos, endpos)
    return [(h.span(), h.group()) for h in hits]


@pytest.mark.parametrize(
    "text",
    [
        "Officials SAID on Monday, according to reporters.",
        "the ceasefire agreements held; a CEASEFIRE AGREEMENT",  # longest that ends a word
        "two F-16s, one F-16x, an f-16",
        "U.S. and u.s.a. and US",
        "we won't and didn't, n't",
        "food, water and food,  water",
        "the death  toll and the death toll",
        "saidsaid said_ _said 2said said2 said\u00b2 \u00b2said",
        "\u00e9said said\u00e9 said\u0301 caf\u00e9 said",  # accented letters are word characters
        "\ufb01said said\u00a0on said\non",
        "\u212aelvin said",  # the Kelvin sign pairs with "k": the pattern takes over
        "\u017faid and \u0130 and \u0131 said",  # long s, dotted and dotless i
        "\U00010d50said said",  # a letter newer than Python's own Unicode tables
        "",
        "said",
    ],
)
def test_table_finds_what_the_pattern_finds(text: str) -> None:
    assert by_table(TERMS, text) == by_pattern(TERMS, text)


@pytest.mark.parametrize(
    ("text", "pos", "endpos"),
    [
        ("saidx said", 0, 4),  # a word cut by endpos ends there
        ("xsaid said", 1, None),  # the character before pos still counts
        ("said on said", 0, 7),
        ("said on said", 5, 12),
        ("ceasefire agreement", 0, 15),
    ],
)
def test_table_bounds_like_the_pattern(text: str, pos: int, endpos: int | None) -> None:
    assert by_table(TERMS, text, pos, endpos) == by_pattern(TERMS, text, pos, endpos)


def test_awkward_terms_fall_back_to_the_pattern() -> None:
    terms = ["'s", "pr\u00eat", " said", "said"]
    table = PhraseTable(terms)
    assert not table.fast
    text = "it's pr\u00eat, they said"
    assert by_table(terms, text) == by_pattern(terms, text)


def test_empty_table_finds_nothing() -> None:
    assert PhraseTable([]).find("said", WordIndex("said")) == []


def test_index_steps_aside_for_characters_that_pair_with_ascii() -> None:
    assert WordIndex("caf\u00e9 said").lower is not None
    assert WordIndex("\u212a said").lower is None


LEX = load_lexicon()
CUES = sorted({*LEX.reporting.verbs, *LEX.reporting.according, *LEX.polarity.support})
PIECES = st.one_of(
    st.sampled_from(CUES),
    st.sampled_from(TERMS),
    st.text(alphabet="aAsSiIkK -',.\n09_\u00e9\u00df\u00a0\u0301\u00b2\u2019\u212a\u017f\u0130"),
    st.text(max_size=3),
)


CASINGS: list[Callable[[str], str]] = [str, str.upper, str.title, str.swapcase]


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(PIECES, max_size=12))
    seps = draw(st.lists(st.sampled_from(["", " ", "x", "\u00e9", "-"]), min_size=len(pieces)))
    casing = draw(st.sampled_from(CASINGS))
    return casing("".join(s + p for s, p in zip(seps, pieces, strict=False)))


@settings(max_examples=300, deadline=None)
@given(text=texts(), data=st.data())
def test_table_equals_pattern_on_random_text(text: str, data: st.DataObject) -> None:
    terms = [*TERMS, *CUES]
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.none() | st.integers(pos, len(text)))
    assert by_table(terms, text, pos, endpos) == by_pattern(terms, text, pos, endpos)
