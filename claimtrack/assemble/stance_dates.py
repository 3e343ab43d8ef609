"""The day a stance was stated: the day its clause names, else the day of the words it reports.

:class:`StanceDates` is the stance reader's (:mod:`.positions`) view of the document's dates;
the pipeline's readings of the day of what is said at a position (``date_for``) and of the
dates inside a span (``dates_in``) are handed to it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import regex

from ..attribute.attribution import Attribution
from ..find.dates import DateMention
from ..lexicon import Lexicon
from ..model import DateRange, Span, Who
from ..text.patterns import lazy
from ..text.segment import QuoteIndex, Sentence
from .stance_scope import RELATIVE
from .stances import StanceMention, clauses

__all__ = ["StanceDates"]

# What may stand before a day that opens a sentence: "On Sunday the army ...", "Late Saturday,".
# A statement named before the day opens the sentence too: "In a statement released on Sunday,
# the front said ...", "In a televised address on Monday, Lund said ...".
_OPENING_DAY = lazy(
    r"[\W\d]*(?:in\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|"
    r"speech|address|letter|post|report|briefing|news\s+conference)(?:\s+(?:released|issued|"
    r"published|posted|given|broadcast|aired|made|delivered))?\s+)?"
    r"(?:(?:on|late|early|by|last|this|earlier|later|in|at|since)\s+)*",
    regex.I,
)


# A position told as held before the words that report it: "had (previously) agreed to".
_PLUPERFECT = lazy(r"\bhad\s+(?:\p{L}+ly\s+|already\s+|not\s+|never\s+)*$", regex.I)


def _relative_parts(text: str, own: Span, cue: int) -> tuple[Span, list[Span]]:
    """The part of a clause a cue speaks in, and the relative clauses whose days are not its.

    A cue inside a relative clause takes that clause's day only; a cue outside takes none of
    the days of the relative clauses it holds ("Kestria, which had rejected the truce last
    month, now backs it": "backs" is not of last month).
    """
    inner = [m.span() for m in RELATIVE.finditer(text, own[0], own[1])]
    for part in inner:
        if part[0] <= cue < part[1]:
            return part, []
    return own, inner


class StanceDates:
    """The days of a document's stances (one per document, shared by its sentences)."""

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        quotes: QuoteIndex,
        quote_speakers: dict[int, Attribution],
        resolved: dict[int, Who | None],
        sentences: Sequence[Sentence],
        date_for: Callable[[int, Sequence[DateMention]], DateRange | None],
        dates_in: Callable[[Span], list[DateMention]],
    ) -> None:
        self.text = text
        self.lex = lexicon
        self.quotes = quotes
        self.quote_speakers = quote_speakers
        self.resolved = resolved
        self.sentences = sentences
        self.sentence_starts = [s.span[0] for s in sentences]
        self._date_for = date_for
        self._dates_in = dates_in
        # The clauses of the sentence read last: its stances come one after another.
        self._split: tuple[Span, list[Span]] = ((-1, -1), [])

    def date(
        self, mention: StanceMention, holder: Who, sentence: Sentence, atts: Sequence[Attribution]
    ) -> DateRange | None:
        """The day a position was stated.

        The day named in the stance's clause or in the clause of the verb that reports it
        (not in another clause: "..., but gun battles resumed on Monday"); for a quotation that
        goes on after its speaker is named, the day named with the speaker. A clause whose actor
        is not the speaker ("Duda said on Jan. 11 that ..., and Britain has promised tanks")
        takes only its own day.

        ``role`` tells whether the day is the position's: ``"event"`` for a day the text gives
        the position itself (the holder's act or words: "On Saturday, the government stopped
        short of accepting ...", "Lund said on Monday ..."; or another source's words that tell
        it as holding then: "Lind said on Wednesday that Kestria opposed ..."),
        ``"reported"`` for the day another source told of a position held before ("Biden
        revealed on Wednesday that Netanyahu had agreed ..."), ``"published"`` for the report's.
        """
        att: Attribution | None = None
        for a in atts:
            if a.governs[0] <= mention.topic_span[0] < a.governs[1]:
                att = a
        if att is None and (qi := self.quotes.at(mention.cue_span[0])) is not None:
            quoted = self.quote_speakers.get(qi)
            if quoted is not None and not sentence.span[0] <= quoted.cue[0] < sentence.span[1]:
                k = bisect.bisect_right(self.sentence_starts, quoted.cue[0]) - 1
                day = self._date_for(quoted.cue[0], self._dates_in(self.sentences[k].span))
                return _whose(day, self._other(quoted, holder))
        dates = self._dates_in(sentence.span)
        if self._split[0] != sentence.span:
            self._split = (sentence.span, clauses(self.text, sentence.span))
        parts = self._split[1]
        own = next((c for c in parts if c[0] <= mention.cue_span[0] < c[1]), mention.span)
        part, skipped = _relative_parts(self.text, own, mention.cue_span[0])
        relative = part != own
        own, spans = part, [part]
        dates = [d for d in dates if not any(a <= d.span[0] < b for a, b in skipped)]
        anchor = mention.cue_span[0]
        other = False  # is the day one of another source's words that report the position?
        if att is not None and not relative:
            separate = not own[0] <= att.cue[0] < own[1]
            other = self._other(att, holder)
            if not (separate and other):
                anchor = att.cue[0]
                spans.append(next((c for c in parts if c[0] <= att.cue[0] < c[1]), own))
        chosen = [
            d
            for d in dates
            if any(a <= d.span[0] < b for a, b in spans)
            or (not relative and _OPENING_DAY.fullmatch(self.text, sentence.span[0], d.span[0]))
        ]
        if not chosen:
            reply = att or self._speaker_in(mention.cue_span[0], sentence)
            if reply is not None and self._replies(reply):
                # "Lund replied: ..." after "a heckler confronted Lund on Tuesday"
                day = self._exchange_date(sentence) or self._date_for(anchor, chosen)
                return _whose(day, self._other(reply, holder))
        day = self._date_for(anchor, chosen)
        if not other or att is None or day is None or day.span is None:
            return _whose(day, False)
        # Another source reports the position. A day on the holder's side of the reporting
        # verb is the holder's ("Lind said Kestria had on Monday rejected ...", "On Monday
        # Kestria rejected ..., Lind said"); the verb's day is the position's when the position
        # is told as holding then ("Lind said on Wednesday that Kestria opposed ..."), not when
        # told as held before ("Lind revealed on Wednesday that Kestria had agreed ...").
        at = day.span[0]
        if att.cue[0] < holder.span[0]:
            verbs_day = at < holder.span[1]
        else:
            verbs_day = at > att.cue[0]
        before = _PLUPERFECT.search(
            self.text, max(own[0], mention.cue_span[0] - 40), mention.cue_span[0]
        )
        return _whose(day, verbs_day and before is not None)

    def _other(self, att: Attribution, holder: Who) -> bool:
        """Is the attribution's speaker a source other than the holder?"""
        speaker = self.resolved.get(id(att))
        return speaker is not None and speaker.canonical != holder.canonical

    def _speaker_in(self, pos: int, sentence: Sentence) -> Attribution | None:
        """The speaker of the quotation at ``pos``, when named in the same sentence."""
        qi = self.quotes.at(pos)
        quoted = self.quote_speakers.get(qi) if qi is not None else None
        if quoted is not None and sentence.span[0] <= quoted.cue[0] < sentence.span[1]:
            return quoted
        return None

    def _replies(self, att: Attribution) -> bool:
        """Is the attribution's verb one of replying ("replied", "answered")?"""
        replies = self.lex.memo(
            "stance.replies", lambda lex: frozenset(r.casefold() for r in lex.holders.replies)
        )
        return self.text[att.cue[0] : att.cue[1]].casefold() in replies

    def _exchange_date(self, sentence: Sentence) -> DateRange | None:
        """The day named in the sentence before, in the same paragraph: the exchange's day."""
        k = bisect.bisect_right(self.sentence_starts, sentence.span[0]) - 1
        if k < 1 or self.sentences[k - 1].paragraph != sentence.paragraph:
            return None
        before = self.sentences[k - 1]
        dates = self._dates_in(before.span)
        return self._date_for(before.span[1], dates) if dates else None


def _whose(day: DateRange | None, reported: bool) -> DateRange | None:
    """A stated day as the holder's own (``event``) or as another source's (``reported``)."""
    if day is None or day.role == "published" or reported:
        return day
    return day.model_copy(update={"role": "event"})
