"""Stances on stopping the fighting, on arrangements named before, and on relief.

Invented sentences (Velt, Orlan and Ostrava are not countries; Lund, Holm and Lind are
nobody). Each row: the text and the exact set of ``(holder, topic, polarity)`` that
:func:`claimtrack.extract` returns.

- The stopping of what a ceasefire stops, in any wording: "called for the fighting to stop",
  "wants the hostilities ended", "urged an end to the bloodshed" (cues, with a position taken
  on them), "would end the clashes" (the act). The nouns are ``stopped`` in ``topics.toml``,
  the verbs the one-word ones of ``polarity.halting``.
- Breaking it: "accused Orlan of violating the truce" (Orlan opposes it, the accuser not).
- A verb of going ahead with an object is the act it opens ("would continue military
  operations"), not a call about its subject.
- A word for an arrangement ("the deal", "the agreement") refers back to any phrase of a
  ceasefire before it; a concrete word ("the planes") only to one that names the same thing.
- A pronoun object stands for the last topic named, in its sentence or the ones just before,
  not for the document's commonest topic.
- Relief by what it brings and who brings it: "safe access" for "humanitarian workers",
  "urgent help", "clean water and hygiene kits".
- The subject of the adverbial clause that holds the cue holds the stance: "Fighting raged as
  world powers called for a ceasefire".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Row = tuple[str, set[tuple[str, str, str]]]

ROWS: list[Row] = [
    # stopping
    ("Lund called for the fighting to stop immediately.", {("Lund", "ceasefire", "support")}),
    (
        "Ostrava wants the hostilities ended before winter, Lund said.",
        {("Ostrava", "ceasefire", "support")},
    ),
    ("Holm urged an end to the bloodshed.", {("Holm", "ceasefire", "support")}),
    ("Lund said Velt would end the clashes.", {("Lund", "ceasefire", "support")}),
    ("Lund refused to halt the fighting.", {("Lund", "ceasefire", "oppose")}),
    ("The fighting stopped on Tuesday, officials said.", set()),
    # breaking it: the one blamed opposes it, the one who blames does not
    (
        "Velt accused Orlan of violating the truce.",
        {("Velt", "ceasefire", "support"), ("Orlan", "ceasefire", "oppose")},
    ),
    (
        "The rebels violated the truce within hours, the army said.",
        {("rebels", "ceasefire", "oppose")},
    ),
    ("Velt denied violating the truce.", {("Velt", "ceasefire", "support")}),
    ("The militants broke the truce by firing rockets.", {("militants", "ceasefire", "oppose")}),
    # judgements of it
    (
        "Lind warned that a ground offensive would be a disaster.",
        {("Lind", "military_operation", "oppose")},
    ),
    ("Lind called the offensive a necessary step.", {("Lind", "military_operation", "support")}),
    ("Lind said the flood was a disaster for the region.", set()),
    # calls left unheeded
    ("Kestria ignored calls for a ceasefire.", {("Kestria", "ceasefire", "oppose")}),
    ("Kestria defied international calls for a truce.", {("Kestria", "ceasefire", "oppose")}),
    ("Talks on breaking the deadlock over aid continued.", set()),
    ("Lind said the ceasefire had been violated several times.", set()),
    # going on
    (
        "Lund said the army would continue the offensive until the region was retaken.",
        {("Lund", "military_operation", "support")},
    ),
    (
        "Lund said the offensive would continue until the region was retaken.",
        {("Lund", "military_operation", "support")},
    ),
    ("Holm vowed to keep fighting.", {("Holm", "military_operation", "support")}),
    # arrangements named before
    (
        "Velt and Orlan signed a ceasefire on Monday. Opposition parties rejected the deal.",
        {
            ("Velt", "ceasefire", "support"),
            ("Orlan", "ceasefire", "support"),
            ("Opposition parties", "ceasefire", "oppose"),
        },
    ),
    (
        "A deal to end the fighting took hold on Monday. Ostrava said it welcomed the agreement.",
        {("Ostrava", "ceasefire", "support")},
    ),
    ("The two sides traded fire. Lund said the deal with the bank was off.", set()),
    (
        "Velt has pledged more weapons to Orlan. The council announced on Tuesday the sending "
        "of three planes with aid for the enclave.",
        {("Velt", "weapons_supply", "support"), ("council", "humanitarian_aid", "support")},
    ),
    # a pronoun stands for the last topic named
    (
        "Aid agencies called for more aid, relief supplies and food convoys. Holm said the "
        "truce would hold. Lind hailed it as a victory.",
        {("Aid agencies", "humanitarian_aid", "support"), ("Lind", "ceasefire", "support")},
    ),
    # relief
    (
        "Lund urged both sides to give humanitarian workers safe access to the wounded.",
        {("Lund", "humanitarian_aid", "support")},
    ),
    (
        "Holm appealed to Velt's partners for urgent help.",
        {("Holm", "humanitarian_aid", "support")},
    ),
    (
        "Lind pledged 6 million crowns for clean water and hygiene kits.",
        {("Lind", "humanitarian_aid", "support")},
    ),
    ("Thousands slept in tents, officials said.", set()),
    # help as a noun, field hospitals, food shipped, an appeal funded, aid let flow
    (
        "Lund appealed to friendly countries to send help.",
        {("Lund", "humanitarian_aid", "support")},
    ),
    (
        "Velt and Orlan said they would send field hospitals.",
        {("Velt", "humanitarian_aid", "support"), ("Orlan", "humanitarian_aid", "support")},
    ),
    (
        "The agency said it was shipping 17,500 tonnes of wheat flour to the port.",
        {("agency", "humanitarian_aid", "support")},
    ),
    ("Lund urged donors to fund the appeal quickly.", {("Lund", "humanitarian_aid", "support")}),
    (
        "Holm said Velt wanted all parties to let aid flow without obstruction.",
        {("Velt", "humanitarian_aid", "support")},
    ),
    (
        "President Lund has authorised the acceptance of international help.",
        {("Lund", "humanitarian_aid", "support")},
    ),
    # a proposal accepted is the one named before; one for something names it after
    (
        "Velora proposed a ceasefire on Monday. Kestria accepted the proposal.",
        {("Kestria", "ceasefire", "support")},
    ),
    (
        "On Sunday the army accepted a Velorian proposal for a humanitarian window of three "
        "hours a day.",
        {("army", "humanitarian_pause", "support")},
    ),
    ("Lund unveiled a proposal to cut taxes.", set()),
    # holding fire for a while is a pause
    (
        "Kestria said it would hold its fire for another 24 hours.",
        {("Kestria", "humanitarian_pause", "support")},
    ),
    # fighting on
    ("Lund urged citizens to take up arms.", {("Lund", "military_operation", "support")}),
    (
        "The militants said they would keep firing rockets until the blockade was lifted.",
        {("militants", "military_operation", "support")},
    ),
    (
        "Kestria launched a ground operation in the strip on Thursday.",
        {("Kestria", "military_operation", "support")},
    ),
    (
        "Lund said the army would expand the ground operation.",
        {("Lund", "military_operation", "support")},
    ),
    (
        "The rebels say they will keep advancing until the siege is lifted.",
        {("rebels", "military_operation", "support")},
    ),
    # what was given is a position taken
    (
        "Velt dispatched a search and rescue team to Orlan.",
        {("Velt", "humanitarian_aid", "support")},
    ),
    ("Velt sent 20 tonnes of relief supplies.", {("Velt", "humanitarian_aid", "support")}),
    ("The storm sent thousands fleeing.", set()),
    ("Rescue teams were dispatched to the area, the agency said.", set()),
    ("The aid trucks were sent to the wrong crossing by mistake, the agency said.", set()),
    (
        "Velt's aid minister, Ana Lind, pledged aid and said experts were being sent to help.",
        {("Ana Lind", "humanitarian_aid", "support")},
    ),
    ("No country had delivered any tanks, Lind said.", set()),
    # a role noun the statement at the same words resolved holds as that body
    (
        "The Kell Relief Office (KRO) said 2 million people had fled. The agency called on all "
        "sides to guarantee safe passage for relief convoys.",
        {("Kell Relief Office", "humanitarian_aid", "support")},
    ),
    # the subject of the adverbial clause that holds the cue holds the stance, not the main
    # clause's ("Fighting"); a thing holds none; a question's subject is not the answerer
    (
        "Fighting raged on Friday as world powers called for a ceasefire.",
        {("world powers", "ceasefire", "support")},
    ),
    ("Fighting raged as the plan called for a ceasefire.", set()),
    (
        "The leaders, Ana Lind and Piet Varga, called for a ceasefire.",
        {("Ana Lind", "ceasefire", "support"), ("Piet Varga", "ceasefire", "support")},
    ),
    (
        'Asked by reporters whether Velt would provide the warplanes, Holm replied: "No."',
        {("Holm", "weapons_supply", "oppose")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_stances(
    text: str, expected: set[tuple[str, str, str]], held_positions: Callable[[str], set]
) -> None:
    assert held_positions(text) == expected
