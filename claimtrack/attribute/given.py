"""Figures whose source the next sentence names: "Health Minister Ana Ruiz gave the figures".

A lead often states a toll in the writer's voice and names who gave it in the sentence after:
"A blast killed at least 113 people and injured nearly 4,000. Health Minister Ana Ruiz gave
the updated figures on Wednesday evening." A verb of counting ("give", "release", "publish",
``verbs.toml`` [attribution] count) with an acting subject and, as its object, a document
noun of its own (``reporting.documents``: "the figures", "its latest tally") with no number of
its own, gives the figures of the sentence before. A source inside that sentence still wins:
the attribution covers the whole sentence, so any other is nearer.
"""

from __future__ import annotations

from ..model import Span
from ..syntax.structure import SentenceParse
from ..syntax.words import WordClasses
from .mention import SPEAKER_KINDS, AttributionMention

# What determines a document the text has already told of: "the figures", "its tally".
_TOLD = frozenset({"the", "its", "their", "these", "those", "his", "her"})
# Words after the document noun that give it a number of its own: "put the toll at 40".
_OWN_NUMBER = frozenset({"at", "as", "of", "to", "from"})


def given_back(
    parse: SentenceParse, before: Span, classes: WordClasses, documents: frozenset[str]
) -> list[AttributionMention]:
    """Who gave the figures of the sentence ``before`` (its span), read from ``parse``."""
    words = parse.words
    out: list[AttributionMention] = []
    for clause in parse.clauses:
        vg, subject = clause.verb, clause.subject
        if vg is None or subject is None or vg.passive or subject.kind not in SPEAKER_KINDS:
            continue
        forms = classes.verbs.get(words[vg.head].text.casefold(), ())
        if not any(f.klass == "count" for f in forms) or vg.last + 1 >= len(words):
            continue
        told = parse.phrase_at(vg.last + 1)
        if told is None or told.first != vg.last + 1 or words[told.first].lemma not in _TOLD:
            continue
        if not any(w.text.casefold() in documents for w in words[told.first : told.last + 1]):
            continue  # (a day may end the phrase: "the updated figures Wednesday evening")
        if any(w.tag == "NUM" for w in words[told.first : told.last + 1]):
            continue
        after = told.last + 1
        if after < len(words) and words[after].lemma in _OWN_NUMBER:
            continue  # "put the toll at 40", "raised its tally to 55": a count of its own
        cue = (words[vg.first].start, words[vg.last].end)
        out.append(AttributionMention(subject, cue, before, False, "count"))
    return out
