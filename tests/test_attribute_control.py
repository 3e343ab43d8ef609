"""Who speaks in a verb without a subject of its own, each in invented sentences.

An infinitive right after a verb takes that verb's subject ("Lund went on to say"), or its
object after a verb that makes someone act ("the vote led Ruiz to declare");
a second participle after "and" takes the subject of the first ("..., calling it a scam and
vowing to appeal"). Each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

import pytest

import claimtrack

ROWS = [
    # the subject of the verb before, with nothing between or a particle
    ("Lund went on to say that the dam would hold.", [("say", "Lund")]),
    (
        "Ana Ruiz tried to explain why the council had ignored the request.",
        [("explain", "Ana Ruiz")],
    ),
    ("The mayor seemed to suggest that the vote would be delayed.", [("suggest", "The mayor")]),
    ("Tomas Lind struggled on Monday to explain the delay.", [("explain", "Tomas Lind")]),
    # an adjective after "be": a person's subject speaks, "it" and a thing do not
    ("Tomas Lind was quick to add that the vote would go ahead.", [("add", "Tomas Lind")]),
    (
        "Kell voters are slightly more likely to say the dam is safe.",
        [("say", "Kell voters")],
    ),
    ("Ruiz is likely to stress that the vote was fair.", [("stress", "Ruiz")]),
    ("It is too early to say whether the dam will hold.", []),
    ("The plan was hard to explain to voters.", []),
    # not read: an obligation, and a purpose after an object, which reads like "a plan to say"
    ("We have to thank the crews for their work.", []),
    ("Piet Maro took the stage on Monday to announce that he would run.", []),
    # a verb that makes someone act: its object speaks
    ("The defeat led Ana Ruiz to declare that the race was over.", [("declare", "Ana Ruiz")]),
    (
        "The ruling forced the council to admit that the count was wrong.",
        [("admit", "the council")],
    ),
    # the verb before reports on its own: one statement, not two
    ("Lund refused to say whether the dam would hold.", [("refused", "Lund")]),
    ("Lund promised to explain the delay.", [("promised", "Lund")]),
    # no verb before "to": no subject to take
    ("The plan to say nothing about the dam failed.", []),
    # a second participle after "and" shares the subject of the first
    (
        "Ruiz opened the debate with an attack on Lund, calling him a fraud and vowing to "
        "overturn the ban.",
        [("calling", "Ruiz"), ("vowing", "Ruiz")],
    ),
    (
        "Lund toured the dam, thanking the crews and saying the repairs were finished.",
        [("thanking", "Lund"), ("saying", "Lund")],
    ),
    # a participle after "and" with no participle before it is no shared one
    ("Lund and crews working on the dam and saying little left early.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_control(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [
        (c.attribution.cue.text, c.who.text if c.who else None)
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None
    ]
    assert found == expected


RELAYED = [
    # a statement inside what "according to X" gives is X's to relay: one statement
    (
        "Lund said the dam would hold, according to the Kell Courier.",
        [("according to", "the Kell Courier")],
    ),
    ("According to the Courier, Lund said the dam would hold.", [("According to", "the Courier")]),
    (
        "The dam held, Lund told reporters, according to a report by Kell Radio.",
        [("according to", "Kell Radio")],
    ),
    # a judgement or a finding told in what someone says is the teller's statement
    ("Lund said Ruiz had criticized the plan.", [("said", "Lund")]),
    ("Ana Ruiz told reporters that a Kell poll found wide support.", [("told", "Ana Ruiz")]),
    # not in a quotation (its words are the speaker's own) nor beside the statement
    (
        'Lund said, "Ruiz criticized the plan."',
        [("said", "Lund")],
    ),
    (
        "Lund criticized the plan and said it would fail.",
        [("criticized", "Lund"), ("said", "Lund")],
    ),
    # the teller's own next predicate, though the reading of what was said runs over it
    (
        'Lund lamented the "sad" state of the dam and criticized the council.',
        [("lamented", "Lund"), ("criticized", "Lund")],
    ),
    (
        "Lund had voiced support for the dam and called himself a farmer.",
        [("voiced", "Lund"), ("called", "Lund")],
    ),
    # outside it, each stands
    (
        "Lund said the dam would hold. According to the Courier, it cracked.",
        [("said", "Lund"), ("According to", "the Courier")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED, ids=[r[0][:40] for r in RELAYED])
def test_relayed(text: str, expected: list[tuple[str, str | None]]) -> None:
    test_control(text, expected)


def test_a_relayed_speaker_still_gives_the_figures() -> None:
    claims = claimtrack.extract(
        "Lund said 40 people died in the flood, according to the Kell Courier."
    )
    [figure] = [c for c in claims if c.kind == "figure"]
    assert figure.who is not None
    assert figure.who.text == "Lund"


CITING = [
    # who cites between a subject and its verb is the subject, and what is cited the content;
    # the verb after speaks for the subject
    (
        "The Kell Courier, citing two hospital officials, reported that 40 people had died.",
        [
            ("citing", "The Kell Courier", "two hospital officials"),
            ("reported", "The Kell Courier", "40 people had died"),
        ],
    ),
    (
        "Lund, citing the state records, said the toll had risen.",
        [("citing", "Lund", "the state records"), ("said", "Lund", "the toll had risen")],
    ),
    (
        "Ana Ruiz, quoting her own aide, told reporters that the dam held.",
        [("quoting", "Ana Ruiz", "her own aide"), ("told", "Ana Ruiz", "the dam held")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITING, ids=[r[0][:40] for r in CITING])
def test_citing_between_subject_and_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [
        (c.attribution.cue.text, c.who.text if c.who else None, c.attribution.content.text)
        for c in claimtrack.extract(text)
        if c.kind == "statement" and c.attribution is not None and c.attribution.content
    ]
    assert found == expected


INFINITIVES = [
    # "to" and a verb the words alone read as a noun, after a verb of wanting or planning
    (
        "Ruiz wants to emerge as the leading candidate.",
        [("wants", "Ruiz", "to emerge as the leading candidate")],
    ),
    (
        "The union plans to picket outside the mill.",
        [("plans", "The union", "to picket outside the mill")],
    ),
    # a quotation or an adverb between "to" and its verb
    (
        "Lund promised to \u201cbring our fight\u201d to every county.",
        [("promised", "Lund", "to \u201cbring our fight\u201d to every county")],
    ),
    # "to" and a noun after a verb of saying is whom it is said to, or about
    ("Lund responded to criticism on Monday.", []),
    ("Lund hopes to Kell.", []),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVES, ids=[r[0][:40] for r in INFINITIVES])
def test_infinitive_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    test_citing_between_subject_and_verb(text, expected)


THINGS = [
    # a verb of thinking, wanting or expecting tells a state of mind whatever it governs
    ("Lund expects a vote next week.", [("expects", "Lund", "a vote next week")]),
    ("Most voters consider Ruiz honest.", [("consider", "Most voters", "Ruiz honest")]),
    (
        "Tim Lund, organizer of a group called Citizens for Kell, expects a crowd.",
        [("expects", "Tim Lund", "a crowd")],
    ),
    # not a form read as a verb inside a noun phrase, a participle after a noun, or a year
    ("A liberal think tank released the data.", []),
    ("The hacker known as Kell Fox left the server.", []),
    ("The party holds several rural states in 2026, which worries its leaders.", []),
    # the writer's own thoughts are no one's statement
    ("I expect a vote next week.", []),
]


@pytest.mark.parametrize(("text", "expected"), THINGS, ids=[r[0][:40] for r in THINGS])
def test_a_state_of_mind_about_a_thing(text: str, expected: list[tuple[str, str, str]]) -> None:
    test_citing_between_subject_and_verb(text, expected)


PASSIVE = [
    # a belief in the passive with an infinitive: expected by no one named
    ("Lund is expected to deliver a speech on Monday.", [("expected", None)]),
    ("The vote was widely thought to be close.", [("thought", None)]),
    # a report or a request in the passive is none
    ("Ruiz was asked to leave the room.", []),
    ("The storm is said to be the worst in years.", []),
    # a passive belief about a thing, with no infinitive
    ("The result was expected.", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE, ids=[r[0][:40] for r in PASSIVE])
def test_a_passive_belief_has_no_source(text: str, expected: list[tuple[str, str | None]]) -> None:
    test_control(text, expected)


def test_a_passive_belief_gives_way_to_the_statement_it_expects() -> None:
    test_control(
        "The mayor is expected to announce that the dam held.", [("announce", "The mayor")]
    )


TOPICS = [
    # "talk about", "speak of": what is spoken about is the content, as of "discuss"
    (
        "Ruiz talked about the dam at every rally.",
        [("talked about", "Ruiz", "the dam at every rally")],
    ),
    (
        "Lund spoke of the malaise in the region.",
        [("spoke of", "Lund", "the malaise in the region")],
    ),
    # where one speaks is no topic
    ("Lund spoke at a rally in Kell.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS, ids=[r[0][:40] for r in TOPICS])
def test_a_topic_spoken_about(text: str, expected: list[tuple[str, str, str]]) -> None:
    test_citing_between_subject_and_verb(text, expected)
