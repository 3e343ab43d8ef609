"""A stance held by a role subject with a name in apposition is that person's.

Every sentence here was written for these tests, with invented names and places. The stance cue
is the verb's own ("condemned the planned offensive") or its object ("rejected calls for a truce");
either way the statement the parse reads at the verb names the person, and the stance holder is
that name with the role as its title. A role alone stays the role; coordinated subjects stay
each conjunct.
"""

from __future__ import annotations

import pytest

from claimtrack import extract


def holders(doc: str) -> list[tuple[str, str | None, str]]:
    """(name, title, polarity) of every stance in ``doc``."""
    return [
        (c.who.name, c.who.title, c.stance.polarity)
        for c in extract(doc, published="2024-03-01")
        if c.kind == "stance" and c.who is not None and c.stance is not None
    ]


CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    (
        "The Dorian prime minister, Tomas Arle, rejected calls for a truce on Monday.",
        [("Tomas Arle", "Dorian prime minister", "oppose")],
    ),
    (
        "Kell's defence minister, Ina Sorr, condemned the planned offensive in the north.",
        [("Ina Sorr", "Kell's defence minister", "oppose")],
    ),
    (
        "The army chief, General Bo Harrin, welcomed the hostage deal.",
        [("Bo Harrin", "General", "support")],  # the name's own title
    ),
]


@pytest.mark.parametrize(("doc", "expected"), CASES)
def test_role_with_a_name_in_apposition_holds_as_the_person(
    doc: str, expected: list[tuple[str, str | None, str]]
) -> None:
    got = holders(doc)
    assert [(n, p) for n, _, p in got] == [(n, p) for n, _, p in expected]
    for (_, title, _), (_, want, _) in zip(got, expected, strict=True):
        assert title is not None and want is not None and want.casefold() in title.casefold()


def test_a_role_alone_stays_the_role() -> None:
    got = holders("The prime minister rejected calls for a truce on Monday.")
    assert len(got) == 1 and got[0][0].casefold().endswith("prime minister")


def test_coordinated_subjects_each_hold_the_stance() -> None:
    got = holders("Kestria, Veldan and Ostrava called for a humanitarian pause on Tuesday.")
    assert {n for n, _, _ in got} == {"Kestria", "Veldan", "Ostrava"}
