"""Word classes that the first words of a sentence, or the words after "according to", decide.

The tagger's own second pass (:func:`claimtrack.syntax.words.tag`) reads each word against the
one before it; these read a stretch: a modal that opens a sentence before a name ("Will Estrada
said"), a past participle that opens one before a noun ("Retired neurosurgeon Ben Vey told"),
and the noun phrase that names a source after "according to" or "citing".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .structure import Word

if TYPE_CHECKING:
    from .words import WordClasses


def source_nouns(out: list[Word], classes: WordClasses) -> list[Word]:
    """After "according to" or "citing" a noun phrase names the source: its words are nouns.

    "according to press reports", "citing state records", "according to a Kell poll": a
    plain or "-s" verb form there is a noun, not an infinitive after "to". A participle ends
    the phrase ("according to figures released by ...").
    """
    n = len(out)
    for k in range(n):
        for phrase in classes.before_source.get(out[k].lemma, ()):
            m = len(phrase)
            if tuple(w.text.casefold() for w in out[k : k + m]) != phrase:
                continue
            j = k + m
            while j < n and out[j].tag in ("DET", "ADV", "ADJ", "NUM"):
                j += 1
            while j < n and out[j].tag in ("NOUN", "PROPN", "ADJ", "NUM", "VERB"):
                w = out[j]
                if w.tag == "VERB":
                    forms = classes.verbs.get(w.text.casefold(), ())
                    if not forms or any(f.form not in ("base", "third") for f in forms):
                        break
                    out[j] = Word(w.start, w.end, w.text, "NOUN", w.text.casefold())
                j += 1
            break
    return out


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
