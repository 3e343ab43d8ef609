"""An absolute clause after ", with" has a holder of its own: "..., with Varga saying he ...".

Invented sentences. The clause after ", with" and a subject that says something is read apart:
the position in it is its subject's, not the sentence's first subject's. Without a verb of
its own (", with talks continuing", ", with aid groups") nothing splits.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Held = set[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The army announced a three-day humanitarian pause in Orsk on Monday, with "
            "President Tomas Varga saying he opposed it.",
            {
                ("army", "humanitarian_pause", "support"),
                ("Tomas Varga", "humanitarian_pause", "oppose"),
            },
        ),
        (
            "The army announced a three-day humanitarian pause in Orsk on Monday, with "
            "President Tomas Varga saying he fully backed it.",
            {
                ("army", "humanitarian_pause", "support"),
                ("Tomas Varga", "humanitarian_pause", "support"),
            },
        ),
        (
            "Lind backed the truce, with talks continuing in Orsk.",
            {("Lind", "ceasefire", "support")},
        ),
        (
            "Lind backed the truce, with aid groups in Orsk and Tarn.",
            {("Lind", "ceasefire", "support")},
        ),
    ],
)
def test_the_holder_of_an_absolute_clause(
    text: str, held: Held, held_positions: Callable[[str], Held]
) -> None:
    assert held_positions(text) == held
