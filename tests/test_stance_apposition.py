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
    # a verb of position that is no verb of saying: the name the parse reads as its subject
    (
        "The finance minister, Piet Orr, backed a ceasefire.",
        [("Piet Orr", "finance minister", "support")],
    ),
    (
        "The opposition leader, Piet Orr, backed the plan to free the hostages.",
        [("Piet Orr", "opposition leader", "support")],
    ),
    ("The Varn envoy, Mia Dahl, supports a truce.", [("Mia Dahl", "Varn envoy", "support")]),
    (
        "Orsk's interior minister, Lev Tamm, opposed any pause in the fighting.",
        [("Lev Tamm", "Orsk's interior minister", "oppose")],
    ),
]


@pytest.mark.parametrize(("doc", "expected"), CASES)
def test_role_with_a_name_in_apposition_holds_as_the_person(
    doc: str, expected: list[tuple[str, str | None, str]]
) -> None:
    got = holders(doc)
    assert [(n, p) for n, _, p in got] == [(n, p) for n, _, p in expected]
    for (_, title, _), (_, want, _) in zip(got, expected, strict=True):
        assert title is not None
        assert want is not None
        assert want.casefold() in title.casefold()


def test_a_role_alone_stays_the_role() -> None:
    got = holders("The prime minister rejected calls for a truce on Monday.")
    assert len(got) == 1
    assert got[0][0].casefold().endswith("prime minister")


def test_coordinated_subjects_each_hold_the_stance() -> None:
    got = holders("Kestria, Veldan and Ostrava called for a humanitarian pause on Tuesday.")
    assert {n for n, _, _ in got} == {"Kestria", "Veldan", "Ostrava"}


# --- a topic word that modifies a body's name or a people noun names no topic ----------------
MODIFIERS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Lina Oss, a spokeswoman for Relief Now, called for the Karn crossing to be reopened.",
        [("Lina Oss", "humanitarian_aid")],
    ),
    (
        "Lina Oss, a spokeswoman for the aid group Kell Cares, called for a ceasefire.",
        [("Lina Oss", "ceasefire")],
    ),
    (
        "Pera Lund, who heads the relief agency in Orsk, urged a humanitarian pause.",
        [("Pera Lund", "humanitarian_pause")],
    ),
    # the topic word as the thing asked for still counts
    ("Lina Oss called for more aid for Karn.", [("Lina Oss", "humanitarian_aid")]),
    ("Aid agencies pleaded for safe corridors into Brisk.", [("Aid agencies", "humanitarian_aid")]),
]


@pytest.mark.parametrize(("doc", "expected"), MODIFIERS)
def test_a_topic_word_inside_a_name_or_before_a_people_noun_is_no_topic(
    doc: str, expected: list[tuple[str, str]]
) -> None:
    got = [
        (c.who.name, c.stance.topic)
        for c in extract(doc, published="2024-03-01")
        if c.kind == "stance" and c.who is not None and c.stance is not None
    ]
    assert got == expected


@pytest.mark.parametrize(
    "doc",
    [
        "Officials at Relief International welcomed the new budget.",
        "The aid group welcomed the new budget.",
        "Hostage families in Kell welcomed the court ruling.",
    ],
)
def test_a_body_named_by_a_topic_word_gives_no_stance_on_it(doc: str) -> None:
    assert [c for c in extract(doc, published="2024-03-01") if c.kind == "stance"] == []


def test_pleading_for_is_a_position() -> None:
    got = extract("Aid agencies pleaded for safe corridors into Brisk.", published="2024-03-01")
    assert [(c.stance.topic, c.stance.polarity) for c in got if c.stance is not None] == [
        ("humanitarian_aid", "support")
    ]


# People named by a plural, then listed by name (two or more, with commas of their own), each
# hold the stance, in every wording the reported clause takes; a speaker read inside another's
# words is no holder of the verbs coordinated after it.
LISTED_NAMES: list[tuple[str, set[str]]] = [
    (
        "The two presidents, Ana Lind and Piet Varga, said they backed a ceasefire.",
        {"Ana Lind", "Piet Varga"},
    ),
    (
        "The three presidents, Ana Lind, Piet Varga and Ole Berg, said they backed a ceasefire.",
        {"Ana Lind", "Piet Varga", "Ole Berg"},
    ),
    (
        "The presidents of Velora, Tarsa and Orsk, Ana Lind, Piet Varga and Ole Berg, issued a "
        "joint statement calling for an immediate cessation of hostilities.",
        {"Ana Lind", "Piet Varga", "Ole Berg"},
    ),
    (
        "They backed a ceasefire, the two presidents, Ana Lind and Piet Varga, said on Monday.",
        {"Ana Lind", "Piet Varga"},
    ),
    (
        "Defence Minister Ivo Raska wrote on Monday that Orlan had received the request and urged "
        "Tarsa to send more tanks to Velora.",
        {"Ivo Raska"},
    ),
]


@pytest.mark.parametrize(("doc", "names"), LISTED_NAMES, ids=[r[0][:40] for r in LISTED_NAMES])
def test_people_listed_by_name_after_a_plural_each_hold_it(doc: str, names: set[str]) -> None:
    assert {name for name, _, _ in holders(doc)} == names
