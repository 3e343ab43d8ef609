"""A demonstrative that stands for people, with what picks them out: "those who voted".

"Those" opens no noun phrase of the chunker's when no noun follows it. With a relative clause
("Those who voted say ...") or a prepositional modifier ("Those over 60 say ...", "those in the
capital") after it, it is a group of people: a noun phrase of one word, which can be a subject
and a source. Bare, as a pronoun ("Those are the facts", "That is what she said"), it stays no
phrase.
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
    """``phrases`` with a phrase for each "those" picked out by what follows it, in order."""
    taken = {k for p in phrases for k in range(p.first, p.last + 1)}
    added: list[Phrase] = []
    for k, word in enumerate(words[:-1]):
        if k in taken or word.text.casefold() not in _PEOPLE:
            continue
        nxt = words[k + 1]
        low = nxt.text.casefold()
        if low in classes.relatives and low not in ("which", "where", "when"):
            pass  # "those who voted", "those whose homes flooded"
        elif nxt.tag == "ADP" and k + 2 < len(words) and words[k + 2].tag != "PUNCT":
            if low in ("of", "than", "to") or not _after_verb_or_start(words, k):
                continue  # "those of the dam", "bigger than those": no people picked out
        else:
            continue
        span = (word.start, word.end)
        added.append(Phrase(span, text[span[0] : span[1]], k, k, k, "group", plural=True))
    if not added:
        return tuple(phrases)
    return tuple(sorted([*phrases, *added], key=lambda p: p.first))


def _after_verb_or_start(words: Sequence[Word], k: int) -> bool:
    """Whether "those" at ``k`` stands where a subject or an object of people may.

    It opens its clause or follows a preposition or a verb: "Those over 60 say", "said those
    in the capital".
    """
    if k == 0:
        return True
    prev = words[k - 1]
    return prev.tag in ("PUNCT", "CCONJ", "ADP", "VERB", "AUX") or prev.text.casefold() == "that"
