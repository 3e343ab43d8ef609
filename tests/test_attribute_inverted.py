"""Speakers the parse misses around a comma: after the verb, and before a quoted aside.

"The town was overwhelmingly white, said Ana Ruiz, a historian": Ana Ruiz speaks, and what
she says is the clause before the comma (before: "white" said "Ana Ruiz, a historian").
'Ana Ruiz, who calls the mayor a "fraud," said ...': the aside's closing comma stands inside
the quotation marks; the name before the aside is the subject (before: no speaker).

Invented sentences; each row: the text, then (cue, source, content) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimtrack

ROWS = [
    (
        "The town was overwhelmingly white, said Ana Ruiz, a historian at Kell University.",
        [("said", "Ana Ruiz", "The town was overwhelmingly white")],
    ),
    (
        "But that is not good enough, said Tomas Lind, an analyst at Harbour Group.",
        [("said", "Tomas Lind", "But that is not good enough")],
    ),
    (
        "The levy raised roughly $56 million, said Piet Maro.",
        [("said", "Piet Maro", "The levy raised roughly $56 million")],
    ),
    # a name before the comma and a clause after the verb: the name is the subject
    (
        "Gov. Mara Lund (R-Kell), said the dam would hold.",
        [("said", "Gov. Mara Lund (R-Kell)", "the dam would hold")],
    ),
    # a quotation that opens the sentence: its speaker after the verb, as before
    (
        '"If it rains, we will win," said Lind.',
        [("said", "Lind", '"If it rains, we will win,"')],
    ),
    # a hearer after "told": the speaker is before the comma
    (
        "The vote was close, Tad Vey told the Kell Courier.",
        [("told", "Tad Vey", "The vote was close")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_contents(text: str, expected: list[tuple[str, str, str]], statements_of: Any) -> None:
    assert statements_of(text) == expected


ASIDES = [
    ('Ana Ruiz, who calls the mayor a "fraud," said she would run again.', "Ana Ruiz"),
    ('Lind, citing "the magic of the dam," said the town would grow.', "Lind"),
    ('Piet Maro, author of "Dams of Kell," said the levy was fair.', "Piet Maro"),
]


@pytest.mark.parametrize(("text", "speaker"), ASIDES, ids=[r[0][:40] for r in ASIDES])
def test_a_name_before_a_quoted_aside_says(text: str, speaker: str) -> None:
    said = [
        c.who.text if c.who else None
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None and c.attribution.cue.text == "said"
    ]
    assert said == [speaker]


# A report set off by commas inside what it reports, after a thing: its source follows the verb
# ("The paradox of the levy, says Ana Lind, ... is its cost"). After a person or an aside about
# one, the person says it ("Ana Lind, a junior from Orsk, said").
SET_OFF = [
    (
        "The paradox of the levy, says Ana Lind, historian at the Kell Library, is its cost.",
        [("says", "Ana Lind")],
    ),
    (
        "The contrast with Lind, said Varga and others, would be clear.",
        [("said", "Varga"), ("said", "others")],
    ),
    (
        "In other words, explained moderator Ana Lind, the levy is dead.",
        [("explained", "moderator Ana Lind")],
    ),
    ("Ana Lind, 21, a junior from Orsk, said she turned the job down.", [("said", "Ana Lind")]),
    # after a clause too, when what stands before the comma is a thing
    (
        "The fund is $9 million to $10 million short, said former governor Ana Lind, who "
        "chairs the committee.",
        [("said", "former governor Ana Lind")],
    ),
    # a body's officer described after the name: one speaker, not a list of three
    ('"We raised $5 million," said Ana Lind, its president and CEO.', [("said", "Ana Lind")]),
    ("Tarn's party leader, Ana Lind, voiced support for the levy.", [("voiced", "Ana Lind")]),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF, ids=[r[0][:40] for r in SET_OFF])
def test_a_report_set_off_inside_what_it_says(
    text: str, expected: list[tuple[str, str]], sources_of: Any
) -> None:
    assert sources_of(text) == expected
