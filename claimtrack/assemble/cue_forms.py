"""Cues written apart from their usual form, found beside a phrase table's matches.

A parenthetical may split a two-word cue ("called, by a large majority, for a truce"), and a
call for a halt ("all military operations should cease") is a cue only with no object after
it ("would halt military operations" is the act itself). Both are read with the lexicon's
stance tables (:mod:`.stance_cues`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import regex

from ..find.phrases import Hit, WordIndex
from ..lexicon import Lexicon
from ..model import Polarity
from ..text.patterns import lazy

if TYPE_CHECKING:
    from .stance_cues import Tables

__all__ = ["document_cues", "halting_cues", "proceeding_cues", "with_split_cues"]

_ASCII_LETTERS = re.compile(r"[a-z]+")

# Modals that make a verb of stopping a call for a halt: "should cease", "must stop".
_MODALS = ("should", "must", "will", "would", "shall", "has to", "have to", "needs to", "ought to")

# A parenthetical between two words: "called, by a large majority, for", "objected, in a
# letter to the committee, to". Not a clause of its own ("pressed, and the truce held, for").
_SPLIT = lazy(
    r"(?<![\p{L}])(\p{L}+),\s+(?!(?:and|but|or|while|which|who)\b)[^,;:.!?\"\u201c\u201d()]{2,70}?"
    r",\s+(\p{L}+)(?![\p{L}\-])",
    regex.I,
)


# A time or an adverb between a verb and its preposition: "called yesterday for", "pressed
# again for", "pushing hard for", "is firmly against", "called late on Sunday for". (A phrase
# of means, "called in a joint statement for", is found but its holder is not read: left.)
_TIMED = lazy(
    r"(?<![\p{L}])(?:(\p{L}+)\s+)?(\p{L}+)\s+(?:(?:late|early)\s+)?(?:yesterday|today|tonight|last\s+night|"
    r"again|also|hard|\p{Ll}{3,}ly|(?:on|last)\s+\p{Lu}\p{Ll}+day)\s+(\p{L}+)(?![\p{L}\-])"
)


def document_cues(
    text: str, lexicon: Lexicon, t: Tables, found: list[Hit], index: WordIndex
) -> list[Hit]:
    """:func:`with_split_cues` over a whole document, with its word index (:class:`.DocScan`)."""
    firsts = lexicon.memo("stance.timed_firsts", lambda _: _timed_firsts(t.polarity_of))
    return with_split_cues(text, t, found, 0, len(text), index, firsts)


def with_split_cues(
    text: str,
    t: Tables,
    found: list[Hit],
    start: int,
    end: int,
    index: WordIndex | None = None,
    firsts: frozenset[str] | None = None,
) -> list[Hit]:
    """``found`` with the two-word cues a parenthetical or a time splits, in order of starts.

    "called, by a large majority, for a truce" and "called yesterday for a truce" hold "called
    for": its hit spans the whole stretch, and its text is the cue's two words (the phrase the
    table knows), not the insert. ``index`` is the word index of ``text`` and ``firsts`` the
    first words of the two-word cues (see :func:`_timed_firsts`), when the caller has them.
    """
    found = _with_halting(text, t, found, start, end, index)
    found = _with_object(text, t, found, end)
    split: list[Hit] = []
    for m in _timed(text, start, end, index, firsts):
        # a cue of one or two words before the time: "called ... for", "voiced misgivings ... about"
        for first in (1, 2) if m.group(1) else (2,):
            phrase = " ".join(m.group(k) for k in range(first, 4))
            if phrase.casefold() in t.polarity_of:
                split.append(Hit(m.start(first), m.end(3), phrase))
                break
    if "," not in text[start:end] and not split:
        return found
    for m in _split_candidates(text, start, end) if "," in text[start:end] else ():
        phrase = f"{m.group(1)} {m.group(2)}"
        if phrase.casefold() in t.polarity_of:
            split.append(Hit(m.start(1), m.end(2), phrase))
    if not split:
        return found
    split = list({(h.start(), h.end()): h for h in split}.values())  # found from two starts
    # The split cue is the reading of its first word: "agreed, in principle, to" is "agreed to".
    starts = {h.start() for h in split}
    kept = [h for h in found if h.start() not in starts]
    return sorted([*kept, *split], key=lambda h: (h.start(), h.end()))


def _with_object(text: str, t: Tables, found: list[Hit], end: int) -> list[Hit]:
    """``found`` less the verbs of stopping or going ahead that take an object.

    Such a verb is no call about its subject: "would continue military operations" is the
    act its verb opens (found again from the verb), not "the offensive would continue".
    """
    out: list[Hit] = []
    for h in found:
        if h.group().casefold() not in t.intransitive or _NO_OBJECT.match(text, h.end(), end):
            out.append(h)
            continue
        verb = text.find(" ", h.start(), h.end()) + 1  # past the modal
        out += [a for a in t.polarity.find(text, None, verb, end) if a.start() < h.end()][:1]
    return out


# The letters right before a comma (read backwards from it).
_WORD_BEFORE = lazy(r"(?r)\p{L}+")


def _split_candidates(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """What ``_SPLIT.finditer(text, start, end, overlapped=True)`` finds, found from commas.

    Every match opens with a word right before a comma, so each comma's word is tried alone
    rather than every position of the stretch (the scan cost a twentieth of ``extract``).
    """
    comma = text.find(",", start, end)
    while comma != -1:
        word = _WORD_BEFORE.match(text, start, comma)
        if word is not None:
            m = _SPLIT.match(text, word.start(), end)
            if m is not None:
                yield m
        comma = text.find(",", comma + 1, end)


# What may follow a verb of stopping that has no object: "should cease," "must stop now".
_NO_OBJECT = lazy(
    r"\s*(?:[,.;:!?\"\u201d)]|$|(?:on|in|at|by|from|after|before|until|immediately|now|today|"
    r"tonight|within|for|and|or|but|as|once|when|without|unless|if|only|to|with|under|into)\b)",
    regex.I,
)


def _timed_firsts(polarity_of: dict[str, Polarity]) -> frozenset[str] | None:
    """The first words of the cues of two or three words; None if one is not ASCII letters.

    A time splits only such a cue (``_TIMED`` joins runs of letters with one space), and
    an ASCII run of letters case-folds to ASCII letters: "won't" is no run's.
    """
    firsts = {cue.split(" ")[0] for cue in polarity_of if cue.count(" ") in (1, 2)}
    if not all(f.isascii() for f in firsts):
        return None
    return frozenset(f for f in firsts if _ASCII_LETTERS.fullmatch(f))


def _timed(
    text: str, start: int, end: int, index: WordIndex | None, firsts: frozenset[str] | None
) -> Iterable[regex.Match[str]]:
    """What ``_TIMED.finditer(text, start, end, overlapped=True)`` finds with a cue's first word.

    Over a whole text with its index, the pattern is tried only where a run of letters in
    ``firsts`` starts (the pattern's first group, case-folded, must be one). That run is ASCII
    when no other character of the text case-folds to ASCII, and a word of the index then ends
    with it: the run after a word's last digit ("2called"), or the whole word.
    """
    if (
        index is None
        or firsts is None
        or index.lower is None
        or index.text is not text
        or start != 0
        or end != len(text)
        or any(c.casefold().isascii() for c in index.others)
    ):
        every: Iterable[regex.Match[str]] = _TIMED.finditer(text, start, end, overlapped=True)
        return every
    tried = (_TIMED.match(text, at, end) for at in index.letter_tails(firsts))
    return [m for m in tried if m is not None]


def _with_halting(
    text: str, t: Tables, found: list[Hit], start: int, end: int, index: WordIndex | None = None
) -> list[Hit]:
    """``found`` with the calls for a halt that have no object: "operations should cease"."""
    if t.halting_pattern is None:
        return found
    extra = [
        Hit(s, e, text[s:e])
        for s, e in t.halting_pattern.finditer(text, start, end, index)
        # a verb of arriving takes where it goes: "aid must reach the town" (not intransitive)
        if _NO_OBJECT.match(text, e, end) or text[s:e].casefold() not in t.intransitive
    ]
    if not extra:
        return found
    # "must stop" holds the cue "stop": one cue, read once
    kept = [h for h in found if not any(e.start() <= h.start() < e.end() for e in extra)]
    return sorted([*kept, *extra], key=lambda h: (h.start(), h.end()))


def halting_cues(verbs: tuple[str, ...]) -> dict[str, Polarity]:
    """Calls for a halt: "the shelling must stop" opposes it, "would not stop" does not."""
    out: dict[str, Polarity] = {}
    for modal in _MODALS:
        for verb in verbs:
            out[f"{modal} {verb}".casefold()] = "oppose"
            out[f"{modal} not {verb}".casefold()] = "support"
    return out


# Modals before a verb of going ahead, and the position they give it.
_CALLS = ("should", "must", "has to", "have to", "needs to", "ought to")
_GOING_AHEAD: dict[str, Polarity] = {
    **dict.fromkeys(_CALLS, "support"),
    **dict.fromkeys(("can", "will", "would", "shall"), "support"),
    **dict.fromkeys(("could", "may", "might"), "neutral"),
}


def proceeding_cues(
    verbs: tuple[str, ...], arriving: frozenset[str] = frozenset()
) -> dict[str, Polarity]:
    """Calls for going ahead: "a ceasefire must go ahead", against: "cannot go ahead".

    A passive with a bare "be" is a subjunctive, a call: "insisted that aid be allowed in". A
    verb of ``arriving`` only with a modal that calls: "aid must reach Tarn" (but "the convoy
    will reach Tarn on Monday" tells the way).
    """
    out: dict[str, Polarity] = {}
    for verb in verbs:  # a subjunctive asks for it: "insisted that aid be allowed into Tarn"
        if verb.startswith("be "):
            out[verb.casefold()] = "support"
    for modal, polarity in _GOING_AHEAD.items():
        negative: Polarity = "oppose" if polarity == "support" else polarity
        for verb in verbs:
            if verb.casefold() in arriving and modal not in _CALLS:
                continue
            out[f"{modal} {verb}".casefold()] = polarity
            out[f"{modal} not {verb}".casefold()] = negative
            if modal == "can":
                out[f"cannot {verb}".casefold()] = negative
    return out
