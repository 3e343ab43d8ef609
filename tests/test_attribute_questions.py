"""A question asked, with what stands between the verb of asking and the question.

"Asked on Kell Radio who leads the party, ...", "Lind was asked on Monday whether ...", "Ruiz
was asked, 'Would you run again?'": adverbs, times, prepositional phrases and a comma may
come before the question; the asker is named only after "by". A bare participle of asking
set off by commas after its subject ("Lind, asked about his record, said ...", "..., said
Tim Lund, asked whether ...") is a passive: the subject was asked, and asked nothing.
A topic after "about" or a request after "to" is no question (tests/test_attribute_forms.py).

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

import pytest

import claimtrack

ROWS = [
    ('Ruiz was asked, "Would you run again?"', [("was asked", None)]),
    (
        "Asked on Kell Radio who leads the party, Lind said he did.",
        [("Asked", None), ("said", "Lind")],
    ),
    (
        "Asked specifically what the plan would cost, Ruiz said she did not know.",
        [("Asked", None), ("said", "Ruiz")],
    ),
    ("Lind was asked on Monday whether the dam would hold.", [("was asked", None)]),
    ("When asked by reporters whether he would stay, Lind smiled.", [("asked", "reporters")]),
    # a passive participle set off by commas: the subject was asked
    ("Lind, asked about his record, said he was proud.", [("said", "Lind")]),
    (
        '"We will win," said Tim Lund, asked whether the vote was close.',
        [("said", "Tim Lund"), ("asked", None)],
    ),
    # the subject asks
    ("Ruiz, 67, asked whether the dam would hold.", [("asked", "Ruiz")]),
    ("Lind asked on Monday whether the dam would hold.", [("asked", "Lind")]),
    (
        'Ruiz, reading from a letter, asked the crowd, "Who will pay?"',
        [("asked", "Ruiz")],
    ),
    # a topic, a request: no question
    ("Asked Tuesday about the levy, Ruiz said it was fair.", [("said", "Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [
        (c.attribution.cue.text, c.who.text if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None
    ]
    assert found == expected
