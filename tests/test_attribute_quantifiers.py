"""A quantifier that stands alone for people is a source: "Most believe", "Many in the crowd".

A determiner read right before a verb of thinking is usually an adjective's or a noun's ("a
liberal think tank"); one that is a noun phrase of its own ("Most", "Few") is the subject.
With a prepositional modifier after it ("Many in the crowd", "Some in the party") it picks out
people, as "those in the capital" does.

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

ROWS = [
    ("Most believe that the harbour will reopen.", [("believe", "Most")]),
    ("Few think the truce in Kell will hold.", [("think", "Few")]),
    ("Both believe the levy is unfair.", [("believe", "Both")]),
    ("Many in the crowd said the senator was their only choice.", [("said", "Many")]),
    ("Some in the party say Lind should quit.", [("say", "Some")]),
    ("Most among the farmers said the levy was unfair.", [("said", "Most")]),
    # a plain verb form after a quantifier, before its object
    ("Most oppose the new levy on farms.", [("oppose", "Most")]),
    ("Some view the plan as a trap.", [("view", "Some")]),
    ("But both prefer the old mayor.", [("prefer", "both")]),
    ("Some hope remains for the town.", []),
    # a name the chunker read on into the quantifier's phrase is a phrase of its own
    ("Many fear Lind will lose the vote.", [("fear", "Many")]),
    ("Some fear Tomas Lind will quit.", [("fear", "Some")]),
    # a determiner before a noun, or a quantifier of things: no source of its own
    ("A liberal think tank opened in Kell.", []),
    ("Most of the damage in Tarn was repaired, officials said.", [("said", "officials")]),
    ("Some in the tank were lost.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected
