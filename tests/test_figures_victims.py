"""Counts of victims read through a possessive determiner and through a passive verb of finding.

Every sentence here was written for these tests, with invented names, places and numbers. Two
constructions, each in several wordings, positives and negatives:

- a casualty verb governs its object through a possessive determiner, as through an article:
  "killed his two brothers" counts two dead as "killed a further two" does;
- a passive verb of finding ("were found", "was discovered", "were located") links a count to
  the state its complement names: "Five people were found shot to death", "Seven hikers were
  discovered dead"; active "found" keeps its own predicate ("Hundreds found shelter").
"""

from __future__ import annotations

import pytest

from claimtrack import extract


def counts(doc: str) -> list[tuple[int | float, str | None]]:
    """(value, category) of every figure in ``doc``."""
    return [
        (c.figure.value, c.figure.category)
        for c in extract(doc, published="2024-05-10")
        if c.kind == "figure" and c.figure is not None
    ]


POSSESSED: list[tuple[str, list[tuple[int, str | None]]]] = [
    ("The suspect killed his two brothers before fleeing.", [(2, "killed")]),
    ("A gunman shot and killed her three children in the house.", [(3, "killed")]),
    ("The blast injured their 14 workers at the Arn quarry.", [(14, "injured")]),
    ("The militia abducted its four critics from Pell on Friday.", [(4, "hostages")]),
    ("Rebels wounded our 12 soldiers and killed another 3.", [(12, "injured"), (3, "killed")]),
    # no casualty verb before the determiner: no category
    ("She thanked her 40 volunteers in Tully on Monday.", []),
    ("He sold his two boats in Merrow.", []),
]


@pytest.mark.parametrize(("doc", "expected"), POSSESSED)
def test_a_possessive_determiner_stands_between_verb_and_count(
    doc: str, expected: list[tuple[int, str | None]]
) -> None:
    got = [c for c in counts(doc) if c[1] is not None]
    assert got == expected


FOUND: list[tuple[str, list[tuple[int, str | None]]]] = [
    ("Five people were found shot to death inside a home in Pellham.", [(5, "killed")]),
    ("Seven hikers were found dead near Mount Arl on Sunday.", [(7, "killed")]),
    ("Three men were discovered dead in a field outside Brisk.", [(3, "killed")]),
    ("Two children were found alive but 4 were found dead in the rubble.", [(4, "killed")]),
    ("Eleven miners were located injured in the lower tunnel.", [(11, "injured")]),
    # active "found": the count has a predicate of its own (finding shelter is being
    # displaced; the 3 who died there are not the hundreds)
    (
        "Hundreds found shelter in the Orrin stadium, where 3 died.",
        [(200, "displaced"), (3, "killed")],
    ),
    ("Forty volunteers found the bodies of missing hikers.", []),
]


@pytest.mark.parametrize(("doc", "expected"), FOUND)
def test_a_passive_verb_of_finding_links_count_and_state(
    doc: str, expected: list[tuple[int, str | None]]
) -> None:
    got = [c for c in counts(doc) if c[1] is not None]
    assert got == expected


# --- a count restated in an aside shares the predicate after it ------------------------------
RESTATED: list[tuple[str, list[tuple[int, str | None]]]] = [
    (
        "More than 3,000 families, or about 15,000 people, have fled their homes.",
        [(3000, "displaced"), (15000, "displaced")],
    ),
    (
        "Some 1,200 families, or roughly 6,000 residents, were evacuated from Tarn.",
        [(1200, "displaced"), (6000, "displaced")],
    ),
    ("Forty people, or a third of the passengers, were killed.", [(40, "killed")]),
    # an "or" that offers another number of something else restates nothing
    ("Nine people died, or were presumed dead, after the blast in Orr.", [(9, "killed")]),
]


@pytest.mark.parametrize(("doc", "expected"), RESTATED)
def test_a_restated_count_shares_the_predicate(
    doc: str, expected: list[tuple[int, str | None]]
) -> None:
    got = [c for c in counts(doc) if c[1] is not None]
    assert got == expected


# --- an infinitive casualty verb after a passive verb of ordering or forcing ------------------
ORDERED: list[tuple[str, list[tuple[int, str | None]]]] = [
    ("More than 10,000 residents were ordered to leave their homes.", [(10000, "displaced")]),
    ("About 300 families were forced to flee the Tarn valley.", [(300, "displaced")]),
    ("About 3,000 people have left their homes in Kell.", [(3000, "displaced")]),
    ("Some 500 families were forced out of their homes.", [(500, "displaced")]),
    # a passive verb of telling opens no clause of its own
    ("Some 20,000 people have been told to evacuate, the agency said.", [(20000, "displaced")]),
    ("About 900 villagers were urged to evacuate on Monday.", [(900, "displaced")]),
    # an infinitive that is no casualty verb, and leaving a place that is no home
    ("Twenty officers were ordered to guard the bridge.", []),
    ("Forty students were asked to leave the hall.", []),
    ("Forty students were told that the hall was closed.", []),
]

# --- where the displaced now live: camps, tents, safety -------------------------------------
SHELTERED: list[tuple[str, list[tuple[int, str | None]]]] = [
    ("Some 8,000 survivors were staying in makeshift camps above Varn.", [(8000, "displaced")]),
    ("The agency said 2,000 people were living in tents.", [(2000, "displaced")]),
    ("Rescuers said 430 residents had been moved to safety.", [(430, "displaced")]),
    ("About 7,800 people had been moved out of the exclusion zone.", [(7800, "displaced")]),
    # carried out of a place: the evacuated
    ("The ministry said 6,200 people had been taken out of the district.", [(6200, "displaced")]),
    ("About 3,000 residents were brought out of Tarvik overnight.", [(3000, "displaced")]),
    ("Nearly 900 people were bussed out of Ostra on Sunday.", [(900, "displaced")]),
    ("Some 140 climbers were airlifted out of the valley.", [(140, "displaced")]),
    ("Officials said 12 bodies were taken out of the rubble.", [(12, "killed")]),
    ("The team took 3 samples out of the river.", []),
    # leaving a place: "leave" with a place word as its object
    ("The agency said about 1,800 people had left the enclave.", [(1800, "displaced")]),
    ("More than 12,000 people have left the island since the storm.", [(12000, "displaced")]),
    ("The quake left 30 people dead in the valley.", [(30, "killed")]),
    ("Some 40 delegates left the hall early.", []),
    # a place people live in by choice, and a move that is no flight
    ("About 2,000 people live in the old town.", []),
    ("Some 40 patients were moved to the new wing.", []),
]


@pytest.mark.parametrize(("doc", "expected"), SHELTERED)
def test_a_count_sheltered_or_moved_to_safety_is_displaced(
    doc: str, expected: list[tuple[int, str | None]]
) -> None:
    got = [c for c in counts(doc) if c[1] is not None]
    assert got == expected


def test_a_displaced_count_takes_the_place_it_leaves() -> None:
    found = {
        c.figure.value: c.figure.scope.place
        for text in (
            "About 7,800 people were evacuated from the exclusion zone.",
            "Some 3,100 villagers had fled from Varn to Orlan.",
            "About 900 people were moved out of Tesk on Monday.",
            "About 600 people fled the fighting in Olm.",  # a place of its own wins
            "About 400 people were evacuated from Monday.",  # a time is no place
        )
        for c in extract(text, published="2024-05-10")
        if c.figure is not None and c.figure.category == "displaced"
    }
    assert found == {
        7800: "exclusion zone",
        3100: "Varn",
        900: "Tesk",
        600: "Olm",
        400: None,
    }


# --- a share of the population set off by commas between a count and its predicate ----------
SHARE: list[tuple[str, list[tuple[int, str | None]]]] = [
    (
        "About 70,000 people, roughly half the population, have been displaced.",
        [(70000, "displaced")],
    ),
    ("Some 1,200 villagers, a third of the district, were evacuated.", [(1200, "displaced")]),
    ("About 40 miners, 20 percent of the shift, were killed.", [(40, "killed")]),
]


@pytest.mark.parametrize(("doc", "expected"), SHARE)
def test_a_share_set_off_by_commas_leaves_the_predicate(
    doc: str, expected: list[tuple[int, str | None]]
) -> None:
    got = [c for c in counts(doc) if c[1] is not None]
    assert got == expected


@pytest.mark.parametrize(("doc", "expected"), ORDERED)
def test_a_count_ordered_to_leave_is_displaced(
    doc: str, expected: list[tuple[int, str | None]]
) -> None:
    got = [c for c in counts(doc) if c[1] is not None]
    assert got == expected


# --- "another" after a count of another kind adds people, not to its own count ---------------
def incremental(doc: str) -> list[tuple[int | float, str | None, bool]]:
    """(value, category, incremental) of every figure in ``doc``."""
    return [
        (c.figure.value, c.figure.category, c.figure.incremental)
        for c in extract(doc, published="2024-05-10")
        if c.kind == "figure" and c.figure is not None
    ]


ANOTHER: list[tuple[str, list[tuple[int, str, bool]]]] = [
    (
        "Floods killed at least 40 people in Varn on Monday. Another 12 people are missing.",
        [(40, "killed", False), (12, "missing", False)],
    ),
    (
        "The storm killed 40 people in Orr and injured another 12.",
        [(40, "killed", False), (12, "injured", False)],
    ),
    # after a count of its own kind, or with none before, it adds to the count
    (
        "The toll rose to 40 on Monday. Another 12 people died overnight.",
        [(40, "killed", False), (12, "killed", True)],
    ),
    ("Another 12 people died overnight, officials in Pell said.", [(12, "killed", True)]),
]


@pytest.mark.parametrize(("doc", "expected"), ANOTHER)
def test_another_after_a_count_of_another_kind_is_no_addition(
    doc: str, expected: list[tuple[int, str, bool]]
) -> None:
    assert incremental(doc) == expected


# A relative clause about every one of the count ("all of whom", "both of whom") gives its
# category; one about some of them ("most of whom") does not.
ALL_OF: list[tuple[str, list[tuple[int, str | None]]]] = [
    ("The Kell ferry was carrying 298 people, all of whom died.", [(298, "killed")]),
    ("The militia held 12 aid workers, all of whom were injured.", [(12, "injured")]),
    ("Two climbers, both of whom are missing, left Orvik on Monday.", [(2, "missing")]),
    ("The bus carried 30 pupils, most of whom were hurt.", []),
    ("The Orsk plane carried 62 passengers, all of whom survived.", []),
]


@pytest.mark.parametrize(("doc", "expected"), ALL_OF, ids=range(len(ALL_OF)))
def test_a_relative_clause_about_all_of_a_count(
    doc: str, expected: list[tuple[int, str | None]]
) -> None:
    assert [c for c in counts(doc) if c[1] is not None] == expected


# A part taken from a whole: the casualty word of the predicate is the part's, and the whole
# (a number after "of", a share's set, the group a counted noun belongs to) is no casualty count.
PARTS: list[tuple[str, list[tuple[int, str | None]]]] = [
    ("Twelve of 40 passengers died in the Kell crash.", [(12, "killed")]),
    ("Four of the nine climbers were killed.", [(4, "killed")]),
    ("Eight members of one family were killed in Orvik.", [(8, "killed")]),
    ("Three children from one village in Tarsk were killed.", [(3, "killed")]),
    ("Nearly half of the 1,200 residents of Orvik have fled.", []),
    # a whole named by its own words keeps them, and a share's whole as its own count
    ("About 7% of the roughly 17,000 people in evacuation centres moved.", [(17000, "displaced")]),
    ("Half of the 40 dead were children.", [(40, "killed")]),
    ("All of the 1,200 residents of Orvik have fled.", [(1200, "displaced")]),
]


@pytest.mark.parametrize(("doc", "expected"), PARTS, ids=range(len(PARTS)))
def test_a_part_and_its_whole(doc: str, expected: list[tuple[int, str | None]]) -> None:
    assert [c for c in counts(doc) if c[1] is not None] == expected


# People still under the rubble are missing; people pulled from under it are not counted so.
RUBBLE: list[tuple[str, list[tuple[int, str | None]]]] = [
    ("There are at least 12 people still under the rubble in Orvik.", [(12, "missing")]),
    ("Some 40 residents of Kell were still beneath the rubble on Sunday.", [(40, "missing")]),
    ("Rescuers pulled 12 people from under the rubble in Orvik.", []),
]


@pytest.mark.parametrize(("doc", "expected"), RUBBLE, ids=range(len(RUBBLE)))
def test_people_still_under_the_rubble_are_missing(
    doc: str, expected: list[tuple[int, str | None]]
) -> None:
    assert [c for c in counts(doc) if c[1] is not None] == expected


# People named by their ties or their place in a crowd count as people ("numbers.toml"
# [context] people), in a part after "of" as on their own.
TIES: list[tuple[str, list[tuple[int, str | None]]]] = [
    ("Lund said 12 of his neighbours had died.", [(12, "killed")]),
    ("Ruiz said 4 of their relatives were injured in the blast.", [(4, "injured")]),
    ("The blast killed 9 shoppers and wounded 30 commuters.", [(9, "killed"), (30, "injured")]),
    # survivors are no casualties
    ("Rescuers found 12 survivors in the rubble.", [(12, None)]),
]


@pytest.mark.parametrize(("doc", "expected"), TIES)
def test_people_by_their_ties(doc: str, expected: list[tuple[int, str | None]]) -> None:
    assert counts(doc) == expected


# --- what a count's predicate reads past: a people's name, "suffered", a listing aside ------
PREDICATES: list[tuple[str, list[tuple[int, str | None]]]] = [
    # a capitalised name of a people or a force, governed by a casualty predicate; a model or
    # a code is no people
    ("The militia said 41 Peshmerga were killed.", [(41, "killed")]),
    ("Officials said 12 Velans had been wounded.", [(12, "injured")]),
    ("Police said 30 Toyotas were stolen.", []),
    ("The army said 40 ATACMS were fired.", []),
    # "suffered" and "sustained" do not end the count's clause
    ("Of those rescued, around 800 suffered serious injuries.", [(800, "injured")]),
    ("Some 40 workers sustained severe injuries.", [(40, "injured")]),
    ("About 12 people suffered heart attacks.", []),
    # an aside that lists people leaves the predicate after it; a verb in the list ends it
    (
        "The army said 150 people, among them women, children and the elderly, had been abducted.",
        [(150, "hostages")],
    ),
    ("About 40 people, including women, children and the elderly, were killed.", [(40, "killed")]),
    ("About 40 people, including women, said they had fled, officials said.", []),
    # a list set off by commas, with no word that opens it
    ("Some 3,500 people, civilians and fighters, had been evacuated.", [(3500, "displaced")]),
    ("About 60 workers, both miners and engineers, were reported missing.", [(60, "missing")]),
    ("Some 30 people, officials and residents alike, attended the funeral.", []),
]


@pytest.mark.parametrize(("doc", "expected"), PREDICATES, ids=range(len(PREDICATES)))
def test_what_the_predicate_reads_past(doc: str, expected: list[tuple[int, str | None]]) -> None:
    got = [c for c in counts(doc) if c[1] is not None]
    assert got == expected
