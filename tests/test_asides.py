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


# "of" after a person's name opens a place or a body, not more of the name; after a body's
# head, a title or a determiner it stays inside the name (invented sentences).
OF_NAMES = [
    ('"The dam will hold," said Ivo Moss of Tarn.', "Ivo Moss"),
    ("Ivo Moss of Tarn said the dam would hold.", "Ivo Moss"),
    ("Dr. Ivo Moss of Tarn said the dam would hold.", "Ivo Moss"),
    ("Ana Lund of the Kell Times said the dam would hold.", "Ana Lund"),
    ("The Ministry of Health said the dam would hold.", "Ministry of Health"),
    ("The Democratic Republic of Kell said the dam would hold.", "Democratic Republic of Kell"),
    ("Kell Water Authority of Tarn said the dam would hold.", "Kell Water Authority of Tarn"),
]


@pytest.mark.parametrize(("text", "name"), OF_NAMES, ids=[r[0][:30] for r in OF_NAMES])
def test_of_after_a_persons_name_ends_the_name(text: str, name: str) -> None:
    [statement] = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert statement.who.name == name


# A relative clause without commas between a subject and its verb, its own verb of saying
# included: the main verb's subject is the antecedent, and what the relative's verb says ends
# before the main verb (invented sentences).
RESTRICTIVE = [
    (
        "An aide who asked not to be named said the plan would fail.",
        [("asked", "not to be named"), ("said", "the plan would fail")],
        "An aide",
    ),
    (
        "An aide who asked not to be identified told reporters the plan would fail.",
        [("asked", "not to be identified"), ("told", "the plan would fail")],
        "An aide",
    ),
    (
        "A Kell official who spoke on condition of anonymity said the plan would fail.",
        [("said", "the plan would fail")],
        "A Kell official",
    ),
]


@pytest.mark.parametrize(
    ("text", "statements", "source"), RESTRICTIVE, ids=[r[2] for r in RESTRICTIVE]
)
def test_a_restrictive_relative_leads_back_to_its_antecedent(
    text: str, statements: list[tuple[str, str]], source: str
) -> None:
    claims = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    found = [
        (c.attribution.cue.text, c.attribution.content.text)
        for c in claims
        if c.attribution and c.attribution.content
    ]
    assert found == statements
    assert claims[-1].who is not None
    assert claims[-1].who.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Officials at the ministry and in the council said the dam would hold.", "Officials"),
        (
            "Current and former officials in the ministry and at the Kell council have said the "
            "dam would hold.",
            "Current and former officials",
        ),
        ("Engineers from Tarn or from Orr said the dam would hold.", "Engineers"),
    ],
)
def test_coordinated_places_after_a_subject(text: str, source: str) -> None:
    [statement] = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert statement.who.text == source
