"""Coreference of role nouns through extract(): "the governor", "the spokesman", "the agency".

Sentences are invented. A person named with a title in apposition ("Ana Lund, the region's
governor, ...") keeps the title, so a later "the governor" is her; a role noun at the start of
a sentence ("The spokesman said") reads as the same role noun inside one; a body referred back
to by a general noun ("the agency", "the organisation") is the body named last.
"""

from __future__ import annotations

import pytest

import claimtrack


def figure_sources(text: str) -> dict[str, str | None]:
    """Each figure's text and its source's name."""
    return {
        c.figure.text: c.who.name if c.who else None
        for c in claimtrack.extract(text)
        if c.kind == "figure" and c.figure is not None
    }


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        # a title in apposition after the name
        (
            "Ana Lund, the region's governor, visited the site on Monday. The governor said "
            "12 people were missing.",
            "12 people",
            "Ana Lund",
        ),
        (
            "Piet Maro, a spokesman for the Dunmore fire service, spoke to reporters. The "
            "spokesman said three people were hurt.",
            "three people",
            "Piet Maro",
        ),
        (
            "Kell police chief Dara Venn toured the harbour. Later the chief said 7 sailors "
            "were still missing.",
            "7 sailors",
            "Dara Venn",
        ),
        # a second person named in between does not take the first one's title
        (
            "Ana Lund, the region's governor, visited the site. Mayor Tim Ruiz said the road "
            "was closed. The governor said 12 people were missing.",
            "12 people",
            "Ana Lund",
        ),
        (
            "Mayor Tim Ruiz opened a shelter on Sunday. Ana Lund, the region's governor, "
            "visited the site. The mayor said 40 families had lost their homes.",
            "40 families",
            "Tim Ruiz",
        ),
        # a role noun opening the sentence: the last person, as inside a sentence
        (
            "Piet Maro spoke to reporters on Monday. The spokesman said 30 people were hurt.",
            "30 people",
            "Piet Maro",
        ),
    ],
)
def test_a_role_noun_is_the_person_who_holds_the_role(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


def test_an_indefinite_role_noun_is_someone_new() -> None:
    text = "Piet Maro spoke to reporters on Monday. A spokesman said 30 people were hurt."
    assert figure_sources(text)["30 people"] != "Piet Maro"


def test_the_title_in_apposition_is_the_sources_title() -> None:
    [claim] = [
        c
        for c in claimtrack.extract("Ana Lund, the region's governor, said 12 people died.")
        if c.kind == "statement"
    ]
    assert claim.who is not None
    assert (claim.who.name, claim.who.title) == ("Ana Lund", "the region's governor")


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        (
            "The Kell Health Organisation said 300 cases were confirmed. The agency said 12 "
            "patients had died.",
            "12 patients",
            "Kell Health Organisation",
        ),
        (
            "The Dunmore Relief Fund said 80 families had fled. The organisation said 14 "
            "people were missing.",
            "14 people",
            "Dunmore Relief Fund",
        ),
        # the body named last, not one named before it
        (
            "The Red Crescent said 60 people were hurt. Later the Kell Mining Company said 9 "
            "miners were trapped, and the company said 2 had died.",
            "2",
            "Kell Mining Company",
        ),
    ],
)
def test_a_general_noun_for_a_body_is_the_body_named_last(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a body's own modifier tells it from the body named before
        (
            "The health ministry said 60 people were hurt. The foreign ministry said 12 people "
            "had died.",
            "foreign ministry",
        ),
        # ... and finds the body whose name holds it
        (
            "Kell's Health Ministry said 60 people were hurt. The health ministry said 12 "
            "people had died.",
            "Kell's Health Ministry",
        ),
        (
            "The National Disaster Agency said 60 people were hurt. The disaster agency said 12 "
            "people had died.",
            "National Disaster Agency",
        ),
    ],
)
def test_a_body_s_modifier_must_be_in_the_name_it_refers_to(text: str, who: str) -> None:
    assert figure_sources(text)["12 people"] == who


def test_a_particular_body_is_not_another_kind_of_body() -> None:
    # "the ministry" names a kind of body: not the Red Crescent named before
    text = "The Red Crescent said 60 people were hurt. The ministry said 12 people had died."
    assert figure_sources(text)["12 people"] != "Red Crescent"


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        # any titled person is "the official"
        (
            "Kell defence spokesman Ivo Tal spoke on Monday. The official said 5 soldiers "
            "were wounded.",
            "5 soldiers",
            "Ivo Tal",
        ),
        # a name's suffix is not its surname
        (
            "President Tomas Reyes III toured Dunmore on Monday. Reyes said 80 people had died.",
            "80 people",
            "Tomas Reyes III",
        ),
    ],
)
def test_people_referred_back_to(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


def test_a_role_noun_of_another_title_is_not_the_last_person() -> None:
    text = "President Tomas Reyes toured Dunmore on Monday. The governor said 80 people died."
    assert figure_sources(text)["80 people"] != "Tomas Reyes"


def test_a_described_body_is_not_the_body_named_last() -> None:
    text = (
        "The Dunmore Relief Fund said 80 families had fled. The national disaster agency's "
        "count stood at 14 dead."
    )
    assert figure_sources(text)["14 dead"] != "Dunmore Relief Fund"


def test_a_suffix_is_not_part_of_the_canonical_name() -> None:
    [claim] = [
        c
        for c in claimtrack.extract("President Tomas Reyes III said 80 people had died.")
        if c.kind == "statement"
    ]
    assert claim.who is not None
    assert claim.who.canonical == "tomas reyes"


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        # a body described, then named in apposition
        (
            "The Kell children's agency, KESA, said 1,200 children had been displaced.",
            "1,200 children",
            "KESA",
        ),
        (
            "The UN refugee agency, UNHCR, said 4,000 people had fled. The agency said 40 "
            "shelters were full.",
            "4,000 people",
            "UNHCR",
        ),
        # a person named in apposition after "according to" and a role
        (
            "According to the mayor, Piet Maro, 12 people were missing.",
            "12 people",
            "Piet Maro",
        ),
        (
            "According to the mayor, Piet Maro, 12 homes were destroyed. Maro said 3 people "
            "were missing.",
            "3 people",
            "Piet Maro",
        ),
        (
            "At least 14 people died, according to a hospital spokeswoman, Dana Kell.",
            "At least 14 people",
            "Dana Kell",
        ),
    ],
)
def test_a_name_in_apposition_is_the_source(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        # asides with commas of their own between a name and its verb
        (
            "Ana Ruiz, 67, a retired nurse in Dunmore, Kell, said 12 people died.",
            "12 people",
            "Ana Ruiz",
        ),
        (
            "Tim Lund, a Republican and former mayor who became governor in 2014, said 9 "
            "people died.",
            "9 people",
            "Tim Lund",
        ),
        (
            "Sen. Mara Quist, R-Kell, a long-shot candidate, said 4 people died.",
            "4 people",
            "Mara Quist",
        ),
        # a name in apposition after what hangs on a role
        (
            "The agency's representative in Kell, Dr. Nima Abid, put the toll at 459 dead.",
            "459 dead",
            "Nima Abid",
        ),
    ],
)
def test_asides_between_a_name_and_its_verb(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


def test_an_indefinite_apposition_describes_and_names_no_one() -> None:
    text = "The Kell senator, a Republican, said 12 people were detained."
    assert figure_sources(text)["12 people"] == "Kell senator"


def test_a_list_of_bodies_is_no_apposition() -> None:
    text = "The ministry, UNICEF and the Red Cross said 300 people had fled."
    assert figure_sources(text)["300 people"] != "UNICEF"


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        (
            "Rescue workers reached the village on Monday. They said 14 bodies had been recovered.",
            "14 bodies",
            "Rescue workers",
        ),
        (
            "Firefighters battled the blaze through the night. They said 6 people were hurt.",
            "6 people",
            "Firefighters",
        ),
        # the subject, not the object, is who "they" goes back to
        (
            "Kell officials thanked the firefighters on Monday. They said 6 people were hurt.",
            "6 people",
            "Kell officials",
        ),
    ],
)
def test_they_is_the_group_named_last(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


def test_it_is_a_body_not_a_group_of_people() -> None:
    text = (
        "The Kell relief office, which counts the dead only after local officials file "
        "reports, put the toll at 229 on Sunday. On Saturday it had reported 138 dead."
    )
    assert figure_sources(text)["138 dead"] == "Kell relief office"


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        (
            "A coalition of Kell senators said 12 people were detained.",
            "12 people",
            "Kell senators",
        ),
        ("Dozens of aid workers said 300 families had fled.", "300 families", "aid workers"),
        (
            "A group of Dunmore residents said 40 people were missing.",
            "40 people",
            "Dunmore residents",
        ),
        # a named body with "of" inside is the body; a title with "of" is the person
        (
            "The Alliance of Coastal Towns said 12 people died.",
            "12 people",
            "Alliance of Coastal Towns",
        ),
        ("Officials in the capital said 40 people had fled.", "40 people", "Officials"),
        # a number or a quantifier before "of" and a group, possessor and all
        ("Two of the Kell doctors said 12 patients died.", "12 patients", "Kell doctors"),
        ("Both of the town's rival clans said 9 men were arrested.", "9 men", "rival clans"),
        (
            "Some of Dunmore's officials said 40 people had fled.",
            "40 people",
            "Dunmore's officials",
        ),
        ("Three of the nurses said 5 patients were hurt.", "5 patients", "nurses"),
    ],
)
def test_the_people_a_collective_gathers_are_the_source(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        # a document from a body speaks for it
        (
            "According to a statement from the Kell army, 30 fighters were killed.",
            "30 fighters",
            "Kell army",
        ),
        (
            "A report from the Dunmore agency said 40 people were missing.",
            "40 people",
            "Dunmore agency",
        ),
        ("Figures from the Kell ministry showed 40 people had died.", "40 people", "Kell ministry"),
    ],
)
def test_a_document_from_a_body_speaks_for_it(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        # a role noun that does something, then a pronoun that speaks
        ("The governor toured the dam. She said 20 people had died.", "20 people", "governor"),
        (
            "A police spokesman visited the scene on Monday. He said 4 people were hurt.",
            "4 people",
            "police spokesman",
        ),
        # after a time that opens the sentence
        (
            "The mayor met the families. Later he said 9 people were missing.",
            "9 people",
            "mayor",
        ),
    ],
)
def test_a_pronoun_refers_to_a_role_noun_that_acted(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


def test_a_pronoun_with_no_person_before_it_has_no_source() -> None:
    # "the dam" and "the report" are no persons: "he" has nobody to refer to
    assert figure_sources("The dam failed on Monday. He said 20 people had died.") == {
        "20 people": None
    }


# A body named as the subject of any verb is there for a later "it" or "the agency".
BODIES = [
    (
        "The Orsk interior ministry issued a statement on Monday. It said 9 people were arrested.",
        "9 people",
        "Orsk interior ministry",
    ),
    (
        "The Kell Water Authority inspected the dam. It said 40 homes were flooded and 3 "
        "people drowned.",
        "3 people",
        "Kell Water Authority",
    ),
    # a body named after an earlier one is the one "it" means
    (
        "The agency said 12 were missing. The Dorva health ministry later published its "
        "figures. It said 31 people had died.",
        "31 people",
        "Dorva health ministry",
    ),
    # a person named between is no antecedent of "it"
    (
        "The Pell fire service sent crews to the coast. Chief Ina Sorr visited the site. It "
        "said 6 people were hurt.",
        "6 people",
        "Pell fire service",
    ),
]


@pytest.mark.parametrize(("text", "figure", "who"), BODIES, ids=[r[2] for r in BODIES])
def test_a_named_body_is_there_for_it(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


# Each of two people named together where no one speaks is known by name for a later surname.
def test_each_of_two_people_named_together_is_known_by_name() -> None:
    text = "The ministry praised Dr. Ana Ruiz and Tim Lund. Lund said 12 patients had died."
    last = [c for c in claimtrack.extract(text) if c.kind == "statement"][-1]
    assert last.who is not None
    assert last.who.name == "Tim Lund"


# "the report" is the body's that said it "in its report", not the next speaker's in the
# sentence (the document goes with the reporting verb nearest to it).
ISSUED = [
    (
        "The toll rose to 40, the Kell agency said in its daily report on Monday, as "
        "forecasters warned of more rain. Of the dead, 30 were in Dorn, the report said.",
        "Kell agency",
    ),
    (
        "In its weekly bulletin, the Dorn health office said 12 people had died, while "
        "aid workers warned of cholera. The bulletin said 8 of them were children.",
        "Dorn health office",
    ),
]


@pytest.mark.parametrize(("text", "who"), ISSUED, ids=[r[1] for r in ISSUED])
def test_a_document_is_the_body_s_that_spoke_through_it(text: str, who: str) -> None:
    last = [c for c in claimtrack.extract(text) if c.kind == "statement"][-1]
    assert last.who is not None
    assert last.who.name == who


# A person named where no one speaks is known by name for a later surname, but is not the
# last person "he" or "the official" means.
KNOWN = [
    (
        "The minister thanked Ivo Moss for his work. Moss said 14 children were hurt.",
        "14 children",
        "Ivo Moss",
    ),
    (
        "Police arrested Ivo Moss, 34, on Monday. Moss told the court 3 people were hurt.",
        "3 people",
        "Ivo Moss",
    ),
    (
        "Ana Velt, the health minister, and her deputy, Ivo Moss, briefed reporters. Moss said "
        "14 children were hurt.",
        "14 children",
        "Ivo Moss",
    ),
    ("Piet Lund thanked Ivo Moss. He said 14 children were hurt.", "14 children", "Piet Lund"),
    # a person only named does not stop a role from opening the text's people
    (
        "Police arrested Ivo Moss on Monday. The governor toured the site. She said 4 people died.",
        "4 people",
        "governor",
    ),
]


@pytest.mark.parametrize(("text", "figure", "who"), KNOWN, ids=[r[0][:30] for r in KNOWN])
def test_a_person_named_as_an_object_is_known_by_surname(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


# "I" and "we" inside what someone says are that speaker; outside anyone's words, the writer.
FIRST_PERSON = [
    ("We have counted 57 dead, the mayor of Orvik said.", "57 dead", "mayor of Orvik"),
    ("\u2018We have counted 57 dead,\u2019 Mayor Ivo Lind said.", "57 dead", "Ivo Lind"),
    ("Ana Ruiz said: 'I have seen 40 bodies in the village.'", "40 bodies", "Ana Ruiz"),
    ("We counted 12 dead in the village of Orvik.", "12 dead", None),
    ("I saw 30 injured people at the Kell clinic.", "30 injured people", None),
]


@pytest.mark.parametrize(
    ("text", "figure", "who"), FIRST_PERSON, ids=[r[0][:30] for r in FIRST_PERSON]
)
def test_first_person_inside_what_someone_says_is_the_speaker(
    text: str, figure: str, who: str | None
) -> None:
    assert figure_sources(text)[figure] == who


# A body named where it does not speak, in a title or after a preposition, is the one a later
# "the ministry", "the agency" or "the organisation" refers back to; "it" is not.
BODIES_IN_PASSING = [
    (
        "A spokesman for the Orvan Health Ministry said 22 people died. The ministry later "
        "raised the toll to 31.",
        "31",
        "Orvan Health Ministry",
    ),
    (
        "Ivo Lind, who heads the Tarsk Relief Agency, said 22 people died. The agency later "
        "raised the toll to 31.",
        "31",
        "Tarsk Relief Agency",
    ),
    (
        "Officials at the Kell Mining Company said 9 workers died. The company later raised "
        "the toll to 11.",
        "11",
        "Kell Mining Company",
    ),
    (
        "Lena Moss of the Varn Red Cross said 22 people died. The organisation later raised "
        "the toll to 31.",
        "31",
        "Varn Red Cross",
    ),
    # "it" is the body that spoke or acted, not one only named
    (
        "The ministry criticised the Kell Relief Agency. It said 40 people died.",
        "40 people",
        "ministry",
    ),
    # a dateline names no body
    ("OSTRAVA (AP) \u2014 The government said 12 people died.", "12 people", "government"),
]


@pytest.mark.parametrize(
    ("text", "figure", "who"), BODIES_IN_PASSING, ids=[r[0][:30] for r in BODIES_IN_PASSING]
)
def test_a_body_named_in_passing_is_the_one_a_role_noun_means(
    text: str, figure: str, who: str
) -> None:
    assert figure_sources(text)[figure] == who


OBJECT_PRONOUNS = [
    (
        "Dr. Sara Quill works at the Kell clinic. According to her, 26 patients died overnight.",
        "26 patients",
        "Sara Quill",
    ),
    (
        "Rescue teams reached Orvik on Monday. According to them, 14 people died.",
        "14 people",
        "Rescue teams",
    ),
    ("According to him, 14 people died in Orvik.", "14 people", None),
]


@pytest.mark.parametrize(
    ("text", "figure", "who"), OBJECT_PRONOUNS, ids=[r[0][:30] for r in OBJECT_PRONOUNS]
)
def test_a_pronoun_after_according_to_refers_back(text: str, figure: str, who: str | None) -> None:
    assert figure_sources(text)[figure] == who


def test_a_general_body_noun_is_not_the_body_its_own_sentence_named() -> None:
    # in one sentence the writer would say "its count"; "the agency" is another body
    text = "The Orsk Red Cross said 70 people had died, contradicting the agency's count of 61."
    assert figure_sources(text)["61"] == "agency"
    # in the next sentence it refers back
    text = "The Kell Relief Agency said 22 people died. The agency later raised the toll to 31."
    assert figure_sources(text)["31"] == "Kell Relief Agency"


# Another word for a title's head ("chief" for "head", "spokeswoman" for "spokesman") refers
# back to the person with that title when the role's other words are in it too.
TITLE_SYNONYMS = [
    (
        "Mara Quist, head of the Tarsk Disaster Agency, visited Orvik. The agency chief said "
        "19 people were missing.",
        "19 people",
        "Mara Quist",
    ),
    (
        "Ivo Lind, chairman of the Kell council, toured the dam. The council chair said 4 "
        "people died.",
        "4 people",
        "Ivo Lind",
    ),
    # another body's chief is someone else
    (
        "Mara Quist, head of the Tarsk Disaster Agency, visited Orvik. The police chief said "
        "19 people were missing.",
        "19 people",
        "police chief",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "who"), TITLE_SYNONYMS, ids=[r[0][:30] for r in TITLE_SYNONYMS]
)
def test_another_word_for_a_title_refers_back(text: str, figure: str, who: str) -> None:
    assert figure_sources(text)[figure] == who


# --- a general noun with words that only describe it: "the rights group", "the UN agency" ---
DESCRIBED_BODIES = [
    (
        "Amnesty International said 40 people had been detained. "
        "The rights group said 12 of them were children.",
        "Amnesty International",
    ),
    (
        "The Tarn Food Programme sent trucks to Kell. The UN agency said 30 people had died.",
        "Tarn Food Programme",
    ),
    (
        "The Kestrian Red Crescent opened two clinics. "
        "The relief agency said 15 people were injured.",
        "Kestrian Red Crescent",
    ),
    (
        "The Vessa Relief Council sent teams to Kell. "
        "The London-based charity said 40 people had died.",
        "Vessa Relief Council",
    ),
    # a modifier that names: a body of its own
    (
        "The Vessa Relief Group sent teams to Kell. "
        "The national disaster agency said 40 people had died.",
        "national disaster agency",
    ),
    (
        "The Vessa Relief Group sent teams to Kell. The Kell agency said 40 people had died.",
        "Kell agency",
    ),
    # a person is no group
    ("Tomas Lind said the dam held. The rights group said 40 people had died.", "rights group"),
]


@pytest.mark.parametrize(("text", "who"), DESCRIBED_BODIES)
def test_a_described_body_refers_back_to_the_body_named_last(text: str, who: str) -> None:
    figures = [c for c in claimtrack.extract(text, published="2024-03-01") if c.kind == "figure"]
    assert figures[-1].who is not None
    assert figures[-1].who.name == who


# A role or a body named only by its owner keeps the owner in its name, and speaks for it
# across documents: "Germany's foreign minister" then "Germany's government" is one actor.
OWNED = [
    ("Vell's foreign minister said 40 people had died.", "Vell's foreign minister"),
    (
        "The Orsk Republic's health ministry said 40 people had died.",
        "Orsk Republic's health ministry",
    ),
    ("The Tarn Islands' coast guard said 6 people were missing.", "Tarn Islands' coast guard"),
    # a named person keeps their name
    ("Vell's foreign minister, Tomas Lind, said 40 people had died.", "Tomas Lind"),
]


@pytest.mark.parametrize(("text", "who"), OWNED)
def test_an_owned_role_or_body_is_named_with_its_owner(text: str, who: str) -> None:
    figures = [c for c in claimtrack.extract(text, published="2024-03-01") if c.kind == "figure"]
    assert figures[0].who is not None
    assert figures[0].who.name == who


def test_an_owned_role_and_the_owner_s_government_are_one_actor() -> None:
    texts = [
        ("Germany's foreign minister said that his country opposes sending tanks.", "2024-01-08"),
        ("Germany's government said on Friday that it would send tanks to Ukraine.", "2024-02-03"),
    ]
    claims = [
        c
        for i, (text, day) in enumerate(texts)
        for c in claimtrack.extract(text, published=day, doc_id=f"d{i}")
    ]
    shifts = [f for f in claimtrack.reconcile(claims) if f.kind == "stance_shift"]
    assert len(shifts) == 1
    assert (
        "from oppose on 8 Jan 2024 (Germany's foreign minister) to support" in shifts[0].explanation
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Kell interior ministry said 2,946 people had died. The updated breakdown "
            "showed 1,684 deaths in Orsk.",
            "1,684 deaths",
        ),
        (
            "The Kell interior ministry said 2,946 people had died. Its latest figures showed "
            "1,684 deaths in Orsk.",
            "1,684 deaths",
        ),
    ],
)
def test_a_document_no_one_is_named_for_is_the_last_speakers(text: str, figure: str) -> None:
    assert figure_sources(text)[figure] == "Kell interior ministry"


def test_a_document_with_a_name_of_its_own_is_not_another_s() -> None:
    text = (
        "The Kell interior ministry said 2,946 people had died. A Dorn Times survey showed "
        "1,684 deaths in Orsk."
    )
    assert figure_sources(text)["1,684 deaths"] != "Kell interior ministry"
