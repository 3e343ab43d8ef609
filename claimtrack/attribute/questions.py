"""A question asked is an attribution: who asked (if the text says), the verb, the question.

"Asked whether the dam would hold, Lund said it would" (no asker named), "When asked if he was
worried, Ruiz shrugged", "Ruiz was asked by host Ana Lund whether he would run" (the host
asked). The verbs are ``reporting.question_verbs``; a verb of asking with a subject of its own
("Lund asked whether ...") is a statement like any other (:mod:`.read`).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax.structure import Clause, SentenceParse
from .mention import AttributionMention

# Words that open a question: "whether", "if" and the question words.
_OPENERS = frozenset("whether if what who whom whose which why how when where".split())
_QUOTES = ('"', "\u201c")


def question_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The lemmas of the verbs of asking, case-folded."""
    return frozenset(v.casefold() for v in lexicon.reporting.question_verbs)


def question(
    text: str, parse: SentenceParse, clause: Clause, asking: frozenset[str]
) -> list[AttributionMention]:
    """The question a passive or subjectless verb of asking governs, with its asker if named."""
    vg = clause.verb
    if vg is None or clause.content is None or vg.lemma not in asking:
        return []
    if clause.subject is not None and not vg.passive:
        return []  # "Lund asked whether ...": the clause reader's statement
    words = parse.words
    k = vg.last + 1
    asker = None
    if k + 1 < len(words) and words[k].lemma == "by":
        asker = parse.phrase_at(k + 1)  # "was asked by host Ana Lund whether ..."
        k = asker.last + 1 if asker is not None and asker.first == k + 1 else k
    if k >= len(words) or not (words[k].lemma in _OPENERS or words[k].text in _QUOTES):
        return []
    start = words[k].start
    end = clause.content[1]
    comma = next((w for w in words[k:] if w.text == "," and w.start < end), None)
    if comma is not None and clause.subject is None:
        end = comma.start  # "Asked whether the dam would hold, Lund said": the question only
    if end - start < 2:
        return []
    cue = (words[vg.first].start, words[vg.last].end)
    direct = text[start : start + 1] in _QUOTES
    return [AttributionMention(asker, cue, (start, end), direct, "speech")]
