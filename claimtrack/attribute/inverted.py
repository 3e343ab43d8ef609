"""A speaker named after the verb when a clause, not a quotation, stands before the comma.

"The town was overwhelmingly white, said Ana Ruiz, a historian at Kell University": the
clause reader takes the phrase before the comma ("white") for the subject and the speaker for
what was said. When the verb of saying follows a comma and the phrase after it is a person
or a body with nothing but an apposition after it, that phrase is the speaker and the clause
before the comma is what was said. Not "Gov. Mara Lund (R-Kell), said the dam would hold" (a
name before the comma, no clause: its subject), "..., said the dam would hold" (a clause
after the verb) or "..., told the Courier" (a hearer).
"""

from __future__ import annotations

from ..model import Span
from ..syntax.content import HEARER_VERBS
from ..syntax.structure import Clause, Phrase, SentenceParse
from ..syntax.words import WordClasses
from .mention import SPEAKER_KINDS

_INVERTING = frozenset({"speech", "quoting"})
_ENDS = frozenset({",", ".", ";", "!", "?", ")"})


def comma_inverted(
    parse: SentenceParse, clause: Clause, classes: WordClasses
) -> tuple[Phrase, Span] | None:
    """The speaker after the verb and the clause before its comma, or None."""
    vg, subject, content = clause.verb, clause.subject, clause.content
    if vg is None or subject is None or content is None or clause.shares_subject:
        return None
    words = parse.words
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    if vg.first != vg.head or not any(f.klass in _INVERTING for f in forms):
        return None
    if vg.lemma in HEARER_VERBS:
        return None  # "..., his aide, Tad Vey, told the Kell Courier": the hearer
    if vg.first < 2 or words[vg.first - 1].text != "," or subject.last != vg.first - 2:
        return None
    speaker = parse.phrase_at(vg.last + 1)
    if speaker is None or speaker.first != vg.last + 1 or speaker.kind not in SPEAKER_KINDS:
        return None
    end = speaker.last + 1
    if end < len(words) and words[end].text not in _ENDS:
        return None  # "..., said Ruiz would run": a clause after the verb
    if any(w.tag in ("VERB", "AUX") for w in words[end:] if w.start < content[1]):
        return None
    clause_before = any(w.tag in ("VERB", "AUX") for w in words[: subject.first])
    if not clause_before and subject.kind != "other":
        return None  # "Gov. Mara Lund (R-Kell), said ...": the name is the subject
    return speaker, (words[0].start, words[vg.first - 2].end)
