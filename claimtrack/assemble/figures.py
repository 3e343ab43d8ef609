"""Number + casualty category + qualifier -> the figure part of a claim.

For each number of a sentence, in order:

1. Drop what is no figure: numbers inside dates, years, ages, clock times, magnitudes,
   durations ("a 72-hour truce"), designators ("Chapter 11"), parts of codes ("1-800-621-3362").
2. Read the noun phrase after the number ("civilians", "more bodies", "Nepali soldiers"). A unit
   noun makes it a non-casualty amount ("300 houses", "40 kilometers", "$100 million").
3. Find the casualty category, nearest evidence first: a casualty word right after the number
   in its clause ("45 people had been killed"); a verb of losing whose object is people as
   such ("Sindh has lost 577 people"); "of them" / "among them" after a count, which refers
   back to the count before, in the sentence or in the sentence before (:mod:`.parts`);
   a join to the number before ("from 64 to 2,975", "six Marines and two ... soldiers");
   a casualty word before it that governs it ("killing at least 35", "the death toll rose to
   2,417", "died, including at least 54 foreigners").
4. Scope: place, event, period and subgroup from cheap cues in the clause.

Steps 2 and 3 ask :mod:`.govern` (the noun phrase after a number, the predicate that governs
it); step 4 is :mod:`.scope`. Word lists are data (``categories.toml``, ``numbers.toml``
[context]); the grammar words in :mod:`.figure_words` are English closed classes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import regex

from ..find.numbers import NumberMention, find_numbers
from ..find.phrases import WordIndex
from ..lexicon import Lexicon, lookup
from ..model import REACH, Scope, Span, cut
from ..syntax.gapping import Remnant
from ..text.patterns import lazy
from ..text.segment import find_sentences
from .added import beside, incremental, shared_qualifier
from .figure_words import (
    AGE_AFTER,
    COMPOUND,
    CURRENCY_BEFORE,
    GLUED_AFTER,
    GLUED_BEFORE,
    GLUED_LETTER,
    NAME_BEFORE,
    NAME_COMMA,
    NOT_NAMES,
    THE,
    YEAR,
    Patterns,
    compile_patterns,
)
from .govern import (
    Phrase,
    cue_at,
    loss_object,
    measured,
    object_verb,
    read_phrase,
    right_cue,
)
from .joins import ahead_cue, chain, listed
from .leftcue import left_cue
from .parts import in_group, named_one, partitive_at, partitive_cue, subset_of, whole
from .respectively import in_lists, respectively
from .scope import read_scope


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


# --- finding figures ---------------------------------------------------------------------------
def find_figures(
    text: str,
    sentence: Span,
    numbers: Sequence[NumberMention],
    lexicon: Lexicon,
    *,
    date_spans: Sequence[Span] = (),
    words: WordIndex | None = None,
    look_back: bool = True,
    remnants: Mapping[int, Remnant] | None = None,
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
        look_back: whether a pronoun that refers back to a count ("41 of them") with none before
            it in the sentence may refer to the last figure of the sentence before, read again
            here (only then).
        remnants: the numbers that stand for a count with its noun left out, by start ("and
            the Red Crescent 8"; :func:`claimtrack.syntax.gapping.remnants`).

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
    p: Patterns = lexicon.memo("figures.patterns", compile_patterns)
    s0, s1 = sentence
    remnants = remnants or {}
    cands = [
        n
        for n in numbers
        if s0 <= n.number_span[0]
        and n.number_span[1] <= s1
        and not any(a < n.number_span[1] and n.number_span[0] < b for a, b in date_spans)
        and not _not_a_figure(text, n, s0, p, n.number_span[0] in remnants)
    ]
    index = words if words is not None and words.lower is not None else None
    events = index.starts_of(p.event_words) if index and p.event_words is not None else None
    # Where reporting verbs start: a place before one is where the source spoke.
    said = index.starts_of(p.reporting_first) if index and p.reporting_first is not None else None
    out: list[FigureMention] = []
    prev: FigureMention | None = None
    counted: FigureMention | None = None  # the last count of people with a category
    before: list[FigureMention | None] = []

    def earlier() -> FigureMention | None:
        if look_back and not before:
            before.append(_count_before(text, s0, lexicon))
        return before[0] if before else None

    for i, n in enumerate(cands):
        after = cands[i + 1] if i + 1 < len(cands) else None
        remnant = remnants.get(n.number_span[0])
        like = _parallel(out, remnant, counted, earlier) if remnant is not None else None
        fig = _figure(text, (s0, s1), n, (prev, after, counted), p, (events, said), earlier, like)
        if fig is None:
            continue
        out.append(fig)
        prev = fig
        counted = fig if fig.category is not None else counted
    # "killed 3, 8 and 11 people", "killing 12 and 19 respectively"
    return respectively(text, sentence, in_lists(text, out))


def _parallel(
    found: Sequence[FigureMention],
    remnant: Remnant,
    counted: FigureMention | None,
    earlier: Callable[[], FigureMention | None],
) -> str | None:
    """The category of the count a remnant parallels: the one in its place, or the last said."""
    if remnant.parallel is None:
        last = counted or earlier()
        return last.category if last is not None else None
    a, b = remnant.parallel
    counts = [f for f in found if f.category is not None and a <= f.span[0] < b]
    if not counts:
        return None
    return counts[min(remnant.place, len(counts) - 1)].category


# How far back the sentence before is read for the count a pronoun refers back to.
_LOOK_BACK = 600


def _count_before(text: str, s0: int, lexicon: Lexicon) -> FigureMention | None:
    """The last figure of the sentence that ends before ``s0``, or None.

    Read only for a pronoun that refers back to a count ("Kell accounted for 41 of them") and
    has none before it in its own sentence.
    """
    lo = max(0, s0 - _LOOK_BACK)
    sentences = find_sentences(text[lo:s0], lexicon)
    if not sentences:
        return None
    a, b = (lo + at for at in sentences[-1].span)
    numbers = [
        replace(
            m,
            span=(m.span[0] + a, m.span[1] + a),
            number_span=(m.number_span[0] + a, m.number_span[1] + a),
        )
        for m in find_numbers(text[a:b], lexicon)
    ]
    found = find_figures(text, (a, b), numbers, lexicon, look_back=False)
    return found[-1] if found else None


# The number that counts a partitive's group: "of the 40 injured children".
_WHOLE_NUMBER = lazy(r"\d[\d,.]*+[^\S\n]++")
_ONE_OF = lazy(r"[^\S\n]+of[^\S\n]+(?:the|its|their|his|her|our)\b", regex.I)


def _not_a_figure(text: str, n: NumberMention, s0: int, p: Patterns, remnant: bool) -> bool:
    a, b = n.number_span
    raw = text[a:b]
    if n.qualifier != "range":
        if GLUED_BEFORE.search(text, max(s0, a - 2), a) or GLUED_AFTER.match(text, b, b + REACH):
            return True
    if COMPOUND.match(text, n.span[1], n.span[1] + REACH):
        return True
    if raw.casefold() == "one" and _ONE_OF.match(text, b, b + REACH):
        return True  # "one of the greatest disasters": a member of a set, not a count
    if p.months.search(text, max(s0, a - 12), a):  # "Sept. 20", "on Friday 12"
        return True
    if n.qualifier == "exact" and YEAR.fullmatch(raw):
        follow = read_phrase(text, b, min(len(text), b + 60), p)
        if not (follow.person or follow.cue):  # "1200 on Tuesday" is a count, "in 2005" a year
            return True
    if n.qualifier == "exact" and not remnant and NAME_COMMA.search(text, max(s0, a - 40), a):
        if AGE_AFTER.match(text, b, b + REACH) and isinstance(n.value, int) and n.value < 120:
            return True  # "Judith Raanan, 59, and her daughter"
    before = _designator(text, s0, n.span[0], p)
    if before and p.before_kind[_key(before.group(), p.before_kind)] in p.dropped:
        return True
    if GLUED_LETTER.fullmatch(raw) and not CURRENCY_BEFORE.search(text, max(s0, a - 4), a):
        return True  # "5G masts", "a 4K screen": a designator, not five billion
    # "children under the age of 5" is caught by [age] before; "residents over 65" here.
    return n.qualifier in ("more_than", "fewer_than") and bool(
        p.people_before.search(text, max(s0, n.span[0] - 40), n.span[0])
    )


def _named(text: str, s0: int, start: int) -> bool:
    """Whether a name stands right before the number: "the Varex 250", "a Corvan 737".

    A count after a name is rare unless it counts people ("told Reuters 12 people died"), so
    the caller asks only about numbers that count no people.
    """
    m = NAME_BEFORE.search(text, max(s0, start - 30), start)
    return m is not None and m.group("w").casefold() not in NOT_NAMES


def _key(found: str, table: dict[str, str]) -> str:
    """The table's term that a pattern match ends with, past any blank or hyphen after it.

    The pattern allows any Unicode blank after a term ("$\u20093 billion"): all of them are
    stripped here, so that a term it found is always a key.
    """
    bare: str = _TRAILING_BLANKS.sub("", found)
    key = bare.casefold()
    if key in table:
        return key
    found_key: str = next((k for k in table if key.endswith(k)), None) or next(
        k for k in table if regex.search(regex.escape(k) + r"\Z", bare, regex.I)
    )
    return found_key


_TRAILING_BLANKS = lazy(r"[\s\-]+\Z")


def _figure(
    text: str,
    sentence: Span,
    n: NumberMention,
    around: tuple[FigureMention | None, NumberMention | None, FigureMention | None],
    p: Patterns,
    starts: tuple[list[int] | None, list[int] | None],
    earlier: Callable[[], FigureMention | None],
    like: str | None = None,
) -> FigureMention | None:
    s0, s1 = sentence
    prev, after, counted = around
    nxt = after.span[0] if after is not None else s1
    start, end = n.span
    ph = read_phrase(text, end, nxt, p, vague=n.qualifier == "vague")
    if ph.unit in p.dropped:
        return None
    if in_group(text, ph, after):  # "Eight members of one family were killed": past the group
        around, nxt = (prev, None, counted), s1
    partitive = partitive_at(text, end, nxt) if not ph.words else None
    if partitive:
        # "one of the most powerful storms": counts what follows "of the", unless that is a
        # casualty word or people ("169 of the dead", "20 of the city's police officers").
        inner = read_phrase(text, partitive.end(), nxt, p)
        if inner.unit and not inner.person and not inner.cue:
            ph.unit = inner.unit
    unit: str | None = ph.unit
    before = _designator(text, s0, start, p)
    if before:
        unit = p.before_kind[_key(before.group(), p.before_kind)]
    verb = object_verb(text, n, prev.span[1] if prev else s0, p) if before is None else None
    category, place = (
        _category(text, sentence, n, around, ph, (verb, earlier), p)
        if before is None
        else (None, None)
    )
    if like is not None and not (ph.words or ph.unit or ph.cue) and before is None:
        # "and the Red Crescent 8": what its parallel counts (a list's place stays its own)
        category, place = like, place if category == like else None
    if category is None and not ph.person and _named(text, s0, start):
        return None  # a number inside a name or designator: "Tessel 100", "Skyline 320 jets"
    if category is not None:
        unit = None
    number = shared_qualifier(text, sentence, n, prev, p)
    fig_end = max(end, ph.end, ph.cue_end if category else 0)
    span, said = cut(text, start, fig_end)
    return FigureMention(
        span=span,
        text=said,
        number=number,
        category=category,
        unit=unit,
        incremental=incremental(text, (s0, nxt), n, ph, prev, p)
        and not beside(text, n, category, counted or earlier(), p),
        # Scope only matters for counts of people; skipping it elsewhere keeps dense runs of
        # numbers ("1,1,1,...") cheap.
        scope=_scope(text, sentence, n, ph, p, prev, starts, verb, place, category)
        if category is not None
        else _NO_SCOPE,
    )


_NO_SCOPE = Scope()


def _scope(
    text: str,
    sentence: Span,
    n: NumberMention,
    ph: Phrase,
    p: Patterns,
    prev: FigureMention | None,
    starts: tuple[list[int] | None, list[int] | None],
    verb: Span | None,
    place: str | None,
    category: str | None,
) -> Scope:
    """The scope read from the clause, with the place a list item names ("Ostria 215")."""
    scope = read_scope(text, sentence, n, ph, p, prev, starts, verb, category)
    if ph.cue and category in p.harms and category != ph.cue and not scope.subgroup:
        # "Three hostages were killed": the dead, and the hostages are who they were
        people = text[ph.end : ph.cue_end].split()
        scope = scope.model_copy(update={"subgroup": people[-1] if people else None})
    if place is None:
        return scope
    return scope.model_copy(update={"place": place, "places": (place,)})


def _category(
    text: str,
    sentence: Span,
    n: NumberMention,
    around: tuple[FigureMention | None, NumberMention | None, FigureMention | None],
    ph: Phrase,
    governing: tuple[Span | None, Callable[[], FigureMention | None]],
    p: Patterns,
) -> tuple[str | None, str | None]:
    """The casualty category of a count, nearest evidence first, and a place a list gives it.

    ``governing`` is the casualty verb whose object the number is, if any, and where to find the
    count of the sentence before, which a pronoun opening the sentence may refer back to.
    """
    s0, s1 = sentence
    verb, earlier = governing
    prev, after, counted = around
    nxt = after.span[0] if after is not None else s1
    start, end = n.span
    governor = lookup(p.cue_kind, text[verb[0] : verb[1]]) if verb else None
    if ph.unknown:
        # "Eleven firefighters were hurt", "killing two co-workers": people, by their predicate.
        category = governor or right_cue(text, ph, nxt, s1, p, measured=measured(text, n))
        if category and whole(text, s0, start, prev, ph, p):
            category = None  # "Eight members of one family were killed": one is the family
        if category and _not_head(ph, category, p):
            category = None  # "4,000 troops crossed into Varn": no count of the displaced
        ph.person = category is not None
        return category, None
    if ph.unit and not ph.person:
        return None, None
    if named_one(text, s0, n.number_span):
        return None, None  # "Lund was one of six people killed": the six are the count
    item = listed(text, n, ph, counted, p)
    partitive = partitive_at(text, end, nxt) if not ph.words else None
    category = (
        ph.cue
        or governor
        # "two of the abducted drivers had died": the predicate after the group, not a word in it
        or (_group_predicate(text, partitive, nxt, s1, p) if partitive else None)
        or right_cue(text, ph, nxt, s1, p, measured=measured(text, n))
        or loss_object(text, n, prev.span[1] if prev else s0, _head(text, ph, partitive, nxt, p), p)
        or subset_of(text, n, ph, (nxt, s1), prev, p, earlier)
        or (partitive_cue(text, partitive.end(), after, s1, p) if partitive else None)
        or chain(text, n, prev, ph, p)
        or (item[0] if item else None)
        or left_cue(text, sentence, n, prev, ph, p, earlier)
        or ahead_cue(text, ph, after, s1, p)
    )
    if ph.cue and ph.cue not in p.harms and category == ph.cue:
        # "Three hostages were killed", "Nine prisoners died": the harm its predicate tells
        past = replace(ph, end=max(ph.end, ph.cue_end))  # the predicate after the people noun
        harm = governor or right_cue(text, past, nxt, s1, p, measured=measured(text, n))
        category = harm if harm in p.harms else category
    # "the two American hostages": "the" and a number word point back to a count already given
    # (with a qualifier it is a new one: "the roughly 12,400 people in evacuation centres").
    if (
        category
        and THE.search(text, max(s0, start - 8), start)
        and n.number_span[0] == start
        and not text[start].isdigit()
    ):
        return None, None
    if category and not ph.cue and whole(text, s0, start, prev, ph, p):
        return None, None  # "Four of the nine climbers were killed": the nine is the whole
    if category and _not_head(ph, category, p):
        return None, None
    return category, item[1] if item and category == item[0] else None


def _not_head(ph: Phrase, category: str, p: Patterns) -> bool:
    """Whether the count's head noun is one its category never counts ("troops" fleeing)."""
    heads = p.not_heads.get(category)
    return bool(heads and ph.words and ph.words[-1].casefold() in heads)


def _group_predicate(
    text: str, partitive: regex.Match[str], nxt: int, s1: int, p: Patterns
) -> str | None:
    """The casualty predicate after a partitive's group: "two of the abducted drivers had died".

    A group counted by a number of its own is read past it: "Two of the 40 injured children
    died" (the two died).
    """
    start = partitive.end()
    counted = _WHOLE_NUMBER.match(text, start, s1) if start == nxt else None
    if counted is not None:
        start, nxt = counted.end(), s1
    group = read_phrase(text, start, nxt, p)
    if group.cue is not None and not group.words:
        modifier = cue_at(text, start, nxt, p)  # "the abducted drivers"
        if modifier is None:
            return None
        group = read_phrase(text, modifier.end(), nxt, p)
    if not group.words or not (group.person or group.unknown):
        return None
    return right_cue(text, group, nxt, s1, p)


def _head(
    text: str, ph: Phrase, partitive: regex.Match[str] | None, nxt: int, p: Patterns
) -> str | None:
    """The noun a count counts: its own ("577 people"), or its group's ("577 of its people")."""
    if ph.words:
        return ph.words[-1]
    if partitive is None:
        return None
    group = read_phrase(text, partitive.end(), nxt, p)
    return group.words[-1] if group.words else None


def _designator(text: str, s0: int, start: int, p: Patterns) -> regex.Match[str] | None:
    """The word right before a number that makes it a designator or a unit, if any.

    A word that also links a toll to its number is that link after a casualty word: "the dead
    number 120", "the missing now number 45" (not "bus number 12").
    """
    before = p.before.search(text, max(s0, start - 16), start)
    if before is None or before.group().strip().casefold() not in p.links:
        return before
    lead = _ADVERBS_AT_END.sub("", text[max(s0, before.start() - 30) : before.start()]).rstrip()
    if any(m.end() == len(lead) for m in p.cue.finditer(lead)):
        return None  # the casualty word right before the link
    return before


# Adverbs between a casualty word and its link: "the missing now number 45".
_ADVERBS_AT_END = lazy(r"(?:\s+(?:now|still|already|together))+\s*$", regex.I)
