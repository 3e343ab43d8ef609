"""Roles joined by "and" after a name and its apposition: still the same person.

"..., said Tomas Lind, the former mayor and farm owner.": the chunker ends the phrase at
"mayor"; what follows "and" up to the end of the sentence (or the next comma) has no verb, so
it is more of the apposition, and the phrase before it is still the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

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
