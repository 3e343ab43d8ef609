"""The date of a claim: the day a count is reported for, the day a statement was made.

One :class:`Dating` per document holds its date mentions (from :mod:`claimtrack.find.dates`)
and answers, for a figure or a statement, which of them dates it, else the publication date
(``../shared/eval/FORMAT.md``: "usually the day named in the sentence, else the publication
date"). Days of events ("the attack on October 7", "Saturday's quake") and days after
publication (nothing is counted or said then) date no claim.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

import regex

from ..attribute.according import document_heads
from ..attribute.statements import Statement
from ..find.dates import DateMention
from ..lexicon import Lexicon, term_pattern
from ..model import DateRange, Span, Who
from ..syntax.structure import SentenceParse
from ..text.patterns import lazy
from ..text.segment import Sentence
from .dateattach import (
    GAP_BREAK,
    OTHER_NUMBER_DAY,
    before_verb,
    closes_clause,
    current,
    cut_off_day,
    event_day,
    fronted_when,
    on_document,
    on_noun,
    on_saying,
    only_day,
    past_year,
    verb_after,
    when_of,
)
from .day_reach import describes_count, on_host, passing_day, verb_reaches

# A statement or report released on a day: that day is when it spoke, not an event's.
_DOCUMENT_RELEASED = lazy(
    r"(?i)\b(?:statement|report|video|letter|message|bulletin|update)\s+(?:was\s+)?"
    r"(?:released|issued|published)\s+(?:on\s+)?$"
)
# Right between a number and its day: "96 on Monday".
_OWN_DAY = lazy(r"[^\S\n]++on[^\S\n]++")
_WHEN = lazy(r",?\s+when\b")
# The word before a verb: "a report released".
_LAST_WORD = lazy(r"(\w+)\s+$")
# Two days joined into one stretch: "on Monday and Tuesday", "Monday to Wednesday".
_JOINED_DAYS = lazy(r"\s*(?:and|to|through|-|\u2013)\s*", regex.I)
# A part of a count already given: "169 of the dead", "2,403 of the injured", "nine of them".
_PARTITIVE = lazy(r"\bof\s+(?:the|them|those|these)\b", regex.I)
# Between a figure and "its" date there is no other number and no new clause.
# A predicate and its count coordinated after a count: " people and wounded 1,835".
_COORDINATED_COUNT = lazy(r"(?:\s+\p{Ll}+)?\s+and\s+\p{Ll}+\s+\d[\d,.]*(?:\s+(?:people|others))?")


# Between a day that opens a clause and its verb of saying: the subject only ("On Friday the
# ministry said").
_OPENS_CLAUSE = lazy(r"[^\S\n]++(?:the[^\S\n]++)?(?:[\p{L}'\u2019.-]++[^\S\n]++){1,4}")


class Dating:
    """The dates of one document's claims.

    Args:
        text: the document.
        lexicon: supplies the event cues (``reporting.event_cues``).
        published: the publication date, or None.
        dates: every date mention of ``text``, sorted by start.
        statements: the document's statements (who said what, read from structure), for the
            sources a sentence names.
    """

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        published: dt.date | None,
        dates: list[DateMention],
        statements: Sequence[Statement] = (),
    ) -> None:
        self.text = text
        self.lex = lexicon
        self.published = published
        self.dates = dates
        self.starts = [d.span[0] for d in dates]
        self.events = lexicon.memo(
            "dating.events",
            lambda lex: frozenset(w.casefold() for w in lex.dates.words.event_nouns),
        )
        self._ranges: dict[DateMention, DateRange] = {}
        # Whether the mention at a span dates an event: asked again for each figure beside it.
        self._events: dict[Span, bool] = {}
        self._nouns: dict[Span, bool] = {}  # does the date at a span modify a noun?
        self._published_range = (
            None
            if published is None
            else DateRange(start=published, end=published, granularity="day", role="published")
        )
        # The day of the last count read from the text, for "169 of the dead" after it, and
        # the index of its sentence: only the sentence right after a count refers to it.
        self.last_dated: DateRange | None = None
        self.last_dated_at = -2
        self.last_paragraph = -1
        # The day of the last report a count was told from ("the NDMA said in its report on
        # Tuesday"): the counts told from it later, without a day of their own, are as of it.
        self.report: DateRange | None = None
        self.report_source: str | None = None
        said = sorted((st.mention.cue[0], st.who.canonical) for st in statements if st.who)
        self._said_at = [at for at, _ in said]
        self._said_by = [who for _, who in said]

    def dates_in(self, span: Span) -> list[DateMention]:
        """The date mentions that begin inside ``span``."""
        lo = bisect.bisect_left(self.starts, span[0])
        hi = bisect.bisect_left(self.starts, span[1])
        return self.dates[lo:hi]

    def figure(
        self,
        fig: Span,
        sentence: Sentence,
        index: int,
        *,
        first: bool,
        counted: bool,
        in_passing: bool = False,
        parse: SentenceParse | None = None,
        cue: Span | None = None,
        source: Who | None = None,
    ) -> DateRange | None:
        """The date of the figure at ``fig`` in sentence number ``index``; keeps the last count.

        ``first``: the sentence's first figure; ``counted``: the figure has a category, so a
        partitive count after it ("169 of the dead") takes its date; ``parse``: the sentence's
        structure, which tells a day of the predicate from a day of a noun; ``cue``: the verb
        of the statement whose content holds the figure, read from that structure; ``source``:
        who gives the figure.
        """
        if first and self.last_dated_at < index - 1 and sentence.paragraph != self.last_paragraph:
            self.last_dated = None  # "Five of the dead were teenagers": of a count in the paragraph
        dates = self.dates_in(sentence.span)
        report = self.report
        date = self.figure_date(fig, sentence, dates, in_passing, parse, cue)
        if self.report is not report:
            self.report_source = source.canonical if source is not None else None
        elif (
            date is self._published_range
            and report is not None
            and self._from_report(source, sentence, parse)
            and not any(self._own(d, parse, dates) for d in dates)
        ):
            # "Of the dead, 638 were in Sindh, the report said": a count its source gives
            # later, without a day of its own, is as of the day of that source's report
            date = report
        if date is not None and current(date, self._published_range):
            date = self._published_range  # "this week, 6,900 residents": as of the report
        if counted and date is not None and date.text is not None:
            self.last_dated, self.last_dated_at = date, index
            self.last_paragraph = sentence.paragraph
        return date

    def figure_date(
        self,
        fig: Span,
        sentence: Sentence,
        dates: Sequence[DateMention],
        in_passing: bool = False,
        parse: SentenceParse | None = None,
        cue: Span | None = None,
    ) -> DateRange | None:
        """The day a count is reported for.

        In order: a cut-off ("through Sunday", "between April 15 and Tuesday"); a day right after
        the figure ("rose to 3,432 on Monday"); a day between the subject and the verb before
        the figure ("city workers on Thursday buried 100 victims"); a day right after the
        reporting verb ("said on Tuesday that 45 ..."); a day that opens the sentence ("Late
        Saturday, police said ..."); else the publication date. Days of events ("the attack on
        October 7", "Saturday's quake", "the April 18 protest"), of other things ("the months
        from May through July") and of other numbers ("up from 5,982 a week earlier") are not.
        """
        text = self.text
        resolved = [
            d
            for d in dates
            if d.start is not None
            and d.end is not None
            and not self.future(d)
            and (parse is None or not self._on_noun(parse, d, dates))
            and (parse is None or not describes_count(parse, fig, d.span))
        ]
        if in_passing and (passing := passing_day(text, fig, resolved)) is not None:
            return self.range(passing)
        usable = [d for d in resolved if not self.event_date(d)]
        for mention in usable:  # "By Tuesday, 99 had died, up from 96 on Monday": 96's own day
            if 0 <= mention.span[0] - fig[1] <= 4 and _OWN_DAY.fullmatch(
                text, fig[1], mention.span[0]
            ):
                return self.range(mention)
        cut_off = cut_off_day(text, resolved, sentence, fig)
        if cut_off is not None:
            return self.range(cut_off)
        if (fronted := fronted_when(text, sentence.span, fig, usable)) is not None:
            return self.range(fronted)  # "When a bus plunged ... on Thursday, 19 were killed"
        after = self._day_after(fig, usable, parse, cue)
        if after is not None:
            return after
        if (struck := event_day(text, fig, usable)) is not None:
            return self.range(struck)  # "18 were killed when shells struck ... on Monday"
        if (when := when_of(text, fig, resolved)) is not None:
            return self.range(when)  # "from 150 on Monday, when the county reported 11"
        if parse is not None:
            for mention in resolved:
                if mention not in usable and not before_verb(parse, mention.span, participle=False):
                    continue  # an event's day, unless a participle of the subject's ("released")
                if OTHER_NUMBER_DAY.search(text, max(0, mention.span[0] - 24), mention.span[0]):
                    continue  # "up from 5,894 on Tuesday evening, and said 49,133": 5,894's day
                verb = verb_after(parse, mention.span)
                if verb is not None and verb_reaches(text, verb, fig):
                    return self.range(mention)  # "city workers on Thursday buried 100 victims"
        part = _PARTITIVE.search(text, fig[0], fig[1] + 8)
        if part and "," not in text[fig[1] : part.start()] and self.last_dated is not None:
            # "the ministry said 169 of the dead were in Khartoum": part of the count just given.
            return self.last_dated
        # (a day on the verb of saying is the statement's, whatever the verb: "released")
        if (past := past_year(self.text, self.published, dates, fig)) is not None:
            return self.range(past)  # "In 2019, a similar quake killed 230": that year's count
        # the count's own predicate before the saying: "opened fire on Sunday, killing 11,
        # police said on Monday" is Sunday's count
        hosts = [m for m in usable if parse is not None and on_host(parse, fig, m.span)]
        if hosts:
            return self.range(hosts[0])
        said = self._said_on(resolved if parse is not None else usable, cue, parse, fig)
        if said is not None:
            if said[1]:  # "said in its daily report on Tuesday": the report's day
                self.report = self.range(said[0])
            return self.range(said[0])
        hosted = self._hosted(fig, sentence, usable, dates, parse)
        if hosted is not None:
            return hosted
        day = only_day(self.text, fig, usable)
        return self.range(day) if day is not None else self._published_range

    def _day_after(
        self,
        fig: Span,
        usable: Sequence[DateMention],
        parse: SentenceParse | None,
        cue: Span | None = None,
    ) -> DateRange | None:
        """A day right after the figure: "rose to 3,432 on Monday", "and wounded 185 on Monday".

        With days joined, the later: "killed ... on Monday and Tuesday". Farther, a day that
        closes the figure's clause (:func:`closes_clause`). Not past the verb of saying
        ``cue``, whose day is the statement's.
        """
        text = self.text
        for k, mention in enumerate(usable):
            if cue is not None and fig[1] <= cue[0] and cue[1] <= mention.span[0]:
                break  # ", police said on Sunday": the saying's day (see _said_on)
            gap = text[fig[1] : mention.span[0]]
            if mention.granularity == "year":
                continue  # "displaced this year": the period counted, not the day of the count
            # "killed 558 people and wounded 1,835 across Kell on Monday": the day of both
            shared = _COORDINATED_COUNT.match(gap)
            rest = gap[shared.end() :] if shared is not None else gap
            if mention.span[0] >= fig[1] and (
                (len(gap) <= 60 and len(rest) <= 40 and not GAP_BREAK.search(rest))
                or (
                    parse is not None
                    and closes_clause(parse, fig, mention.span)
                    and not self.dates_in((fig[1], mention.span[0]))  # "in 2012 and ..."
                    # "rose to 2,394 from 2,367 last Friday": the day of the number before it
                    and not OTHER_NUMBER_DAY.search(
                        text, max(fig[1], mention.span[0] - 24), mention.span[0]
                    )
                )
            ):
                # "killed ... on Monday and Tuesday": the count runs to the later day.
                while k + 1 < len(usable) and _JOINED_DAYS.fullmatch(
                    text, usable[k].span[1], usable[k + 1].span[0]
                ):
                    k += 1
                return self.range(usable[k])
        return None

    def _hosted(
        self,
        fig: Span,
        sentence: Sentence,
        usable: Sequence[DateMention],
        dates: Sequence[DateMention],
        parse: SentenceParse | None,
    ) -> DateRange | None:
        """The day of the clause that hosts the count or of the document that gives it.

        Failing those, a day that opens the sentence ("Late Saturday, police said ...").
        """
        if parse is not None:
            documented = self._documented(parse, fig, dates)
            if documented is not None:
                return self.range(documented)  # "The ministry's update of May 6 put the toll"
        for mention in usable:
            head = self.text[mention.span[1] : fig[0]]
            if mention.span[0] - sentence.span[0] < 30 and "," in head:
                return self.range(mention)
        return None

    def _from_report(
        self, source: Who | None, sentence: Sentence, parse: SentenceParse | None
    ) -> bool:
        """Is a count told from the last dated report: by its source, or by "the report"?

        A count with no source of its own is the report's when its sentence names the report
        or its source elsewhere: "..., according to the report" after a list of counts, "the
        report showed: 8,321 in Sindh, ...".
        """
        if source is not None:
            return self._reports(source.canonical)
        lo = bisect.bisect_left(self._said_at, sentence.span[0])
        hi = bisect.bisect_left(self._said_at, sentence.span[1])
        named = self._said_by[lo:hi]
        if parse is not None:
            for clause in parse.clauses:  # "the report showed": a document as a subject
                subject = clause.subject
                if subject is not None and parse.words[subject.first].tag == "DET":
                    named.append(parse.words[subject.head].text.casefold())
        return any(self._reports(name) for name in named)

    def _documented(
        self, parse: SentenceParse, fig: Span, dates: Sequence[DateMention]
    ) -> DateMention | None:
        """The day of a document named before the count that dates it ("its May 6 update")."""
        for mention in dates:
            if mention.start is None or self.future(mention) or mention.span[1] > fig[0]:
                continue
            k = on_document(parse, mention.span, document_heads(self.lex))
            if k is not None and parse.words[k].end <= fig[0]:
                return mention
        return None

    def _reports(self, name: str) -> bool:
        """Does ``name`` name the last dated report's source, its acronym, or a report?"""
        nouns = self.lex.memo(
            "dating.count_nouns",
            lambda lex: frozenset(n.casefold() for n in lex.reporting.count_nouns),
        )
        source = self.report_source
        if name in nouns or source is not None and name == source:
            return True
        # "the NDMA" after "the National Disaster Management Authority (NDMA)"
        words = source.split() if source is not None else []
        return len(words) > 1 and name == "".join(w[0] for w in words)

    def _on_noun(
        self, parse: SentenceParse, mention: DateMention, dates: Sequence[DateMention]
    ) -> bool:
        """:func:`on_noun`, read once per mention (a sentence's figures ask about each date)."""
        found = self._nouns.get(mention.span)
        if found is None:
            spans = [d.span for d in dates]
            found = self._nouns[mention.span] = on_noun(parse, mention.span, spans, self.events)
        return found

    def _own(
        self, mention: DateMention, parse: SentenceParse | None, dates: Sequence[DateMention]
    ) -> bool:
        """Is ``mention`` a day the count may be as of: resolved, not of a noun, not an event's?

        ("since June 14" starts what is counted; it is no day of the count.)
        """
        return (
            mention.start is not None
            and not self.future(mention)
            and not self.event_date(mention)
            and (parse is None or not self._on_noun(parse, mention, dates))
        )

    def _said_on(
        self,
        dates: Sequence[DateMention],
        cue: Span | None,
        parse: SentenceParse | None,
        fig: Span,
    ) -> tuple[DateMention, bool] | None:
        """A day on the verb of saying: "said on Tuesday", "said in its report on Tuesday".

        Not a day past the figure when the figure follows the verb ("said on Tuesday that 9
        people died in Sunday's blast" is Tuesday's). A day that opens the verb's clause is
        its day too: "On Friday the ministry said 300 had died".
        Returns the day and whether it is the day of a report named between the verb and it.
        """
        verbs = [cue] if cue is not None else []
        # "..., Lind said, up from 96 on Monday": the day of the other number, not the verb's
        dates = [
            d
            for d in dates
            if not OTHER_NUMBER_DAY.search(self.text, max(0, d.span[0] - 24), d.span[0])
        ]
        if cue is not None and cue[1] <= fig[0]:
            dates = [d for d in dates if d.span[0] < fig[0]]
            for mention in dates:
                if mention.span[1] <= cue[0] and _OPENS_CLAUSE.fullmatch(
                    self.text, mention.span[1], cue[0]
                ):
                    return mention, False
        if parse is not None:
            for said in verbs:
                for mention in dates:
                    if on_saying(parse, said[1], mention.span):
                        return mention, True
        for said in verbs:
            for mention in dates:
                if 0 <= mention.span[0] - said[1] <= 25:
                    # "a report released on Saturday": the verb's subject names the report
                    return mention, self._reports(self._word_before(said[0]))
        return None

    def _word_before(self, pos: int) -> str:
        found = _LAST_WORD.search(self.text, max(0, pos - 30), pos)
        return found.group(1).casefold() if found is not None else ""

    def date_for(self, pos: int, dates: Sequence[DateMention]) -> DateRange | None:
        """The day of what is said at ``pos``: the nearest usable date, else publication.

        The current week or month ("this week") is the day of publication, as for a count.

        Not usable: days of events ("the attack on October 7"), unless a "when" clause follows
        ("Jan. 30, when Biden answered"), and days after publication ("due on Sunday").
        """
        usable: list[DateMention] = []
        for mention in dates:
            if mention.start is None or mention.end is None or self.future(mention):
                continue
            if self.event_date(mention) and not _WHEN.match(
                self.text, mention.span[1], mention.span[1] + 20
            ):
                continue
            usable.append(mention)
        if usable:
            best = self.range(min(usable, key=lambda m: (abs(m.span[0] - pos), m.span[0])))
            # "said this week that ...": the current week holds the day of the report
            return self._published_range if current(best, self._published_range) else best
        return self._published_range

    def future(self, mention: DateMention) -> bool:
        """Does the mention begin after publication? Nothing is said or counted then."""
        published = self.published
        return published is not None and mention.start is not None and mention.start > published

    def event_date(self, mention: DateMention) -> bool:
        """Is this the date of an event ("the attack on October 7") rather than of a report?"""
        found = self._events.get(mention.span)
        if found is None:
            found = self._events[mention.span] = self._event_cue_before(mention.span)
        return found

    def _event_cue_before(self, span: Span) -> bool:
        pattern = self.lex.memo(
            "extract.event_cues",
            lambda lex: term_pattern(
                r"(?<![\p{L}])\L<t>(?:\s+on|\s+of|\s+the|-|\s)*$", lex.reporting.event_cues
            ),
        )
        before = self.text[max(0, span[0] - 25) : span[0]]
        if _DOCUMENT_RELEASED.search(before):
            return False  # "a statement released on Sunday": the words' day, no event's
        return bool(pattern is not None and pattern.search(before)) or self.text.startswith(
            ("'s", "\u2019s"), span[1]
        )

    def range(self, mention: DateMention) -> DateRange:
        """The reported date a mention names (one model per mention, shared by its claims)."""
        found = self._ranges.get(mention)
        if found is None:
            found = self._ranges[mention] = reported(mention)
        return found


def reported(mention: DateMention) -> DateRange:
    """A resolved mention as the reported date of a claim."""
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
