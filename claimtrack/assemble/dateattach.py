"""Where a date hangs in its sentence: on a noun, or on the predicate of its clause.

Read from the sentence parse (:class:`~claimtrack.syntax.SentenceParse`: word classes and noun
phrases), not from the characters around the date:

- on a noun: a date between a determiner and its noun ("the April 18 protest", "its Jan. 5
  report"), a date with "'s" before a noun ("Saturday's storm"), or a date in a prepositional
  phrase after a noun of an event or a period ("the storm on Saturday", "the six months from
  September 2017 through February 2018": the second date hangs where the first does). Such a
  date is the day of that thing, not of a count told in the clause. After any other noun a
  prepositional phrase belongs to the verb: "killed 33 people on April 20";
- before the predicate: a date between the subject and its verb ("city workers on Thursday
  buried 100 victims", "The ministry on Monday put the toll at 57"): the day of that verb.

    >>> from claimtrack.lexicon import load_lexicon
    >>> from claimtrack.syntax import get_parser
    >>> text = "Police said 12 people arrested at the April 18 protest were freed."
    >>> parse, = get_parser(None).parse(text, [(0, len(text))], [], load_lexicon())
    >>> start = text.index("April")
    >>> on_noun(parse, (start, start + len("April 18")), [], frozenset())
    True
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

import regex

from ..find.dates import DateMention
from ..model import DateRange, Span
from ..syntax.structure import DASHES, SentenceParse, Word
from ..text.patterns import lazy
from ..text.segment import Sentence

# What a day before a count may not reach across: a number, a bracket, a subordinate or
# relative clause ("since", "which", "who").
GAP_BREAK = lazy(
    r"[\d;()]|\b(?:since|from|after|before|when|which|while|who|whom|whose|where)\b", regex.I
)
# A day right after another number: that number's ("up from 5,894 on Tuesday").
OTHER_NUMBER_DAY = lazy(
    r"\d[\d,.]*+(?:[^\S\n]++\p{Ll}++)?[^\S\n]++(?:on|as[^\S\n]++of)?[^\S\n]*+\Z"
)
_IN_YEAR = lazy(r"(?:[^\S\n]++\p{L}++){0,2}[^\S\n]++in[^\S\n]++", regex.I)
_SINCE = lazy(r"(?i)(?<!\w)(?:since|from|between|until|till|through)[^\S\n]++\Z")

# Nouns of a stretch of time, which a prepositional date after them bounds: "the six months
# from September through February" (an English closed class; events are the lexicon's).
_PERIODS = frozenset("day days week weeks month months year years period hours weekend".split())
# Nouns of a time of day, which a day names with it: "Monday night" is a day, not a thing.
_TIMES_OF_DAY = frozenset(
    "morning afternoon evening night midday noon midnight dawn dusk overnight time".split()
)
# Words of a chain of noun phrases: "an attack on a refugee camp in Gaza".
_NOMINAL = frozenset(("NOUN", "PROPN", "ADP", "DET", "ADJ", "NUM"))
# Prepositions that open a stretch whose end a second date gives: "from May 2 through May 9".
_RANGE_OPENERS = frozenset(("from", "between"))
_PARTITIVES = frozenset(("them", "those", "these", "whom"))
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def words_of(parse: SentenceParse, span: Span) -> tuple[int, int] | None:
    """The first and last word of ``parse`` inside ``span``, or None."""
    words = parse.words
    first = bisect.bisect_left(words, span[0], key=_start)
    last = bisect.bisect_right(words, span[1], key=_end) - 1
    return (first, last) if first <= last else None


def _start(word: Word) -> int:
    return word.start


def _end(word: Word) -> int:
    return word.end


def on_noun(
    parse: SentenceParse, span: Span, others: Sequence[Span], events: frozenset[str]
) -> bool:
    """Does the date at ``span`` modify a noun rather than the predicate of its clause?

    ``others``: the spans of the sentence's other dates, for "from May 2 through May 9";
    ``events``: nouns of events (``dates.words.event_nouns``), case-folded.
    """
    found = words_of(parse, span)
    if found is None:
        return False
    first, last = found
    words = parse.words
    after = words[last + 1] if last + 1 < len(words) else None
    if after is not None and _noun(parse, last + 1, events) and after.lemma not in _TIMES_OF_DAY:
        before = words[first - 1] if first > 0 else None
        if words[last].text.endswith(_POSSESSIVE) or (
            before is not None and (before.tag == "DET" or before.text.endswith(("'s", "\u2019s")))
        ):
            return True  # "the April 18 protest", "Saturday's storm", "its Jan. 5 report"
    if before_verb(parse, span):
        # "An attack on a camp this week killed dozens": the day of the subject's event
        return _event_in_subject(parse, first, events)
    k = first - 1
    while k >= 0 and words[k].tag == "DET":
        k -= 1
    if k < 1 or words[k].tag != "ADP":
        return False
    head = words[k - 1]
    for other in others:
        if other != span and other[0] <= head.start and head.end <= other[1]:
            # "from May 2 through May 9": the second date hangs where the first does
            opened = words_of(parse, other)
            return (
                opened is not None
                and opened[0] > 0
                and words[opened[0] - 1].lemma in _RANGE_OPENERS
                and on_noun(parse, other, others, events)
            )
    word = head.text.casefold()
    return head.tag == "NOUN" and (word in events or word in _PERIODS)


def on_document(parse: SentenceParse, span: Span, documents: frozenset[str]) -> int | None:
    """The document noun the date at ``span`` dates, if any: its word's index.

    "its April 26 update", "the update of April 26": the day the document gave its counts.
    """
    found = words_of(parse, span)
    if found is None:
        return None
    first, last = found
    words = parse.words
    if last + 1 < len(words) and words[last + 1].text.casefold() in documents:
        return last + 1
    if first >= 2 and words[first - 1].lemma == "of":
        if words[first - 2].text.casefold() in documents:
            return first - 2
    return None


def _noun(parse: SentenceParse, k: int, events: frozenset[str]) -> bool:
    """Is word ``k`` a noun: so tagged, an event noun, or a verb form before a verb?

    ("the Jan. 5 report listed": two verbs side by side make the first a noun.)
    """
    words = parse.words
    if words[k].tag == "NOUN" or words[k].text.casefold() in events:
        return True
    return words[k].tag == "VERB" and k + 1 < len(words) and words[k + 1].tag in ("VERB", "AUX")


def _event_in_subject(parse: SentenceParse, first: int, events: frozenset[str]) -> bool:
    """Is there a noun of an event in the noun phrases right before word ``first``?"""
    k = first - 1
    # (a word inside a noun phrase is a noun whatever its tag: "An attack", read as a verb)
    while k >= 0 and (parse.words[k].tag in _NOMINAL or parse.phrase_at(k) is not None):
        word = parse.words[k]
        if word.text.casefold() in events and (word.tag == "NOUN" or parse.phrase_at(k)):
            return True
        k -= 1
    return False


def before_verb(parse: SentenceParse, span: Span, *, participle: bool = True) -> bool:
    """Is the date between a subject and its verb: "city workers on Thursday buried 100"?

    Or on a participle that describes the subject: "A report released on Monday put the toll
    at 40" (the report's day); ``participle=False`` asks for that reading only.
    """
    found = words_of(parse, span)
    if found is None:
        return False
    first, last = found
    words = parse.words
    k = first - 1
    while k >= 0 and words[k].tag in ("DET", "ADP", "ADV"):
        k -= 1  # "on", "late on", "early"
    if k > 0 and _describing(parse, k):
        k -= 1
    elif not participle:
        return False
    return (
        k >= 0
        and (words[k].tag in ("NOUN", "PROPN", "PRON") or parse.phrase_at(k) is not None)
        and last + 1 < len(words)
        and words[last + 1].tag in ("VERB", "AUX")
    )


def _describing(parse: SentenceParse, k: int) -> bool:
    """Whether word ``k`` is a bare participle that describes the noun before it."""
    return any(
        c.kind == "relative" and c.verb is not None and c.verb.first == c.verb.head == k
        for c in parse.clauses
    )


def on_saying(parse: SentenceParse, cue_end: int, span: Span) -> bool:
    """Does the date hang on the saying that ends at ``cue_end``, past the phrase it opens?

    "said in its daily situation report on Tuesday", "said in a report released on Saturday
    night": between the verb and the date only a prepositional phrase and its participle, no
    comma, no new clause.
    """
    between = [k for k, w in enumerate(parse.words) if cue_end <= w.start and w.end <= span[0]]
    if len(between) < 2 or parse.words[between[0]].tag != "ADP" or span[0] - cue_end > 80:
        return False  # (not "said on Tuesday": no phrase between)
    # (a word in a noun phrase or after a determiner is a noun whatever its tag: "its daily
    # situation report", "a report"; a verb form in -ed is the participle: "released")
    words = parse.words
    return all(
        words[k].tag in _NOMINAL
        or parse.phrase_at(k) is not None
        or words[k].tag == "VERB"
        and (words[k].text.endswith("ed") or words[k - 1].tag == "DET")
        for k in between
    )


def verb_after(parse: SentenceParse, span: Span) -> int | None:
    """The start of the word right after the date, when :func:`before_verb` holds."""
    found = words_of(parse, span)
    if found is None or not before_verb(parse, span):
        return None
    return parse.words[found[1] + 1].start


def closes_clause(parse: SentenceParse, fig: Span, span: Span) -> bool:
    """Is the date a modifier at the end of the figure's clause?

    "killed 14 people in Dovra and nine in the town of Selk on Sunday": the day is the
    predicate's, so of every count it governs; "Twelve hostages, including five children,
    were freed on Thursday": of the count's own predicate, one run of verbs. Not past a second
    verb, a pronoun or a subordinate clause ("14 people, who had fled on Sunday", "14 died and
    rescuers searched on Sunday"), a comma (", the agency said in its report on Tuesday": the
    saying's day), a bracket, nor past a dozen words.
    """
    found = words_of(parse, (fig[1], span[0]))
    if found is None:
        return False
    first = found[0]
    between = parse.words[first : found[1] + 1]
    if between and between[0].text == ",":  # past an aside: ", including five children,"
        close = next((i for i, w in enumerate(between) if i and w.text == ","), None)
        first += close + 1 if close is not None else 0
        between = between[close + 1 :] if close is not None else between
    if len(between) > 2 and between[0].lemma == "of" and between[1].lemma in _PARTITIVES:
        first += 2  # "eight of them were still held on Sunday": the count's own clause
        between = between[2:]
    verbs = [first + i for i, w in enumerate(between) if w.tag in ("VERB", "AUX")]
    return (
        len(between) <= 16
        and (not verbs or _one_group(parse, verbs))
        and not any(
            w.tag in ("SCONJ", "PRON") or w.text in (",", ";", "(", ")", ":", *DASHES)
            for w in between
        )
    )


def _one_group(parse: SentenceParse, verbs: Sequence[int]) -> bool:
    """Are the verb words ``verbs`` one verb group: "were still being held", "had died"?"""
    return any(g.first <= verbs[0] and verbs[-1] <= g.last for g in parse.verbs) or (
        verbs[-1] - verbs[0] == len(verbs) - 1 <= 2
    )


def past_year(
    text: str, published: dt.date | None, dates: Sequence[DateMention], fig: Span
) -> DateMention | None:
    """A year before the publication's that dates the count's clause, not a period's start.

    "In 2019, a similar quake killed 230 people", "The 2015 quake killed 9,000": a count
    of a past event is that year's, never today's ("since 2019" starts a period).
    """
    for mention in dates:
        if (
            mention.granularity == "year"
            and mention.start is not None
            and published is not None
            and mention.start.year < published.year
            and not _SINCE.search(text, max(0, mention.span[0] - 12), mention.span[0])
            and (
                # before the count ("In 2019, ...", "The 2015 quake killed"), or right
                # after its noun ("killed 230 people in 2019"), not in a clause of its own
                not GAP_BREAK.search(text, mention.span[1], fig[0])
                if mention.span[1] <= fig[0]
                else _IN_YEAR.fullmatch(text, fig[1], mention.span[0]) is not None
            )
        ):
            return mention
    return None


# Words that open a clause of its own between a count and a day: not the count's day.
# What opens a part of the count before it: "including 21 killed in a strike on Oct. 28".
_PART_OPENS = lazy(r"\b(?:including|among\s+(?:them|whom))\b", regex.I)
_CLAUSE_WORDS = lazy(
    r"\b(?:since|from|after|before|when|which|while|who|whom|whose|where|that|because|"
    r"although|until)\b|,\s*(?:and|but)\b",
    regex.I,
)
_RELATIVE_WORDS = lazy(r"\b(?:which|who|whom|whose|where)\b", regex.I)


def current(date: DateRange, published: DateRange | None) -> bool:
    """Whether a stretch is the current one ("this week"), holding the day of publication.

    Not "earlier this month": a day before it, named by its month.
    """
    return (
        published is not None
        and date.granularity != "day"
        and (date.text or "").casefold().startswith("this ")
        and date.start <= published.start <= date.end
    )


# The rest of a count's clause, then a "when" clause up to a day: "18 were killed when shells
# struck a market in Velk on (Monday)", with no comma or other clause between.
# A sub-count or a source set off by commas may stand between ("Eleven people, four of them
# children, were killed when ...", "Eleven people, officials said, were killed when ..."), and
# a sub-count's own rest of apposition ("four (of them children,) were").
_APPOSED = (
    r"(?:[^\S\n]*+,[^,;:.!?\n]{0,40}?\b(?:of\s+them|of\s+whom|including|among\s+them|said|"
    r"says|told)\b[^,;:.!?\n]{0,40}?,|[^\S\n]++(?:of\s+them|of\s+whom)\b[^,;:.!?\n]{0,40}?,)?"
)
_WHEN_EVENT = lazy(_APPOSED + r"[^,;:.!?\n\d]{0,60}?\bwhen\b[^,;:.!?\n\d]{0,80}?\bon\s+", regex.I)
# The same past a count coordinated with it, whose "when" clause is both counts': "Six people
# died and 40 were treated when fire broke out ... on (Monday)".
_WHEN_BOTH = lazy(
    r"[^,;:.!?\n\d]{0,30}?\band\s[^,;:.!?\n]{0,60}?\bwhen\b[^,;:.!?\n\d]{0,80}?\bon\s+",
    regex.I,
)


def event_day(text: str, fig: Span, usable: Sequence[DateMention]) -> DateMention | None:
    """The day a "when" clause after the count gives what happened: the count's own day.

    "At least 18 people were killed when shells struck a market in Velk on Monday" is Monday's
    count, whenever the report is, and so is a count coordinated before it ("Four soldiers were
    killed and nine wounded when their convoy hit a mine on Saturday"); a month ("when the
    quake struck last month") is no day.
    """
    for m in usable:
        if m.span[0] >= fig[1] and m.granularity == "day":
            if _WHEN_EVENT.fullmatch(text, fig[1], m.span[0]) is not None:
                return m
            if _WHEN_BOTH.fullmatch(text, fig[1], m.span[0]) is not None:
                return m
            return None
    return None


def when_of(text: str, fig: Span, usable: Sequence[DateMention]) -> DateMention | None:
    """The day a "when" clause holding the count refers back to (its day, not the report's).

    "... from 150 on Monday, when the county had reported 11 deaths": Monday's 11.
    """
    for day in usable:
        if day.span[1] <= fig[0] and _WHEN_AFTER.match(text, day.span[1], fig[0]):
            return day
    return None


def fronted_when(
    text: str, sentence: Span, fig: Span, usable: Sequence[DateMention]
) -> DateMention | None:
    """The day of a "when" clause that opens the sentence, for the count of its main clause.

    "When a bus plunged into a ravine on Thursday, 19 passengers were killed, police said on
    Friday": Thursday's count. Only a clause that opens the sentence and ends at its first
    comma, with the count after that comma and no semicolon between.
    """
    opening = _FRONTED_WHEN.match(text, sentence[0], fig[0])
    if opening is None or ";" in text[opening.end() : fig[0]]:
        return None
    days = [m for m in usable if m.granularity == "day" and m.span[1] <= opening.end()]
    return days[-1] if days else None


# "When ..., ": a clause of "when" that opens a sentence, to its first comma.
_FRONTED_WHEN = lazy(r"[^\S\n]*+when\b[^,;.:!?]*+,", regex.I)
# A "when" clause that opens right after a day and runs on to the count, in one stretch.
_WHEN_AFTER = lazy(r"[^\S\n]*+,[^\S\n]*+when\b[^,;.:!?]*+\Z", regex.I)


def only_day(text: str, fig: Span, usable: Sequence[DateMention]) -> DateMention | None:
    """The one day a sentence names, for a count no other rule placed.

    "A boat sank in the strait on Monday, and seven sailors were killed": the day named in the
    sentence. Not across a relative or subordinate clause or a second clause (", and the
    agency estimated in a survey on 23 May"), nor another number's day ("from 2,367 on Monday").
    """
    days = [d for d in usable if d.granularity == "day"]
    if len(days) != 1:
        return None
    day = days[0]
    lo, hi = (fig[1], day.span[0]) if day.span[0] >= fig[1] else (day.span[1], fig[0])
    if _CLAUSE_WORDS.search(text, lo, hi) or ";" in text[lo:hi]:
        return None
    if day.span[0] >= fig[1] and _PART_OPENS.search(text, lo, hi):
        return None  # "93 were killed, including 21 in a strike on Oct. 28": the part's day
    opening = text.rfind(",", 0, day.span[0])
    if _RELATIVE_WORDS.search(text, max(opening, day.span[0] - 60), day.span[0]):
        return None  # "in the clinic, which reopened on Monday, 81 people had died"
    if OTHER_NUMBER_DAY.search(text, max(0, day.span[0] - 24), day.span[0]):
        return None
    return day


# "through Sunday" and "as of Monday" name the day a count is reported for.
# A clock time may stand between: "as of 9 a.m. on Wednesday", "as of 14:00 Monday".
_AS_OF = lazy(
    r"(?:(?:through|as\s+of|until|by|up\s+to|by\s+the\s+end\s+of)\s+"
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC)?|midnight|noon)\s+(?:on\s+)?)?"
    r"|to\s+(?:midnight|noon)\s+(?:on\s+)?)(?:the\s+)?$",
    regex.I,
)
# "between April 15 ... and Tuesday": the end of the range is the cut-off.
_AND_END = lazy(r"\band\s+(?:\w+,\s+)?$", regex.I)


def cut_off_day(
    text: str, dates: Sequence[DateMention], sentence: Sentence, fig: Span
) -> DateMention | None:
    """A day that ends what is counted: "through Sunday", "between April 15 and Tuesday".

    In the figure's own clause: "300 had died; by Sunday the toll had risen" is not 300's.
    """
    for mention in dates:
        if text.startswith(("'s", "\u2019s"), mention.span[1]):
            continue  # "cracked by last month's disaster": an event, not a cut-off
        lo, hi = sorted((fig[0], mention.span[0]))
        if ";" in text[lo:hi]:
            continue
        before = text[max(sentence.span[0], mention.span[0] - 24) : mention.span[0]]
        if _AS_OF.search(before) or (
            _AND_END.search(before) and "between" in text[sentence.span[0] : mention.span[0]]
        ):
            return mention
    return None
