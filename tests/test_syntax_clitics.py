"""Constructions where the rule parser and the spaCy parser disagreed, on invented sentences.

A pronoun with a contracted auxiliary ("she's telling", "they're saying") is a subject and a
verb group; a noun's or an acronym's "'s" stays a possessor. A relative clause with a verb of
its own ("Ed Dorn, who is running for mayor, said") leaves the name as the source at the cue.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimtrack
from claimtrack import load_lexicon
from claimtrack.syntax import RuleParser, SentenceParse

LEX = load_lexicon()


def parse(text: str) -> SentenceParse:
    [result] = RuleParser().parse(text, [(0, len(text))], [], LEX)
    return result


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Aides to Lund say she's leaving the race.", "'s leaving", "she"),
        ("Ana Ruiz is in Kell. She\u2019s telling voters it held.", "\u2019s telling", "She"),
        ("They're saying the vote was rigged.", "'re saying", "They"),
        ("I'd say the count is wrong.", "'d say", "I"),
        ("We've said the plan is dead.", "'ve said", "We"),
        ("He'll argue the levy is too high.", "'ll argue", "He"),
    ],
)
def test_a_pronoun_with_a_contracted_auxiliary_is_subject_and_verb(
    text: str, verb: str, subject: str
) -> None:
    sentence = text.split(". ")[-1]
    offset = text.index(sentence)
    p = RuleParser().parse(text, [(offset, len(text))], [], LEX)[0]
    clause = next(c for c in p.clauses if c.verb is not None and c.verb.text == verb)
    assert clause.subject is not None
    assert clause.subject.text == subject
    assert all(text[w.start : w.end] == w.text for w in p.words)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Lund's aides say the plan's cost is high.", ["Lund's", "plan's"]),
        ("The WHO's envoy said 40 clinics closed.", ["WHO's"]),
        ("Tim O'Neill said the dam held.", ["O'Neill"]),
        ("The farmers' union said prices fell.", ["farmers'"]),
    ],
)
def test_a_nouns_apostrophe_is_no_contraction(text: str, kept: list[str]) -> None:
    words = [w.text for w in parse(text).words]
    for word in kept:
        assert word in words
    assert not any(w.tag == "AUX" and w.text.startswith(("'", "\u2019")) for w in parse(text).words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz met farmers in Kell. She's telling them the levy will fall.",
            [("telling", "She", "the levy will fall")],
        ),
        (
            "Tim Lund spoke on Monday. He\u2019s predicting he will win 40 seats.",
            [("predicting", "He", "he will win 40 seats")],
        ),
        (
            "Tim Lund is angry. He's saying the count was wrong.",
            [("saying", "He", "the count was wrong")],
        ),
        # the contraction is in the reported clause
        ("Ana Ruiz said she's leaving Kell.", [("said", "Ana Ruiz", "she's leaving Kell")]),
        ("Aides to Lund say he's ready.", [("say", "Aides", "he's ready")]),
    ],
)
def test_a_contracted_subject_speaks(
    text: str, expected: list[tuple[str, str | None, str | None]], statements_of: Any
) -> None:
    assert statements_of(text) == expected


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # the relative clause has its own verb: the name speaks at "said"
        ("Ed Dorn, who is running for mayor, said the levy was too high.", "Ed Dorn"),
        ("Ed Dorn, who's thinking about running for mayor, said the levy was too high.", "Ed Dorn"),
        ("Ana Ruiz, who leads the Kell board, told reporters the dam held.", "Ana Ruiz"),
        # the relative pronoun is the cue's own subject
        ("Ed Dorn, who said the levy was too high, is running for mayor.", "who"),
        ("Ana Ruiz, who has repeatedly said the dam held, left early.", "who"),
    ],
)
def test_a_relative_clause_with_its_own_verb_is_not_the_source_site(text: str, site: str) -> None:
    [claim] = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert claim.who is not None
    assert claim.who.text == site
    assert text[claim.who.span[0] : claim.who.span[1]] == site


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb form after "according to" or "citing" is a noun of the source
        ("The dam cracked in 2012, according to press reports.", "press reports"),
        ("Vane founded the firm in 2010, according to state records.", "state records"),
        ("Turnout fell to 41%, according to a yearly Kell poll.", "a yearly Kell poll"),
        ("Dorn had 115 thefts, according to the most recent figures.", "the most recent figures"),
    ],
)
def test_after_according_to_the_source_is_a_noun_phrase(
    text: str, source: str, statements_of: Any
) -> None:
    assert [(cue, who) for cue, who, _ in statements_of(text)] == [("according to", source)]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Lund went to state her case.", ["went", "state"]),
        ("Ruiz wants to press the council.", ["wants", "press"]),
    ],
)
def test_to_before_a_verb_is_still_an_infinitive(text: str, verbs: list[str]) -> None:
    assert [w.text for w in parse(text).words if w.tag == "VERB"] == verbs


def content_of(text: str, lemma: str) -> str | None:
    p = parse(text)
    clause = next(c for c in p.clauses if c.verb is not None and c.verb.lemma == lemma)
    return text[clause.content[0] : clause.content[1]] if clause.content else None


@pytest.mark.parametrize(
    ("text", "lemma", "content"),
    [
        # what was said is a clause: "and" + a verb goes on with its subject's predicate
        (
            "Lund says he is proud of the team and expects to win in Kell.",
            "say",
            "he is proud of the team and expects to win in Kell",
        ),
        (
            "Ruiz said the board met on Monday and approved the levy.",
            "say",
            "the board met on Monday and approved the levy",
        ),
        (
            "Aides fear more letters might surface and hurt the mayor.",
            "fear",
            "more letters might surface and hurt the mayor",
        ),
        # what was said is a thing: the next verb is the speaker's
        ("Ruiz criticized the plan and said the council was wrong.", "criticize", "the plan"),
        ("Dorn praised the mayor and called for calm.", "praise", "the mayor"),
        (
            "Ruiz praised the nurses, who treat the sick and ask for nothing.",
            "praise",
            "the nurses, who treat the sick",
        ),
        # "but" sets off the speaker's own next predicate
        ("Lund said the board met but declined to vote.", "say", "the board met"),
        # a second verb of saying with a "that" clause of its own is a statement of its own
        (
            "Lund said he heard shots at noon and suspected that the depot was hit.",
            "say",
            "he heard shots at noon",
        ),
    ],
)
def test_a_reported_clause_keeps_its_coordinated_predicate(
    text: str, lemma: str, content: str
) -> None:
    assert content_of(text, lemma) == content


@pytest.mark.parametrize(
    ("text", "lemma", "content"),
    [
        # ", saying/adding/noting ...": the speaker's next statement, not more of the first
        (
            "Ruiz pointed to the levy, noting that farmers paid most of it.",
            "point",
            "the levy",
        ),
        (
            "Dorn refused to release the list, saying it was private.",
            "refuse",
            "to release the list",
        ),
        ("Lund said the dam held, adding that two roads were shut.", "say", "the dam held"),
        # a participle that is no verb of saying goes on with what was said
        (
            "The agency said 40 homes burned, bringing the total to 95.",
            "say",
            "40 homes burned, bringing the total to 95",
        ),
    ],
)
def test_a_participle_of_saying_after_a_comma_is_a_statement_of_its_own(
    text: str, lemma: str, content: str
) -> None:
    assert content_of(text, lemma) == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgment: "see X as Y", "regard X as Y"
        ("Kell farmers see the levy as a tax on bread.", [("see", "Kell farmers")]),
        ("Dorn regards the Kell dam as his legacy.", [("regards", "Dorn")]),
        ("Ana Ruiz views the treaty as a mistake.", [("views", "Ana Ruiz")]),
        # what it is seen as may be an adjective, after adverbs
        ("Kell farmers see the levy as deeply unfair.", [("see", "Kell farmers")]),
        ("Dorn regards the dam as especially important.", [("regards", "Dorn")]),
        # a thing alone is no judgment
        ("Kell farmers see the river.", []),
        ("Dorn regards the Kell dam.", []),
    ],
)
def test_seeing_a_thing_as_another_is_a_judgment(
    text: str, expected: list[tuple[str, str | None]], statements_of: Any
) -> None:
    assert [(cue, who) for cue, who, _ in statements_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "lemma", "content"),
    [
        # a participle after the predicate runs to the end of the sentence
        (
            "The ministry gave a toll on Friday, saying 40 people had died, most of them in Kell.",
            "say",
            "40 people had died, most of them in Kell",
        ),
        (
            "The board met late on Monday, saying the levy would rise, mostly in Dunmore.",
            "say",
            "the levy would rise, mostly in Dunmore",
        ),
        # between a subject and its verb it is set off
        (
            "The minister, saying the toll had risen, called for calm.",
            "say",
            "the toll had risen",
        ),
    ],
)
def test_a_participle_after_the_predicate_is_no_aside(text: str, lemma: str, content: str) -> None:
    assert content_of(text, lemma) == content


@pytest.mark.parametrize(
    ("text", "lemma", "content"),
    [
        # the only object of "promise" is what was promised
        ("Lund promised a fair count.", "promise", "a fair count"),
        ("Ruiz promised a bridge for Kell by May.", "promise", "a bridge for Kell by May"),
        # a hearer, then what was promised or said
        ("Ruiz promised voters a new bridge.", "promise", "a new bridge"),
        ("Lund told reporters the dam held.", "tell", "the dam held"),
        # a quotation before the subject is what was said to the hearer
        ("\u201cWe will win,\u201d Lund promised voters.", "promise", "\u201cWe will win,\u201d"),
        ("\u201cThe dam held,\u201d Ruiz told reporters.", "tell", "\u201cThe dam held,\u201d"),
    ],
)
def test_a_sole_object_of_promise_is_what_was_promised(text: str, lemma: str, content: str) -> None:
    assert content_of(text, lemma) == content


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Voters sued the college that promised a useful degree.", "that"),
        ("The union that said the mill would close was right.", "that"),
        # "that" after a verb opens what was said
        ("Lund said that the mill would close.", "Lund"),
    ],
)
def test_a_relative_that_is_where_the_source_is_named(text: str, site: str) -> None:
    claims = [c for c in claimtrack.extract(text) if c.kind == "statement" and c.who is not None]
    assert [c.who.text for c in claims if c.who is not None][:1] == [site]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb that is also an adjective, between the subject and its verb
        ("Dorn first learned that the depot had burned.", [("learned", "Dorn")]),
        ("Lund has long argued that the levy is too high.", [("argued", "Lund")]),
        ("The Kell board first said the dam would hold.", [("said", "The Kell board")]),
    ],
)
def test_an_adverb_before_the_verb_is_no_subject(
    text: str, expected: list[tuple[str, str | None]], statements_of: Any
) -> None:
    assert [(cue, who) for cue, who, _ in statements_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Her first book sold well.", "first", "ADJ"),
        ("The long delay angered Lund.", "long", "ADJ"),
        ("Ruiz first won in Kell.", "first", "ADV"),
    ],
)
def test_first_and_long_are_adjectives_before_a_noun(text: str, word: str, tag: str) -> None:
    assert next(w.tag for w in parse(text).words if w.text == word) == tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" and "another" stand for people; an "-s" form after them is their verb
        (
            "One says Kell has the most, while another says Dunmore has twice as many.",
            [("says", "One"), ("says", "another")],
        ),
        ("Yet another said, \u201cLund is in a five-way race.\u201d", [("said", "another")]),
        ("One reports that the dam held.", [("reports", "One")]),
        # a singular noun after them is the subject
        ("Another report said the plan was dead.", [("said", "Another report")]),
        ("One aide says the plan was dead.", [("says", "One aide")]),
    ],
)
def test_one_and_another_speak(
    text: str, expected: list[tuple[str, str | None]], statements_of: Any
) -> None:
    assert [(cue, who) for cue, who, _ in statements_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" and "once" inside a verb group are adverbs
        ("Lund has since said she would back a wage rise.", [("said", "Lund")]),
        ("Ruiz had once argued that the levy was fair.", [("argued", "Ruiz")]),
        ("The board has since warned that the dam may fail.", [("warned", "The board")]),
    ],
)
def test_since_between_auxiliary_and_verb_is_an_adverb(
    text: str, expected: list[tuple[str, str | None]], statements_of: Any
) -> None:
    assert [(cue, who) for cue, who, _ in statements_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # an adverb of two words inside the verb group: one predicate, not two clauses
        ("Officials said 300 people had so far died.", "had so far died"),
        ("Lund has thus far refused to comment.", "has thus far refused"),
        ("The board had as yet made no decision.", "had as yet made"),
    ],
)
def test_an_adverb_of_two_words_stays_in_its_verb_group(text: str, verb: str) -> None:
    sentence = parse(text)
    groups = [text[c.verb.span[0] : c.verb.span[1]] for c in sentence.clauses if c.verb]
    assert verb in groups


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lone surname with no title is the only one "she" or "he" can be
        ("Lund initially said that the dam held. She has since stressed it was safe.", "Lund"),
        ("Dorn said the levy would fall. He later said it would not.", "Dorn"),
        # "it" still refers to a body, and a named person before wins
        ("Kell said the dam held. It later said the levee broke.", "Kell"),
        ("Ana Ruiz met Kell officials. She later said the dam held.", "Ana Ruiz"),
    ],
)
def test_a_pronoun_after_a_lone_surname(text: str, name: str) -> None:
    [*_, last] = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert last.who is not None
    assert last.who.name == name
