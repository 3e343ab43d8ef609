"""A source named in brackets beside its figures, as situation reports and fact boxes give it.

Invented reports. The body in brackets after a count gives it, and so does the body in a
label's brackets for the counts after its colon; a measure, a party tag or a note in brackets
gives nothing, and no bracket makes a statement of its own.
"""

from __future__ import annotations

import pytest

import claimtrack

FACT_BOX = (
    "KEY FIGURES\n"
    "\u2022 1,127 people confirmed dead (Kellian Armed Forces Division, 13 May)\n"
    "\u2022 2,438 people rescued alive\n"
    "\u2022 379 people still listed as missing (Orsk District Administration, 12 May)\n"
)


def sources(text: str) -> list[tuple[int | float, str | None]]:
    claims = claimtrack.extract(text, published="2031-05-14")
    return [
        (c.figure.value, c.who.name if c.who else None)
        for c in claims
        if c.figure is not None and c.figure.category
    ]


def test_a_body_in_brackets_after_a_count_gives_it() -> None:
    assert sources(FACT_BOX) == [
        (1127, "Kellian Armed Forces Division"),
        (379, "Orsk District Administration"),
    ]


def test_a_bracket_makes_no_statement() -> None:
    claims = claimtrack.extract(FACT_BOX, published="2031-05-14")
    assert [c for c in claims if c.kind == "statement"] == []


def test_a_label_in_brackets_gives_the_counts_after_its_colon() -> None:
    text = (
        "- Official casualty figures (Government of Kellia, as of 10 May): 7,738 dead, 5,917 "
        "missing and 1,359 injured.\n"
    )
    assert sources(text) == [
        (7738, "Government of Kellia"),
        (5917, "Government of Kellia"),
        (1359, "Government of Kellia"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The flood killed 40 people in the valley (see map).",
        "Temperatures rose by 2 degrees (3.6 degrees Fahrenheit) as 40 people died.",
    ],
)
def test_a_note_or_a_measure_in_brackets_gives_nothing(text: str) -> None:
    assert all(who is None for _, who in sources(text))
