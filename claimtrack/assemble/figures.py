"""Number + casualty category + qualifier -> the figure part of a claim.

For each number of a sentence, in order:

1. Drop what is no figure: numbers inside dates, years, ages, clock times, magnitudes,
   durations ("a 72-hour truce"), designators ("Chapter 11"), parts of codes ("1-800-621-3362").
2. Read the noun phrase after the number ("civilians", "more bodies", "Nepali soldiers"). A unit
   noun makes it a non-casualty amount ("300 houses", "40 kilometers", "$100 million").
3. Find the casualty category, nearest evidence first: a casualty word right after the number
   in its clause ("45 people had been killed"); "of them" / "among them" after a count;
   a join to the number before ("from 64 to 2,975", "six Marines and two ... soldiers");
   a casualty word before it that governs it ("killing at least 35", "the death toll rose to
   2,417", "died, including at least 54 foreigners").
4. Scope: place, event, period and subgroup from cheap cues in the clause.

Word lists are data (``categories.toml``, ``numbers.toml`` [context]); the grammar words below
are English closed classes and stay in code.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import regex

from ..find.numbers import NumberMention
from ..find.phrases import WordIndex, first_words
from ..lexicon import Lexicon, lookup
from ..model import REACH, Scope, Span, cut


@dataclass(frozen=True, slots=True)
class FigureMention:
    """A number that counts something, with what it counts.

    ``span``/``text`` is the figure as written ("more than 1,400 dead"); ``category`` is a
    casualty category from the lexicon or None; ``unit`` names what a non-casualty amount counts
    ("usd", "percent", "km", "planes").
    """

    span: Span
    text: str
    number: NumberMention
    category: str | None
    unit: str | None
    incremental: bool
    scope: Scope


# --- hand-written patterns ---------------------------------------------------------------------
# Words that end a noun phrase after a number ("45 people had been killed": "people").
_GRAMMAR = (
    "of in on at to from by with for as and or but nor the a an this that these those were was "
    "had have has are is be been being will would could can may might must should who whom "
    "which whose than into across near during since after before including while when where "
    "said says among its their his her our it they he she we not no also still now then so "
    "each per alone only all there them those whom us you him it last earlier later ago "
    "overnight yesterday today tonight once"
).split()
_TOKEN = regex.compile(r"[^\S\n]*+(?P<w>\p{L}[\p{L}'’-]*+|%)")
# A participle or past tense: "4.3 million affected", "Hundreds of onlookers cheered".
_PAST = regex.compile(r"(?<!\w)\p{L}{3,}ed(?!\w)", regex.I)
# "Judith Raanan, 59, and her daughter": an age after a name.
_NAME_COMMA = regex.compile(r"\p{Lu}[\p{L}'’-]+\.?[^\S\n]*,[^\S\n]*\Z")
_AGE_AFTER = regex.compile(r"[^\S\n]*[,.;)]")
# "1,052 more people than usual died" compares.
_THAN = regex.compile(r"(?<!\w)than(?!\w)")
# "6:15 a.m.", "5/17/2018", "1-800-621-3362", "F-16": part of a time, date, code or name.
_GLUED_BEFORE = regex.compile(r"(?:[0-9][:/.-]|\p{L}-|\p{L})\Z")
_GLUED_AFTER = regex.compile(r"[:/][0-9]|-[0-9]")
# "a 72-hour truce", "a 12-year-old", "315-kph", "8,848-meter": a compound modifier.
_COMPOUND = regex.compile(r"-\p{L}")
_YEAR = regex.compile(r"1[5-9][0-9]{2}|20[0-9]{2}|2100")
_THE = regex.compile(r"(?<!\w)the[^\S\n]++\Z", regex.I)
_OF = regex.compile(r"[^\S\n]++of(?!\w)", regex.I)
# "About 1,000 of them", "30 of whom", "five children among them": part of the count before.
_OF_THE = regex.compile(r"(?<!\w)of[^\S\n]++(?:all[^\S\n]++)?the[^\S\n]++\w+\Z", regex.I)
# "five children among them": blanks (and "were") before "among". In two parts, so that trying
# it never reads past the phrase: a pattern that requires "among" makes the regex engine look for
# the word in all the rest of the text first, once per figure (quadratic on long documents).
_AMONG_BEFORE = regex.compile(r"[^\S\n]+(?:were[^\S\n]+)?", regex.I)
_AMONG = regex.compile(r"among(?!\w)", regex.I)
_PARTITIVE = regex.compile(r"[^\S\n]++of[^\S\n]++(?:the|its|their|his|her)[^\S\n]++", regex.I)
_CLAUSE_STOP = regex.compile(r",(?!\d)|[;:()\[\]—–\n]")
_CLAUSE_END = regex.compile(r",(?!\d)|[;:()\[\]—–]")  # not the comma in "2,403"
_SUBSET = regex.compile(r"(?<!\w)(?:of them|of whom|of those|among them)(?!\w)", regex.I)
# An opening after a comma that does not end the clause: "thousands of people, including many
# foreigners, have left the country".
_ASIDE = regex.compile(
    r",[^\S\n]*(?:including|among them|most of them|many of them|mostly|all of them|"
    r"some of them|mainly|many|most)(?!\w)[^,;]*,",
    regex.I,
)
# A period names a time: "since October 7", "over the past 24 hours", "through Sunday".
_WHEN = regex.compile(
    r"[0-9]|(?<!\w)(?:day|days|week|weeks|month|months|year|years|hours|start|beginning|"
    r"mid|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|fighting|war|invasion|conflict)(?!\w)",
)
# "the number of civilians killed": the people a tally counts.
_TALLY_OF = regex.compile(
    r"(?<!\w)(?:number|count|toll|tally|total)[^\S\n]++of[^\S\n]++(?P<who>\p{L}+)", regex.I
)
# Between two coordinated counts: "7,110 civilians killed and 11,547 injured", "9,287 civilians
# killed in Ukraine and 16,384 injured".
_AND_GAP = regex.compile(
    r"(?:[^\S\n]++(?:in|across|at)[^\S\n]++(?:the[^\S\n]++)?(?-i:\p{Lu}[\p{L}.'’-]*+"
    r"(?:[^\S\n]++\p{Lu}[\p{L}.'’-]*+){0,2}))?"
    r"[^\S\n]*+,?[^\S\n]*+(?:and|as[^\S\n]well[^\S\n]as)[^\S\n]++"
    r"(?:(?:at[^\S\n]least|more[^\S\n]than|about|some|nearly|almost)[^\S\n]++)?",
    regex.I,
)
_SENTENCE_OPEN = regex.compile(r"[\s\"'“‘(]*")
_WORDS = regex.compile(r"\w+(?:[.'’-]\w+)*|,")
# Place: "in Nepal", "across the Gaza Strip", "in neighboring India", "at the Everest base camp".
_PLACE = r"""
    (?<!\w)(?i:in|across|at|near|on|inside|throughout)[^\S\n]++(?:the[^\S\n]++)?
    (?:(?:neighbou?ring|northern|southern|eastern|western|central|nearby|hard-hit)[^\S\n]++)?
    (?:(?P<name>\p{Lu}[\p{L}'’.-]*+(?:[^\S\n]++(?:of[^\S\n]++)?\p{Lu}[\p{L}'’.-]*+){0,3}+)
      (?:[^\S\n]++\L<places>(?!\w))?
      |(?P<generic>\L<places>)(?!\w))
"""
_EVENT = r"""
    (?<!\w)(?:in|from|by|during|after|since)[^\S\n]++
    (?P<event>(?:(?:the|a|an|that|this|last|\p{L}+(?:['’]s)?|[0-9]+)[^\S\n]++){0,4}?
    \L<events>)(?!\w)
"""
_PERIOD = r"(?<!\w)(?P<period>\L<periods>[^\S\n]++[^,;.:()\n]{1,50}+)"


@dataclass(slots=True)
class _Patterns:
    cue: Any  # casualty words -> category
    cue_kind: dict[str, str]
    cue_nouns: frozenset[str]
    unit: Any  # nouns of non-casualty categories -> unit
    unit_kind: dict[str, str]
    before: Any  # words right before a number ("$", "magnitude", "aged")
    before_kind: dict[str, str]
    dropped: frozenset[str]  # categories whose numbers are no figures
    people: Any
    tally: Any
    links: frozenset[str]
    joins: Any
    breaks: Any
    transparent: frozenset[str]
    verbs: Any
    inc_before: Any
    inc_after: frozenset[str]
    subgroups: frozenset[str]
    months: Any
    calendar: frozenset[str]
    place: Any
    event: Any
    period: Any
    # The first words of the event names, to skip the event pattern where none stands (None:
    # always run it).
    event_words: frozenset[str] | None


def _terms(terms: Sequence[str]) -> list[str]:
    return [t for t in terms] or ["\x00"]


def _compile(lexicon: Lexicon) -> _Patterns:
    ctx = lexicon.numbers.context
    cue_kind: dict[str, str] = {}
    unit_kind: dict[str, str] = {}
    before_kind: dict[str, str] = {}
    for name, terms in lexicon.categories.items():
        target = cue_kind if terms.casualty else unit_kind
        for term in (*terms.nouns, *terms.verbs):
            target[term.casefold()] = name
        for term in terms.before:
            before_kind[term.casefold()] = name
    dropped = frozenset(n for n, t in lexicon.categories.items() if not t.figure)

    def words(key: str) -> Any:
        return regex.compile(r"(?<!\w)\L<w>(?!\w)", regex.I, w=_terms(ctx.get(key, ())))

    months = list(lexicon.dates.months)
    return _Patterns(
        cue=regex.compile(r"(?<!\w)\L<w>(?!\w)", regex.I, w=_terms(list(cue_kind))),
        cue_kind=cue_kind,
        cue_nouns=frozenset(
            t.casefold() for c in lexicon.categories.values() if c.casualty for t in c.nouns
        ),
        # "62%" and "a.m." end in a non-word character, so no (?!\w) after them.
        unit=regex.compile(r"\L<w>(?!\w)|%", regex.I, w=_terms(list(unit_kind))),
        unit_kind=unit_kind,
        before=regex.compile(
            r"(?:(?<!\w)|(?<=\s))\L<w>[^\S\n]*+-?\Z", regex.I, w=_terms(list(before_kind))
        ),
        before_kind=before_kind,
        dropped=dropped,
        people=words("people"),
        tally=words("tallies"),
        links=frozenset(t.casefold() for t in ctx.get("links", ())),
        joins=regex.compile(
            r"[\s,]*+(?:up[^\S\n]++|down[^\S\n]++)?\L<w>[^\S\n]*+\Z",
            regex.I,
            w=_terms(ctx.get("joins", ())),
        ),
        breaks=words("breaks"),
        transparent=frozenset(t.casefold() for t in ctx.get("transparent", ())),
        verbs=words("verbs"),
        inc_before=regex.compile(
            r"(?<!\w)\L<w>[^\S\n]++\Z", regex.I, w=_terms(ctx.get("incremental_before", ()))
        ),
        inc_after=frozenset(t.casefold() for t in ctx.get("incremental_after", ())),
        subgroups=frozenset(t.casefold() for t in ctx.get("subgroups", ())),
        months=regex.compile(r"(?<!\w)\L<m>\.?[^\S\n]++\Z", regex.I, m=_terms(months)),
        calendar=frozenset(w.casefold() for w in (*months, *lexicon.dates.weekdays)),
        place=regex.compile(_PLACE, regex.X, places=_terms(ctx.get("places", ()))),
        event=regex.compile(_EVENT, regex.X | regex.I, events=_terms(ctx.get("events", ()))),
        period=regex.compile(_PERIOD, regex.I, periods=_terms(ctx.get("periods", ()))),
        event_words=first_words(ctx["events"]) if ctx.get("events") else None,
    )


# --- the noun phrase after a number --------------------------------------------------------------
@dataclass(slots=True)
class _Phrase:
    start: int  # where the words after the number start
    end: int  # end of the noun phrase (== start when there is none)
    words: list[str]
    cue: str | None = None  # a casualty word inside or right after the phrase
    cue_end: int = 0
    unit: str | None = None
    person: bool = False
    predicate: bool = False  # the number has a verb of its own ("4.3 million affected")
    added: bool = False  # "more", "additional" right after the number ("35 more were arrested")


def _phrase(text: str, pos: int, limit: int, p: _Patterns, *, vague: bool = False) -> _Phrase:
    """Read up to four words of the noun phrase that starts at ``pos``."""
    of = _OF.match(text, pos, limit) if vague else None
    start = of.end() if of else pos  # "tens of thousands of people", "hundreds of injured people"
    ph = _Phrase(start, pos, [])
    at = start
    for _ in range(4):
        unit = p.unit.match(text, _skip(text, at), limit)
        if unit:
            ph.unit = p.unit_kind.get(unit.group().casefold(), "percent")
            ph.end = unit.end()
            return ph
        cue = p.cue.match(text, _skip(text, at), limit)
        if cue:
            ph.cue, ph.cue_end = lookup(p.cue_kind, cue.group()), cue.end()
            return ph
        tok = _TOKEN.match(text, at, limit)
        if tok is None:
            break
        word = tok.group("w")
        low = word.casefold()
        if low in _GRAMMAR or low in p.transparent or low in p.calendar or p.breaks.fullmatch(word):
            break
        if _PAST.fullmatch(word) or p.verbs.fullmatch(word):
            ph.predicate = True
            break
        if not ph.words and low in p.inc_after:
            at = tok.end()  # "35 more were arrested": "more" adds to a count, it names none
            ph.added = True
            ph.end = at
            continue
        ph.words.append(word)
        ph.end = at = tok.end()
        ph.start = min(ph.start, tok.start("w"))
        if p.people.fullmatch(word):  # "people spent a second night in the open"
            break
    if ph.words:
        head = ph.words[-1]
        ph.person = bool(p.people.fullmatch(head)) or (head[0].isupper() and head.endswith("s"))
        if not ph.person:
            ph.unit = head.casefold()
    return ph


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    return at


# --- finding figures ---------------------------------------------------------------------------
def find_figures(
    text: str,
    sentence: Span,
    numbers: Sequence[NumberMention],
    lexicon: Lexicon,
    *,
    date_spans: Sequence[Span] = (),
    words: WordIndex | None = None,
) -> list[FigureMention]:
    """The figures of one sentence ``text[sentence[0]:sentence[1]]``, sorted by start.

    Args:
        text: the whole document, exactly as passed to the pipeline.
        sentence: the span of one sentence in ``text``.
        numbers: number mentions of the document or of the sentence (others are ignored).
        lexicon: word lists (``categories.toml``, ``numbers.toml``).
        date_spans: spans of date expressions; numbers inside them are no figures.
        words: the document's :class:`~claimtrack.find.phrases.WordIndex`, when the caller has one:
            it tells where no event is named, so that the event pattern need not run there.

    Returns:
        One :class:`FigureMention` per number that counts something; years, ages, times,
        magnitudes, durations and numbers in dates are left out.

    >>> from claimtrack.lexicon import load_lexicon
    >>> from claimtrack.find.numbers import find_numbers
    >>> doc = "The attack on October 7, which left more than 1,400 dead, shocked Israel."
    >>> lex = load_lexicon()
    >>> numbers = find_numbers(doc, lex)
    >>> [(f.text, f.category) for f in find_figures(doc, (0, len(doc)), numbers, lex)]
    [('more than 1,400 dead', 'killed')]
    """
    p: _Patterns = lexicon.memo("figures.patterns", _compile)
    s0, s1 = sentence
    cands = [
        n
        for n in numbers
        if s0 <= n.number_span[0]
        and n.number_span[1] <= s1
        and not any(a < n.number_span[1] and n.number_span[0] < b for a, b in date_spans)
        and not _not_a_figure(text, n, s0, p)
    ]
    events = (
        words.starts_of(p.event_words)
        if words is not None and words.lower is not None and p.event_words is not None
        else None
    )
    out: list[FigureMention] = []
    prev: FigureMention | None = None
    for i, n in enumerate(cands):
        nxt = cands[i + 1].span[0] if i + 1 < len(cands) else s1
        fig = _figure(text, (s0, s1), n, nxt, prev, p, events)
        if fig is None:
            continue
        out.append(fig)
        prev = fig
    return out


_ONE_OF = regex.compile(r"[^\S\n]+of[^\S\n]+(?:the|its|their|his|her|our)\b", regex.I)


def _not_a_figure(text: str, n: NumberMention, s0: int, p: _Patterns) -> bool:
    a, b = n.number_span
    raw = text[a:b]
    if n.qualifier != "range":
        if _GLUED_BEFORE.search(text, max(s0, a - 2), a) or _GLUED_AFTER.match(text, b, b + REACH):
            return True
    if _COMPOUND.match(text, n.span[1], n.span[1] + REACH):
        return True
    if raw.casefold() == "one" and _ONE_OF.match(text, b, b + REACH):
        return True  # "one of the greatest disasters": a member of a set, not a count
    if p.months.search(text, max(s0, a - 12), a):  # "Sept. 20", "on Friday 12"
        return True
    if n.qualifier == "exact" and _YEAR.fullmatch(raw):
        follow = _phrase(text, b, min(len(text), b + 60), p)
        if not (follow.person or follow.cue):  # "1200 on Tuesday" is a count, "in 2005" a year
            return True
    if n.qualifier == "exact" and _NAME_COMMA.search(text, max(s0, a - 40), a):
        if _AGE_AFTER.match(text, b, b + REACH) and isinstance(n.value, int) and n.value < 120:
            return True  # "Judith Raanan, 59, and her daughter"
    before = p.before.search(text, max(s0, n.span[0] - 16), n.span[0])
    if before and p.before_kind[_key(before.group(), p.before_kind)] in p.dropped:
        return True
    return False


def _key(found: str, table: dict[str, str]) -> str:
    key = found.rstrip(" -\t\u00a0").casefold()
    if key in table:
        return key
    return next((k for k in table if key.endswith(k)), None) or next(
        k
        for k in table
        if regex.search(regex.escape(k) + r"\Z", found.rstrip(" -\t\u00a0"), regex.I)
    )


def _figure(
    text: str,
    sentence: Span,
    n: NumberMention,
    nxt: int,
    prev: FigureMention | None,
    p: _Patterns,
    events: list[int] | None,
) -> FigureMention | None:
    s0, s1 = sentence
    start, end = n.span
    ph = _phrase(text, end, nxt, p, vague=n.qualifier == "vague")
    if ph.unit in p.dropped:
        return None
    partitive = _PARTITIVE.match(text, end, nxt) if not ph.words else None
    if partitive:
        # "one of the most powerful storms": counts what follows "of the", unless that is a
        # casualty word or people ("169 of the dead", "20 of the city's police officers").
        inner = _phrase(text, partitive.end(), nxt, p)
        if inner.unit and not inner.person and not inner.cue:
            ph.unit = inner.unit
    unit: str | None = ph.unit
    before = p.before.search(text, max(s0, start - 16), start)
    if before:
        unit = p.before_kind[_key(before.group(), p.before_kind)]
    category: str | None = None
    if before is None and not (ph.unit and not ph.person):
        category = (
            ph.cue
            or _right_cue(text, ph, nxt, s1, p)
            or _subset(text, ph, nxt, s1, prev)
            or _chain(text, n, prev, ph, p)
            or _left_cue(text, sentence, n, prev, ph, p)
        )
        # "the two American hostages": "the" and a number word point back to a count already given.
        if category and _THE.search(text, max(s0, start - 8), start) and not text[start].isdigit():
            category = None
    if category is not None:
        unit = None
    number = _shared_qualifier(text, sentence, n, prev, p)
    fig_end = max(end, ph.end, ph.cue_end if category else 0)
    span, said = cut(text, start, fig_end)
    return FigureMention(
        span=span,
        text=said,
        number=number,
        category=category,
        unit=unit,
        incremental=_incremental(text, n, ph, nxt, p),
        # Scope only matters for counts of people; skipping it elsewhere keeps dense runs of
        # numbers ("1,1,1,...") cheap.
        scope=_scope(text, sentence, n, ph, p, prev, events) if category is not None else _NO_SCOPE,
    )


_NO_SCOPE = Scope()


def _window_end(text: str, pos: int, nxt: int, s1: int, p: _Patterns) -> int:
    """Where the clause of a number ends, looking right from ``pos``."""
    limit = min(nxt, s1, pos + 160)
    at = pos
    while at < limit:
        m = _CLAUSE_STOP.search(text, at, limit)
        brk = p.breaks.search(text, at, limit)
        stop: int = m.start() if m else limit
        brk_at: int | None = brk.start() if brk else None
        if brk_at is not None and brk_at < stop:
            return brk_at
        if m and m.group() == ",":
            aside = _ASIDE.match(text, stop, limit)
            if aside:
                at = aside.end()
                continue
        return stop
    return limit


def _right_cue(text: str, ph: _Phrase, nxt: int, s1: int, p: _Patterns) -> str | None:
    if ph.predicate:
        return None
    end = _window_end(text, ph.end, nxt, s1, p)
    cue = p.cue.search(text, ph.end, end)
    stop = end
    for m in _PAST.finditer(text, ph.end, end):
        if m.group().casefold() not in p.transparent and not p.cue.fullmatch(m.group()):
            stop = m.start()
            break
    verb = p.verbs.search(text, ph.end, end)
    if verb:
        stop = min(stop, verb.start())
    if cue and cue.start() <= stop:
        if (
            not text[ph.end : cue.start()].strip(" \t\u00a0")
            and cue.group().casefold() in p.cue_nouns
        ):
            ph.cue_end = cue.end()  # "7,110 civilians killed": part of the figure as written
        return lookup(p.cue_kind, cue.group())
    if stop < end:
        ph.predicate = True
    return None


def _subset(text: str, ph: _Phrase, nxt: int, s1: int, prev: FigureMention | None) -> str | None:
    """A part of the count before: "five children among them", "About 1,000 of them"."""
    if prev is None or prev.category is None:
        return None
    m = _SUBSET.search(text, max(0, ph.start - 4), min(nxt, s1, ph.end + 24))
    return prev.category if m else None


def _chain(
    text: str, n: NumberMention, prev: FigureMention | None, ph: _Phrase, p: _Patterns
) -> str | None:
    """A join to the count before: "from 64 to 2,975", "six Marines and two Nepali soldiers"."""
    if prev is None or prev.category is None or ph.predicate:
        return None
    gap_start = prev.span[1]
    if n.span[0] - gap_start > 40:
        return None
    if p.joins.fullmatch(text, gap_start, n.span[0]) or p.joins.search(text, gap_start, n.span[0]):
        gap = text[gap_start : n.span[0]]
        if (
            not p.breaks.search(gap)
            and len(_WORDS.findall(gap)) <= 6
            and "," not in gap.strip(", ")
        ):
            return prev.category
    return None


def _left_cue(
    text: str,
    sentence: Span,
    n: NumberMention,
    prev: FigureMention | None,
    ph: _Phrase,
    p: _Patterns,
) -> str | None:
    """A casualty word before the number that governs it."""
    s0, s1 = sentence
    lo = max(s0, prev.number.span[1] if prev else s0, n.span[0] - 240)
    cue = None
    for m in p.cue.finditer(text, lo, n.span[0]):
        cue = m
    tally = None
    for m in p.tally.finditer(text, lo, n.span[0]):
        tally = m
    if tally is not None and (cue is None or tally.start() > cue.end()):
        cue_end, category = tally.end(), _sentence_category(text, sentence, tally.start(), p)
    elif cue is not None:
        cue_end, category = cue.end(), lookup(p.cue_kind, cue.group())
    else:
        return None
    if category is None:
        return None
    gap = text[cue_end : n.span[0]]
    words = [w.casefold() for w in _WORDS.findall(gap)]
    if not words or all(
        w in ("the", "a", "an", "another", "only", "just", "of", "total") for w in words
    ):
        return category  # "killing at least 35", "the release of two Americans"
    if words == [","] and _OF_THE.search(text, max(s0, cue_end - 60), cue_end):
        return category  # "Of all the dead, 5,655 were in the Eastern Visayas region."
    if len(words) > 14 or p.breaks.search(gap):
        return None
    if ph.predicate:
        return None
    if words[-1] in p.links or n.qualifier not in ("exact", "vague", "range"):
        if "," not in words:
            return category  # "the death toll rose to 2,417", "has passed 7,000"
    if p.joins.search(text, cue_end, n.span[0]):
        if ph.words and not ph.person:
            return None
        return category  # "had died ... and 15 others", "died, including at least 54 foreigners"
    return None


def _sentence_category(text: str, sentence: Span, at: int, p: _Patterns) -> str | None:
    """For "the official count of 64": the nearest casualty word in the sentence."""
    s0, s1 = sentence
    best = None
    for m in p.cue.finditer(text, s0, s1):
        if best is None or abs(m.start() - at) < abs(best.start() - at):
            best = m
    return lookup(p.cue_kind, best.group()) if best else None


def _shared_qualifier(
    text: str, sentence: Span, n: NumberMention, prev: FigureMention | None, p: _Patterns
) -> NumberMention:
    """A qualifier shared: "About 35,000 people have been killed and 78,500 wounded"."""
    if prev is None or n.qualifier != "exact":
        return n
    first = prev.number
    if first.qualifier not in ("about", "more_than", "at_least", "nearly", "up_to"):
        return n
    if prev.category is None or not _SENTENCE_OPEN.fullmatch(text, sentence[0], first.span[0]):
        return n
    gap = text[prev.span[1] : n.span[0]]
    words = _WORDS.findall(gap)
    if not words or words[-1].casefold() != "and" or len(words) > 8 or "," in words:
        return n
    v = n.value
    low, high = {"about": (None, None), "nearly": (None, v), "up_to": (None, v)}.get(
        first.qualifier, (v, None)
    )
    return replace(n, qualifier=first.qualifier, low=low, high=high)


def _incremental(text: str, n: NumberMention, ph: _Phrase, nxt: int, p: _Patterns) -> bool:
    """A number added to an earlier count: "27 more bodies", "another 12 people"."""
    if p.inc_before.search(text, max(0, n.span[0] - 20), n.span[0]):
        return True
    if ph.added:
        # "1,052 more people than usual died" compares; it does not add.
        return not _THAN.search(text[ph.end : min(nxt, ph.end + 60)])
    return False


def _scope(
    text: str,
    sentence: Span,
    n: NumberMention,
    ph: _Phrase,
    p: _Patterns,
    prev: FigureMention | None = None,
    events: list[int] | None = None,
) -> Scope:
    s0, s1 = sentence
    # Right of the number, up to the end of its clause: in "about 3,500 had been wounded, most
    # of them in Khartoum", Khartoum is where most were, not the scope of the count.
    stop = _CLAUSE_END.search(text, n.span[1], min(s1, n.span[1] + 200))
    right = (n.span[1], stop.start() if stop else min(s1, n.span[1] + 200))
    left = (max(s0, n.span[0] - 200), n.span[0])
    place = _first(p.place, text, right, left, _place, p.event)
    if place and place.split()[0].casefold().rstrip(".") in p.calendar:
        place = None  # "on Tuesday", "in October"
    event = (
        _first(p.event, text, right, left, lambda m: m.group("event"))
        if events is None or _named_in(events, right) or _named_in(events, left)
        else None  # no event word in either window, so no event
    )
    period = _first(p.period, text, right, left, lambda m: m.group("period").strip())
    if period and not _WHEN.search(period):
        period = None  # "through the ruins of coastal towns" is no period
    subgroup = next((_plural(w, p) for w in ph.words if _plural(w, p) in p.subgroups), None)
    if subgroup is None and ph.words and _among(text, ph.end):
        subgroup = ph.words[-1].casefold()  # "five children among them"
    if subgroup is None and not ph.person:
        subgroup = _tally_subgroup(text, left, p) or _shared_subgroup(text, n, prev)
    return Scope(place=place, event=event, period=period, subgroup=subgroup)


def _named_in(starts: list[int], window: Span) -> bool:
    """Whether a word of ``starts`` (sorted positions) starts inside ``window``."""
    k = bisect.bisect_left(starts, window[0])
    return k < len(starts) and starts[k] < window[1]


def _among(text: str, pos: int) -> bool:
    """Whether "among" follows ``pos`` after blanks: "five children among them", "were among"."""
    before = _AMONG_BEFORE.match(text, pos)
    if before is None:
        return False
    # Blanks are taken greedily and "among" starts with no blank, so it must stand right here.
    return _AMONG.match(text, before.end(), min(len(text), before.end() + 6)) is not None


def _plural(word: str, p: _Patterns) -> str:
    """A subgroup word in the plural the lexicon lists: "8,709 civilian deaths" -> civilians."""
    w = word.casefold()
    return f"{w}s" if w not in p.subgroups and f"{w}s" in p.subgroups else w


def _tally_subgroup(text: str, left: Span, p: _Patterns) -> str | None:
    """The tally's people: "The number of civilians killed in Sudan's war has risen to 436"."""
    found = None
    for m in _TALLY_OF.finditer(text, *left):
        found = m
    if found is None or _CLAUSE_END.search(text, found.end(), left[1]):
        return None
    word = _plural(found.group("who"), p)
    return word if word in p.subgroups else None


def _shared_subgroup(text: str, n: NumberMention, prev: FigureMention | None) -> str | None:
    """A count joined to one of a subgroup: "7,110 civilians killed and 11,547 injured"."""
    if prev is None or prev.scope.subgroup is None:
        return None
    return prev.scope.subgroup if _AND_GAP.fullmatch(text, prev.span[1], n.span[0]) else None


def _place(m: Any) -> str | None:
    name = m.group("name")
    if name is None:
        return m.group("generic")  # type: ignore[no-any-return]
    if name.endswith(("'s", "’s")):
        return None  # "in Saturday's quake": an event, not a place
    return name.rstrip(".")  # type: ignore[no-any-return]


def _first(
    pattern: Any, text: str, right: Span, left: Span, pick: Any, event: Any = None
) -> str | None:
    """The first match right of the number, else the last one left of it."""

    def ok(m: Any) -> bool:
        # "in Israeli attacks on Gaza": an adjective before an event is no place.
        return event is None or not event.match(
            text, max(0, m.start()), min(len(text), m.end() + 40)
        )

    m = next((m for m in pattern.finditer(text, *right) if ok(m)), None)
    if m is None:
        for found in pattern.finditer(text, *left):
            if ok(found):
                m = found
    if m is None:
        return None
    value = pick(m)
    return " ".join(value.split()) if value else None
