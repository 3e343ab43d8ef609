"""Whether a verb form reads as a noun where it stands: "the report", "30 states", "tax plans".

English spells many nouns and verbs alike ("report", "states", "plans", "figures"). The tagger
gives such a word its verb reading; the chunker asks :func:`noun_here` whether the words around
it make it a noun instead. Each rule is one fact of English word order: a plain verb form does
not follow a singular noun ("health care"), two finite verbs do not stand side by side ("the
tax plans would"), a verb does not follow an attributive adjective ("coastal states like").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.patterns import lazy
from .structure import POSSESSIVE_ENDS, Word
from .words import VerbForm, WordClasses

_YEAR = lazy(r"1[5-9]\d\d|20\d\d")


def noun_here(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether the verb form ``words[k]`` (not the first word) reads as a noun here."""
    low = words[k].text.casefold()
    if low in classes.not_nouns:
        return False  # "One says", "another tells": no noun is spelled so
    prev = words[k - 1]
    nxt = words[k + 1] if k + 1 < len(words) else None
    if prev.text.casefold() in _SUBJECTS:
        return False  # "a company he owns has charged": a subject pronoun and its verb
    if nxt is not None and nxt.tag == "NUM" and prev.tag in ("NOUN", "PROPN"):
        return False  # "figures from the ministry show 40 people died": a verb and its count
    if (
        nxt is not None
        and nxt.text.casefold() == "that"
        and prev.tag == "PROPN"
        and not prev.text.endswith(POSSESSIVE_ENDS)  # "Lund's claim that": a noun
        and any(f.klass for f in classes.verbs.get(low, ()))
    ):
        return False  # "figures compiled by the Kell Observatory show that 900 ...": its verb
    if classes.form_names.get(low) == _THIRD and prev.text.casefold() in _ONE:
        # "another says", "one reports": a plural noun cannot follow a word that counts one
        return False
    if low in classes.ing_nouns and (
        prev.tag in ("DET", "ADJ", "NUM", "NOUN", "PROPN") or prev.text.endswith(POSSESSIVE_ENDS)
    ):
        # "a town hall meeting in Kell", "Monday's briefing"; but after people or a body that
        # can act it describes them: "rebels fighting near Tarn", "the coalition fighting in"
        return not _acts(prev, classes)
    return _before_or_after(words, k, low, classes) or _by_neighbours(words, k, low, classes)


_ONE = frozenset({"one", "another", "each", "either", "neither"})
_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
# Sets of form names (``WordClasses.form_names``) the rules below compare with.
_BASE = frozenset({"base"})
_THIRD = frozenset({"third"})
_BASE_THIRD = frozenset({"base", "third"})
_BASE_THIRD_ING = frozenset({"base", "third", "ing"})
_PAST = frozenset({"past", "participle"})
_MODIFIERS = frozenset({"past", "participle", "ing"})
_FINITE_FORMS = frozenset({"past", "third", "participle"})


def _acts(word: Word, classes: WordClasses) -> bool:
    """A noun for people or a body, that a participle after it can describe."""
    if word.tag != "NOUN":
        return False
    low = word.text.casefold()
    return low in classes.groups or low in classes.org_heads or low in classes.collectives


def _before_or_after(words: Sequence[Word], k: int, low: str, classes: WordClasses) -> bool:
    """The rules that make a verb form a noun; False where none does (the caller goes on).

    ``low`` is ``words[k]`` case-folded.
    """
    forms = classes.verbs.get(low)
    names = classes.form_names.get(low)  # None exactly when ``forms`` is
    prev = words[k - 1]
    nxt = words[k + 1] if k + 1 < len(words) else None
    if (
        nxt is not None
        and nxt.tag == "NOUN"
        and (
            prev.tag in ("DET", "ADP", "NUM")
            or (prev.text.endswith(POSSESSIVE_ENDS) and prev.tag != "AUX")
            # "the dead and injured workers", but not "... and said allies wanted": a verb of
            # saying has no participle that describes a noun
            or (
                prev.tag == "CCONJ"
                and not any(f.klass for f in forms or ())
                # "and shot dead two guards": a verb, its complement and its object
                and not (k + 2 < len(words) and words[k + 2].tag in ("NUM", "DET"))
            )
        )
        and (names is None or not names.isdisjoint(_MODIFIERS))
    ):
        # "of registered voters", "the injured workers", "the envoy's updated proposal": a
        # participle before a noun
        return True
    if (
        names == _BASE
        and nxt is not None
        and nxt.tag in ("NOUN", "PROPN", "ADJ")
        and prev.tag in ("DET", "NUM", "ADJ", "CCONJ", "VERB", "ADP", "PUNCT")
        and prev.lemma != "to"
    ):
        return True  # "state party officials", "eight state candidates": a noun before a noun
    if (
        names is not None
        and "third" in names
        and prev.tag in ("NOUN", "ADJ", "NUM")
        and (nxt is None or nxt.text in (",", ".", ";", ":") or nxt.lemma == "where")
        and not _closing_source(words, k, forms or ())
    ):
        return True  # "all battleground states.", "the blue states, where": a plural noun
    if names is not None and names <= _BASE_THIRD:
        if nxt is not None and _finite(nxt, classes) and not _gap_before(words, k, classes):
            return True  # "the tax plans would", "a report published": no two verbs side by side
        adjective = prev.tag == "ADJ" or (
            classes.closed.get(prev.lemma) == "ADJ"  # "traditionally Republican states like"
            and words[k - 2].tag not in ("DET", "PROPN", "NOUN")  # "the Wisconsin Republican"
        )
        if adjective and nxt is not None and nxt.tag in ("ADP", "CCONJ", "PUNCT"):
            return True  # "bold plans from", "coastal states like": a noun after an adjective
        if names == _BASE and _inside_phrase(words, k, classes):
            return True  # "the Kell Post report", "a 2019 report": a singular takes no "report"
    if (
        prev.tag == "VERB"
        and names is not None
        and names <= _BASE_THIRD
        and (_past_only(prev, classes) or _third_pair(words, k, low, names, classes))
        and prev.lemma not in classes.bare_infinitive
        and not (k > 1 and words[k - 2].tag == "DET")  # "those surveyed say": people, a verb
    ):
        # "opened fire", "sparked fears", "said talks continue", "backs calls for": no two
        # verbs side by side
        return True
    if (
        prev.tag == "ADP"
        and (prev.lemma != "to" or (k > 1 and words[k - 2].tag == "ADP"))
        and names is not None
        and not names.isdisjoint(_BASE_THIRD)
    ):
        # "in figures published", "for help", "according to press reports": a noun after a
        # preposition (a "to" after a verb opens an infinitive)
        return True
    return False


def _closing_source(words: Sequence[Word], k: int, forms: Sequence[VerbForm]) -> bool:
    """A verb of saying after a source that a comma or a quotation sets off at the end.

    "..., the union says.", "'...,' the council states.": the phrase before the verb opens
    right after the mark, so the verb closes a clause of its own ("in the battleground states."
    has no such mark).
    """
    if not any(f.klass is not None and f.form == "third" for f in forms):
        return False
    j = k - 1
    while j >= 0 and words[j].tag in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        j -= 1
    # the phrase opens with an article, a possessive or a name, as a subject does ("larger,
    # more diverse states." lists adjectives)
    return (
        0 <= j < k - 1
        and words[j].text in (",", "\u201d", '"', "\u2019", "'")
        and (
            words[j + 1].tag == "PROPN"
            or words[j + 1].lemma in ("a", "an", "the")
            or _POSSESSIVE_DET.match(words[j + 1].text) is not None
        )
    )


def _by_neighbours(words: Sequence[Word], k: int, low: str, classes: WordClasses) -> bool:
    """The rest: after a number, a determiner or a noun, before a verb or a name."""
    names = classes.form_names.get(low)  # None: not a listed verb form
    prev = words[k - 1]
    nxt = words[k + 1] if k + 1 < len(words) else None
    if prev.tag == "NUM" and prev.text.casefold() not in ("one", "1"):
        # "30 states" (a plural noun), but "six in 10 say" (a verb): after a number above one
        # only the "-s" form can be a noun.
        return names is not None and "third" in names
    after_det = (
        prev.tag in ("DET", "ADJ", "NUM")
        or prev.text.casefold() in classes.determiners
        or (prev.text.endswith(POSSESSIVE_ENDS) and prev.tag != "AUX")  # not "she's"
    ) and prev.lemma not in classes.plurals  # "a third say": a share of people, then a verb
    if (
        prev.tag in ("NOUN", "PROPN")
        and nxt is not None
        and nxt.tag in ("VERB", "AUX")
        and ("ing" in names if names is not None else not low.endswith("ed"))
    ):
        # "a court filing released Monday says": a noun before the verb; an "-ed" word no list
        # knows is the verb ("The army renewed attacks")
        return True
    if (
        names is not None
        and nxt is not None
        and nxt.tag == "VERB"
        and "third" in names
        and "base" in classes.form_names.get(nxt.text.casefold(), ())
    ):
        return True  # "Coastal states limit fishing": two verbs cannot stand side by side
    if names is not None and names.isdisjoint(_BASE_THIRD_ING):
        return False  # "said", "told": never nouns
    if names is not None and names.isdisjoint(_BASE_THIRD):
        return after_det  # "his telling of", "the reporting": a gerund after a determiner
    if after_det:
        return True  # an unknown "-ed"/"-ing" word too: "the wounded", "a meeting"
    if names is not None and names <= _BASE_THIRD and _after_indefinite_name(words, k):
        return True  # "a New York Times poll last year", "an Ipsos survey": the name's
    if (
        (prev.tag == "NOUN" or (prev.tag == "PROPN" and nxt is not None and nxt.text == ","))
        and not plural(prev, classes)
        and names == _BASE
        and not (
            k > 1 and words[k - 2].tag == "NUM" and not _money(words, k - 2)
        )  # "9 percent say"
    ):
        # "health care", "a Supreme Court advocate, Ana Ruiz": a singular noun or name takes no
        # plain verb form
        return True
    if (
        prev.tag in ("NOUN", "PROPN")
        # "officials believe X": a verb; but "Sanders campaign manager": a name's compound
        and (not prev.text.casefold().endswith("s") or _titled_next(prev, nxt, classes))
        and nxt is not None
        and (nxt.tag in ("NOUN", "PROPN") or (names is None and nxt.tag in ("VERB", "AUX")))
        and (names is None or names == _BASE)
        and not (names is None and low.endswith("ed"))  # "Lund distanced himself"
    ):
        # "Lund campaign manager", "a court filing released": a noun inside a compound
        return True
    return (
        names == _BASE
        and prev.tag not in ("PROPN", "NOUN", "PRON")
        and nxt is not None
        and nxt.tag == "PROPN"
        and nxt.text.casefold() in classes.honorifics
    )


def _money(words: Sequence[Word], k: int) -> bool:
    """Whether the number ending at ``k`` is an amount of money: "$1.5 million" (an ad buy)."""
    while k >= 0 and words[k].tag == "NUM":
        k -= 1
    return k >= 0 and words[k].text in ("$", "\u20ac", "\u00a3")


def _after_indefinite_name(words: Sequence[Word], k: int) -> bool:
    """Whether "a" or "an" and only names stand before ``words[k]``: "a Kell Times poll".

    An indefinite article does not make a name a subject of its own; the noun after it does.
    """
    j = k - 1
    while j >= 0 and words[j].tag == "PROPN":
        j -= 1
    return j < k - 1 and j >= 0 and words[j].lemma in ("a", "an")


def _titled_next(prev: Word, nxt: Word | None, classes: WordClasses) -> bool:
    """A name before the word, and a title or a group noun after it: "Sanders campaign aides"."""
    if prev.tag != "PROPN" or nxt is None or not nxt.text.islower():
        return False  # not before a name: "many Republicans fear Mrs. Lund would"
    low = nxt.text.casefold()
    return low in classes.titles or low in classes.groups or low in classes.org_heads


def _third_pair(
    words: Sequence[Word], k: int, low: str, names: frozenset[str], classes: WordClasses
) -> bool:
    """An "-s" form after a verb that can only be in "-s": "Kell backs calls", "Lund says talks".

    A plural noun before it would take a plain verb ("police reports show"), so the second
    "-s" form is the first one's object, if the first follows its subject: not inside a
    preposition's object ("an average of polls shows").
    """
    if not ("third" in names and low.endswith("s")):
        return False
    if classes.form_names.get(words[k - 1].text.casefold()) != _THIRD:
        return False
    j = k - 2
    while j >= 0 and words[j].tag in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM"):
        j -= 1
    return j < k - 2 and (j < 0 or words[j].tag != "ADP")


def _past_only(word: Word, classes: WordClasses) -> bool:
    """A verb form that can only be past or a participle: "opened", "sparked", "said"."""
    low = word.text.casefold()
    names = classes.form_names.get(low)
    return low.endswith("ed") if names is None else names <= _PAST


def _finite(word: Word, classes: WordClasses) -> bool:
    """A word that can only be a finite verb or an auxiliary: "would", "was", "cheered"."""
    low = word.text.casefold()
    if low in classes.modals or low in _FINITE_AUX:
        return True
    names = classes.form_names.get(low)
    return (
        word.tag == "VERB"
        and names is not None
        and names <= _FINITE_FORMS
        and not (low.endswith("s") and "third" in names)  # "officials"
    )


def _gap_before(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether the phrase before ``k`` opens a relative clause with a gap after its verb.

    "a trend that the agency predicts will continue", "a step Lund hopes will help": the verb
    and the finite verb after it may stand side by side there.
    """
    j = k - 1
    while j >= 0 and words[j].tag in ("NOUN", "PROPN", "NUM", "ADJ", "DET"):
        if words[j].lemma == "that":
            break
        j -= 1
    if j < 0:
        return False
    low = words[j].text.casefold()
    return (
        low in classes.relatives
        or low == "that"
        or (j + 1 < k and words[j + 1].tag != "DET" and words[j].tag == "NOUN")
    )


def _inside_phrase(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether nouns, names, numbers or adjectives run back from ``k`` to a determiner.

    "the Kell Post report", "a 2019 report": a singular run before a plain verb form makes
    the form a noun; a plural one ("the harbour officials report") may be its subject.
    """
    prev = words[k - 1]
    if plural(prev, classes) or prev.text.endswith(("s", "S")):
        return False
    j = k - 1
    while j >= 0 and words[j].tag in ("NOUN", "PROPN", "NUM", "ADJ"):
        if words[j].tag == "NUM" and not _YEAR.fullmatch(words[j].text):
            return False  # "a mere 9 percent say": a number makes a plural
        j -= 1
    article = j >= 0 and (
        words[j].lemma in ("a", "an", "the") or _POSSESSIVE_DET.match(words[j].text) is not None
    )
    return j < k - 1 and article


_POSSESSIVE_DET = lazy(r"(?i)(?:its|his|her|their|our|my|your)$")
_FINITE_AUX = frozenset("is are was were has have had does did".split())


def plural(word: Word, classes: WordClasses) -> bool:
    """A plural common noun: "officials", and the plurals without an "-s" ("data", "police")."""
    low = word.text.casefold()
    # "press", "census", "crisis" end in "s" and are singular
    regular = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return word.tag == "NOUN" and (regular or low in classes.plurals)


def plural_next(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether the noun at ``k``, past adjectives, is a plural one ("that local experts")."""
    while k < len(words) - 1 and words[k].tag == "ADJ":
        k += 1
    return k < len(words) and plural(words[k], classes)


def plural_object(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> bool:
    """An "-s" form after a noun in the object of a preposition, before a preposition or a mark.

    "according to the exit polls in Tarn", "from the state reports on Monday": the object of a
    preposition holds no verb of its own.
    """
    if k == 0 or words[k - 1].tag != "ADP" or j == k:
        return False
    if words[j - 1].tag not in ("NOUN", "VERB"):  # "state" is read as a noun in the phrase
        return False
    nxt = words[j + 1].tag if j + 1 < len(words) else "PUNCT"
    return classes.form_names.get(words[j].text.casefold()) == _THIRD and nxt in ("ADP", "PUNCT")
