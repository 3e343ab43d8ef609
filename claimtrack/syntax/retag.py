"""Word classes that the first words of a sentence decide.

The tagger's own second pass (:func:`claimtrack.syntax.words.tag`) reads each word against the
one before it; these read the opening of a sentence: a modal before a name ("Will Estrada
said"), a past participle before a noun ("Retired neurosurgeon Ben Vey told").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .structure import Word

if TYPE_CHECKING:
    from .words import WordClasses


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
