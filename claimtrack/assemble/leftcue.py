"""The casualty word before a number that governs it: "the death toll rose to 2,417".

Read leftwards from the number, past what may stand between a toll and its verb: a source or
a relative clause set off by commas ("The death toll, according to the ministry, stands at
812"). The other governors of a number (its own noun phrase, the verb it is the object of,
the predicate after it) are in :mod:`.govern`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import regex

from ..find.numbers import NumberMention
from ..lexicon import lookup
from ..model import Span
from ..text.patterns import lazy
from .figure_words import RELATIVE_OPEN, SET_OFF, WORDS, Patterns
from .govern import Phrase, cue_at, cues

# "Of all the dead, 5,655 ...", "Of the 9,800 deaths, 3,100 ...", "Of those who died, 58":
# a part of the count named.
OF_THE = lazy(
    r"(?<!\w)of[^\S\n]++(?:all[^\S\n]++)?(?:the|those(?:[^\S\n]++(?:who|that)"
    r"(?:[^\S\n]++(?:have|had|were))?)?)[^\S\n]++(?:[0-9][0-9,.]*+[^\S\n]++)?\w+\Z",
    regex.I,
)

if TYPE_CHECKING:
    from .figures import FigureMention


# An aside of a place or a time between a toll and its verb: "The death toll in Grauwick, where
# the cyclone made landfall on Sunday, rose to 23".
_WHERE_OPEN = lazy(r",[^\S\n]*(?:where|when)(?!\w)", regex.I)


def _kept(aside: str, p: Patterns) -> bool:
    """Whether an aside set off by commas is part of the clause: not a source or a relative."""
    return not (p.reporting.search(aside) or RELATIVE_OPEN.match(aside) or _WHERE_OPEN.match(aside))


def left_cue(
    text: str,
    sentence: Span,
    n: NumberMention,
    prev: FigureMention | None,
    ph: Phrase,
    p: Patterns,
    earlier: Callable[[], FigureMention | None] | None = None,
) -> str | None:
    """A casualty word before the number that governs it.

    A bare tally word with none in its sentence ("Later, the province raised its count to 55")
    goes on with the count of the sentence before (``earlier``).
    """
    s0, s1 = sentence
    # A number that counts no people does not end the reach of a toll word: "The toll in the
    # two countries reached a combined 5,412".
    counted = prev is not None and (prev.category is not None or prev.unit is None)
    if prev is not None and _in_relative(text, s0, prev.number.span, n.span[0]):
        counted = False  # "The toll, which stood at 120 on Friday, rose to 145": the toll's
    lo = max(s0, prev.number.span[1] if prev and counted else s0, n.span[0] - 240)
    cue = None
    for found in cues(text, lo, n.span[0], p):
        if not _describes(text, found, p):
            cue = found
    tally = p.tally_last.search(text, lo, n.span[0])
    if tally is not None and _counts_other(text, tally.end(), n.span[0], p):
        return None  # "puts the number of cases at 11,000": a count of something else
    if tally is not None and (cue is None or tally.start() > cue.end()):
        cue_end, category = tally.end(), _sentence_category(text, sentence, tally.start(), p)
        if category is None and earlier is not None and _linked(text, tally.end(), n, p):
            before = earlier()
            category = before.category if before is not None else None
    elif cue is not None:
        cue_end, category = cue.end(), lookup(p.cue_kind, cue.group())
    else:
        return None
    if category is None:
        return None
    # "The death toll, according to the ministry, stands at 812", "The toll, which includes
    # 12 children, rose to 40": a source or a relative clause set off by commas
    between = text[cue_end : n.span[0]]
    opening = _last(RELATIVE_OPEN.finditer(between))
    if opening is not None and "," not in between[opening.end() :]:
        # "The toll (in Tarn), which stood at 120": the relative clause counts the toll
        between = f"{between[: opening.start()]} {between[opening.end() :]}"
    gap = SET_OFF.sub(lambda m: m.group() if _kept(m.group(), p) else " ", between)
    # a verb group's adverbs and auxiliaries: "the toll was probably 2,658", "was likely"
    words = [w for w in map(str.casefold, WORDS.findall(gap)) if w in p.links or not _filler(w, p)]
    if not words or all(
        w in ("the", "a", "an", "another", "only", "just", "of", "total") for w in words
    ):
        return category  # "killing at least 35", "the release of two Americans"
    if words == [","] and OF_THE.search(text, max(s0, cue_end - 60), cue_end):
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


# "the number of cases", "the tally of votes": what a tally word counts, named after "of".
_OF_NOUN = lazy(
    r"[^\S\n]++of[^\S\n]++(?:(?:the|its|their|those|new|suspected|confirmed)[^\S\n]++)*+"
)


# A people named for their country: "Syrians", "Israelis", "Congolese", "Drevastans".
_NATIONALS = lazy(r"\p{Lu}\p{Ll}{2,20}(?:ans|is|ers|ese)(?![\p{L}'\u2019])")


_APPROXIMATE = frozenset(
    "about around nearly almost roughly approximately some over under at least more fewer "
    "less than up to".split()
)


def _counts_other(text: str, at: int, limit: int, p: Patterns) -> bool:
    """Whether a tally word counts a thing named after "of" that is no casualty word.

    "the number of cases", not "the number of dead", "the number of people killed" or "a
    toll of 40". ``at`` is where the tally word ends.
    """
    of = _OF_NOUN.match(text, at, limit)
    if of is None or all(w.casefold() in _APPROXIMATE for w in text[of.end() : limit].split()):
        return False  # "the estimate of about 2,500": the tally's own number
    if p.people.match(text, of.end()) is not None or _NATIONALS.match(text, of.end()):
        return False  # "the number of civilians", "the number of Varnians who have fled"
    # the noun may follow a modifier or two: "the number of excess deaths"
    for k, word in enumerate(_MODIFIED.finditer(text, of.end(), limit)):
        if k == 3:
            break
        if cue_at(text, word.start(1), limit, p) is not None:
            return False
    return True


# The words of a noun phrase after "of", the head among the first three: "excess deaths".
_MODIFIED = lazy(r"\G(?:[^\S\n]*+)(\p{L}[\p{L}-]*+)(?=[^\S\n]|[,.;:]|\Z)", regex.I)


def _describes(text: str, cue: regex.Match[str], p: Patterns) -> bool:
    """A participle with "by" right after a toll word describes it, naming no casualty.

    "The toll released by the ministry stood at 310": the toll's count, no released people.
    """
    if not cue.group().casefold().endswith("ed") or _BY_AFTER.match(text, cue.end()) is None:
        return False
    word = _WORD_BEFORE.search(text, max(0, cue.start() - 24), cue.start())
    return word is not None and (
        word.group(1).casefold() in p.cue_nouns or p.tally_last.fullmatch(word.group(1)) is not None
    )


_BY_AFTER = lazy(r"[^\S\n]++by[^\S\n]")
_WORD_BEFORE = lazy(r"(\p{L}+)[^\S\n]++\Z")


def _filler(word: str, p: Patterns) -> bool:
    """An auxiliary or an adverb (of the lexicon, or in -ly) inside a verb group."""
    return word in p.link_fillers or (len(word) > 4 and word.endswith("ly"))


def _linked(text: str, end: int, n: NumberMention, p: Patterns) -> bool:
    """Only link words between a tally word and its number: "its count to", "the total at".

    A verb group's auxiliaries and adverbs may stand among them: "the count had been 64", "the
    number later rose to 45".
    """
    words = [w.casefold() for w in WORDS.findall(text[end : n.span[0]])]
    return (
        bool(words)
        and any(w in p.links or w in p.link_words for w in words)
        and all(w in p.links or w in p.link_words or w in p.link_fillers for w in words)
    )


def _last(matches: Iterator[regex.Match[str]]) -> regex.Match[str] | None:
    """The last of ``matches``, or None."""
    last = None
    for last in matches:  # noqa: B007 (the loop keeps the last)
        continue
    return last


def _in_relative(text: str, s0: int, number: Span, before: int) -> bool:
    """Whether ``number`` is inside a relative clause set off by commas that ends before ``before``.

    "The toll, which stood at 120 on Friday, rose to 145": 120 is the toll's too, and does not
    end the toll word's reach over 145.
    """
    opening = _last(RELATIVE_OPEN.finditer(text, max(s0, number[0] - 80), number[0]))
    if opening is None or "," in text[opening.end() : number[0]]:
        return False
    return "," in text[number[1] : before]


def _sentence_category(text: str, sentence: Span, at: int, p: Patterns) -> str | None:
    """For "the official count of 64": the nearest casualty word in the sentence."""
    s0, s1 = sentence
    best = None
    for m in cues(text, s0, s1, p):
        if _describes(text, m, p):
            continue
        if best is None or abs(m.start() - at) < abs(best.start() - at):
            best = m
    return lookup(p.cue_kind, best.group()) if best else None
