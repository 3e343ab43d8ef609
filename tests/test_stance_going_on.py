"""An operation said to go on is supported; a bare "operation" or "deal" is the one named before.

Invented sentences (Vrede, Brandt, Holt, Pellan, Tarn and Velt are nobody and nowhere). A bare
"the operation" refers back to any phrase of the offensive named before it, as a bare "the deal"
refers to any phrase of its topic; a noun before it that says what kind of thing it is ("the
rescue operation", "the trade deal") refers back to nothing. And a topic word opening a reported
clause is no actor: "said military operations would go on" is the speaker's position.
"""

from __future__ import annotations

import pytest

from claimtrack import extract

Row = tuple[str, set[tuple[str, str, str]]]

ROWS: list[Row] = [
    (
        "The army launched its offensive on Monday. General Arvid Vrede said the operation "
        "would go on until every militia position had been taken.",
        {("Arvid Vrede", "military_operation", "support")},
    ),
    (
        "Pellan troops began air strikes on the valley last week. Defence Minister Ola Brandt "
        "said the operations would continue until the border was secure.",
        {("Ola Brandt", "military_operation", "support")},
    ),
    (
        "Velt's assault on Tarn entered its third day. \"The operation will carry on until "
        'every hostage is home," Lund said.',
        {("Lund", "military_operation", "support")},
    ),
    (
        "The army launched its offensive on Monday. The Assembly approved the operation.",
        {("Assembly", "military_operation", "support")},
    ),
    # a topic phrase with no determiner opens the reported clause: the speaker's own position
    (
        "General Mira Holt said military operations would go on until the border was secured.",
        {("Mira Holt", "military_operation", "support")},
    ),
    (
        "General Mira Holt said military operations must stop.",
        {("Mira Holt", "humanitarian_pause", "support")},
    ),
    # negative: nothing military named before, or a noun that names another kind of operation
    (
        "Rescuers began a rescue operation on Monday. The mayor said the operation would "
        "continue until all survivors were found.",
        set(),
    ),
    (
        "The army launched its offensive on Monday. The mayor said the rescue operation would "
        "continue until all survivors were found.",
        set(),
    ),
    # negative: narrated, no modal
    (
        "The army's offensive began on Monday. The operation continued on Tuesday, residents said.",
        set(),
    ),
    # a bare "deal" after a truce is the truce; "the trade deal" or "the gas deal" is not
    (
        "Velt and Orlan signed a ceasefire on Monday. Lund welcomed the deal.",
        {
            ("Velt", "ceasefire", "support"),
            ("Orlan", "ceasefire", "support"),
            ("Lund", "ceasefire", "support"),
        },
    ),
    (
        "Velt and Orlan signed a ceasefire on Monday. Lund welcomed the latest deal.",
        {
            ("Velt", "ceasefire", "support"),
            ("Orlan", "ceasefire", "support"),
            ("Lund", "ceasefire", "support"),
        },
    ),
    (
        "Velt and Orlan signed a ceasefire on Monday. Lund welcomed the trade deal.",
        {("Velt", "ceasefire", "support"), ("Orlan", "ceasefire", "support")},
    ),
    (
        "Velt agreed to a hostage-release deal. Lund welcomed the gas deal.",
        {("Velt", "hostage_release", "support")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_going_on_and_bare_words(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = {
        (c.who.name or "", c.stance.topic, c.stance.polarity)
        for c in extract(text)
        if c.kind == "stance" and c.stance is not None and c.who is not None
    }
    assert got == expected
