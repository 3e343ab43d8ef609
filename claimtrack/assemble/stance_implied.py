"""The topic a stance cue speaks to when its clause names none.

A pronoun object stands for the last topic named before it ("urged them to uphold it"), in its
sentence or the ones just before; an object noun ("rejected Ukraine's request") or a reaction
("said he was grateful") for the document's main topic.
"""

from __future__ import annotations

import regex

from ..find.phrases import Hit
from ..model import Span
from ..text.patterns import lazy
from .stance_cues import StanceContext, Tables, topic_of
from .stance_words import refers_back

# Words after a cue, to look for the object it governs.
_WORD = lazy(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*")
_STOP = lazy(r"[,;:.]")
_POSSESSIVE = lazy(r"['\u2019]s$")


def implied_topic(
    text: str,
    cue: Hit,
    start: int,
    t: Tables,
    ctx: StanceContext,
    topics: list[Hit],
    sentence: Span,
    end: int,
) -> str | None:
    """The topic a cue (a chain of cues from ``start``) without a topic phrase speaks to.

    A pronoun object stands for the last topic named ("urged them to uphold it"); an object
    noun ("rejected Ukraine's request") or a reaction ("said he was grateful") for the
    document's main topic.
    """
    stop = _STOP.search(text[start : min(end, cue.end() + 40)])
    limit = start + stop.start() if stop else min(end, cue.end() + 40)
    words = [w.group().casefold() for w in _WORD.finditer(text, start, limit)]
    # The object right after the last cue of the chain: "urged them to uphold it".
    tail = [w.group().casefold() for w in _WORD.finditer(text, cue.end(), max(cue.end(), limit))]
    earlier = [m for m in topics if m.end() <= cue.start()]
    if refers_back(tail):
        # "urged them to uphold it": the last topic named before, in this clause or sentence;
        # "failed to agree on extending it": a cue may recast it ("extend" -> a pause).
        earlier = earlier or t.topics.find(text, None, sentence[0], cue.start())
        # or the last named in the sentences before: "Putin said the deal would last.
        # Aliyev hailed it."
        earlier = earlier or t.topics.find(text, None, max(0, sentence[0] - _BACK), cue.start())
        if not earlier and not t.topics.find(text, None, 0, cue.start()):
            return None  # nothing named before it: "We reject them," at a story's start
        found = topic_of(text, earlier[-1], t, ctx) if earlier else ctx.dominant
        if found is not None and earlier and earlier[-1].group().casefold() in t.refers_back:
            found = t.recast_by.get(cue.group().casefold(), found)
        return found
    if (
        any(_singular(w) in t.objects for w in (*words[:5], *tail[:4]))
        or cue.group().casefold() in t.topicless
        or cue.group().casefold() in t.evaluative
        and any(_singular(w) in t.objects for w in _judged(text, cue, sentence))
    ):
        # "rejected Ukraine's request", "hailed Biden's move", "said he was sincerely grateful",
        # "called the decision a big step toward peace"
        return ctx.dominant
    return None


# How far back before its sentence a pronoun looks for the topic it stands for.
_BACK = 300


def _judged(text: str, cue: Hit, sentence: Span) -> list[str]:
    """The words a judgement follows, back to a comma: "called the decision (a grave mistake)"."""
    before = text[max(sentence[0], cue.start() - 40) : cue.start()]
    before = regex.split(r"[,;:]", before)[-1]
    return [w.group().casefold() for w in _WORD.finditer(before)][-4:]


def _singular(word: str) -> str:
    word = _POSSESSIVE.sub("", word)
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
