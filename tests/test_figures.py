"""figures.py: what a number counts, what is no figure, and the scope of a count.

Sentences are written for these tests (not copied from the evaluation cases); each row names
the construction it stands for.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import extract
from claimtrack.assemble.figures import FigureMention, find_figures
from claimtrack.assemble.subgroups import _among
from claimtrack.find.numbers import find_numbers
from claimtrack.find.phrases import WordIndex
from claimtrack.lexicon import load_lexicon

LEX = load_lexicon()


def figures(doc: str, date_spans: tuple[tuple[int, int], ...] = ()) -> list[FigureMention]:
    return find_figures(doc, (0, len(doc)), find_numbers(doc, LEX), LEX, date_spans=date_spans)


def casualties(doc: str) -> list[tuple[int | float, str, str | None]]:
    return [(f.number.value, f.number.qualifier, f.category) for f in figures(doc) if f.category]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # a casualty word after the number
        ("Officials said 1,400 people were killed in the attack.", [(1400, "exact", "killed")]),
        ("The blast left more than 1,400 dead.", [(1400, "more_than", "killed")]),
        ("Rescuers said 18 bodies had been found.", [(18, "exact", "killed")]),
        (
            "The hospital recorded 130 deaths and 1,900 injuries.",
            [(130, "exact", "killed"), (1900, "exact", "injured")],
        ),
        (
            "About 35,000 people have been killed and 78,500 wounded in the war.",
            [(35000, "about", "killed"), (78500, "about", "injured")],
        ),  # "About" covers both
        (
            "The attack left 30 dead and 90 wounded.",
            [(30, "exact", "killed"), (90, "exact", "injured")],
        ),
        ("At least nine children were among the dead.", [(9, "at_least", "killed")]),
        ("He said more than 50 had been wounded.", [(50, "more_than", "injured")]),
        ("Up to 20,000 people had fled across the border.", [(20000, "up_to", "displaced")]),
        ("As many as 4,000 people remain missing.", [(4000, "up_to", "missing")]),
        ("Some 400 residents lost their homes.", [(400, "about", "displaced")]),
        ("About 1.5 million people are sheltering in schools.", [(1500000, "about", "displaced")]),
        (
            "Tens of thousands of people spent the night in the open.",
            [(20000, "vague", "displaced")],
        ),
        ("Police arrested 45 people during the protests.", [(45, "exact", "detained")]),
        ("Israel freed 39 Palestinian prisoners.", [(39, "exact", "detained")]),
        ("The deal led to the release of two Americans.", [(2, "exact", "hostages")]),
        ("Gunmen abducted 12 villagers overnight.", [(12, "exact", "hostages")]),
        ("The council lists 1,779 people as missing.", [(1779, "exact", "missing")]),
        ("Dozens of people were injured.", [(24, "vague", "injured")]),
        ("Between 300 and 500 people were killed.", [(300, "range", "killed")]),
        ("Officials said 250 people were feared missing.", [(250, "exact", "missing")]),
        (
            "The council said 12,166 people were injured and 1,140 remained missing.",
            [(12166, "exact", "injured"), (1140, "exact", "missing")],
        ),
        # a casualty word before the number that governs it
        ("A car bomb exploded, killing at least 35 people.", [(35, "at_least", "killed")]),
        ("The quake killed some 8,500 people.", [(8500, "about", "killed")]),
        ("The death toll rose to 2,417 on Monday.", [(2417, "exact", "killed")]),
        ("The agency put the toll at 6,009.", [(6009, "exact", "killed")]),
        ("The number of injured stood at 27,022.", [(27022, "exact", "injured")]),
        ("The death toll has passed 7,000.", [(7000, "more_than", "killed")]),
        ("The official toll for the 1998 storm was 1,833.", [(1833, "exact", "killed")]),
        (
            "The toll could climb as high as 10,000 once villages are reached.",
            [(10000, "up_to", "killed")],
        ),
        (
            "The number of people known to have died climbed above 2,200.",
            [(2200, "more_than", "killed")],
        ),
        # joins to the count before
        (
            "The toll was raised from 64 to 2,975.",
            [(64, "exact", "killed"), (2975, "exact", "killed")],
        ),
        (
            "The toll in the city rose to 2,394 from 2,367 last week.",
            [(2394, "exact", "killed"), (2367, "exact", "killed")],
        ),
        (
            "She said 19 people had died in the storm and 15 others in the floods that followed.",
            [(19, "exact", "killed"), (15, "exact", "killed")],
        ),
        (
            "In all, 7,040 people died, including at least 54 foreigners.",
            [(7040, "exact", "killed"), (54, "at_least", "killed")],
        ),
        (
            "The fire killed 9 people, 4 of them children.",
            [(9, "exact", "killed"), (4, "exact", "killed")],
        ),
        (
            "A helicopter went missing with six crew and two soldiers on board.",
            [(6, "exact", "missing"), (2, "exact", "missing")],
        ),
        ("Of all the dead, 5,655 were in the east.", [(5655, "exact", "killed")]),
        # "more" adds to a count without naming it; "one of the" names a member, not a count
        ("Police said 35 more were arrested on Friday.", [(35, "exact", "detained")]),
        ("One of the greatest disasters in decades left 50 dead.", [(50, "exact", "killed")]),
        (
            "More than 20 died, bringing the official count to 34.",
            [(20, "more_than", "killed"), (34, "exact", "killed")],
        ),
        # incremental
        ("Rescuers said 27 more bodies were pulled from the rubble.", [(27, "exact", "killed")]),
        # time and age words do not end the count: "1200 on Tuesday" is a count
        ("Police said 1200 people were arrested on Tuesday.", [(1200, "exact", "detained")]),
        (
            "Two people died and 14 others were hurt when the bus crashed.",
            [(2, "exact", "killed"), (14, "exact", "injured")],
        ),
    ],
)
def test_casualty_figures(doc: str, expected: list[tuple[int, str, str]]) -> None:
    assert casualties(doc) == expected


@pytest.mark.parametrize(
    "doc",
    [
        # counts of things near a casualty word
        "The storm destroyed 300 houses.",
        "The storm destroyed 300 houses and damaged 20 schools.",
        "The government sent 300 soldiers after the attack killed several people.",
        "The agency said 4.3 million people were affected.",
        "Hundreds of onlookers cheered as rescuers pulled a boy alive from the ruins.",
        "Deaths were reported by 3,299 randomly chosen households.",
        "More than 400,000 houses were destroyed or damaged.",
        "The United Nations said 8 million people needed food aid after the quake killed many.",
        "The storm was more than 70 times stronger than the one that killed people last year.",
        "Aid agencies delivered 2,000 tents to families who lost relatives.",
        # not figures at all
        "The war that killed many began in 1999.",
        "A 12-year-old boy was among the dead.",
        "Judith Raanan, 59, and her daughter were released.",
        "A magnitude-7.8 earthquake struck; the dead are being counted.",
        "A 6.1 quake struck at 6:15 a.m. and killed no one.",
        "The truce began at 6 a.m. after clashes killed many.",
        "Both sides agreed to a 72-hour truce after the killings.",
        "Both sides agreed to a three-day truce to collect the dead.",
        "The airline, which filed for Chapter 11 protection, lost staff who died.",
        "Winds of 315-kph killed livestock.",
        "The death toll was reported on Sept. 20.",
        "A Category 4 hurricane killed many.",
        "The killed were buried within 24 hours.",
        "He lost nine fingers to frostbite.",
        "One of the most powerful storms ever killed many.",
        "The ministry said the dead included people aged 65 or older.",
        "Call 1-800-621-3362 to report the missing.",
        "Rosselló said the two leaders discussed the dead.",
    ],
)
def test_no_casualty_figure(doc: str) -> None:
    assert casualties(doc) == []


@pytest.mark.parametrize(
    ("doc", "value"),
    [
        ("The war began in 1999.", 1999),
        ("In 2023 the agency grew.", 2023),
        ("A 12-year-old boy was hurt.", 12),
        ("Judith Raanan, 59, was freed.", 59),
        ("A magnitude-7.8 quake struck.", 7.8),
        ("The quake, put at magnitude 6.7, struck.", 6.7),
        ("A 6.1 quake struck.", 6.1),
        ("It struck at 6:15 a.m. local time.", 15),
        ("It struck at 6 a.m.", 6),
        ("A 72-hour truce began.", 72),
        ("A three-day truce began.", 3),
        ("The firm filed for Chapter 11.", 11),
        ("Winds of 315-kph hit.", 315),
        ("It lasted 42 days.", 42),
        ("F-16 jets were sent.", 16),
        ("Fighting resumed on Sept. 20 in the city.", 20),
        ("They were 70 times more likely to die.", 70),
    ],
)
def test_not_a_figure(doc: str, value: int | float) -> None:
    assert value not in [f.number.value for f in figures(doc)]


def test_numbers_in_dates_are_dropped() -> None:
    doc = "On October 7, 1,200 people were killed."
    start = doc.index("October 7")
    kept = figures(doc, date_spans=((start, start + len("October 7")),))
    assert [(f.number.value, f.category) for f in kept] == [(1200, "killed")]


@pytest.mark.parametrize(
    ("doc", "value", "unit"),
    [
        ("The US has mobilized $100 million in aid.", 100000000, "usd"),
        ("Prices rose 40 percent this year.", 40, "percent"),
        ("Prices rose 62% this year.", 62, "percent"),
        ("The airport is about 40 kilometers from the border.", 40, "km"),
        ("The White House sent three military planes.", 3, "vehicles"),
        ("The storm destroyed 300 houses.", 300, "buildings"),
        ("Some 29 municipalities were cut off.", 29, "places"),
        ("Crews installed 52,000 new utility poles.", 52000, "poles"),
    ],
)
def test_units(doc: str, value: int, unit: str) -> None:
    found = [f for f in figures(doc) if f.number.value == value]
    assert len(found) == 1
    assert (found[0].category, found[0].unit) == (None, unit)


@pytest.mark.parametrize(
    ("doc", "text"),
    [
        ("The blast left more than 1,400 dead.", "more than 1,400 dead"),
        ("About 35,000 people have been killed.", "About 35,000 people"),
        ("The UN said 7,110 civilians killed was a low count.", "7,110 civilians killed"),
        ("Officials said 8,709 civilian deaths had been confirmed.", "8,709 civilian deaths"),
        ("Tens of thousands of Palestinians fled.", "Tens of thousands of Palestinians"),
        ("The toll rose to 2,417.", "2,417"),
    ],
)
def test_figure_text(doc: str, text: str) -> None:
    found = [f for f in figures(doc) if f.category]
    assert [f.text for f in found] == [text]
    assert doc[found[0].span[0] : found[0].span[1]] == text


@pytest.mark.parametrize(
    ("doc", "incremental"),
    [
        ("Rescuers said 27 more bodies were pulled from the rubble.", True),
        ("Another 12 people were killed overnight.", True),
        ("A further 30 people were wounded.", True),
        ("Officials said 1,052 more people than usual died.", False),  # a comparison
        ("Officials said 27 bodies were pulled from the rubble.", False),
    ],
)
def test_incremental(doc: str, incremental: bool) -> None:
    found = [f for f in figures(doc) if f.category]
    assert [f.incremental for f in found] == [incremental]


@pytest.mark.parametrize(
    ("doc", "field", "value"),
    [
        ("The quake killed 1,394 people in Nepal.", "place", "Nepal"),
        ("At least 61 people were killed in neighboring India.", "place", "India"),
        ("In Tacloban, 2,394 people died.", "place", "Tacloban"),
        ("Most of the 130 deaths were in the capital.", "place", "capital"),
        (
            "More than 1,400 people were killed in the October 7 attacks.",
            "event",
            "the October 7 attacks",
        ),
        ("Five people died in the market bombing.", "event", "the market bombing"),
        ("Around 6,505 people were injured in Saturday's quake.", "event", "Saturday's quake"),
        ("Eighteen people died in the avalanche.", "event", "the avalanche"),
        ("About 35,000 people have been killed since October 7.", "period", "since October 7"),
        ("Fighting killed 70 people over the past 24 hours.", "period", "over the past 24 hours"),
        ("At least nine children were among the dead.", "subgroup", "children"),
        ("The strike killed 45 people, five children among them.", "subgroup", None),
        ("Some 97 civilians had been killed.", "subgroup", "civilians"),
        ("Three journalists were killed.", "subgroup", "journalists"),
        ("At least 17 climbers died.", "subgroup", "climbers"),
        ("The quake killed 1,394 people.", "place", None),
        ("The toll rose to 300 on Tuesday.", "place", None),  # a weekday is no place
    ],
)
def test_scope(doc: str, field: str, value: str | None) -> None:
    found = [f for f in figures(doc) if f.category]
    assert found
    assert getattr(found[0].scope, field) == value


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # An adjective names the subgroup in the lexicon's plural.
        ("The office counted 8,709 civilian deaths.", [(8709, "civilians")]),
        # A tally of a subgroup: "the number of civilians killed".
        (
            "The number of civilians killed in the war has risen to 436, the committee said.",
            [(436, "civilians")],
        ),
        # A count joined to a subgroup's count shares it, even past a place.
        (
            "It confirmed 9,287 civilians killed in Ukraine and 16,384 injured.",
            [(9287, "civilians"), (16384, "civilians")],
        ),
        (
            "It confirmed 7,110 civilians killed and 11,547 injured.",
            [(7110, "civilians"), (11547, "civilians")],
        ),
        # ... but not when the second count names its own people.
        (
            "In all, 7,040 people died, including at least 54 foreigners, and at least 14,000 "
            "others were injured.",
            [(7040, None), (54, "foreigners"), (14000, None)],
        ),
        # A tally of people in general is no subgroup.
        ("The number of people killed rose to 300.", [(300, None)]),
    ],
)
def test_subgroup_cues(doc: str, expected: list[tuple[int, str | None]]) -> None:
    found = [f for f in figures(doc) if f.category]
    assert [(f.number.value, f.scope.subgroup) for f in found] == expected


def test_sub_count_has_its_own_subgroup() -> None:
    doc = "Officials said 45 people had been killed in that strike, five children among them."
    found = [f for f in figures(doc) if f.category]
    assert [(f.number.value, f.category, f.scope.subgroup) for f in found] == [
        (45, "killed", None),
        (5, "killed", "children"),
    ]


def test_only_the_sentence_is_read() -> None:
    doc = "The quake killed 300 people. Officials counted 40 trucks. Another 12 died."
    numbers = find_numbers(doc, LEX)
    second = (doc.index("Officials"), doc.index(" Another"))
    found = find_figures(doc, second, numbers, LEX)
    assert [(f.number.value, f.category, f.unit) for f in found] == [(40, None, "vehicles")]


def test_figures_sorted_and_spans_point_at_text() -> None:
    doc = (
        "About 35,000 people have been killed and 78,500 wounded in attacks since October 7, "
        "while 1.5 million fled and $100 million in aid arrived in 72 hours."
    )
    found = figures(doc)
    assert [f.span for f in found] == sorted(f.span for f in found)
    for f in found:
        assert doc[f.span[0] : f.span[1]] == f.text
        assert f.span[0] <= f.number.number_span[0] <= f.number.number_span[1] <= f.span[1]


words = st.sampled_from(
    [
        "killed",
        "dead",
        "wounded",
        "people",
        "said",
        "the",
        "toll",
        "rose",
        "to",
        "and",
        "in",
        "Gaza",
        "more than",
        "about",
        "1,400",
        "2.3m",
        "dozens of",
        "Tuesday",
        "\u00a0",
        ",",
        ".",
        "“",
        "”",
        "🙂",
        "1999",
        "72-hour",
        "at least",
        "of them",
        "missing",
        "houses",
        "$5",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(words, max_size=30))
def test_never_raises_and_spans_hold(parts: list[str]) -> None:
    doc = " ".join(parts)
    for f in figures(doc):
        assert doc[f.span[0] : f.span[1]] == f.text
        assert 0 <= f.span[0] <= f.span[1] <= len(doc)


@pytest.mark.parametrize(
    "text",
    [
        "At least 35 people were killed in the EARTHQUAKE in Nepal on Friday, police said.",
        "The air strikes killed 12 civilians, and 40 were wounded in the attack on Kyiv.",
        "More than 1,400 people died, officials said, in the fighting since October.",
        "The \u212aathmandu quake killed 9,000 people.",  # Kelvin sign: no word index
        "In the war, 20,000 soldiers were killed.",
    ],
)
def test_word_index_leaves_figures_unchanged(text: str) -> None:
    numbers = find_numbers(text, LEX)
    span = (0, len(text))
    with_index = find_figures(text, span, numbers, LEX, words=WordIndex(text))
    assert with_index == find_figures(text, span, numbers, LEX)
    assert any(f.scope.event for f in with_index) or "\u212a" in text or "died" in text


AMONG_ONE_PIECE = regex.compile(r"[^\S\n]+(?:were[^\S\n]+)?among(?!\w)", regex.I)


@given(
    st.lists(
        st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "were", "WERE", "among", "Among"])
        | st.sampled_from(["amongst", "wer", "amon", "x", "were\n"]),
        max_size=6,
    ).map("".join)
)
def test_among_reads_as_one_pattern(text: str) -> None:
    for pos in range(len(text) + 1):
        assert _among(text, pos) == bool(AMONG_ONE_PIECE.match(text, pos))


# A tally word that counts a thing named after "of" gives no casualty category, whatever
# toll the sentence names; its own number after "of" ("the estimate of about 30") keeps it.
TALLIES_OF: list[tuple[str, int, str | None]] = [
    (
        "The WHO, which puts the number of cases at nearly 11,000, said the toll was higher.",
        11000,
        None,
    ),
    ("The number of civilians killed rose to 40.", 40, "killed"),
    ("The toll rose to 40, past the estimate of about 30 that Lund gave.", 30, "killed"),
]


@pytest.mark.parametrize(("doc", "value", "category"), TALLIES_OF, ids=range(len(TALLIES_OF)))
def test_a_tally_of_something_else_counts_no_casualties(
    doc: str, value: int, category: str | None
) -> None:
    found = {c.figure.value: c.figure.category for c in extract(doc) if c.figure is not None}
    assert found.get(value) == category


# "up from" after a closing source still joins the count before: the source aside is passed.
def test_an_earlier_count_after_a_closing_source() -> None:
    doc = "The toll rose to 212, the ministry said on Monday, up from 164 reported last week."
    found = {c.figure.value: c.figure.category for c in extract(doc) if c.figure is not None}
    assert found == {212: "killed", 164: "killed"}
