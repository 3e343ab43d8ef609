"""Actor + topic + polarity -> the stance part of a claim.

A stance needs two cues in one clause: a topic phrase ("humanitarian pause", "F-16s") and a
polarity phrase ("called for", "ruled out", "considering"). The polarity cue nearest to the
topic phrase wins, a neutral cue (a condition, a deliberation) in the clause softens it, and a
negator just before the polarity cue flips it ("we do not support a ceasefire" -> oppose).
Who holds the stance is decided by the pipeline (the speaker, or the clause's subject).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon import Lexicon
from .model import Polarity, Span, cut

# Clause breaks inside a sentence: "...; but ...", ", while ...", ", but ...".
_CLAUSE_BREAK = regex.compile(r";|,?\s+but\s+|,\s+while\s+|,\s+whereas\s+|,\s+although\s+")
# A cue right after a determiner is a noun, not a position: "the call for a ceasefire".
_NOUN_USE = regex.compile(r"(?:\bthe|\ba|\ban|\btheir|\bits|\bhis|\bher)\s+$", regex.I)
# How far (in characters) a polarity cue may stand from its topic phrase.
_BEFORE, _AFTER = 90, 45
_FLIP: dict[str, Polarity] = {"support": "oppose", "oppose": "support", "neutral": "neutral"}


@dataclass(frozen=True, slots=True)
class StanceMention:
    """A topic phrase with the polarity cue that governs it."""

    span: Span  # the clause the stance is read from
    text: str
    topic: str
    topic_span: Span
    polarity: Polarity
    cue: str
    cue_span: Span


def _patterns(lexicon: Lexicon) -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, str]]:
    def build(lex: Lexicon) -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, str]]:
        topic_of: dict[str, str] = {}
        for topic, terms in lex.topics.items():
            for cue in terms.cues:
                topic_of.setdefault(cue.casefold(), topic)
        pol_of: dict[str, str] = {}
        for polarity in ("neutral", "oppose", "support"):
            for cue in getattr(lex.polarity, polarity):
                pol_of.setdefault(cue.casefold(), polarity)
        topics = regex.compile(
            r"(?<![\p{L}\p{N}])\L<cue>(?![\p{L}\p{N}])", cue=list(topic_of), flags=regex.I
        )
        polarity = regex.compile(
            r"(?<![\p{L}\p{N}])\L<cue>(?![\p{L}\p{N}])",
            cue=list(pol_of),
            flags=regex.I,
        )
        return topics, polarity, {**{f"t:{k}": v for k, v in topic_of.items()}, **{f"p:{k}": v for k, v in pol_of.items()}}

    return lexicon.memo("stance.patterns", build)


def _negators(lexicon: Lexicon) -> regex.Pattern[str]:
    return lexicon.memo(
        "stance.negators",
        lambda lex: regex.compile(
            r"(?<![\p{L}\p{N}])\L<neg>(?![\p{L}\p{N}])", neg=list(lex.polarity.negators), flags=regex.I
        ),
    )


def clauses(text: str, span: Span) -> list[Span]:
    """Split a sentence into clauses at semicolons and contrastive conjunctions."""
    out: list[Span] = []
    start = span[0]
    for brk in _CLAUSE_BREAK.finditer(text, span[0], span[1]):
        if brk.start() > start:
            out.append((start, brk.start()))
        start = brk.end()
    if start < span[1]:
        out.append((start, span[1]))
    return out


def find_stances(text: str, clause: Span, lexicon: Lexicon) -> list[StanceMention]:
    """Stances of one clause: at most one per topic, in order of their topic phrases.

    Each polarity cue governs the first topic phrase after it ("will not provide ... weapons");
    a topic phrase that no cue before it governs takes the first cue after it ("a ceasefire will
    benefit Hamas"). A cue used as a noun ("the call for a ceasefire") is not a position.

    >>> from claimtrack.lexicon import load_lexicon
    >>> doc = "We do not support a ceasefire at this time."
    >>> [(s.topic, s.polarity) for s in find_stances(doc, (0, len(doc)), load_lexicon())]
    [('ceasefire', 'oppose')]
    """
    topics_re, polarity_re, table = _patterns(lexicon)
    negators = _negators(lexicon)
    c0, c1 = clause
    cues = [
        m for m in polarity_re.finditer(text, c0, c1)
        if not _NOUN_USE.search(text, max(c0, m.start() - 8), m.start())
    ]
    if not cues:
        return []
    topics = list(topics_re.finditer(text, c0, c1))
    pairs: dict[int, regex.Match[str]] = {}
    for cue in cues:
        after = [t for t in topics if t.start() >= cue.end() and t.start() - cue.end() <= _BEFORE]
        if after and after[0].start() not in pairs and not _cue_between(cues, cue.end(), after[0].start()):
            pairs[after[0].start()] = cue
    for topic in topics:
        if topic.start() in pairs:
            continue
        later = [c for c in cues if c.start() >= topic.end() and c.start() - topic.end() <= _AFTER]
        if later and not any(t.start() > topic.end() and t.end() <= later[0].start() for t in topics):
            pairs[topic.start()] = later[0]
    seen: set[str] = set()
    out: list[StanceMention] = []
    span, clause_text = cut(text, c0, c1)
    neutral_near = [m for m in cues if table[f"p:{m.group().casefold()}"] == "neutral"]
    for topic_match in topics:
        cue = pairs.get(topic_match.start())
        topic = table[f"t:{topic_match.group().casefold()}"]
        if cue is None or topic in seen:
            continue
        polarity: Polarity = table[f"p:{cue.group().casefold()}"]  # type: ignore[assignment]
        if polarity != "neutral" and _negated(text, cue, c0, negators):
            polarity = _FLIP[polarity]
        if polarity != "neutral" and any(abs(m.start() - topic_match.start()) < _BEFORE for m in neutral_near):
            polarity = "neutral"
        seen.add(topic)
        out.append(
            StanceMention(span, clause_text, topic, topic_match.span(), polarity, cue.group(), cue.span())
        )
    return out


def _cue_between(cues: list[regex.Match[str]], start: int, end: int) -> bool:
    return any(start <= c.start() and c.end() <= end for c in cues)


def _negated(text: str, cue: regex.Match[str], floor: int, negators: regex.Pattern[str]) -> bool:
    """A negator within the three words before the cue ("does not want", "will not provide")."""
    window_start = max(floor, cue.start() - 30)
    window = text[window_start : cue.start()]
    words = regex.findall(r"[\p{L}']+", window)[-3:]
    return any(negators.fullmatch(w) for w in words) or "n't" in window[-12:]
