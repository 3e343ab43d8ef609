"""Word classes that the first words of a sentence decide.

The tagger's own second pass (:func:`claimtrack.syntax.words.tag`) reads each word against the
one before it; these read the opening of a sentence: a modal before a name ("Will Estrada
said"), a past participle before a noun ("Retired neurosurgeon Ben Vey told").
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .structure import Word

if TYPE_CHECKING:
    from .words import WordClasses


def in_context(out: list[Word], classes: WordClasses) -> None:
    """The classes a sentence's words take from the words around them, in order."""
    titled_participles(out, classes)
    names_within(out, classes)  # "Doctors Without Borders", "Human Rights Watch"
    plural_subjects(out, classes)  # "Federal records show ...": a noun before its verb
    document_nouns(out, classes)  # "the updated figures": a document, not a verb
    adverb_phrases(out, classes)  # "had so far died"
    degree_adverbs(out, classes)  # "well above the 40 first reported"
    plain_nouns(out, classes)  # "sources close to her campaign say"
    modifying_prepositions(out)  # "an inside source": a modifier, not a preposition


def participle_compound(text: str, classes: WordClasses) -> bool:
    """A capitalised compound whose last part is a participle in lower case: "Kell-based".

    A name keeps a capital after its hyphen ("al-Rashidi", "Anne-Marie").
    """
    _, hyphen, last = text.rpartition("-")
    if not hyphen or not last.isalpha() or not last.islower():
        return False
    forms = classes.verbs.get(last, ())
    return any(f.form in ("past", "participle") for f in forms) or (
        not forms and last.endswith("ed")
    )


def modifying_prepositions(out: list[Word]) -> None:
    """Prepositions that are not: a modifier of a noun, or an adverb with no object.

    "an inside source", "the outside world" are noun phrases, no prepositional phrases; "as I
    mentioned above," ends with an adverb.
    """
    for k in range(1, len(out) - 1):
        if (
            out[k].tag == "ADP"
            and out[k - 1].lemma in ("a", "an", "the")  # not "Those with ties", "more than"
            and out[k + 1].tag in ("NOUN", "PROPN")
            and out[k].text.isalpha()
        ):
            out[k] = out[k]._replace(tag="ADJ")
        elif out[k].tag == "ADP" and out[k - 1].tag == "VERB" and out[k + 1].tag == "PUNCT":
            out[k] = out[k]._replace(tag="ADV")  # "as I mentioned above,": no object


def opening_participle(out: Sequence[Word], classes: WordClasses) -> bool:
    """A past participle that opens a sentence before a noun describes it.

    "Retired neurosurgeon Ben Vey", "Trapped miners", "Retired Gen. Ana Lund"; but "Asked
    about it" is a clause of its own.
    """
    first, nxt = out[0], out[1]
    forms = classes.verbs.get(first.text.casefold(), ())
    if first.tag != "VERB" or not forms or not all(f.form in ("past", "participle") for f in forms):
        return False
    return nxt.tag == "NOUN" or nxt.text.casefold() in classes.honorifics


def name_not_modal(out: Sequence[Word], classes: WordClasses) -> bool:
    """A modal that opens a sentence before a name and a comma or a finite verb is a name.

    "Will Estrada, the chairman, said" and "Will Estrada said", but "Will Lund run?".
    """
    first, name, after = out[0], out[1], out[2]
    if first.tag != "AUX" or first.lemma not in classes.modals or name.tag != "PROPN":
        return False
    forms = classes.verbs.get(after.text.casefold(), ())
    return after.text == "," or (
        after.tag == "VERB" and bool(forms) and not any(f.form == "base" for f in forms)
    )


def titled_participles(out: list[Word], classes: WordClasses) -> None:
    """A participle before a title and a name describes the person: an adjective, in place.

    "said retired general Tomas Lind", "newly elected mayor Ana Ruiz", "acting governor Ana
    Ruiz"; but "retired to his farm", "elected Lund mayor" stay verbs.
    """
    for k in range(len(out) - 2):
        w = out[k]
        if w.tag != "VERB":
            continue
        titled = out[k + 1].text.casefold() in classes.titles and out[k + 2].tag == "PROPN"
        if not titled and not (k > 0 and _described_person(out, k, classes)):
            continue
        if w.text.casefold() in classes.reporting:
            continue  # "said President Lund": a verb of saying before its inverted subject
        forms = classes.verbs.get(w.text.casefold(), ())
        if k > 0 and not _opens_description(out[k - 1], classes):
            continue  # "who shot and wounded President Lund": a verb and its object
        if all(f.form in ("past", "participle", "ing") for f in forms) and (
            forms or w.text.endswith(("ed", "ing"))
        ):
            out[k] = out[k]._replace(tag="ADJ")


def _described_person(out: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """After a verb of saying or a determiner, a person named after a description.

    "said retired Army Col. Pia Marsh", "said undecided voter Lia Brant": nouns or an
    honorific, then the name; a bare name ("..., killed Ana Ruiz") describes nobody.
    """
    before = out[k - 1]
    if before.tag != "DET" and not (
        before.tag == "VERB" and before.text.casefold() in classes.reporting
    ):
        return False
    described = False
    j = k + 1
    while j < len(out) and j - k <= 5 and out[j].tag in ("NOUN", "PROPN"):
        low = out[j].text.casefold()
        described = described or out[j].tag == "NOUN" or low in classes.honorifics
        j += 1
    return described and out[j - 1].tag == "PROPN" and j - 1 > k + 1


def _opens_description(before: Word, classes: WordClasses) -> bool:
    """What may stand before a participle that describes a titled person.

    A determiner, an adverb ("newly elected"), a mark, or a verb of saying whose subject
    follows it ("said retired general Tomas Lind").
    """
    if before.tag in ("DET", "ADV", "PUNCT") or before.text.casefold().endswith("ly"):
        return True
    return before.tag == "VERB" and before.text.casefold() in classes.reporting


def plural_subjects(out: list[Word], classes: WordClasses) -> None:
    """An "-s" form right before a verb of saying or showing is a plural noun, its subject.

    "Federal records show ...", "Polls found ...", "filing documents reveal ...": two verbs
    in a row cannot both be finite, and the second one reports; but "Ruiz records her show"
    (a pronoun after it) and "says" (no noun: ``never_nouns``) stay verbs.
    """
    for k in range(len(out) - 2):
        w, nxt = out[k], out[k + 1]
        if w.tag != "VERB" or nxt.tag != "VERB" or out[k + 2].tag == "PRON":
            if w.tag == "VERB" and _before_relative(out, k, classes):
                out[k] = w._replace(tag="NOUN", lemma=w.text.casefold())
            continue
        forms = classes.verbs.get(w.text.casefold(), ())
        if not forms or not all(f.form == "third" for f in forms):
            continue
        if any(f.lemma in classes.never_nouns for f in forms):
            continue
        following = classes.verbs.get(nxt.text.casefold(), ())
        if any(f.klass in _SAYS for f in following) and all(
            f.form in ("base", "past") for f in following
        ):
            out[k] = w._replace(tag="NOUN", lemma=w.text.casefold())
    for k in range(len(out) - 3):
        # after "and"/"but", or opening the sentence alone or after one modifier ("Exit polls")
        modified = k == 1 and out[0].tag in ("PROPN", "ADJ", "NOUN")
        if not (k == 0 or modified or out[k - 1].tag == "CCONJ") or out[k].tag != "VERB":
            continue
        if _heads_a_subject(out, k, classes, says=modified):
            out[k] = out[k]._replace(tag="NOUN", lemma=out[k].text.casefold())


def _before_relative(out: list[Word], k: int, classes: WordClasses) -> bool:
    """An "-s" form before a relative pronoun and its verb is a plural noun it describes.

    "Rust Belt states that have lost jobs", "groups who back the levy": a verb's "that" opens
    a clause with a subject of its own ("Lind states that the levy ...").
    """
    forms = classes.verbs.get(out[k].text.casefold(), ())
    if not forms or not all(f.form == "third" for f in forms):
        return False
    if any(f.lemma in classes.never_nouns for f in forms) or out[k + 1].lemma not in _RELATIVE:
        return False
    j = k + 2
    while j < len(out) - 1 and out[j].tag == "ADV":
        j += 1
    if out[j].tag not in ("VERB", "AUX"):
        return False
    # "hopes that winning the state will": a clause whose subject is an "-ing" form
    after = classes.verbs.get(out[j].text.casefold(), ())
    return not (after and all(f.form == "ing" for f in after)) and not out[j].text.endswith("ing")


_RELATIVE = frozenset({"that", "which", "who", "whose"})


def _heads_a_subject(out: list[Word], k: int, classes: WordClasses, says: bool) -> bool:
    """An "-s" form after "and"/"but", with a prepositional phrase and then a past verb.

    "..., but demands for a truce grew", "and calls for talks were ignored": the noun heads the
    next clause's subject. "but calls for a truce" (no verb after) stays a verb. After a first
    word that may be a name (``says``), the past verb must be one of saying or showing: "Exit
    polls from Kell showed", but "Lund leads in polls released Tuesday".
    """
    forms = classes.verbs.get(out[k].text.casefold(), ())
    if not forms or not all(f.form == "third" for f in forms) or out[k + 1].tag != "ADP":
        return False
    if any(f.lemma in classes.never_nouns for f in forms):
        return False
    for word in out[k + 2 :]:
        forms = classes.verbs.get(word.text.casefold(), ())
        if word.tag == "VERB" and forms and all(f.form == "third" for f in forms):
            continue  # "calls for talks were ignored": a plural noun in the phrase
        if word.tag == "AUX":
            return not says  # "were ignored", "have grown"
        if word.tag == "VERB":
            return any(f.form == "past" and (not says or f.klass in _SAYS) for f in forms)
        if word.tag not in _IN_PHRASE or word.lemma in _OPENS_CLAUSE:
            return False  # "warns of strikes that killed 9": the verb is another clause's
    return False


_TEXT = operator.attrgetter("text")
_LEMMA = operator.attrgetter("lemma")
_IN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ"})
_OPENS_CLAUSE = frozenset({"that", "which", "who", "whose", "where", "when", "while"})
# Classes of the verbs whose plural subject may be read as a verb form before them.
_SAYS = frozenset({"speech", "evidence"})


def names_within(out: list[Word], classes: WordClasses) -> None:
    """Capitalised words that read as other classes inside a name: "Doctors Without Borders"."""
    named_prepositions(out)
    named_adjectives(out, classes)


# Prepositions that stand capitalised inside an organisation's name: "Doctors Without Borders",
# "Mothers Against Drunk Driving".
_NAME_PREPOSITIONS = frozenset({"without", "against", "sans", "beyond"})


def named_prepositions(out: list[Word]) -> None:
    """A capitalised preposition inside a name joins it: "Doctors Without Borders said".

    Only where it cannot open the sentence or a clause: after a capitalised word, before one.
    """
    if _NAME_PREPOSITIONS.isdisjoint(map(_LEMMA, out)):
        return  # (nearly every sentence)
    for k in range(1, len(out) - 1):
        w = out[k]
        if w.lemma not in _NAME_PREPOSITIONS or not w.text[0].isupper():
            continue
        before, after = out[k - 1], out[k + 1]
        if (
            before.text[:1].isupper()
            and after.text[:1].isupper()
            and after.tag in ("PROPN", "NOUN")
        ):
            for j in (k - 1, k, k + 1):
                out[j] = out[j]._replace(tag="PROPN")


def named_adjectives(out: list[Word], classes: WordClasses) -> None:
    """A capitalised adjective that opens a name of capitalised words joins it.

    "Human Rights Watch said": one name, not the title "Human" before "Rights Watch". Not
    before a title or a given name ("Former President Lund", "American Tom Lund"), one name
    alone ("Republican Lund") or a common noun after the names ("Local Kell officials").
    """
    for k in range(len(out) - 1):
        w = out[k]
        if w.tag != "ADJ" or not w.text[:1].isupper() or out[k + 1].tag != "PROPN":
            continue
        if w.lemma in classes.descriptors:
            continue  # "Former AG Mukasey": a description of the person named
        j = k + 1
        while j < len(out) and out[j].tag == "PROPN":
            j += 1
        run = [x.text.casefold() for x in out[k + 1 : j]]
        if len(run) < 2:
            continue  # "Republican Lund said": a descriptor and a name
        if any(r in classes.titles or r in classes.honorifics or r in classes.given for r in run):
            continue
        if j < len(out) and out[j].tag in ("NOUN", "ADJ", "PROPN"):
            continue
        out[k] = w._replace(tag="PROPN")


def document_nouns(out: list[Word], classes: WordClasses) -> None:
    """A count's or a record's noun after a determiner, maybe past a participle: a noun.

    "gave the updated figures", "its latest figures show": "figures" spelled like a verb of
    thinking is the document here, and the participle before it describes it.
    """
    for k in range(1, len(out)):
        w = out[k]
        if w.tag != "VERB" or w.text.casefold() not in classes.documents:
            continue
        before = out[k - 1]
        if before.tag in ("DET", "ADJ") or (
            before.tag == "VERB" and k > 1 and out[k - 2].tag == "DET"
        ):
            out[k] = w._replace(tag="NOUN", lemma=w.text.casefold())


@functools.lru_cache(maxsize=8)
def _adverb_phrases(adverbs: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The adverbs of more than one word, by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for adverb in adverbs:
        words = tuple(adverb.split())
        if len(words) > 1:
            out.setdefault(words[0], []).append(words[1:])
    return {k: tuple(v) for k, v in out.items()}


def plain_nouns(out: list[Word], classes: WordClasses) -> None:
    """A verb's plain form after an article or a possessive, before a mark or a verb: a noun.

    "the plan,", "its cost of", "to her campaign say" (before a preposition too). Not a
    participle only ("the confirmed toll"), nor before a noun it may modify ("the
    search teams").
    """
    for k in range(1, len(out)):
        w = out[k]
        if w.tag != "VERB" or out[k - 1].lemma not in _ARTICLES:
            continue
        after = out[k + 1].tag if k + 1 < len(out) else "PUNCT"
        forms = classes.verbs.get(w.text.casefold(), ())
        if after in _AFTER_NOUN and any(f.form == "base" for f in forms):
            out[k] = w._replace(tag="NOUN", lemma=w.text.casefold())


_ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "my", "your"})
_AFTER_NOUN = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ", "VERB", "AUX"})


def degree_adverbs(out: list[Word], classes: WordClasses) -> None:
    """Nouns that are also adverbs of degree, read as adverbs where they are.

    That is before a preposition, an adverb or an adjective, with no determiner or modifier
    before them: "well above", not "the well in Orsk".
    """
    for k in range(1, len(out) - 1):
        w = out[k]
        if (
            w.lemma in classes.degree_nouns
            and w.tag == "NOUN"
            and out[k + 1].tag in ("ADP", "ADV", "ADJ")
            and out[k - 1].tag not in _MODIFIES
        ):
            out[k] = w._replace(tag="ADV")


_MODIFIES = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})


def adverb_phrases(out: list[Word], classes: WordClasses) -> None:
    """Words of an adverb of more than one word: "had so far died", "have thus far been"."""
    phrases = _adverb_phrases(classes.adverbs)
    lows = list(map(str.casefold, map(_TEXT, out)))  # retagging keeps the words' texts
    if phrases.keys().isdisjoint(lows):
        return  # most sentences hold no first word of one
    for k in [k for k, low in enumerate(lows) if low in phrases]:
        join = _join_at(out, lows, k, classes)
        if join:  # "as well as": a coordinator, not the adverb "as well"
            for j in range(k, k + join):
                out[j] = out[j]._replace(tag="CCONJ", lemma=lows[j])
            continue
        for rest in phrases[lows[k]]:
            if tuple(lows[k + 1 : k + 1 + len(rest)]) == rest:
                for j in range(k, k + 1 + len(rest)):
                    out[j] = out[j]._replace(tag="ADV", lemma=lows[j])


def _join_at(out: Sequence[Word], lows: Sequence[str], k: int, classes: WordClasses) -> int:
    """The length of a coordinator of several words at ``k`` ("as well as"), or 0.

    Not one before a verb or an adverb: "did as well as expected" compares.
    """
    for join in classes.joins:
        end = k + len(join)
        if tuple(lows[k:end]) == join and end < len(out) and out[end].tag not in _COMPARED:
            return len(join)
    return 0


_COMPARED = frozenset({"VERB", "AUX", "ADV", "PART", "PRON"})
