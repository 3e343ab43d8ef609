"""A cue inside the condition set on a position is part of that condition, no position of its own.

Every sentence is invented. "would agree to a ceasefire only if the group handed over its heavy
weapons" holds one position, on the ceasefire (neutral: conditional); handing over weapons is
what the truce waits for (assemble/stance_scope.in_condition). A bare "if" may be a cue's own
condition, and a condition ends at its comma, so the positions after them stay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Held = set[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Velt would sign a truce only if Orlan stopped sending weapons to the rebels.",
            {("Velt", "ceasefire", "neutral")},
        ),
        (
            "Lund said Orlan would allow aid convoys into Tesk unless the rebels resumed shelling.",
            {("Lund", "humanitarian_aid", "neutral")},
        ),
        (
            "The militia would back a humanitarian pause only if the army pulled its artillery "
            "back from Molvey, its spokesman, Ivo Lenk, said.",
            {("Ivo Lenk", "humanitarian_pause", "neutral")},
        ),
        # no condition between: both positions
        (
            "Velt backed the ceasefire and pledged to send aid to Tesk.",
            {("Velt", "ceasefire", "support"), ("Velt", "humanitarian_aid", "support")},
        ),
    ],
)
def test_a_condition_holds_no_position_of_its_own(
    text: str, held: Held, held_positions: Callable[[str], Held]
) -> None:
    assert held_positions(text) == held
