"""After "according to", a possessor is not the source: the phrase it owns is.

"According to Pell's mayor" is the mayor's statement (named "Pell's mayor"), not Pell's; "Kell's
health ministry" is the ministry's. A body behind its own spokesman or office stays the source
("according to Lund's office": Lund), as after a reporting verb. Every sentence was written for
these tests, with invented names.
"""

from __future__ import annotations

import pytest

import claimtrack

ROWS = [
    # named with its owner: whose mayor, whose ministry
    ("According to Pell's mayor, 40 people died.", "Pell's mayor"),
    ("Forty people died, according to Kell's health ministry.", "Kell's health ministry"),
    ("According to the region's governor, 40 people died in the floods.", "governor"),
    ("Forty people died, according to Orsk's Emergency Agency.", "Orsk's Emergency Agency"),
    # a body behind its own spokesman or office
    ("According to the ministry's spokesman, 40 people died.", "ministry"),
    ("According to Lund's office, 40 people died.", "Lund"),
]


@pytest.mark.parametrize(("text", "source"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_the_owned_phrase_is_the_source(text: str, source: str) -> None:
    claims = claimtrack.extract(text)
    [statement] = [c for c in claims if c.kind == "statement"]
    [figure] = [c for c in claims if c.kind == "figure"]
    assert statement.who is not None
    assert statement.who.name == source
    assert figure.who is not None
    assert figure.who.name == source
    assert text[statement.who.span[0] : statement.who.span[1]] == statement.who.text


@pytest.mark.parametrize(
    "text",
    [
        "According to the agency's breakdown, 40 people died in Orr.",
        "Forty people died, according to the agency's latest numbers.",
    ],
)
def test_a_thing_owned_gives_its_owner(text: str) -> None:
    [figure] = [c for c in claimtrack.extract(text) if c.kind == "figure"]
    assert figure.who is not None
    assert figure.who.name == "agency"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The data, released by the Dorva health ministry on Friday, showed 40 deaths.",
            "Dorva health ministry",
        ),
        (
            "The report, compiled by the Kell Red Cross, found that 12 people had died.",
            "Kell Red Cross",
        ),
        # no maker named: the document itself
        ("The figures, however, showed 40 deaths.", "figures"),
    ],
)
def test_a_document_set_off_with_its_maker_gives_the_maker(text: str, source: str) -> None:
    [figure] = [c for c in claimtrack.extract(text) if c.kind == "figure"]
    assert figure.who is not None
    assert figure.who.name == source
