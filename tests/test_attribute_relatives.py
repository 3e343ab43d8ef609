"""A speaker named after the verb with roles joined by "and", and what an object relative says.

"..., said Tomas Lind, the former mayor and farm owner.": the roles after "and" are more of
the apposition; Lind speaks, once. "the plan, which he described as bold", "new charges,
which Lind has denied": the relative pronoun stands for what was described or denied, so
the antecedent is the content when nothing after the verb is. (Not read: "The levy, which
Ruiz proposed last year, was dropped" still takes what follows the relative clause.)

Invented sentences; each row: the text, then (cue, source, content) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimtrack

ROWS = [
    (
        '"We will win," said Tomas Lind, the former mayor and farm owner.',
        [("said", "Tomas Lind", '"We will win,"')],
    ),
    (
        '"The dam held," said Ana Ruiz, a nurse and union leader from Tarn.',
        [("said", "Ana Ruiz", '"The dam held,"')],
    ),
    # "and" and a verb after the speaker: the content's own subject, as before
    ('"We lost," said Lind, and he left the hall.', [("said", "Lind", '"We lost,"')]),
    # an object relative: the antecedent is what was said or judged
    (
        "Ruiz faced new charges, which Lind has denied.",
        [("denied", "Lind", "new charges")],
    ),
    # "which" as the subject of what is said: the clause after the verb
    (
        "The levy, which Ruiz said would fail, was dropped.",
        [("said", "Ruiz", "would fail")],
    ),
    (
        "Lind praised the plan, which Ruiz described as bold.",
        [
            ("praised", "Lind", "the plan, which Ruiz described as bold"),
            ("described", "Ruiz", "the plan"),
        ],
    ),
    # a subject relative: its own content
    (
        "Ruiz, who proposed the levy last year, said it would pass.",
        [("proposed", "who", "the levy last year"), ("said", "Ruiz", "it would pass")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_contents(text: str, expected: list[tuple[str, str, str]], statements_of: Any) -> None:
    assert statements_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "what X said was ...": what they said, a statement of theirs
        (
            "The sailors were freed, which is what many analysts said was a sign of goodwill.",
            [("said", "many analysts")],
        ),
        ("Ana Ruiz attacked what she said were failures of the Kell council.", [("said", "she")]),
        # "what X calls Y" names a thing: no statement
        ("Lund pushed what she calls real solutions.", []),
    ],
)
def test_what_someone_said_was(text: str, expected: list[tuple[str, str]]) -> None:
    got = [
        (c.attribution.cue.text, c.who.text if c.who else "")
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None
    ]
    assert got == expected


# A "where" clause opens a clause of its own: its subject speaks, "where" is no part of the name.
WHERE_ROWS = [
    (
        "Riots spread to Kellia, where police said they had arrested 374 people.",
        [("said", "police", "they had arrested 374 people")],
    ),
    (
        "The storm hit Orsk, where the mayor said 12 people were killed.",
        [("said", "the mayor", "12 people were killed")],
    ),
    (
        "Rescuers reached Dalgo, where officials told reporters that 30 people had died.",
        [("told", "officials", "30 people had died")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHERE_ROWS, ids=[r[0][:40] for r in WHERE_ROWS])
def test_a_where_clause_has_its_own_subject(
    text: str, expected: list[tuple[str, str, str]], statements_of: Any
) -> None:
    assert statements_of(text) == expected
