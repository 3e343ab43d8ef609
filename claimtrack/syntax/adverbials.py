"""What stands between a verb of saying and what it reports, or is all it reports.

"Lind said because the levy is popular, the council will keep it": the reported clause opens
with its own adverbial clause; "Maro said before attending the hearing that the count was
wrong" and "Ruiz said - on the radio, as it happens - that ...": the adverbial belongs to the
saying, and what was said follows "that"; "says despite all that, the council was not swayed":
a prepositional phrase and a comma before it. A verb of speech with no object reports what it
spoke of: "warned of floods" (:func:`spoken_of`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .structure import DASHES, Phrase, VerbGroup, Word
from .words import WordClasses

# Marks that end the stretch a reported clause may be looked for in.
_ENDS = frozenset({".", "!", "?", ";", ":", '"', "\u201c", "\u201d"})


def adverbial_content(
    words: Sequence[Word],
    k: int,
    verb_end: int,
    ends: Callable[..., int],
    classes: WordClasses,
) -> tuple[int, int] | None:
    """The span of a reported clause past an adverbial clause at ``k``, or None.

    ``k`` is a subordinator other than "whether" and "if" after the verb, past its modifiers
    (the verb group ends at ``verb_end``). A "that" later in the sentence opens what was said;
    else, right after the verb, a comma after a clause of the adverbial's own, and a subject
    and a verb after it, make the adverbial part of what was said (the content opens at ``k``;
    its end is found from the comma). Not "as" ("mentioned as potential nominees, ...").
    ``ends(j, classes=classes)``: where a reported clause scanned from word ``j`` ends. The
    "that" is not the adverbial's own ("when ..., an aide said that", "after Lind blamed the firm
    for reporting that"): no comma but before a dash, no verb of saying or thinking between.
    """
    if k >= len(words) or words[k].lemma in ("whether", "if"):
        return None
    if words[k].tag == "ADP":
        return _past_phrase(words, k, verb_end, ends, classes)
    if words[k].tag != "SCONJ":
        return None
    comma = None
    for j in range(k + 1, len(words) - 1):
        w = words[j]
        if w.text in _ENDS:
            return None
        if w.lemma == "that" and j > k + 1 and words[j + 1].tag != "PUNCT":
            dash = words[j - 1].text in DASHES  # "said - on the radio, as it happens - that"
            if (
                (comma is not None or words[k].lemma == "as")
                and not dash
                or _reports(words, k, j, classes)
            ):
                return None  # "complain when ..., an aide said that": another's "that"
            end = ends(j + 1, classes=classes)  # "said before attending the hearing that ..."
            return (words[j + 1].start, words[end - 1].end) if end > j + 1 else None
        if w.text == "," and comma is None:
            comma = j
    if comma is None or k != verb_end + 1 or words[k].lemma == "as":
        return None
    if not any(w.tag in ("VERB", "AUX") for w in words[k + 1 : comma]):
        return None
    after = words[comma + 1 : comma + 6]
    if not after or after[0].tag not in ("DET", "PRON", "PROPN", "NOUN", "NUM"):
        return None
    if not any(w.tag in ("VERB", "AUX") for w in after):
        return None
    # not before a closing source: "..., a Kell official said"
    end = ends(comma - 1, classes=classes)
    return (words[k].start, words[end - 1].end) if end > comma else None


def _past_phrase(
    words: Sequence[Word], k: int, verb_end: int, ends: Callable[..., int], classes: WordClasses
) -> tuple[int, int] | None:
    """What was said after a prepositional phrase, a comma, then a subject and its verb.

    "says despite all that, the council was not swayed": the clause after the comma, as
    :func:`~.content.read_content` reads it past a phrase it knows ("said despite the rain, the
    turnout had been high").
    """
    if k != verb_end + 1 or words[k].lemma in ("to", "of", "about", "for", "with"):
        return None
    comma = next((j for j in range(k + 2, min(len(words), k + 9)) if words[j].text == ","), None)
    if (
        comma is None
        or any(  # a gerund may stand in it: "despite being a Kell native,"
            w.tag == "PUNCT" or (w.tag in ("VERB", "AUX") and not w.text.endswith("ing"))
            for w in words[k + 1 : comma]
        )
    ):
        return None
    after = words[comma + 1 : comma + 6]
    if not after or after[0].tag not in ("DET", "PRON", "PROPN", "NOUN"):
        return None
    verb = next((i for i, w in enumerate(after) if w.tag in ("VERB", "AUX")), None)
    if verb is None or verb == 0 or after[verb - 1].text == ",":
        return None  # "..., a town of 4,000, ...": no clause after the comma
    end = ends(comma + 1, classes=classes)
    return (words[comma + 1].start, words[end - 1].end) if end > comma + 1 else None


def _reports(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> bool:
    """Whether a verb of saying, thinking or showing stands between ``k`` and ``j``.

    Not a form after a determiner, a noun ("the hearing").
    """
    return any(
        words[i].tag == "VERB"
        and words[i - 1].tag != "DET"
        and words[i].text.casefold() in classes.reporting
        for i in range(k + 1, j)
    )


# Prepositions after a verb of speech that give its topic: "warned of", "joked about".
_TOPIC = frozenset({"of", "about"})


def spoken_of(
    words: Sequence[Word], k: int, vg: VerbGroup, subject: Phrase | None, classes: WordClasses
) -> tuple[int, int] | None:
    """What a speaker spoke of, right after a verb of speech: "warned of floods in the valley".

    The preposition and its object, up to a comma or the end of the sentence: "complained
    about the noise, then left". Not after words set off before the subject ('"It will
    fail," Lund said of the plan': the quotation is what was said).
    """
    if k + 1 >= len(words) or words[k].lemma not in _TOPIC:
        return None
    if words[k + 1].tag == "NUM":
        return None  # "said about 1,400 people were killed": an approximate count, no topic
    opening = subject.first if subject is not None else vg.first
    if opening > 0 and words[opening - 1].text in _SET_OFF:
        return None
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    if not any(f.klass == "speech" for f in forms):
        return None
    end = k + 1
    while end < len(words) and words[end].text not in _TOPIC_ENDS:
        nxt = words[end + 1] if end + 1 < len(words) else None
        if words[end].tag in ("CCONJ", "SCONJ") and nxt is not None and nxt.tag in _CLAUSAL:
            break  # "complained about the tone but defended Ruiz": a predicate of its own
        if words[end].lemma in ("that", "whether") and nxt is not None and nxt.tag != "PUNCT":
            return None  # "said of the plan that it would fail": the clause is what was said
        end += 1
    return (words[k].start, words[end - 1].end) if end > k + 1 else None


_SET_OFF = frozenset({",", "\u2014", '"', "\u201d", "'", "\u2019"})
_CLAUSAL = frozenset({"VERB", "AUX", "PRON"})
_TOPIC_ENDS = frozenset({",", ".", ";", ":", "!", "?", "\u2014", "\u2013", "--"})
