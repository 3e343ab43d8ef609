"""A position lent, registered or voiced as a noun, and doubts voiced as a position.

Every sentence is invented. "lent its backing to a truce" states the backing as "gave its
backing" does (polarity.toml `expressing`); "poured cold water on", "voiced misgivings about"
and "took issue with" oppose what follows, in any form of their verb (`[lemmas]`). Lending
money, rain pouring and a concern for the wounded state no position.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Held = set[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The Vell party lent its backing to a ceasefire.",
            {("Vell party", "ceasefire", "support")},
        ),
        (
            "President Ada Korr lent her backing on Tuesday to a ceasefire in Vell.",
            {("Ada Korr", "ceasefire", "support")},
        ),
        (
            "Ada Korr is lending her support to sending tanks to Kesh.",
            {("Ada Korr", "weapons_supply", "support")},
        ),
        (
            "The Vell party registered its opposition to the offensive on Tarn.",
            {("Vell party", "military_operation", "oppose")},
        ),
        ("The bank lent its money to the Vell party.", set()),
    ],
)
def test_a_position_lent_or_registered(
    text: str, held: Held, held_positions: Callable[[str], Held]
) -> None:
    assert held_positions(text) == held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "President Ada Korr poured cold water on a proposal for a ceasefire in Vell.",
            {("Ada Korr", "ceasefire", "oppose")},
        ),
        (
            "The Vell Doctors Union voiced misgivings about a plan to launch a ground offensive "
            "on Tarn.",
            {("Vell Doctors Union", "military_operation", "oppose")},
        ),
        (
            "Korr's party has expressed reservations about sending tanks to Kesh.",
            {("Korr's party", "weapons_supply", "oppose")},
        ),
        (
            "Ada Korr took issue with the decision to open the Tarn crossing for aid.",
            {("Ada Korr", "humanitarian_aid", "oppose")},
        ),
        ("The rain poured on the camp at Tarn.", set()),
        ("Ada Korr voiced concern about the wounded in Tarn.", set()),
    ],
)
def test_doubts_voiced_oppose(text: str, held: Held, held_positions: Callable[[str], Held]) -> None:
    assert held_positions(text) == held
