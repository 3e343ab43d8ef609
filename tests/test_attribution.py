"""Speakers and clause subjects: citing, participial appositions, embedded, coordinated actors."""

from __future__ import annotations

import pytest

from claimtrack.attribute.attribution import clause_subjects, find_attributions, find_subjects
from claimtrack.lexicon import load_lexicon
from claimtrack.text.segment import QuoteIndex, find_sentences

LEX = load_lexicon()


def speakers(text: str) -> list[str]:
    sentence = find_sentences(text, LEX)[0]
    return [a.speaker.name for a in find_attributions(text, sentence, QuoteIndex([]), LEX)]


def subjects(text: str) -> list[str]:
    return [s.name for s in find_subjects(text, find_sentences(text, LEX)[0], LEX)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 3,432, the Interior Ministry said.", ["Interior Ministry"]),
        # who cites is the speaker, not who is cited
        ("Both sides agreed to extend the truce, the army citing foreign mediation.", ["army"]),
        ("The toll rose to 500, the agency said, citing hospital data.", ["agency"]),
        # a participial phrase between the speaker and the verb
        ("The RSF, led by his former deputy, said it backed the plan.", ["RSF"]),
        # appositions: a title after the name, with an organisation inside it; a title before it
        (
            "Maria Lopez, spokeswoman for the Regional Disaster Council, said 12 died.",
            ["Maria Lopez"],
        ),
        ("Dr. Amina Haddad, a ministry spokesperson, said the clinic was full.", ["Amina Haddad"]),
        (
            "The agency's new director, Omar Said Ali, told reporters the toll rose.",
            ["Omar Said Ali"],
        ),
        ("The council, which updates its tally daily, put the toll at 300.", ["council"]),
        # a title with its complement ("envoy to the country"), and no name
        (
            "Ten died, the United Nations envoy to the country said on Monday.",
            ["United Nations envoy"],
        ),
        ("The ambassador to Chad said the camp was full.", ["ambassador to Chad"]),
        # two appositions in a row: the second describes the place, not the speaker
        (
            "Rosa Diaz, the mayor of Lumbo, a port town of 80,000 people, said 40 were missing.",
            ["Rosa Diaz"],
        ),
        ("Ali Khan, the district administrator, said roads were cut.", ["Ali Khan"]),
        # negative: no reporting cue
        ("Ceasefire talks resumed on Monday.", []),
    ],
)
def test_speakers(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United Nations, the United States and Canada on Tuesday called for a pause.",
            ["United Nations", "United States", "Canada"],
        ),
        # leading time phrases, with and without commas
        ("On Sunday the army accepted a proposal for a humanitarian window.", ["army"]),
        ("Two days ago, the council demanded aid.", ["council"]),
        (
            "At a fundraiser in the capital on Wednesday night, a protester confronted him.",
            ["protester"],
        ),
        # a subject with a comma after its verb is no leading phrase; a title word inside an
        # organisation's name; a quantifier before the actors
        (
            "The United Nations General Assembly called, by a large majority, for a truce.",
            ["United Nations General Assembly"],
        ),
        ("Several Democratic lawmakers have introduced a resolution.", ["Democratic lawmakers"]),
        # a person "of" a country is the person
        ("Prime Minister Ana Ruiz of Chile agreed to the truce.", ["Ana Ruiz"]),
        (
            "Earlier this week, on Tuesday, Prime Minister Rishi Sunak and Mark Rutte "
            "pledged help.",
            ["Rishi Sunak", "Mark Rutte"],
        ),
        # a relative or participial clause after the subject
        (
            "President Volodymyr Zelensky, who is due to join the summit, hailed the move.",
            ["Volodymyr Zelensky"],
        ),
        # negative: no verb after the noun phrase
        ("Tanks, jets and missiles.", []),
    ],
)
def test_find_subjects(text: str, expected: list[str]) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "names", "verb"),
    [
        (
            "on Monday that the army and the RSF had both agreed to the truce",
            ["army", "RSF"],
            "narrated",
        ),
        (" AFP that the army had also suspended the deal", ["army"], "narrated"),
        (
            " Netanyahu and other Israeli officials remained opposed",
            ["Netanyahu", "other Israeli officials"],
            "narrated",
        ),
        # the speaker's own commitment or view: the speaker holds the stance
        (" that the United States would send 31 tanks", ["United States"], "modal"),
        (" Israel has the right to defend itself", ["Israel"], "modal"),
        # time words between the actor and its verb; an object with "to" is no actor
        (" the army on Sunday agreed to a pause", ["army"], "narrated"),
        (" Israel this Thursday to create safe zones", [], ""),
        # negatives: a pronoun or a non-actor opens the clause
        (" they had agreed to extend the truce", [], ""),
        (" the request for pauses was very different", [], ""),
    ],
)
def test_clause_subjects(text: str, names: list[str], verb: str) -> None:
    found, how = clause_subjects(text, (0, len(text)), LEX)
    assert ([s.name for s in found], how) == (names, verb)
