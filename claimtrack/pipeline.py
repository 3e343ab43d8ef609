"""The pipeline: text or Document -> list[Claim], in document order.

Read top to bottom: check the input; segment; find numbers, dates, quotations and attributions;
assemble figures, stances and statements; return claims sorted by where their evidence starts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import regex

from .assemble.dating import Dating
from .assemble.figures import FigureMention, find_figures
from .assemble.holders import member_of, partners, whole
from .assemble.stances import DocScan, StanceMention, clauses, document_context, find_stances
from .attribute.attribution import (
    Attribution,
    SpeakerMention,
    Speakers,
    clause_subjects,
    document_tokens,
    find_attributions,
    find_cues,
    find_subjects,
    words,
)
from .attribute.statements import Covering, Statement, read_statements
from .compact import Interner, share_field_sets
from .errors import InputError
from .find.dates import DateMention, find_date_mentions
from .find.numbers import find_numbers
from .find.phrases import WordIndex
from .lexicon import Lexicon, load_lexicon, term_pattern
from .model import (
    CASUALTY_CATEGORIES,
    Claim,
    ClaimKind,
    ClaimList,
    DateRange,
    Document,
    Figure,
    Span,
    Stance,
    Who,
)
from .model import (
    Attribution as AttributionPart,
)
from .model import parse_published as parse_published  # importable here, as it always was
from .syntax.parse import Parser, get_parser
from .text.segment import Quotation, QuoteIndex, Sentence, find_quotations, find_sentences

# Larger documents are refused with a clear message rather than run for minutes; the pipeline
# itself is linear, so the limit only guards against feeding it a whole corpus by mistake.
MAX_CHARS = 20_000_000
# A figure inside a narrator's relative clause (", which left more than 1,400 dead,") is the
# writer's background, not the speaker's words.
# What may stand before a day that opens a sentence: "On Sunday the army ...", "Late Saturday,".
_OPENING_DAY = regex.compile(
    r"[\W\d]*(?:(?:on|late|early|by|last|this|earlier|later|in|at|since)\s+)*", regex.I
)
_FIRST_WORD = regex.compile(r"[\s\"\u201c*]*(\p{L}+)")
# Verbs that may open a clause whose subject is the one before: "but remains opposed".
_VERBS = frozenset(
    "is are was were has have had will would can could should must remains remain seems seem "
    "appears appear did does do wants want intends intend".split()
)
_RELATIVE = regex.compile(r",\s+(?:which|who)\s+[^,]*$")
# A number that takes a part of a set already named: "Forty-one of the new deaths".
_PART_OF = regex.compile(r"\s+of\s+(?:the|these|those|them)\b", regex.I)
# Subordinators that open a clause with its own subject: "days after Washington agreed to ...".
_SUBORDINATE = regex.compile(r"\b(?:after|when|because|since|before|while|as)\s+(?=the\s|\p{Lu})")
# Holders (stances): a coordination; a participle phrase after a subject, before the word a
# speaker walk stopped at (" fighting in "); a dateline ("ORLA (AP) — "); an opening "that";
# unnamed others ("and other officials").
_AND = regex.compile(r"\band\b|&")
_POSTMODIFIER = regex.compile(r"\s+\p{Ll}+ing\s+(?:in|on|for|against|from|with|across)\s+")
_DATELINE = regex.compile(r"[^\u2014\u2013]{0,60}?\s(?:\u2014|\u2013|--)\s*")
_THAT = regex.compile(r"\s*(?:that\s+)?")
_OTHERS = regex.compile(r"others?\b", regex.I)
# Between a subject and its verb: nothing, or a few adverbs and auxiliaries ("the rebels still
# oppose", "the rebels had not decided"; a cue may hold its own "not"). Not any "-ly" word:
# "Blinken said Washington fully supported ..." states his government's view.
_ADVERBS_ONLY = regex.compile(
    r"\s*(?:(?:also|still|now|all|both|is|are|was|were|has|have|had|did|does|do)\s+)*"
)
_MODAL_WORDS = frozenset("would will could should must can may might shall".split())
# Where an actor's own clause ends: "Berlin had received the request and urged Germany to join".
_OWN_CLAUSE_END = regex.compile(r",|\band\s+\p{Ll}+ed\b")


def extract(
    text_or_document: str | Document,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
    lexicon: Lexicon | None = None,
    parser: str | Parser | None = None,
) -> ClaimList:
    """Read one news document and return its claims in document order.

    Args:
        text_or_document: the article text exactly as published, or a :class:`Document`.
        published: publication date (a ``datetime.date`` or an ISO string "2023-11-30"); relative
            dates ("on Tuesday") are resolved against it. None leaves them unresolved.
        source: the outlet, kept on every claim.
        doc_id: the document's id, kept on every claim and used in claim ids.
        lexicon: word lists to use instead of the defaults (see :func:`load_lexicon`).
        parser: what reads each sentence's structure: None or "claimtrack" for the built-in
            parser, "spacy" for spaCy's dependency parse (``pip install 'claimtrack[nlp]'``),
            or any :class:`claimtrack.syntax.Parser`, such as ``SpacyParser(model=...)``.

    Returns:
        Claims sorted by the start of their evidence; the same input gives the same claims and ids.

    Raises:
        InputError: the text is not a string, is too large, or ``published`` is not a date.

    >>> claims = extract(
    ...     "About 35,000 people have been killed, the ministry said.", published="2024-05-09"
    ... )
    >>> [(c.kind, c.figure.value if c.figure else None) for c in claims]
    [('statement', None), ('figure', 35000)]
    """
    doc = _document(text_or_document, published, source, doc_id)
    lex = lexicon if lexicon is not None else load_lexicon()
    if not isinstance(lex, Lexicon):
        raise InputError(
            f"lexicon must be a claimtrack.Lexicon (see load_lexicon()), got {type(lex).__name__}",
            value=lex,
        )
    if not doc.text.strip():
        return ClaimList()
    return ClaimList(_Pipeline(doc, lex, parser).run())


def _document(value: object, published: object, source: object, doc_id: object) -> Document:
    if isinstance(value, Document):
        if published is not None or source is not None or doc_id is not None:
            raise InputError(
                "extract() got a Document and also published/source/doc_id; "
                "put them in the Document instead",
                value=value,
            )
        return value
    if isinstance(value, (bytes, bytearray)):
        raise InputError(
            'extract() expects text as str, got bytes; decode it first, e.g. data.decode("utf-8")',
            value=value,
        )
    if not isinstance(value, str):
        raise InputError(
            f"extract() expects text as str or a claimtrack.Document, got {type(value).__name__}",
            value=value,
        )
    if len(value) > MAX_CHARS:
        raise InputError(
            f"extract() got a document of {len(value):,} characters, more than {MAX_CHARS:,}; "
            "split it into articles first",
            value=len(value),
        )
    for name, item in (("source", source), ("doc_id", doc_id)):
        if item is not None and not isinstance(item, str):
            raise InputError(f"{name} must be a str or None, got {type(item).__name__}", value=item)
    return Document(
        text=value,
        published=parse_published(published),
        source=source,
        doc_id=doc_id,
    )


class _Pipeline:
    """One document's extraction; the state shared by its steps."""

    def __init__(self, doc: Document, lexicon: Lexicon, parser: str | Parser | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon
        self.prefix = (
            doc.doc_id
            or "doc-"
            + hashlib.blake2b(doc.text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
        )
        self.speakers = Speakers(lexicon)
        self.parser = get_parser(parser)
        # Sentence tokens, read once for attributions and again for clause subjects.
        self.tokens = document_tokens(doc.text, lexicon)
        self.claims: list[Claim] = []
        self.together: list[Who] = []  # the last actors that held a position together
        self._partners: dict[Span, list[SpeakerMention]] = {}  # of the sentence being read
        self._subjects: dict[Span, list[SpeakerMention]] = {}  # of the sentence being read
        self.sentences: list[Sentence] = []
        self.sentence_starts: list[int] = []
        self.quote_speakers: dict[int, Attribution] = {}
        self.resolved: dict[int, Who | None] = {}
        # (actor, topic, polarity, day) of every stance so far: a position repeated on the
        # same day is one claim, kept where it is first stated.
        self.positions: set[tuple[str, str, str, dt.date | None]] = set()
        self.quotes = QuoteIndex([])
        self._last_hedges: tuple[Span, tuple[str, ...]] | None = None
        self.words = WordIndex("")  # the document's, once run() has read it
        self.shared = Interner(doc.text)  # evidence strings and sources held once (compact.py)
        self.dating = Dating(doc.text, lexicon, doc.published, [])

    def run(self) -> list[Claim]:
        text, lex = self.text, self.lex
        sentences = find_sentences(text, lex)
        quotes = find_quotations(text)
        self.quotes = QuoteIndex(quotes)
        words = self.words = WordIndex(text)  # shared by the scans for numbers, dates, cues...
        numbers = find_numbers(text, lex, words=words)
        number_starts = [n.span[0] for n in numbers]
        dates = find_date_mentions(text, lex, self.doc.published, words=words)
        self.sentences, self.sentence_starts = sentences, [s.span[0] for s in sentences]
        # Every sentence is parsed: coreference needs the people named where nobody speaks.
        parses, self.statements = read_statements(
            text, [s.span for s in sentences], [q.span for q in quotes], lex, self.parser,
            self.tokens.of,
        )  # fmt: skip
        covering = Covering(self.statements, _place_heads(lex))
        self.statement_cues = {st.mention.cue for st in self.statements}
        self.dating = Dating(text, lex, self.doc.published, dates, self.statements)

        scan = DocScan(text, lex, words)
        context = document_context(text, lex, scan)
        cues = find_cues(text, lex, words)
        cue_starts = [c.start() for c in cues]
        sentence_cues = [
            cues[
                bisect.bisect_left(cue_starts, s.span[0]) : bisect.bisect_left(
                    cue_starts, s.span[1]
                )
            ]
            for s in sentences
        ]
        attributions = [
            find_attributions(text, s, self.quotes, lex, sentence_cues[k], self.tokens)
            for k, s in enumerate(sentences)
        ]
        quote_speakers = _quote_speakers(quotes, sentences, attributions)
        self.quote_speakers = quote_speakers
        lists = _list_speakers(text, sentences, attributions)
        resolved: dict[int, Who | None] = {}
        self.resolved = resolved
        previous: Who | None = None
        previous_paragraph = -1
        for index, sentence in enumerate(sentences):
            s0, s1 = sentence.span
            opens_paragraph = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
            atts = attributions[index]
            for att in atts:
                resolved[id(att)] = self.speakers.resolve(att.speaker)
            sentence_dates = self.dating.dates_in(sentence.span)
            lo, hi = bisect.bisect_left(number_starts, s0), bisect.bisect_left(number_starts, s1)
            figures = find_figures(
                text,
                sentence.span,
                numbers[lo:hi],
                lex,
                date_spans=[d.span for d in sentence_dates],
                words=words,
            )
            covered: list[Span] = []
            carried: Who | None = None
            for fig in figures:
                if fig.category is None and fig.unit is None:
                    continue  # a bare number ("1,1,1", "No. 2") says nothing checkable
                background = self._in_passing(fig.span[0], sentence)
                fig_att = (
                    None
                    if background
                    else self._attribution_at(fig.span[0], atts, quote_speakers, sentence)
                )
                who = resolved.get(id(fig_att)) if fig_att is not None else None
                if fig_att is not None and fig_att.cue not in self.statement_cues:
                    who = None  # a cue the sentence's structure does not confirm
                # The attribution whose content holds the figure, read from structure, names
                # its source first; the older cue-window reading stands in where it has none.
                # (the number's last character: "about 2,500" is held where "2,500" is)
                statement = None if background else covering.at(fig.span[1] - 1)
                held = statement.mention.content if statement is not None else None
                if held is not None and _RELATIVE.search(text, held[0], fig.span[0]):
                    statement = None  # ", which left 1,400 dead,": the writer's background
                if statement is not None and statement.who is not None:
                    who = statement.who
                if (
                    who is None
                    and previous is not None
                    and not any(c.start() < fig.span[0] for c in sentence_cues[index])
                    and (
                        sentence.paragraph == previous_paragraph
                        or sentence.paragraph == previous_paragraph + 1
                        and opens_paragraph
                    )
                    and self.quotes.at(fig.span[0]) is None
                    and fig.category
                    and self._continues_count(fig.number.span, sentence)
                ):
                    # A count in a sentence of its own right after an attributed count, told in
                    # tally words, is the same source's: "The council lists 1,779 missing,
                    # spokesman X said. The number of injured stood at 27,022."
                    who = previous
                if who is not None and fig.category:
                    carried = who
                date = self.dating.figure(
                    fig.span, fig_att, sentence, index, first=fig is figures[0],
                    counted=fig.category is not None, in_passing=background,
                    parse=parses[index],
                    cue=statement.mention.cue if statement is not None else None, source=who,
                )  # fmt: skip
                part = statement.part if statement is not None else None
                self._figure_claim(fig, who, sentence, date, part)
                if fig.category:
                    covered.append(fig.span)
            stated: set[tuple[str, str, str]] = set()
            listed = lists.get(index)
            # A headline or caption restates the story in note form; positions come from the
            # story's own sentences. A stance needs a polarity cue: a sentence without one has
            # no clause to read.
            before: list[Who] = []  # the holders of the clause before
            stance_clauses = (
                clauses(text, sentence.span)
                if scan.polarity_in(s0, s1) and not _headline(sentences, index)
                else []
            )
            for clause in stance_clauses:
                shared = before if clause[0] > s0 and self._subjectless(clause) else []
                if not shared and len(self.together) > 1 and self._both(clause):
                    shared = self.together  # "Both welcome efforts to free the hostages"
                for mention in find_stances(text, clause, lex, context, sentence.span, scan):
                    # "Netanyahu remained opposed to a ceasefire but appeared receptive to
                    # pauses": a clause without a subject shares the one before it.
                    holders = shared or self._holders(
                        mention, atts, resolved, quote_speakers, sentence
                    )
                    before = holders or before
                    if len(holders) > 1:
                        self.together = holders
                    if listed is not None and (
                        not holders or all(a.speaker.form == "pronoun" for a in atts)
                    ):
                        # A bullet after "X said:" is X's: "* We support temporary pauses",
                        # "* But we also stress that Israel has the right to defend itself".
                        holders = (
                            [who] if (who := resolved.get(id(listed))) is not None else holders
                        )
                    for holder in holders:
                        # One stance per holder, topic and polarity in a sentence.
                        key = (holder.canonical, mention.topic, mention.polarity)
                        if key not in stated:
                            stated.add(key)
                            self._stance_claim(mention, holder, sentence, atts)
                    if holders:
                        covered.append(mention.span)
            previous = carried
            previous_paragraph = sentence.paragraph
        for statement in self.statements:
            if statement.mention.klass != "count":  # a count's source, not a statement
                self._statement_claim(statement)
        self.claims.sort(key=lambda c: (c.span[0], c.span[1], c.id))
        return self.claims

    # --- who -------------------------------------------------------------------------------
    def _attribution_at(
        self,
        pos: int,
        atts: Sequence[Attribution],
        quote_speakers: dict[int, Attribution],
        sentence: Sentence,
    ) -> Attribution | None:
        """The attribution that speaks for position ``pos`` of the sentence, if any."""
        window = max(sentence.span[0], pos - 300)
        if _RELATIVE.search(self.text, window, pos) and not any(
            window <= a.cue[0] < pos and a.cue[0] > self.text.rfind(",", 0, pos) for a in atts
        ):
            return None
        governing = [a for a in atts if a.governs[0] <= pos < a.governs[1]]
        if governing:
            # "according to X" and "given by X" name the figure's source more closely than a
            # verb of the whole sentence does.
            according = words(self.lex).according_text
            return min(
                governing,
                key=lambda a: (
                    self.text[a.cue[0] : a.cue[1]].casefold() not in according,
                    abs(a.cue[0] - pos),
                ),
            )
        qi = self.quotes.at(pos)
        if qi is not None and qi in quote_speakers:
            return quote_speakers[qi]
        return None

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
            # "..., days after Washington agreed on Jan. 25 to supply Kyiv with tanks"; "the
            # truce expired after the rebels refused to extend it, the UN said" (the rebels').
            sub = None
            for found in _SUBORDINATE.finditer(self.text, mention.span[0], mention.cue_span[0]):
                sub = found  # the last subordinator before the cue
            if sub is not None and (att is None or att.cue[1] <= sub.start() or att.cue[0] > pos):
                embedded = self._clause_holders(sub.end(), mention, sentence, any_verb=True)
                if embedded:
                    return embedded
        evidence = self._evidence(att, mention) if att is not None else None
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
                else _after_dateline(self.text, mention.span)
            )
            embedded = self._clause_holders(max(start, mention.span[0]), mention, sentence)
            if embedded:
                return embedded
        who = resolved.get(id(att)) if att is not None else None
        if att is not None and who is not None:
            return self._joint(self._coordinated(att, sentence) or [who], sentence)
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
        return self._joint(holders, sentence) if holders else holders

    def _evidence(self, att: Attribution, mention: StanceMention) -> int | None:
        """Where a clause reported as evidence begins: "said there were signs (that) ..."."""
        if not att.cue[1] <= mention.cue_span[0] <= att.cue[1] + 120:
            return None
        pattern = self.lex.memo(
            "stance.evidence",
            lambda lex: term_pattern(r"(?<![\p{L}])\L<t>\s+(?:that\s+)?", lex.holders.evidence),
        )
        found = pattern.search(self.text, att.cue[1], mention.cue_span[0]) if pattern else None
        return found.end() if found is not None else None

    def _credited(self, span: Span, sentence: Sentence) -> list[Who]:
        """The actors a verb of praise or blame credits a position to ("thanked the army for")."""
        if len(self.together) > 1 and (
            self._both((span[0], sentence.span[1]))
            or self.text[span[0] : span[1]].casefold() in {"them", "both"}
        ):
            return self.together  # "commended the three parties (them) for agreeing"
        out: list[Who] = []
        for subject in find_subjects(
            self.text, sentence, self.lex, start=span[0], shared=self.tokens
        ):
            if subject.span[0] >= span[1] or _OTHERS.match(subject.text):
                break
            who = self._holder(subject)
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
        named = whole(self.text, subject, self.lex)  # "a group of about 40 aid agencies"
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
        # "The Saudi-led coalition fighting in Yemen said": the speaker walk stopped inside a
        # participle phrase; the subject before it speaks.
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

    def _both(self, clause: Span) -> bool:
        """Does the clause open with "Both" or "the two leaders" and then its verb?"""
        pattern, openers = self.lex.memo(
            "extract.pairs",
            lambda lex: (
                term_pattern(r"[\s\"\u201c*]*\L<t>\s+\p{Ll}", lex.reporting.pairs),
                frozenset(p.split()[0].casefold() for p in lex.reporting.pairs if p.split()),
            ),
        )
        first = _FIRST_WORD.match(self.text, clause[0], min(clause[1], clause[0] + 40))
        if pattern is None or first is None or first.group(1).casefold() not in openers:
            return False  # most clauses: a word lookup says no before the pattern runs
        return pattern.match(self.text, clause[0], clause[1]) is not None

    def _subjectless(self, clause: Span) -> bool:
        """Does a clause open with its verb ("but appeared receptive to ...")?

        A reporting verb there ("but clarified that ...") goes back to the sentence's speaker,
        who holds the clause anyway.
        """
        first = _FIRST_WORD.match(self.text, clause[0], clause[1])
        if first is None:
            return False
        word = first.group(1)
        verbs = words(self.lex).verbs_low
        return word.islower() and word not in verbs and (word.endswith("ed") or word in _VERBS)

    def _own_words(self, pos: int, att: Attribution) -> bool:
        """Is ``pos`` outside quotes, or in a quoted fragment inside the reported clause?

        'Kirby emphasized that Biden "does not want ..."': the quote continues the clause whose
        subject (Biden) acts; '"We do not want ...," Kirby said' is Kirby's own voice.
        """
        k = self.quotes.at(pos)
        return k is None or self.quotes.quotes[k].span[0] > att.cue[1]

    def _clause_holders(
        self, start: int, mention: StanceMention, sentence: Sentence, *, any_verb: bool = False
    ) -> list[Who]:
        """Actors that open a reported clause and do what the stance says.

        "Blinken said that the army and the RSF had both agreed to the truce": the army and the
        RSF hold it. "Biden said the United States would send tanks": the speaker's own
        commitment, so the speaker holds it (returns []).
        """
        if start >= mention.cue_span[0]:
            return []
        opening = _THAT.match(self.text, start, mention.cue_span[0])
        if len(self.together) > 1 and self._both((opening.end(), mention.cue_span[0])):
            # "Morrow said both sides had committed to the truce (and urged them to ...)"
            own = _OWN_CLAUSE_END.search(self.text, opening.end(), mention.cue_span[0])
            return [] if own else self.together
        subjects, verb = clause_subjects(
            self.text, (start, sentence.span[1]), self.lex, self.tokens
        )
        if subjects and subjects[-1].span[1] > mention.cue_span[0]:
            return []
        if not subjects or not (
            verb == "narrated"
            or any_verb
            and verb
            or verb == "modal"
            and self._cue_is_verb(subjects[-1].span[1], mention)
        ):
            return []
        # The actors' own clause ends at a comma or a second verb: "Berlin had received the
        # request and urged Germany to join" (the urging is the speaker's).
        if _OWN_CLAUSE_END.search(self.text[subjects[-1].span[1] : mention.cue_span[0]]):
            return []
        holders: list[Who] = []
        for subject in subjects:
            if _OTHERS.match(subject.text):
                continue  # "Netanyahu and other Israeli officials": unnamed others, no holder
            who = self._holder(subject, reported=True)
            if who is not None and who not in holders:
                holders.append(who)
        return holders

    def _cue_is_verb(self, end: int, mention: StanceMention) -> bool:
        """Is the stance cue the verb right after the subject ("Ebb said the rebels oppose")?

        Not a modal one: "Biden said the United States would send tanks" is the speaker's own
        commitment, which the speaker holds.
        """
        first = mention.cue.split()[0].casefold() if mention.cue.split() else ""
        # An adverb that opens the cue ("fully supported") is no verb: the clause reader
        # decided on it already.
        return (
            first not in _MODAL_WORDS
            and not first.endswith("ly")
            and bool(_ADVERBS_ONLY.fullmatch(self.text, end, mention.cue_span[0]))
        )

    def _in_passing(self, pos: int, sentence: Sentence) -> bool:
        """Is the count at ``pos`` an event's, told in passing ("the massacre of 1,400 people")?

        Not when a reporting verb governs the event noun: "officials confirmed the deaths of 35".
        """
        pattern, verbs = self.lex.memo(
            "extract.in_passing",
            lambda lex: (
                term_pattern(
                    r"(?<![\p{L}])([\p{L}]+)\s+the\s+(?:[\p{L}\-]+\s+){0,2}?\L<t>\s+of\s+$",
                    lex.reporting.event_nouns,
                ),
                frozenset(v.casefold() for v in lex.reporting.verbs),
            ),
        )
        if pattern is None:
            return False
        found = pattern.search(self.text, max(sentence.span[0], pos - 80), pos)
        return found is not None and found.group(1).casefold() not in verbs

    def _continues_count(self, fig: Span, sentence: Sentence) -> bool:
        """Does the sentence speak of a count in tally words ("the toll", "of the dead")?

        ``fig`` is the number's span.
        """
        pattern = self.lex.memo(
            "extract.continuing",
            lambda lex: term_pattern(r"(?<![\p{L}])\L<t>(?![\p{L}])", lex.reporting.continuing),
        )
        if _PART_OF.match(self.text, fig[1]):
            return True  # "Forty-one of the new deaths": a part of a set named before
        end = min(sentence.span[1], fig[1] + 20)
        return pattern is not None and pattern.search(self.text, sentence.span[0], end) is not None

    # --- dates -----------------------------------------------------------------------------
    def _date_for(self, pos: int, dates: Sequence[DateMention]) -> DateRange | None:
        return self.dating.date_for(pos, dates)

    def _stance_date(
        self, mention: StanceMention, holder: Who, sentence: Sentence, atts: Sequence[Attribution]
    ) -> DateRange | None:
        """The day a position was stated.

        The day named in the stance's clause or in the clause of the verb that reports it
        (not in another clause: "..., but gun battles resumed on Monday"); for a quotation that
        goes on after its speaker is named, the day named with the speaker. A clause whose actor
        is not the speaker ("Duda said on Jan. 11 that ..., and Britain has promised tanks")
        takes only its own day.
        """
        att: Attribution | None = None
        for a in atts:
            if a.governs[0] <= mention.topic_span[0] < a.governs[1]:
                att = a
        if att is None and (qi := self.quotes.at(mention.cue_span[0])) is not None:
            quoted = self.quote_speakers.get(qi)
            if quoted is not None and not sentence.span[0] <= quoted.cue[0] < sentence.span[1]:
                k = bisect.bisect_right(self.sentence_starts, quoted.cue[0]) - 1
                return self._date_for(quoted.cue[0], self._dates_in(self.sentences[k].span))
        dates = self._dates_in(sentence.span)
        parts = clauses(self.text, sentence.span)
        own = next((c for c in parts if c[0] <= mention.cue_span[0] < c[1]), mention.span)
        spans = [own]
        anchor = mention.cue_span[0]
        if att is not None:
            speaker = self.resolved.get(id(att))
            separate = not own[0] <= att.cue[0] < own[1]
            if not (separate and speaker is not None and speaker.canonical != holder.canonical):
                anchor = att.cue[0]
                spans.append(next((c for c in parts if c[0] <= att.cue[0] < c[1]), own))
        chosen = [
            d
            for d in dates
            if any(a <= d.span[0] < b for a, b in spans)
            or _OPENING_DAY.fullmatch(self.text, sentence.span[0], d.span[0])
        ]
        return self._date_for(anchor, chosen)

    def _dates_in(self, span: Span) -> list[DateMention]:
        return self.dating.dates_in(span)

    # --- claims ----------------------------------------------------------------------------
    def _hedges(self, sentence: Sentence) -> tuple[str, ...]:
        # Claims come sentence by sentence: read a sentence's hedges once, for all its claims.
        if self._last_hedges is not None and self._last_hedges[0] == sentence.span:
            return self._last_hedges[1]
        pattern = self.lex.memo(
            "extract.hedges",
            lambda lex: term_pattern(r"(?<![\p{L}])\L<t>(?![\p{L}])", lex.reporting.hedges),
        )
        terms = self.lex.memo(
            "extract.hedge_terms",
            lambda lex: (
                [h.lower() for h in lex.reporting.hedges]
                if all(h.isascii() for h in lex.reporting.hedges)
                else None
            ),
        )
        low = self.words.lower
        if terms is not None and low is not None:
            # Most sentences hold no hedge: a plain substring test says so before the pattern
            # runs. (Exact: in a text the word index can read, a match of an ASCII term ignoring
            # case is that term in lower case.)
            piece = low[sentence.span[0] : sentence.span[1]]
            if not any(term in piece for term in terms):
                self._last_hedges = (sentence.span, ())
                return ()
        matches = pattern.finditer(sentence.text) if pattern is not None else ()
        found = tuple(dict.fromkeys(m.group().casefold() for m in matches))
        self._last_hedges = (sentence.span, found)
        return found

    def _figure_claim(
        self,
        fig: FigureMention,
        who: Who | None,
        sentence: Sentence,
        date: DateRange | None,
        attribution: AttributionPart | None = None,
    ) -> None:
        number = fig.number
        figure = Figure(
            value=number.value,
            low=number.low,
            high=number.high,
            qualifier=number.qualifier,
            category=fig.category,
            unit=fig.unit,
            incremental=fig.incremental,
            text=fig.text,
            span=fig.span,
            scope=fig.scope,
        )
        counted = fig.category or fig.unit or "amount"
        what = f"{fig.text} ({counted})" if fig.category in CASUALTY_CATEGORIES else fig.text
        self._add(
            f"f{fig.span[0]}", "figure", who, what, sentence, date, figure=figure,
            attribution=attribution,
        )  # fmt: skip

    def _stance_claim(
        self,
        mention: StanceMention,
        holder: Who,
        sentence: Sentence,
        atts: Sequence[Attribution],
    ) -> None:
        date = self._stance_date(mention, holder, sentence, atts)
        position = (holder.canonical, mention.topic, mention.polarity, date.end if date else None)
        if position in self.positions:
            return
        self.positions.add(position)
        what = f"{holder.name}: {mention.polarity} {mention.topic.replace('_', ' ')}"
        stance = Stance(topic=mention.topic, polarity=mention.polarity, cue=mention.cue)
        key = f"s{mention.topic_span[0]}:{holder.canonical}"
        self._add(key, "stance", holder, what, sentence, date, stance=stance)

    def _statement_claim(self, statement: Statement) -> None:
        mention = statement.mention
        k = bisect.bisect_right(self.sentence_starts, mention.cue[0]) - 1
        sentence = self.sentences[k]
        content = statement.part.content
        what = statement.part.cue.text
        if content is not None:
            what = content.text if len(content.text) <= 120 else content.text[:117] + "..."
        date = self._date_for(mention.cue[0], self._dates_in(sentence.span))
        key = f"a{mention.cue[0]}" + (f"-{mention.source.span[0]}" if mention.source else "")
        self._add(key, "statement", statement.who, what, sentence, date, attribution=statement.part)

    def _add(
        self,
        key: str,
        kind: ClaimKind,
        who: Who | None,
        what: str,
        sentence: Sentence,
        date: DateRange | None,
        *,
        span: Span | None = None,
        **fields: Any,
    ) -> None:
        """Append a claim of ``sentence`` (or of ``span`` inside it), with its hedges."""
        where = span if span is not None else sentence.span
        claim = Claim(
            id=f"{self.prefix}:{key}",
            doc_id=self.doc.doc_id,
            source=self.doc.source,
            url=self.doc.url,
            title=self.doc.title,
            published=self.doc.published,
            kind=kind,
            who=self.shared.who(who),
            what=what,
            date=date,
            hedges=self._hedges(sentence),
            text=self.shared.cut(where),
            span=where,
            **fields,
        )
        share_field_sets(claim)
        self.claims.append(claim)


def _place_heads(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(
        w.casefold() for w in (*lexicon.places.generic, *lexicon.numbers.context.get("places", ()))
    )


def _after_dateline(text: str, span: Span) -> int:
    """Where a clause's words begin, after a dateline: "ORLA (AP) — Veldan's warring sides"."""
    found = _DATELINE.match(text, span[0], min(span[1], span[0] + 80))
    return found.end() if found is not None else span[0]


def _headline(sentences: Sequence[Sentence], index: int) -> bool:
    """A line of its own without final punctuation: a headline, a caption, a page link."""
    sentence = sentences[index]
    alone = (index == 0 or sentences[index - 1].paragraph != sentence.paragraph) and (
        index + 1 == len(sentences) or sentences[index + 1].paragraph != sentence.paragraph
    )
    return alone and not sentence.text.rstrip().endswith(_FINAL_MARKS)


_FINAL_MARKS = (".", "!", "?", '"', "\u201d", "\u2019", "'", ")", "\u2026", ":", ";")


# A bullet that opens a line: "* At the current stage, we do not believe ...".
_BULLET = regex.compile(r"[*\u2022\u2013\-]\s")


def _list_speakers(
    text: str, sentences: Sequence[Sentence], attributions: Sequence[Sequence[Attribution]]
) -> dict[int, Attribution]:
    """The speaker of each bulleted line that follows "X specified ..., saying:"."""
    out: dict[int, Attribution] = {}
    speaker: Attribution | None = None
    paragraph = -1
    for index, sentence in enumerate(sentences):
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            if not _BULLET.match(text, sentence.span[0], sentence.span[1]):
                speaker = None
        if speaker is not None:
            out[index] = speaker
        if sentence.text.rstrip().endswith(":") and attributions[index]:
            speaker = attributions[index][-1]
    return out


def _quote_speakers(
    quotes: Sequence[Quotation],
    sentences: Sequence[Sentence],
    attributions: Sequence[Sequence[Attribution]],
) -> dict[int, Attribution]:
    """The attribution of each quotation: the reporting cue nearest to it, outside it.

    Cues are looked for in the quotation's paragraph: in the sentences it spans and the one
    after it; failing those, in the sentence before it, for a quotation that goes on after its
    speaker is named ('..., Kirby said Monday. "We support that. We do not support ..."').
    """
    out: dict[int, Attribution] = {}
    starts = [s.span[0] for s in sentences]
    for qi, quote in enumerate(quotes):
        first = max(0, bisect.bisect_right(starts, quote.span[0]) - 1)
        last = bisect.bisect_left(starts, quote.span[1])
        paragraph = sentences[first].paragraph if sentences else -1
        candidates = [
            a
            for k in range(first, min(last + 1, len(sentences)))
            if sentences[k].paragraph == paragraph
            for a in attributions[k]
        ]
        if (
            not candidates
            and first > 0
            and sentences[first - 1].paragraph == paragraph
            and quote.span[0] - sentences[first].span[0] <= 2  # the quotation opens its sentence
        ):
            candidates = list(attributions[first - 1][-1:])
        if candidates:
            out[qi] = min(
                candidates,
                key=lambda a: min(abs(a.cue[0] - quote.span[1]), abs(a.cue[1] - quote.span[0])),
            )
    return out
