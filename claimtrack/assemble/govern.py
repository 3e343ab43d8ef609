"""The grammar figures need: the noun phrase after a number, and the predicate that governs it.

This is the one place where the figure readers decide sentence structure: what the head of
a number's noun phrase is ("Eleven firefighters were hurt": firefighters), which verb governs
the number ("killing 9 people and wounding 14": killing governs 9, wounding 14); which
count a number joins ("from 64 to 2,975") is read in :mod:`.joins`, a part of another ("six of
them children") in :mod:`.parts`. When the syntax layer (:mod:`claimtrack.syntax`) offers
verb groups and noun phrases, these functions are the ones to ask it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..find.numbers import NumberMention
from ..lexicon import lookup
from ..model import REACH, Span
from ..text.patterns import lazy
from .figure_words import (
    ASIDE,
    AUX_BEFORE,
    AUX_PREDICATE,
    CLAUSE_PUNCT,
    CLAUSE_STOP,
    DETERMINER_AFTER,
    GAP_WORDS,
    GRAMMAR,
    NUMBER_START,
    OBJECT_GAP_ONLY,
    OF,
    OF_WHOM,
    PAST,
    RESTATED,
    SET_OFF,
    TOKEN,
    WORD_RUN,
    Patterns,
)

if TYPE_CHECKING:
    import regex


# --- casualty words ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Hit:
    """A casualty term found in the text, shaped like a regex match where the readers use it."""

    at: int
    stop: int
    said: str

    def start(self) -> int:
        """Where the term starts."""
        return self.at

    def end(self) -> int:
        """Where the term ends."""
        return self.stop

    def group(self) -> str:
        """The term as written."""
        return self.said


def cue_at(text: str, at: int, limit: int, p: Patterns) -> Hit | None:
    """The longest casualty term that starts at ``at`` and ends by ``limit``, or None.

    The word at ``at`` is looked up first, then the terms it starts are compared, longest
    first: a regex named list of long phrases is slow to try at every word. Text that is not
    plain ASCII goes through the pattern, which folds case as the lexicon lookups do.
    """
    word = WORD_RUN.match(text, at, limit)
    if word is None:
        return None
    key = word.group().casefold()
    terms = p.cue_terms.get(key)
    seg = text[at : min(limit, at + p.cue_longest + 1)]
    if not seg.isascii():
        m = p.cue.match(text, at, limit)
        return Hit(m.start(), m.end(), m.group()) if m is not None else None
    if terms is None:
        return None
    low = seg.lower()
    for term in terms:
        end = len(term)
        if low.startswith(term) and (end == len(low) or not _WORDISH(low[end])):
            return Hit(at, at + end, seg[:end])
    return None


def _WORDISH(c: str) -> bool:  # noqa: N802  (reads as the regex class it stands for)
    return c.isalnum() or c == "_"


def cues(text: str, start: int, end: int, p: Patterns) -> Iterator[Hit]:
    """Every casualty term in ``text[start:end]``, left to right, as ``p.cue.finditer`` finds."""
    after = start
    for word in WORD_RUN.finditer(text, start, end):
        if word.start() < after:
            continue
        key = word.group().casefold()
        if key in p.cue_terms or not key.isascii():
            m = cue_at(text, word.start(), end, p)
            if m is not None:
                after = m.end()
                yield m


# --- the noun phrase after a number --------------------------------------------------------------
@dataclass(slots=True)
class Phrase:
    """The noun phrase after a number and what was learnt reading it."""

    start: int  # where the words after the number start
    end: int  # end of the noun phrase (== start when there is none)
    words: list[str]
    cue: str | None = None  # a casualty word inside or right after the phrase
    cue_end: int = 0
    unit: str | None = None
    person: bool = False
    predicate: bool = False  # the number has a verb of its own ("4.3 million affected")
    added: bool = False  # "more", "additional" right after the number ("35 more were arrested")
    # The head is a common noun of no known kind ("firefighters", "co-workers"): people if a
    # casualty predicate governs the number ("Eleven firefighters were hurt"), a unit if not.
    unknown: bool = False


def read_phrase(text: str, pos: int, limit: int, p: Patterns, *, vague: bool = False) -> Phrase:
    """Read up to four words of the noun phrase that starts at ``pos``."""
    of = OF.match(text, pos, limit) if vague else None
    start = of.end() if of else pos  # "tens of thousands of people", "hundreds of injured people"
    ph = Phrase(start, pos, [])
    at = start
    for _ in range(4):
        unit = p.unit.match(text, _skip(text, at), limit)
        if unit:
            ph.unit = p.unit_kind.get(unit.group().casefold(), "percent")
            ph.end = unit.end()
            return ph
        cue = cue_at(text, _skip(text, at), limit, p)
        if cue:
            category = lookup(p.cue_kind, cue.group())
            if ph.words and _agent(text, category, cue.start(), cue.end(), limit, p):
                ph.predicate = True  # "Two gunmen killed a guard": the gunmen are no victims
                break
            ph.cue, ph.cue_end = category, cue.end()
            return ph
        tok = TOKEN.match(text, at, limit)
        if tok is None:
            break
        word = tok.group("w")
        low = word.casefold()
        if low in GRAMMAR or low in p.transparent or low in p.calendar or p.breaks.fullmatch(word):
            break
        if (PAST.fullmatch(word) or p.verbs.fullmatch(word)) and low not in p.describing:
            ph.predicate = True
            break
        if not ph.words and low.endswith("ly") and CLAUSE_PUNCT.match(text, tok.end()):
            break  # "6 were shot, 2 fatally,": an adverb, not what is counted
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
            # "Eleven firefighters were hurt", "41 Peshmerga were killed": people if a casualty
            # predicate governs the number; not a code or a model ("12 F-16s", "40 ATACMS")
            ph.unknown = head[0].islower() or (head.isalpha() and not head.isupper())
    return ph


def object_verb(text: str, n: NumberMention, lo: int, p: Patterns) -> Span | None:
    """The casualty verb whose object the number is: "killing at least 35", "gunned down six".

    Only determiners may stand between ("wounded another 12", "killed a total of 40"), so in
    "killed 4 and wounded 9" each number has its own verb. Returns the verb's span.
    """
    start = max(lo, n.span[0] - 60)
    words = text[start : n.span[0]].split()
    while words and words[-1].casefold() in GAP_WORDS:
        words.pop()
    if not words or words[-1].casefold() not in p.cue_last_words:
        return None  # a cheap test first: most numbers follow no casualty word
    last = None
    for hit in cues(text, start, n.span[0], p):
        last = hit
    if last is None or OBJECT_GAP_ONLY.match(text, last.end(), n.span[0]) is None:
        return None
    return last.start(), last.end()


def loss_object(text: str, n: NumberMention, lo: int, head: str | None, p: Patterns) -> str | None:
    """The category a verb of losing or seizing gives the people it has as its object.

    ``head`` is the noun the number counts: its own ("577 people") or the group's it is part of
    ("577 of its residents"). "Sindh has lost 577 people", "lost another 12 civilians": the
    dead of the subject. Only people named as such: a thing ("lost 577 homes"), people of a role
    ("lost 300 employees") or soldiers (whose losses count the wounded too) are no one's death.
    """
    if head is None:
        return None
    words = text[max(lo, n.span[0] - 60) : n.span[0]].split()
    while words and words[-1].casefold() in GAP_WORDS:
        words.pop()
    for size in range(1, min(3, len(words)) + 1):
        category = p.loss_kind.get(" ".join(words[-size:]).casefold())
        if category is not None:  # people of the category's list: "seized 22 sailors"
            return category if head.casefold() in p.object_people.get(category, ()) else None
    return None


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    return at


def _window_end(text: str, pos: int, nxt: int, s1: int, p: Patterns) -> int:
    """Where the clause of a number ends, looking right from ``pos``."""
    limit = min(nxt, s1, pos + 160)
    at = pos
    while at < limit:
        m = CLAUSE_STOP.search(text, at, limit)
        brk = p.breaks.search(text, at, limit)
        while brk is not None and AUX_BEFORE.search(text, pos, brk.start()) is not None:
            # a passive opens no clause: "were told to evacuate" (not "officials told")
            brk = p.breaks.search(text, brk.end(), limit)
        stop: int = m.start() if m else limit
        brk_at: int | None = brk.start() if brk else None
        if brk_at is not None and brk_at < stop:
            return brk_at
        if m and m.group() in (",", "("):  # an aside in commas or brackets
            aside = ASIDE.match(text, stop, limit) or _listed_aside(text, stop, limit)
            if aside:
                at = aside.end()
                # the rest of a list the aside opened: "among them women, children and the
                # elderly, had been abducted"
                while (item := _LIST_ITEM.match(text, at, limit)) and not _VERBAL.search(
                    item.group()
                ):
                    at = item.end()
                continue
        return stop
    return limit


def _listed_aside(text: str, at: int, limit: int) -> regex.Match[str] | None:
    """A list of who the count holds, set off by commas: ", civilians and fighters,"."""
    m = _LISTED.match(text, at, limit)
    return m if m is not None and not _VERBAL.search(m.group()) else None


# ", civilians and fighters,", ", both soldiers and police officers,"
_LISTED = lazy(
    r",[^\S\n]*+(?:both[^\S\n]++)?\p{Ll}[\p{L}-]*+(?:[^\S\n]++\p{Ll}[\p{L}-]*+){0,2}?"
    r"[^\S\n]++(?:and|or)[^\S\n]++\p{Ll}[\p{L}-]*+(?:[^\S\n]++\p{Ll}[\p{L}-]*+){0,2}?,"
)
# One more item of a list, up to its comma: "children and the elderly,".
_LIST_ITEM = lazy(r"[^\S\n]*+(?:[\p{L}'’-]++[^\S\n]*+){1,5}?,")
# A verb in such an item ends the list: "women, were killed".
_VERBAL = lazy(
    r"(?i)(?<!\w)(?:were|was|is|are|had|has|have|been|be|said|says)(?!\w)|\p{L}{3,}ed(?!\w)"
)


def source_aside(text: str, at: int, limit: int, p: Patterns) -> regex.Match[str] | None:
    """A source set off by commas at ``at``: ", according to the ministry,", ", he said,"."""
    found = SET_OFF.match(text, at, limit)
    return found if found is not None and p.reporting.search(found.group()) else None


def past_aside(text: str, ph: Phrase, s1: int, p: Patterns) -> int | None:
    """Where a subject count's predicate starts past an aside set off by commas, if it does.

    "At least 51 villagers, among them 9 children, have been killed", "Some 300 miners,
    officials said, were killed", "1,200 families, or roughly 6,000 people, have fled".
    """
    limit = min(s1, ph.end + REACH)
    aside = ASIDE.match(text, ph.end, limit) or source_aside(text, ph.end, limit, p)
    if aside is None or not predicate_at(text, aside.end(), p):
        return None
    end: int = aside.end()
    return end


def predicate_at(text: str, at: int, p: Patterns) -> bool:
    """Whether a predicate opens at ``at``: an auxiliary or a casualty verb ("were killed")."""
    if AUX_PREDICATE.match(text, at, at + 40) is not None:
        return True
    found = p.cue.match(text, _skip(text, at), at + 40)
    return found is not None


# A past participle with its agent after a count's noun describes it: "72 drivers hired by
# the agency had been detained" (the predicate comes after).
_BY_AGENT = lazy(r"[^\S\n]++by[^\S\n]++")


def right_cue(
    text: str, ph: Phrase, nxt: int, s1: int, p: Patterns, *, measured: bool = False
) -> str | None:
    """A casualty word after the noun phrase, in its clause: "45 people had been killed".

    ``measured``: the number is what a preposition measures ("stood at 61"), so a conjunct
    with a subject of its own ends its clause.
    """
    if ph.predicate:
        return None
    aside = ASIDE.match(text, ph.end, min(s1, ph.end + REACH))
    if aside is not None and NO_PREDICATE.match(text, aside.end(), s1):
        # "put the toll at 200, including 59 children, with 1,300 wounded": the words after
        # the aside are a phrase of their own, not the count's predicate
        aside = None
    if aside is not None and aside.end() > nxt:
        # "Twenty-two people, six of them children, were killed": the aside holds the next
        # number; the predicate comes after it.
        at, nxt = aside.end(), s1
    elif text.startswith(",", ph.end) and RESTATED.search(text, max(0, ph.start - 48), ph.start):
        at, nxt = ph.end + 1, s1  # ", or about 15,000 people, have fled": the predicate after
    else:
        at = ph.end
        own = OF_WHOM.match(text, at, min(s1, at + 16)) or ALL_OF.match(text, at, min(s1, at + 24))
        if own is not None:
            at = own.end()  # "four of whom died", "298 people, all of whom died": the count's own
        source = source_aside(text, at, min(nxt, s1), p)
        if source is not None and predicate_at(text, source.end(), p):
            at = source.end()  # "Forty people, officials said, were killed"
    end = _window_end(text, at, nxt, s1, p)
    if nxt < s1 and GAPPED.match(text, at, nxt):
        return None  # "the dead at 19 and the injured at 44": the words after are 44's
    if measured and NEW_SUBJECT.match(text, at, end):
        return None  # "the toll stood at 61 and those injured numbered 200"
    if measured and (clause := AS_CLAUSE.search(text, at, end)) is not None:
        end = clause.start()  # "rose to 16 as several of the wounded died": another clause
    cue = next(cues(text, at, end, p), None)
    stop = end
    for m in PAST.finditer(text, at, end):
        if (
            m.group().casefold() not in p.transparent
            and not p.cue.fullmatch(m.group())
            and not _passive_link(text, at, m, p)
            and not _BY_AGENT.match(text, m.end(), end)  # "72 drivers hired by the agency had"
            and not _DETERMINED.search(text, max(at, m.start() - 8), m.start())  # "the hijacked"
        ):
            stop = m.start()
            break
    verb = p.verbs.search(text, at, end)
    while verb is not None and _passive_link(text, at, verb, p):
        verb = p.verbs.search(text, verb.end(), end)
    if verb:
        stop = min(stop, verb.start())
    if cue and cue.start() <= stop and not _as_noun(text, cue, at, p):
        category = lookup(p.cue_kind, cue.group())
        if _agent(text, category, cue.start(), cue.end(), min(nxt, s1), p):
            return None  # "Two gunmen fatally shot four people": the number is the agent
        if (
            not text[ph.end : cue.start()].strip(" \t\u00a0")
            and cue.group().casefold() in p.cue_nouns
        ):
            ph.cue_end = cue.end()  # "7,110 civilians killed": part of the figure as written
        return category
    if (stop < end or _own_predicate(text, at, end, p)) and not measured:
        # a number a preposition measures is no subject: "rose to 400 as rescuers kept
        # digging" leaves the verb after it to another clause
        ph.predicate = True
    return None


def _as_noun(text: str, cue: regex.Match[str], at: int, p: Patterns) -> bool:
    """A verb's base form after a preposition is a noun: "6 million pounds for shelter"."""
    return cue.group().casefold() not in p.cue_nouns and (
        _FOR_NOUN.search(text, max(at, cue.start() - 12), cue.start()) is not None
    )


_FOR_NOUN = lazy(r"(?i)(?<!\w)(?:for|of)[^\S\n]++\Z")


def _passive_link(text: str, at: int, verb: regex.Match[str], p: Patterns) -> bool:
    """Whether ``verb`` links the count to a casualty word after it, as "were" alone does.

    A passive verb of finding ("were found dead"), or a verb whose infinitive is a casualty
    verb, the count doing it ("were ordered to leave their homes", "were told to evacuate").
    """
    if AUX_BEFORE.search(text, at, verb.start()) is None:
        return False
    if verb.group().casefold() in p.passive_links:
        return True
    to = _TO.match(text, verb.end())
    return to is not None and cue_at(text, to.end(), min(len(text), to.end() + 40), p) is not None


_TO = lazy(r"[^\S\n]++to[^\S\n]++")
# A conjunct that gives the next number its own measure, the verb left out: "put the dead at
# 19 and the injured at 44", "raised the toll to 45 and the number of injured to 130".
GAPPED = lazy(
    r"(?i)[^\S\n]*+,?[^\S\n]*+(?:and|or)[^\S\n]++(?:[\p{L}'’-]++[^\S\n]++){1,5}"
    r"(?:at|to)[^\S\n]*+\Z"
)
# What follows an aside when no predicate does: a preposition or a conjunction.
NO_PREDICATE = lazy(
    r"(?i)[^\S\n]*+(?:with|without|and|as|while|in|on|at|after|before|from|to|amid)(?!\w)"
)
# A relative clause about every one of the count: "298 people, all of whom died".
ALL_OF = lazy(r"(?i)[^\S\n]*+,[^\S\n]*+(?:all|both|each)[^\S\n]++of[^\S\n]++(?:whom|them)(?!\w)")
# What a preposition measures ("stood at 61", "rose to 45"; :func:`measured`), and a conjunct
# after it that opens with a subject of its own ("and those injured numbered 200").
MEASURED = lazy(r"(?i)(?<!\w)(?:at|to)[^\S\n]++\Z")
# "as" opening a clause of its own after a measured count ("as of", "as well", "as many" do not).
AS_CLAUSE = lazy(r"(?i)(?<!\w)as[^\S\n]++(?!(?:of|well|many|much|a|an|result|high|low)(?!\w))")
NEW_SUBJECT = lazy(
    r"(?i)[^\S\n]*+,?[^\S\n]*+(?:and|or|but)[^\S\n]++"
    r"(?:the|those|these|its|their|his|her|a|an)(?!\w)"
)


def _own_predicate(text: str, at: int, end: int, p: Patterns) -> bool:
    """Whether the number has a verb of its own right after it: "and 140 have fallen ill".

    Such a count takes no category from a count it is joined to ("8 people have died ..., and
    140 have fallen ill"). Irregular participles ("fallen", "taken") are not caught as verbs in
    -ed, so the auxiliary says it.
    """
    m = AUX_PREDICATE.match(text, at, end)
    if m is None:
        return False
    word = m.group("w").casefold()
    return (
        word not in GRAMMAR
        and word not in p.transparent
        and cue_at(text, m.start("w"), end, p) is None
    )


def _agent(text: str, category: str, start: int, end: int, limit: int, p: Patterns) -> bool:
    """Whether the casualty verb at ``start:end`` is active, with an object after it.

    "Two men fatally shot four people", "three gunmen killed a guard": the verb governs what
    follows, and the number before it counts the attackers. A passive ("were killed the same
    day") or a participle ("civilians killed in the strikes") has no such object; nor do the
    verbs of categories that count their subject ("40,000 people fled the coast").

    Args:
        text: the document.
        category: the verb's casualty category.
        start: where the verb starts.
        end: where it ends.
        limit: where the clause ends, or the next number starts.
        p: the figure patterns.
    """
    if category in p.subject_counted or AUX_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _OF_END.search(text, start, end):
        return False  # "remain in the hands of the gunmen": the words after are the holder
    if p.object_cue.match(text, start, limit) and NUMBER_START.match(text, limit):
        return True  # the next number is its object
    det = DETERMINER_AFTER.match(text, end, min(limit, end + 12))
    if det is None:
        return False
    # "died that day", "were killed this week": a time, no object
    word = _NEXT_WORD.match(text, det.end(), limit)
    low = word.group(1).casefold() if word else ""
    return p.unit_kind.get(low) not in p.dropped and low not in p.calendar


_NEXT_WORD = lazy(r"[^\S\n]++(\p{L}+)")
_DETERMINED = lazy(r"(?i)(?<!\w)(?:the|a|an|its|their)[^\S\n]++\Z")  # an adjective, no verb
_OF_END = lazy(r"(?i)(?<!\w)(?:of|by)\Z")  # a cue that ends in a preposition takes no object


def measured(text: str, n: NumberMention) -> bool:
    """Whether a preposition measures the number: "stood at 61", "rose to about 45".

    Also one that is the number's own bound: "climbed above 11,200", "passed over 500".
    """
    return (
        MEASURED.search(text, max(0, n.span[0] - 8), n.span[0]) is not None
        or _BOUND.match(text, n.span[0], n.number_span[0]) is not None
    )


# A preposition that bounds a number as its qualifier: "above 11,200", "past 500".
_BOUND = lazy(r"(?i)(?:above|over|past|beyond|below|under)[^\S\n]")
