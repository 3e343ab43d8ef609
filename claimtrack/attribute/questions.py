"""A question asked is an attribution: who asked (if the text says), the verb, the question.

"Asked whether the dam would hold, Lund said it would" (no asker named), "When asked if he was
worried, Ruiz shrugged", "Ruiz was asked by host Ana Lund whether he would run" (the host
asked), "Asked on Kell Radio who leads the party, ..." and "Ruiz was asked, 'Would you ...?'"
(modifiers and a comma before the question). The verbs are ``reporting.question_verbs``; a
verb of asking with a subject of its own ("Lund asked whether ...") is a statement like any
other (:mod:`.read`).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax.content import is_time
from ..syntax.structure import Clause, Phrase, SentenceParse
from .mention import AttributionMention

# Words that open a question: "whether", "if" and the question words.
_OPENERS = frozenset("whether if what who whom whose which why how when where".split())
_QUOTES = ('"', "\u201c")
_NOT_PAST = frozenset({"about", "to", "for", "of", "that"})  # a topic, a request: no question


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
    if parse.words[vg.head].text.casefold().endswith("ing"):
        return []  # "..., asking whether ...": someone asks, whom the clause reader finds
    aside = asked_aside(parse, clause, asking)
    if clause.subject is not None and not vg.passive and not aside:
        return []  # "Lund asked whether ...": the clause reader's statement
    words = parse.words
    k, asker = _past_modifiers(parse, vg.last + 1)
    if k >= len(words) or not (words[k].lemma in _OPENERS or words[k].text in _QUOTES):
        return []
    start = words[k].start
    end = clause.content[1]
    comma = next((w for w in words[k:] if w.text == "," and w.start < end), None)
    if comma is not None and (clause.subject is None or aside):
        end = comma.start  # "Asked whether the dam would hold, Lund said": the question only
    if end - start < 2:
        return []
    cue = (words[vg.first].start, words[vg.last].end)
    direct = text[start : start + 1] in _QUOTES
    return [AttributionMention(asker, cue, (start, end), direct, "speech")]


def _past_modifiers(parse: SentenceParse, k: int) -> tuple[int, Phrase | None]:
    """The word after what stands between a verb of asking and its question, and the asker.

    Adverbs, a comma, times and prepositional phrases ("on Monday", "on Kell Radio"), and
    the asker after "by"; not "about" (a topic) nor "to" (a request).
    """
    words = parse.words
    asker = None
    while k < len(words):
        word = words[k]
        after = parse.phrase_at(k + 1) if k + 1 < len(words) else None
        phrase = parse.phrase_at(k)
        if word.tag == "ADV" or word.text == ",":
            k += 1
        elif word.tag == "ADP" and word.lemma not in _NOT_PAST and after and after.first == k + 1:
            if word.lemma == "by" and asker is None:
                asker = after  # "was asked by host Ana Lund whether ..."
            k = after.last + 1
        elif phrase is not None and phrase.first == k and is_time(words, phrase):
            k = phrase.last + 1  # "Asked Tuesday whether ..."
        else:
            break
    return k, asker


def asked_aside(parse: SentenceParse, clause: Clause, asking: frozenset[str]) -> bool:
    """A bare participle of asking set off by a comma after its subject: a passive.

    "Lind, asked about his record, said ..." (a verb follows the aside) or "..., said Tim
    Lund, asked whether ..." (a clause stands before it): Lind was asked; "Ruiz, 67, asked
    whether ..." and "Smith, reading a speech, asked the crowd ..." (an object) ask.
    """
    vg = clause.verb
    if vg is None or vg.lemma not in asking or vg.first != vg.head or vg.first < 2:
        return False
    words = parse.words
    if words[vg.first - 1].text != "," or words[vg.head].text.casefold().endswith("ing"):
        return False
    after = parse.phrase_at(vg.last + 1) if vg.last + 1 < len(words) else None
    if after is not None and after.first == vg.last + 1:
        return False  # "Smith, a delegate, asked the crowd ...": an object, so Smith asks
    if any(w.tag in ("VERB", "AUX") for w in words[: vg.first - 1]):
        return True  # '"We will win," said Tim Lund, asked whether ...'
    comma = next((j for j in range(vg.last + 1, len(words)) if words[j].text == ","), None)
    return comma is not None and comma + 1 < len(words) and words[comma + 1].tag in ("VERB", "AUX")
