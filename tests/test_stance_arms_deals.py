"""A bare "the deal", "the sale", "the contract" after a weapons phrase is that weapons deal.

Every sentence is invented. The nearest arrangement named before a bare word says which it is:
after a plan to sell howitzers "the deal" is an arms deal, after a ceasefire it is the truce,
after a hostage-release deal that deal (topics.toml: weapons_supply's refers_back and
arrangements). With no weapons named, "the sale" is no topic.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Held = set[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Dorvan's defence minister, Ilse Marek, backed a plan to sell 40 howitzers to Kesh. "
            "Opposition leader Tomas Vell came out against the deal.",
            {
                ("Ilse Marek", "weapons_supply", "support"),
                ("Tomas Vell", "weapons_supply", "oppose"),
            },
        ),
        (
            "Velmora signed a contract to supply 200 anti-tank weapons to Kesh. Tomas Vell said "
            "he would not back the contract.",
            {("Velmora", "weapons_supply", "support"), ("Tomas Vell", "weapons_supply", "oppose")},
        ),
        (
            "A ceasefire took hold in March. On Monday Dorvan agreed to sell 30 tanks to Kesh, "
            "and Tomas Vell came out against the deal.",
            {("Dorvan", "weapons_supply", "support"), ("Tomas Vell", "weapons_supply", "oppose")},
        ),
        # the nearest arrangement before is a truce, or a hostage deal
        (
            "Kesh agreed to a ceasefire with Merv on Monday. General Aro Pell rejected the deal.",
            {("Kesh", "ceasefire", "support"), ("Aro Pell", "ceasefire", "oppose")},
        ),
        (
            "Both sides agreed to a hostage release deal on Monday. Rebel leader Aro Pell "
            "rejected the deal.",
            {("Aro Pell", "hostage_release", "oppose")},
        ),
        # no weapons named: a sale of anything else
        (
            "The Brant company announced the sale of its shipping unit. Union leader Ben Ask "
            "opposed the sale.",
            set(),
        ),
    ],
)
def test_a_bare_deal_is_the_nearest_arrangement_named_before(
    text: str, held: Held, held_positions: Callable[[str], Held]
) -> None:
    assert held_positions(text) == held
