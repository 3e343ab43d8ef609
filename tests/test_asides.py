"""A source set off by commas inside a count's clause: the count is still read, and is theirs.

Sentences are invented: "The death toll, according to the Kell ministry, stands at 812",
"Forty people, officials said, were killed", "The toll, the agency said on Monday, had risen
to 40". Each row: the text, the figure's text, its category and its source's name.
"""

from __future__ import annotations

import pytest

import claimtrack

ROWS = [
    # the casualty word before the aside, the number after it
    (
        "The death toll, according to the Kell ministry, stands at 812.",
        "812",
        "killed",
        "Kell ministry",
    ),
    (
        "The toll, the Dunmore agency said on Monday, had risen to 40.",
        "40",
        "killed",
        "Dunmore agency",
    ),
    (
        "The number of injured, officials said, has passed 300.",
        "passed 300",
        "injured",
        "officials",
    ),
    # the number before the aside, the predicate after it
    (
        "Forty people, according to the Ravel police, were killed.",
        "Forty people",
        "killed",
        "Ravel police",
    ),
    ("Forty people, officials said, were killed.", "Forty people", "killed", "officials"),
    (
        "Some 200 families, the mayor said, had fled their homes.",
        "Some 200 families",
        "displaced",
        "mayor",
    ),
]


@pytest.mark.parametrize(("text", "figure", "category", "who"), ROWS)
def test_a_source_set_off_by_commas(text: str, figure: str, category: str, who: str) -> None:
    found = [
        (c.figure.text, c.figure.category, c.who.name if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "figure" and c.figure is not None
    ]
    assert found == [(figure, category, who)]


def test_an_aside_of_another_kind_still_ends_the_clause() -> None:
    # "the storm, a category 4," names the storm: the number after the aside is no toll
    found = claimtrack.extract("The storm, a category 4 hurricane, destroyed 300 homes.")
    assert all(c.figure is None or c.figure.category is None for c in found)


def test_a_closing_source_after_an_object_count_is_no_aside_inside_it() -> None:
    text = (
        "The toll has reached 1,200, the Kell agency said in its report on Tuesday, as rain "
        "fell again over the south."
    )
    found = [
        (c.figure.text, c.figure.category, c.who.name if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "figure" and c.figure is not None
    ]
    assert found == [("1,200", "killed", "Kell agency")]


# A chain of asides between a name and its verb: an age, "of" a place with its region, a
# relative clause (invented sentences). A place that opens the sentence, or follows a
# participle, has no region after it: the name after it is the subject.
CHAINS = [
    (
        "Ivo Moss, 30, of Tarn, Kell, who was among those polled, said the vote was fair.",
        "Ivo Moss",
    ),
    ("Ivo Moss, of Tarn, who was polled, said the vote was fair.", "Ivo Moss"),
    (
        "Pia Lund, a driver from Ava, Kell, who backs the union, said the rules were unfair.",
        "Pia Lund",
    ),
    ("In Tarn, Moss, who was polled on Monday, said the vote was fair.", "Moss"),
    ("Speaking in Tarn, Moss, without naming Lund, said the vote was fair.", "Moss"),
]


@pytest.mark.parametrize(("text", "source"), CHAINS, ids=[r[0][:30] for r in CHAINS])
def test_a_chain_of_asides_leads_back_to_the_name(text: str, source: str) -> None:
    [statement] = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert statement.who.text == source
