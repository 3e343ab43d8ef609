"""The pipeline: text or Document -> list[Claim], in document order.

Read top to bottom: check the input; segment; find numbers, dates, quotations and attributions;
assemble figures, stances and statements; return claims sorted by where their evidence starts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Sequence

import regex

from .attribution import (
    Attribution,
    Speakers,
    clause_subjects,
    document_tokens,
    find_attributions,
    find_cues,
    find_subjects,
)
from .dates import DateMention, find_dates
from .errors import InputError
from .figures import FigureMention, find_figures
from .lexicon import Lexicon, load_lexicon
from .model import CASUALTY_CATEGORIES, Claim, DateRange, Document, Figure, Span, Stance, Who, cut
from .numbers import find_numbers
from .phrases import WordIndex
from .segment import Quotation, QuoteIndex, Sentence, find_quotations, find_sentences
from .stance import DocScan, StanceMention, clauses, document_context, find_stances

# Larger documents are refused with a clear message rather than run for minutes; the pipeline
# itself is linear, so the limit only guards against feeding it a whole corpus by mistake.
MAX_CHARS = 20_000_000
_ISO_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}")
# A figure inside a narrator's relative clause (", which left more than 1,400 dead,") is the
# writer's background, not the speaker's words.
_RELATIVE = regex.compile(r",\s+(?:which|who|that)\s+[^,]*$")
# Subordinators that open a clause with its own subject: "days after Washington agreed to ...".
_SUBORDINATE = regex.compile(r"\b(?:after|when|because|since|before|while|as)\s+(?=\p{Lu})")
# "through Sunday" and "as of Monday" name the day a count is reported for.
_AS_OF = regex.compile(
    r"(?:through|as\s+of|until|by|up\s+to|by\s+the\s+end\s+of)\s+(?:the\s+)?$", regex.I
)
# Two days joined into one stretch: "on Monday and Tuesday", "Monday to Wednesday".
_JOINED_DAYS = regex.compile(r"\s*(?:and|to|through|-|\u2013)\s*", regex.I)
# A part of a count already given: "169 of the dead", "2,403 of the injured", "nine of them".
_PARTITIVE = regex.compile(r"\bof\s+(?:the|them|those|these)\b", regex.I)
# "between April 15 ... and Tuesday": the end of the range is the cut-off.
_AND_END = regex.compile(r"\band\s+(?:\w+,\s+)?$", regex.I)
# Between a figure and "its" date there is no other number and no new clause.
_GAP_BREAK = regex.compile(r"[\d;()]|\b(?:since|from|after|before|when|which|while)\b", regex.I)
# Where an actor's own clause ends: "Berlin had received the request and urged Germany to join".
_OWN_CLAUSE_END = regex.compile(r",|\band\s+\p{Ll}+ed\b")


def extract(
    text_or_document: str | Document,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
    lexicon: Lexicon | None = None,
) -> list[Claim]:
    """Read one news document and return its claims in document order.

    Args:
        text_or_document: the article text exactly as published, or a :class:`Document`.
        published: publication date (a ``datetime.date`` or an ISO string "2023-11-30"); relative
            dates ("on Tuesday") are resolved against it. None leaves them unresolved.
        source: the outlet, kept on every claim.
        doc_id: the document's id, kept on every claim and used in claim ids.
        lexicon: word lists to use instead of the defaults (see :func:`load_lexicon`).

    Returns:
        Claims sorted by the start of their evidence; the same input gives the same claims and ids.

    Raises:
        InputError: the text is not a string, is too large, or ``published`` is not a date.

    >>> claims = extract(
    ...     "About 35,000 people have been killed, the ministry said.", published="2024-05-09"
    ... )
    >>> [(c.kind, c.figure.value if c.figure else None) for c in claims][:1]
    [('figure', 35000)]
    """
    doc = _document(text_or_document, published, source, doc_id)
    lex = lexicon if lexicon is not None else load_lexicon()
    if not isinstance(lex, Lexicon):
        raise InputError(
            f"lexicon must be a claimtrack.Lexicon (see load_lexicon()), got {type(lex).__name__}",
            value=lex,
        )
    if not doc.text.strip():
        return []
    return _Pipeline(doc, lex).run()


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


def parse_published(value: object) -> dt.date | None:
    """Normalise a publication date: a date, a datetime, an ISO string, or None.

    >>> parse_published("2023-11-30")
    datetime.date(2023, 11, 30)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DATE.match(text):
            try:
                return dt.date.fromisoformat(text[:10])
            except ValueError:
                pass
        raise InputError(
            f'published must be a date or an ISO string like "2023-11-30", got "{value}"',
            value=value,
        )
    raise InputError(
        f'published must be a date or an ISO string like "2023-11-30", '
        f"got {type(value).__name__} {value!r}",
        value=value,
    )


class _Pipeline:
    """One document's extraction; the state shared by its steps."""

    def __init__(self, doc: Document, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon
        self.prefix = (
            doc.doc_id
            or "doc-"
            + hashlib.blake2b(doc.text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
        )
        self.speakers = Speakers(lexicon)
        # Sentence tokens, read once for attributions and again for clause subjects.
        self.tokens = document_tokens(doc.text, lexicon)
        self.claims: list[Claim] = []
        self.quotes = QuoteIndex([])
        # The day of the last count read from the text, for "169 of the dead" after it.
        self.last_dated: DateRange | None = None
        self.last_dated_at = -2
        self._last_hedges: tuple[Span, tuple[str, ...]] | None = None
        self._ranges: dict[DateMention, DateRange] = {}
        self.words = WordIndex("")  # the document's, once run() has read it
        self._published_range = (
            None
            if doc.published is None
            else DateRange(
                start=doc.published, end=doc.published, granularity="day", role="published"
            )
        )

    def run(self) -> list[Claim]:
        text, lex = self.text, self.lex
        sentences = find_sentences(text, lex)
        quotes = find_quotations(text)
        self.quotes = QuoteIndex(quotes)
        words = self.words = WordIndex(text)  # shared by the scans for numbers, dates, cues...
        numbers = find_numbers(text, lex, words=words)
        number_starts = [n.span[0] for n in numbers]
        dates = find_dates(text, lex, self.doc.published, words=words)
        date_starts = [d.span[0] for d in dates]

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
        lists = _list_speakers(text, sentences, attributions)
        resolved: dict[int, Who | None] = {}
        previous: Who | None = None
        previous_paragraph = -1
        for index, sentence in enumerate(sentences):
            s0, s1 = sentence.span
            atts = attributions[index]
            for att in atts:
                resolved[id(att)] = self.speakers.resolve(att.speaker)
            sentence_dates = dates[
                bisect.bisect_left(date_starts, s0) : bisect.bisect_left(date_starts, s1)
            ]
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
                fig_att = self._attribution_at(fig.span[0], atts, quote_speakers, sentence)
                who = resolved.get(id(fig_att)) if fig_att is not None else None
                if (
                    who is None
                    and not sentence_cues[index]
                    and sentence.paragraph == previous_paragraph
                    and self.quotes.at(fig.span[0]) is None
                    and fig.category
                ):
                    # A count in a sentence of its own right after an attributed count is the
                    # same source's: "The council lists 1,779 missing, spokesman X said. The
                    # number of injured stood at 27,022."
                    who = previous
                if who is not None and fig.category:
                    carried = who
                if fig is figures[0] and self.last_dated_at < index - 1:
                    self.last_dated = None  # only the sentence right after a count refers to it
                date = self._figure_date(fig.span, fig_att, sentence, sentence_dates)
                self._figure_claim(fig, who, sentence, date)
                if fig.category:
                    covered.append(fig.span)
                    if date is not None and date.text is not None:
                        self.last_dated, self.last_dated_at = date, index
            stated: set[tuple[str, str, str]] = set()
            listed = lists.get(index)
            # A stance needs a polarity cue: a sentence without one has no clause to read.
            stance_clauses = clauses(text, sentence.span) if scan.polarity_in(s0, s1) else []
            for clause in stance_clauses:
                for mention in find_stances(text, clause, lex, context, sentence.span, scan):
                    holders = self._holders(mention, atts, resolved, quote_speakers, sentence)
                    if listed is not None and (not holders or not atts):
                        # A bullet after "X said:" is X's: "* We support temporary pauses."
                        holders = (
                            [who] if (who := resolved.get(id(listed))) is not None else holders
                        )
                    for holder in holders:
                        # One stance per holder, topic and polarity in a sentence.
                        key = (holder.canonical, mention.topic, mention.polarity)
                        if key not in stated:
                            stated.add(key)
                            self._stance_claim(mention, holder, sentence, sentence_dates, atts)
                    if holders:
                        covered.append(mention.span)
            for att in atts:
                who = resolved.get(id(att))
                if who is not None and not any(
                    c[0] < att.governs[1] and att.governs[0] < c[1] for c in covered
                ):
                    self._statement_claim(att, who, sentence, sentence_dates)
            previous = carried
            previous_paragraph = sentence.paragraph
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
            return min(governing, key=lambda a: abs(a.cue[0] - pos))
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
        pos = mention.topic_span[0]
        s1 = sentence.span[1]
        # A speaker named after this clause, mid-sentence, speaks for its own clause: "Morawiecki
        # called the decision a big step, and Zelensky said he was grateful".
        usable = [
            a for a in atts if not (a.speaker.span[0] >= mention.span[1] and s1 - a.cue[1] >= 25)
        ]
        att = self._attribution_at(pos, usable, quote_speakers, sentence)
        if att is not None and self.quotes.at(mention.cue_span[0]) is None:
            embedded = self._clause_holders(max(att.cue[1], mention.span[0]), mention, sentence)
            if embedded:
                return embedded
        who = resolved.get(id(att)) if att is not None else None
        if who is not None:
            return [who]
        if self.quotes.at(mention.cue_span[0]) is None:
            # "..., days after Washington agreed on Jan. 25 to supply Kyiv with tanks"
            sub = None
            for found in _SUBORDINATE.finditer(self.text, mention.span[0], mention.cue_span[0]):
                sub = found  # the last subordinator before the cue
            if sub is not None:
                embedded = self._clause_holders(sub.end(), mention, sentence, any_verb=True)
                if embedded:
                    return embedded
        holders: list[Who] = []
        for subject in find_subjects(
            self.text, sentence, self.lex, start=mention.span[0], shared=self.tokens
        ):
            if subject.span[0] > pos:
                break
            who = self.speakers.resolve(subject)
            if who is not None and who not in holders:
                holders.append(who)
        return holders

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
        subjects, verb = clause_subjects(
            self.text, (start, sentence.span[1]), self.lex, self.tokens
        )
        if subjects and subjects[-1].span[1] > mention.cue_span[0]:
            return []
        if not subjects or not (verb == "narrated" or any_verb and verb):
            return []
        # The actors' own clause ends at a comma or a second verb: "Berlin had received the
        # request and urged Germany to join" (the urging is the speaker's).
        if _OWN_CLAUSE_END.search(self.text[subjects[-1].span[1] : mention.cue_span[0]]):
            return []
        holders: list[Who] = []
        for subject in subjects:
            who = self.speakers.resolve(subject)
            if who is not None and who not in holders:
                holders.append(who)
        return holders

    # --- dates -----------------------------------------------------------------------------
    def _event_date(self, mention: DateMention) -> bool:
        """Is this the date of an event ("the attack on October 7") rather than of a report?"""
        pattern = self.lex.memo(
            "extract.event_cues",
            lambda lex: regex.compile(
                r"(?<![\p{L}])\L<cue>(?:\s+on|\s+of|\s+the|-|\s)*$",
                cue=list(lex.reporting.event_cues),
                flags=regex.I,
            ),
        )
        before = self.text[max(0, mention.span[0] - 25) : mention.span[0]]
        return bool(pattern.search(before)) or self.text.startswith(
            ("'s", "\u2019s"), mention.span[1]
        )

    def _published(self) -> DateRange | None:
        return self._published_range

    def _range(self, mention: DateMention) -> DateRange:
        """The reported date a mention names (one model per mention, shared by its claims)."""
        found = self._ranges.get(mention)
        if found is None:
            found = self._ranges[mention] = _range(mention)
        return found

    def _figure_date(
        self,
        fig: Span,
        att: Attribution | None,
        sentence: Sentence,
        dates: Sequence[DateMention],
    ) -> DateRange | None:
        """The day a count is reported for.

        In order: a cut-off ("through Sunday", "between April 15 and Tuesday"); a day right after
        the figure ("rose to 3,432 on Monday"); a day right after the reporting verb ("said on
        Tuesday that 45 ..."); a day that opens the sentence ("Late Saturday, police said ...");
        else the publication date. Days of events ("the attack on October 7", "Saturday's
        quake") and days that belong to another number ("up from 5,982 a week earlier") are not.
        """
        text = self.text
        resolved = [d for d in dates if d.start is not None and d.end is not None]
        usable = [d for d in resolved if not self._event_date(d)]
        for mention in resolved:
            if text.startswith(("'s", "\u2019s"), mention.span[1]):
                continue  # "cracked by last month's disaster": an event, not a cut-off
            before = text[max(sentence.span[0], mention.span[0] - 16) : mention.span[0]]
            if _AS_OF.search(before) or (
                _AND_END.search(before) and "between" in text[sentence.span[0] : mention.span[0]]
            ):
                return self._range(mention)
        for k, mention in enumerate(usable):
            gap = text[fig[1] : mention.span[0]]
            if mention.span[0] >= fig[1] and len(gap) <= 40 and not _GAP_BREAK.search(gap):
                # "killed ... on Monday and Tuesday": the count runs to the later day.
                while k + 1 < len(usable) and _JOINED_DAYS.fullmatch(
                    text, usable[k].span[1], usable[k + 1].span[0]
                ):
                    k += 1
                return self._range(usable[k])
        part = _PARTITIVE.search(text, fig[0], fig[1] + 8)
        if part and "," not in text[fig[1] : part.start()] and self.last_dated is not None:
            # "the ministry said 169 of the dead were in Khartoum": part of the count just given.
            return self.last_dated
        if att is not None:
            for mention in usable:
                if 0 <= mention.span[0] - att.cue[1] <= 25:
                    return self._range(mention)
        for mention in usable:
            head = text[mention.span[1] : min(fig[0], att.cue[0] if att else fig[0])]
            if mention.span[0] - sentence.span[0] < 30 and "," in head:
                return self._range(mention)
        return self._published()

    def _date_for(self, pos: int, dates: Sequence[DateMention]) -> DateRange | None:
        usable: list[DateMention] = []
        for mention in dates:
            if mention.start is None or mention.end is None or self._event_date(mention):
                continue
            usable.append(mention)
        if usable:
            best = min(usable, key=lambda m: (abs(m.span[0] - pos), m.span[0]))
            return self._range(best)
        return self._published()

    # --- claims ----------------------------------------------------------------------------
    def _hedges(self, sentence: Sentence) -> tuple[str, ...]:
        # Claims come sentence by sentence: read a sentence's hedges once, for all its claims.
        if self._last_hedges is not None and self._last_hedges[0] == sentence.span:
            return self._last_hedges[1]
        pattern = self.lex.memo(
            "extract.hedges",
            lambda lex: regex.compile(
                r"(?<![\p{L}])\L<h>(?![\p{L}])", h=list(lex.reporting.hedges), flags=regex.I
            ),
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
        found = tuple(dict.fromkeys(m.group().casefold() for m in pattern.finditer(sentence.text)))
        self._last_hedges = (sentence.span, found)
        return found

    def _figure_claim(
        self, fig: FigureMention, who: Who | None, sentence: Sentence, date: DateRange | None
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
        self.claims.append(
            Claim(
                id=f"{self.prefix}:f{fig.span[0]}",
                doc_id=self.doc.doc_id,
                source=self.doc.source,
                kind="figure",
                who=who,
                what=what,
                figure=figure,
                date=date,
                hedges=self._hedges(sentence),
                text=sentence.text,
                span=sentence.span,
            )
        )

    def _stance_claim(
        self,
        mention: StanceMention,
        holder: Who,
        sentence: Sentence,
        dates: Sequence[DateMention],
        atts: Sequence[Attribution],
    ) -> None:
        anchor = mention.cue_span[0]
        for att in atts:
            if att.governs[0] <= mention.topic_span[0] < att.governs[1]:
                anchor = att.cue[0]
        self.claims.append(
            Claim(
                id=f"{self.prefix}:s{mention.topic_span[0]}:{holder.canonical}",
                doc_id=self.doc.doc_id,
                source=self.doc.source,
                kind="stance",
                who=holder,
                what=f"{holder.name}: {mention.polarity} {mention.topic.replace('_', ' ')}",
                stance=Stance(topic=mention.topic, polarity=mention.polarity, cue=mention.cue),
                date=self._date_for(anchor, dates),
                hedges=self._hedges(sentence),
                text=sentence.text,
                span=sentence.span,
            )
        )

    def _statement_claim(
        self, att: Attribution, who: Who, sentence: Sentence, dates: Sequence[DateMention]
    ) -> None:
        g0, g1 = att.governs
        while g0 < g1 and not self.text[g0].isalnum() and self.text[g0] not in '"\u201c':
            g0 += 1
        while g1 > g0 and self.text[g1 - 1] in " ,.;:":
            g1 -= 1
        if g1 - g0 < 3:
            g0, g1 = sentence.span
        span, said = cut(self.text, g0, g1)
        self.claims.append(
            Claim(
                id=f"{self.prefix}:a{att.cue[0]}",
                doc_id=self.doc.doc_id,
                source=self.doc.source,
                kind="statement",
                who=who,
                what=said if len(said) <= 120 else said[:117] + "...",
                date=self._date_for(att.cue[0], dates),
                hedges=self._hedges(sentence),
                text=said,
                span=span,
            )
        )


def _range(mention: DateMention) -> DateRange:
    assert mention.start is not None
    assert mention.end is not None
    return DateRange(
        start=mention.start,
        end=mention.end,
        granularity=mention.granularity,
        role="reported",
        text=mention.text,
        span=mention.span,
    )


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
            if not _BULLET.match(text, sentence.span[0]):
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
    """The attribution of each quotation: the reporting cue nearest to it, outside it."""
    out: dict[int, Attribution] = {}
    starts = [s.span[0] for s in sentences]
    for qi, quote in enumerate(quotes):
        first = max(0, bisect.bisect_right(starts, quote.span[0]) - 1)
        last = bisect.bisect_left(starts, quote.span[1])
        candidates = [
            a for k in range(first, min(last + 1, len(sentences))) for a in attributions[k]
        ]
        if candidates:
            out[qi] = min(
                candidates,
                key=lambda a: min(abs(a.cue[0] - quote.span[1]), abs(a.cue[1] - quote.span[0])),
            )
    return out
