"""A verb of saying, judging or thinking in the passive, with its agent after "by".

"The levy, opposed by most farmers, was dropped", "the report cited by the council": who
opposed or cited is the agent after "by", and what was is the noun the participle describes
(the clause reader took that noun for the subject of an active verb). Not "said by
telephone" (no one named after "by": an active verb and its means). A finite passive ("The
plan was criticized by Ruiz") is left alone: it reports what was done as often as a view.
"""

from __future__ import annotations

from ..model import Span
from ..syntax.content import is_time
from ..syntax.structure import Clause, Phrase, SentenceParse
from ..syntax.words import WordClasses
from .mention import SPEAKER_KINDS, AttributionMention

_CLASSES = frozenset({"speech", "evaluation", "cognition"})


def agent(parse: SentenceParse, clause: Clause, classes: WordClasses) -> Phrase | None:
    """The agent after "by" of a past participle of saying, judging or thinking, if any."""
    vg = clause.verb
    if vg is None or vg.particle is not None:
        return None
    words = parse.words
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    if not any(f.klass in _CLASSES and f.form in ("past", "participle") for f in forms):
        return None
    k = vg.last + 1
    while k < len(words) and words[k].tag == "ADV":
        k += 1
    if k + 1 >= len(words) or words[k].lemma != "by":
        return None
    found = parse.phrase_at(k + 1)
    if found is None or found.first != k + 1 or is_time(words, found):
        return None
    if words[found.first].tag == "VERB":
        return None  # "concluded by admonishing journalists": a means, and an active verb
    plural = found.plural and words[found.head].tag == "NOUN"  # "by Wall Street critics"
    return found if found.kind in SPEAKER_KINDS or plural else None


def passive_by(
    text: str, parse: SentenceParse, clause: Clause, classes: WordClasses, asking: frozenset[str]
) -> list[AttributionMention]:
    """The agent's attribution of a passive verb of saying, judging or thinking."""
    vg = clause.verb
    if vg is None or vg.lemma in asking:
        return []  # "was asked by host Ana Lund whether ...": a question (:mod:`.questions`)
    bare = all(w.tag == "ADV" for w in parse.words[vg.first : vg.head])  # "strongly opposed"
    if not bare or clause.subject is None or clause.content is None:
        # Only where the clause reader took the participle for an active verb, its noun for
        # the subject: a finite passive ("was criticized by ...") reads as often as a report
        # of what was done as a judgement, and is left alone
        return []
    source = agent(parse, clause, classes)
    if source is None:
        return []
    content = _patient(parse, clause) or clause.content  # "... and opposed by Kell, ..."
    forms = classes.verbs.get(parse.words[vg.head].text.casefold(), ())
    klass = next(f.klass for f in forms if f.klass in _CLASSES)
    cue = (parse.words[vg.first].start, parse.words[vg.last].end)
    return [AttributionMention(source, cue, content, False, klass)]


def _patient(parse: SentenceParse, clause: Clause) -> Span | None:
    """What the participle is about: the noun it describes, before it or its comma."""
    vg = clause.verb
    if vg is None:
        return None
    words = parse.words
    k = vg.first - 1
    while k > 0 and words[k].tag == "ADV":
        k -= 1  # "The bill, strongly endorsed by ..."
    if k > 0 and words[k].text == ",":
        k -= 1  # "The levy, opposed by most farmers, ..."
    noun = parse.phrase_at(k) if k >= 0 else None
    return noun.span if noun is not None and noun.last == k else None
