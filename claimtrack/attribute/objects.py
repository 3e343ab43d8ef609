"""What a reporting verb is given: a clause, a quotation, a judgment, a count, or a thing.

A verb of evidence reports only a clause or a quotation ("the data show 40 died"); a thing
alone ("needs money") is no statement. Some objects
make a verb of saying another verb: "the floods claimed 45 lives" (``other_senses``). The
object of "according to" is the phrase a possessor owns: "according to Pell's mayor".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Span
from ..syntax.content import QUOTE_OPENERS
from ..syntax.structure import Phrase, SentenceParse, Word
from ..syntax.words import WordClasses


def says_something(text: str, parse: SentenceParse, content: Span) -> bool:
    """Whether a content is a quotation or holds a clause of its own (a verb)."""
    if text[content[0] : content[0] + 1] in QUOTE_OPENERS or content[1] <= parse.span[0]:
        return True
    if content[0] < parse.span[0] or content[1] > parse.span[1]:
        return True  # a quotation in another sentence
    if any(content[0] <= vg.span[0] < content[1] for vg in parse.verbs):
        return True
    if text.startswith("to ", content[0]):
        return True  # an infinitive, whatever its verb was read as: "hopes to compete"
    # "see the levy as a tax", "regards Kell as its capital": a judgment of a thing
    words = parse.words
    inside = [k for k, w in enumerate(words) if content[0] <= w.start < content[1]]
    return any(
        words[k].lemma == "as"
        and (before := parse.phrase_at(k - 1)) is not None
        and before.last == k - 1
        # past adverbs: "see it as especially crucial"
        and (after := parse.phrase_at(_past_adverbs(words, k + 1))) is not None
        # "as it burst": "as" opens a clause
        and (after.last + 1 >= len(words) or words[after.last + 1].tag not in ("VERB", "AUX"))
        for k in inside[1:-1]
    )


def _past_adverbs(words: Sequence[Word], k: int) -> int:
    while k < len(words) - 1 and words[k].tag == "ADV":
        k += 1
    return k


def other_sense(parse: SentenceParse, lemma: str, content: Span, classes: WordClasses) -> bool:
    """Whether the object that opens ``content`` makes the verb another verb ("claim lives")."""
    if not classes.other_senses:
        return False
    # the first phrase of the content, past a qualifier before it ("at least 300 lives")
    phrase = next((p for p in parse.phrases if p.span[1] > content[0]), None)
    if phrase is None or phrase.span[0] > content[0] + 12:
        return False
    head = parse.words[phrase.head].text.casefold()
    return f"{lemma} {head}" in classes.other_senses


def counted(parse: SentenceParse, content: Span) -> bool:
    """Whether a content holds a number: "showed: 800 in Verland and 440 in Ostmark"."""
    return any(w.tag == "NUM" and content[0] <= w.start < content[1] for w in parse.words)


def possessed(phrase: Phrase, parse: SentenceParse) -> Phrase:
    """The phrase a possessor owns when it can speak ("Pell's mayor": the mayor), else ``phrase``.

    A thing owned does not speak: "the prefecture's breakdown" is the prefecture's.
    """
    if not phrase.possessive:
        return phrase
    owned = parse.phrase_at(phrase.last + 1)
    if owned is None or owned.owner is None or owned.owner.span != phrase.span:
        return phrase
    return owned if owned.kind != "other" else phrase
