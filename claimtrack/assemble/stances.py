"""Actor + topic + polarity -> the stance part of a claim.

A stance needs two cues in one clause: a topic phrase ("humanitarian pause", "F-16s") and a
polarity phrase ("called for", "ruled out", "considering"). The polarity cue nearest to the
topic phrase wins; cues in a row compose ("ruled out sending" -> oppose, "agreed to consider"
-> neutral); a neutral cue (a condition, a deliberation) in the clause softens it, and a
negator just before the polarity cue flips it ("we do not support a ceasefire" -> oppose).
A cue inside an indirect question ("asked whether Washington would send F-16s") is no
position, unless the sentence quotes the answer ('replied: "No."').

A clause without a topic phrase can still carry a stance on the document's main question:
a reaction ("said he was sincerely grateful"), a deliberation ("there is no consensus") or a
cue whose object stands for a topic named elsewhere ("rejected Ukraine's request", "urged
them to uphold it"). :func:`document_context` reads that question once per document.
Who holds the stance is decided by the pipeline (the speaker, or the clause's subject).
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass

import regex

from ..find.phrases import Hit, PhraseTable, WordIndex
from ..lexicon import Lexicon, lookup, term_pattern
from ..model import Polarity, Span, cut

# Clause breaks inside a sentence: "...; but ...", ", while ...", ", but ...", and ", and" before
# a capitalised word ("Duda said ..., and Britain has promised Challenger 2 tanks").
_CLAUSE_BREAK = regex.compile(
    r";|,?\s+but\s+|,\s+while\s+|,\s+whereas\s+|,\s+although\s+|,\s+and\s+(?=\p{Lu})"
)
# A cue right after a determiner or a possessive is a noun, not a position: "the call for a
# ceasefire", "rejected Ukraine's request".
_NOUN_USE = regex.compile(
    r"(?:\bthe|\ba|\ban|\btheir|\bits|\bhis|\bher|\p{L}['\u2019]s)\s+$", regex.I
)
# "no" right before a topic phrase (one adjective may stand between): "no bombing", "no
# further strikes".
_NO_BEFORE = regex.compile(r"(?<![\p{L}])no\s+(?:\p{L}+\s+)?$", regex.I)
# From a topic phrase to a cue inside the relative clause that describes it.
_RELATIVE_GAP = regex.compile(r"\s*,\s*(?:which|that)\s[^,;:.\"\u201c\u201d]{0,80}")
# How far (in characters) a polarity cue may stand from its topic phrase.
_BEFORE, _AFTER = 90, 45
# How far apart two cues in a row may stand: "pledged to build an international coalition to
# get Ukraine combat aircraft", "ruled out sending".
_CHAIN_GAP = 40
# What may not stand between two cues in a row: punctuation or a new clause.
_CHAIN_BREAK = regex.compile(r"[,;:.!?\"\u201c\u201d]|\b(?:and|or|but|which|who|while)\b", regex.I)
# A quoted one-word answer to an indirect question: 'Biden replied with a single word: "No."'
_ANSWER = regex.compile(r"[\"\u201c\u2018']\s*(No|Yes)\b[.!]?\s*[\"\u201d\u2019']", regex.I)
# Words after a cue, to look for the object it governs.
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*")
# Pronouns that, right after a cue, stand for the last topic named ("urged them to uphold it").
# Not "that": "did not rule out that the toll would rise" opens a clause.
_PRONOUN_OBJECTS = frozenset({"it", "them", "this"})
_FLIP: dict[str, Polarity] = {"support": "oppose", "oppose": "support", "neutral": "neutral"}
_A_BEFORE = regex.compile(r"\b(?:a|an)\s+$")  # "a truce": a truce in general
_STOP = regex.compile(r"[,;:.]")
_POSSESSIVE = regex.compile(r"['\u2019]s$")
_LETTERS = regex.compile(r"[\p{L}']+")


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


@dataclass(frozen=True, slots=True)
class StanceContext:
    """What a whole document says about its topics, for clauses that name none.

    ``dominant`` is the topic named most often (the first named on a tie); ``temporary_truce``
    is true when the document calls a truce time-limited ("a 72-hour ceasefire", "the
    extension of the truce"), so that a bare "the truce" refers to that pause.
    """

    dominant: str | None = None
    temporary_truce: bool = False


@dataclass(frozen=True, slots=True)
class _Tables:
    topics: PhraseTable
    polarity: PhraseTable
    topic_of: dict[str, str]
    polarity_of: dict[str, Polarity]
    refers_back: frozenset[str]
    recast_by: dict[str, str]
    truce_words: regex.Pattern[str] | None
    topicless: frozenset[str]
    objects: frozenset[str]
    questions: regex.Pattern[str] | None
    asks: regex.Pattern[str] | None
    conditions: regex.Pattern[str] | None
    negators: regex.Pattern[str]
    expressing: regex.Pattern[str] | None
    ignored: frozenset[str]
    denials: regex.Pattern[str] | None
    # The question and condition words in lower case, for a substring test before the pattern
    # runs (None when one is not plain ASCII: then the pattern always runs).
    question_terms: tuple[str, ...] | None
    condition_terms: tuple[str, ...] | None


def _word_list(terms: list[str]) -> regex.Pattern[str]:
    return regex.compile(r"(?<![\p{L}\p{N}])\L<cue>(?![\p{L}\p{N}])", cue=terms, flags=regex.I)


def _lower_ascii(terms: tuple[str, ...]) -> tuple[str, ...] | None:
    return tuple(t.lower() for t in terms) if all(t.isascii() for t in terms) else None


def _may_hold(low: str | None, terms: tuple[str, ...] | None, start: int, end: int) -> bool:
    """False only when no term can match in ``[start, end)``, ignoring case.

    ``low`` is the document in lower case from its word index (None when the index could not
    read it); then an ASCII term that matches ignoring case is that term in ``low``.
    """
    if low is None or terms is None:
        return True
    piece = low[start:end]
    return any(term in piece for term in terms)


def _tables(lexicon: Lexicon) -> _Tables:
    def build(lex: Lexicon) -> _Tables:
        topic_of: dict[str, str] = {}
        refers_back: set[str] = set()
        recast_by: dict[str, str] = {}
        for topic, terms in lex.topics.items():
            for cue in terms.cues:
                topic_of.setdefault(cue.casefold(), topic)
            refers_back |= {c.casefold() for c in terms.refers_back}
            for cue in terms.recasts:
                recast_by.setdefault(cue.casefold(), topic)
        pol_of: dict[str, Polarity] = {}
        for polarity in ("neutral", "oppose", "support"):
            for cue in getattr(lex.polarity, polarity):
                pol_of.setdefault(cue.casefold(), polarity)
        pol = lex.polarity
        ignored = frozenset(c.casefold() for c in pol.ignore) - set(pol_of)
        return _Tables(
            topics=PhraseTable(topic_of),
            polarity=PhraseTable([*pol_of, *ignored]),
            ignored=ignored,
            denials=term_pattern(
                r"(?<![\p{L}])\L<t>(?![\p{L}])(?:\s+that)?[^,;:.\"\u201c\u201d]{0,50}$", pol.denials
            ),
            topic_of=topic_of,
            polarity_of=pol_of,
            refers_back=frozenset(refers_back),
            recast_by=recast_by,
            truce_words=_word_list(sorted(refers_back)) if refers_back else None,
            topicless=frozenset(c.casefold() for c in pol.topicless),
            objects=frozenset(o.casefold() for o in pol.objects),
            # The question word, then anything but a clause break up to the cue.
            questions=term_pattern(
                r"(?<![\p{L}])\L<t>(?![\p{L}])[^,;:.\"\u201c\u201d]{0,60}$", pol.questions
            ),
            # A cue right before a question word asks rather than states: "asked why Berlin ...".
            asks=term_pattern(r"\s+\L<t>(?![\p{L}])", pol.questions),
            conditions=term_pattern(
                r"(?<![\p{L}])\L<t>(?![\p{L}])[^,;:.\"\u201c\u201d]{0,60}$", pol.conditions
            ),
            negators=_word_list(list(pol.negators)),
            # "affirmed his support for": a verb of stating, then a possessive, then the cue.
            expressing=term_pattern(
                r"(?<![\p{L}])\L<t>\s+(?:his|her|its|their|our|[\p{L}.\-]+['\u2019]s)\s+$",
                pol.expressing,
            ),
            question_terms=_lower_ascii(pol.questions),
            condition_terms=_lower_ascii(pol.conditions),
        )

    return lexicon.memo("stance.tables", build)


class DocScan:
    """Every topic phrase and polarity cue of a document, found in one walk over its words each.

    Clauses then take their share by offset instead of scanning the text again. ``index`` is
    the document's :class:`~claimtrack.find.phrases.WordIndex` when the caller has one to share.
    """

    def __init__(self, text: str, lexicon: Lexicon, index: WordIndex | None = None) -> None:
        t = _tables(lexicon)
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
    """Read a document's main topic and whether its truce is time-limited (one scan).

    >>> from claimtrack.lexicon import load_lexicon
    >>> doc = "A 72-hour ceasefire began. Both sides agreed to the truce. Tanks were sent."
    >>> document_context(doc, load_lexicon())
    StanceContext(dominant='humanitarian_pause', temporary_truce=True)
    """
    t = _tables(lexicon)
    matches = scan.topics if scan is not None else t.topics.find(text, WordIndex(text))
    temporary = t.truce_words is not None and any(
        lookup(t.topic_of, m.group()) == "humanitarian_pause" and t.truce_words.search(m.group())
        for m in matches
    )
    counts: Counter[str] = Counter()
    for m in matches:
        counts[_topic(text, m, t, temporary)] += 1
    dominant = max(counts, key=lambda k: counts[k]) if counts else None  # first named wins a tie
    return StanceContext(dominant, temporary)


def _topic(text: str, match: Hit, t: _Tables, temporary: bool) -> str:
    """The topic of a topic phrase; a bare "the truce" is the document's pause when it has one."""
    cue = match.group().casefold()
    topic = lookup(t.topic_of, match.group())
    if temporary and cue in t.refers_back:
        before = text[max(0, match.start() - 4) : match.start()].casefold()
        # "a truce" is a truce in general ("the time is right for a truce"), not the one named.
        if not _A_BEFORE.search(before):
            return "humanitarian_pause"
    return topic


def clauses(text: str, span: Span) -> list[Span]:
    """Split a sentence into clauses at semicolons and contrastive conjunctions.

    >>> doc = "Duda said Poland would send tanks, and Britain has promised jets."
    >>> [doc[a:b] for a, b in clauses(doc, (0, len(doc)))]
    ['Duda said Poland would send tanks', 'Britain has promised jets.']
    """
    out: list[Span] = []
    start = span[0]
    for brk in _CLAUSE_BREAK.finditer(text, span[0], span[1]):
        if brk.start() > start:
            out.append((start, brk.start()))
        start = brk.end()
    if start < span[1]:
        out.append((start, span[1]))
    return out


def find_stances(
    text: str,
    clause: Span,
    lexicon: Lexicon,
    context: StanceContext | None = None,
    sentence: Span | None = None,
    scan: DocScan | None = None,
) -> list[StanceMention]:
    """Stances of one clause, at most one per polarity cue, in order of their topics.

    Each polarity cue governs the first topic phrase after it ("will not provide ... weapons");
    a topic phrase that no cue before it governs takes the first cue after it ("a ceasefire will
    benefit Hamas"). A cue used as a noun ("the call for a ceasefire") is not a position.
    ``context`` (from :func:`document_context`) lets a clause without a topic phrase speak to the
    document's main topic; ``sentence`` is where to look for a quoted answer and for the topic
    a pronoun object refers to (default: the clause); ``scan`` (a :class:`DocScan` of the whole
    text) saves scanning the clause again.

    >>> from claimtrack.lexicon import load_lexicon
    >>> doc = "We do not support a ceasefire at this time."
    >>> [(s.topic, s.polarity) for s in find_stances(doc, (0, len(doc)), load_lexicon())]
    [('ceasefire', 'oppose')]
    >>> doc = "Biden on Monday ruled out sending F-16 fighter jets to Ukraine."
    >>> [(s.topic, s.polarity) for s in find_stances(doc, (0, len(doc)), load_lexicon())]
    [('weapons_supply', 'oppose')]
    """
    t = _tables(lexicon)
    ctx = context or StanceContext()
    c0, c1 = clause
    s0, s1 = sentence or clause
    found = scan.polarity_in(c0, c1) if scan is not None else t.polarity.find(text, None, c0, c1)
    if not found:
        return []
    topics = scan.topics_in(c0, c1) if scan is not None else t.topics.find(text, None, c0, c1)
    low = scan.lower if scan is not None else None
    answer: regex.Match[str] | None = None
    answer_read = False  # the quoted answer is looked for only after a question
    cues: list[Hit] = []
    polarity_at: dict[int, Polarity] = {}
    for m in found:
        if m.group().casefold() in t.ignored:
            continue
        polarity: Polarity = lookup(t.polarity_of, m.group())
        in_topic = any(tm.start() <= m.start() and m.end() <= tm.end() for tm in topics)
        if in_topic and polarity == "neutral":
            continue  # "until" inside "fight until victory" is part of the topic
        if (
            not in_topic  # "the right to defend itself" states its own position
            and _NOUN_USE.search(text, max(c0, m.start() - 8), m.start())
            and not _expressed(text, m, c0, t)
        ):
            continue
        # A negator counts once: in "did not support calls for a ceasefire" it belongs to
        # "not support", not again to "calls for".
        floor = max(c0, cues[-1].end()) if cues else c0
        if polarity != "neutral" and (
            _negated(text, m, floor, t.negators)
            or t.denials is not None
            and t.denials.search(text, max(floor, m.start() - 70), m.start()) is not None
        ):
            polarity = _FLIP[polarity]
        lo = max(c0, m.start() - 80)
        if (
            t.questions is not None
            and _may_hold(low, t.question_terms, lo, m.start())
            and t.questions.search(text, lo, m.start())
        ):
            # "asked whether the United States would provide the warplanes ... "No.""
            if not answer_read:
                answer, answer_read = _ANSWER.search(text, s0, s1), True
            if answer is None or polarity == "neutral":
                continue
            polarity = polarity if answer.group(1).casefold() == "yes" else _FLIP[polarity]
        if t.asks is not None and t.asks.match(text, m.end(), c1):
            continue
        if (
            t.conditions is not None
            and _may_hold(low, t.condition_terms, lo, m.start())
            and t.conditions.search(text, lo, m.start())
        ):
            polarity = "neutral"
        cues.append(m)
        polarity_at[m.start()] = polarity
    if not cues:
        return []
    # Cues in a row compose: the first sets the frame for the next ("ruled out sending").
    chained: set[int] = set()
    chain_start: dict[int, int] = {}  # cue start -> end of the first cue of its chain
    for prev, cue in itertools.pairwise(cues):
        gap = text[prev.end() : cue.start()]
        if (
            len(gap) <= _CHAIN_GAP
            and not _CHAIN_BREAK.search(gap)
            and not any(prev.end() <= tm.start() < cue.start() for tm in topics)
        ):
            polarity_at[cue.start()] = _compose(
                polarity_at[prev.start()], polarity_at[cue.start()], gap
            )
            chained.add(prev.start())
            chain_start[cue.start()] = chain_start.get(prev.start(), prev.end())
    pairs: dict[int, Hit] = {}
    for cue in cues:
        inside = next(
            (m for m in topics if m.start() <= cue.start() and cue.end() <= m.end()), None
        )
        if inside is not None:
            # A topic phrase that holds its own cue: "has the right to defend itself".
            pairs.setdefault(inside.start(), cue)
            continue
        antecedent = _antecedent(text, cue, topics)
        if antecedent is not None and antecedent.start() not in pairs:
            # "a general ceasefire, which the administration believes would benefit Hamas"
            pairs[antecedent.start()] = cue
            continue
        # A topic may overlap the end of its cue: "ready to fight" + "fight until victory".
        after = [
            m
            for m in topics
            if m.start() > cue.start() and m.end() > cue.end() and m.start() - cue.end() <= _BEFORE
        ]
        if (
            after
            and after[0].start() not in pairs
            and not _cue_between(cues, cue.end(), after[0].start())
        ):
            pairs[after[0].start()] = cue
    governing = {id(c) for c in pairs.values()}
    for phrase in topics:
        if phrase.start() in pairs:
            continue
        later = [
            c for c in cues if c.start() >= phrase.end() and c.start() - phrase.end() <= _AFTER
        ]
        # A cue that governs a topic after it keeps it: "if Israel proceeds with an offensive,
        # the US will not provide weapons" opposes the weapons, not the offensive.
        if (
            later
            and id(later[0]) not in governing
            and not any(m.start() > phrase.end() and m.end() <= later[0].start() for m in topics)
        ):
            pairs[phrase.start()] = later[0]
    span, clause_text = cut(text, c0, c1)
    neutral_near = [m for m in cues if polarity_at[m.start()] == "neutral"]
    used: set[int] = set()
    out: list[StanceMention] = []
    for topic_match in topics:
        paired = pairs.get(topic_match.start())
        if paired is None or paired.start() in used:
            continue
        used.add(paired.start())
        polarity = polarity_at[paired.start()]
        if polarity != "neutral" and any(
            abs(m.start() - topic_match.start()) < _BEFORE for m in neutral_near
        ):
            polarity = "neutral"
        if polarity != "neutral" and _NO_BEFORE.search(
            text, max(c0, topic_match.start() - 16), topic_match.start()
        ):
            # "agreed to guarantee that there would be no bombing": the position is against it.
            polarity = _FLIP[polarity]
        topic = _topic(text, topic_match, t, ctx.temporary_truce)
        if topic_match.group().casefold() in t.refers_back:
            # "extending the humanitarian truce": the cue (or one chained before it) recasts it.
            for near in cues:
                if (
                    near.start() <= paired.start()
                    and paired.start() - near.start() <= _CHAIN_GAP + 20
                ):
                    topic = t.recast_by.get(near.group().casefold(), topic)
        out.append(
            StanceMention(
                span,
                clause_text,
                topic,
                topic_match.span(),
                polarity,
                paired.group(),
                paired.span(),
            )
        )
    # Cues that name no topic: a reaction, a deliberation, or an object standing for a topic.
    for cue in cues:
        if cue.start() in used or cue.start() in chained or any(p is cue for p in pairs.values()):
            continue
        implied = _implied_topic(
            text, cue, chain_start.get(cue.start(), cue.end()), t, ctx, topics, (s0, s1), c1
        )
        if implied is None:
            continue
        polarity = polarity_at[cue.start()]
        if polarity != "neutral" and any(
            m is not cue and abs(m.start() - cue.start()) < _AFTER for m in neutral_near
        ):
            polarity = "neutral"
        out.append(
            StanceMention(span, clause_text, implied, cue.span(), polarity, cue.group(), cue.span())
        )
    out.sort(key=lambda s: s.topic_span[0])
    return out


def _antecedent(
    text: str, cue: regex.Match[str], topics: list[regex.Match[str]]
) -> regex.Match[str] | None:
    """The topic described by the relative clause that holds ``cue``.

    "a general ceasefire, which the administration believes would benefit Hamas" -> ceasefire.
    """
    for topic in reversed(topics):
        if topic.end() <= cue.start():
            return topic if _RELATIVE_GAP.fullmatch(text, topic.end(), cue.start()) else None
    return None


def _implied_topic(
    text: str,
    cue: Hit,
    start: int,
    t: _Tables,
    ctx: StanceContext,
    topics: list[Hit],
    sentence: Span,
    end: int,
) -> str | None:
    """The topic a cue (a chain of cues from ``start``) without a topic phrase speaks to."""
    limit = min(end, cue.end() + 40)
    stop = _STOP.search(text[start:limit])
    if stop:
        limit = start + stop.start()
    words = [w.group().casefold() for w in _WORD.finditer(text, start, limit)]
    # The object right after the last cue of the chain: "urged them to uphold it".
    tail = [w.group().casefold() for w in _WORD.finditer(text, cue.end(), max(cue.end(), limit))]
    earlier = [m for m in topics if m.end() <= cue.start()]
    if tail and tail[0] in _PRONOUN_OBJECTS:
        # "urged them to uphold it": the last topic named before, in this clause or sentence.
        if earlier:
            return _topic(text, earlier[-1], t, ctx.temporary_truce)
        before = t.topics.find(text, None, sentence[0], cue.start())
        if before:
            return _topic(text, before[-1], t, ctx.temporary_truce)
        return ctx.dominant
    if any(_singular(w) in t.objects for w in words[:5]) or cue.group().casefold() in t.topicless:
        # "rejected Ukraine's request", "hailed Biden's move", "said he was sincerely grateful"
        return ctx.dominant
    return None


def _singular(word: str) -> str:
    word = _POSSESSIVE.sub("", word)
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _expressed(text: str, cue: regex.Match[str], floor: int, t: _Tables) -> bool:
    """Is a possessive cue stated as a position: "affirmed his support for"?"""
    return t.expressing is not None and bool(
        t.expressing.search(text, max(floor, cue.start() - 40), cue.start())
    )


def _compose(outer: Polarity, inner: Polarity, gap: str = "") -> Polarity:
    """Compose two cues in a row: "ruled out sending" opposes, "refused to block" supports.

    A deliberation someone else is pressed into takes the pressing side: "urged Israel to
    consider pauses" supports them. One's own deliberation stays open: "agreed to consider
    sending tanks", "held off on sending".
    """
    if outer == "neutral":
        return "neutral"
    if inner == "neutral":
        return outer if regex.search(r"\p{L}", regex.sub(r"(?i)\bto\b", "", gap)) else "neutral"
    return "support" if outer == inner else "oppose"


def _cue_between(cues: list[Hit], start: int, end: int) -> bool:
    return any(start <= c.start() and c.end() <= end for c in cues)


def _negated(text: str, cue: Hit, floor: int, negators: regex.Pattern[str]) -> bool:
    """A negator within the three words before the cue ("does not want", "will not provide")."""
    window_start = max(floor, cue.start() - 30)
    window = text[window_start : cue.start()]
    words = _LETTERS.findall(window)[-3:]
    return any(negators.fullmatch(w) for w in words) or "n't" in window[-12:]
