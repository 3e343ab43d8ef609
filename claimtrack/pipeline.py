"""The pipeline: text or Document -> list[Claim], in document order.

Read top to bottom: check the input; segment; find numbers, dates, quotations and attributions;
assemble figures, stances and statements; return claims sorted by where their evidence starts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

import regex

from .assemble.figures import FigureMention, find_figures
from .assemble.positions import Positions
from .assemble.stances import DocScan, document_context
from .attribute.attribution import (
    Attribution,
    Speakers,
    document_tokens,
    find_attributions,
    find_cues,
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
_WHEN = regex.compile(r",?\s+when\b")
_RELATIVE = regex.compile(r",\s+(?:which|who)\s+[^,]*$")
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
        self.dates: list[DateMention] = []
        self.sentences: list[Sentence] = []
        self.sentence_starts: list[int] = []
        self.date_starts: list[int] = []
        self.quote_speakers: dict[int, Attribution] = {}
        self.resolved: dict[int, Who | None] = {}
        self.quotes = QuoteIndex([])
        # The day of the last count read from the text, for "169 of the dead" after it.
        self.last_dated: DateRange | None = None
        self.last_dated_at = -2
        self._last_hedges: tuple[Span, tuple[str, ...]] | None = None
        self._ranges: dict[DateMention, DateRange] = {}
        self.words = WordIndex("")  # the document's, once run() has read it
        self.shared = Interner(doc.text)  # evidence strings and sources held once (compact.py)
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
        dates = find_date_mentions(text, lex, self.doc.published, words=words)
        date_starts = [d.span[0] for d in dates]
        self.dates, self.date_starts = dates, date_starts
        self.sentences, self.sentence_starts = sentences, [s.span[0] for s in sentences]
        # Every sentence is parsed: coreference needs the people named where nobody speaks.
        _, self.statements = read_statements(
            text, [s.span for s in sentences], [q.span for q in quotes], lex, self.parser,
            self.tokens.of,
        )  # fmt: skip
        covering = Covering(self.statements)

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
        positions = Positions(
            text, lex, self.speakers, self.tokens, self.quotes, quote_speakers, resolved,
            sentences, attribution_at=self._attribution_at, date_for=self._date_for,
            dates_in=self._dates_in,
        )  # fmt: skip
        previous: Who | None = None
        previous_paragraph = -1
        for index, sentence in enumerate(sentences):
            s0, s1 = sentence.span
            opens_paragraph = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
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
                background = self._in_passing(fig.span[0], sentence)
                fig_att = (
                    None
                    if background
                    else self._attribution_at(fig.span[0], atts, quote_speakers, sentence)
                )
                who = resolved.get(id(fig_att)) if fig_att is not None else None
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
                    and not sentence_cues[index]
                    and (
                        sentence.paragraph == previous_paragraph
                        or sentence.paragraph == previous_paragraph + 1
                        and opens_paragraph
                    )
                    and self.quotes.at(fig.span[0]) is None
                    and fig.category
                    and self._continues_count(fig.span, sentence)
                ):
                    # A count in a sentence of its own right after an attributed count, told in
                    # tally words, is the same source's: "The council lists 1,779 missing,
                    # spokesman X said. The number of injured stood at 27,022."
                    who = previous
                if who is not None and fig.category:
                    carried = who
                if fig is figures[0] and self.last_dated_at < index - 1:
                    self.last_dated = None  # only the sentence right after a count refers to it
                date = self._figure_date(fig.span, fig_att, sentence, sentence_dates, background)
                part = statement.part if statement is not None else None
                self._figure_claim(fig, who, sentence, date, part)
                if fig.category:
                    covered.append(fig.span)
                    if date is not None and date.text is not None:
                        self.last_dated, self.last_dated_at = date, index
            positions.read(index, atts, lists.get(index), scan, context)
            previous = carried
            previous_paragraph = sentence.paragraph
        for found in positions.found():
            self._add(
                found.key, "stance", found.holder, found.what, found.sentence, found.date,
                stance=found.stance,
            )  # fmt: skip
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
        """Does the sentence speak of a count in tally words ("the toll", "of the dead")?"""
        pattern = self.lex.memo(
            "extract.continuing",
            lambda lex: term_pattern(r"(?<![\p{L}])\L<t>(?![\p{L}])", lex.reporting.continuing),
        )
        end = min(sentence.span[1], fig[1] + 20)
        return pattern is not None and pattern.search(self.text, sentence.span[0], end) is not None

    # --- dates -----------------------------------------------------------------------------
    def _event_date(self, mention: DateMention) -> bool:
        """Is this the date of an event ("the attack on October 7") rather than of a report?"""
        pattern = self.lex.memo(
            "extract.event_cues",
            lambda lex: term_pattern(
                r"(?<![\p{L}])\L<t>(?:\s+on|\s+of|\s+the|-|\s)*$", lex.reporting.event_cues
            ),
        )
        before = self.text[max(0, mention.span[0] - 25) : mention.span[0]]
        return bool(pattern is not None and pattern.search(before)) or self.text.startswith(
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
        in_passing: bool = False,
    ) -> DateRange | None:
        """The day a count is reported for.

        In order: a cut-off ("through Sunday", "between April 15 and Tuesday"); a day right after
        the figure ("rose to 3,432 on Monday"); a day right after the reporting verb ("said on
        Tuesday that 45 ..."); a day that opens the sentence ("Late Saturday, police said ...");
        else the publication date. Days of events ("the attack on October 7", "Saturday's
        quake") and days that belong to another number ("up from 5,982 a week earlier") are not.
        """
        text = self.text
        resolved = [
            d for d in dates if d.start is not None and d.end is not None and not self._future(d)
        ]
        if in_passing:
            # An event's count told in passing is as of the event's day, when the clause names
            # it first: "halt the bombing on October 20 to allow the release of two Americans".
            earlier = [d for d in resolved if d.span[1] <= fig[0]]
            if (
                earlier
                and fig[0] - earlier[-1].span[1] <= 60
                and "," not in text[earlier[-1].span[1] : fig[0]]
                and not _GAP_BREAK.search(text, earlier[-1].span[1], fig[0])
            ):
                return _range(earlier[-1])
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
        """The day of what is said at ``pos``: the nearest usable date, else publication.

        Not usable: days of events ("the attack on October 7"), unless a "when" clause follows
        ("Jan. 30, when Biden answered"), and days after publication ("due on Sunday").
        """
        usable: list[DateMention] = []
        for mention in dates:
            if mention.start is None or mention.end is None or self._future(mention):
                continue
            if self._event_date(mention) and not _WHEN.match(
                self.text, mention.span[1], mention.span[1] + 20
            ):
                continue
            usable.append(mention)
        if usable:
            best = min(usable, key=lambda m: (abs(m.span[0] - pos), m.span[0]))
            return self._range(best)
        return self._published()

    def _future(self, mention: DateMention) -> bool:
        """Does the mention begin after publication? Nothing is said or counted then."""
        published = self.doc.published
        return published is not None and mention.start is not None and mention.start > published

    def _dates_in(self, span: Span) -> list[DateMention]:
        lo = bisect.bisect_left(self.date_starts, span[0])
        hi = bisect.bisect_left(self.date_starts, span[1])
        return self.dates[lo:hi]

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
