"""A speaker named after the verb, when a clause (not a quotation) stands before the comma.

"The town was overwhelmingly white, said Ana Ruiz, a historian": Ana Ruiz speaks, and what
she says is the clause before the comma (before: "white" said "Ana Ruiz, a historian").

Invented sentences; each row: the text, then (cue, source, content) of every statement.
"""

from __future__ import annotations

import pytest

import claimtrack

ROWS = [
    (
        "The town was overwhelmingly white, said Ana Ruiz, a historian at Kell University.",
        [("said", "Ana Ruiz", "The town was overwhelmingly white")],
    ),
    (
        "But that is not good enough, said Tomas Lind, an analyst at Harbour Group.",
        [("said", "Tomas Lind", "But that is not good enough")],
    ),
    (
        "The levy raised roughly $56 million, said Piet Maro.",
        [("said", "Piet Maro", "The levy raised roughly $56 million")],
    ),
    # a name before the comma and a clause after the verb: the name is the subject
    (
        "Gov. Mara Lund (R-Kell), said the dam would hold.",
        [("said", "Gov. Mara Lund (R-Kell)", "the dam would hold")],
    ),
    # a hearer after "told": the speaker is before the comma
    (
        "The vote was close, Tad Vey told the Kell Courier.",
        [("told", "Tad Vey", "The vote was close")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_contents(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [
        (
            c.attribution.cue.text,
            c.who.text if c.who else None,
            c.attribution.content.text if c.attribution.content else None,
        )
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None
    ]
    assert found == expected
