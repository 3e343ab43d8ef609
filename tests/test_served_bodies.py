"""Bodies named before and referred to again: by an acronym's name, a general noun, an officer.

Every sentence is invented. A name with its own initials in brackets is a body, never a person
("the National Coast Watch (NCW)"; "Sen. Jon Tester (D-Mont.)" stays a person); a general noun
("the agency", "the service", "the authority") refers back to the body named last; "a spokesman
for the service" is that body's unnamed officer, named with the body.
"""

from __future__ import annotations

import pytest

from claimtrack import extract


def source_of(text: str, value: int) -> tuple[str | None, str | None]:
    """Name and kind of the source of the one figure of ``value``."""
    (figure,) = [c for c in extract(text) if c.figure is not None and c.figure.value == value]
    return (figure.who.name, figure.who.kind) if figure.who is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # a name with its initials in brackets is a body, which "the agency" then means
        (
            "The National Coast Watch (NCW) rescued 48 people off Pellaro on Sunday. The agency "
            "said that nine others were missing.",
            9,
            ("National Coast Watch", "organization"),
        ),
        (
            "The Orvan Relief Trust (ORT) sent two boats. The group said 14 fishermen were "
            "missing.",
            14,
            ("Orvan Relief Trust", "organization"),
        ),
        # a party tag is no acronym of the name
        ("Sen. Jon Tester (D-Mont.) said 40 people had died.", 40, ("Jon Tester", "person")),
        # a general noun names the body named last
        (
            "The Tarsk Water Authority closed the dam. Sixty people were missing, the authority "
            "said.",
            60,
            ("Tarsk Water Authority", "organization"),
        ),
        (
            "The Kell Fire Service sent six crews. At least 12 people died, the service said.",
            12,
            ("Kell Fire Service", "organization"),
        ),
    ],
)
def test_a_body_is_referred_to_again(
    text: str, value: int, source: tuple[str | None, str | None]
) -> None:
    assert source_of(text, value) == source


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "By Friday the National Coast Watch (NCW) had pulled 22 bodies from the water, and "
            "as many as 60 passengers were unaccounted for, a spokesman for the service said.",
            60,
            "spokesman for the National Coast Watch",
        ),
        (
            "The Kell Relief Agency sent boats. Some 60 passengers were missing, a spokeswoman "
            "for the agency said.",
            60,
            "spokeswoman for the Kell Relief Agency",
        ),
        # no body named before: the officer keeps the words
        (
            "Some 60 passengers were missing, a spokesman for the agency said.",
            60,
            "spokesman for the agency",
        ),
        # a body of its own words is no general noun
        (
            "The Kell Relief Agency sent boats. Some 60 passengers were missing, a spokesman for "
            "the Tarsk port authority said.",
            60,
            "spokesman for the Tarsk port authority",
        ),
    ],
)
def test_an_unnamed_officer_of_a_body_named_before(text: str, value: int, name: str) -> None:
    assert source_of(text, value) == (name, "person")
