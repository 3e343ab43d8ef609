"""Counts read from what governs them: a verb of losing, a pronoun that refers back, a source.

Every sentence here was written for these tests, with invented names, places and numbers. Each
table holds one construction in several wordings, positives and negatives:

- a count of people as the object of a verb of losing, its subject a place: "Sindh has lost 577
  people" is a count of the dead in Sindh; "lost 577 homes", "lost 3 games", "lost 300
  employees" count no dead (categories.toml ``object_lemmas``, numbers.toml [context]
  ``people_as_such``); people seized are hostages, of any kind ("seized 22 sailors"; the
  category's ``object_people`` list is [context] ``people``), things seized no one;
- a partitive with a pronoun ("12 of them", "Of those, 12") is a part of the count it refers
  back to, in its sentence or in the sentence before, unless a verb of its own makes it a count
  of something else ("charged 12 of them with rioting");
- a figure given by coordinated speakers ("Kirby and Lund said") is attributed to the first, as
  the first of the statements the coordination gives (one per speaker).
"""

from __future__ import annotations

import pytest

from claimtrack import extract
from claimtrack.assemble.figures import FigureMention, find_figures
from claimtrack.find.numbers import find_numbers
from claimtrack.lexicon import load_lexicon
from claimtrack.text.segment import find_sentences

LEX = load_lexicon()


def figures(doc: str) -> list[FigureMention]:
    """The figures of ``doc``, read sentence by sentence as the pipeline reads them."""
    numbers = find_numbers(doc, LEX)
    out: list[FigureMention] = []
    for sentence in find_sentences(doc, LEX):
        a, b = sentence.span
        out += find_figures(doc, sentence.span, [n for n in numbers if a <= n.span[0] < b], LEX)
    return out


def counts(doc: str) -> list[tuple[int | float, str, str | None]]:
    """(value, category, place) of every casualty count in ``doc``."""
    return [(f.number.value, f.category, f.scope.place) for f in figures(doc) if f.category]


# --- a count of people as the object of a verb of losing ------------------------------------
LOSSES: list[tuple[str, list[tuple[int, str, str | None]]]] = [
    ("Sindh has lost 577 people since the rains began.", [(577, "killed", "Sindh")]),
    ("Harrow, the worst-hit town, has lost 77 residents.", [(77, "killed", "Harrow")]),
    ("Kessel province lost another 12 civilians on Monday.", [(12, "killed", "Kessel")]),
    ("Dorva has now lost a total of 301 people to the epidemic.", [(301, "killed", "Dorva")]),
    ("The Orsk family lost three children in the fire.", [(3, "killed", None)]),
    ("Losing 40 villagers in one night, Tamb buried its dead on Friday.", [(40, "killed", None)]),
    # an adverb between the place and its verb; a part of the place's people
    ("Sindh province alone has lost 577 people.", [(577, "killed", "Sindh")]),
    ("Dorva has so far lost 98 of its residents.", [(98, "killed", "Dorva")]),
    # a pronoun as the subject is no place
    ("We lost 3,000 people in that attack.", [(3000, "killed", None)]),
    ("They have lost 41 residents since June.", [(41, "killed", None)]),
    # the noun decides where it names the dead itself: "recorded 41 more deaths"
    ("Kell province recorded 41 more deaths on Tuesday.", [(41, "killed", "Kell")]),
    ("Ostria has lost 212 lives since March.", [(212, "killed", "Ostria")]),
    # people seized are hostages, people of any kind (numbers.toml [context] people)
    ("Pirates seized 22 sailors on Monday.", [(22, "hostages", None)]),
    ("Gunmen seized 14 aid workers near Tarn.", [(14, "hostages", "Tarn")]),
    ("Eighteen sailors remain in the hands of pirates.", [(18, "hostages", None)]),
]


@pytest.mark.parametrize(("doc", "expected"), LOSSES, ids=range(len(LOSSES)))
def test_a_place_that_lost_people(doc: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert counts(doc) == expected


@pytest.mark.xfail(strict=True, reason="a person's name as the subject is read as a place")
def test_a_person_who_lost_people() -> None:
    assert counts("Ana Ruiz lost two children in the fire.") == [(2, "killed", None)]


# What a place or a body loses or records that is no one's death: things, games, rain, the
# people of a role it can leave (employees, members), and soldiers, whose "losses" count the
# wounded and the captured too.
NOT_LOSSES = [
    "Sindh has lost 577 homes to the floods.",
    "The Kell Tigers lost 3 games in a row.",
    "The station recorded 41 mm of rain overnight.",
    "The firm lost 300 employees after the merger.",
    "The party lost 12 members to the new movement.",
    "The army lost 40 soldiers in the ambush.",
    "Varn has lost 40 percent of its residents.",
    "The rescue team lost contact with 12 climbers.",
    "Sindh has lost 577 million rupees in crops.",
    "Sindh has lost 40 of its soldiers.",
    # things seized are no one
    "Police seized 40 rifles and 12 vehicles.",
    "Customs officers seized 300 kilograms of cocaine.",
]


@pytest.mark.parametrize("doc", NOT_LOSSES)
def test_no_death_in_what_is_lost(doc: str) -> None:
    assert counts(doc) == []


# --- a partitive with a pronoun: a part of the count it refers back to -----------------------
PARTS: list[tuple[str, list[tuple[int, str, str | None]]]] = [
    # the count before is in the sentence before
    (
        "The agency counted 65 dead in Varn. Pell province accounted for 41 of them.",
        [(65, "killed", "Varn"), (41, "killed", "Pell")],
    ),
    (
        "Floods have killed 65 people in Varn. Twelve of them were children.",
        [(65, "killed", "Varn"), (12, "killed", None)],
    ),
    (
        "Police detained 48 protesters in Dorr. Of those, 12 were minors.",
        [(48, "detained", "Dorr"), (12, "detained", None)],
    ),
    (
        "Gunmen abducted 30 villagers near Sarn.\n\nAbout 12 of them are women, the police said.",
        [(30, "hostages", "Sarn"), (12, "hostages", None)],
    ),
    # in its own sentence, the count before is the whole whatever its own predicate
    ("Medics treated 60 people; 12 of them died.", [(12, "killed", None)]),
    (
        "Medics treated 60 people; 12 of them were in critical condition.",
        [(12, "injured", None)],
    ),
    ("The blast killed 9 people, 4 of them children.", [(9, "killed", None), (4, "killed", None)]),
    # "among them" before a copula and its subject
    (
        "Floods killed 65 people in Varn. Among them were 12 children.",
        [(65, "killed", "Varn"), (12, "killed", None)],
    ),
    (
        "The militia holds 30 hostages; among them are 4 nurses.",
        [(30, "hostages", None), (4, "hostages", None)],
    ),
]


@pytest.mark.parametrize(("doc", "expected"), PARTS, ids=range(len(PARTS)))
def test_a_part_of_the_count_before(doc: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert counts(doc) == expected


def test_a_part_takes_the_subgroup_it_names() -> None:
    part = figures("Floods have killed 65 people in Varn. Twelve of them were children.")[-1]
    assert (part.number.value, part.scope.subgroup) == (12, "children")


# A part that a verb of its own counts is a count of that action; a pronoun with no count of
# casualties before it refers to nothing counted; a count of people in the same sentence is the
# pronoun's whole, not a count of the sentence before.
NOT_PARTS: list[tuple[str, list[tuple[int, str, str | None]]]] = [
    (
        "Authorities detained 48 protesters and charged 12 of them with rioting.",
        [(48, "detained", None)],
    ),
    (
        "Police detained 48 protesters in Dorr; 12 of them were charged with rioting.",
        [(48, "detained", "Dorr")],
    ),
    (
        "The floods killed 65 people in Varn. Officials have identified 12 of them.",
        [(65, "killed", "Varn")],
    ),
    ("Rescuers found 40 survivors in Varn. Twelve of them were children.", []),
    ("Medics treated 60 people in Kell; 12 of them were sent home.", []),
    (
        "Floods killed 65 people in Varn. Medics treated 30 people, 12 of them children.",
        [(65, "killed", "Varn")],
    ),
    ("The report names 65 officials. The floods killed 12 of them.", [(12, "killed", None)]),
]


@pytest.mark.parametrize(("doc", "expected"), NOT_PARTS, ids=range(len(NOT_PARTS)))
def test_no_part_of_a_casualty_count(doc: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert counts(doc) == expected


def test_a_part_in_the_next_sentence_keeps_its_source() -> None:
    doc = (
        "Varn's civil defence agency counted 65 dead on Monday. "
        "Pell province accounted for 41 of them, the agency said."
    )
    claims = [c for c in extract(doc, published="2031-03-04") if c.kind == "figure"]
    part = next(c for c in claims if c.figure and c.figure.value == 41)
    assert part.figure is not None
    assert part.figure.category == "killed"
    assert part.figure.scope.place == "Pell"
    assert part.who is not None
    assert "agency" in part.who.name


# --- coordinated speakers give one figure: the first speaks for it --------------------------
SPEAKERS: list[tuple[str, str, int]] = [
    ("Kirby and Lund said 20 people died in Pell.", "Kirby", 2),
    ("The mayor and the governor said 20 people were killed in Orr.", "mayor", 2),
    ("The ministry and the Red Cross said 300 people were injured.", "ministry", 2),
    ("Officials and medics said at least 14 people were killed in Sarn.", "Officials", 2),
    ("Kirby, Lund and Ruiz told reporters that 20 people died in Pell.", "Kirby", 3),
    ('"Twenty people died," Kirby and Lund said.', "Kirby", 2),
]


@pytest.mark.parametrize(("doc", "first", "speakers"), SPEAKERS)
def test_coordinated_speakers_give_the_figure_to_the_first(
    doc: str, first: str, speakers: int
) -> None:
    claims = extract(doc, published="2030-05-01")
    figure = next(c for c in claims if c.kind == "figure")
    statements = [c for c in claims if c.kind == "statement" and c.who is not None]
    assert figure.who is not None
    assert figure.who.name == first
    # one statement per speaker, and the figure's source is the first of them
    assert len(statements) == speakers
    assert min(statements, key=lambda c: c.who.span if c.who else (0, 0)).who == figure.who


# Speakers that are not coordinated keep their own figures.
def test_separate_speakers_keep_their_figures() -> None:
    doc = "Kirby said 20 people died in Pell, and Lund said 31 were injured."
    figs = [c for c in extract(doc, published="2030-05-01") if c.kind == "figure"]
    got = [(c.figure.value if c.figure else None, c.who.name if c.who else None) for c in figs]
    assert got == [(20, "Kirby"), (31, "Lund")]
