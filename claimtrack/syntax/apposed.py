"""Appositions: a phrase and the phrase set off after it that names the same one.

"the WHO's representative, Dr. Omar Farah" and "Ana Lund, the region's governor" name one
person; roles joined by "and" after a name and its apposition are still the same person
("..., said Tomas Lind, the former mayor and farm owner.": the chunker ends the phrase at
"mayor"; what follows "and" up to the end of the sentence (or the next comma) has no verb, so
it is more of the apposition, and the phrase before it is still the speaker).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .structure import Phrase, Word


def more_roles(words: Sequence[Word], k: int) -> bool:
    """Whether "and" at ``k`` joins roles to an apposition: no verb up to a comma or the end."""
    if k >= len(words) or words[k].lemma != "and" or k < 2:
        return False
    if not any(w.text == "," for w in words[max(0, k - 8) : k]):
        return False  # "said Lind and ...": no apposition before it
    for w in words[k + 1 :]:
        if w.text in (",", ".", "!", "?", ";", ")"):
            return True
        if w.tag in ("VERB", "AUX", "PRON", "SCONJ") or w.lemma in ("that", "who", "which"):
            return False
    return True


def first_named(words: Sequence[Word], phrase: Phrase, after: int) -> Phrase:
    """The name a list read by the chunker opens, when roles joined by "and" follow it.

    "said Tomas Lind, the former mayor and farm owner": not Lind and the mayor, but Lind.
    """
    if phrase.conjuncts and more_roles(words, after) and phrase.conjuncts[0].kind == "name":
        return phrase.conjuncts[0]
    return phrase


def with_owner_first(phrase: Phrase) -> int:
    """The first word of a phrase with its possessor: "the region's governor"."""
    return phrase.owner.first if phrase.owner is not None else phrase.first


def title_of(role: Phrase, *, bare: bool = False) -> str:
    """A role phrase as a title, its possessor in front; ``bare``: without "a"/"an"/"the".

    "the region's governor"; "a spokesman for the fire service" -> "spokesman for the fire
    service" (bare).
    """
    title = role.title or role.text
    if role.owner is not None:
        return f"{role.owner.text} {title}"
    head, _, rest = title.partition(" ")
    return rest if bare and rest and head.casefold() in ("a", "an", "the") else title


_TITLED = frozenset({"role", "other", "group"})


def named_apposition(words: Sequence[Word], phrase: Phrase, aside: Phrase) -> Phrase | None:
    """The source that a phrase and its apposition name together, or None if they don't.

    A role, then the person's name: "the WHO's representative, Dr. Omar Farah" (the name,
    with the role as its title). A name, then the role: "Ana Lund, the region's governor"
    (the same). A body described, then named: "the UN refugee agency, UNHCR" (the name).
    """
    if aside.kind == "name" and phrase.kind in _TITLED:
        if words[aside.first].lemma in ("a", "an"):
            return None  # "The Kell senator, a Republican, said": a description, no name
        return replace(aside, title=title_of(phrase, bare=True))
    if aside.kind == "role" and phrase.kind == "name" and phrase.title is None:
        if phrase.conjuncts == ():
            return replace(phrase, title=title_of(aside, bare=True))
    described = phrase.kind in ("organization", "other") and words[phrase.head].text.islower()
    if aside.kind == "organization" and aside.name and described:
        return aside
    return None


_APPOSITION_ENDS = frozenset({",", ".", "!", "?", ";"})


def apposition_end(words: Sequence[Word], starting: dict[int, Phrase], k: int) -> int:
    """One past an apposition that opens at ``k``, or -1.

    A noun phrase, the phrases after its prepositions ("Kell, a town of 4,000"), then a comma
    or the end of the sentence.
    """
    phrase = starting.get(k)
    if phrase is None:
        return -1
    j = phrase.last + 1
    while j + 1 < len(words) and words[j].tag == "ADP" and j + 1 in starting:
        j = starting[j + 1].last + 1
    return j if j >= len(words) or words[j].text in _APPOSITION_ENDS else -1
