"""What a poll, a survey or a record shows: a finding, whatever the verb is given.

A verb of evidence reports a clause ("the poll found that ..."); with a document for its
subject it reports a thing too ("Polls show Lind with a big lead", "The survey found broad
support"): a document says nothing else. A person or a body that shows or finds a thing
("Lind showed courage", "The firm found a buyer") reports nothing; a number shown is a count.
A plural noun that is also a verb form, right before a verb of saying or showing, is the
subject ("Federal records show ...", "Polls found ...").

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

ROWS = [
    ("Polls show Lind with a big lead in Kell.", [("show", "Polls")]),
    ("The survey shows only a small gap between the parties.", [("shows", "The survey")]),
    ("A recent Kell poll found broad support for the levy.", [("found", "A recent Kell poll")]),
    (
        "Federal records show Maro has donated $38,000 to campaigns.",
        [("show", "Federal records")],
    ),
    ("State records indicate that the dam was never inspected.", [("indicate", "State records")]),
    # a person or a body and a thing: nothing reported
    ("Lind showed courage during the flood.", []),
    ("The firm found a buyer for the mill.", []),
    ("Ruiz records her show every Friday.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected
