"""A participle of saying after a reported clause speaks for the one who reports.

"The agency said 3,400 were displaced, adding that 12 were missing": "adding", set off by a
comma after what the agency said, is the agency's, not the subject of the reported clause's.
A participle that is not a verb of saying takes the nearest subject as before ("the storm hit
the coast, killing 12": the storm kills), and a participle after a clause that reports nothing
takes that clause's subject. Every sentence was written for these tests, with invented names.
Each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

import pytest

import claimtrack

ROWS = [
    (
        "The agency said in its latest update that 3,400 were displaced, adding that 12 were "
        "missing.",
        [("said", "The agency"), ("adding", "The agency")],
    ),
    (
        "Ana Ruiz said the talks had failed, saying both sides were to blame.",
        [("said", "Ana Ruiz"), ("saying", "Ana Ruiz")],
    ),
    (
        "The Kell ministry told reporters the dam would hold, noting that crews were on site.",
        [("told", "The Kell ministry"), ("noting", "The Kell ministry")],
    ),
    (
        "Lund said on Monday that the council had lied, insisting the vote was rigged.",
        [("said", "Lund"), ("insisting", "Lund")],
    ),
    # two levels of reporting: the outer speaker goes on
    (
        "Ruiz said Lund had claimed the vote was fair, adding that she disagreed.",
        [("said", "Ruiz"), ("claimed", "Lund"), ("adding", "Ruiz")],
    ),
    # opened by "while" or "by" as by a comma
    (
        "Ana Ruiz insisted it was too early to back the plan while adding that it had merit.",
        [("insisted", "Ana Ruiz"), ("adding", "Ana Ruiz")],
    ),
    # after a clause that hangs on a noun: the main clause's subject
    (
        "Lund bristled at the suggestion that he was to blame, saying the plan was the council's.",
        [("saying", "Lund")],
    ),
    # a predicate after a relative clause shares the subject before it, not the relative's
    (
        "The spokeswoman declined to say whom Ruiz would back but said no meeting was planned.",
        [("declined", "The spokeswoman"), ("said", "The spokeswoman")],
    ),
    # after a clause that reports nothing, its own subject
    (
        "Lund toured the flooded town, saying the repairs would take a year.",
        [("saying", "Lund")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_a_participle_of_saying_speaks_for_the_reporter(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = [
        (c.attribution.cue.text, c.who.text if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None
    ]
    assert found == expected


def test_a_participle_of_harm_keeps_its_nearest_subject() -> None:
    claims = claimtrack.extract(
        "Officials said the storm hit the coast on Monday, killing 12 people."
    )
    [figure] = [c for c in claims if c.kind == "figure"]
    assert figure.figure is not None
    assert figure.figure.category == "killed"
    assert figure.who is not None
    assert figure.who.text == "Officials"


# "quoted X as saying": X says what follows, relayed by the subject
AS_SAYING = [
    (
        "The Courier quoted Ana Ruiz as saying the dam would hold.",
        [("quoted", "The Courier"), ("saying", "Ana Ruiz")],
    ),
    (
        "State media cited two officials as saying the toll had risen.",
        [("cited", "State media"), ("saying", "two officials")],
    ),
    (
        "Kell Radio quoted Mayor Ivo Brandt on Monday as saying the roads were closed.",
        [("quoted", "Kell Radio"), ("saying", "Mayor Ivo Brandt")],
    ),
    # the passive: its subject says it, whoever quoted it
    ("Ana Ruiz was quoted as saying the dam would hold.", [("saying", "Ana Ruiz")]),
    (
        "The mayor was quoted by Kell Radio as saying the roads were closed.",
        [("saying", "The mayor")],
    ),
    # "as saying" after a verb that passes on no words of another
    ("The Courier described Ana Ruiz as saying little.", [("described", "The Courier")]),
]


@pytest.mark.parametrize(("text", "expected"), AS_SAYING, ids=[r[0][:40] for r in AS_SAYING])
def test_the_object_of_quoted_says_what_follows_as(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    test_a_participle_of_saying_speaks_for_the_reporter(text, expected)


def test_a_relayed_figure_names_who_said_it() -> None:
    claims = claimtrack.extract("Kell Radio quoted the mayor as saying 40 people had died.")
    [figure] = [c for c in claims if c.kind == "figure"]
    assert figure.who is not None
    assert figure.who.text == "the mayor"


# The spaCy backend reads the same: one structure, whichever parser made it.
@pytest.mark.parametrize(
    ("text", "expected"), ROWS + AS_SAYING, ids=[r[0][:40] for r in ROWS + AS_SAYING]
)
def test_the_spacy_backend_reads_the_same(spacy_parser, text, expected) -> None:
    found = [
        (c.attribution.cue.text, c.who.text if c.who else None)
        for c in claimtrack.extract(text, parser=spacy_parser)
        if c.kind == "statement" and c.attribution is not None
    ]
    assert found == expected


# A bare past participle set off by commas after a noun is an aside about it ("the plan,
# announced Friday, would ..."): what follows is the sentence's own predicate, not what the
# noun said. An "-ing" participle there is the noun's own ("Lee, writing in the Courier, said").
ASIDES = [
    ("The Orvik plan, announced Friday, would cut taxes by 10 percent.", []),
    ("The Kell deal, unveiled on Monday, ends a long strike.", []),
    ("The report, released Tuesday, found that 40 people died.", [("found", "The report")]),
    ("Ana Ruiz, speaking on Friday, said 40 people died.", [("said", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES, ids=[r[0][:30] for r in ASIDES])
def test_a_participle_aside_says_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    got = [
        (c.attribution.cue.text, c.who.text if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None
    ]
    assert got == expected
