"""The adverb "as well", and "as well as", which joins two sources as "and" does.

An adverb of more than one word may stand between a subject and its verb ("Police as well
said") or after the verb ("said as well that"); "X as well as Y said" is a coordinated subject,
read like "X and Y said": a statement of each member, and the
first is the figure's source. A "well" that is a noun
("the well") stays one.

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimtrack

ROWS = [
    # between the subject and its verb
    ("Harbour police as well said 14 people had drowned.", [("said", "Harbour police")]),
    ("The Velmar agency as well reported 30 homes destroyed.", [("reported", "The Velmar agency")]),
    ("Orsk hospitals as well said 40 people were hurt.", [("said", "Orsk hospitals")]),
    # after the verb
    (
        "The Korva ministry said as well that 12 people were killed.",
        [("said", "The Korva ministry")],
    ),
    ("Officials said as well 40 people were injured.", [("said", "Officials")]),
    # a coordinated subject: like "X and Y said"
    (
        "The Red Crescent as well as local officials said 40 people died.",
        [("said", "The Red Crescent"), ("said", "local officials")],
    ),
    (
        "Tarn police as well as the coast guard reported 9 fishermen missing.",
        [("reported", "Tarn police"), ("reported", "the coast guard")],
    ),
    # "well" the noun
    ("Officials said the well had been poisoned.", [("said", "Officials")]),
    ("The well was dry, villagers said.", [("said", "villagers")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected


FIGURES = [
    ("Harbour police as well said 14 people had drowned.", 14, "Harbour police"),
    ("Officials said as well 40 people were injured.", 40, "Officials"),
    ("The Korva ministry said as well that 12 people were killed.", 12, "Korva ministry"),
    ("The Red Crescent as well as local officials said 40 people died.", 40, "Red Crescent"),
    ("Nine people were injured as well, the Korva ministry said.", 9, "Korva ministry"),
    ("The well collapsed and 3 workers died, the Ostan company said.", 3, "Ostan company"),
]


@pytest.mark.parametrize(("text", "value", "who"), FIGURES, ids=[r[0][:40] for r in FIGURES])
def test_figure_sources(text: str, value: int, who: str) -> None:
    found = [
        (c.figure.value, c.who.name if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "figure" and c.figure is not None and c.figure.category is not None
    ]
    assert found == [(value, who)]
