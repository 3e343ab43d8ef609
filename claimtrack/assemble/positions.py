"""Who holds each stance of a sentence, and the day it was stated.

The pipeline hands each sentence here once its attributions are read. A stance is held by the
subject of its predicate: the speaker ("Kestria said it opposes ..."), the actors that open a
reported clause ("Orla said the rebels oppose ..." gives the rebels), each conjunct of a
coordinated subject, each partner of a joint statement, or the actors a verb of praise or blame
credits ("thanked Veldan for agreeing to ..."), or the agent of a passive description. A
clause without a subject ("but appeared receptive to ...") shares the holders of the clause
before; "Both" and "the two leaders" name the last actors that held a position together, or
were named together as a subject just before. The readings of one subject noun phrase (a
collective with its members, the partners of a joint statement) are in :mod:`.holders`; the
day of each stance in :mod:`.stance_dates`. The stances are kept until the document is read:
a lede that names no day takes the day the story restates its position with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import regex

from ..attribute.attribution import Attribution
from ..attribute.coref import SpeakerMention, Speakers, bare_possessor, speaker_mention
from ..attribute.subjects import clause_subjects, find_subjects
from ..find.dates import DateMention
from ..lexicon import Lexicon
from ..model import DateRange, Span, Stance, Who
from ..syntax.datelines import after_dateline
from ..syntax.structure import SentenceParse, subject_nouns
from ..text.patterns import lazy
from ..text.segment import QuoteIndex, Sentence
from ..text.tokens import Tokens
from .holders import (
    after_opening,
    evidence_start,
    headline_line,
    member_of,
    opens_with_pair,
    pair_opens,
    partners,
    same_auxiliary,
    subjectless,
    subjects_hold,
    whole,
)
from .parsed_subjects import acting_subject, named_subject, same_subject, subordinate_start
from .speakers import CueSources, named_role
from .stance_dates import StanceDates
from .stance_scope import RELATIVE
from .stances import DocScan, StanceContext, StanceMention, clauses, find_stances

__all__ = ["Positions", "StanceFound"]

# Holders (stances): a coordination; a participle phrase after a subject, before the word a
# speaker walk stopped at (" fighting in "); a dateline ("ORLA (AP) — "); an opening "that";
# unnamed others ("and other officials").
_AND = lazy(r"\band\b|&")
_POSTMODIFIER = lazy(r"\s+\p{Ll}+ing\s+(?:in|on|for|against|from|with|across)\s+")
_THAT = lazy(r"\s*(?:that\s+)?")
_OTHERS = lazy(r"others?\b", regex.I)
_NEXT = lazy(r"[^\S\n]*+")  # the spaces up to the next word
# Where an actor's own clause ends: "Berlin had received the request and urged Germany to join".
_OWN_CLAUSE_END = lazy(r",|\band\s+\p{Ll}+ed\b")
# How many actors "both", "the two leaders", "all three" stand for.
_SIZE = lazy(r"[\s\"\u201c*]*(?:the\s+|all\s+)?(both|two|three|four)\b", regex.I)
_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4}

AttributionAt = Callable[
    [int, Sequence[Attribution], dict[int, Attribution], Sentence], Attribution | None
]


@dataclass(frozen=True, slots=True)
class StanceFound:
    """One stance to make a claim of: its key, holder, summary, day, stance part, sentence."""

    key: str
    holder: Who
    what: str
    date: DateRange | None
    stance: Stance
    sentence: Sentence


class Positions:
    """The stances of one document, read sentence by sentence in order.

    Holds what carries from one sentence to the next: the last actors that held a position
    together, and the positions already stated (a position repeated on the same day is one
    claim, kept where it is first stated). ``attribution_at``, ``date_for`` and ``dates_in`` are
    the pipeline's readings of who speaks at a position and of the day of what is said there.
    """

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        speakers: Speakers,
        tokens: Tokens,
        quotes: QuoteIndex,
        quote_speakers: dict[int, Attribution],
        resolved: dict[int, Who | None],
        sentences: Sequence[Sentence],
        *,
        attribution_at: AttributionAt,
        date_for: Callable[[int, Sequence[DateMention]], DateRange | None],
        dates_in: Callable[[Span], list[DateMention]],
        parses: Sequence[SentenceParse] = (),
        cue_sources: CueSources | None = None,
    ) -> None:
        self.text = text
        self._cue_sources = cue_sources or CueSources(())  # the parse's sources, by cue
        self._parses = {p.span[0]: p for p in parses}
        self.lex, self.speakers, self.tokens, self.quotes = lexicon, speakers, tokens, quotes
        self.quote_speakers, self.resolved = quote_speakers, resolved
        self.sentences = sentences
        self._attribution_at = attribution_at
        self.dates = StanceDates(
            text, lexicon, quotes, quote_speakers, resolved, sentences, date_for, dates_in
        )
        self.together: list[Who] = []  # the last actors that held a position together
        self._partners: dict[Span, list[SpeakerMention]] = {}  # of the sentence being read
        self._subjects: dict[Span, list[SpeakerMention]] = {}  # of the sentence being read
        self._nouns: frozenset[int] = frozenset()  # nouns inside its parsed subjects
        # (actor, topic, polarity, day) of every stance so far.
        self.positions: set[tuple[str, str, str, dt.date | None]] = set()
        self._found: list[StanceFound] = []
        # Positions of the lede (the first paragraph) stated with no day of their own.
        self._ledes: dict[tuple[str, str, str], StanceFound] = {}

    def read(
        self,
        index: int,
        atts: Sequence[Attribution],
        listed: Attribution | None,
        scan: DocScan,
        context: StanceContext,
    ) -> None:
        """Read the stances of sentence ``index``, one per holder, topic and polarity.

        ``atts`` are the sentence's attributions; ``listed`` the speaker of a bulleted line
        after "X said:"; ``scan`` and ``context`` the document's cue scan and main question.
        """
        text, sentence = self.text, self.sentences[index]
        s0, s1 = sentence.span
        # A headline or caption restates the story in note form; positions come from the
        # story's own sentences. A sentence with no polarity cue has no clause to read.
        if not scan.polarity_in(s0, s1) or headline_line(self.sentences, index):
            return
        stated: set[tuple[str, str, str]] = set()
        before: list[Who] = []  # the holders of the clause before
        nouns = subject_nouns(self._parses.get(s0))  # "said calls for ... were": no cue
        self._nouns = nouns
        for clause in clauses(text, sentence.span):
            shared = before if clause[0] > s0 and subjectless(text, clause, self.lex) else []
            if not shared and pair_opens(text, clause, self.lex):
                # "Both welcome efforts to free the hostages"; "The leaders of Kestria, Veldan
                # and Orlan met on Monday. The three leaders said ..."
                if len(self.together) < 2:
                    named = self._named_together(index)
                    opening = after_opening(text, clause, self.lex) or clause[0]
                    size = _SIZE.match(text, clause[0], clause[1]) or _SIZE.match(
                        text, opening, clause[1]
                    )
                    wanted = _SIZES.get(size.group(1).casefold()) if size else None
                    self.together = named if wanted in (None, len(named)) else []
                shared = self.together if len(self.together) > 1 else []
            for mention in find_stances(
                text, clause, self.lex, context, sentence.span, scan, nouns
            ):
                # "Netanyahu remained opposed to a ceasefire but appeared receptive to
                # pauses": a clause without a subject shares the one before it.
                holders = shared or self._cue_sources.resolved(
                    self._holders(mention, atts, self.resolved, self.quote_speakers, sentence)
                )
                before = holders or before
                if len(holders) > 1:
                    self.together = holders
                if listed is not None and (
                    not holders or all(a.speaker.form == "pronoun" for a in atts)
                ):
                    # A bullet after "X said:" is X's: "* We support temporary pauses",
                    # "* But we also stress that Israel has the right to defend itself".
                    who = self.resolved.get(id(listed))
                    holders = [who] if who is not None else holders
                for holder in holders:
                    # One stance per holder, topic and polarity in a sentence.
                    key = (holder.canonical, mention.topic, mention.polarity)
                    if key not in stated:
                        stated.add(key)
                        self._stance_claim(mention, holder, sentence, atts)

    def found(self) -> list[StanceFound]:
        """The stances read so far, in the order they were first stated."""
        return list(self._found)

    def _named_together(self, index: int) -> list[Who]:
        """The actors named together as the subject of one of the two sentences before."""
        for k in range(index - 1, max(-1, index - 3), -1):
            sentence = self.sentences[k]
            named: list[Who] = []
            found = find_subjects(self.text, sentence, self.lex, shared=self.tokens)
            for subject in found:
                if _OTHERS.match(subject.text):
                    continue
                who = self.speakers.resolve(member_of(self.text, subject, self.lex))
                if who is not None and who not in named:
                    named.append(who)
            if len(named) > 1:
                return named
        return []

    def _holders(
        self,
        mention: StanceMention,
        atts: Sequence[Attribution],
        resolved: dict[int, Who | None],
        quote_speakers: dict[int, Attribution],
        sentence: Sentence,
    ) -> list[Who]:
        if mention.credited is not None:
            return self._credited(mention.credited, sentence)
        pos = mention.topic_span[0]
        s1 = sentence.span[1]
        # A speaker named after this clause, mid-sentence, speaks for its own clause: "Morawiecki
        # called the decision a big step, and Zelensky said he was grateful".
        usable = [
            a for a in atts if not (a.speaker.span[0] >= mention.span[1] and s1 - a.cue[1] >= 25)
        ]
        att = self._attribution_at(pos, usable, quote_speakers, sentence)
        if self.quotes.at(mention.cue_span[0]) is None:
            subordinate = self._subordinate_holders(mention, att, sentence)
            if subordinate is not None:
                return subordinate
        evidence = (
            evidence_start(self.text, self.lex, att.cue[1], mention.cue_span[0])
            if att is not None
            else None
        )
        if evidence is not None:
            # "said there were signs the Houthis would not agree to extend it": the Houthis'
            embedded = self._clause_holders(evidence, mention, sentence, any_verb=True)
            if embedded:
                return embedded
        if att is not None and self._own_words(mention.cue_span[0], att):
            # The reported clause: after the cue, or before it ("Veldan's warring sides agreed
            # to extend the truce, the envoy said": theirs, not the envoy's).
            start = (
                att.cue[1]
                if att.cue[0] < mention.cue_span[0]
                else after_dateline(self.text, mention.span)
            )
            embedded = self._clause_holders(
                max(start, mention.span[0]), mention, sentence, speaker=resolved.get(id(att))
            )
            if embedded:
                return embedded
        who = resolved.get(id(att)) if att is not None else None
        if att is not None and who is not None:
            listed = self._coordinated(att, sentence) or self._cue_sources.together(
                self.text, att.cue[0], self.speakers.resolve
            )
            return self._joint(listed or [who], sentence)
        holders: list[Who] = []
        for subject in find_subjects(
            self.text, sentence, self.lex, start=mention.span[0], shared=self.tokens
        ):
            if subject.span[0] > pos:
                break
            if _OTHERS.match(subject.text):
                continue
            who = self._holder(subject)
            if who is not None and who not in holders:
                holders.append(who)
        holders = same_subject(holders, self._parses.get(sentence.span[0]), mention.cue_span[0])
        if not holders:  # "Some 40 aid agencies called for": the subject the parse reads
            parsed = acting_subject(
                self.text, self._parses.get(sentence.span[0]), mention.cue_span[0]
            )
            who = self._holder(speaker_mention(parsed)) if parsed is not None else None
            holders = [who] if who is not None else []
        sources = self._cue_sources.at(self.text, mention.cue_span[0])
        if not sources:  # a verb of position, no attribution: the name its clause reads
            named = named_subject(self._parses.get(sentence.span[0]), mention.cue_span[0])
            sources = [speaker_mention(one) for one in named.conjuncts or (named,)] if named else []
        holders = named_role(self.text, holders, sources, self.speakers.resolve)
        c0, c1 = mention.cue_span  # "Calls for a ceasefire were rejected": no one is "Calls"
        holders = [h for h in holders if not (h.span[0] < c1 and c0 < h.span[1])]
        return self._joint(holders, sentence) if holders else holders

    def _subordinate_holders(
        self, mention: StanceMention, att: Attribution | None, sentence: Sentence
    ) -> list[Who] | None:
        """The holders in a subordinate clause with its own subject, or None (the rebels')."""
        parse = self._parses.get(sentence.span[0])
        opens, own = subordinate_start(self.text, parse, mention.span[0], mention.cue_span[0])
        pos = mention.topic_span[0]
        if opens is None or not (att is None or att.cue[1] <= opens or att.cue[0] > pos):
            return None
        embedded = self._clause_holders(opens, mention, sentence, any_verb=True)
        if embedded:
            return embedded
        if own is not None and own.span[0] == opens:  # its own subject, or no one
            who = self._holder(speaker_mention(own)) if own.kind != "other" else None
            return [who] if who is not None else []
        return None

    def _credited(self, span: Span, sentence: Sentence) -> list[Who]:
        """The actors a verb of praise or blame credits a position to ("thanked the army for")."""
        if len(self.together) > 1 and (
            opens_with_pair(self.text, (span[0], sentence.span[1]), self.lex)
            or self.text[span[0] : span[1]].casefold() in {"them", "both"}
        ):
            return self.together  # "commended the three parties (them) for agreeing"
        out: list[Who] = []
        for subject in find_subjects(
            self.text, sentence, self.lex, start=span[0], shared=self.tokens
        ):
            if subject.span[0] >= span[1] or _OTHERS.match(subject.text):
                break
            who = self._holder(bare_possessor(subject))  # "Velt's support for": Velt
            if who is not None and who not in out:
                out.append(who)
        return out

    def _holder(self, subject: SpeakerMention, *, reported: bool = False) -> Who | None:
        """The actor a subject names, whole; a bare "the movement" is the group named before.

        See ``holders.anaphors``. In a reported clause (``reported``) it is the speaker's own
        group, so None: "Osric said the movement would observe the truce" is Osric's position.
        """
        anaphors = self.lex.memo(
            "stance.anaphors", lambda lex: frozenset(a.casefold() for a in lex.holders.anaphors)
        )
        # "a group of about 40 aid agencies"; "Velt's" (refusal) names Velt
        named = bare_possessor(whole(self.text, subject, self.lex))
        if named.name.casefold() in self.lex.numbers.words or named.name.isdigit():
            return None  # "Two of the five rockets failed to explode": a number is nobody
        if (
            named is subject
            and subject.form == "role"
            and subject.kind != "person"
            and subject.name.casefold() in anaphors
        ):
            if reported:
                return None
            return self.speakers.resolve(replace(subject, name="it", form="pronoun"))
        return self.speakers.resolve(named)

    def _coordinated(self, att: Attribution, sentence: Sentence) -> list[Who]:
        """The whole subject that speaks: "Kestria, Veldan and Ostrava said" (each conjunct).

        The reporting cue's speaker may be only part of it: the last conjuncts ("Veldan and
        Ostrava"), or the members of a collective ("senators" in "A coalition of some 30
        senators urged"); the sentence's subject names it whole.
        """
        if sentence.span not in self._subjects:  # read once per sentence, not per stance
            self._subjects = {
                sentence.span: [
                    whole(self.text, m, self.lex)
                    for m in find_subjects(self.text, sentence, self.lex, shared=self.tokens)
                ]
            }
        subjects = self._subjects[sentence.span]
        if not subjects or subjects[-1].span[1] > att.cue[0]:
            return []
        s0, s1 = att.speaker.span
        # "The Saudi-led coalition fighting in Yemen said": the walk stopped in a participle.
        postmodified = bool(_POSTMODIFIER.fullmatch(self.text, subjects[-1].span[1], s0))
        if not postmodified and (
            not any(a < s1 and s0 < b for a, b in (m.span for m in subjects))
            or len(subjects) == 1
            and subjects[0].span[1] - subjects[0].span[0] <= s1 - s0
        ):
            return []  # the speaker is not in the subject, or is all of it
        if len(subjects) > 1 and not _AND.search(
            self.text, subjects[-2].span[1], subjects[-1].span[0]
        ):
            return []  # "the US Secretary of State, Antony Blinken": one actor, twice named
        out: list[Who] = []
        for subject in subjects:
            if _OTHERS.match(subject.text):
                continue
            subject = member_of(self.text, subject, self.lex)
            who = self.speakers.resolve(subject)
            if who is not None and " and " in who.name and " and " not in subject.name:
                # The speaker was read as one name ("Veldan and Ostrava"); a lone capitalised
                # conjunct is a country or a body of its own.
                lone = len(subject.name.split()) == 1
                who = self.speakers.resolve(replace(subject, kind="organization")) if lone else who
            if who is not None and who not in out:
                out.append(who)
        return out

    def _joint(self, holders: list[Who], sentence: Sentence) -> list[Who]:
        """Add the partners of a joint statement: "in a joint statement with X and Y"."""
        out = list(holders)
        if sentence.span not in self._partners:  # read once per sentence, not per stance
            self._partners = {sentence.span: partners(self.text, sentence.span, self.lex)}
        for partner in self._partners[sentence.span]:
            who = self.speakers.resolve(partner)
            if who is not None and all(h.canonical != who.canonical for h in out):
                out.append(who)
        return out

    def _own_words(self, pos: int, att: Attribution) -> bool:
        """Is ``pos`` outside quotes, or in a quoted fragment inside the reported clause?

        'Kirby emphasized that Biden "does not want ..."': the quote continues the clause whose
        subject (Biden) acts; '"We do not want ...," Kirby said' is Kirby's own voice.
        """
        k = self.quotes.at(pos)
        return k is None or self.quotes.quotes[k].span[0] > att.cue[1]

    def _clause_holders(
        self,
        start: int,
        mention: StanceMention,
        sentence: Sentence,
        *,
        any_verb: bool = False,
        speaker: Who | None = None,
    ) -> list[Who]:
        """Actors that open a reported clause and do what the stance says.

        "Blinken said that the army and the RSF had both agreed to the truce": the army and the
        RSF hold it. "Biden said the United States would send tanks": the speaker's own
        commitment, so the speaker holds it (returns []); but "UN envoy Lund said the rebels
        would not agree": a speaker whose title names another side reports theirs.
        """
        if start >= mention.cue_span[0]:
            return []
        opening = _THAT.match(self.text, start, mention.cue_span[0])
        if len(self.together) > 1 and opens_with_pair(
            self.text, (opening.end(), mention.cue_span[0]), self.lex
        ):
            # "Morrow said both sides had committed to the truce (and urged them to ...)"
            own = _OWN_CLAUSE_END.search(self.text, opening.end(), mention.cue_span[0])
            return [] if own else self.together
        subjects, verb = clause_subjects(
            self.text, (start, sentence.span[1]), self.lex, self.tokens
        )
        if subjects and subjects[-1].span[1] > mention.cue_span[0]:
            return []
        if subjects and _NEXT.match(self.text, subjects[-1].span[1]).end() in self._nouns:
            return []  # "said military operations would go on": a modifier of the subject noun
        cue = (mention.cue, mention.cue_span[0])
        if not subjects_hold(self.text, subjects, verb, cue, speaker, self.lex, any_verb=any_verb):
            return []
        # The actors' own clause ends at a comma or a second verb: "Berlin had received the
        # request and urged Germany to join" (the urging is the speaker's); unless the verb
        # after "and" repeats the clause's own auxiliary: "the rebels had agreed to the
        # extension, which runs until May 2, and had committed to ...".
        # A relative clause between commas describes the subject: "Kestria, which had ...,".
        gap = RELATIVE.sub(" ", self.text[subjects[-1].span[1] : mention.cue_span[0]])
        if _OWN_CLAUSE_END.search(gap) and not same_auxiliary(gap):
            return []
        holders: list[Who] = []
        for subject in subjects:
            if _OTHERS.match(subject.text):
                continue  # "Netanyahu and other Israeli officials": unnamed others, no holder
            who = self._holder(subject, reported=True)
            if who is not None and who not in holders:
                holders.append(who)
        return holders

    def _stance_claim(
        self,
        mention: StanceMention,
        holder: Who,
        sentence: Sentence,
        atts: Sequence[Attribution],
    ) -> None:
        date = self.dates.date(mention, holder, sentence, atts)
        position = (holder.canonical, mention.topic, mention.polarity, date.end if date else None)
        if position in self.positions:
            return
        same = (holder.canonical, mention.topic, mention.polarity)
        lede = self._ledes.pop(same, None)
        if lede is not None and date is not None and date.role != "published":
            # The story restates, with its day, a position its lede gave without one: one
            # position, stated that day ("Kestria has backed an extension. In a statement on
            # Monday, Kestria said it supported the extension").
            k = self._found.index(lede)
            self._found[k] = replace(lede, date=date)
            self.positions.add(position)
            return
        self.positions.add(position)
        what = f"{holder.name}: {mention.polarity} {mention.topic.replace('_', ' ')}"
        stance = Stance(topic=mention.topic, polarity=mention.polarity, cue=mention.cue)
        key = f"s{mention.topic_span[0]}:{holder.canonical}"
        found = StanceFound(key, holder, what, date, stance, sentence)
        self._found.append(found)
        if sentence.paragraph == self.sentences[0].paragraph and (
            date is None or date.role == "published"
        ):
            self._ledes[same] = found
