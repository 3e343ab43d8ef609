"""What stands between a verb of saying and what it says: "said on Monday in a statement that".

:func:`past_modifiers` skips times, prepositional phrases (with a participle that describes
their object: "in a report released on Monday") and an aside that cites a source ("reported,
citing the ministry, that ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.patterns import lazy
from .apposed import apposition_end
from .structure import DASHES, Phrase, VerbGroup, Word
from .words import WordClasses

YEAR = lazy(r"1[5-9]\d\d|20\d\d")
_CITING = frozenset({"cite", "quote"})
_TIME_HEADS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week "
    "weekend month year morning afternoon evening night day days weeks months years time "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Nouns of an occasion that stand between a subject and its verb only after a preposition:
# "officials, in a statement, said"; "the statement said" is a subject.
_OCCASION_HEADS = frozenset({"interview", "statement"})


def past_modifiers(
    words: Sequence[Word], starting: dict[int, Phrase], k: int, classes: WordClasses
) -> int:
    """Skip what stands between a verb and its content: "said on Monday in a statement that".

    A participle that describes a prepositional object goes with it: "said in a report
    released on Monday that ...".
    """
    n = len(words)
    after_object = False
    while k < n:
        w = words[k]
        end = apposition_end(words, starting, k + 1) if after_object and w.text == "," else -1
        if end > 0:
            k = end  # "told reporters in Pella, the regional capital(,)": no content
        elif w.text in (",", ":", *DASHES) or w.tag == "ADV":
            k += 1
            after_object = False
        elif (
            (w.tag == "ADP" or _preposition_here(words, starting, k, classes))
            and k + 1 < n
            and k + 1 in starting
            and not _counts(words, starting[k + 1], w, classes)
        ):
            k = starting[k + 1].last + 1  # a prepositional phrase: "on Twitter", "in Lima"
            after_object = True
        elif after_object and w.tag == "VERB" and past_participle(w, classes):
            k += 1
        elif w.tag == "VERB" and k + 1 in starting and _cites(w, classes):
            k = starting[k + 1].last + 1  # "reported, citing the ministry, that ...": an aside
            after_object = True
        elif k in starting and is_time(words, starting[k]) and not starting[k].possessive:
            k = starting[k].last + 1  # "said Monday that", "issued late Friday"
            after_object = False
        else:
            return k
    return k


def _preposition_here(
    words: Sequence[Word], starting: dict[int, Phrase], k: int, classes: WordClasses
) -> bool:
    """A subordinator that is a preposition here: "said after a lunch that", not "after X met".

    A noun phrase follows (with its prepositional phrases), and no verb after it.
    """
    w = words[k]
    if w.tag != "SCONJ" or w.lemma not in classes.prepositions or k + 1 not in starting:
        return False
    after = starting[k + 1].last + 1
    while after + 1 < len(words) and words[after].tag == "ADP" and after + 1 in starting:
        after = starting[after + 1].last + 1  # "after tens of thousands of people spent"
    return after >= len(words) or words[after].tag not in ("VERB", "AUX")


def past_participle(word: Word, classes: WordClasses) -> bool:
    """Whether the word may be a past participle: "released", "issued", "given"."""
    forms = classes.verbs.get(word.text.casefold())
    if forms is None:
        return word.text.casefold().endswith("ed")
    return any(f.form == "participle" for f in forms) or (
        any(f.form == "past" for f in forms) and not any(f.form == "third" for f in forms)
    )


def _counts(words: Sequence[Word], phrase: Phrase, prep: Word, classes: WordClasses) -> bool:
    """A figure after a preposition is what was said: "said at least 47 died", "up to 30".

    So is a share: "said about half of the residents fled".
    """
    if prep.lemma == "at" and words[phrase.first].lemma in ("least", "most"):
        return True
    if words[phrase.head].lemma in classes.fractions:
        return True
    return any(
        w.tag == "NUM" and not YEAR.fullmatch(w.text) for w in words[phrase.first : phrase.last + 1]
    )


def _cites(word: Word, classes: WordClasses) -> bool:
    """Whether the word is "citing" or "quoting": what follows is the source cited."""
    forms = classes.verbs.get(word.text.casefold(), ())
    return any(f.form == "ing" and f.lemma in _CITING for f in forms)


def is_time(words: Sequence[Word], phrase: Phrase) -> bool:
    """A time ("on Monday", "last week") or an occasion after a preposition ("in a statement")."""
    head = words[phrase.head].text.casefold().rstrip(".")
    if head in _OCCASION_HEADS:
        return phrase.first > 0 and words[phrase.first - 1].tag == "ADP"
    return head in _TIME_HEADS


def number_ahead(words: Sequence[Word], k: int, vg: VerbGroup, classes: WordClasses) -> bool:
    """A number within three words after a preposition: "at least 47", "up to 30", "over 200".

    Or a share: "said about half of the residents fled", "about a third". Not after "to" and a
    verb of thinking or wanting, whose "to" opens an infinitive: "declined to 3,400" measures a
    fall ("raised to 150 the number of ..." gives a count).
    """
    if words[k].lemma == "to" and any(
        f.klass == "cognition" for f in classes.verbs.get(words[vg.head].text.casefold(), ())
    ):
        return False
    for w in words[k + 1 : k + 4]:
        if w.tag == "NUM":
            return not YEAR.fullmatch(w.text)  # "in 2018": a year, not a count
        if w.lemma in classes.fractions:
            return True
        if w.tag in ("VERB", "AUX", "PUNCT", "PRON"):
            return False  # "said on Friday, among them 117": a part of the count before
    return False
