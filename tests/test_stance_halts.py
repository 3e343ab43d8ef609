"""Stances on a halt to something, and bodies that hold them by what they are.

Invented sentences (Velmora, Tarsa, Orsk and Kestria are not countries; Queen, Lind, Varga and
Berg are nobody). Each row: the text and the exact set of ``(holder, topic, polarity)`` that
:func:`claimtrack.extract` returns.

- A noun of stopping right before a topic ("a halt to arms shipments", "an end to the
  offensive", "a freeze on weapons deliveries", "a suspension of aid flights") takes the
  position on the topic the other way round: calling for a halt to the shipments opposes them,
  rejecting calls for one supports them. Not when something else stands between ("an end to
  the blockade of aid" is no halt of the aid), nor where the phrase is a topic of its own ("a
  halt to the fighting" is a ceasefire).
- A verb of going on ("continue", "keep up", "intensify") supports the act that is its object
  right after it ("would continue the air strikes"); with none it narrates ("the shelling
  continued on Monday").
- Halting, denouncing, voting against are against it; standing behind it is for it; a mind not
  made up leaves it open. An act may hold a count ("free the 14 hostages"). A number is no
  holder ("Two of the five rockets failed").
- An adverb may stand inside a cue ("is firmly against", "pushing hard for"); "there will be no
  truce" is against it, but only of a topic right after it ("no negotiation" says nothing).
- A body named by what it is holds a position like any named one: "the delegation", "the
  doctors' association", "the international community", "the league".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Row = tuple[str, set[tuple[str, str, str]]]

ROWS: list[Row] = [
    # a halt to it
    (
        "Senator Mara Queen called for a halt to arms shipments to Velmora.",
        {("Mara Queen", "weapons_supply", "oppose")},
    ),
    (
        "Queen demanded an end to all weapons deliveries to the rebels.",
        {("Queen", "weapons_supply", "oppose")},
    ),
    ("Lind urged a freeze on arms exports to Tarsa.", {("Lind", "weapons_supply", "oppose")}),
    (
        "Varga called for the suspension of aid flights to the north.",
        {("Varga", "humanitarian_aid", "oppose")},
    ),
    ("Berg called for an end to the offensive.", {("Berg", "military_operation", "oppose")}),
    (
        "Lind rejected calls for a halt to arms shipments to Velmora.",
        {("Lind", "weapons_supply", "support")},
    ),
    # nothing stopped: another word between, a topic of its own, a resumption
    ("Queen called for an end to the blockade of aid.", {("Queen", "humanitarian_aid", "support")}),
    ("Queen called for a halt to the fighting.", {("Queen", "ceasefire", "support")}),
    (
        "Queen called for the resumption of aid deliveries.",
        {("Queen", "humanitarian_aid", "support")},
    ),
    # verbs of freezing, as of suspending
    (
        "The Orsk government froze all arms exports to Tarsa on Monday.",
        {("Orsk government", "weapons_supply", "oppose")},
    ),
    # going on with an act: only with the act as its object
    (
        "The army said it would continue the air strikes.",
        {("army", "military_operation", "support")},
    ),
    ("Velmora kept up its bombing of the port.", {("Velmora", "military_operation", "support")}),
    (
        "The agency will continue its aid deliveries to the north.",
        {("agency", "humanitarian_aid", "support")},
    ),
    ("Varga vowed to intensify the air campaign.", {("Varga", "military_operation", "support")}),
    ("Lind said she would not continue the strikes.", {("Lind", "military_operation", "oppose")}),
    ("The shelling continued on Monday, the ministry said.", set()),
    ("Aid deliveries continued despite the fighting, Lind said.", set()),
    ("The army continued its withdrawal from the town.", set()),
    # halting, denouncing, voting against, standing behind, a mind not made up
    (
        "The Orsk government announced on Monday that it was halting exports of rifles and "
        "ammunition to Tarsa.",
        {("Orsk government", "weapons_supply", "oppose")},
    ),
    (
        "The Velmoran Unity Party denounced the proposed hostage exchange.",
        {("Velmoran Unity Party", "hostage_release", "oppose")},
    ),
    ("Berg vowed to vote against the truce.", {("Berg", "ceasefire", "oppose")}),
    ("Lind said she stood behind the hostage deal.", {("Lind", "hostage_release", "support")}),
    (
        "Varga said he had not made up his mind on a renewed offensive.",
        {("Varga", "military_operation", "neutral")},
    ),
    # an act with a count inside it: "free the 14 hostages"
    (
        "The families' forum urged the government to free the 14 hostages held in Tarsa.",
        {("forum", "hostage_release", "support")},
    ),
    (
        "Lind urged the rebels to release the remaining captives.",
        {("Lind", "hostage_release", "support")},
    ),
    # a number is nobody
    ("Two of the five rockets fired failed to explode.", set()),
    # no position taken
    (
        "Governor Tomas Reyes has not taken a position on the arms package.",
        {("Tomas Reyes", "weapons_supply", "neutral")},
    ),
    ("The Orsk cabinet took no stance on the truce.", {("Orsk cabinet", "ceasefire", "neutral")}),
    # bodies by what they are
    (
        "The Velmoran delegation rejected the truce.",
        {("Velmoran delegation", "ceasefire", "oppose")},
    ),
    (
        "The doctors' association called for a ceasefire.",
        {("association", "ceasefire", "support")},
    ),
    (
        "The international community called for a ceasefire.",
        {("international community", "ceasefire", "support")},
    ),
    ("The league backed the truce.", {("league", "ceasefire", "support")}),
    # a body's officer set off after the title: the officer, once
    (
        "The Kell Union Commission chairperson, Ana Lind, welcomed the ceasefire and urged all "
        "parties to respect it.",
        {("Ana Lind", "ceasefire", "support")},
    ),
    # an adverb inside a cue; none of it to be had
    (
        "Lind is firmly against sending more weapons to Tarsa.",
        {("Lind", "weapons_supply", "oppose")},
    ),
    (
        "The council is pushing hard for the release of the captives.",
        {("council", "hostage_release", "support")},
    ),
    (
        '"There will be no truce with terrorists," Varga told reporters.',
        {("Varga", "ceasefire", "oppose")},
    ),
    ("Varga said there can be no negotiation with the rebels.", set()),
    ("Lind said the aid convoys must get through.", {("Lind", "humanitarian_aid", "support")}),
    # going where it must go: called for with "must", told with "will"
    (
        "Varga insisted that aid must reach the besieged town.",
        {("Varga", "humanitarian_aid", "support")},
    ),
    ("Lind said aid must not enter the enclave.", {("Lind", "humanitarian_aid", "oppose")}),
    ("The convoy will reach the town on Monday, officials said.", set()),
    # a turn to another actor after ", but": the text of the draft named before is its
    (
        "Velmora's government said on Wednesday it backed the draft ceasefire agreement, but "
        "the rebel Kell Defence Committee dismissed the text as worthless paper.",
        {
            ("Velmora's government", "ceasefire", "support"),
            ("Kell Defence Committee", "ceasefire", "oppose"),
        },
    ),
    ("Lind rejected the draft budget.", set()),
    ("The rebels dismissed the text of the speech as propaganda.", set()),
    # a thing holds none
    ("The plan calls for a ceasefire.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_stances(
    text: str, expected: set[tuple[str, str, str]], held_positions: Callable[[str], set]
) -> None:
    assert held_positions(text) == expected
