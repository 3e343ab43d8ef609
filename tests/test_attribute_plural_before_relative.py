"""An "-s" form before a relative pronoun and its verb is a plural noun, not a verb of saying.

"Rust Belt states that have lost jobs" is a noun and its relative clause: a verb's "that" opens
a clause with a subject of its own ("Lind states that the levy is unfair"), which may be an
"-ing" form ("Ruiz hopes that winning Tarn will help").

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

ROWS = [
    ("Voters in Kell and Tarn, border states that have lost jobs, backed Lind.", []),
    ("Most coastal states that will vote in March back the levy.", []),
    ("Ruiz will campaign in states whose governors are Republicans.", []),
    ("Aid groups that visited Orsk said 40 people died.", [("said", "Aid groups")]),
    ("Lind states that the levy is unfair.", [("states", "Lind")]),
    ("Ruiz hopes that winning Tarn will help her.", [("hopes", "Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected
