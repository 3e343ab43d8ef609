"""A participle of saying with no subject of its own: whose is it?

An "-ing" form of a verb of saying, thinking or judging right after a noun phrase has that
phrase for its subject when the phrase opens the construction (", with Lind saying ...", ",
Ruiz saying ...") or is one of many ("60 percent of voters saying ..."); after a document a
speaker issues ("issued a statement saying ...") or a time ("spent the morning saying ..."),
the clause's own subject speaks. After a preposition it reads either way: none. After a closing
quotation mark that follows a comma ('called the plan "a disaster," adding that ...') it
shares the subject of the clause before, as after a comma.

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

ROWS = [
    # the phrase before the participle opens it: its subject
    (
        "The vote split the council, with Lind saying the plan was dead.",
        [("saying", "Lind")],
    ),
    (
        "Ruiz and Lind met on Monday, Ruiz saying she was encouraged.",
        [("saying", "Ruiz")],
    ),
    (
        "The poll left 60 percent of voters saying the town was safer.",
        [("saying", "voters")],
    ),
    (
        "The share of farmers saying the levy is unfair has doubled.",
        [("saying", "farmers")],
    ),
    # a document issued, a time, a place: the clause's subject speaks
    (
        "The Kell Union issued a statement saying the strike would end.",
        [("saying", "The Kell Union")],
    ),
    ("Maro sent an email arguing that the levy was unfair.", [("arguing", "Maro")]),
    ("Lind spent the morning saying the dam was safe.", [("saying", "Lind")]),
    # after a preposition, or "of" after a thing, it reads either way: none
    ("Lind spoke to Ruiz criticizing the plan.", []),
    ("A book of essays calling for reform sold well in Kell.", []),
    ("Lind met with Ruiz criticizing the plan.", []),
    # after a closing quotation mark and its comma, as after a comma
    (
        'Lind called the plan "a disaster," adding that the council had been misled.',
        [("called", "Lind"), ("adding", "Lind")],
    ),
    (
        'Ruiz said the dam was "perfectly safe," noting that it had held for 40 years.',
        [("said", "Ruiz"), ("noting", "Ruiz")],
    ),
    # a subject shared from inside what another says: the speaker's
    (
        "Lind said the council had failed, adding that he would run.",
        [("said", "Lind"), ("adding", "Lind")],
    ),
    (
        "Ruiz said voters were angry, calling the vote a disgrace.",
        [("said", "Ruiz"), ("calling", "Ruiz")],
    ),
    (
        "The ministry raised the toll to 45, citing new reports from Tarn.",
        [("citing", "The ministry")],
    ),
    # a participle that opens the sentence: the main clause's subject, after its comma
    (
        "Noting that the dam held, Ruiz said the town was safe.",
        [("Noting", "Ruiz"), ("said", "Ruiz")],
    ),
    (
        "Expecting thousands at the rally, Maro said the police were ready.",
        [("Expecting", "Maro"), ("said", "Maro")],
    ),
    ("Saying goodbye, Lind left the hall.", []),
    # an "-ing" word that is no verb of saying, or a noun: nothing
    ("The man reading the list was Lind.", []),
    ("Lind spent the morning fishing.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected
