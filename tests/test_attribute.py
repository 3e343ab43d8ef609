"""attribute/read.py through extract(): statement claims with cue, content, source and direct.

Sentences are invented. Each row: the text, the cue expected, the source's ``who.name`` and
the content; negative rows expect no statement at all.
"""

from __future__ import annotations

import pytest

import claimtrack


def statements(text: str) -> list[claimtrack.Claim]:
    return [c for c in claimtrack.extract(text) if c.kind == "statement"]


def one(text: str) -> tuple[str, str | None, str | None, bool]:
    [claim] = statements(text)
    att = claim.attribution
    assert att is not None
    return (
        att.cue.text,
        claim.who.name if claim.who else None,
        att.content.text if att.content else None,
        att.direct,
    )


ROWS = [
    (
        "The Coastal Relief Agency said 140 homes were flooded.",
        "said",
        "Coastal Relief Agency",
        "140 homes were flooded",
        False,
    ),
    (
        "\u201cThe levee held,\u201d said Petra Lind, a nurse.",
        "said",
        "Petra Lind",
        "\u201cThe levee held,\u201d",
        True,
    ),
    (
        "According to the port authority, 12 cranes fell.",
        "According to",
        "port authority",
        "12 cranes fell",
        False,
    ),
    (
        "Twelve cranes fell, according to the port authority.",
        "according to",
        "port authority",
        "Twelve cranes fell",
        False,
    ),
    ("Lund has pledged to back the treaty.", "pledged", "Lund", "to back the treaty", False),
    ("Mara Quist criticized the plan.", "criticized", "Mara Quist", "the plan", False),
    ("A spokesman called the attack a crime.", "called", "spokesman", "the attack a crime", False),
    (
        "Lund made clear that the port would stay shut.",
        "made clear",
        "Lund",
        "the port would stay shut",
        False,
    ),
    (
        "The mayor's reply: \u201cWe were never told.\u201d",
        ":",
        "mayor",
        "\u201cWe were never told.\u201d",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "cue", "who", "content", "direct"), ROWS, ids=[r[0][:40] for r in ROWS]
)
def test_statement(text: str, cue: str, who: str, content: str, direct: bool) -> None:
    got = one(text)
    assert got[0] == cue
    assert got[1] is not None
    assert who in got[1]
    assert got[2] == content
    assert got[3] is direct


NOTHING = [
    "The river continued to rise.",  # a quoting verb without a quotation
    "The storm, said to be the worst in years, passed.",  # a passive report
    "The crews need more pumps.",  # no verb of saying with a clause
    "That makes 30 states with new laws.",  # a noun, not a verb
    "Sales of the phone rose 4 percent.",
    "I think the dam will hold this year.",  # the writer's own voice, not a source
    "You know the river is rising.",
    "Eight state legislators met in Salem last week.",  # "state" before a noun
    "The senator won all the battleground states.",  # a plural noun at the end
    # a plural noun after an adjective or before a relative clause, never a verb of saying
    "Lund courted voters in Northern states like Verland and Ostmark.",
    "Aid went to increasingly remote states that have no airport.",
    "The party holds several rural states in 2026, which worries its leaders.",
    # "maintained a lead", "opened up a gap": another sense than saying
    "The Harbour Party maintained a narrow lead in the polls.",
    "Mara Quist opened up a wide gap over her rivals.",
    # who made a thing, not what anyone said
    "A survey conducted by the Verland Institute covered 900 homes.",
    # a thing and the name it goes by
    "Lund founded a group called Citizens for Kell in 2019.",
    "Tim Lund, organizer of a group called Citizens for Kell, drew a crowd.",
    "The campaign paid $30,000 to a firm called Harbour Analytics last year.",
    "The money went to a firm called Harbour Analytics, which builds voter files.",
    "She joined a blog named \u201cThe Feed\u201d last year.",
    # a participle between a possessor and its noun is an adjective
    "The council stopped short of accepting the envoy's updated proposal.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_statement(text: str) -> None:
    assert statements(text) == []


def test_a_pronoun_resolves_to_the_person_named_before() -> None:
    text = "Inspector Hana Vole toured the dam on Monday. She said the spillway held."
    [claim] = statements(text)
    assert claim.who is not None
    assert (claim.who.name, claim.who.text) == ("Hana Vole", "She")


def test_a_pronoun_with_nobody_to_refer_to_gives_no_source() -> None:
    [claim] = statements("He said the spillway held.")
    assert claim.who is None


def test_coordinated_subjects_give_one_statement_each() -> None:
    claims = statements("Chile and Argentina said the mountain pass was closed.")
    assert sorted(c.who.name for c in claims if c.who) == ["Argentina", "Chile"]


def test_a_cue_inside_a_quotation_is_the_quoted_speakers_own_words() -> None:
    text = "\u201cI think we said enough,\u201d the envoy said."
    assert [c.attribution.cue.text for c in statements(text) if c.attribution] == ["said"]
    first = statements(text)[0].attribution
    assert first is not None
    assert first.cue.span[0] > text.index("\u201d")


def test_a_belief_inside_a_statement_is_part_of_it() -> None:
    claims = statements("Most residents said they believe the dam is safe.")
    assert [c.attribution.cue.text for c in claims if c.attribution] == ["said"]


def test_every_span_points_at_its_text() -> None:
    text = (
        "The Coastal Relief Agency (CORA) said on Monday that 140 homes were flooded. "
        "\u201cWe are overwhelmed,\u201d its director, Ana Ruiz, told reporters."
    )
    claims = statements(text)
    assert len(claims) == 2
    for claim in claims:
        att = claim.attribution
        assert att is not None
        assert text[att.cue.span[0] : att.cue.span[1]] == att.cue.text
        assert att.content is not None
        assert text[att.content.span[0] : att.content.span[1]] == att.content.text
        assert claim.who is not None
        assert text[claim.who.span[0] : claim.who.span[1]] == claim.who.text


@pytest.mark.parametrize(
    "text",
    [
        "The event was billed as \u201cthe night of the year\u201d by the Lakeside Herald, "
        "with Mara Quist, according to her aides, leading the parade.",
        "An estimate, given by local officials, that 40 died, according to the council, is "
        "too high, Lund said.",
        "According to, said, given by the, according to the",
    ],
)
def test_tangled_attributions_give_valid_spans(text: str) -> None:
    for claim in claimtrack.extract(text):
        att = claim.attribution
        if att is not None and att.content is not None:
            start, end = att.content.span
            assert start < end
            assert text[start:end] == att.content.text


def test_a_source_after_a_quotation_that_ended_the_sentence_before() -> None:
    text = "\u201cWe counted every house.\u201d Lund said. The survey ended on Friday."
    [claim] = statements(text)
    assert claim.attribution is not None
    assert claim.attribution.content is not None
    assert claim.attribution.content.text == "\u201cWe counted every house.\u201d"


def test_the_spacy_backend_gives_the_same_statements_on_plain_sentences() -> None:
    pytest.importorskip("spacy", reason="spaCy is not installed: claimtrack[nlp] untested")
    from claimtrack.syntax.spacy import SpacyParser

    parser = SpacyParser()
    try:
        parser.parse("A test.", [(0, 7)], [], claimtrack.load_lexicon())
    except claimtrack.ClaimtrackError:
        pytest.skip("no English spaCy pipeline is installed")
    text = (
        "The Coastal Relief Agency said 140 homes were flooded. "
        "\u201cWe are overwhelmed,\u201d said Petra Lind, a nurse."
    )

    def read(parser_option: object) -> list[tuple[str, str | None]]:
        return [
            (c.attribution.cue.text, c.who.name if c.who else None)
            for c in claimtrack.extract(text, parser=parser_option)  # type: ignore[arg-type]
            if c.kind == "statement" and c.attribution is not None
        ]

    assert read(parser) == read(None) == [("said", "Coastal Relief Agency"), ("said", "Petra Lind")]


def test_a_quotation_that_goes_on_after_its_speaker_is_the_same_statement() -> None:
    text = (
        "\u201cThe dam held,\u201d Lund said. \u201cWe were lucky, and 40 homes were saved.\u201d"
        "\n\nThe river fell on Monday. \u201cIt is over,\u201d the mayor said."
    )
    claims = statements(text)
    first = claims[0].attribution
    assert first is not None
    assert first.content is not None
    assert first.content.text.endswith("40 homes were saved.\u201d")
    # a sentence of the writer's in between ends it
    assert "It is over" not in first.content.text
    [figure] = [c for c in claimtrack.extract(text) if c.kind == "figure"]
    assert figure.who is not None
    assert figure.who.name == "Lund"


@pytest.mark.parametrize("name", ["La", "Van", "De La", "Al"])
def test_a_source_named_by_joining_words_only_never_crashes(name: str) -> None:
    text = f"{name} said the count was wrong. {name} added that 12 had died."
    for claim in claimtrack.extract(text):
        if claim.who is not None:
            assert text[claim.who.span[0] : claim.who.span[1]] == claim.who.text


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Water Authority's report said 40 homes were flooded.", "Water Authority"),
        ("The ministry's latest tally showed 12 people had died.", "ministry"),
        ("The Harbour Board's statement said the port would reopen.", "Harbour Board"),
    ],
)
def test_a_body_speaks_through_its_own_report(text: str, who: str) -> None:
    [claim] = statements(text)
    assert claim.who is not None
    assert claim.who.name == who
    assert text[claim.who.span[0] : claim.who.span[1]] == claim.who.text


@pytest.mark.parametrize(
    ("text", "who", "figure"),
    [
        ("The Red Cross, however, said at least 47 people had died.", "Red Cross", "at least 47"),
        ("Police said up to 30 people were hurt.", "Police", "up to 30"),
        ("Officials said over 200 homes were lost.", "Officials", "over 200"),
    ],
)
def test_a_figure_right_after_the_verb_is_what_was_said(text: str, who: str, figure: str) -> None:
    claims = claimtrack.extract(text)
    [statement] = [c for c in claims if c.kind == "statement"]
    assert statement.who is not None
    assert statement.who.name == who
    [fig] = [c for c in claims if c.kind == "figure"]
    assert fig.figure is not None
    assert fig.figure.text.startswith(figure)
    assert fig.who is not None
    assert fig.who.name == who


@pytest.mark.parametrize(
    "text",
    ["Deficits would add up to 1.5 trillion.", "The council backed down on the levy."],
)
def test_a_phrasal_verb_of_another_meaning_reports_nothing(text: str) -> None:
    assert statements(text) == []


def test_a_plural_noun_before_a_verb_is_no_cue() -> None:
    claims = claimtrack.extract("Coastal states limit fishing to 12 boats.")
    assert all(c.who is None for c in claims)


def figure_sources(text: str) -> dict[str, str | None]:
    """Each figure's text and its source's name."""
    return {
        c.figure.text: (c.who.name if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "figure" and c.figure is not None
    }


def assert_source(text: str, figure: str, who: str) -> None:
    """The one figure whose text starts with ``figure`` has the source named ``who``."""
    sources = figure_sources(text)
    said = [w for f, w in sources.items() if f.startswith(figure)]
    assert said == [who], sources


@pytest.mark.parametrize(
    "text",
    [
        "Torvik remained the worst-hit town with 41 dead, followed by Hallen with 12 and Brask "
        "with three, according to the county.",
        "Of the 60 dead, 41 were in Torvik and 12 in Hallen, according to the county.",
        "The county, according to its spokesman, counted 41 dead in Torvik and 12 in Hallen.",
    ],
)
def test_an_according_to_after_a_list_covers_every_figure_in_it(text: str) -> None:
    sources = figure_sources(text)
    assert sources
    assert all(who is not None and "county" in who for who in sources.values()), sources


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        (
            "The Relief Office said in its weekly bulletin that 310 people had died. Of the dead, "
            "88 were in Verland and 23 in Ostmark, the bulletin said.",
            "88",
            "Relief Office",
        ),
        (
            "The toll rose to 140, the Harbour Authority said in a report on Monday. Most of the "
            "dead, 96, were in Kell, according to the report.",
            "96",
            "Harbour Authority",
        ),
        (
            "Forty homes collapsed, the Tessel Water Board said in a statement. Another 12 people "
            "were hurt, the statement added.",
            "12 people",
            "Tessel Water Board",
        ),
        (
            "Ninety-one people died in Kell and 40 in Morra, the Verland Data Service figures "
            "show.",
            "40",
            "Verland Data Service",
        ),
        ("A separate tally by the Morra Courier counted 372 injured.", "372", "Morra Courier"),
        # a participle with "by" names the toll's maker, whatever the toll's verb
        (
            "The toll, provided by the Kell relief agency, rose to 1,234.",
            "1,234",
            "Kell relief agency",
        ),
        ("The official toll released by the ministry stood at 310.", "310", "ministry"),
        # the body's head or chief speaks for it
        ("The company's chief said 40 workers were missing.", "40", "company"),
    ],
)
def test_a_document_speaks_for_the_body_that_issued_it(text: str, figure: str, who: str) -> None:
    assert_source(text, figure, who)


def test_a_document_with_nobody_behind_it_stays_the_source() -> None:
    sources = figure_sources("Of the dead, 88 were in Verland, the report said.")
    assert sources == {"88": "report"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Kell has recorded 191 deaths and Morra 44, the NDRA said.", "NDRA"),
        ("Verland counted 30 dead on Friday, the relief agency said.", "relief agency"),
        # the place set off by its apposition, its verb right after the closing comma
        (
            "Verland, the worst-hit province, has now recorded 30 deaths, the relief agency said.",
            "relief agency",
        ),
        (
            "Tarsk, a coastal district, registered 12 deaths, the ministry said on Monday.",
            "ministry",
        ),
        (
            "Kell province has recorded 405 deaths since June and Morra 257, according to the "
            "authority's daily report.",
            "authority",
        ),
    ],
)
def test_a_count_reported_by_someone_else_is_theirs(text: str, who: str) -> None:
    sources = figure_sources(text)
    assert sources
    assert all(w == who for w in sources.values()), sources


def test_a_place_that_reports_its_own_count_is_the_source() -> None:
    assert figure_sources("Morra reported 26 injured.") == {"26 injured": "Morra"}


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        (
            "Torvik is now the worst-hit town: according to the county's breakdown, 41 people "
            "died in Torvik and 12 in Hallen.",
            "12",
            "county",
        ),
        (
            "The dam failed at dawn; according to the water board, 30 homes were lost.",
            "30 homes",
            "water board",
        ),
        (
            "The number injured rose to 1,240, the bulletin of the Kell Relief Office showed: "
            "800 in Verland and 440 in Ostmark.",
            "440",
            "Kell Relief Office",
        ),
        (
            "The number injured rose to 1,240, the relief office said: 800 in Verland and 440 in "
            "Ostmark.",
            "440",
            "relief office",
        ),
    ],
)
def test_a_source_after_a_clause_boundary_covers_what_follows(
    text: str, figure: str, who: str
) -> None:
    assert_source(text, figure, who)


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        # a count owned by a body, whatever its verb
        (
            "The relief agency's official count stood at 1,774 dead on Tuesday.",
            "1,774",
            "relief agency",
        ),
        ("The Harbour Board's tally rose to 212 missing.", "212", "Harbour Board"),
        # "it", for the body named before
        (
            "The council put the toll at 229 on Sunday. A day earlier, it had reported only 138 "
            "dead.",
            "138",
            "council",
        ),
        # a participle and its agent describe the subject
        (
            "In May funeral directors contacted by the Kell Post reported 499 deaths.",
            "499",
            "funeral directors",
        ),
        # ", and" before a subject and its verb opens a clause, not a list of sources
        (
            "Some 1,800 people have died, according to the Kell Data Project, and the Verland "
            "migration agency says more than a million have fled.",
            "more than a million",
            "Verland migration agency",
        ),
        # a document that shows a count
        ("The Kell Relief Office figures show 40 deaths in Verland.", "40", "Kell Relief Office"),
        # a place that opens the sentence, then a role and a name set off: the name speaks
        (
            "Across the river, the regional governor, Ana Ruiz, said five people had drowned.",
            "five people",
            "Ana Ruiz",
        ),
        ("In the capital, the mayor, Ivo Lund, said 40 people were missing.", "40", "Ivo Lund"),
        # a body's acronym in brackets before a title: the body names the title
        (
            "As of Monday, 1,944 people had been confirmed dead, National Relief Agency (NRA) "
            "spokesman Arif Hanno told reporters.",
            "1,944",
            "Arif Hanno",
        ),
        # a part of the count after a closing source, with a relative clause of its own: no
        # clause of the source's, which said what came before
        (
            "Some 5,800 villagers have sought refuge in schools, the Kellian refugee agency "
            "reported, many of them families whose homes were destroyed.",
            "Some 5,800",
            "Kellian refugee agency",
        ),
        (
            "About 300 people died, the ministry said, most of them children who were trapped "
            "in schools.",
            "About 300",
            "ministry",
        ),
        # an event owns the count it caused, no source: the tally's maker gives it
        (
            "The storm's death toll across the Varn coast rose to at least 133, according to a "
            "Kell Times tally.",
            "at least 133",
            "Kell Times",
        ),
        ("The agency's official death toll stood at 1,774.", "1,774", "agency"),
        # a part of the count after a closing source: "N of them" and what describes them
        (
            "The number of people sheltering at the camp reached 61,000 on Wednesday, the "
            "mission said, nearly 900 of them children who arrived alone.",
            "61,000",
            "mission",
        ),
        # a "while" clause goes on with the count before it, in its source's voice
        (
            "The agency said 6,800 people had been displaced, while 19 were still listed as "
            "missing.",
            "19",
            "agency",
        ),
        (
            "Officials said 40 people died in Varn, while another 12 were missing.",
            "12",
            "Officials",
        ),
        # ... and so does a tally it names, with the counts joined to it
        (
            "The office said 42 people were killed in Ostrel province, while the nationwide "
            "toll stood at 51 dead and 130 injured.",
            "130",
            "office",
        ),
        # ... unless it names a source of its own
        (
            "Officials said 40 people died, while rescuers told reporters that 60 were missing.",
            "60",
            "rescuers",
        ),
    ],
)
def test_sources_of_counts_read_from_structure(text: str, figure: str, who: str) -> None:
    assert_source(text, figure, who)


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        # a number with thousands separators is one word: the content holds all of it
        ("Mara Lund said the toll could go up to 4,000.", "up to 4,000", "Mara Lund"),
        # what a closing source goes on to say
        (
            "The toll rose to 5,489, an official at the ministry said, and almost 11,000 people "
            "had been injured.",
            "almost 11,000",
            "official",
        ),
        (
            "The Relief Council said on Monday that 436 people had died, and 2,174 people have "
            "been wounded since the fighting began.",
            "2,174",
            "Relief Council",
        ),
        (
            "Another 92 people were hurt, the authority said, bringing the total to 12,850.",
            "12,850",
            "authority",
        ),
        (
            "Hallen had 69 of the dead, the officials said, while nine people died in Brask.",
            "nine",
            "officials",
        ),
        # a comment after a closing source is not what it said
        (
            "The toll rose to 232 on Wednesday, Kell Prefecture announced, 10 more than a day "
            "earlier.",
            "232",
            "Kell Prefecture",
        ),
        # an adverb and a participle before a noun ("a widely reported estimate"); the noun a
        # participle with its agent sets off runs to the verb it is the subject of
        (
            "A widely reported estimate, given by local officials on Sunday, that the storm "
            'killed 9,000 people is "too much," Governor Ana Ruiz said on Tuesday.',
            "9,000",
            "local officials",
        ),
        # a dateline is never a subject
        (
            "SAN JUAN, Kell (AP) \u2014 Kell's governor on Tuesday raised the toll to 2,975.",
            "2,975",
            "Kell's governor",
        ),
    ],
)
def test_what_a_source_goes_on_to_say(text: str, figure: str, who: str) -> None:
    assert_source(text, figure, who)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Forty people died, while 12 were hurt.", [None, None]),
        ("The quake's toll rose to 412.", [None]),
        # a count of another place, or the object of another subject, is not the source's
        (
            "Varnish officials put the toll at 1,938, while 377 deaths were confirmed in Tesk.",
            ["Varnish officials", None],
        ),
        (
            "By then, the ministry said, rebels had released 105 hostages, while Varn had freed "
            "240 prisoners.",
            ["ministry", None],
        ),
    ],
)
def test_a_while_clause_goes_on_only_with_its_own_count(
    text: str, sources: list[str | None]
) -> None:
    claims = claimtrack.extract(text)
    got = [c.who.name if c.who else None for c in claims if c.figure and c.figure.category]
    assert got == sources


def test_a_clause_after_a_closing_source_that_is_no_count_is_the_writers() -> None:
    sources = figure_sources(
        "The toll rose to 232, the council said, and the army sent 40 trucks to the coast."
    )
    assert sources.get("232") == "council"
    assert all(w is None for f, w in sources.items() if f.startswith("40")), sources


def test_a_participle_after_a_possessor_gives_no_speaker() -> None:
    text = (
        "The truce between Kestria and the rebels expired on Sunday. On Saturday, the "
        "government stopped short of accepting the envoy's updated proposal, saying only that "
        "it had received it."
    )
    holders = [c.who.name for c in claimtrack.extract(text) if c.who is not None]
    assert holders
    assert not any("envoy" in name for name in holders), holders


@pytest.mark.parametrize(
    ("text", "who", "origin"),
    [
        (
            "The toll rose to 73, the Kell Courier reported, citing the prefectural government.",
            "Kell Courier",
            "prefectural government",
        ),
        (
            "The Kell Courier, citing the Health Ministry, put the toll at 73.",
            "Kell Courier",
            "Health Ministry",
        ),
        (
            "Seventy-three people have died, the embassy said, quoting the Kell Health Ministry.",
            "embassy",
            "Kell Health Ministry",
        ),
        # the citing aside between the verb and what it says
        (
            "The Vell Courier reported, citing the Kell health ministry, that 40 people had died.",
            "Vell Courier",
            "Kell health ministry",
        ),
        # what is cited named after "figures from", "data from"
        (
            "The Vell Courier said 40 people had died, citing figures from the Kell health "
            "ministry.",
            "Vell Courier",
            "Kell health ministry",
        ),
        (
            "State radio put the toll at 40, quoting data from the Orsk Red Cross.",
            "State radio",
            "Orsk Red Cross",
        ),
    ],
)
def test_a_relayed_figure_keeps_its_relayer_and_names_its_originator(
    text: str, who: str, origin: str
) -> None:
    [fig] = [c for c in claimtrack.extract(text) if c.kind == "figure"]
    assert fig.who is not None
    assert fig.who.name == who
    assert fig.origin is not None
    assert fig.origin.name == origin
    assert text[fig.origin.span[0] : fig.origin.span[1]] == fig.origin.text


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 73, the embassy said.",
        # a group with no name is no chain to follow
        "The Relief Union, citing government sources, put the toll at 73.",
    ],
)
def test_a_figure_with_no_one_named_cited_has_no_origin(text: str) -> None:
    [fig] = [c for c in claimtrack.extract(text) if c.figure]
    assert fig.origin is None


def test_a_stance_holder_takes_the_name_the_parse_splits_from_its_title() -> None:
    text = "Senior Kestrian official Omar al-Haddad said the group rejects a ceasefire."
    holders = [c.who for c in claimtrack.extract(text) if c.kind == "stance" and c.who]
    assert holders
    assert holders[0].name == "Omar al-Haddad"
    assert holders[0].canonical == "omar al-haddad"


def test_a_phrasal_verb_of_gain_is_no_count() -> None:
    sources = figure_sources("The Kell harbour index put on 0.4 percent on Monday.")
    assert sources == {"0.4 percent": None}


def test_each_person_of_a_coordinated_subject_is_known_to_coreference() -> None:
    text = "Tim Lund and Ana Ruiz met in Kell on Monday. Ruiz said 40 people had died."
    assert figure_sources(text) == {"40 people": "Ana Ruiz"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an organisation's name with "for the ... of ..." inside
        (
            "The Kell Office for the Coordination of Relief Affairs (KORA) said 1,200 people "
            "had fled.",
            "Kell Office for the Coordination of Relief Affairs",
        ),
        # a group named by a place or an institution before its noun
        (
            "Hospital sources told the Kell Post that at least 44 people were killed.",
            "Hospital sources",
        ),
        # a document and the body that released it
        (
            "At least 90 people died, according to figures released by the Kell ministry on "
            "Sunday.",
            "Kell ministry",
        ),
    ],
)
def test_whole_names_of_bodies_and_groups(text: str, who: str) -> None:
    sources = figure_sources(text)
    assert list(sources.values()) == [who], sources


# What was said before its source starts after a dateline, with either parser.
DATELINES = [
    (
        "KUMASI, Ghana (Wire) \u2014 At least 12 people were killed, the ministry said.",
        "At least 12 people were killed",
    ),
    ("TAMALE \u2014 The market will reopen, officials said.", "The market will reopen"),
    (
        "ACCRA, Jan 3 (Wire) - The port has reopened, the harbour authority said.",
        "The port has reopened",
    ),
    # no dateline: all of it
    ("Kofi Mensah \u2014 the mayor \u2014 said the road was shut.", "the road was shut"),
]


@pytest.mark.parametrize("parser", ["claimtrack", "spacy"])
@pytest.mark.parametrize(("text", "content"), DATELINES)
def test_what_was_said_starts_after_a_dateline(
    text: str, content: str, parser: str, request: pytest.FixtureRequest
) -> None:
    chosen = request.getfixturevalue("spacy_parser") if parser == "spacy" else parser
    claims = claimtrack.extract(text, parser=chosen)
    said = [c.attribution.content.text for c in claims if c.attribution and c.attribution.content]
    assert said
    assert set(said) == {content}
