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
    (the same). A body described, then named: "the UN refugee agency, UNHCR", "a local rights
    group, Voices of Varn" (the name).
    """
    if aside.kind == "name" and phrase.kind in _TITLED:
        if phrase.kind == "group" and not aside.conjuncts:
            return None  # "Officials in the capital, Varn, said": one name renames no group
        if words[aside.first].lemma in ("a", "an"):
            return None  # "The Kell senator, a Republican, said": a description, no name
        return replace(aside, title=title_of(phrase, bare=True))
    if aside.kind == "role" and phrase.kind == "name" and phrase.title is None:
        if phrase.conjuncts == ():
            return replace(phrase, title=title_of(aside, bare=True))
    described = phrase.kind in ("organization", "other") and words[phrase.head].text.islower()
    if aside.kind == "organization" and aside.name and described:
        return aside
    if aside.kind == "name" and phrase.kind == "organization" and described:
        if _body(words, aside):  # "a local rights group, Voices of Varn, said": its own name
            return replace(aside, kind="organization")
        if phrase.name and not phrase.text.casefold().endswith(phrase.name.casefold()):
            # "The Kell Union Commission chairperson, Ana Lind, said": the body's officer
            return replace(aside, title=title_of(phrase, bare=True))
    return None


# Small words inside a name that make it a body's, not a person's: "Voices of Varn", "Hope for
# Tesk" (a person's particles, "al", "van", "de", are not among them).
_BODY_LINKS = frozenset({"of", "for", "and", "against", "in", "on"})


def _body(words: Sequence[Word], name: Phrase) -> bool:
    """Whether a name holds a small word that makes it a body's: "Voices of Varn"."""
    return any(words[k].text in _BODY_LINKS for k in range(name.first + 1, name.last))


_APPOSITION_ENDS = frozenset({",", ".", "!", "?", ";"})


def _goes_on(words: Sequence[Word], comma: int) -> bool:
    """A participle clause after the comma: "..., the agency's director, adding that ..."."""
    return (
        words[comma].text == ","
        and comma + 1 < len(words)
        and words[comma + 1].tag == "VERB"
        and words[comma + 1].text.endswith("ing")
    )


def titled_at_end(words: Sequence[Word], phrases: Sequence[Phrase], phrase: Phrase) -> Phrase:
    """A name after its verb with a role in apposition up to the sentence's end, titled.

    '"...," said Mira Lund, the agency's deputy director.': Mira Lund, titled "the agency's
    deputy director". A possessor opens the role ("the agency's" owns "deputy director").
    Anything else after the name leaves it as it is.
    """
    k = phrase.last + 1
    if k + 1 >= len(words) or words[k].text != ",":
        return phrase
    starting = {ph.first: ph for ph in phrases}
    aside = starting.get(k + 1)
    if aside is not None and aside.possessive:
        owned = starting.get(aside.last + 1)
        aside = owned if owned is not None and owned.owner is not None else aside
    end = apposition_end(words, starting, aside.first) if aside is not None else -1
    if aside is None or end < 0 or end < len(words) - 1 and not _goes_on(words, end):
        return phrase
    named = named_apposition(words, phrase, aside)
    if named is None or named.title is None or end <= aside.last + 1:
        return named or phrase
    # the role's complement too: "spokeswoman for the fire service"
    first = aside.owner.first if aside.owner is not None else aside.first
    first += words[first].lemma in ("a", "an")
    said = "".join(
        (" " if j > first and words[j].start > words[j - 1].end else "") + words[j].text
        for j in range(first, end)
    )
    return replace(named, title=said)


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
