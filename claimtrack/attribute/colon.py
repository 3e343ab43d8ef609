"""Attributions a colon makes: a source, a colon, then what it says.

"The minister's reply: 'We were not told.'" (a quotation after the colon), and a headline's
"Kell Mayor Ana Ruiz: Dam Will Hold" (a name alone before the colon, a clause after it).
"""

from __future__ import annotations

from ..syntax.structure import Phrase, SentenceParse
from .mention import AttributionMention


def _headline_source(
    parse: SentenceParse, source: Phrase, colon: int, times: frozenset[str]
) -> bool:
    """A person or body named alone before a colon that opens the sentence, then a clause."""
    words = parse.words
    rest = words[colon + 1 :]
    return (
        source.first == 0
        and source.last == colon - 1
        and source.kind in ("name", "organization")
        and words[0].tag != "DET"  # "The Latest: ...": a rubric
        and not any(w.lemma.rstrip(".") in times for w in words[:colon])  # "Monday: ..."
        and not (source.text.isupper() or len(source.text) < 3)  # "CORRECTION:", "Q:"
        and not source.conjuncts
        and len(rest) >= 3
        and any(w.tag in ("VERB", "AUX") for w in rest[:8])
    )


def colon_mentions(parse: SentenceParse, times: frozenset[str]) -> list[AttributionMention]:
    """A source phrase, a colon, then a quotation: "Her reply: 'Not now.'"."""
    words = parse.words
    out: list[AttributionMention] = []
    for k, w in enumerate(words[1:-1], start=1):
        if w.text != ":":
            continue
        source = parse.phrase_at(k - 1)
        if source is not None and source.owner is not None:
            source = source.owner  # "The mayor's reply: '...'"
        quote = next((q for q in parse.quotes if q.span[0] == words[k + 1].start), None)
        if quote is None and source is not None and _headline_source(parse, source, k, times):
            # "Kell Mayor Ana Ruiz: Dam Will Hold": a name alone before the colon, a clause
            content = (words[k + 1].start, words[-1].end)
            out.append(AttributionMention(source, (w.start, w.end), content, False, "colon"))
            continue
        if source is None or quote is None or source.kind in ("other",):
            continue
        if source.first > 1 and words[source.first - 1].tag == "ADP":
            if words[source.first - 1].lemma == "to":
                continue  # "she said to the crowd: '...'": the hearer, not a speaker
            # "Here is Lund in May 2015: '...'": the phrase the preposition hangs on
            source = parse.phrase_at(source.first - 2)
            if source is None or source.kind in ("other",):
                continue
        if any(c.verb is not None and c.verb.last == k - 1 for c in parse.clauses):
            continue
        out.append(AttributionMention(source, (w.start, w.end), quote.span, True, "colon"))
    return out
