"""Attributions a colon makes: a source, a colon, then what it says.

"The minister's reply: 'We were not told.'" (a quotation after the colon), an excerpt's source
after "from" ("More from the audit: '...'"), a headline's "Kell Mayor Ana Ruiz: Dam Will Hold"
(a name alone before the colon, a clause after it, whose verb a headline may drop), and the
turns of a transcript ("LUND: I think it will hold."; see :func:`transcript_turns`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Span
from ..syntax.clauses import BE_FORMS
from ..syntax.structure import Phrase, SentenceParse, Word
from .mention import AttributionMention


def _headline_source(
    parse: SentenceParse, source: Phrase, colon: int, times: frozenset[str], headline: bool
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
        # a headline may drop its verb ("Lund: Kell Plan Hurting Farmers"); a subhead or a
        # credit line in title case later on is no statement ("Contributing: Ana Ruiz, ...")
        and (any(w.tag in ("VERB", "AUX") for w in rest[:8]) or (headline and _title_case(rest)))
    )


def _title_case(words: Sequence[Word]) -> bool:
    """A headline's clause, whose verb may be dropped: "Kell Plan Hurting Farmers"."""
    lettered = [w.text for w in words if w.text[:1].isalpha()]
    capital = sum(1 for t in lettered if t[:1].isupper())
    return len(lettered) >= 3 and capital >= 0.8 * len(lettered)


def _governed(words: Sequence[Word], first: int) -> bool:
    """Whether a verb (not "be") of the clause before the colon governs the phrase at ``first``.

    "Lund told the Kell Courier:", "said in an interview with Kell Radio:": the phrase is
    the verb's object or hangs on it, and the verb's own attribution covers the quotation;
    "Here is more from Ruiz:" presents it.
    """
    for j in range(first - 1, -1, -1):
        w = words[j]
        if w.text in (":", ";") or w.text in _DASHES:
            return False  # "... - pollster Ana Ruiz:": a new stretch after a dash
        if w.tag in ("VERB", "AUX") and w.lemma not in BE_FORMS:
            return True
    return False


def _from_source(parse: SentenceParse, colon: int) -> Phrase | None:
    """The source named after "from" before a colon: "More from the audit: '...'".

    Only where "from" hangs on a noun or opens the sentence ("Lund returned from Kell:" says
    where someone came from), and no verb stands between it and the colon.
    """
    words = parse.words
    for f in range(colon - 2, -1, -1):
        w = words[f]
        if w.tag in ("VERB", "AUX"):
            return None
        if w.lemma != "from":
            continue
        if f > 0 and words[f - 1].tag in ("VERB", "AUX"):
            return None
        source = parse.phrase_at(f + 1)
        if source is not None and source.owner is not None:
            source = source.owner  # "From Lund's letter to the board: '...'"
        return source if source is not None and source.kind != "other" else None
    return None


def _after_dash(parse: SentenceParse, source: Phrase | None) -> Phrase | None:
    """The name after a dash that the chunker read into one phrase with what stands before.

    "Turnout fell in Tarn - Ana Ruiz: '...'" (a digest's line, its source after the dash).
    """
    if source is None:
        return None
    words = parse.words
    dash = max(
        (j for j in range(source.first, source.last) if words[j].text in _DASHES), default=-1
    )
    if dash < 0 or not all(w.tag == "PROPN" for w in words[dash + 1 : source.last + 1]):
        return source
    span = (words[dash + 1].start, source.span[1])
    text = parse.text[span[0] - parse.span[0] : span[1] - parse.span[0]]
    return Phrase(span, text, dash + 1, source.last, source.last, "name", name=text)


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def colon_mentions(
    parse: SentenceParse, times: frozenset[str], *, headline: bool = False
) -> list[AttributionMention]:
    """A source phrase, a colon, then a quotation: "Her reply: 'Not now.'".

    ``headline``: the sentence opens the document, where a headline stands.
    """
    words = parse.words
    out: list[AttributionMention] = []
    for k, w in enumerate(words[1:-1], start=1):
        if w.text != ":":
            continue
        source = parse.phrase_at(k - 1)
        if source is not None and source.owner is not None:
            source = source.owner  # "The mayor's reply: '...'"
        quote = next((q for q in parse.quotes if q.span[0] == words[k + 1].start), None)
        if (
            quote is None
            and source is not None
            and _headline_source(parse, source, k, times, headline)
        ):
            # "Kell Mayor Ana Ruiz: Dam Will Hold": a name alone before the colon, a clause
            content = (words[k + 1].start, words[-1].end)
            out.append(AttributionMention(source, (w.start, w.end), content, False, "colon"))
            continue
        named_from = _from_source(parse, k) if quote is not None else None
        source = named_from or _after_dash(parse, source)
        if source is None or quote is None:
            continue
        if named_from is None and source.first > 1 and words[source.first - 1].tag == "ADP":
            if words[source.first - 1].lemma == "to":
                continue  # "she said to the crowd: '...'": the hearer, not a speaker
            # "Here is Lund in May 2015: '...'", "Here is Lund in 1992: '...'": the phrase the
            # preposition hangs on
            source = parse.phrase_at(source.first - 2)
        if source is None or source.kind in ("other",):
            continue
        if any(c.verb is not None and c.verb.last == k - 1 for c in parse.clauses):
            continue
        if _governed(words, source.first):
            continue  # "Lund told the Kell Courier: '...'": the verb's source, not the hearer
        out.append(AttributionMention(source, (w.start, w.end), quote.span, True, "colon"))
    return out


def transcript_turns(text: str, parses: Sequence[SentenceParse]) -> dict[int, AttributionMention]:
    """The turns of a transcript, by the index of the sentence that opens each.

    A transcript gives each turn a label: a name in capitals and a colon, opening a paragraph
    ("LUND: I think it will hold."). A label alone is a rubric ("UPDATE:", "CORRECTION:"), so a
    document is read as a transcript only when three paragraphs or more open with a label and
    one label comes back. A turn runs to the end of its paragraph.
    """
    labels = {k: phrase for k, parse in enumerate(parses) if (phrase := _label(text, parse))}
    named = Counter(phrase.text for phrase in labels.values())
    if len(labels) < 3 or max(named.values()) < 2:
        return {}
    turns: dict[int, AttributionMention] = {}
    for k, phrase in labels.items():
        words = parses[k].words
        colon = words[phrase.last + 1]
        start = words[phrase.last + 2].start
        end = text.find("\n", start)
        end = len(text.rstrip()) if end < 0 else len(text[:end].rstrip())
        content: Span = (start, end)
        turns[k] = AttributionMention(phrase, (colon.start, colon.end), content, False, "colon")
    return turns


def _label(text: str, parse: SentenceParse) -> Phrase | None:
    """A name in capitals and a colon opening a paragraph: "DANA VEY: ...", else None."""
    words = parse.words
    if len(words) < 3 or (parse.span[0] > 0 and text[parse.span[0] - 1] not in "\n"):
        return None
    phrase = parse.phrase_at(0)
    if (
        phrase is None
        or phrase.first != 0
        or phrase.last > 2
        or phrase.last + 2 >= len(words)
        or words[phrase.last + 1].text != ":"
    ):
        return None
    label = words[: phrase.last + 1]
    if all(w.text.isupper() and w.text.isalpha() and len(w.text) > 1 for w in label):
        return phrase
    return None
