"""Conditions, obligations, positions given up, and reported commitments (issue #12).

A bare "if" after a position: a condition, an offer, or an indirect question.

Invented actors and topics. "will support a ceasefire if the militias withdraw" is conditional
(neutral); "would send the shells if Orlan asked for them" waits only for a request, an offer
(support); "backed the truce and asked if Orlan would join" asks, it sets no condition; an "if"
in another clause is that clause's.
"""

from __future__ import annotations

import pytest

from claimtrack import extract


def stances(text: str) -> set[tuple[str, str, str]]:
    claims = extract(text, published="2031-05-12")
    return {
        (c.who.name if c.who else "", c.stance.topic, c.stance.polarity)
        for c in claims
        if c.stance is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition: neutral
        (
            "Kestria will support a ceasefire if the militias withdraw.",
            {("Kestria", "ceasefire", "neutral")},
        ),
        (
            "Velor said it would back the truce extension if the blockade were lifted.",
            {("Velor", "humanitarian_pause", "neutral")},
        ),
        (
            "The Orlan council would endorse a humanitarian pause if guarantees were given.",
            {("Orlan council", "humanitarian_pause", "neutral")},
        ),
        # an offer that waits only for a request: support
        (
            "Kestria would send the shells if Orlan asked for them.",
            {("Kestria", "weapons_supply", "support")},
        ),
        (
            "Delmar will provide more shells if Orlan requests them.",
            {("Delmar", "weapons_supply", "support")},
        ),
        (
            "Delmar said it would supply the artillery shells if asked.",
            {("Delmar", "weapons_supply", "support")},
        ),
        # a restriction proper waits for more than a request
        (
            "Delmar will provide more shells only if Orlan asks for them.",
            {("Delmar", "weapons_supply", "neutral")},
        ),
        # an indirect question: no condition
        (
            "Kestria supports a ceasefire, though it is unclear if the militias will agree.",
            {("Kestria", "ceasefire", "support")},
        ),
        (
            "Kestria supports a ceasefire and will decide later if it sends monitors.",
            {("Kestria", "ceasefire", "support")},
        ),
        # the condition of another clause, with its own subject
        (
            "Kestria backs a ceasefire, and the militias will lay down arms if the shelling stops.",
            {("Kestria", "ceasefire", "support")},
        ),
    ],
)
def test_a_bare_if_after_a_position(text: str, expected: set) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the topic as subject of a modal of obligation: a call for it, or against it
        (
            "Ana Lund said a ceasefire must go ahead at once.",
            {("Ana Lund", "ceasefire", "support")},
        ),
        ("Ana Lund said a ceasefire must not go ahead.", {("Ana Lund", "ceasefire", "oppose")}),
        (
            "The truce extension should be approved, the Orlan council said.",
            {("Orlan council", "humanitarian_pause", "support")},
        ),
        (
            "Ana Lund said the humanitarian pause must not be extended.",
            {("Ana Lund", "humanitarian_pause", "oppose")},
        ),
        # ... with a condition: neutral
        (
            "A ceasefire must not go ahead without guarantees, Ana Lund said.",
            {("Ana Lund", "ceasefire", "neutral")},
        ),
        (
            '"A ceasefire cannot go ahead without the release of our prisoners," Lund said.',
            {("Lund", "ceasefire", "neutral")},
        ),
        (
            "Ana Lund said a truce extension could go ahead only if the shelling stopped.",
            {("Ana Lund", "humanitarian_pause", "neutral")},
        ),
        # narrated, not called for: no position
        ("The truce extension went ahead on Monday.", set()),
        ("The truce was extended on Monday, the Orlan council said.", set()),
    ],
)
def test_the_topic_as_subject_of_an_obligation(text: str, expected: set) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # giving up a position is taking the other side
        (
            "Kestria dropped its opposition to a ceasefire on Tuesday.",
            {("Kestria", "ceasefire", "support")},
        ),
        (
            "The Orlan government abandoned its opposition to a humanitarian pause.",
            {("Orlan government", "humanitarian_pause", "support")},
        ),
        (
            "Kestria lifted its objections to sending the artillery shells.",
            {("Kestria", "weapons_supply", "support")},
        ),
        (
            "Kestria withdrew its support for the truce extension.",
            {("Kestria", "humanitarian_pause", "oppose")},
        ),
        (
            "The rebels dropped their demand for a ceasefire.",
            {("rebels", "ceasefire", "oppose")},
        ),
        # verbs of giving up with "back" or "away" in them: the "back" is no support of its own
        (
            "Senator Ana Ruiz backed away from her support for a ceasefire.",
            {("Ana Ruiz", "ceasefire", "oppose")},
        ),
        (
            "Governor Lund walked back his opposition to the arms shipments.",
            {("Lund", "weapons_supply", "support")},
        ),
        (
            "The Vell party pulled its support for the truce.",
            {("Vell party", "ceasefire", "oppose")},
        ),
        (
            "Orlan revoked its backing for the ceasefire.",
            {("Orlan", "ceasefire", "oppose")},
        ),
        (
            "Kestria renounced its opposition to the aid convoys.",
            {("Kestria", "humanitarian_aid", "support")},
        ),
        # the same verbs with no position after them
        ("Rescuers pulled three survivors from the rubble as the truce held.", set()),
        ("Lund walked back to the camp after the talks on a ceasefire.", set()),
        # holding it is not giving it up
        (
            "Kestria repeated its opposition to a ceasefire.",
            {("Kestria", "ceasefire", "oppose")},
        ),
    ],
)
def test_giving_up_a_position(text: str, expected: set) -> None:
    assert stances(text) == expected


def test_ending_an_act_is_no_position_given_up() -> None:
    # "ended its attacks" ends an act, not a position: no flip of a cue, no cue of its own
    assert stances("Kestria ended its offensive on Tuesday.") == set()


# --- reported commitments of another side ------------------------------------------------
# 'X said Y would ...': Y's position when X's title names another side (issue #12).
#
# Without knowing who speaks for whom, "Lind said Delmar would send the shells" stays the
# speaker's own commitment (a strict xfail in test_stance_constructions covers the rest). A title
# that names the speaker's side tells it: a UN envoy, or a Chilean minister, reporting what
# another party would do reports that party's position; a Chilean minister saying Chile would
# send aid states his own side's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another side: the subject's position
        (
            "UN envoy Ana Lund said the rebels would not agree to a ceasefire.",
            {("rebels", "ceasefire", "oppose")},
        ),
        (
            "Chilean Foreign Minister Ana Lund said Peru would send the artillery shells.",
            {("Peru", "weapons_supply", "support")},
        ),
        (
            "Kestrian Foreign Minister Ana Lund said the Orlan government would back the truce "
            "extension.",
            {("Orlan government", "humanitarian_pause", "support")},
        ),
        # the speaker's own side: the speaker's commitment
        (
            "Chilean Foreign Minister Ana Lund said Chile would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        (
            "Kestrian Foreign Minister Ana Lund said Kestria would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        (
            "Senior Velorian official Ama Kest said the Velorians would not agree to a ceasefire.",
            {("Ama Kest", "ceasefire", "oppose")},
        ),
        (
            "U.S. Secretary of State Ana Lund said Washington would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        # no side named, or one the gazetteer cannot place: the speaker's, as before
        (
            "Secretary of State Ana Lund said Peru would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        (
            "White House spokesman Ana Lund said the United States would send the artillery "
            "shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        (
            "Minister Ana Lund said Peru would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
    ],
)
def test_a_reported_commitment_of_another_side(text: str, expected: set) -> None:
    assert stances(text) == expected
