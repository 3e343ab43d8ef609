"""Counts a preposition measures ("put the toll at 45", "rose to 130"), coordinated.

Each conjunct names its own count, with the verb left out ("put the dead at 19 and the injured
at 44") or with a subject and verb of its own ("stood at 61 and those injured numbered 200"):
the casualty word of one conjunct is not the other's. Every sentence was written for these
tests, with invented names and numbers.
"""

from __future__ import annotations

import pytest

from claimtrack import extract

# (sentence, [(value, category)]): every casualty count the sentence gives, in order.
COORDINATED: list[tuple[str, list[tuple[int, str]]]] = [
    ("Medics put the dead at 19 and the injured at 44.", [(19, "killed"), (44, "injured")]),
    (
        "The Orvan Health Ministry put the number of dead at 1,045 and the wounded at 3,200.",
        [(1045, "killed"), (3200, "injured")],
    ),
    (
        "Officials raised the death toll to 45 and the number of injured to 130.",
        [(45, "killed"), (130, "injured")],
    ),
    (
        "The agency put the death toll at 52 and the number of missing at 140.",
        [(52, "killed"), (140, "missing")],
    ),
    (
        "The toll stood at 61 and those injured numbered 200.",
        [(61, "killed"), (200, "injured")],
    ),
    (
        "The Kesh council put the number of dead at about 30, or the missing at 12.",
        [(30, "killed"), (12, "missing")],
    ),
    # negatives: one count with its own casualty word after it, and a join without one
    ("The death toll rose to 45 killed and 12 wounded.", [(45, "killed"), (12, "injured")]),
    ("The toll rose from 64 to 2,975.", [(64, "killed"), (2975, "killed")]),
    ("The death toll climbed to 45, with 120 wounded.", [(45, "killed"), (120, "injured")]),
]


@pytest.mark.parametrize(("doc", "expected"), COORDINATED, ids=range(len(COORDINATED)))
def test_each_conjunct_measures_its_own_count(doc: str, expected: list[tuple[int, str]]) -> None:
    got = [
        (c.figure.value, c.figure.category)
        for c in extract(doc)
        if c.kind == "figure" and c.figure is not None and c.figure.category
    ]
    assert got == expected


def test_the_measured_counts_keep_the_subject_as_their_source() -> None:
    claims = extract("Medics in Tarsk put the dead at 19 and the injured at 44.")
    sources = {c.figure.value: c.who.name for c in claims if c.figure and c.who}
    assert sources == {19: "Medics", 44: "Medics"}
