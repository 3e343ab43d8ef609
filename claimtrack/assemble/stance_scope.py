"""Scope: what around a polarity cue changes what it says.

A negator or a denial before the cue flips it ("did not support", "we do not believe that the
time is right for"); a condition before it or a restriction after it leaves the position open
("if it decided to send", "only if the militias withdraw"); a modal of possibility does too
("may back"); a question states no position ("Did the ministry back the truce?"); and two cues
in a row compose ("ruled out sending" opposes, "stopped short of endorsing" stays open). The
words come from ``polarity.toml``; :class:`~claimtrack.assemble.stance_cues.Tables` holds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from ..find.phrases import Hit
from ..lexicon import lookup
from ..model import Polarity, Span
from ..text.patterns import lazy
from .stance_cues import StanceContext, StanceMention, Tables, may_hold, topic_of

# How far after a cue its question mark may stand: "Did the ministry back the truce ...?"
_QUESTION_REACH = 200
# From a topic phrase to a cue inside the relative clause that describes it.
_RELATIVE_GAP = lazy(r"\s*,\s*(?:which|that)\s[^,;:.\"\u201c\u201d]{0,80}")
# A relative clause between commas, which describes what stands before it and ends no clause:
# "Kestria, which had rejected the truce last month, now backs it".
RELATIVE = lazy(r",\s*(?:which|who)\s[^,;:.!?]*,", regex.I)
# A relative clause still open before a cue: ", which backs ...", ", who had urged ...".
_RELATIVE_OPEN = lazy(r",\s*(?:which|who)\s[^,;:.]*$", regex.I)
# Clause breaks inside a sentence: "...; but ...", ", while ...", ", but ...", and ", and" before
# a capitalised word ("Duda said ..., and Britain has promised Challenger 2 tanks").
_CLAUSE_BREAK = lazy(
    r";|,?\s+but\s+|,\s+while\s+|,\s+whereas\s+|,\s+although\s+|,\s+and\s+(?=\p{Lu})"
    # an absolute clause with a subject of its own: ", with President Varga saying he ..."
    r"|,\s+with\s+(?=[^,;:]{1,60}?\b\p{L}+ing\s+(?:he|she|they|it|we|the|a|an|that)\b)"
)
FLIP: dict[str, Polarity] = {"support": "oppose", "oppose": "support", "neutral": "neutral"}
_LETTERS = lazy(r"[\p{L}']+")
# Before a participle cue: a passive, which names nobody's position ("the truce has been
# renewed"); not a call for it after a modal of obligation ("the truce should (not) be
# extended", "the crossings need to be opened").
PASSIVE = lazy(
    r"\b(?:been|was|were|is|are|being|(?<!\b(?:should|must|(?:ought|needs?|ha(?:s|ve))\s+to)"
    r"(?:\s+not)?\s+)be)\s+$",
    regex.I,
)
# A parenthetical between commas: a participle or a prepositional phrase that describes what
# stands before it, no clause of its own ("located some 35 kilometres from the border").
_INSERT = lazy(
    r",\s+(?:\p{Ll}+ed|\p{Ll}+ing|in|on|at|near|by|from|after|with)\s[^,;:.!?\"\u201c\u201d()]{2,80}?,",
)
# A sentence break inside a sentence span (a quotation that ends a sentence inside it).
_SENTENCE_BREAK = lazy(r"[.!]\s")


def scope(text: str, m: Hit, sentence: Span, t: Tables) -> Polarity | None:
    """The cue's own polarity, or None when it stands in a direct question.

    "Did the ministry back the truce?" asks; it states no position.
    """
    end = min(sentence[1], m.end() + _QUESTION_REACH)
    stop = text.find("?", m.end(), end)
    if stop != -1 and not _SENTENCE_BREAK.search(text, m.end(), stop):
        return None
    return lookup(t.polarity_of, m.group())


def conditional(
    text: str,
    m: Hit,
    spans: tuple[Span, Span],
    t: Tables,
    low: str | None,
    topics: list[Hit],
    *,
    negated: bool,
) -> bool:
    """Does a condition hold the cue: one before it in its clause, a restriction after it?

    "if it decided to send the tanks", "will back a truce only if the militias withdraw",
    "unless the shelling resumes", and for a refusal an exception: "will not sign a truce
    without guarantees". ``spans`` are the cue's clause and sentence. A condition word inside a
    topic phrase ("fight until victory") is part of the topic.
    """
    clause, sentence = spans
    negated = negated or t.negators.search(m.group()) is not None  # "must not go ahead"
    lo = max(clause[0], m.start() - 80)
    if (
        t.conditions is not None
        and may_hold(low, t.condition_terms, lo, m.start())
        and (condition := t.conditions.search(text, lo, m.start()))
    ):
        # "would send the shells if Orlan asked for them": the request an offer waits for
        word = _LETTERS.match(text, condition.start())
        offer = t.offers.match(text, word.end()) if t.offers and word else None
        return offer is None or not m.start() < offer.end() <= m.end()
    end = min(sentence[1], m.end() + 160)
    if not may_hold(low, t.restriction_terms, m.end(), end):
        return False  # most cues: no restriction word after them at all
    for pattern in (t.restrictions, t.exceptions if negated else None):
        found = pattern.match(text, m.end(), end) if pattern is not None else None
        if found is not None and not any(p.start() <= found.start(1) < p.end() for p in topics):
            return pattern is t.exceptions or _restricts(text, m, found, (clause, negated), t)
    return False


def in_condition(text: str, cues: list[Hit], m: Hit, t: Tables) -> bool:
    """Is the cue inside the restriction set on the clause's last cue before it, ``cues[-1]``?

    "would agree to a ceasefire only if the group first handed over its weapons": handing over
    the weapons is the condition of the truce, not a position of its own. Not after a bare "if",
    which may be the cue's own condition: "could move quickly if it decided to send them"; nor
    past a comma: "only if a list of conditions is met, a week after Velt declared a halt".
    """
    if not cues or t.restrictions is None:
        return False
    found = t.restrictions.match(text, cues[-1].end(), m.start())
    return (
        found is not None
        and found.group(1).casefold() not in t.clause_restrictions
        and "," not in text[found.start(1) : m.start()]  # the condition runs to its comma
    )


def _restricts(
    text: str, cue: Hit, found: regex.Match[str], held: tuple[Span, bool], t: Tables
) -> bool:
    """Does the restriction after a cue restrict it, not ask or offer?

    ``held`` is the cue's clause and whether the cue is negated: a goal ("until") restricts a
    refusal only ("will not agree until the hostages are freed"; "would keep striking until
    residents return" holds its position). Not after a word of asking ("asked if Orlan would
    join", "it is unclear if ..."). A clause restriction ("if") holds only in the cue's
    clause, with no comma before it, and not when it waits only for a request: "would send the
    shells if Orlan asked for them" is an offer (but "only if Orlan asks" restricts).
    """
    clause, negated = held
    at, term = found.start(1), found.group(1).casefold()
    if term in t.goals and not negated:
        return False
    before = _LETTERS.findall(text, max(cue.end(), at - 30), at)
    if any(w.casefold() in t.inquiring for w in before[-2:]):
        return False
    if term not in t.clause_restrictions:
        return True
    if t.offers is not None and t.offers.match(text, found.end(1)):
        return False
    gap = RELATIVE.sub(" ", text[cue.end() : at])
    return at < clause[1] and "," not in gap and ";" not in gap


def modal(text: str, cue: Hit, floor: int, t: Tables) -> bool:
    """A modal of possibility in the two words before the cue: "may back", "could send"."""
    if not t.modals or t.negators.match(cue.group()):
        return False  # "could not support" is a refusal, whatever the modal
    window = text[max(floor, cue.start() - 24) : cue.start()]
    words = _LETTERS.findall(window.rsplit(",", 1)[-1])[-2:]
    if len(words) == 2 and not words[1].endswith("ly"):
        words = words[1:]  # "may back", "could possibly send"; not "Israel may do, will not"
    return any(w.casefold() in t.modals for w in words)


def expressed(text: str, cue: regex.Match[str], floor: int, t: Tables) -> bool:
    """Is a noun cue stated as a position ("affirmed his support for", "announced the sending")?"""
    lo = max(floor, cue.start() - 40)
    return any(
        pattern is not None and pattern.search(text, lo, cue.start()) is not None
        for pattern in (t.expressing, t.announcing)
    )


def compose(outer: Polarity, inner: Polarity, gap: str = "") -> Polarity:
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


def negated(text: str, cue: Hit, floor: int, t: Tables) -> bool:
    """Is the cue negated: "does not want", "will not provide", or given up?

    A negator within the three words before the cue, or a verb of giving up a position before
    its possessive: "dropped its opposition to" (support), "withdrew their support for".
    """
    window_start = max(floor, cue.start() - 30)
    window = text[window_start : cue.start()]
    words = _LETTERS.findall(window)[-3:]
    if t.relinquished is not None and t.relinquished.search(text, window_start, cue.start()):
        return True
    if words and words[-1].casefold() == "and":
        return False  # "said it was not responsible and accused ...": a predicate of its own
    return any(t.negators.fullmatch(w) for w in words) or "n't" in window[-12:]


def antecedent(
    text: str, cue: regex.Match[str], topics: list[regex.Match[str]]
) -> regex.Match[str] | None:
    """The topic described by the relative clause that holds ``cue``.

    "a general ceasefire, which the administration believes would benefit Hamas" -> ceasefire.
    """
    for topic in reversed(topics):
        if topic.end() <= cue.start():
            return topic if _RELATIVE_GAP.fullmatch(text, topic.end(), cue.start()) else None
    return None


def closes_relative(text: str, floor: int, cue: Hit, topic: int) -> bool:
    """Does the relative clause that holds ``cue`` end before the topic at ``topic``?

    "The coalition, which backs the government, said it would halt military operations":
    "backs" has its object inside the relative clause; the operations are not its.
    """
    return "," in text[cue.end() : topic] and bool(
        _RELATIVE_OPEN.search(text, max(floor, cue.start() - 80), cue.start())
    )


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


def reach(text: str, start: int, end: int, near: int) -> int:
    """How far apart two positions are, not counting parentheticals between commas.

    "the sending of four ships to the port of Tesk, located some 35 kilometres from the border,
    with aid": the place described between commas does not part the sending from its cargo.
    """
    gap = end - start
    if gap <= near:  # most pairs: no insert to look for
        return gap
    for insert in _INSERT.finditer(text, start, end):
        gap -= insert.end() - insert.start()
    return gap


def purposes(
    text: str, found: list[StanceMention], topics: list[Hit], t: Tables, ctx: StanceContext
) -> list[StanceMention]:
    """Topics named as the purposes of a position supported, supported with it.

    "pressing for pauses for two purposes: the release of hostages and the delivery of aid":
    the hostages' release and the aid too (a purpose counts as support).
    """
    out: list[StanceMention] = []
    held = {m.topic_span[0] for m in found}
    for m in found:
        end = m.span[1]
        marker = t.purposes.search(text, m.topic_span[1], end) if t.purposes else None
        if m.polarity != "support" or marker is None or marker.start() - m.topic_span[1] > 80:
            continue
        if _CLAUSE_BREAK.search(text, m.topic_span[1], marker.start()):
            continue
        for topic in topics:
            name = topic_of(text, topic, t, ctx) if topic.start() >= marker.end() else None
            if name is not None and name != m.topic and topic.start() not in held:
                out.append(replace(m, topic=name, topic_span=topic.span()))
                held.add(topic.start())
    return out


def cue_between(cues: list[Hit], start: int, end: int) -> bool:
    """Does a cue lie between ``start`` and ``end``?"""
    return any(start <= c.start() and c.end() <= end for c in cues)


# "no" right before a topic phrase (one adjective may stand between): "no bombing", "no
# further strikes".
NO_BEFORE = lazy(r"(?<![\p{L}])no\s+(?:\p{L}+\s+)?$", regex.I)


def governs_after(text: str, cue: Hit, topic_start: int, t: Tables) -> bool:
    """Whether a cue may govern the topic phrase after it.

    A halting or going-ahead cue takes its subject ("the offensive must go ahead"), unless the
    topic is its object right after it ("would continue its offensive"); a judging cue only
    the topic before it ("families depend on aid deliveries": no position on the aid).
    """
    if cue.group().casefold() in t.judging:
        return False
    if cue.group().casefold() not in t.intransitive:
        return True
    return _OBJECT.fullmatch(text, cue.end(), topic_start) is not None


_OBJECT = lazy(r"(?i)[^\S\n]++(?:(?:the|its|their|his|her|our)[^\S\n]++)?")
_GERUND_OBJECT = lazy(
    r"(?i)[^\S\n]++(?:\p{L}+ing[^\S\n]++)?(?:(?:the|its|their|his|her|our)[^\S\n]++)?"
)


def stopped_before(text: str, t: Tables, stretch: Span, cues: Sequence[Hit]) -> bool:
    """Whether a noun of stopping that is no cue ends ``stretch``, right before a topic phrase.

    "called for a halt to (arms shipments)": the position is the other way round on them.
    """
    if t.stopped is None:
        return False
    halt = t.stopped.search(text, max(stretch[0], stretch[1] - 60), stretch[1])
    return halt is not None and not any(
        c.start() < halt.end() and halt.start() < c.end() for c in cues
    )


def object_topic(text: str, cue: Hit, topics: Sequence[Hit]) -> bool:
    """Whether a topic phrase is the cue's object, right after it: "continue (its) strikes".

    Or the object of an act right after it: "stopped sending (the) weapons".
    """
    o = _GERUND_OBJECT.match(text, cue.end())
    return o is not None and any(tm.start() == o.end() for tm in topics)


def noun_use(text: str, cue: Hit, floor: int, opening: int, nouns: frozenset[int]) -> bool:
    """Whether a cue is used as a noun.

    After a determiner or a possessor ("the call for", "Velt's support for"), inside a subject
    the parse reads (``nouns``: "said calls for a truce were naive"), or opening the sentence
    at ``opening`` ("Calls for a truce grew").
    """
    return (
        NOUN_USE.search(text, max(floor, cue.start() - 8), cue.start()) is not None
        or cue.start() in nouns
        or not text[opening : cue.start()].strip(" \t\n\"'\u201c\u2018(")
    )


# A cue right after a determiner or a possessive is a noun, not a position: "the call for a
# ceasefire", "rejected Ukraine's request".
NOUN_USE = lazy(r"(?:\bthe|\ba|\ban|\btheir|\bits|\bhis|\bher|\p{L}['\u2019]s)\s+$", regex.I)


def nobodys_passive(text: str, m: Hit, clause: Span, t: Tables) -> bool:
    """A passive cue with no "by": "the truce has been renewed" names nobody's position.

    Not before an infinitive ("was urged to accept"); but a verb of giving is, whatever
    follows ("the trucks were sent to the wrong crossing", "experts were sent to help").
    """
    return bool(
        PASSIVE.search(text, max(clause[0], m.start() - 12), m.start())
        and (_PARTICIPLE.fullmatch(m.group()) or m.group().casefold() in t.given)
        and (not text.startswith(" to ", m.end()) or m.group().casefold() in t.given)
        and agent_of_passive(text, m, m.start(), clause, t) is None
    )


# A participle cue after a passive ("has been renewed", "was extended"). Not "is opposed to",
# "remained committed to": those cues hold their "to" and state a position.
_PARTICIPLE = lazy(r"\p{L}+ed")


def agent_of_passive(text: str, cue: Hit, topic_end: int, clause: Span, t: Tables) -> Span | None:
    """Who holds a position a passive cue states: "The truce was rejected by the Orsk government".

    The topic comes before the cue, a form of "be" right before it, and "by" and an agent right
    after it: a name (not a month or a weekday) or a noun of people or bodies ("by the rebels",
    "by residents of Kaspo") within a few words. "by two weeks", "by Friday" name nobody. The
    agent's span runs to the clause's end.
    """
    if topic_end > cue.start() or not _PASSIVE.search(
        text, max(clause[0], cue.start() - 24), cue.start()
    ):
        return None
    found = _BY_AGENT.match(text, cue.end(), clause[1])
    if found is None:
        return None
    for word in _AGENT_WORDS.finditer(text, found.end(), min(clause[1], found.end() + 48)):
        low = word["w"].casefold()
        if low in t.body_heads or (word["w"][0].isupper() and low not in t.times):
            return (found.end(), clause[1])
    return None


# How far a judgement may stand after the topic it judges, and what may not stand between.
_JUDGED = 70
_JUDGE_BREAK = lazy(r"[;:!?\"\u201c\u201d]|,\s+(?:and|but|which|who)\b")


def judged_phrase(text: str, cue: Hit, topics: list[Hit], cues: list[Hit]) -> Hit | None:
    """The topic phrase a judgement after it judges: "a truce would only reward the militants".

    The last topic phrase before the cue, near it, with no break and no other cue between.
    """
    before = [
        m
        for m in topics
        if m.end() <= cue.start()
        and cue.start() - m.end() <= _JUDGED
        and not _JUDGE_BREAK.search(text, m.end(), cue.start())
    ]
    if not before or cue_between(cues, before[-1].end(), cue.start()):
        return None
    return before[-1]


def judged_by_agent(
    text: str, cues: list[Hit], topic_end: int, clause: Span, t: Tables
) -> tuple[Hit, Span] | None:
    """A passive cue after a topic that judges a position on it, with its agent.

    "Tarsk's call for a ceasefire was rejected by Varn": the call is Tarsk's, and Varn, who
    rejected it, opposes the ceasefire.
    """
    for cue in cues:
        if cue.start() >= topic_end:
            agent = agent_of_passive(text, cue, topic_end, clause, t)
            if agent is not None:
                return cue, agent
    return None


_BY_AGENT = lazy(r"[^\S\n]++by[^\S\n]++")
# The first words of an agent, up to a mark or a clause word: "a majority of lawmakers".
_AGENT_WORDS = lazy(
    r"\G[^\S\n]*+(?!(?:and|or|but|who|which|that|to|on|in|at)(?!\p{L}))(?P<w>\p{L}[\p{L}'\u2019-]*+)"
)
_PASSIVE = lazy(r"(?<!\w)(?:is|are|was|were|been|being)[^\S\n]++(?:\p{L}+ly[^\S\n]++)?\Z", regex.I)


# An act in the past tense, done by its subject, and the words before a past participle that
# is no finite verb: "the resumed offensive", "to have resumed".
# "resumed", "kept striking", "let aid through"; a readiness or an offer is a position too:
# "stood ready to assist", "offers to help" (not "an offer to help": a noun)
_DONE = lazy(r"(?i)\w+ed\b|kept\b|let\b|ready\b|offers?\b")
# A past verb, its object, and the "to" of its purpose right before an act.
# (not a participle that describes a noun: "a Russian-brokered deal to end the fighting")
_DONE_FOR = lazy(
    r"(?i)(?<![\p{L}'’-])(?<!\b(?:a|an|the|this|that)[^\S\n]+)\p{Ll}+ed[^\S\n]+"
    r"(?:[\p{L}\d,'’-]+[^\S\n]+){1,6}to[^\S\n]+\Z"
)
_NOT_FINITE = lazy(r"(?i)\b(?:the|a|an|to|be|been|being|its|their|his|her)\s+\Z")
# Right before an act that states a position by itself: "said it would halt all operations".
_WILL = lazy(
    r"(?:\b(?:will|would|shall|must|should|can|could)(?:\s+not)?|['\u2019]ll|\bcannot|"
    r"\b(?:wo|would|ca|could|should|must)n['\u2019]t)\s+$",
    regex.I,
)  # "would halt", "will not let aid through", "won't open the crossings"


def act_taken(text: str, m: Hit, c0: int) -> bool:
    """Whether an act states a position: someone will do it, or did it.

    "said it would halt all military operations", "the army resumed its offensive"; not "a
    deal to free them" or "the resumed offensive".
    """
    if _WILL.search(text, max(c0, m.start() - 12), m.start()):
        return True
    if _DONE_FOR.search(text, max(c0, m.start() - 80), m.start()):
        return True  # "deployed 300 troops to help with rescue efforts": what a done act is for
    return _DONE.match(m.group()) is not None and not _NOT_FINITE.search(text, c0, m.start())


_PURPOSE_TO = lazy(r"[^\S\n]++to[^\S\n]++")


def chains_over(text: str, topics: Sequence[Hit], prev: Hit, cue: Hit) -> bool:
    """Whether a cue may compose with the one before it across the topic phrases between.

    None between, or one object and "to" (a purpose): "will not provide weapons to support
    such an operation" (the refusal frames the support).
    """
    between = [tm for tm in topics if prev.end() <= tm.start() < cue.start()]
    if not between:
        return True
    return (
        len(between) == 1 and _PURPOSE_TO.fullmatch(text, between[0].end(), cue.start()) is not None
    )
