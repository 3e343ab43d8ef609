"""Where a noun phrase begins and ends where the chunker's run of words would go wrong.

A number's bound belongs to its phrase ("more than 40 aid agencies", "at least 300 lives"); a
time that opens a sentence is no part of the subject after it ("On Thursday evening Ana Ruiz
told"); adjectives joined by "and" and names joined by a slash stay inside ("Current and former
officials", "a Kell Times/Dorn College poll").
"""

from __future__ import annotations

from collections.abc import Sequence

from .structure import Word
from .words import WordClasses

# Parts of a day that a weekday names with it: "Thursday evening" (an English closed class).
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "overnight"})
# What bounds a number before it: "more than 40", "at least 300", "up to 30", "as many as 9".
_BOUNDS = frozenset(
    {("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"),
     ("up", "to"), ("many", "as"), ("much", "as")}
)  # fmt: skip


# One word that makes a number or a share approximate: "about half", "nearly 300".
_APPROXIMATE = frozenset({"about", "around", "nearly", "almost", "roughly", "approximately"})


def quantity_start(words: Sequence[Word], k: int, classes: WordClasses) -> int:
    """Where a phrase that opens at ``k`` begins with the bound of its number before it.

    Two words ("more than 40", "at least 300") or one before a number or a share ("about
    half of the voters", "nearly 300", "roughly two-thirds").
    """
    num = k + 1 if words[k].lemma in ("least", "most") else k  # "at least" opened at "least"
    if num == k and k > 0 and words[k - 1].lemma in _APPROXIMATE:
        share = words[k].lemma.rpartition("-")[2] in classes.fractions  # "two-thirds"
        if words[k].tag == "NUM" or share:
            return k - 1
    if num >= len(words) or words[num].tag != "NUM" or num < 2:
        return k
    if (words[num - 2].lemma, words[num - 1].lemma) not in _BOUNDS:
        return k
    start = num - 2
    if words[start].lemma in ("many", "much") and start > 0 and words[start - 1].lemma == "as":
        start -= 1  # "as many as 9"
    return start


def past_time(words: Sequence[Word], k: int, end: int, classes: WordClasses) -> int:
    """Where a phrase that opens with a time ends, when a subject follows it.

    "In November funeral directors said", "On Thursday evening Ana Ruiz told", "Late Monday
    night Tim Lund said": the time (with its part of the day), then the subject.
    """
    t = k + 1 if words[k].lemma in ("late", "early") and k + 1 < end else k
    if words[t].lemma not in classes.times:
        return end
    t += 2 if t + 1 < end and words[t + 1].lemma in _DAY_PARTS else 1
    return t if end > t and words[t].tag in ("NOUN", "PROPN") else end


def joined_inside(words: Sequence[Word], j: int) -> bool:
    """Adjectives joined by "and" or "or" before a noun, or names joined by a slash."""
    if j + 2 >= len(words) or j == 0:
        return False
    before, word, after = words[j - 1], words[j], words[j + 1]
    if word.text == "/":
        return before.tag == "PROPN" and after.tag == "PROPN"
    return (
        word.lemma in ("and", "or")
        and before.tag == "ADJ"
        and after.tag == "ADJ"
        and words[j + 2].tag == "NOUN"
    )


def own_end(words: Sequence[Word], k: int, end: int, classes: WordClasses) -> int:
    """Where the phrase from ``k`` to ``end`` ends when what follows its head opens another.

    An adjective after the head with its preposition describes the phrase from outside it:
    "an aide familiar with the plan", "a source close to Lund". A common noun that is no title,
    then a capitalised honorific, opens the name's own phrase (see :func:`_before_honorific`).
    """
    last = end - 1
    if last > k and described(words, last):
        return last
    return _before_honorific(words, k, end, classes)


def described(words: Sequence[Word], k: int) -> bool:
    """An adjective after a noun, with its preposition: "familiar" in "a person familiar with"."""
    return (
        words[k].tag == "ADJ"
        and words[k - 1].tag in ("NOUN", "PROPN", "ADJ")  # "the official familiar with"
        and k + 1 < len(words)
        and words[k + 1].tag == "ADP"
        and words[k + 1].lemma != "of"  # "the chief executive of", "an average of polls": nouns
    )


def _before_honorific(words: Sequence[Word], k: int, end: int, classes: WordClasses) -> int:
    """Where a phrase that opens with a determiner or after an owner ends before a name.

    "At the party's state convention Sen. Ana Ruiz said", "After the town hall debate Gov. Tim
    Lund told": a common noun that is no title, then a capitalised honorific, opens the name's
    own phrase. "Kell state Sen. Ana Ruiz" and "Committee chairman Sen. Ana Ruiz" stay whole.
    """
    determined = words[k].tag == "DET" or (k > 0 and words[k - 1].text.endswith(("'s", "\u2019s")))
    if not determined:
        return end
    for j in range(k + 2, end):
        w, before = words[j], words[j - 1]
        if (
            w.text[:1].isupper()
            and w.text.casefold() in classes.honorifics
            and before.tag in ("NOUN", "VERB")  # a verb form inside the phrase is a noun
            and before.text.islower()
            and before.text not in classes.titles
        ):
            return j
    return end
