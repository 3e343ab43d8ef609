"""Stance cues: topic + polarity per clause, cue chains, questions, conditions, implied topics."""

from __future__ import annotations

import pytest

from claimtrack.assemble.stances import (
    DocScan,
    StanceContext,
    clauses,
    document_context,
    find_stances,
)
from claimtrack.lexicon import load_lexicon

LEX = load_lexicon()
WEAPONS = StanceContext(dominant="weapons_supply")
# A document that named a time-limited truce at its start ("A 72-hour ceasefire began.").
PAUSE = StanceContext(
    dominant="humanitarian_pause", antecedents=((0, "ceasefire", "humanitarian_pause"),)
)


def read(text: str, context: StanceContext | None = None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for clause in clauses(text, (0, len(text))):
        out += [
            (s.topic, s.polarity) for s in find_stances(text, clause, LEX, context, (0, len(text)))
        ]
    return out


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # plain cues and negation
        ("We do not support a ceasefire at this time.", None, [("ceasefire", "oppose")]),
        ("The council called for a humanitarian pause.", None, [("humanitarian_pause", "support")]),
        # a negator counts once across a chain of cues
        ("Russia said it did not support calls for a ceasefire.", None, [("ceasefire", "oppose")]),
        ("The army rejected calls for a truce.", None, [("ceasefire", "oppose")]),
        # a possessive cue after a verb of stating is a position; a cue that governs a topic
        # after it is not taken by a topic in an "if" clause before it
        (
            "The president affirmed his support for a humanitarian pause.",
            None,
            [("humanitarian_pause", "support")],
        ),
        ("Paris voiced its opposition to a ceasefire.", None, [("ceasefire", "oppose")]),
        (
            "If the army launches a ground offensive, Berlin will not provide weapons.",
            None,
            [("weapons_supply", "oppose")],
        ),
        # a deliberation pressed on someone else takes the pressing side; one's own stays open
        (
            "The envoy urged Israel to consider brief pauses.",
            None,
            [("humanitarian_pause", "support")],
        ),
        # "no" before a topic turns the position against it
        (
            "Israel agreed to guarantee that there would be no bombing in the area.",
            None,
            [("military_operation", "oppose")],
        ),
        # a cue in a relative clause speaks of the topic the clause describes
        (
            "Pauses differ from a general ceasefire, which Washington believes would benefit "
            "Hamas by letting it recover from the bombing.",
            None,
            [("ceasefire", "oppose")],
        ),
        # a cue word inside a phrase that states no position
        ("Food and fuel are in short supply in Gaza.", None, []),
        # a topic phrase that holds its own cue; a denial further back than a negator
        ("Israel has the right to defend itself.", None, [("military_operation", "support")]),
        (
            "We do not believe that the time is right for a truce.",
            None,
            [("ceasefire", "oppose")],
        ),
        # negatives: no position at all
        ("Ceasefire talks resumed on Monday.", None, []),
        ("The call for a ceasefire was repeated.", None, []),
        ("The minister arrived in Kyiv on Tuesday.", WEAPONS, []),
        # cues in a row compose
        (
            "The president ruled out sending fighter jets to the country.",
            None,
            [("weapons_supply", "oppose")],
        ),
        ("The minister refused to provide more tanks.", None, [("weapons_supply", "oppose")]),
        (
            "Both leaders pledged to build a coalition to get the country combat aircraft.",
            None,
            [("weapons_supply", "support")],
        ),
        (
            "The cabinet agreed to consider sending more tanks.",
            None,
            [("weapons_supply", "neutral")],
        ),
        # a cue overlapping its topic phrase
        ("The army is ready to fight until victory.", None, [("military_operation", "support")]),
        # indirect questions are no position, unless the answer is quoted
        ("The countries will decide when to provide the jets.", None, []),
        ("He was asked why Berlin was still holding back the heavy weapons.", None, []),
        (
            'Asked whether the country would provide the warplanes, he replied: "No."',
            None,
            [("weapons_supply", "oppose")],
        ),
        # conditions soften a cue after them, not before
        (
            "The government could move quickly if it decided to send the tanks.",
            None,
            [("weapons_supply", "neutral")],
        ),
        # a reaction or deliberation without a topic phrase speaks to the document's main topic
        ("The president said he was sincerely grateful.", WEAPONS, [("weapons_supply", "support")]),
        ("The minister said there was no consensus yet.", WEAPONS, [("weapons_supply", "neutral")]),
        (
            "The minister rejected the government's request during a panel.",
            WEAPONS,
            [("weapons_supply", "oppose")],
        ),
        (
            "The group said it backed the initiative without conditions.",
            PAUSE,
            [("humanitarian_pause", "support")],
        ),
        # ... but not without a document topic, nor a reporting verb alone
        ("The president said he was sincerely grateful.", None, []),
        ("The official said the meeting had ended.", WEAPONS, []),
        # "that" after a cue opens a clause, it is no object
        ("He did not rule out that the toll would rise.", WEAPONS, []),
        # a bare truce in a document about a time-limited one is that pause; "a truce" is not
        ("Both sides had agreed to the truce.", PAUSE, [("humanitarian_pause", "support")]),
        ("They called for a truce.", PAUSE, [("ceasefire", "support")]),
        (
            "The army said it was extending the humanitarian truce.",
            None,
            [("humanitarian_pause", "support")],
        ),
        # a pronoun object stands for the last topic named
        (
            "He said both had agreed to the truce and urged them to uphold it.",
            PAUSE,
            [("humanitarian_pause", "support"), ("humanitarian_pause", "support")],
        ),
    ],
)
def test_find_stances(
    text: str, context: StanceContext | None, expected: list[tuple[str, str]]
) -> None:
    assert read(text, context) == expected


def test_clause_split_before_a_new_subject() -> None:
    doc = "Duda said Poland would send tanks, and Britain has promised jets."
    assert [doc[a:b] for a, b in clauses(doc, (0, len(doc)))] == [
        "Duda said Poland would send tanks",
        "Britain has promised jets.",
    ]


@pytest.mark.parametrize(
    ("text", "dominant", "antecedents"),
    [
        (
            "A 72-hour ceasefire began. Both sides agreed to the truce.",
            "humanitarian_pause",
            ((5, "ceasefire", "humanitarian_pause"),),
        ),
        (
            "We do not support a permanent ceasefire. Tanks and more tanks.",
            "weapons_supply",
            ((20, "ceasefire", "ceasefire"),),
        ),
        ("Nothing about any topic here.", None, ()),
    ],
)
def test_document_context(
    text: str, dominant: str | None, antecedents: tuple[tuple[int, str, str], ...]
) -> None:
    assert document_context(text, LEX) == StanceContext(dominant, antecedents)


@pytest.mark.parametrize(
    "text",
    [
        "Asked WHETHER the country would provide the warplanes, he replied: \u201cNo.\u201d",
        "He was asked why Berlin was still holding back the heavy weapons.",
        "Germany could move quickly IF it decided to send tanks.",
        "The \u212aremlin said it would support a ceasefire if talks resumed.",  # Kelvin sign
        "Washington will decide when to provide the jets, unless Congress objects.",
    ],
)
def test_document_scan_reads_clauses_as_a_clause_scan_does(text: str) -> None:
    scan = DocScan(text, LEX)
    for clause in clauses(text, (0, len(text))):
        with_scan = find_stances(text, clause, LEX, None, (0, len(text)), scan)
        assert with_scan == find_stances(text, clause, LEX, None, (0, len(text)))
