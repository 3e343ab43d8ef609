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


# A verb of stopping with an act as its object opposes the act: "will halt arms deliveries",
# "stopped (sending) weapons". "A halt to the shelling" is a noun (read as a halt, elsewhere),
# and a stop with no object narrates ("the shelling stopped on Monday").
STOPPING: list[Row] = [
    (
        "Foreign Minister Ivo Brenn said Pellan will halt arms deliveries to Tarn.",
        {("Ivo Brenn", "weapons_supply", "oppose")},
    ),
    ("Velt stopped weapons shipments to Orlan on Monday.", {("Velt", "weapons_supply", "oppose")}),
    ("Velt stopped sending weapons to Orlan.", {("Velt", "weapons_supply", "oppose")}),
    ("Orlan stops arms sales to Velt.", {("Orlan", "weapons_supply", "oppose")}),
    (
        "Lund said Velt would not halt arms deliveries to Orlan.",
        {("Lund", "weapons_supply", "support")},
    ),
    ("The shelling stopped on Monday, Lund said.", set()),
    (
        "Darn said any further hostage releases would depend on a halt to the shelling.",
        {("Darn", "hostage_release", "neutral")},
    ),
]


# A time the position lasts is no condition: "for as long as" holds a position, as "until"
# does (a refusal "for as long as" waits, as "until" does); a bare "as long as" is a condition.
LASTING: list[Row] = [
    (
        "Lund said Velt would back the truce for as long as it held.",
        {("Lund", "ceasefire", "support")},
    ),
    (
        "Defence Minister Ivo Brenn said on Monday that Pellan would keep sending shells to Tarn "
        "for as long as its army needed them.",
        {("Ivo Brenn", "weapons_supply", "support")},
    ),
    (
        "Lund said Velt would not back the truce for as long as the shelling continued.",
        {("Lund", "ceasefire", "neutral")},
    ),
    (
        "Lund said Velt would back the truce as long as the rebels withdrew.",
        {("Lund", "ceasefire", "neutral")},
    ),
]


# A call that a delivery not be stopped, in the passive: "must not be interrupted"; a time
# between a two-word cue and its preposition ("voiced misgivings on Wednesday about"); an attack
# as an infinitive ("a plan to storm the town"), not the storm of a weather report.
PASSIVES_AND_TIMES: list[Row] = [
    (
        "Lund insisted that food deliveries to the camp must not be interrupted.",
        {("Lund", "humanitarian_aid", "support")},
    ),
    ("Lund said aid convoys to Kell should be cut off.", {("Lund", "humanitarian_aid", "oppose")}),
    ("Aid deliveries to the camp were interrupted on Monday, Lund said.", set()),
    (
        "The charity voiced misgivings on Wednesday about a plan to storm the rebel-held town.",
        {("charity", "military_operation", "oppose")},
    ),
    (
        "Velt voiced reservations late on Friday about the offensive.",
        {("Velt", "military_operation", "oppose")},
    ),
    ("Lund called on Sunday for a ceasefire.", {("Lund", "ceasefire", "support")}),
    ("Lund condemned the plan to storm the town.", {("Lund", "military_operation", "oppose")}),
    ("Lund said the storm had flattened the town.", set()),
]


# Who cites is who speaks: "X said ..., citing reports" is X's (the phrase before the comma is
# an object, no citer), and "X, citing reports, said" is X's too.
CITING: list[Row] = [
    (
        "Pellan said it was halting arms exports to Tarn, citing reports of abuses.",
        {("Pellan", "weapons_supply", "oppose")},
    ),
    (
        "Velt said on Thursday it would suspend arms sales to Orlan, citing attacks on civilians.",
        {("Velt", "weapons_supply", "oppose")},
    ),
    (
        "The Pellan government, citing reports of abuses, said it was halting arms exports to "
        "Tarn.",
        {("Pellan government", "weapons_supply", "oppose")},
    ),
    (
        "Pellan halted arms exports to Tarn on Monday, citing abuses.",
        {("Pellan", "weapons_supply", "oppose")},
    ),
]


# "the offer" is the truce or hostage deal offered before it; striking back is an operation.
OFFERS_AND_STRIKING_BACK: list[Row] = [
    (
        "Pellan offered a three-day truce on Monday. Lund dismissed the offer as a stalling "
        "tactic.",
        {("Pellan", "humanitarian_pause", "support"), ("Lund", "humanitarian_pause", "oppose")},
    ),
    (
        "The rebels offered to free 12 hostages. Lund welcomed the offer.",
        {("rebels", "hostage_release", "support"), ("Lund", "hostage_release", "support")},
    ),
    ("Lund welcomed the offer.", set()),
    # a pronoun that receives a thing is no object that refers back
    (
        "Pellan offered a three-day truce on Monday. Lund said his team could offer them advice.",
        {("Pellan", "humanitarian_pause", "support")},
    ),
    (
        "Pellan offered a three-day truce on Monday. Lund said he would back it.",
        {("Pellan", "humanitarian_pause", "support"), ("Lund", "humanitarian_pause", "support")},
    ),
    # "offer" as the noun that refers back is no cue of its own
    (
        "Pellan offered a truce on Monday. Lund dismissed the offer as a trap.",
        {("Pellan", "ceasefire", "support"), ("Lund", "ceasefire", "oppose")},
    ),
    ("Velt accused Pellan of arming the rebels.", {("Velt", "weapons_supply", "oppose")}),
    ("The army said it was disarming the militia.", set()),
    # a weapon's name as a modifier of its supply is the weapons' topic
    (
        "Velt said it would halt shell deliveries to Orlan.",
        {("Velt", "weapons_supply", "oppose")},
    ),
    (
        "General Ivo Brenn vowed to retaliate against rebel posts across the region.",
        {("Ivo Brenn", "military_operation", "support")},
    ),
    ("Brenn warned against retaliation.", {("Brenn", "military_operation", "oppose")}),
]


# A capital named for its government is the speaker's own side when the speaker's title says
# so (places.toml [capitals]); another side's capital holds its own position.
CAPITALS: list[Row] = [
    (
        "Russian President Vladimir Putin said Moscow wanted the fighting halted as soon as "
        "possible.",
        {("Vladimir Putin", "ceasefire", "support")},
    ),
    (
        "Armenian Prime Minister Nikol Pashinyan said Yerevan was ready to restore a ceasefire.",
        {("Nikol Pashinyan", "ceasefire", "support")},
    ),
    (
        "Armenian Prime Minister Nikol Pashinyan said Baku had rejected the ceasefire.",
        {("Baku", "ceasefire", "oppose")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *ROWS,
        *STOPPING,
        *LASTING,
        *PASSIVES_AND_TIMES,
        *CITING,
        *OFFERS_AND_STRIKING_BACK,
        *CAPITALS,
    ],
)
def test_stances(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = {
        (c.who.name or "", c.stance.topic, c.stance.polarity)
        for c in extract(text)
        if c.kind == "stance" and c.stance is not None and c.who is not None
    }
    assert got == expected


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Lund welcomed the offer", True),
        ("Lund welcomed the latest offer", True),
        ("the advice that we can offer", False),  # a verb
        ("Lund said Velt would offer", False),
        ("Lund welcomed the trade deal", False),  # a kind of deal
    ],
)
def test_a_bare_word_is_a_noun_of_no_other_kind(text: str, bare: bool) -> None:
    from claimtrack.assemble.stance_words import names_a_kind, plain_before
    from claimtrack.lexicon import load_lexicon

    start = text.rindex(" ") + 1  # the last word
    assert names_a_kind(text, start, plain_before(load_lexicon())) is not bare
