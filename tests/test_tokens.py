"""Tokens of a window, sliced from its sentence's tokens, are the window's own tokens."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.text.tokens import Tokens, tokenize

ABBREVIATIONS = frozenset({"gen.", "oct."})
TEXT = "Gen. Ali said. The U.S. officials, F-16s and al-Burhan\u2019s men arrived on Oct. 5 ..."


def test_tokenize_splits_a_final_dot_from_words_only() -> None:
    tokens = tokenize(TEXT, (0, len(TEXT)), ABBREVIATIONS)
    assert [t.text for t in tokens][:8] == [
        "Gen.",
        "Ali",
        "said",
        ".",
        "The",
        "U.S.",
        "officials",
        ",",
    ]
    assert all(TEXT[t.start : t.end] == t.text for t in tokens)


def test_a_dot_before_a_comma_or_a_bracket_stays_with_its_word() -> None:
    text = "Ana Stone, 29, of Dunmore, Ala., says Kell Dams Inc.) lost. Then"
    words = [t.text for t in tokenize(text, (0, len(text)), ABBREVIATIONS)]
    assert "Ala." in words
    assert "Inc." in words
    assert words[-3:] == ["lost", ".", "Then"]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (0, len(TEXT)),
        (5, 40),  # starts at a word
        (12, 40),  # starts at the dot split from "said"
        (0, 12),  # ends between "said" and its dot
        (2, 40),  # cuts "Gen." at the start: tokenized afresh
        (0, 21),  # cuts "U.S." at the end
        (30, 30),
    ],
)
def test_window_equals_tokenize(start: int, end: int) -> None:
    shared = Tokens(TEXT, ABBREVIATIONS)
    shared.of((0, len(TEXT)))
    assert shared.window((start, end), len(TEXT)) == tokenize(TEXT, (start, end), ABBREVIATIONS)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("He said.. Then", 8),  # "said." and ".": without the last dot, "said" and "."
        ("the gen.-. x", 9),  # "gen.-" and ".": without the last dot, "gen." and "-"
        ("two F-16s.'. x", 11),  # "F-16s.'" and ".": without the last dot, "F-16s", "." and "'"
        ("He said. Then", 7),  # "said" and ".": the same either way
        ("Ana Stone of Dunmore, Ala., says", 26),  # "Ala." before a comma; alone, "Ala" and "."
    ],
)
def test_window_that_drops_a_split_dot(text: str, end: int) -> None:
    shared = Tokens(text, ABBREVIATIONS)
    shared.of((0, len(text)))
    assert shared.window((0, end), len(text)) == tokenize(text, (0, end), ABBREVIATIONS)


def test_window_of_a_stretch_not_read_is_tokenized() -> None:
    shared = Tokens(TEXT, ABBREVIATIONS)
    assert shared.window((5, 40), 40) == tokenize(TEXT, (5, 40), ABBREVIATIONS)


PIECES = st.sampled_from(
    [
        *["Gen.", "gen", "U.S.", "U.S..", "said", "said.", "said..", "...", "F-16s", "x'", "5."],
        *["al-Burhan\u2019s", "1,400", "'", "\u201c", "-", "\u00e9."],
    ]
)
GAPS = st.sampled_from(["", " ", "\n", ".", ",", "'", "-"])


@settings(max_examples=300)
@given(
    st.lists(st.tuples(PIECES, GAPS), max_size=15).map(
        lambda pieces: "".join(p + g for p, g in pieces)
    ),
    st.data(),
)
def test_window_equals_tokenize_on_random_text(text: str, data: st.DataObject) -> None:
    s0 = data.draw(st.integers(0, len(text)))
    s1 = data.draw(st.integers(s0, len(text)))
    start = data.draw(st.integers(s0, s1))
    end = data.draw(st.integers(start, s1))
    shared = Tokens(text, ABBREVIATIONS)
    assert shared.of((s0, s1)) == tokenize(text, (s0, s1), ABBREVIATIONS)
    assert shared.window((start, end), s1) == tokenize(text, (start, end), ABBREVIATIONS)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("at 4,000 and 1,400.5 dead", ["at", "4,000", "and", "1,400.5", "dead"]),
        ("1,000,000 people", ["1,000,000", "people"]),
        # a list or a year before a comma stays apart
        ("In 2019, 400 died", ["In", "2019", ",", "400", "died"]),
        ("1,2,3 and 12,3456", ["1", ",", "2", ",", "3", "and", "12", ",", "3456"]),
    ],
)
def test_a_number_with_thousands_separators_is_one_token(text: str, tokens: list[str]) -> None:
    from claimtrack.text.tokens import tokenize

    assert [t.text for t in tokenize(text, (0, len(text)), frozenset())] == tokens


@pytest.mark.parametrize("text", ["1,400,5.", "at 1,400,5 and 2,000, 30 died", "4,000.5, 3"])
def test_every_window_of_a_run_of_number_groups_is_read_as_alone(text: str) -> None:
    # "1,400" alone is one number, in "1,400,5" three tokens: a window that ends inside the run
    # cannot reuse the sentence's tokens (hypothesis found "1,400,5.")
    shared = Tokens(text, ABBREVIATIONS)
    shared.of((0, len(text)))
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert shared.window((a, b), len(text)) == tokenize(text, (a, b), ABBREVIATIONS)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Piet Orr, Moss' campaign manager, said", "Moss'"),
        ("the workers\u2019 union said", "workers\u2019"),
    ],
)
def test_a_plurals_possessive_apostrophe_stays_with_its_word(text: str, token: str) -> None:
    assert token in [t.text for t in tokenize(text, (0, len(text)))]


@pytest.mark.parametrize(
    "text",
    ["He said 'no,' and left.", "He called them 'traitors', and left.", "It was 'Lund's' idea"],
)
def test_a_quote_mark_is_no_possessive(text: str) -> None:
    tokens = [t.text for t in tokenize(text, (0, len(text)))]
    assert "'" in tokens
