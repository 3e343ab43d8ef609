"""Counts with the verb or the noun left out: "the ministry reported 12 deaths and the UN 8".

Two sources' tolls are often given in one sentence, the second with its verb gapped ("and the
Red Crescent 8", ", the rebels at 45") or with a verb of saying whose object is a bare number
("while the relief group said 22"). The bare number counts what the count it parallels counts,
and it is the second source's. Every name here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.lexicon import load_lexicon
from claimtrack.syntax.gapping import with_gapped
from claimtrack.syntax.parse import RuleParser


def figures(text: str) -> dict[int, tuple[str | None, str | None]]:
    """Each figure's value, with its category and its source's name."""
    out = {}
    for claim in claimtrack.extract(text, published="2024-03-01"):
        if claim.kind == "figure":
            assert claim.figure is not None
            if claim.who is not None:
                start, end = claim.who.span
                assert text[start:end] == claim.who.text
            out[int(claim.figure.value)] = (
                claim.figure.category,
                claim.who.name if claim.who else None,
            )
    return out


GAPPED = [
    (
        "The health ministry reported 12 deaths and the Red Crescent 8.",
        {12: ("killed", "health ministry"), 8: ("killed", "Red Crescent")},
    ),
    (
        "The army put the toll at 30, the rebels at 45.",
        {30: ("killed", "army"), 45: ("killed", "rebels")},
    ),
    (
        "The interior ministry put the death toll at 19, and local officials at 26.",
        {19: ("killed", "interior ministry"), 26: ("killed", "local officials")},
    ),
    (
        "The ministry said 120 people had died, the opposition 300.",
        {120: ("killed", "ministry"), 300: ("killed", "opposition")},
    ),
    (
        "Officials in Dorn counted 40 dead; medics in Kell, 55.",
        {40: ("killed", "Officials"), 55: ("killed", "medics")},
    ),
    (
        "Tarn police reported 7 people missing, and the coast guard at least 11.",
        {7: ("missing", "Tarn police"), 11: ("missing", "coast guard")},
    ),
    # one remnant with two counts: each takes the category of the count in its place
    (
        "The ministry said 12 people were killed and 30 injured, the Red Crescent 15 and 41.",
        {
            12: ("killed", "ministry"),
            30: ("injured", "ministry"),
            15: ("killed", "Red Crescent"),
            41: ("injured", "Red Crescent"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED)
def test_a_gapped_count_is_its_own_subjects_and_counts_what_its_parallel_counts(
    text: str, expected: dict[int, tuple[str, str]]
) -> None:
    assert figures(text) == expected


BARE = [
    (
        "Police said 14 people were killed, while the Vessa Relief Group said 22.",
        {14: ("killed", "Police"), 22: ("killed", "Vessa Relief Group")},
    ),
    (
        "Local medics counted 31 dead, but the army said only 9.",
        {31: ("killed", "Local medics"), 9: ("killed", "army")},
    ),
    (
        "Police said 14 people were killed. The Vessa Relief Group said 22.",
        {14: ("killed", "Police"), 22: ("killed", "Vessa Relief Group")},
    ),
    (
        "The agency said 60 people were hurt. Medics put it at about 85.",
        {60: ("injured", "agency"), 85: ("injured", "Medics")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE)
def test_a_bare_number_said_after_a_count_counts_the_same(
    text: str, expected: dict[int, tuple[str, str]]
) -> None:
    assert figures(text) == expected


NOT_GAPPED = [
    # a distance, an age, a year: the number has its own noun, or is no remnant
    (
        "Officials said 12 people died in Kell and the nearby town of Orsk, 40 km away.",
        {12: ("killed", "Officials"), 40: (None, "Officials")},
    ),
    (
        "Officials said 12 people were hurt, and Judith Raanan, 59, was among them.",
        {12: ("injured", "Officials")},
    ),
    (
        "The ministry said 12 people had died, the highest toll since 2019.",
        {12: ("killed", "ministry")},
    ),
    # a list of places and numbers is no second source
    ("Officials gave the dead by town: Kell 12, Dorn 8.", {}),
    # nobody counted before: a bare number said is no count
    ("The spokesman said 22.", {}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_GAPPED)
def test_no_remnant_where_the_number_has_words_of_its_own_or_no_parallel(
    text: str, expected: dict[int, tuple[str | None, str]]
) -> None:
    found = figures(text)
    assert {v: c for v, c in found.items() if c[0] is not None or v in expected} == expected


def test_the_gapped_clause_shares_the_verb_and_the_first_content_stops_before_it() -> None:
    text = "The health ministry reported 12 deaths and the Red Crescent 8."
    lex = load_lexicon()
    [parse] = RuleParser().parse(text, [(0, len(text))], [], lex)
    clauses = with_gapped(text, parse, lex).clauses
    said = [c for c in clauses if c.verb is not None and c.verb.lemma == "report"]
    assert [c.subject.text for c in said if c.subject] == [
        "The health ministry",
        "the Red Crescent",
    ]
    first, second = said
    assert first.content is not None
    assert second.content is not None
    assert text[first.content[0] : first.content[1]] == "12 deaths"
    assert text[second.content[0] : second.content[1]] == "8"
    assert second.verb is first.verb


def test_statements_name_both_sources() -> None:
    text = "The ministry said 120 people had died, the opposition 300."
    claims = claimtrack.extract(text)
    cues = {
        (c.who.name, c.attribution.content.text)
        for c in claims
        if c.who is not None and c.attribution is not None and c.attribution.content is not None
    }
    assert ("ministry", "120 people had died") in cues
    assert ("opposition", "300") in cues


def test_places_counted_inside_another_source_s_words_stay_that_source_s() -> None:
    # a place that "records" a count is where the dead were counted; the remnants go with it
    text = (
        "Kell has recorded 40 deaths since May, Dorn Vale 25 and Orsk 12, "
        "according to the Vell Agency."
    )
    claims = [c for c in claimtrack.extract(text, published="2024-03-01") if c.kind == "figure"]
    assert [int(c.figure.value) for c in claims if c.figure] == [40, 25, 12]
    for claim in claims:
        assert claim.figure is not None
        assert claim.figure.category == "killed"
        assert claim.who is not None
        assert claim.who.name == "Vell Agency"
        assert claim.attribution is not None
        assert claim.attribution.content is not None
        assert claim.attribution.content.text.endswith("Orsk 12")
    assert [c.figure.scope.place for c in claims if c.figure] == ["Kell", "Dorn Vale", "Orsk"]


PLACED = [
    ("In Kell, 40 people died; in Dorn, 12.", {40: ("killed", "Kell"), 12: ("killed", "Dorn")}),
    (
        "In Kell, 40 people died and 30 were injured; in Dorn, 12 and 5.",
        {
            40: ("killed", "Kell"),
            30: ("injured", "Kell"),
            12: ("killed", "Dorn"),
            5: ("injured", "Dorn"),
        },
    ),
    (
        "At least 40 people died in Kell, and in neighbouring Dorn, 12.",
        {40: ("killed", "Kell"), 12: ("killed", "Dorn")},
    ),
    (
        "The storm killed 40 people in Kell; in Dorn, 12; and in Orsk, 3.",
        {40: ("killed", "Kell"), 12: ("killed", "Dorn"), 3: ("killed", "Orsk")},
    ),
    # not bare: a count of its own; no count before: nothing to stand for
    (
        "Officials said 40 people died, and in Kell, 12 houses collapsed.",
        {40: ("killed", None), 12: (None, None)},
    ),
    ("In Kell, prices rose 40 percent; in Dorn, 12.", {40: (None, None)}),
]


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_a_count_given_again_for_another_place(
    text: str, expected: dict[int, tuple[str | None, str | None]]
) -> None:
    found = {
        int(c.figure.value): (c.figure.category, c.figure.scope.place)
        for c in claimtrack.extract(text, published="2024-03-01")
        if c.kind == "figure" and c.figure is not None
    }
    assert found == expected


def test_a_place_s_count_is_the_source_s_that_gives_it() -> None:
    text = "In Kell, 40 people died, the ministry said; in Dorn, 12, the governor said."
    whos = {
        int(c.figure.value): c.who.name if c.who else None
        for c in claimtrack.extract(text, published="2024-03-01")
        if c.kind == "figure" and c.figure is not None
    }
    assert whos == {40: "ministry", 12: "governor"}
