"""A count that falls is read like one that rises: "the number of people missing fell to 12".

"after" or "before" and a noun phrase between the count's noun and its verb ("the number of
people missing after the storm fell to 12") modify the count: no clause of their own opens
there, whichever verb of change follows (count_verbs in numbers.toml). A verb that is also one
of refusing ("declined to comment") measures a number after "to": no statement.

Invented sentences; each row: the text, then (value, category, source) of every casualty figure.
"""

from __future__ import annotations

import pytest

import claimtrack

ROWS = [
    (
        "The number of people missing after the storm fell to 12, officials said.",
        [(12, "missing", "officials")],
    ),
    (
        "The number of people unaccounted for after the Tarn landslide dropped to 7.",
        [(7, "missing", None)],
    ),
    (
        "The number of people hurt before the ceasefire declined to 40, the Orsk ministry said.",
        [(40, "injured", "Orsk ministry")],
    ),
    ("The number of people killed after the storm has risen to 242.", [(242, "killed", None)]),
    # a measure, not a count of people
    ("The river level after the storm fell to 12 metres.", []),
    ("The price of bread after the storm fell to 300 dinars.", []),
    # people in shelters are displaced, whether their number rises or falls
    ("The number of people in shelters after the storm fell to 300.", [(300, "displaced", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_counts(text: str, expected: list[tuple[int, str, str | None]]) -> None:
    found = [
        (c.figure.value, c.figure.category, c.who.name if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "figure" and c.figure is not None and c.figure.category is not None
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "The number of people displaced by the floods in Kell declined to 3,400.",
        "Exports from Tarn declined to 40 tonnes.",
    ],
)
def test_declined_to_a_number_is_no_statement(text: str) -> None:
    assert [c for c in claimtrack.extract(text) if c.kind == "statement"] == []


def test_declined_to_a_verb_still_is() -> None:
    text = "The Orsk ministry declined to comment on the toll."
    said = [c.who.name for c in claimtrack.extract(text) if c.kind == "statement" and c.who]
    assert said == ["Orsk ministry"]
