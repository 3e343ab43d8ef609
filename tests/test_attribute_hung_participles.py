"""A participle after a preposition's object that hangs on no noun describes that object.

In "..., well above the nine first reported," the phrase after "above" modifies the clause (or
the adverb or adjective before it), so it cannot be a subject, and "reported" is no finite verb
with a source: it describes the number. A degree word before the preposition ("well", "far",
"close") is no source either. After a noun the phrase may still modify a subject ("officials in
the capital reported").

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimtrack

ROWS = [
    (
        "Fourteen people were killed, well above the nine first reported, the Dorn ministry said.",
        [("said", "the Dorn ministry")],
    ),
    (
        "The Ravel agency said 212 homes were destroyed, far above the 150 previously reported.",
        [("said", "The Ravel agency")],
    ),
    (
        "Tarn police said 31 people drowned, well over the 20 reported on Monday.",
        [("said", "Tarn police")],
    ),
    # the agent after the participle is still the source of what it reported
    (
        "Forty people died, close to the 45 reported by the Ravel agency.",
        [("reported by", "the Ravel agency")],
    ),
    # a phrase after a noun may modify the subject: still a finite verb
    (
        "Forty people died in the attack, officials in the capital reported.",
        [("reported", "officials")],
    ),
    ("Twelve people died, the Ravel agency reported.", [("reported", "the Ravel agency")]),
    # an adjective after a noun describes it: the noun is still the subject
    ("The talks stalled, a source close to the minister said.", [("said", "a source")]),
    ("Forty people died, people familiar with the count said.", [("said", "people")]),
    ("Sources close to her campaign say she backs the plan.", [("say", "Sources")]),
    ("In the capital, officials said 40 people died.", [("said", "officials")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected


def test_the_count_is_the_speakers() -> None:
    text = "The Ravel agency said 212 people were hurt, well above the 150 previously reported."
    found = [
        (c.figure.value, c.who.name if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "figure" and c.figure is not None and c.figure.category == "injured"
    ]
    assert (212, "Ravel agency") in found
    assert all(who == "Ravel agency" for _, who in found)
