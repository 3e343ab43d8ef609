"""A demonstrative or a quantifier that stands for people, with what picks them out.

"Those" opens no noun phrase of the chunker's when no noun follows it. With a relative clause
("Those who voted say ...") or a prepositional modifier ("Those over 60 say ...", "those in the
capital") after it, it is a group of people: a noun phrase of one word, which can be a subject
and a source. Bare, as a pronoun ("Those are the facts", "That is what she said"), it stays no
phrase. So is a quantifier ("Many in the crowd said", "Some in the party say") that opens its
clause before a preposition other than "of" (the chunker reads "Most of the voters" itself),
or before a plain verb of saying or thinking the chunker took for its noun ("Most oppose the
levy").
"""

from __future__ import annotations

from collections.abc import Sequence

from .structure import Phrase, Word
from .words import WordClasses

# Demonstratives for people: "those who", "those over 60" (not "that", "this": a thing).
_PEOPLE = frozenset({"those"})


def demonstrative_phrases(
    text: str, words: Sequence[Word], phrases: Sequence[Phrase], classes: WordClasses
) -> tuple[Phrase, ...]:
    """``phrases`` with a phrase for each "those" or quantifier picked out by what follows it."""
    phrases = [q for p in phrases for q in _quantifier_alone(text, words, p, classes)]
    taken = {k for p in phrases for k in range(p.first, p.last + 1)}
    added: list[Phrase] = []
    for k, word in enumerate(words[:-1]):
        if k in taken:
            continue
        if word.text.casefold() in _PEOPLE:
            if not _people_after(words, k, classes):
                continue
        elif word.tag != "DET" or not _quantifier_before_modifier(words, k, classes):
            continue
        span = (word.start, word.end)
        added.append(Phrase(span, text[span[0] : span[1]], k, k, k, "group", plural=True))
    if not added:
        return tuple(phrases)
    return tuple(sorted([*phrases, *added], key=lambda p: p.first))


def _quantifier_alone(
    text: str, words: Sequence[Word], phrase: Phrase, classes: WordClasses
) -> tuple[Phrase, ...]:
    """A quantifier and a verb of saying or thinking read as one phrase: the quantifier alone.

    "Most oppose the levy", "Some view the plan as a trap": a plain verb form that reports,
    between a quantifier that opens its clause and what opens its object, is the verb; "Some
    hope remains" (a verb after it) keeps its noun. A name the chunker read on into the same
    phrase is a phrase of its own: "Many fear Lind will lose".
    """
    k = phrase.first
    if phrase.last < k + 1 or k + 2 >= len(words):
        return (phrase,)
    first, verb, after = words[k], words[k + 1], words[k + 2]
    if first.tag != "DET" or first.lemma not in classes.quantifiers or verb.tag != "VERB":
        return (phrase,)
    if k > 0 and words[k - 1].tag not in ("PUNCT", "CCONJ"):
        return (phrase,)
    forms = classes.verbs.get(verb.text.casefold(), ())
    if not any(f.form == "base" and f.klass for f in forms):
        return (phrase,)
    if after.tag not in ("DET", "PRON", "PROPN", "NUM") and after.lemma != "that":
        return (phrase,)
    span = (first.start, first.end)
    alone = Phrase(span, text[span[0] : span[1]], k, k, k, "group", plural=True)
    if phrase.last == k + 1:
        return (alone,)
    if not all(w.tag == "PROPN" for w in words[k + 2 : phrase.last + 1]):
        return (phrase,)  # only a name is split off
    rest = (words[k + 2].start, phrase.span[1])
    name = text[rest[0] : rest[1]]
    return alone, Phrase(rest, name, k + 2, phrase.last, phrase.last, "name", name=name)


def _people_after(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether what follows "those" at ``k`` picks out people: a relative or a preposition."""
    nxt = words[k + 1]
    low = nxt.text.casefold()
    if low in classes.relatives and low not in ("which", "where", "when"):
        return True  # "those who voted", "those whose homes flooded"
    if nxt.tag == "ADP" and k + 2 < len(words) and words[k + 2].tag != "PUNCT":
        # not "those of the dam", "bigger than those": no people picked out
        return low not in ("of", "than", "to") and _after_verb_or_start(words, k)
    return False


def _quantifier_before_modifier(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """A quantifier that opens its clause before a preposition and a noun: "Many in the crowd".

    Not before "of" ("Most of the voters": the chunker's), "than" or "to", and only where a
    subject stands: at the start or after a mark or a conjunction.
    """
    word, nxt = words[k], words[k + 1]
    if word.lemma not in classes.quantifiers or word.tag != "DET" or nxt.tag != "ADP":
        return False
    if nxt.lemma in ("of", "than", "to") or k + 2 >= len(words) or words[k + 2].tag == "PUNCT":
        return False
    return k == 0 or words[k - 1].tag in ("PUNCT", "CCONJ")


def _after_verb_or_start(words: Sequence[Word], k: int) -> bool:
    """Whether "those" at ``k`` stands where a subject or an object of people may.

    It opens its clause or follows a preposition or a verb: "Those over 60 say", "said those
    in the capital".
    """
    if k == 0:
        return True
    prev = words[k - 1]
    return prev.tag in ("PUNCT", "CCONJ", "ADP", "VERB", "AUX") or prev.text.casefold() == "that"
