"""Attributions that a colon makes, each in invented sentences, positive and negative.

A headline's speaker before a colon with a clause that drops its verb ("Lund: Kell Plan
Hurting Farmers"); the source of an excerpt named after "from" ("More from the audit:
'...'"), before a time ("Here is Lund in 1992: '...'") or after a dash ("... - Ana Ruiz:");
the speakers of a transcript, whose turns open with a name in capitals and a colon
("QUIST: I think the dam will hold."), where one such label alone is a rubric ("UPDATE: ...").
Each row: the text, then (cue, the source's mention) of every statement expected.
"""

from __future__ import annotations

import pytest

import claimtrack

ROWS = [
    # a headline: a name alone before the colon, then a clause in title case or a quotation
    ("Tim Lund: Kell Plan Hurting Farmers", [(":", "Tim Lund")]),
    ("Mara Quist: Dam Deal \u2018A Betrayal Of Voters\u2019", [(":", "Mara Quist")]),
    ("Kell Farmers Union: Tariff Plan Costing Growers Millions", [(":", "Kell Farmers Union")]),
    # a rubric or a time before the colon, or a list after it: no speaker
    ("The Latest: Kell Plan Hurting Farmers", []),
    ("Monday Evening: Storm Damage In Kell", []),
    ("Tim Lund: a timeline", []),
    # later in a document, a line in title case after a colon is a subhead or a credit
    ("The dam held.\n\nContributing: Ana Ruiz, Tim Lund and Mara Quist.", []),
    # an excerpt's source after "from", then a quotation
    (
        "More from the audit: \u201cThe ministry kept no records of the payments.\u201d",
        [(":", "the audit")],
    ),
    (
        "From Lund\u2019s letter to the board: \u201cI will not sign this budget.\u201d",
        [(":", "Lund")],
    ),
    (
        "Here is more from Mara Quist: \u201cThe dam will hold.\u201d",
        [(":", "Mara Quist")],
    ),
    # a time after a preposition: the phrase it hangs on ("Here is Lund in 1992: ...")
    (
        "The levy hit farms hardest. Here is Mara Quist in 1992: \u201cThe farms come first.\u201d",
        [(":", "Mara Quist")],
    ),
    # a digest's line: the name after a dash, before the colon
    (
        "Turnout fell in Tarn - Ana Ruiz: \u201cThe vote was quiet across the valley.\u201d",
        [(":", "Ana Ruiz")],
    ),
    ("Turnout fell in Tarn - a quiet day: \u201cNo one came.\u201d", []),
    # a phrase a verb governs before the colon is its hearer or its setting: the verb's source
    (
        "Lund told the Kell Courier: \u201cWe will rebuild.\u201d",
        [("told", "Lund")],
    ),
    (
        "Ruiz said in an interview with Kell Radio on Tuesday: \u201cThe dam held.\u201d",
        [("said", "Ruiz")],
    ),
    # "from" after a verb is where someone came from, not whose words follow
    (
        "The convoy came from Kell: \u201cFinally,\u201d Ana Ruiz said.",
        [("said", "Ana Ruiz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_colon_attributions(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [
        (c.attribution.cue.text, c.who.text if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None
    ]
    assert found == expected


TRANSCRIPT = (
    "Partial transcript as follows:\n\n"
    "DANA VEY: Mr. Lund, will the dam hold?\n\n"
    "LUND: I think it will hold. The engineers checked it twice.\n\n"
    "VEY: And the farmers downstream?\n\n"
    "LUND: They were told to leave on Monday."
)


def _statements(text: str) -> list[claimtrack.Claim]:
    return [c for c in claimtrack.extract(text) if c.kind == "statement"]


def test_each_turn_of_a_transcript_is_its_speaker_s() -> None:
    turns = [
        (c.who.text if c.who else None, c.attribution.content.text)
        for c in _statements(TRANSCRIPT)
        if c.attribution is not None and c.attribution.cue.text == ":"
        and c.attribution.content is not None
    ]  # fmt: skip
    assert turns == [
        ("DANA VEY", "Mr. Lund, will the dam hold?"),
        ("LUND", "I think it will hold. The engineers checked it twice."),
        ("VEY", "And the farmers downstream?"),
        ("LUND", "They were told to leave on Monday."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one label in capitals is a rubric, not a turn
        "UPDATE: Officials said the dam held.\n\nThe river fell overnight.",
        # two different labels, none repeated: rubrics again
        "UPDATE: The dam held.\n\nCORRECTION: An earlier version misspelled Kell.",
        # a dateline in capitals with a dash is no label
        "KELL \u2014 The dam held.\n\nKELL \u2014 The river fell.",
    ],
)
def test_labels_that_are_no_transcript(text: str) -> None:
    assert [c for c in _statements(text) if c.attribution and c.attribution.cue.text == ":"] == []
