"""The words stances are read from: topic phrases, polarity cues, and the frames around them.

The word lists of ``topics.toml`` and ``polarity.toml`` become one set of tables per lexicon
(:func:`tables`); :class:`DocScan` finds every topic phrase and polarity cue of a document in one
walk over its words; :func:`document_context` reads what a whole document says about its
topics (its main question, and the truce phrases a bare "the truce" can refer back to); and
:func:`topic_of` decides the topic of one mention.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

import regex

from ..find.phrases import Hit, PhraseTable, WordIndex
from ..lexicon import Lexicon, lookup, term_pattern
from ..model import Polarity

_A_BEFORE = regex.compile(r"\b(?:a|an|any)\s+$", regex.I)  # "a truce": a truce in general
# What ends the reach of a frame: a clause break or a quotation mark.
_FRAME_END = r"[^,;:.?!\"\u201c\u201d]"


@dataclass(frozen=True, slots=True)
class StanceContext:
    """What a whole document says about its topics, for clauses that name none.

    ``dominant`` is the topic named most often (the first named on a tie). ``truces`` lists the
    truce phrases that say which kind of truce they are ("a 72-hour ceasefire", "a lasting
    truce"), as ``(start, topic)`` in document order: a bare "the truce" later refers to the
    nearest one before it, so each mention is decided on its own, never by a switch for the
    whole document.
    """

    dominant: str | None = None
    truces: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Tables:
    """A lexicon's stance word lists, compiled once (see :func:`tables`)."""

    topics: PhraseTable
    polarity: PhraseTable
    topic_of: dict[str, str]
    polarity_of: dict[str, Polarity]
    refers_back: frozenset[str]
    recast_by: dict[str, str]
    truce_words: regex.Pattern[str] | None
    topicless: frozenset[str]
    objects: frozenset[str]
    evaluative: frozenset[str]
    questions: regex.Pattern[str] | None
    asks: regex.Pattern[str] | None
    conditions: regex.Pattern[str] | None
    restrictions: regex.Pattern[str] | None
    exceptions: regex.Pattern[str] | None
    modals: frozenset[str]
    negators: regex.Pattern[str]
    expressing: regex.Pattern[str] | None
    ignored: frozenset[str]
    denials: regex.Pattern[str] | None
    # The question and condition words in lower case, for a substring test before the pattern
    # runs (None when one is not plain ASCII: then the pattern always runs).
    question_terms: tuple[str, ...] | None
    condition_terms: tuple[str, ...] | None


def word_list(terms: list[str]) -> regex.Pattern[str]:
    """A case-blind pattern for any of ``terms`` standing as a whole word or phrase."""
    return regex.compile(r"(?<![\p{L}\p{N}])\L<cue>(?![\p{L}\p{N}])", cue=terms, flags=regex.I)


def _lower_ascii(terms: tuple[str, ...]) -> tuple[str, ...] | None:
    return tuple(t.lower() for t in terms) if all(t.isascii() for t in terms) else None


def may_hold(low: str | None, terms: tuple[str, ...] | None, start: int, end: int) -> bool:
    """False only when no term can match in ``[start, end)``, ignoring case.

    ``low`` is the document in lower case from its word index (None when the index could not
    read it); then an ASCII term that matches ignoring case is that term in ``low``.
    """
    if low is None or terms is None:
        return True
    piece = low[start:end]
    return any(term in piece for term in terms)


def tables(lexicon: Lexicon) -> Tables:
    """The stance tables of ``lexicon``, built on first use and kept on it."""
    return lexicon.memo("stance.tables", _build)


def _build(lex: Lexicon) -> Tables:
    topic_of: dict[str, str] = {}
    refers_back: set[str] = set()
    recast_by: dict[str, str] = {}
    for topic, terms in lex.topics.items():
        for cue in terms.cues:
            topic_of.setdefault(cue.casefold(), topic)
        refers_back |= {c.casefold() for c in terms.refers_back}
        for cue in terms.recasts:
            recast_by.setdefault(cue.casefold(), topic)
    pol = lex.polarity
    pol_of: dict[str, Polarity] = {}
    for polarity in ("neutral", "oppose", "support"):
        for cue in getattr(pol, polarity):
            pol_of.setdefault(cue.casefold(), polarity)
        for cue in getattr(pol.evaluative, polarity, ()):
            pol_of.setdefault(cue.casefold(), polarity)
    ignored = frozenset(c.casefold() for c in pol.ignore) - set(pol_of)
    frame = _FRAME_END + "{0,60}$"
    return Tables(
        topics=PhraseTable(topic_of),
        polarity=PhraseTable([*pol_of, *ignored]),
        ignored=ignored,
        denials=term_pattern(
            r"(?<![\p{L}])\L<t>(?![\p{L}])(?:\s+that)?" + _FRAME_END + "{0,50}$", pol.denials
        ),
        topic_of=topic_of,
        polarity_of=pol_of,
        refers_back=frozenset(refers_back),
        recast_by=recast_by,
        truce_words=word_list(sorted(refers_back)) if refers_back else None,
        topicless=frozenset(c.casefold() for c in pol.topicless),
        objects=frozenset(o.casefold() for o in pol.objects),
        evaluative=frozenset(
            c.casefold() for c in (*pol.evaluative.support, *pol.evaluative.oppose)
        ),
        # The question word, then anything but a clause break up to the cue.
        questions=term_pattern(r"(?<![\p{L}])\L<t>(?![\p{L}])" + frame, pol.questions),
        # A cue right before a question word asks rather than states: "asked why Berlin ...".
        asks=term_pattern(r"\s+\L<t>(?![\p{L}])", pol.questions),
        conditions=term_pattern(r"(?<![\p{L}])\L<t>(?![\p{L}])" + frame, pol.conditions),
        # A restriction after the cue, in the same stretch of the sentence: "will back a truce
        # only if the militias withdraw"; a listed "once" would not fire in "once again".
        restrictions=term_pattern(
            _FRAME_END.replace(",", "") + r"{0,100}?(?<![\p{L}])(?<!\bat\s)\L<t>"
            r"(?!\s+(?:again|more)\b)(?![\p{L}])",
            pol.restrictions,
        ),
        exceptions=term_pattern(
            _FRAME_END + r"{0,80}?(?<![\p{L}])\L<t>(?![\p{L}])", pol.exceptions
        ),
        modals=frozenset(m.casefold() for m in pol.modals),
        negators=word_list(list(pol.negators)),
        # "affirmed his support for": a verb of stating, then a possessive, then the cue.
        expressing=term_pattern(
            r"(?<![\p{L}])\L<t>\s+(?:his|her|its|their|our|[\p{L}.\-]+['\u2019]s)\s+$",
            pol.expressing,
        ),
        question_terms=_lower_ascii(pol.questions),
        condition_terms=_lower_ascii(pol.conditions),
    )


class DocScan:
    """Every topic phrase and polarity cue of a document, found in one walk over its words each.

    Clauses then take their share by offset instead of scanning the text again. ``index`` is
    the document's :class:`~claimtrack.find.phrases.WordIndex` when the caller has one to share.
    """

    def __init__(self, text: str, lexicon: Lexicon, index: WordIndex | None = None) -> None:
        t = tables(lexicon)
        index = index if index is not None else WordIndex(text)
        self.topics = t.topics.find(text, index)
        self.polarity = t.polarity.find(text, index)
        self.lower = index.lower
        self._topic_starts = [m.start() for m in self.topics]
        self._polarity_starts = [m.start() for m in self.polarity]

    def topics_in(self, start: int, end: int) -> list[Hit]:
        """Topic phrases that lie inside ``[start, end)``."""
        return _inside(self.topics, self._topic_starts, start, end)

    def polarity_in(self, start: int, end: int) -> list[Hit]:
        """Polarity cues that lie inside ``[start, end)``."""
        return _inside(self.polarity, self._polarity_starts, start, end)


def _inside(matches: list[Hit], starts: list[int], start: int, end: int) -> list[Hit]:
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [m for m in matches[lo:hi] if m.end() <= end]


def document_context(text: str, lexicon: Lexicon, scan: DocScan | None = None) -> StanceContext:
    """Read a document's main topic and the truce phrases that name their kind (one scan).

    >>> from claimtrack.lexicon import load_lexicon
    >>> doc = "A 72-hour ceasefire began. Both sides agreed to the truce. Tanks were sent."
    >>> document_context(doc, load_lexicon())
    StanceContext(dominant='humanitarian_pause', truces=((5, 'humanitarian_pause'),))
    """
    t = tables(lexicon)
    matches = scan.topics if scan is not None else t.topics.find(text, WordIndex(text))
    truces = tuple(
        (m.start(), lookup(t.topic_of, m.group()))
        for m in matches
        if t.truce_words is not None
        and m.group().casefold() not in t.refers_back
        and t.truce_words.search(m.group())
    )
    partial = StanceContext(None, truces)
    counts: Counter[str] = Counter(topic_of(text, m, t, partial) for m in matches)
    dominant = max(counts, key=lambda k: counts[k]) if counts else None  # first named wins a tie
    return StanceContext(dominant, truces)


def topic_of(text: str, match: Hit, t: Tables, ctx: StanceContext) -> str:
    """The topic of one topic phrase.

    A bare "the truce" (or "the ceasefire") refers to the nearest truce phrase before it that
    says which kind it is: after "a 72-hour ceasefire" it is that pause, after "a lasting truce"
    a ceasefire; with none before, to the first one after. "a truce" is a truce in general and
    keeps its own topic.
    """
    topic = lookup(t.topic_of, match.group())
    if match.group().casefold() not in t.refers_back or not ctx.truces:
        return topic
    before = text[max(0, match.start() - 5) : match.start()]
    if _A_BEFORE.search(before):
        return topic
    k = bisect.bisect_left(ctx.truces, (match.start(), ""))
    if k > 0:
        return ctx.truces[k - 1][1]
    # No kind named yet: a report that opens on "truce talks" names the truce further down.
    return ctx.truces[k][1] if k < len(ctx.truces) else topic
