"""Counts of two countries in one story, and of one: stories and sentences of my own.

- A count that names no place, given by a country's body ("Chile's emergency office said",
  "Argentine officials said"), is that country's count; a person's or an international
  body's count keeps no place, and a count's own place always wins.
- "in the country" is the last country the document's counts named.
- In a story of one country, that country's count is the main count ("Peru's health ministry
  said 40" and "the toll rose to 55"); in a story of two, each country's count stays apart.
"""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.model import Claim


def figures(text: str, published: str = "2031-03-01", doc: str = "a") -> list[Claim]:
    return [
        c
        for c in claimtrack.extract(text, published=published, doc_id=doc)
        if c.kind == "figure" and c.figure is not None and c.figure.category
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Chile's emergency office said 120 people had died.", ("Chile",)),
        ("Argentine officials said 65 people had died in the floods.", ("Argentina",)),
        ("The Peruvian health ministry reported 14 deaths on Monday.", ("Peru",)),
        # the count's own place wins
        ("Chile's emergency office said 12 people had died in Valparaiso.", ("Valparaiso",)),
        # a person, an international body, a body of no country: no place
        ("President Ana Ruiz said 65 people had died.", ()),
        ("The United Nations said 30 people had died.", ()),
        ("The Red Cross said 30 people had died.", ()),
    ],
)
def test_a_count_of_a_country_s_body_is_that_country_s(text: str, places: tuple[str, ...]) -> None:
    [claim] = figures(text)
    assert claim.figure is not None
    assert tuple(claim.figure.scope.places) == places


def test_in_the_country_is_the_country_named_before() -> None:
    text = (
        "Chile's emergency office said 120 people had died. Later, the office said 130 "
        "people had died across the country."
    )
    found = [c.figure.scope.places for c in figures(text) if c.figure is not None]
    assert found == [("Chile",), ("Chile",)]


def test_with_no_country_named_the_country_keeps_its_words() -> None:
    [claim] = figures("Officials said 130 people had died across the country.")
    assert claim.figure is not None
    assert claim.figure.scope.places in ((), ("country",))


def test_the_verb_s_subject_gives_the_count_it_puts_at_a_figure() -> None:
    # "the country's toll" is what is put, not who puts it
    [claim] = figures("The agency put the country's toll at 4,156 on Monday.")
    assert claim.who is not None
    assert claim.who.name.casefold().endswith("agency")
    # ... but "the ministry's count of 61 dead" is the ministry's, whoever disputes it
    [claim] = figures("Ana Ruiz disputed the ministry's count of 61 dead.")
    assert claim.who is not None
    assert claim.who.name.casefold().endswith("ministry")


def _flags(docs: list[tuple[str, str, str]]) -> set[tuple[str, float, float]]:
    claims = [
        c for text, day, doc in docs for c in claimtrack.extract(text, published=day, doc_id=doc)
    ]
    out: set[tuple[str, float, float]] = set()
    for flag in claimtrack.reconcile(claims):
        if flag.kind.startswith("figure"):
            old, new = flag.before, flag.after
            assert old.figure is not None
            assert new.figure is not None
            out.add((flag.kind, old.figure.value, new.figure.value))
    return out


def test_two_countries_keep_two_counts() -> None:
    flags = _flags(
        [
            (
                "SANTIAGO, March 1 - Chile's emergency office said 120 people had died after the "
                "quake. Argentine officials said 65 people had died.",
                "2031-03-01",
                "a",
            ),
            (
                "Chile's emergency office raised the toll to 160. Argentine "
                "officials said 70 people had died.",
                "2031-03-02",
                "b",
            ),
        ]
    )
    assert ("figure_increase", 120, 160) in flags
    assert ("figure_increase", 65, 70) in flags
    compared = {frozenset((a, b)) for _, a, b in flags}
    for pair in ((120, 65), (160, 70), (120, 70), (65, 160)):
        assert frozenset(pair) not in compared


def test_one_country_s_count_is_the_story_s_main_count() -> None:
    flags = _flags(
        [
            ("Peru's health ministry said 40 people had died in the floods.", "2031-03-01", "a"),
            ("The death toll from the floods rose to 55, officials said.", "2031-03-03", "b"),
        ]
    )
    assert ("figure_increase", 40, 55) in flags


def test_a_past_event_s_country_is_no_second_country_of_the_story() -> None:
    # a toll of years ago, in another country, lies in a stretch of its own
    flags = _flags(
        [
            (
                "Peru's health ministry said 40 people had died in the floods. It was the "
                "deadliest storm since a 2011 cyclone killed about 1,300 people in Chile.",
                "2031-03-01",
                "a",
            ),
            ("The death toll from the floods rose to 55, officials said.", "2031-03-03", "b"),
        ]
    )
    assert ("figure_increase", 40, 55) in flags
    assert not {f for f in flags if 1300 in f[1:]}


def test_a_line_labelled_with_a_country_counts_that_country() -> None:
    text = (
        "SITUATION\n"
        "Chile: The national emergency office reports 301 dead and 40 missing.\n"
        "Peru: The health ministry reported 94 dead.\n"
        "Highlights: 400 people have died.\n"
    )
    places = [c.figure.scope.places for c in figures(text) if c.figure is not None]
    assert places == [("Chile",), ("Chile",), ("Peru",), ()]


def test_a_country_s_nationals_are_its_count() -> None:
    # "157 Israelis killed" with no place is Israel's count; "in Israel" names it too
    flags = _flags(
        [
            ("Officials said 52 people had been killed in Israel.", "2031-03-01", "a"),
            ("The government said 157 Israelis had been killed.", "2031-03-09", "b"),
        ]
    )
    assert ("figure_increase", 52, 157) in flags


def test_nationals_in_another_place_stay_a_part() -> None:
    flags = _flags(
        [
            ("Officials said 52 people had been killed in Israel.", "2031-03-01", "a"),
            ("The army said 12 Israelis had been killed in Lebanon.", "2031-03-09", "b"),
        ]
    )
    assert not {f for f in flags if 12 in f[1:]}


def test_a_side_s_part_of_a_place_is_one_count_however_it_is_held() -> None:
    flags = _flags(
        [
            (
                "The health ministry counted 100 deaths in government-held areas. The rescue "
                "group said 80 people were killed in rebel-held areas.",
                "2031-03-01",
                "a",
            ),
            (
                "The health ministry said 130 people had died in government-controlled areas.",
                "2031-03-03",
                "b",
            ),
        ]
    )
    assert ("figure_increase", 100, 130) in flags
    assert not {f for f in flags if 80 in f[1:]}


def test_a_region_shared_by_two_countries_takes_the_story_s_country() -> None:
    # Punjab is a province of Pakistan and a state of India: a report that names neither
    # country takes the one the story's other reports name.
    flags = _flags(
        [
            ("Officials said 40 people had died in Punjab and 12 in Sindh.", "2031-03-01", "a"),
            ("Officials said 65 people had died in Punjab.", "2031-03-03", "b"),
        ]
    )
    assert ("figure_increase", 40, 65) in flags


def test_a_shared_region_stays_unresolved_when_the_story_names_both_countries() -> None:
    flags = _flags(
        [
            ("Officials said 40 people had died in Punjab and 12 in Sindh.", "2031-03-01", "a"),
            ("Officials said 20 people had died in Punjab and 9 in Haryana.", "2031-03-01", "b"),
            ("Officials said 65 people had died in Punjab.", "2031-03-03", "c"),
        ]
    )
    assert not {f for f in flags if 65 in f[1:]}


def test_the_strip_and_its_bare_name_are_one_place() -> None:
    flags = _flags(
        [
            (
                "The health ministry said 30 Palestinians had been killed in Gaza.",
                "2031-03-01",
                "a",
            ),
            ("The ministry said 75 people had been killed in the Gaza Strip.", "2031-03-04", "b"),
            ("The ministry said 120 people had died in Gaza.", "2031-03-08", "c"),
        ]
    )
    assert ("figure_increase", 30, 75) in flags
    assert ("figure_increase", 75, 120) in flags


def test_nationals_inside_their_own_country_are_its_count() -> None:
    # "Chileans killed in Valparaiso": the region is Chile's, so the nationals add no part
    flags = _flags(
        [
            ("Officials said 18 Chileans had died in Valparaiso.", "2031-03-01", "a"),
            ("Officials said 26 people had died in Valparaiso.", "2031-03-02", "b"),
        ]
    )
    assert ("figure_increase", 18, 26) in flags


def test_a_body_s_acronym_and_its_officer_read_the_body_s_count() -> None:
    # "the NRCO" is the National Relief Coordination Office; "Mira Lund, the NRCO's deputy
    # director" gives its figure: one source, whose series holds the one placed figure
    flags = _flags(
        [
            (
                "The National Relief Coordination Office (NRCO) said 51 people had died.",
                "2031-03-05",
                "a",
            ),
            ("The death toll in Valdoria rose to 87, the NRCO said.", "2031-03-06", "b"),
            (
                "The toll had reached 94, said Mira Lund, the NRCO's deputy director.",
                "2031-03-09",
                "c",
            ),
        ]
    )
    assert ("figure_increase", 51, 87) in flags
    assert ("figure_increase", 87, 94) in flags


def test_an_officer_of_another_body_keeps_their_own_source() -> None:
    docs = [
        ("The National Relief Coordination Office said 51 people had died.", "2031-03-05", "a"),
        ("The toll reached 94, said Mira Lund, a Red Cross director.", "2031-03-09", "c"),
    ]
    claims = [
        c for text, day, doc in docs for c in claimtrack.extract(text, published=day, doc_id=doc)
    ]
    # The reported toll rose, from one source to another: never the office's own count.
    (flag,) = claimtrack.reconcile(claims)
    assert flag.explanation.startswith("The reported death toll rose from 51 on 5 Mar 2031 (the")
    assert "(Mira Lund)" in flag.explanation


def test_each_country_that_gives_its_own_count_is_its_government() -> None:
    """Floods in two invented countries, three days of reports.

    "Velora's toll climbed to 20", "Velora counted 27 dead": a place that gives its own count is
    its government, whether the gazetteer knows it or not, so it goes on with the crisis
    centre's 9; "Kestria's flood toll" is Kestria's, past the word "flood". "The number missing
    in Ahrn" after "Velora's toll" is not Velora's, and the district named "Kestria's Ahrn
    district" is Ahrn.
    """
    docs = [
        (
            "2031-07-15",
            "Floods in western Kestria have killed at least 42 people, the interior ministry "
            "of Kestria said on Thursday. In neighbouring Velora, the crisis centre reported 9 "
            "deaths. More than 1,300 people were unaccounted for in Kestria's Ahrn district, "
            "police said.",
        ),
        (
            "2031-07-16",
            "The death toll from the floods in Kestria rose to 106, officials said on Friday, "
            "with 63 of them in Ahrn district. Velora's toll climbed to 20. The number of "
            "people missing in Ahrn fell to 1,000.",
        ),
        (
            "2031-07-18",
            "Kestria's flood toll reached 156 on Sunday, while Velora counted 27 dead.",
        ),
    ]
    claims: list[Claim] = []
    for i, (day, text) in enumerate(docs):
        claims += figures(text, day, f"d{i}")
    missing = [c for c in claims if c.figure and c.figure.value == 1000]
    assert [c.figure.scope.place for c in claims if c.figure and c.figure.value == 1300] == ["Ahrn"]
    assert missing[0].who is None
    steps = set()
    for f in claimtrack.reconcile(claims):
        assert f.before.figure is not None
        assert f.after.figure is not None
        steps.add((f.before.figure.value, f.after.figure.value))
    assert {(42, 106), (106, 156), (9, 20), (20, 27)} <= steps
    assert not any({a, b} & {42, 106, 156} and {a, b} & {9, 20, 27} for a, b in steps)
