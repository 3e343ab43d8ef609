"""Asides between a subject and its verb: what the subject walk steps over.

An aside is a stretch set off by commas or dashes: an apposition ("Ana Lund, the region's
governor, said"), an age ("Ana Ruiz, 67, said"), a description ("Ana Ruiz, a retired nurse in
Dunmore, Kell, said"), a party tag ("Sen. Mara Quist, R-Kell, said"), an interjection ("The Red
Cross, however, said"), a relative or participle clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from .chunk import PARTY_TAG
from .content import ASIDE_MARKS, QUOTE_CLOSERS, SENTENCE_END, is_time
from .structure import Phrase, VerbGroup, Word
from .words import WordClasses


def aside_start(words: Sequence[Word], j: int, stop: int, classes: WordClasses) -> int | None:
    """The opening comma of an aside that closes at ``j`` ("X, however, said"), or None.

    An aside is an apposition, a relative or participle clause, an age, an interjection: a
    stretch between two commas (or dashes) with a noun phrase before it.
    """
    k = j - 1
    while k > stop and words[k].text not in ASIDE_MARKS:
        if words[k].text in QUOTE_CLOSERS or words[k].text in SENTENCE_END:
            return None
        k -= 1
    if k <= stop or k == j - 1:
        return None
    inner = words[k + 1 : j]
    first = inner[0].text.casefold()
    if inner[0].tag in ("DET", "NUM", "PROPN", "NOUN", "ADV") or first in classes.relatives:
        return k
    if first in classes.subordinators or inner[0].tag in ("VERB", "ADP"):
        return k
    if any(first == t[0] for t in classes.interjections):
        return k
    return None


def is_aside(words: Sequence[Word], phrase: Phrase, ending: dict[int, Phrase]) -> bool:
    """An age or a title set off by commas after a name: "Clinton, 35, the daughter of ...".

    Or a description opened by "a" after one, whatever follows it: "Ana Ruiz, 67, a retired
    nurse in Dunmore, Kell, said".
    """
    k = phrase.first - 1
    if k < 1 or words[k].text != "," or k - 1 not in ending:
        return False
    if words[phrase.first].lemma in ("a", "an") and phrase.kind in ("role", "other"):
        named = ending[k - 1]
        if named.first > 0 and words[named.first - 1].tag in ("ADP", "VERB"):
            return False  # "40 died in Orsk, a police spokesman said": no name it describes
        return _after_name(words, ending, k - 1)
    if PARTY_TAG.fullmatch(phrase.text):
        return True  # "Sen. Mara Quist, R-Kell, said": a party tag
    if _place_goes_on(words, phrase, ending, k):
        return True  # "Ivo Moss, of Tarn, Kell, said": the region of the place before
    before = ending[k - 1]
    if before.first > 0 and words[before.first - 1].tag == "ADP" and phrase.kind == "role":
        # "In the capital, the governor, Ana Ruiz, said": the role opens the subject; the
        # phrase before it is a preposition's, no name it describes
        return False
    return (
        phrase.last + 1 < len(words)
        and words[phrase.last + 1].text == ","
        and (
            words[phrase.head].tag == "NUM"
            # a title describes someone or some body: "Lund, the governor," (but "after the
            # landslide, the mayor, Ana Lind, said": the role opens the subject)
            or (phrase.kind == "role" and before.kind != "other")
        )
    )


def _place_goes_on(
    words: Sequence[Word], phrase: Phrase, ending: dict[int, Phrase], k: int
) -> bool:
    """A one-word name after "of/in/from" a place and a comma, set off: ", of Raleigh, N.C.,".

    Not after a place that opens the sentence or a participle: in "In Kell, Lund, who ...,
    said" and "Speaking in Kell, Lund, without ..., said" Lund is no region of Kell.
    """
    place = ending.get(k - 1)
    return (
        phrase.kind in ("name", "organization")
        and phrase.first == phrase.last
        and place is not None
        and place.kind in ("name", "organization")
        and place.first > 1
        and words[place.first - 1].lemma in ("of", "in", "from")
        # after a comma or a noun: ", of Raleigh", "a driver from Ava"; not "Speaking in Kell"
        and (words[place.first - 2].text == "," or words[place.first - 2].tag in ("NOUN", "PROPN"))
        and phrase.last + 1 < len(words)
        and words[phrase.last + 1].text == ","
    )


def _after_name(words: Sequence[Word], ending: dict[int, Phrase], j: int) -> bool:
    """Whether word ``j`` ends a name, or an age set off after one ("Ana Ruiz, 67")."""
    phrase = ending.get(j)
    if phrase is not None and phrase.kind == "name":
        return not is_time(words, phrase)  # "by Thursday morning, an official ... said"
    if phrase is None or words[phrase.head].tag != "NUM" or phrase.first < 2:
        return False
    before = ending.get(phrase.first - 2)
    return words[phrase.first - 1].text == "," and before is not None and before.kind == "name"


def back_to(words: Sequence[Word], j: int, mark: str, stop: int) -> int:
    """The word before the ``mark`` that opens what closes at ``j`` ("(" for ")"), or ``stop``."""
    k = j - 1
    while k > stop and words[k].text != mark:
        k -= 1
    return k - 1 if k > stop else stop


def floats_after_aside(
    words: Sequence[Word], phrase: Phrase, j: int, stop: int, classes: WordClasses
) -> bool:
    """A lone "both", "all" or "each" right after the comma that closes a subject's aside."""
    return (
        phrase.first == phrase.last == j
        and words[j].text.casefold() in ("both", "all", "each")
        and j - 1 > stop
        and words[j - 1].text == ","
        and aside_start(words, j - 1, stop, classes) is not None
    )


def listed_aside(
    words: Sequence[Word], ending: dict[int, Phrase], j: int, stop: int, k: int | None
) -> int | None:
    """The opening of an aside that holds a list with commas of its own, else ``k``.

    "The three presidents, Ana Lind, Piet Varga and Ole Berg, said": the aside opens before
    the whole list, not at its last comma.
    """
    listed = ending.get(j - 1)
    if k is None or listed is None or not listed.conjuncts or listed.first > k:
        return k
    opens = listed.first - 1
    return opens if opens > stop and words[opens].text in ASIDE_MARKS else k


def relative_opening(
    words: Sequence[Word], k: int | None, stop: int, classes: WordClasses
) -> int | None:
    """The comma before "who" or "which" that opens the relative clause holding an aside.

    "Ms. Lind, who helped found Tarnwatch, an environmental group based in Orsk, said": the
    aside the walk found ("an environmental group based in Orsk") lies inside the relative
    clause, which opens at the comma before "who". Not past ", and" (a list of subjects), a
    quotation or a clause's end.
    """
    if k is None:
        return None
    i = k - 1
    while i > stop + 1 and k - i < _RELATIVE_REACH:
        w = words[i]
        if w.text in QUOTE_CLOSERS or w.text in SENTENCE_END or w.text in (";", ":"):
            return k
        if w.tag == "CCONJ" and words[i - 1].text == ",":
            return k
        if w.lemma in classes.relatives and w.lemma != "whose" and words[i - 1].text == ",":
            # its verb before the aside: "who helped found X, a group in Y," (not "who, on
            # a call Friday, criticized": the aside right after the pronoun)
            inside = any(v.tag in ("VERB", "AUX") for v in words[i + 1 : k])
            return i - 1 if inside else k
        i -= 1
    return k


_RELATIVE_REACH = 30


def judges(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """A relative clause's verb of judging, whose object is never the next verb's subject.

    "Republicans who have praised his plan warned": "his plan" is what was praised, and the
    subject of "warned" is the relative's antecedent.
    """
    k = vg.first - 1
    while k > 0 and words[k].tag == "ADV":
        k -= 1
    if k < 1 or (words[k].lemma not in classes.relatives and words[k].lemma != "that"):
        return False  # "who", or "that" after its noun: "groups that have endorsed him say"
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    return bool(forms) and all(f.klass == "evaluation" for f in forms)
