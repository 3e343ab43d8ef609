"""Verbs of a position in every form, from one base form each (``polarity.toml`` [lemmas]).

Invented sentences (Velmora, Orsk, Tarsa and Kestria are not countries; Lind, Varga and Queen
are nobody). Each row: the text and the exact set of ``(holder, topic, polarity)`` that
:func:`claimtrack.extract` returns. "deplore" stands for "deplores", "deplored" and "deploring";
a phrase inflects its first word ("call off": "called off"); irregular forms come from
``verbs.toml`` ("give the go-ahead": "gave the go-ahead"). A verb that narrates what happened
with no topic of its own states nothing, and a mediator's work is no position.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Row = tuple[str, set[tuple[str, str, str]]]

ROWS: list[Row] = [
    (
        "Velmora's foreign minister deplored the offensive on Tarsk.",
        {("Velmora's foreign minister", "military_operation", "oppose")},
    ),
    ("Senator Queen decries the arms shipments to Orsk.", {("Queen", "weapons_supply", "oppose")}),
    (
        "The army obstructed aid convoys heading north, Lind said.",
        {("army", "humanitarian_aid", "oppose")},
    ),
    (
        "Kestrian troops hindered the delivery of aid to the camps.",
        {("Kestrian troops", "humanitarian_aid", "oppose")},
    ),
    (
        "The governor restricted aid deliveries to the port.",
        {("governor", "humanitarian_aid", "oppose")},
    ),
    ("Orsk banned arms exports to Tarsa.", {("Orsk", "weapons_supply", "oppose")}),
    ("The rebels blocked the release of the hostages.", {("rebels", "hostage_release", "oppose")}),
    ("Tarsa cancelled a planned delivery of tanks.", {("Tarsa", "weapons_supply", "oppose")}),
    ("Varga called off the offensive on Monday.", {("Varga", "military_operation", "oppose")}),
    ("The hardliners sabotaged the truce.", {("hardliners", "ceasefire", "oppose")}),
    ("Lind spurned the truce offer.", {("Lind", "ceasefire", "oppose")}),
    ("The council condemns the air strikes.", {("council", "military_operation", "oppose")}),
    ("Lind criticises the arms deliveries.", {("Lind", "weapons_supply", "oppose")}),
    (
        "The mediators secured the release of 12 hostages.",
        {("mediators", "hostage_release", "support")},
    ),
    (
        "The cabinet gave the go-ahead for the ground offensive.",
        {("cabinet", "military_operation", "support")},
    ),
    ("Parliament signed off on the arms package.", {("Parliament", "weapons_supply", "support")}),
    ("Lind said she hoped for a lasting ceasefire.", {("Lind", "ceasefire", "support")}),
    ("Varga looks forward to the truce taking effect.", {("Varga", "ceasefire", "support")}),
    (
        "The government is debating an extension of the truce.",
        {("government", "humanitarian_pause", "neutral")},
    ),
    ("Lind was noncommittal about the arms deliveries.", {("Lind", "weapons_supply", "neutral")}),
    (
        "Varga would not say whether Orsk would send tanks.",
        {("Varga", "weapons_supply", "neutral")},
    ),
    (
        "The cabinet weighed an extension of the truce.",
        {("cabinet", "humanitarian_pause", "neutral")},
    ),
    # sending and funding relief
    (
        "Japan will dispatch a disaster relief team to Orsk.",
        {("Japan", "humanitarian_aid", "support")},
    ),
    (
        "The European Union pledged 3 million euros in humanitarian funding for Tarsa.",
        {("European Union", "humanitarian_aid", "support")},
    ),
    # ordering it, breaking it, shutting one's own way, being ready to talk of it
    (
        "Lind ordered troops to advance on the capital.",
        {("Lind", "military_operation", "support")},
    ),
    (
        "Varga ordered a halt to all offensive operations.",
        {("Varga", "military_operation", "oppose")},
    ),
    (
        "The rebels accused the army of breaking the truce.",
        {("army", "ceasefire", "oppose"), ("rebels", "ceasefire", "support")},
    ),
    ("Orsk closed its border to aid convoys.", {("Orsk", "humanitarian_aid", "oppose")}),
    ("Varga signalled willingness to discuss a truce.", {("Varga", "ceasefire", "neutral")}),
    ("Talks on breaking the deadlock over aid resumed.", set()),
    # relief asked for, sent, funded; handing it out is no position of its own
    (
        "The Velmoran president appealed to the international community for help.",
        {("Velmoran president", "humanitarian_aid", "support")},
    ),
    ("Tarsa sent a team of doctors to the quake zone.", {("Tarsa", "humanitarian_aid", "support")}),
    (
        "The Kell Fund will contribute 5 million dollars to the relief effort.",
        {("Kell Fund", "humanitarian_aid", "support")},
    ),
    (
        "The government allocated 10 million dollars for relief.",
        {("government", "humanitarian_aid", "support")},
    ),
    ("The charity is distributing blankets and tents in the camps.", set()),
    # no position: a thing acted on, a mediator, a question not answered
    ("Rockets slammed into a bus station in Orsk.", set()),
    ("Lind thanked Qatar for brokering the ceasefire.", {("Lind", "ceasefire", "support")}),
    ("The council debated the budget.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_stances(
    text: str, expected: set[tuple[str, str, str]], held_positions: Callable[[str], set]
) -> None:
    assert held_positions(text) == expected
