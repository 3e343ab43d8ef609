"""More forms of attribution read from structure, each in invented sentences.

A second predicate after "and" ("criticized X and said ..."), a speaker after the verb with a
possessor or a clause after the name ("said Lund's aide Ana Ruiz", "said Tim Lund when asked"),
a name and its apposition between dashes, a document with an adverb before its noun ("an
earlier report"), and a headline in title case ("Lund Says He Will Run").
Each row: the text, then (cue, the source's mention) of every statement expected.
"""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack import load_lexicon
from claimtrack.syntax import RuleParser

LEX = load_lexicon()

ROWS = [
    # a participle before a title and a name describes the person: an adjective
    (
        '"The port is unsafe," said retired general Tomas Lind.',
        [("said", "retired general Tomas Lind")],
    ),
    (
        "Newly elected mayor Ana Ruiz said the port was unsafe.",
        [("said", "Newly elected mayor Ana Ruiz")],
    ),
    ("The port was unsafe, said acting governor Ana Ruiz.", [("said", "acting governor Ana Ruiz")]),
    # a capitalised adverb after a name is part of it
    (
        "Ana Ruiz, executive director of Harbour Watch Now, said the port was unsafe.",
        [("said", "Ana Ruiz")],
    ),
    ("Peace Now said the plan would fail.", [("said", "Peace Now")]),
    ('"The port is unsafe," said President Tomas Lind.', [("said", "President Tomas Lind")]),
    # a singular noun ending in "s" before a plain verb form: a compound ("a press release")
    ('"We won the case," Lund said in a press release.', [("said", "Lund")]),
    ("Lund said in a press release that the case was won.", [("said", "Lund")]),
    # a closing source with a participle and its modifiers before the verb
    (
        "The toll rose to 40, a report released on Monday said.",
        [("said", "a report")],
    ),
    (
        "Lund paid the firm $5,000, documents filed on Sunday night revealed.",
        [("revealed", "documents")],
    ),
    (
        "The dam held, engineers sent to the site on Friday said.",
        [("said", "engineers")],
    ),
    # a day and a time of day before a name are no part of it
    ("On Thursday evening Ana Ruiz told the crowd she would run.", [("told", "Ana Ruiz")]),
    # names joined by a slash, adjectives joined by "and"
    (
        "According to a Kell/Dorn survey, Lund leads by 4 points.",
        [("According to", "a Kell/Dorn survey")],
    ),
    (
        "Current and former officials said the plan had failed.",
        [("said", "Current and former officials")],
    ),
    # a verb of saying whose object makes it another verb: "claimed 45 lives" is a toll
    ("The floods have claimed 45 lives.", []),
    ("The quake claimed at least 300 lives, officials said.", [("said", "officials")]),
    ("The fire claimed the life of a Kell firefighter.", []),
    ("The fever has claimed 12 victims in Tarn.", []),
    ("Lund claimed the vote was rigged.", [("claimed", "Lund")]),
    ("The group claimed responsibility for the blast.", [("claimed", "The group")]),
    # a past participle that opens a sentence before a noun describes it
    (
        "Retired neurosurgeon Ben Vey told a crowded hall that he would stay.",
        [("told", "Retired neurosurgeon Ben Vey")],
    ),
    ("Trapped miners said the air was running out.", [("said", "Trapped miners")]),
    ("Asked about the dam, Lund said it would hold.", [("said", "Lund")]),
    # "according to" is one preposition: the noun phrase after it is the source, whatever
    # verb forms it holds ("press reports") or degree it opens with ("the most recent")
    (
        "Lund bit a dancer on the arm at a club, according to press reports.",
        [("according to", "press reports")],
    ),
    (
        "Lund has been named the most admired mayor, according to a yearly Kell poll.",
        [("according to", "a yearly Kell poll")],
    ),
    (
        "Violent crime rose 4%, according to the most recent data available from the Kell police.",
        [("according to", "the Kell police")],
    ),
    # an infinitive's "to" stays one
    ("Lund went to Kell to press charges.", []),
    # a modal that opens a sentence before a name and a comma or a finite verb is a name
    (
        "Will Estrada, the chairman of the Kell branch, said the meeting went well.",
        [("said", "Will Estrada")],
    ),
    ("Will Estrada said the meeting went well.", [("said", "Will Estrada")]),
    ("Will Lund say the meeting went well?", []),
    # a time before the comma is no name that an indefinite description could be set off from
    (
        "The toll had risen to 40 by Thursday morning, an official at the Kell ministry said.",
        [("said", "an official")],
    ),
    # an "-ing" participle after the subject, and a noun spelled like one in an aside
    ("The man speaking at the rally said the plan had failed.", [("said", "The man")]),
    (
        "Officials speaking on condition of anonymity said 12 people died.",
        [("said", "Officials")],
    ),
    (
        "Ruiz, during a town hall meeting in Dunmore, Kell, said she would win.",
        [("said", "Ruiz")],
    ),
    # a place with a state abbreviation in the aside: its dot ends no sentence
    (
        "Ana Stone, 29, of Dunmore, Ala., says her biggest concern is the dam.",
        [("says", "Ana Stone")],
    ),
    # "one" and "another" as speakers: no noun is spelled "says" or "insists"
    (
        "One says the dam will hold, while another says it will fail.",
        [("says", "One"), ("says", "another")],
    ),
    ("Each insists the count is right.", [("insists", "Each")]),
    ("He took another look at the plan.", []),
    # "after" and "before" with a noun phrase only are prepositions between a verb and its clause
    (
        "Sen. Tim Reed (D-R.I.), said after a lunch on Tuesday that he had no answer.",
        [("said", "Sen. Tim Reed (D-R.I.)")],
    ),
    (
        "Tim Vey, a manager from Derry, said before the vote that the plan had failed.",
        [("said", "Tim Vey")],
    ),
    # but a clause after them, with "of" phrases on its subject, is no part of the content
    (
        "The toll rose to 40, the ministry said, after dozens of families of miners left.",
        [("said", "the ministry")],
    ),
    # a share of those polled speaks: a percentage, a fraction, "one in five", "nine out of 10"
    ("In Kell, 85% of farmers said the plan had failed.", [("said", "85%")]),
    ("Nearly nine out of 10 say they will need new skills.", [("say", "Nearly nine out of 10")]),
    (
        "About four out of 10 voters said life would be worse.",
        [("said", "About four out of 10 voters")],
    ),
    ("One in five say it is not an improvement.", [("say", "One in five")]),
    (
        "Thirty-one percent of those surveyed say they would be satisfied.",
        [("say", "Thirty-one percent")],
    ),
    ("Nearly a third say they do not know.", [("say", "a third")]),
    ("Half of the residents say the dam is safe.", [("say", "Half")]),
    # a share that speaks of nothing, or of something that is no statement
    ("Prices rose 5% in May, and nine out of 10 shops stayed open.", []),
    ("The Kell Tigers won nine out of 10 games.", []),
    # a list of speakers of any length, each in its place
    (
        "Tim Kirby, Ana Lund, Mara Quist and Flo Zed said the dam held.",
        [("said", "Tim Kirby"), ("said", "Ana Lund"), ("said", "Mara Quist"), ("said", "Flo Zed")],
    ),
    (
        "Medics, firefighters, police officers and soldiers said the road was cut.",
        [
            ("said", "Medics"),
            ("said", "firefighters"),
            ("said", "police officers"),
            ("said", "soldiers"),
        ],
    ),
    # a source set off by commas after a clause that goes on past it: what was said is before
    ("Ana Ruiz spoke. It is her job, she said, to warn the council.", [("said", "she")]),
    ("Tim Lund found no ally, he said, on condition of anonymity.", [("said", "he")]),
    ("Nor does Ruiz have a plan, aides say, to change course.", [("say", "aides")]),
    (
        "The Kell senator criticized the treaty and said allies wanted answers.",
        [("criticized", "The Kell senator"), ("said", "The Kell senator")],
    ),
    (
        "The governor toured the dam and told reporters the spillway held.",
        [("told", "The governor")],
    ),
    (
        "\u201cWe will win,\u201d said Lund\u2019s top aide Ana Ruiz.",
        [("said", "top aide Ana Ruiz")],
    ),
    (
        "\u201cWe will win,\u201d said Kell voter Tim Lund when asked about the race.",
        [("said", "Kell voter Tim Lund")],
    ),
    (
        "Tim Lund \u2014 a teacher from Mount Pleasant \u2014 says he made a late decision.",
        [("says", "Tim Lund")],
    ),
    (
        "An earlier report in a Kell paper said that Lund had used the images.",
        [("said", "An earlier report")],
    ),
    ("Lund Says He Never Pledged To Cut Taxes", [("Says", "Lund")]),
    ("Kell Governor Ana Ruiz Says Dam Will Hold", [("Says", "Kell Governor Ana Ruiz")]),
    # a name alone before a colon, then a clause: a headline's speaker
    ("Ruiz: Kell Dam Will Hold Through Winter", [(":", "Ruiz")]),
    ("Kell Mayor Ana Ruiz: the dam will hold.", [(":", "Kell Mayor Ana Ruiz")]),
    # a rubric, a time, a label in capitals, an interviewer's letter: no speaker
    ("The Latest: Rescuers reach the flooded village", []),
    ("Monday: Rescuers found 12 survivors.", []),
    ("UPDATE: Officials said the dam held.", [("said", "Officials")]),
    ("Q: Will the dam hold through the winter?", []),
    # a participle of saying after a dash or "by" shares the clause's subject
    (
        "Ruiz changed his vote on the spot \u2013 saying he now backed the dam.",
        [("saying", "Ruiz")],
    ),
    ("Lund distanced himself from the plan by saying he would serve.", [("saying", "Lund")]),
    # a question asked: the asker if named after "by", else no one
    (
        "Asked whether the dam would hold, Lund said it would.",
        [("Asked", None), ("said", "Lund")],
    ),
    ("When asked if he was worried, Ruiz shrugged.", [("asked", None)]),
    ("Ruiz was asked by host Ana Lund whether he would run.", [("was asked", "host Ana Lund")]),
    ("Lund asked whether the dam would hold.", [("asked", "Lund")]),
    ("Ruiz was asked to leave the room.", []),
    # a quantifier alone for people, and the people after its "of"
    ("Some of the Kell nurses said they had spoken out.", [("said", "the Kell nurses")]),
    ("Several said they would rather stay in Dunmore.", [("said", "Several")]),
    # "more than" and "fewer than" make a number, not a phrase the subject hangs on
    (
        "More than 40 residents said they were tired of the race.",
        [("said", "More than 40 residents")],
    ),
    (
        "In the poll, fewer than 30 percent said the plan was fair.",
        [("said", "fewer than 30 percent")],
    ),
    ("Kell officials said all of them were safe.", [("said", "Kell officials")]),
    # a name given is no statement; a judgement with a second object is one
    (
        "A new group called Kell Votes Matter said it would register voters.",
        [("said", "Kell Votes Matter")],
    ),
    ("A senator called Lund a liar.", [("called", "A senator")]),
    # a verb of judging after a comma has its subject before it, not its object after it
    ("Ana Ruiz, star of the show, thanked Lund for his help.", [("thanked", "Ana Ruiz")]),
    ("\u201cThe dam held,\u201d added Lund, a nurse.", [("added", "Lund")]),
    # no statement: a dateline before the dash, a title-case list of names
    ("KELL, Dunmore \u2014 The river rose overnight.", []),
    ("Ana Lund, Tim Ruiz and Piet Maro Met In Kell On Monday", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_attribution_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [
        (c.attribution.cue.text, c.who.text if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None
    ]
    assert found == expected


def test_a_speech_verb_after_and_is_a_predicate_not_a_modifier() -> None:
    # "the dead and injured workers": a participle of another verb still describes a noun
    phrases = {
        text: [p.text for p in RuleParser().parse(text, [(0, len(text))], [], LEX)[0].phrases]
        for text in (
            "The dead and injured workers were taken to Kell.",
            "The senator criticized the treaty and said allies wanted answers.",
        )
    }
    assert "injured workers" in phrases["The dead and injured workers were taken to Kell."]
    assert "allies" in phrases["The senator criticized the treaty and said allies wanted answers."]


@pytest.mark.parametrize(
    ("text", "name", "site"),
    [
        ("Ana Lund, who said the dam would hold, left early.", "Ana Lund", "who"),
        ("Kell voters who say the dam matters backed Lund.", "Kell voters", "who"),
        # not a relative: the phrase itself is the site
        ("Ana Lund said the dam would hold.", "Ana Lund", "Ana Lund"),
    ],
)
def test_a_relative_pronoun_is_where_the_source_is_named(text: str, name: str, site: str) -> None:
    [claim] = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert claim.who is not None
    assert (claim.who.name, claim.who.text) == (name, site)
    assert text[claim.who.span[0] : claim.who.span[1]] == site
