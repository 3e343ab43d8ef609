"""A noun of position as the object of a verb of position: the two compose.

Every sentence is invented. "backed the minister's refusal to send tanks" opposes sending them;
"criticised the refusal to send tanks" supports it (assemble/stance_objects; "refusal to" in
polarity.toml). A noun no verb takes as its object keeps its own reading.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Held = set[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Lund backed the minister's refusal to send tanks to Orlan.",
            {("Lund", "weapons_supply", "oppose")},
        ),
        (
            "President Ana Lund on Monday backed her defence minister's refusal to send "
            "weapons to Orlan.",
            {("Ana Lund", "weapons_supply", "oppose")},
        ),
        (
            "Lund criticised the refusal to send tanks to Orlan.",
            {("Lund", "weapons_supply", "support")},
        ),
        ("Lund backed the call for a ceasefire.", {("Lund", "ceasefire", "support")}),
        # a possessor that holds the noun's position is named without its "'s"
        ("Velt's refusal to send tanks angered Orlan.", {("Velt", "weapons_supply", "oppose")}),
        ("Lund rejected the call for a ceasefire.", {("Lund", "ceasefire", "oppose")}),
    ],
)
def test_a_noun_of_position_as_an_object(
    text: str, held: Held, held_positions: Callable[[str], Held]
) -> None:
    assert held_positions(text) == held
