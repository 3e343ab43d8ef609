"""The subject after its verb: "'The dam will hold,' said the official"."""

from __future__ import annotations

from collections.abc import Sequence

from .apposed import first_named, more_roles
from .content import QUOTE_CLOSERS, reports
from .control import bare_participle
from .structure import DASHES, Clause, Phrase, VerbGroup, Word
from .words import WordClasses

# The verb classes whose verb may come before its subject: "'...,' said the official".
_INVERTING = frozenset({"speech", "quoting"})


def inverted_subject(
    words: Sequence[Word], starting: dict[int, Phrase], vg: VerbGroup, classes: WordClasses
) -> Phrase | None:
    """The phrase after a verb that follows a quotation or comma: "'...,' said the official"."""
    prev = words[vg.first - 1].text if vg.first > 0 else ""
    typo = prev == "\u201c" and vg.first > 1 and words[vg.first - 2].text == ","  # ',\u201c said'
    if vg.first > 0 and prev not in (",", *QUOTE_CLOSERS, ":", *DASHES) and not typo:
        return None
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    if not any(f.klass in _INVERTING for f in forms) or vg.last + 1 >= len(words):
        return None  # "..., thanked Obama for": a verb of judging does not invert
    phrase = starting.get(vg.last + 1)
    if phrase is not None and phrase.possessive:
        owned = starting.get(phrase.last + 1)  # "said Lund's top aide Jake Sullivan"
        phrase = owned if owned is not None and owned.owner is phrase else phrase
    if phrase is None or phrase.kind == "pronoun" and phrase.name not in ("he", "she", "they"):
        return None
    after = phrase.last + 1
    ends = (",", ".", ":", ";", "!", "?", *DASHES, *QUOTE_CLOSERS)
    if (
        after < len(words)
        and words[after].text not in ends
        and words[after].tag not in ("ADP", "SCONJ")  # "said Lund when asked"
        and words[after].lemma not in classes.relatives  # "said one source who ..."
        and not _described(words, after, classes)  # "says a source involved in the talks"
        and not more_roles(words, after)  # "said Lind, the former mayor and farm owner"
    ):
        return None  # "..., said they feared": the content's own subject
    return first_named(words, phrase, after)


def _described(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """A participle or an adjective and its preposition after a phrase: "involved in".

    Also "known as", and with an adverb between: "known locally as".
    """
    nxt = k + 2 if k + 2 < len(words) and words[k + 1].tag == "ADV" else k + 1
    if nxt >= len(words) or not (words[nxt].tag == "ADP" or words[nxt].lemma == "as"):
        return False
    w = words[k]
    forms = classes.verbs.get(w.text.casefold(), ())
    return w.tag == "ADJ" or (
        w.tag == "VERB" and any(f.form in ("participle", "ing") for f in forms)
    )


def said_after_clause(
    words: Sequence[Word],
    vg: VerbGroup,
    out: Sequence[Clause],
    found: tuple[Phrase | None, bool],
    ending: dict[int, Phrase],
    classes: WordClasses,
) -> bool:
    """Whether a verb after a comma may be said by who follows it: "Forty people died, said X".

    The clause before is what was said. Not after an aside that follows the subject ("Lund,
    who leads the polls, stressed the issues"), nor in a list of verbs of saying ("Lund
    praises, laments the plan").
    """
    if vg.first < 2 or words[vg.first - 1].text != "," or bare_participle(words, vg, classes):
        return False
    subject, shares = found
    if subject is not None and subject.kind == "other" and not shares:
        # "The paradox of the plan, says Ana Lind, is its cost": set off inside what is said,
        # after a thing, which says nothing (not "Ana Lind, a junior from Tarn, said")
        nxt = words[vg.last + 1] if vg.last + 1 < len(words) else None
        return (
            nxt is not None
            and nxt.tag != "PRON"
            and nxt.text.casefold() not in classes.times
            and all(w.text != "," for w in words[subject.last + 1 : vg.first - 1])
        )
    first = out[0].subject if out and out[0].kind == "main" else None
    if first is None or (subject is not first and not shares):
        return False
    if first.last + 1 < len(words) and words[first.last + 1].text == ",":
        return False  # "Lund, delivering the speech, asked the crowd": an aside, then its verb
    # a verb of saying right before the comma lists verbs; a noun spelled like one does not
    return vg.first - 2 in ending or not reports(words[vg.first - 2], classes)
