"""Where a capitalised name ends inside a noun phrase: before "of", "and" or a place.

"Ministry of Health" and "Bill and Melinda Gates Foundation" are one name; "Ivo Moss of Tarn" is
a person and the place after "of"; "Biden and Netanyahu" are two names.
"""

from __future__ import annotations

from collections.abc import Sequence

from .structure import Gender, Word
from .words import WordClasses


def given_gender(name: str | None, classes: WordClasses) -> Gender | None:
    """The sex a person's name tells by its given name ("Ana Ruiz": "f"), if it tells one.

    Only a name of two words or more: "Georgia" alone is a country, "Georgia Lund" a woman.
    """
    if not name or " " not in name:
        return None
    return classes.given.get(name.split(None, 1)[0].casefold().rstrip("."))


def capital_run(words: Sequence[Word], k: int, j: int) -> bool:
    """The phrase so far ends in a capitalised word ("Ministry" of Health)."""
    return words[j - 1].tag == "PROPN" and any(w.tag == "PROPN" for w in words[k:j])


def is_person_pair(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> bool:
    """Two names joined, not one name with "and" inside.

    "Biden and Netanyahu", "Dr. Ana Ruiz and Tim Lund" are two; a longer run before "and" is
    one name ("Ministry of Trade and Industry").
    """
    if words[k].text.casefold() in classes.honorifics:
        k += 1  # "Dr. Ana Ruiz": the title is no part of the name
    return j - k <= 2 and not _body_after_and(words, k, j, classes)


def _body_after_and(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> bool:
    """A body's name goes on after "and": "Water and Power Authority", "Disaster and ...".

    Two capitalised words or more after "and", the last a body's head, no noun after them
    ("Biden and White House officials" are two), and no given name before "and".
    """
    m = j + 1
    while m < len(words) and words[m].tag == "PROPN":
        m += 1
    if m - (j + 1) < 2 or words[m - 1].text.casefold() not in classes.org_heads:
        return False
    if m < len(words) and words[m].tag == "NOUN":
        return False
    return not any(w.text.casefold() in classes.given for w in words[k:j])


def person_name(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> bool:
    """A person's name before "of" and a place or body: "Ivo Moss" of Tarn, not "the Bank".

    Two capitalised words or more, no determiner before them, none of them a body's head or
    a title ("Ministry of Health", "Secretary of State", "the Democratic Republic of").
    """
    if words[k].tag == "DET":
        return False
    if words[k].text.casefold() in classes.honorifics:
        k += 1  # "Dr. Ivo Moss of Tarn": a person, whatever follows
    names = words[k:j]
    return (
        len(names) >= 2
        and all(w.tag == "PROPN" for w in names)
        and not any(
            w.text.casefold() in classes.org_heads or w.text.casefold() in classes.titles
            for w in names
        )
    )
