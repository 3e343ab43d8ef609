"""The pipeline: text or Document -> list[Claim], in document order.

Read top to bottom: check the input; segment; find numbers, dates, quotations and attributions;
assemble figures, stances and statements; return claims sorted by where their evidence starts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
from collections.abc import Sequence
from typing import Any

from .assemble.combined import CombinedPlaces
from .assemble.dating import Dating
from .assemble.figures import FigureMention, find_figures
from .assemble.home_country import bare_government, government_of, home_country
from .assemble.positions import Positions
from .assemble.scene_day import scene_day
from .assemble.sources import RELATIVE, FigureSources
from .assemble.speakers import (
    CueSources,
    list_speakers,
    named_phrases,
    older_attributions,
    quote_speakers,
)
from .assemble.stances import DocScan, document_context
from .attribute.attribution import (
    Attribution,
    Speakers,
    document_tokens,
    find_cues,
    words,
)
from .attribute.coref import ParsedSpeakers
from .attribute.statements import Statement, read_statements
from .compact import Interner, collector_paused, share_field_sets
from .errors import ClaimtrackError, InputError, InternalError
from .find.dates import DateMention, find_date_mentions
from .find.numbers import NumberMention, find_numbers
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
from .syntax.gapping import remnants
from .syntax.parse import Parser, get_parser
from .text.patterns import lazy
from .text.segment import Quotation, QuoteIndex, Sentence, find_quotations, find_sentences

# Larger documents are refused with a clear message rather than run for minutes; the pipeline
# itself is linear, so the limit only guards against feeding it a whole corpus by mistake.
MAX_CHARS = 20_000_000


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
        InternalError: claimtrack failed on the document (a bug; the cause is chained).

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
    with collector_paused():
        try:
            return ClaimList(_Pipeline(doc, lex, parser).run())
        except ClaimtrackError:
            raise
        except Exception as error:  # a bug: still only ClaimtrackErrors leave the library
            where = f" in document {doc.doc_id!r}" if doc.doc_id else ""
            raise InternalError(
                f"claimtrack failed{where} ({type(error).__name__}: {error}); this is a bug, "
                "please report it with the text",
                doc_id=doc.doc_id,
            ) from error


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
        self.sentences: list[Sentence] = []
        self.sentence_starts: list[int] = []
        self.quote_speakers: dict[int, Attribution] = {}
        self.resolved: dict[int, Who | None] = {}
        self.quotes = QuoteIndex([])
        self._hedges_of: dict[Span, tuple[str, ...]] = {}  # a sentence's hedges, read once
        self.words = WordIndex("")  # the document's, once run() has read it
        self.shared = Interner(doc.text)  # evidence strings and sources held once (compact.py)
        self.dating = Dating(doc.text, lexicon, doc.published, [])
        self.combined = CombinedPlaces(doc.text, lexicon)  # the places counts named so far

    def run(self) -> list[Claim]:
        """Find, parse and attribute; each sentence's figures and positions; then the rest.

        The stance claims come once every sentence is read, then one statement per attribution.
        """
        text, lex = self.text, self.lex
        sentences = find_sentences(text, lex)
        quotes = find_quotations(text)
        self.quotes = QuoteIndex(quotes)
        words = self.words = WordIndex(text)  # shared by the scans for numbers, dates, cues...
        numbers = find_numbers(text, lex, words=words)
        dates = find_date_mentions(text, lex, self.doc.published, words=words)
        self.sentences, self.sentence_starts = sentences, [s.span[0] for s in sentences]
        # Every sentence is parsed: coreference needs the people named where nobody speaks.
        self.parses, self.statements = read_statements(
            text, [s.span for s in sentences], [q.span for q in quotes], lex, self.parser,
            self.tokens.of,
        )  # fmt: skip
        self.sources = FigureSources(text, lex, self.statements, self.quotes)
        # stance holders read over tokens take the names the parse splits from titles
        self.speakers = ParsedSpeakers(lex, named_phrases(self.parses, self.statements))
        self.dating = Dating(text, lex, self.doc.published, dates, self.statements)
        scan = DocScan(text, lex, words)
        context = document_context(text, lex, scan)
        attributions = self._older_attributions(quotes)
        lists = list_speakers(text, sentences, attributions)
        positions = Positions(
            text, lex, self.speakers, self.tokens, self.quotes, self.quote_speakers,
            self.resolved, sentences, attribution_at=self._attribution_at,
            date_for=self._date_for, dates_in=self._dates_in, parses=self.parses,
            cue_sources=CueSources(self.statements),
        )  # fmt: skip
        number_starts = [n.span[0] for n in numbers]
        said_by = {s.mention.cue: s.who for s in self.statements if s.who is not None}
        for index, sentence in enumerate(sentences):
            atts = attributions[index]
            for att in atts:
                who = self.speakers.resolve(att.speaker)
                if att.speaker.form == "pronoun":  # "he told reporters": who the parse's
                    who = said_by.get(att.cue, who)  # coreference, over every name, reads
                self.resolved[id(att)] = who
            lo = bisect.bisect_left(number_starts, sentence.span[0])
            hi = bisect.bisect_left(number_starts, sentence.span[1])
            self._figures(index, sentence, numbers[lo:hi])
            positions.read(index, atts, lists.get(index), scan, context)
        home = functools.cache(lambda: home_country(text, lex))  # read once, if needed
        for found in positions.found():
            holder = found.holder
            if holder is not None and bare_government(holder, lex):  # "the government"
                holder = government_of(holder, home())
            self._add(
                found.key, "stance", holder, found.what, found.sentence, found.date,
                stance=found.stance,
            )  # fmt: skip
        for statement in self.statements:
            if statement.mention.states:  # not a count's source, a relayed or a cited one
                self._statement_claim(statement)
        self.claims.sort(key=lambda c: (c.span[0], c.span[1], _natural(c.id)))
        return self.claims

    def _older_attributions(self, quotes: Sequence[Quotation]) -> list[list[Attribution]]:
        """The cue-window reading of every sentence: stance holders still read it."""
        cues = find_cues(self.text, self.lex, self.words)
        starts = [c.start() for c in cues]
        self.sentence_cues = [
            cues[bisect.bisect_left(starts, s.span[0]) : bisect.bisect_left(starts, s.span[1])]
            for s in self.sentences
        ]
        attributions = older_attributions(
            self.text, self.lex, self.sentences, self.quotes, self.sentence_cues, self.tokens,
            self.statements,
        )  # fmt: skip
        self.quote_speakers = quote_speakers(quotes, self.sentences, attributions)
        return attributions

    def _figures(
        self,
        index: int,
        sentence: Sentence,
        numbers: Sequence[NumberMention],
    ) -> None:
        """A sentence's figures, each with its source and its day, as claims."""
        figures = find_figures(
            self.text,
            sentence.span,
            numbers,
            self.lex,
            date_spans=[d.span for d in self.dating.dates_in(sentence.span)],
            words=self.words,
            remnants=remnants(self.parses[index], self.lex),
        )
        opens = index == 0 or self.sentences[index - 1].paragraph != sentence.paragraph
        self.sources.begin(sentence, opens, figures)
        cue_starts = [c.start() for c in self.sentence_cues[index]]
        for k, fig in enumerate(figures):
            if fig.category is None and fig.unit is None:
                continue  # a bare number ("1,1,1", "No. 2") says nothing checkable
            if fig.category is not None:  # "in the two countries": the places named before
                fig = self.combined.scope(fig, sentence.span)
            who, statement, background = self.sources.source(fig, sentence, cue_starts)
            if fig.category is not None:
                fig = self.combined.placed(fig, who)  # "Turkey's agency said", "in the country"
                self.combined.remember(fig)
            date = self.dating.figure(
                fig.span, sentence, index, first=k == 0,
                counted=fig.category is not None, in_passing=background,
                parse=self.parses[index],
                cue=statement.mention.cue if statement is not None else None, source=who,
            )  # fmt: skip
            if date is not None and date.role == "published" and fig.category is not None:
                date = self._scene_day(index, sentence, fig) or date
            part = statement.part if statement is not None else None
            origin = self.sources.origin(who, statement, sentence)
            self._figure_claim(fig, who, sentence, date, part, origin)
        self.sources.end(sentence)

    def _scene_day(self, index: int, sentence: Sentence, fig: FigureMention) -> DateRange | None:
        """The day the sentence before sets, for a count its own event verb tells (scene_day)."""
        before = self.sentences[index - 1] if index else None
        if (
            before is None
            or before.paragraph != sentence.paragraph
            or self.dating.dates_in(sentence.span)
            or fig.category is None
        ):
            return None
        days = self.dating.dates_in(before.span)
        if any(d.start is None or d.end is None or self.dating.future(d) for d in days):
            return None
        found = days and scene_day(
            fig.span, fig.category, self.parses[index], self.parses[index - 1], days, self.lex
        )
        return self.dating.range(found) if found else None

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
        if RELATIVE.search(self.text, window, pos) and not any(
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

    # --- dates -----------------------------------------------------------------------------
    def _date_for(self, pos: int, dates: Sequence[DateMention]) -> DateRange | None:
        return self.dating.date_for(pos, dates)

    def _dates_in(self, span: Span) -> list[DateMention]:
        return self.dating.dates_in(span)

    # --- claims ----------------------------------------------------------------------------
    def _hedges(self, sentence: Sentence) -> tuple[str, ...]:
        # A sentence's hedges are read once, for all its claims (its statements come last).
        kept = self._hedges_of.get(sentence.span)
        if kept is not None:
            return kept
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
                self._hedges_of[sentence.span] = ()
                return ()
        matches = pattern.finditer(sentence.text) if pattern is not None else ()
        found = tuple(dict.fromkeys(m.group().casefold() for m in matches))
        self._hedges_of[sentence.span] = found
        return found

    def _figure_claim(
        self,
        fig: FigureMention,
        who: Who | None,
        sentence: Sentence,
        date: DateRange | None,
        attribution: AttributionPart | None = None,
        origin: Who | None = None,
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
            attribution=attribution, origin=self.shared.who(origin),
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


def _natural(claim_id: str) -> tuple[str | int, ...]:
    """An id's parts with its numbers as numbers: "a21-7" sorts before "a21-16"."""
    return tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(claim_id))


_DIGITS = lazy(r"(\d+)")
