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
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..find.phrases import Hit, PhraseTable, WordIndex
from ..lexicon import Lexicon, lookup, term_pattern
from ..model import Polarity, Span
from ..text.patterns import lazy
from ..text.terms import WordTerms
from .cue_forms import document_cues, halting_cues, proceeding_cues
from .stance_words import (
    TopicTable,
    body_heads,
    family_patterns,
    names_a_kind,
    phrase_of,
    plain_before,
    polarities,
    topic_words,
    word_list,
)

# What an arrangement is for, named right after it: "a proposal for a humanitarian window".
_NAMED_AFTER = lazy(r"[^\S\n]++(?:for|on|of)[^\S\n]++(?:a|an|the)[^\S\n]", regex.I)
_A_BEFORE = lazy(r"\b(?:a|an|any)\s+$", regex.I)  # "a truce": a truce in general
# A recasting cue up to three words before a bare word: "to extend Yemen's truce".
_RECAST_BEFORE = (
    r"(?<![\p{L}])(\L<t>)\s+(?:(?:the|a|an|its|their|this|that|[\p{L}\-]+['\u2019]s|"
    r"(?!\L<p>\s)[\p{Ll}\-]+)\s+){0,3}$"
)  # no preposition between: "renewed calls for a ceasefire" renews the calls
# ... or right after it, in the passive: "the truce has been renewed".
_RECAST_AFTER = (
    r"\s+(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:be\s+|been\s+)(\L<t>)"
    r"(?![\p{L}])"
)
# What ends the reach of a frame: a clause break or a quotation mark.
_FRAME_END = r"[^,;:.?!\"\u201c\u201d]"
# A denial frame up to the cue; it reaches no predicate of its own after "and": "denied
# targeting civilians and accused the rebels of shelling" denies the targeting only.
_DENIAL = (
    r"(?<![\p{L}])\L<t>(?![\p{L}])(?:\s+that)?(?:(?!\sand\s+(?:\p{Ll}+ed|said|told)\b)"
    + _FRAME_END
    + r"){0,50}(?<!\band\s+)$"
)


@dataclass(frozen=True, slots=True)
class StanceContext:
    """What a whole document says about its topics, for clauses that name none.

    ``dominant`` is the topic named most often (the first named on a tie). ``antecedents``
    lists the topic phrases that a bare word can refer back to, as ``(start, family, topic)``
    in document order: "a 72-hour ceasefire" for a later "the truce" (family ``ceasefire``),
    "a hostage-release deal" for a later "an agreement" (family ``hostage_release``). Each
    mention is decided on its own, never by a switch for the whole document.
    """

    dominant: str | None = None
    antecedents: tuple[tuple[int, str, str], ...] = ()
    # family -> (starts, topics) of its antecedents, for a binary search per mention
    index: dict[str, tuple[list[int], list[str]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # the same with every phrase of a family's own topic ("a ceasefire", "end the fighting"):
    # what a word of no topic of its own refers back to ("signed a ceasefire ... welcomed the
    # agreement")
    named: dict[str, tuple[list[int], list[str]]] = field(
        default_factory=dict, compare=False, repr=False
    )


@dataclass(frozen=True, slots=True)
class Tables:
    """A lexicon's stance word lists, compiled once (see :func:`tables`)."""

    topics: TopicTable
    polarity: PhraseTable
    topic_of: dict[str, str]
    polarity_of: dict[str, Polarity]
    refers_back: frozenset[str]
    recast_by: dict[str, str]
    # A bare word that refers back -> its family (the topic table that lists it), and each
    # family's words as a pattern, to find the phrases it can refer back to.
    family_of: dict[str, frozenset[str]]
    # A recasting cue up to a few words before a bare word ("extend Yemen's truce"), or
    # right after it in the passive ("the truce has been renewed").
    recasts: regex.Pattern[str] | None
    recast_after: regex.Pattern[str] | None
    family_words: dict[str, regex.Pattern[str]]
    arrangements: frozenset[str]  # "the deal": any phrase of its family's topic before it
    given: frozenset[str]  # "sent": support, but "were sent to the area" narrates
    topicless: frozenset[str]
    objects: frozenset[str]
    evaluative: frozenset[str]
    judging: frozenset[str]  # judgements only of a topic before them: "would depend on"
    crediting: frozenset[str]
    # A modal and a verb of stopping ("should cease", "would not stop"): cues of their own.
    halting: frozenset[str]
    halting_pattern: WordTerms | None
    intransitive: frozenset[str]  # halting and going-ahead cues: their topic is their subject
    purposes: regex.Pattern[str] | None  # "for two purposes:", "in order to"
    halted_into: dict[str, str]  # a topic -> the topic its halt is ("military_operation" -> ...)
    # A passive description right before a cue: "is described as (choking off ...)".
    describing: regex.Pattern[str] | None
    acts: frozenset[str]
    body_heads: frozenset[str]  # "aid group": a topic word before them names a kind of body
    plain_before: frozenset[str]  # "the (latest) deal": words before a bare word that keep it bare
    times: frozenset[str]  # months and weekdays, case-folded: capitalised, but nobody
    questions: regex.Pattern[str] | None
    asks: regex.Pattern[str] | None
    conditions: regex.Pattern[str] | None
    restrictions: regex.Pattern[str] | None
    clause_restrictions: frozenset[str]
    goals: frozenset[str]  # "until": a restriction of a refusal, a goal of a position held
    offers: regex.Pattern[str] | None  # "if Orlan asked": a restriction that is an offer
    inquiring: frozenset[str]  # "asked if", "unclear if": a question, no condition
    exceptions: regex.Pattern[str] | None
    modals: frozenset[str]
    negators: regex.Pattern[str]
    expressing: regex.Pattern[str] | None
    relinquished: regex.Pattern[str] | None  # "dropped its (opposition)": a position given up
    announcing: regex.Pattern[str] | None
    ignored: frozenset[str]
    denials: regex.Pattern[str] | None
    stopped: regex.Pattern[str] | None  # "a halt to (arms shipments)": the other way round
    # "would continue (the strikes)", "will be no (truce)": cues only with a topic right after
    continuing: frozenset[str]
    # The question and condition words in lower case, for a substring test before the pattern
    # runs (None when one is not plain ASCII: then the pattern always runs).
    question_terms: tuple[str, ...] | None
    condition_terms: tuple[str, ...] | None
    restriction_terms: tuple[str, ...] | None


_LETTER_OR_DIGIT = r"[\p{L}\p{N}]"


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


def _recasts(lex: Lexicon, recasting: list[str]) -> regex.Pattern[str] | None:
    """The pattern of a recasting cue before a bare truce word, or None with no such cue."""
    if not recasting:
        return None
    prepositions = list(lex.syntax.words.prepositions)
    return lazy(_RECAST_BEFORE, regex.I, t=recasting, p=prepositions)


def _word_sets(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The tables' plain word sets, case-folded."""
    pol = lex.polarity
    return {
        name: frozenset(w.casefold() for w in words)
        for name, words in (
            ("arrangements", [w for ts in lex.topics.values() for w in ts.arrangements]),
            ("given", pol.given),
            ("clause_restrictions", pol.clause_restrictions),
            ("goals", pol.goals),
            ("inquiring", pol.inquiring),
            ("modals", pol.modals),
            ("continuing", (*pol.continuing, *pol.object_only)),
        )
    }


def _build(lex: Lexicon) -> Tables:
    topic_of, family_of, recast_by, acts = topic_words(lex)
    pol = lex.polarity
    pol_of = polarities(lex, acts)
    for verb in pol.continuing:
        pol_of.setdefault(verb.casefold(), "support")
    arriving = frozenset(v.casefold() for v in pol.arriving)
    halting = halting_cues(pol.halting)
    proceeding = proceeding_cues(pol.proceeding, arriving)
    ignored = frozenset(c.casefold() for c in pol.ignore) - set(pol_of)
    table = PhraseTable([*pol_of, *ignored])
    # Not in the table: found only with no object after them (see with_split_cues)
    for cue, polarity in (*halting.items(), *proceeding.items()):
        pol_of.setdefault(cue, polarity)
    frame = _FRAME_END + "{0,60}$"
    return Tables(
        topics=TopicTable(topic_of, family_of, lex.numbers.words),
        polarity=table,
        ignored=ignored,
        denials=term_pattern(_DENIAL, pol.denials),
        stopped=term_pattern(_STOPPED, pol.stopping),
        topic_of=topic_of,
        polarity_of=pol_of,
        refers_back=frozenset(family_of),
        recast_by=recast_by,
        family_of={w: frozenset(f) for w, f in family_of.items()},
        recasts=_recasts(lex, list(recast_by)),
        recast_after=term_pattern(_RECAST_AFTER, list(recast_by)),
        family_words=family_patterns(family_of),
        topicless=frozenset(c.casefold() for c in pol.topicless),
        objects=frozenset(o.casefold() for o in pol.objects),
        evaluative=frozenset(c.casefold() for g in pol.evaluative.model_dump().values() for c in g),
        judging=frozenset(c.casefold() for c in pol.evaluative.neutral),
        crediting=frozenset(c.casefold() for c in lex.holders.crediting),
        halting=frozenset(halting),
        intransitive=_intransitive(halting, proceeding, arriving=arriving),
        halting_pattern=(
            WordTerms(sorted({*halting, *proceeding}, key=len, reverse=True), _LETTER_OR_DIGIT)
            if halting or proceeding
            else None
        ),
        purposes=term_pattern(r"(?<![\p{L}])\L<t>(?![\p{L}])", pol.purposes),
        halted_into={
            halted: topic for topic, terms in lex.topics.items() for halted in terms.halt_of
        },
        describing=term_pattern(_DESCRIBED, lex.holders.describing),
        acts=frozenset(acts),
        body_heads=body_heads(lex),
        plain_before=plain_before(lex),
        times=frozenset(w.casefold().rstrip(".") for w in (*lex.dates.months, *lex.dates.weekdays)),
        questions=term_pattern(r"(?<![\p{L}])\L<t>(?![\p{L}])" + frame, pol.questions),
        # A cue right before a question word asks rather than states: "asked why Berlin ...".
        asks=term_pattern(r"\s+\L<t>(?![\p{L}])", pol.questions),
        conditions=term_pattern(r"(?<![\p{L}])\L<t>(?![\p{L}])" + frame, pol.conditions),
        # A restriction after the cue, in the same stretch of the sentence: "will back a truce
        # only if the militias withdraw"; a listed "once" would not fire in "once again".
        restrictions=_restrictions(lex),
        offers=term_pattern(r"\s+(?:[\p{L}'\u2019.\-]+\s+){0,3}?\L<t>(?![\p{L}])", pol.offers),
        exceptions=term_pattern(
            _FRAME_END + r"{0,80}?(?<![\p{L}])(\L<t>)(?![\p{L}])", pol.exceptions
        ),
        negators=word_list(list(pol.negators)),
        **_word_sets(lex),
        # "affirmed his support for": a verb of stating, then a possessive, then the cue.
        expressing=term_pattern(
            r"(?<![\p{L}])\L<t>\s+(?:his|her|its|their|our|[\p{L}.\-]+['\u2019]s)\s+$",
            (*pol.expressing, *pol.relinquishing),  # "dropped its (opposition)" too
        ),
        relinquished=term_pattern(
            r"(?<![\p{L}])\L<t>\s+(?:his|her|its|their|our)\s+$", pol.relinquishing
        ),
        # "announced the sending of three planes with aid": one's own act, announced.
        announcing=term_pattern(r"(?<![\p{L}])\L<t>\s+(?:\p{Ll}+\s+){0,2}the\s+$", pol.announcing),
        question_terms=_lower_ascii(pol.questions),
        condition_terms=_lower_ascii(pol.conditions),
        restriction_terms=_lower_ascii(
            (*pol.restrictions, *pol.clause_restrictions, *pol.exceptions)
        ),
    )


def _intransitive(*cues: dict[str, Polarity], arriving: frozenset[str]) -> frozenset[str]:
    """The cues of stopping and going ahead whose topic is their subject.

    Not a verb of arriving: its object is where the topic goes ("aid must reach Tarn").
    """
    return frozenset(c for group in cues for c in group if c.rsplit(None, 1)[-1] not in arriving)


# A noun of stopping and its preposition, then up to two words that are no preposition, right
# before a topic phrase: "a halt to (arms shipments)", "an end to all Western (arms deliveries)".
_STOPPED = r"(?<![\p{L}])\L<t>\s+(?:(?!(?:of|to|on|for|in|and|or)\s)[\p{L}\-]+\s+){0,2}$"


# A passive description right before a cue: "is described as (choking off ...)".
_DESCRIBED = (
    r"(?<![\p{L}])(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?\L<t>"
    r"\s*[\"\u201c']?\s*(?:(?:a|an|the)\s+)?$"
)


def _restrictions(lex: Lexicon) -> regex.Pattern[str] | None:
    """A restriction after a cue, in the rest of its sentence (quotations allowed).

    Not one that names a time: "agreed to the extension, which runs until Oct. 2" is an
    agreement, "until the hostages are freed" a condition; nor one with no end: "would continue
    for as long as it takes", "as long as necessary"; nor a purpose: "aid must flow if a famine
    is to be averted" says what the aid is for.
    """
    times = sorted({*lex.dates.months, *lex.dates.weekdays, *lex.dates.relative_days})
    terms = [*lex.polarity.restrictions, *lex.polarity.clause_restrictions]
    if not terms:
        return None
    return lazy(
        r"[^;:.?!]{0,100}?(?<![\p{L}])(?<!\bat\s)(\L<t>)(?!\s+(?:again|more)\b)(?![\p{L}])"
        r"(?!\s+(?:it\s+takes|necessary|needed|required)\b)"
        r"(?![^,;:.?!]{0,60}?\s(?:is|are)\s+to\s+\p{L})"
        r"(?!\s+(?:\d|(?:\L<time>)(?![\p{L}])))",
        t=terms,
        time=times or ["\x00"],
        flags=regex.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class StanceMention:
    """A topic phrase with the polarity cue that governs it."""

    span: Span  # the clause the stance is read from
    text: str
    topic: str
    topic_span: Span  # the topic phrase, or the cue when the topic was read from context
    polarity: Polarity
    cue: str
    cue_span: Span
    # The actors the position is credited to, when a verb of praise or blame names them as its
    # object: "commended the parties for agreeing to the truce" (the parties hold it).
    credited: Span | None = None


class DocScan:
    """Every topic phrase and polarity cue of a document, found in one walk over its words each.

    Clauses then take their share by offset instead of scanning the text again. ``index`` is
    the document's :class:`~claimtrack.find.phrases.WordIndex` when the caller has one to share.
    """

    def __init__(self, text: str, lexicon: Lexicon, index: WordIndex | None = None) -> None:
        t = tables(lexicon)
        index = index if index is not None else WordIndex(text)
        self.topics = t.topics.find(text, index)
        self.polarity = document_cues(text, lexicon, t, t.polarity.find(text, index), index)
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
    """Read a document's main topic and the phrases bare words refer back to (one scan).

    >>> from claimtrack.lexicon import load_lexicon
    >>> doc = "A 72-hour ceasefire began. Both sides agreed to the truce. Tanks were sent."
    >>> context = document_context(doc, load_lexicon())
    >>> context.dominant, context.antecedents
    ('humanitarian_pause', ((5, 'ceasefire', 'humanitarian_pause'),))
    """
    t = tables(lexicon)
    matches = scan.topics if scan is not None else t.topics.find(text, WordIndex(text))
    antecedents = tuple(
        sorted(
            [
                (m.start(), family, lookup(t.topic_of, phrase_of(m)))
                for m in matches
                if m.group().casefold() not in t.refers_back
                for family, words in t.family_words.items()
                if words.search(m.group())
            ]
            + _recast(text, matches, t)
        )
    )
    index = _index(antecedents)
    partial = StanceContext(None, antecedents, index)
    resolved = [
        (m.start(), topic) for m in matches if (topic := topic_of(text, m, t, partial)) is not None
    ]
    counts: Counter[str] = Counter(topic for _, topic in resolved)
    dominant = max(counts, key=lambda k: counts[k]) if counts else None  # first named wins a tie
    # Every phrase of a family's own topic, each as read in its place, for a word of no topic
    # of its own: "a deal to end the fighting ... the agreement", "signed a ceasefire ... the
    # deal".
    named = _index(
        tuple(sorted({*antecedents, *((s, k, k) for s, k in resolved if k in t.family_words)}))
    )
    return StanceContext(dominant, antecedents, index, named)


def _recast(text: str, matches: list[Hit], t: Tables) -> list[tuple[int, str, str]]:
    """Bare words a cue just before recasts: "to extend Yemen's truce" names a pause.

    A truce that is extended or renewed is a time-limited one; later bare mentions of it are
    that pause too.
    """
    out: list[tuple[int, str, str]] = []
    if t.recasts is None:
        return out
    for m in matches:
        low = m.group().casefold()
        if low not in t.refers_back or low not in t.topic_of:
            continue  # "extend the agreement" recasts no truce: a deal names no topic alone
        found = t.recasts.search(text, max(0, m.start() - 40), m.start()) or (
            t.recast_after.match(text, m.end(), m.end() + 30) if t.recast_after else None
        )
        if found is not None:
            topic = t.recast_by[found.group(1).casefold()]
            out += [(m.start(), family, topic) for family in sorted(t.family_of[low])]
    return out


def _index(
    antecedents: tuple[tuple[int, str, str], ...],
) -> dict[str, tuple[list[int], list[str]]]:
    index: dict[str, tuple[list[int], list[str]]] = {}
    for start, family, topic in antecedents:
        starts, topics = index.setdefault(family, ([], []))
        starts.append(start)
        topics.append(topic)
    return index


def topic_of(text: str, match: Hit, t: Tables, ctx: StanceContext) -> str | None:
    """The topic of one topic phrase; None for a bare word with nothing to refer back to.

    A bare "the truce" (or "the ceasefire") refers to the nearest phrase before it that says
    which kind of truce it is: after "a 72-hour ceasefire" it is that pause, after "a lasting
    truce" a ceasefire; with none before, to the first one after. "a truce" is a truce in
    general and keeps its own topic. A bare "the deal" or "an agreement" is a topic only as
    the deal named before it ("a hostage-release deal").
    """
    low = phrase_of(match).casefold()
    own = t.topic_of.get(low)
    if own is None and low not in t.family_of:
        own = lookup(t.topic_of, phrase_of(match))
    families = t.family_of.get(low)
    if families is None:
        return own
    if names_a_kind(text, match.start(), t.plain_before):
        return own  # "the rescue operation", "the trade deal": no offensive or truce before
    if low in t.arrangements and _NAMED_AFTER.match(text, match.end()):
        return None  # "a U.N. proposal for a humanitarian window": the window says which
    if own is not None and _A_BEFORE.search(text, max(0, match.start() - 5), match.start()):
        return own
    # a word for an arrangement refers back to any phrase of its topic: "signed a ceasefire
    # ... welcomed the agreement"
    index = (ctx.named if low in t.arrangements else ctx.index) or _index(ctx.antecedents)
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for family in sorted(families):
        starts, topics = index.get(family, ([], []))
        k = bisect.bisect_left(starts, match.start())
        if k > 0 and (before is None or starts[k - 1] > before[0]):
            before = starts[k - 1], topics[k - 1]
        if k < len(starts) and (after is None or starts[k] < after[0]):
            after = starts[k], topics[k]
    if before is not None:
        return before[1]
    if own is None:
        return None
    # No kind named yet: a report that opens on "truce talks" names the truce further down.
    return after[1] if after is not None else own


# Between a verb and the cue that is its object: "renewed (his) calls for".
_OBJECT_GAP = lazy(r"\s+(?:(?:his|her|its|their|our|the|a|an)\s+)?")


def recast(text: str, cues: Sequence[Hit], paired: Hit, topic: str, t: Tables, reach: int) -> str:
    """The topic a bare truce word has once the cue paired with it, or one before, recasts it.

    "extending the humanitarian truce", "agreed to extend the truce": a pause. But a verb whose
    object is the paired cue renews that: "renewed (his) calls for a ceasefire".
    """
    for near in cues:
        if (
            near.start() <= paired.start()
            and paired.start() - near.start() <= reach
            and not (near is not paired and _OBJECT_GAP.fullmatch(text, near.end(), paired.start()))
        ):
            topic = t.recast_by.get(near.group().casefold(), topic)
    return topic
