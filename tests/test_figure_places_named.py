"""A count's place named as a part of a town, or past a body's acronym in brackets.

Every sentence is invented. "in the market district of Dunmarsh", "in the southern suburbs of
Varn": any word before a kind of place whose name follows "of" (assemble/scope_patterns.PLACE);
a body's acronym in brackets ("the Tide Front (TF)") ends no clause, so the place of the "when"
clause after it is still read (assemble/figure_words.CLAUSE_END). A bracket that holds words
still ends the clause, and a bare kind of place keeps its word.
"""

from __future__ import annotations

import pytest

from claimtrack import extract


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nine civilians were killed in the market district of Dunmarsh.", "Dunmarsh"),
        ("Nine civilians were killed in the southern suburbs of Varn.", "Varn"),
        (
            "Nine civilians were killed when rebels clashed in the old market district of Tesk.",
            "Tesk",
        ),
        (
            "Nine civilians were killed on Thursday when soldiers and fighters of the Tide Front "
            "(TF) clashed in the market district of Dunmarsh, a spokesman said.",
            "Dunmarsh",
        ),
        ("Nine people were killed in the border town of Ost.", "Ost"),
        ("Twelve people died in the capital.", "capital"),
    ],
)
def test_the_place_of_a_count(text: str, place: str) -> None:
    (figure,) = [c for c in extract(text) if c.figure is not None]
    assert figure.figure is not None
    assert figure.figure.scope.place == place
