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

import itertools

import regex

from ..find.phrases import Hit
from ..lexicon import Lexicon
from ..model import Polarity, Span, cut
from ..text.patterns import lazy
from .cue_forms import with_split_cues
from .holders import absolute_subject, credited_object, passive_agent
from .stance_cues import (
    DocScan,
    StanceContext,
    StanceMention,
    Tables,
    document_context,
    may_hold,
    recast,
    tables,
    topic_of,
)
from .stance_implied import implied_topic
from .stance_objects import object_noun
from .stance_scope import (
    FLIP,
    NO_BEFORE,
    act_taken,
    agent_of_passive,
    antecedent,
    chains_over,
    clauses,
    closes_relative,
    compose,
    conditional,
    cue_between,
    expressed,
    governs_after,
    in_condition,
    judged_by_agent,
    judged_phrase,
    modal,
    negated,
    nobodys_passive,
    noun_use,
    object_topic,
    purposes,
    reach,
    scope,
    stopped_before,
)
from .stance_words import modifies_a_body, noun_owner

__all__ = [
    "DocScan",
    "StanceContext",
    "StanceMention",
    "clauses",
    "document_context",
    "find_stances",
]

# How far (in characters) a polarity cue may stand from its topic phrase.
_BEFORE, _AFTER = 90, 45
# How far apart two cues in a row may stand: "pledged to build an international coalition to
# get Ukraine combat aircraft", "ruled out sending".
_CHAIN_GAP = 40
# What may not stand between two cues in a row: punctuation or a new clause.
_CHAIN_BREAK = lazy(r"[,;:.!?\"\u201c\u201d]|\b(?:and|or|but|which|who|while)\b", regex.I)
# A quoted one-word answer to an indirect question: 'Biden replied with a single word: "No."'
_ANSWER = lazy(r"[\"\u201c\u2018']\s*(No|Yes)\b[.!]?\s*[\"\u201d\u2019']", regex.I)
_AS = lazy(r"(?i)(?<!\w)as(?!\w)")
# Between a topic and a cue: the start of another clause.
_CLAUSE_AFTER = lazy(
    r"\b(?:after|when|because|since|before|while|if|unless|until|although)\b", regex.I
)


def find_stances(
    text: str,
    clause: Span,
    lexicon: Lexicon,
    context: StanceContext | None = None,
    sentence: Span | None = None,
    scan: DocScan | None = None,
    nouns: frozenset[int] = frozenset(),
) -> list[StanceMention]:
    """Stances of one clause, at most one per polarity cue, in order of their topics.

    Each polarity cue governs the first topic phrase after it ("will not provide ... weapons");
    a topic phrase that no cue before it governs takes the first cue after it ("a ceasefire will
    benefit Hamas"); a judgement after a topic phrase judges it ("a truce would only reward the
    militants"). A cue used as a noun ("the call for a ceasefire") is not a position.
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
    t = tables(lexicon)
    ctx = context or StanceContext()
    c0, c1 = clause
    found = scan.polarity_in(c0, c1) if scan else t.polarity.find(text, None, c0, c1)
    if scan is None:  # the cues a scan adds: "called, by a majority, for", "should cease"
        found = with_split_cues(text, t, found, c0, c1)
    if not found:
        return []
    topics = scan.topics_in(c0, c1) if scan is not None else t.topics.find(text, None, c0, c1)
    # A bare word with nothing to refer back to ("an agreement") names no topic.
    topics = [
        m
        for m in topics
        if topic_of(text, m, t, ctx) is not None and not modifies_a_body(text, m, t.body_heads)
    ]
    low = scan.lower if scan else None
    reader = _Clause(text, clause, sentence or clause, t, topics, low, nouns)
    for m in found:
        reader.read(m)
    if not reader.cues:
        return []
    reader.chain()
    pairs = reader.pair()
    return reader.mentions(pairs, ctx)


class _Clause:
    """One clause's cues and topics, read in steps: cues, chains, pairs, mentions."""

    def __init__(
        self,
        text: str,
        clause: Span,
        sentence: Span,
        t: Tables,
        topics: list[Hit],
        low: str | None,
        nouns: frozenset[int],
    ) -> None:
        self.text, self.clause, self.sentence, self.t = text, clause, sentence, t
        self.topics, self.low = topics, low
        self.nouns = nouns  # the starts of nouns inside the parse's subjects
        self.cues: list[Hit] = []
        self.polarity_at: dict[int, Polarity] = {}
        self.own: dict[int, Polarity] = {}  # each cue's polarity before cues in a row compose
        self.chained: set[int] = set()
        self.chain_start: dict[int, int] = {}  # cue start -> end of the first cue of its chain
        self.judged: dict[int, Hit] = {}  # topic start -> the judgement after it
        self.absorbed: set[int] = set()  # cues inside a judged subject ("sending ... shells")
        # cue start -> (the object a praise or blame credits it to, the cue's own polarity)
        self.credited: dict[int, tuple[Span, Polarity]] = {}
        self.owners: dict[int, Span] = {}  # cue start -> the named possessor of a noun cue
        self._answer: regex.Match[str] | None = None
        self._answer_read = False  # the quoted answer is looked for only after a question

    def read(self, m: Hit) -> None:
        """Decide whether the cue ``m`` states a position, and with which polarity."""
        text, t = self.text, self.t
        c0, c1 = self.clause
        if m.group().casefold() in t.ignored or in_condition(text, self.cues, m, t):
            return  # (or inside the condition set on an earlier cue: "only if it disarmed")
        polarity = scope(text, m, self.sentence, t)
        if polarity is None:
            return
        if nobodys_passive(text, m, self.clause, t):
            return  # "the truce has been renewed": a passive names nobody's position (no "by")
        if m.group().casefold() in t.acts and not act_taken(text, m, c0):
            return
        if m.group().casefold() in t.continuing and not object_topic(text, m, self.topics):
            return  # "the shelling continued on Monday": going on, with no act as its object
        in_topic = any(tm.start() <= m.start() and m.end() <= tm.end() for tm in self.topics)
        if in_topic and (polarity != "support" or m.group().casefold() in t.refers_back):
            # "until" in "fight until victory", "stop" in "stop the fighting": part of the topic
            # ("the right to defend itself" states its own position); "the offer": a noun
            return
        if (
            not in_topic  # "the right to defend itself" states its own position
            and m.group().casefold() not in t.evaluative  # "would be a grave mistake"
            # a negated noun that speaks for itself: '"No decision has been made," X said'
            and not (m.group().casefold() in t.topicless and t.negators.match(m.group()))
            and noun_use(text, m, c0, self.sentence[0], self.nouns)
            and not expressed(text, m, c0, t)
        ):
            owner = None if self.cues else noun_owner(text, m, c0)  # "Velt's support for"
            if owner is None and not object_noun(text, self.cues, m, self.topics):
                return  # (an earlier cue's object composes with it: "backed its refusal to")
            if owner is not None:
                self.owners[m.start()] = owner
        # A negator counts once: in "did not support calls for a ceasefire" it belongs to
        # "not support", not again to "calls for".
        floor = max(c0, self.cues[-1].end()) if self.cues else c0
        flipped = polarity != "neutral" and (
            negated(text, m, floor, t)
            or t.denials is not None
            and t.denials.search(text, max(floor, m.start() - 70), m.start()) is not None
        )
        if flipped:
            polarity = FLIP[polarity]
        lo = max(c0, m.start() - 80)
        if (
            t.questions is not None
            and may_hold(self.low, t.question_terms, lo, m.start())
            and t.questions.search(text, lo, m.start())
        ):
            # "asked whether the United States would provide the warplanes ... "No.""
            if not self._answer_read:
                self._answer, self._answer_read = _ANSWER.search(text, *self.sentence), True
            if self._answer is None or polarity == "neutral":
                return
            polarity = polarity if self._answer.group(1).casefold() == "yes" else FLIP[polarity]
        if polarity != "neutral" and t.asks is not None and t.asks.match(text, m.end(), c1):
            return  # "asked why Berlin ..."; but "had not decided whether to" is undecided
        if conditional(
            text, m, (self.clause, self.sentence), t, self.low, self.topics, negated=flipped
        ):
            polarity = "neutral"
        elif polarity != "neutral" and not flipped and modal(text, m, floor, t):
            polarity = "neutral"  # "may back a pause", "could send the shells"
        self.cues.append(m)
        self.polarity_at[m.start()] = self.own[m.start()] = polarity

    def chain(self) -> None:
        """Cues in a row compose: the first sets the frame for the next ("ruled out sending")."""
        text = self.text
        for prev, cue in itertools.pairwise(self.cues):
            gap = text[prev.end() : cue.start()]
            credited = credited_object(text, prev, gap, self.t)
            if credited is not None or (
                len(gap) <= _CHAIN_GAP
                and not _CHAIN_BREAK.search(gap)
                and chains_over(text, self.topics, prev, cue)
            ):
                if credited is not None:
                    # "thanked the government for engaging on the truce": the government's own
                    # position, beside the thanks.
                    self.credited[cue.start()] = (credited, self.polarity_at[cue.start()])
                self.polarity_at[cue.start()] = compose(
                    self.polarity_at[prev.start()], self.polarity_at[cue.start()], gap
                )
                self.chained.add(prev.start())
                self.chain_start[cue.start()] = self.chain_start.get(prev.start(), prev.end())

    def pair(self) -> dict[int, Hit]:
        """Which cue governs which topic phrase (by the phrase's start)."""
        text, topics, cues = self.text, self.topics, self.cues
        pairs = self._judgements()
        for cue in cues:
            if cue.start() in self.absorbed or any(p is cue for p in pairs.values()):
                continue
            inside = next(
                (m for m in topics if m.start() <= cue.start() and cue.end() <= m.end()), None
            )
            if inside is not None:
                # A topic phrase that holds its own cue: "has the right to defend itself".
                pairs.setdefault(inside.start(), cue)
                continue
            described = antecedent(text, cue, topics)
            if described is not None and described.start() not in pairs:
                # "a general ceasefire, which the administration believes would benefit Hamas"
                pairs[described.start()] = cue
                continue
            # A topic may overlap the end of its cue: "ready to fight" + "fight until victory".
            after = [
                m
                for m in topics
                if m.start() > cue.start()
                and m.end() > cue.end()
                and reach(text, cue.end(), m.start(), _BEFORE) <= _BEFORE
            ]
            if (
                after
                and after[0].start() not in pairs
                and governs_after(text, cue, after[0].start(), self.t)  # not "must go ahead"
                and not cue_between(cues, cue.end(), after[0].start())
                and not closes_relative(text, self.clause[0], cue, after[0].start())
            ):
                pairs[after[0].start()] = cue
        # Cues that already govern a topic, or open a chain that does ("refused to sign on to
        # an extension"), are not taken by a topic before them.
        governing = {id(c) for c in pairs.values()} | {
            id(c) for c in cues if c.start() in self.absorbed
        }
        run: list[Hit] = []
        for cue in cues:
            run.append(cue)
            if cue.start() not in self.chained:  # the last cue of its chain
                if id(cue) in governing:
                    governing |= {id(c) for c in run}
                run = []
        for phrase in topics:
            if phrase.start() in pairs:
                continue
            later = [
                c for c in cues if c.start() >= phrase.end() and c.start() - phrase.end() <= _AFTER
            ]
            # A cue that governs a topic after it keeps it: "if Israel proceeds with an
            # offensive, the US will not provide weapons" opposes the weapons, not the offensive.
            if (
                later
                and id(later[0]) not in governing
                and not any(
                    m.start() > phrase.end() and m.end() <= later[0].start() for m in topics
                )
                # the cue is the topic's own verb, not one in a clause after it: "the truce
                # expired after the parties failed to extend it"
                and not _CLAUSE_AFTER.search(text, phrase.end(), later[0].start())
            ):
                pairs[phrase.start()] = later[0]
        return pairs

    def _judgements(self) -> dict[int, Hit]:
        """Judgements of the topic phrase before them: "a truce would only reward X".

        The subject may hold its own cue: "sending more shells would be a grave mistake"
        judges the sending (oppose x support = oppose), "refusing aid is a disgrace" the refusal.
        """
        text, t, pairs = self.text, self.t, {}
        for cue in self.cues:
            if cue.group().casefold() not in t.evaluative:
                continue
            phrase = judged_phrase(text, cue, self.topics, self.cues)
            if phrase is None or phrase.start() in pairs:
                continue
            inner = [
                c
                for c in self.cues
                if c.end() <= phrase.start()
                and phrase.start() - c.end() <= 25
                and not _CHAIN_BREAK.search(text, c.end(), phrase.start())
            ]
            if inner and not (len(inner) == 1 and _AS.search(text, phrase.end(), cue.start())):
                # "criticised the truce as premature": the verb and the judgement after "as"
                # say one thing; "dismissed calls for a truce as premature" judges the calls
                own = inner[-1]
                self.absorbed.add(own.start())
                self.polarity_at[cue.start()] = compose(
                    # the subject's own cue, not its chain: "dismissed calls for a ceasefire
                    # as premature" judges the calls, once
                    self.polarity_at[cue.start()],
                    self.own[own.start()],
                    "x",
                )
            pairs[phrase.start()] = cue
            self.judged[phrase.start()] = cue
        return pairs

    def mentions(self, pairs: dict[int, Hit], ctx: StanceContext) -> list[StanceMention]:
        """The stances: one per paired topic phrase, then cues that imply a topic."""
        text, t, cues = self.text, self.t, self.cues
        c0, c1 = self.clause
        span, clause_text = cut(text, c0, c1)
        neutral_near = [m for m in cues if self.polarity_at[m.start()] == "neutral"]
        used: set[int] = set()
        out: list[StanceMention] = []
        for topic_match in self.topics:
            paired = pairs.get(topic_match.start())
            if paired is None or paired.start() in used:
                continue
            used.add(paired.start())
            polarity = self.polarity_at[paired.start()]
            if polarity != "neutral" and any(
                abs(m.start() - topic_match.start()) < _BEFORE for m in neutral_near
            ):
                polarity = "neutral"
            no = NO_BEFORE.search(text, max(c0, topic_match.start() - 16), topic_match.start())
            inside = no is not None and paired.start() <= no.start() < paired.end()
            if polarity != "neutral" and no is not None and not inside:  # "will be no": its own
                # "agreed to guarantee that there would be no bombing": against it.
                polarity = FLIP[polarity]
            if stopped_before(text, t, (c0, topic_match.start()), cues):
                polarity = FLIP[polarity]  # "called for a halt to arms shipments": against them
            topic = topic_of(text, topic_match, t, ctx) or ""
            if topic in t.halted_into and paired.start() > topic_match.start():
                if paired.group().casefold() in t.halting:  # "operations should cease": a pause
                    topic, polarity = t.halted_into[topic], FLIP[polarity]
            if topic_match.group().casefold() in t.refers_back:
                topic = recast(text, cues, paired, topic, t, _CHAIN_GAP + 20)
            # "X is described as choking off aid by Y": Y judges (and criticises the obstruction)
            agent = passive_agent(text, paired, topic_match.end(), self.clause, t)
            if agent is not None and paired.group().casefold() not in t.evaluative:
                polarity = "support" if polarity == "oppose" else polarity
            agent = agent or agent_of_passive(text, paired, topic_match.end(), self.clause, t)
            whose = agent or self.owners.get(paired.start()) or absolute_subject(text, paired, c0)
            found = (topic_match.span(), polarity, paired.group(), paired.span(), whose)
            out.append(StanceMention(span, clause_text, topic, *found))
            out += [
                StanceMention(
                    span, clause_text, topic, found[0], mood, cue.group(), cue.span(), who
                )
                for mood, cue, who in self._others(paired, topic_match.end(), polarity, agent)
            ]
        out += self._implied(pairs, used, neutral_near, ctx, span, clause_text)
        out += purposes(text, out, self.topics, t, ctx)  # "for two purposes: ..."
        out.sort(key=lambda s: s.topic_span[0])
        return out

    def _others(
        self, paired: Hit, topic_end: int, polarity: Polarity, agent: Span | None
    ) -> list[tuple[Polarity, Hit, Span]]:
        """Others who hold the topic: the one a praise or blame credits, a passive's judge.

        "commended the parties for agreeing to a truce": the parties; "Tarsk's call for a truce
        was rejected by Varn": Varn, who opposes the truce.
        """
        out = []
        if paired.start() in self.credited:
            whom, own = self.credited[paired.start()]
            out.append((own, paired, whom))
        if paired.start() in self.owners and agent is None:
            judged = judged_by_agent(self.text, self.cues, topic_end, self.clause, self.t)
            if judged is not None:
                judge, by = judged
                out.append((compose(self.polarity_at[judge.start()], polarity), judge, by))
        return out

    def _implied(
        self,
        pairs: dict[int, Hit],
        used: set[int],
        neutral_near: list[Hit],
        ctx: StanceContext,
        span: Span,
        clause_text: str,
    ) -> list[StanceMention]:
        """Cues that name no topic: a reaction, a deliberation, an object standing for one."""
        out: list[StanceMention] = []
        for cue in self.cues:
            if (
                cue.start() in used
                or cue.start() in self.chained
                or cue.start() in self.absorbed
                or any(p is cue for p in pairs.values())
            ):
                continue
            implied = self._topic_of(cue, self.chain_start.get(cue.start(), cue.end()), ctx)
            polarity = self.polarity_at[cue.start()]
            if implied is None:
                # A chain whose last cue speaks to nothing ("called the decision a big step
                # toward stopping the raids"): an earlier cue of it may, on its own.
                earlier = self._first_own_reading(cue, ctx)
                if earlier is None:
                    continue
                cue, implied = earlier
                polarity = self.own[cue.start()]
            if polarity != "neutral" and any(
                m is not cue and abs(m.start() - cue.start()) < _AFTER for m in neutral_near
            ):
                polarity = "neutral"
            out.append(
                StanceMention(
                    span, clause_text, implied, cue.span(), polarity, cue.group(), cue.span()
                )
            )
            if cue.start() in self.credited:  # "commended them for agreeing to it"
                whom, own = self.credited[cue.start()]
                out.append(
                    StanceMention(
                        span, clause_text, implied, cue.span(), own, cue.group(), cue.span(), whom
                    )
                )
        return out

    def _topic_of(self, cue: Hit, start: int, ctx: StanceContext) -> str | None:
        t, sentence, end = self.t, self.sentence, self.clause[1]
        return implied_topic(self.text, cue, start, t, ctx, self.topics, sentence, end)

    def _first_own_reading(self, last: Hit, ctx: StanceContext) -> tuple[Hit, str] | None:
        """The latest cue before ``last`` in its chain that implies a topic on its own."""
        k = next(i for i, c in enumerate(self.cues) if c is last)
        while k > 0 and self.cues[k - 1].start() in self.chained:
            k -= 1
            cue = self.cues[k]
            found = self._topic_of(cue, cue.end(), ctx)
            if found is not None:
                return cue, found
        return None
