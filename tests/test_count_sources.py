"""A count named by the body that keeps it: "the KDMA data show", "Vell Health Ministry figures".

A noun for a count or a record ("data", "figures", "tally", "report") after a name is the body's
count, so the figure's source is the body, and an acronym the document spelled out before
resolves to the full name. Every name here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack


def figure_sources(text: str) -> dict[float, str | None]:
    """Each figure's value and the name of its source (None: the writer's own)."""
    return {
        c.figure.value: c.who.name if c.who else None
        for c in claimtrack.extract(text)
        if c.kind == "figure" and c.figure is not None
    }


ROWS = [
    ("Kestria has lost 120 people since May, the KDMA data show.", "KDMA"),
    ("Kestria has lost 120 people since May, KDMA data show.", "KDMA"),
    ("Marsh Institute data show that 12 people were injured.", "Marsh Institute"),
    ("The latest Tarn Relief Agency data put the dead at 30.", "Tarn Relief Agency"),
    ("Vell Health Ministry figures show 45 people died in the clashes.", "Vell Health Ministry"),
    ("The KDMA figures showed 3,000 people had fled the town.", "KDMA"),
    ("The Marsh Institute tally puts the dead at 30.", "Marsh Institute"),
    # a verb of evidence before "that" after a name is the verb, not a noun of the name
    (
        "Figures compiled by the Kell Observatory show that 900 civilians have been killed.",
        "Kell Observatory",
    ),
    # a plural noun named by a place is still a group of people
    ("Kell officials said 12 people died.", "Kell officials"),
    ("Tarn residents said 40 people were missing.", "Tarn residents"),
]


@pytest.mark.parametrize(("text", "who"), ROWS)
def test_the_body_that_keeps_a_count_is_its_source(text: str, who: str) -> None:
    figures = [c for c in claimtrack.extract(text, published="2024-03-01") if c.kind == "figure"]
    assert figures, text
    assert figures[0].who is not None
    assert figures[0].who.name == who
    start, end = figures[0].who.span
    assert text[start:end] == figures[0].who.text


def test_an_acronym_spelled_out_before_resolves_to_the_full_name() -> None:
    text = (
        "The Kestrian Disaster Management Agency (KDMA) said 35 people died on Monday. "
        "By Friday, 120 had died, KDMA data show."
    )
    claims = claimtrack.extract(text, published="2024-03-01")
    whos = {c.figure.value: c.who.name for c in claims if c.figure and c.who}
    full = "Kestrian Disaster Management Agency"
    assert whos == {35: full, 120: full}


# A body's count that gives its figure after "of" or "at" is the owner's, wherever the phrase
# stands, and inside another source's words too.
OWNED_OF = [
    (
        "The Orsk Red Cross said 70 people had died, above the ministry's toll of 61.",
        61,
        "ministry",
    ),
    ("Lena Moss cited the Kell agency's estimate of about 300 dead.", 300, "Kell agency"),
    ("The ministry's count of 61 dead was disputed by the Orsk Red Cross.", 61, "ministry"),
    ("The Orsk Red Cross said 70 people had died.", 70, "Orsk Red Cross"),
    # ... but a count a verb of counting puts is its subject's, whoever owns the noun
    ("The agency put the country's toll at 4,156 on Monday.", 4156, "agency"),
    # who gave a figure other than the one reported, after "given by": that figure's only
    (
        "The Orsk Red Cross said 900 people had been killed, twice the figure given by the "
        "authorities in the east.",
        900,
        "Orsk Red Cross",
    ),
    ("The toll given by the Kell ministry stood at 40.", 40, "Kell ministry"),
    ("Figures compiled by the Kell ministry show 40 people died.", 40, "Kell ministry"),
]


@pytest.mark.parametrize(("text", "value", "who"), OWNED_OF, ids=[r[0][:30] for r in OWNED_OF])
def test_an_owned_count_of_a_figure_is_the_owners(text: str, value: int, who: str) -> None:
    assert figure_sources(text)[value] == who


# A capitalised preposition inside a name keeps the name whole ("Doctors Without Borders");
# where a sentence or a clause could open with it, it is a preposition.
NAMED_PREPOSITIONS = [
    ("Doctors Without Borders said 25 patients had died.", "Doctors Without Borders"),
    ("Reporters Without Frontiers said 4 journalists were killed.", "Reporters Without Frontiers"),
    ("Mothers Against Floods said 12 people were missing.", "Mothers Against Floods"),
    ("Without power for days, Kell officials said 40 people died.", "Kell officials"),
    # a capitalised adjective that opens a name of capitalised words
    ("Human Rights Vigil said 40 people were detained.", "Human Rights Vigil"),
    ("Civil Rescue Watch said 12 people were missing.", "Civil Rescue Watch"),
    # ... but not a descriptor before a person's name
    ("Republican Lund said 40 people died.", "Lund"),
    ("American Tom Lund said 40 people died.", "Tom Lund"),
    ("Former President Lund said 40 people died.", "Lund"),
]


@pytest.mark.parametrize(("text", "who"), NAMED_PREPOSITIONS)
def test_a_capitalised_preposition_inside_a_name(text: str, who: str) -> None:
    figures = [c for c in claimtrack.extract(text, published="2024-03-01") if c.kind == "figure"]
    assert figures[0].who is not None
    assert figures[0].who.name == who


# A source that closes a count's clause: the part of the count after it is the source's too,
# and a phrase after its verb's modifiers is no second thing said.
CLOSING = [
    (
        "Cyclone Tarn killed 145 people in Dorn, Kell's junta said on Friday, among them 117 "
        "members of the Orsk minority.",
        {145: "Kell's junta", 117: "Kell's junta"},
    ),
    (
        "The toll rose to 40, the ministry said on Monday, including 12 children.",
        {40: "ministry", 12: "ministry"},
    ),
    ("Forty people died across the state, said a farmer.", {40: "farmer"}),
    # a participle or a subordinate clause after the closing source: what was said is before
    (
        "Floods killed 1,300 people in Orsk, the Kell relief office said on Friday, citing "
        "the Red Crescent, as rescuers kept digging.",
        {1300: "Kell relief office"},
    ),
    # a second predicate of the speaker, after a clause read from its report
    (
        "The Kell relief office said 100 people were missing in the city and counted a "
        "further 17 deaths in the east.",
        {100: "Kell relief office", 17: "Kell relief office"},
    ),
    # ", with N others missing" after a closing source goes on with it; "people confirmed
    # dead" is who was confirmed, no one who confirms
    (
        "The number of people confirmed dead rose to 688 on Sunday, the Kell police agency "
        "said, with 642 others missing and 1,570 injured.",
        {688: "Kell police agency", 642: "Kell police agency", 1570: "Kell police agency"},
    ),
    # ... but a clause of the writer's own after the source is not the source's
    ("The dam held, the mayor said on Monday, as 12 people were hurt in Dorn.", {12: None}),
]


@pytest.mark.parametrize(("text", "whos"), CLOSING, ids=[r[0][:30] for r in CLOSING])
def test_a_closing_source_covers_the_parts_after_it(text: str, whos: dict[int, str]) -> None:
    assert figure_sources(text) == whos


# A breakdown by place goes on with the count before; a place that confirms a count alone is
# its own source.
BREAKDOWN = [
    (
        "The Kell police agency says 13,013 people have died. By prefecture, Orsk has "
        "confirmed 8,069 deaths, Tarn 3,813 and Dorn 1,092.",
        {
            13013: "Kell police agency",
            8069: "Kell police agency",
            3813: "Kell police agency",
            1092: "Kell police agency",
        },
    ),
    (
        "The Kell police agency says 13,013 people have died. Orsk has confirmed 8,069 deaths.",
        {13013: "Kell police agency", 8069: "Orsk"},
    ),
]


@pytest.mark.parametrize(("text", "whos"), BREAKDOWN, ids=[r[0][60:90] for r in BREAKDOWN])
def test_a_breakdown_by_place_goes_on_with_the_count(text: str, whos: dict[int, str]) -> None:
    assert figure_sources(text) == whos


# The sentence after a count in the writer's voice names who gave it.
GIVEN_BACK = [
    (
        "A blast killed at least 113 people and injured nearly 4,000 in Kell on Tuesday. "
        "Health Minister Ana Ruiz gave the updated figures on Wednesday evening.",
        {113: "Ana Ruiz", 4000: "Ana Ruiz"},
    ),
    (
        "Floods killed 40 people in Orsk. The Dorn relief office released its latest figures "
        "on Monday.",
        {40: "Dorn relief office"},
    ),
    # ... not over a source the sentence names, nor for a count of its own
    (
        "The flood killed 40 people, the Red Cross said. The ministry gave its own figures on "
        "Tuesday.",
        {40: "Red Cross"},
    ),
    (
        "The flood killed 40 people. The ministry put the toll at 45 on Tuesday.",
        {40: None, 45: "ministry"},
    ),
]


@pytest.mark.parametrize(("text", "whos"), GIVEN_BACK, ids=[r[0][:30] for r in GIVEN_BACK])
def test_who_gave_the_figures_of_the_sentence_before(text: str, whos: dict[int, str]) -> None:
    assert figure_sources(text) == whos


# The number a count is compared with, after the verb that gave the count, is the same
# source's ("99 had died, the governor said, up from 96 on Monday"); another source's clause
# after the verb is not ("..., while rescuers put it at 120").
COMPARED_AFTER_THE_VERB = [
    (
        "By evening, 99 people had been confirmed dead, Gov. Ana Lind said, up from 96 on Monday.",
        {99: "Ana Lind", 96: "Ana Lind"},
    ),
    (
        "The death toll rose to 99, the ministry said on Tuesday, up from 96 on Monday.",
        {99: "ministry", 96: "ministry"},
    ),
    (
        "The death toll rose to 99, the ministry said, while rescuers put it at 120.",
        {99: "ministry", 120: "rescuers"},
    ),
]


@pytest.mark.parametrize(("text", "whos"), COMPARED_AFTER_THE_VERB)
def test_the_number_compared_after_the_verb_is_the_same_sources(
    text: str, whos: dict[int, str]
) -> None:
    assert figure_sources(text) == whos


# "According to X, citing Y, ...": X gives the count, Y is where it comes from, as in "X,
# citing Y, said ..."; a speaker inside what X relays keeps what it cites.
RELAYED = [
    (
        "According to the Kell relief office, citing the health ministry, 178 people were killed.",
        ("Kell relief office", "health ministry"),
    ),
    (
        "The Kell relief office, citing the health ministry, said 178 people were killed.",
        ("Kell relief office", "health ministry"),
    ),
    (
        "According to the Kell relief office, which cites the health ministry, 178 people died.",
        ("Kell relief office", "health ministry"),
    ),
    (
        "The Kell relief office, which cites the health ministry, said 178 people were killed.",
        ("Kell relief office", "health ministry"),
    ),
    (
        "According to the Courier, Ivo Lund, citing police records, said 178 people had died.",
        ("Ivo Lund", "police records"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED)
def test_what_a_relaying_source_cites_is_the_origin(text: str, expected: tuple[str, str]) -> None:
    (claim,) = [c for c in claimtrack.extract(text) if c.kind == "figure"]
    assert claim.who is not None
    assert claim.origin is not None
    assert (claim.who.name, claim.origin.name) == expected


# A count in words is a count: "put the toll at six" gives a figure its verb's subject gave, as
# "at 16" does; "put pressure on" gives none. A body described, then named by a name of its
# own set off by commas, is that name.
WORDS_AND_NAMES = [
    ("Mayor Ana Lind put the death toll at six.", {6: "Ana Lind"}),
    ("In nearby Tesk, hit by a second strike, the mayor put the toll at nine.", {9: "mayor"}),
    ("The agency put the number of missing at dozens.", {24: "agency"}),
    ("The agency raised the toll to nine on Friday.", {9: "agency"}),
    ("The governor put the number of dead at more than a dozen.", {12: "governor"}),
    (
        "A local rights group, Voices of Varn, said 600 people had been arrested.",
        {600: "Voices of Varn"},
    ),
    ("A local charity, Hope for Tesk, put the number of dead at 60.", {60: "Hope for Tesk"}),
    # a person set off after a body's officer is that person
    ("The Kell Union Commission chairperson, Ana Lind, said 40 people died.", {40: "Ana Lind"}),
]


@pytest.mark.parametrize(
    ("text", "whos"), WORDS_AND_NAMES, ids=[r[0][:30] for r in WORDS_AND_NAMES]
)
def test_counts_in_words_and_bodies_named_after_a_description(
    text: str, whos: dict[int, str]
) -> None:
    assert figure_sources(text) == whos


@pytest.mark.parametrize(
    "text",
    [
        "The minister put pressure on the rebels.",
        "The victory gives her two wins to one in the race.",
        "The party raised the bar to eight states.",
    ],
)
def test_a_count_verb_with_no_count_is_no_statement(text: str) -> None:
    assert not [c for c in claimtrack.extract(text) if c.kind == "statement"]


# An unnamed belief ("is believed to", "is thought to") inside someone's words is theirs to
# tell; alone it has no source.
BELIEFS = [
    ("The militia is believed to be holding about 60 captives, Lind said.", {60: "Lind"}),
    ("At least 40 people are thought to have died, the agency said on Monday.", {40: "agency"}),
    ("The militia is believed to be holding about 60 captives.", {60: None}),
    ("Kidnappers snatched 15 aid workers in northern Velmora, the agency said.", {15: "agency"}),
    # a toll in a relative clause is the source's count; an event's toll there is background
    (
        "The death toll, which stood at 78 on Thursday, is expected to rise, officials said.",
        {78: "officials"},
    ),
    ("The quake, which left 1,400 dead, was the worst in decades, officials said.", {1400: None}),
]


@pytest.mark.parametrize(("text", "whos"), BELIEFS, ids=[r[0][:30] for r in BELIEFS])
def test_an_unnamed_belief_in_someones_words_is_theirs(
    text: str, whos: dict[int, str | None]
) -> None:
    assert figure_sources(text) == whos
