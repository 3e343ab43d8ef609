"""Two titles joined by "and" before one name are one person's.

"Tarn party leader and former mayor Ana Lind said" names one person. A title with a
determiner ("the mayor and Governor Ana Lind") or a group ("Police and Mayor Ana Lind") is
someone else, and each says it.

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimtrack

ROWS = [
    (
        "Tarn party leader and former mayor Ana Lind said the levy was unfair.",
        [("said", "Tarn party leader and former mayor Ana Lind")],
    ),
    (
        "Deputy minister and former general Tomas Varga told reporters the border was calm.",
        [("told", "Deputy minister and former general Tomas Varga")],
    ),
    (
        "The mayor and Governor Ana Lind said the dam would hold.",
        [("said", "The mayor"), ("said", "Governor Ana Lind")],
    ),
    (
        "Police and Mayor Ana Lind said the dam would hold.",
        [("said", "Police"), ("said", "Mayor Ana Lind")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected


def test_the_person_keeps_both_titles() -> None:
    text = "Tarn party leader and former mayor Ana Lind said 40 people died."
    (figure,) = [c for c in claimtrack.extract(text) if c.kind == "figure"]
    assert figure.who is not None
    assert (figure.who.name, figure.who.title) == ("Ana Lind", "Tarn party leader and former mayor")
    assert text[figure.who.span[0] : figure.who.span[1]] == figure.who.text


# A capitalised title with a name set off after it by commas is the title of that name; a
# given name before the title word makes it a person's name ("Pete King, Ana Lind and ...").
APPOSED = [
    (
        "Defence Secretary, Ana Lind, said on Monday she opposed sending tanks to Tarn.",
        [("said", "Ana Lind")],
    ),
    (
        "Velmar's Defence Secretary, Ana Lind, said the talks had failed.",
        [("said", "Ana Lind")],
    ),
    (
        "Pete King, Ana Lind and Tomas Varga said they opposed a ceasefire.",
        [("said", "Pete King"), ("said", "Ana Lind"), ("said", "Tomas Varga")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED, ids=[r[0][:40] for r in APPOSED])
def test_a_title_before_an_apposed_name(
    text: str, expected: list[tuple[str, str]], sources_of: Any
) -> None:
    assert sources_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), ROWS + APPOSED, ids=[r[0][:40] for r in ROWS + APPOSED]
)
def test_the_spacy_backend_reads_the_same(
    spacy_sources_of: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert spacy_sources_of(text) == expected


def test_the_apposed_name_holds_the_stance_with_its_title() -> None:
    text = "Defence Secretary, Ana Lind, said on Monday she opposed sending tanks to Tarn."
    stances = [c for c in claimtrack.extract(text, published="2026-01-12") if c.kind == "stance"]
    assert [(c.who.name, c.who.title) for c in stances if c.who] == [
        ("Ana Lind", "Defence Secretary")
    ]
