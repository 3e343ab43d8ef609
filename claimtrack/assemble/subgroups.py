"""Whom a count narrows to: "45 children", "six of them children", "of whom 41 are women".

Read from the count's own noun phrase, a partitive after it ("five of the six crew
members"), the noun after a part ("six of them children"), a tally's people ("the number of
civilians killed"), or the count it is joined to ("7,110 civilians killed and 11,547
injured"). :mod:`.scope` reads the rest of a count's scope.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..find.numbers import NumberMention
from ..model import Span
from ..text.patterns import lazy
from .figure_words import (
    AMONG,
    AMONG_BEFORE,
    AND_GAP,
    AND_WORD,
    CLAUSE_END,
    SUBSET_BEFORE,
    TALLY_OF,
    Patterns,
)
from .govern import Phrase

if TYPE_CHECKING:
    from .figures import FigureMention

# A nationality or other capitalised modifier before a people noun: "45 Chilean soldiers".
_NARROWING = lazy(r"(?<!\w)including[^\S\n]++\Z", regex.I)


def subgroup_of(
    text: str,
    n: NumberMention,
    ph: Phrase,
    p: Patterns,
    prev: FigureMention | None,
    left: Span,
) -> str | None:
    """Whom a count narrows to: "45 children", "six of them children", "of whom 41 are women"."""
    head = ph.words[-1].casefold() if ph.words else None
    # Two words first: "14 rescue workers" are rescuers, not workers.
    pairs = (f"{a} {b}".casefold() for a, b in zip(ph.words, ph.words[1:], strict=False))
    # the head before its modifiers: "43 Israeli soldiers" are soldiers (Israel's, by place)
    subgroup = next((pair for pair in pairs if pair in p.subgroups), None) or next(
        (_plural(w, p) for w in reversed(ph.words) if _plural(w, p) in p.subgroups), None
    )
    if subgroup is None and head is not None and (ph.unknown or _among(text, ph.end)):
        subgroup = head  # "Eleven firefighters were hurt", "five children among them"
    if subgroup is None and not ph.words:
        subgroup = _partitive(text, n, p)  # "five of the six crew members"
    if subgroup is None and not ph.words:
        own = _OF_OWN.match(text, n.span[1], min(len(text), n.span[1] + 40))
        word = _plural(own.group(1), p) if own is not None else None
        subgroup = word if word in p.subgroups else None  # "56 of its soldiers"
    if subgroup is None and not ph.words:
        # "six of them children", "of whom 41 are women": the noun after the count
        after = _NOUN_AFTER.match(text, n.span[1], min(len(text), n.span[1] + 40))
        if after is not None and (
            after.group("sub") is not None
            or SUBSET_BEFORE.search(text, max(0, n.span[0] - 24), n.span[0]) is not None
            or _FRONTED_PART.search(text, max(0, n.span[0] - 60), n.span[0]) is not None
        ):
            word = _plural(after.group("w"), p)
            subgroup = word if word in p.subgroups else None
    if subgroup is None and not ph.person:
        subgroup = _tally_subgroup(text, left, p) or _shared_subgroup(text, n, prev)
    if subgroup is None:
        return None
    if ph.words and p.people.match(text, _after_and(text, ph.end)):
        return None  # "1,400 fighters and civilians": the heads together are no subgroup
    name = p.subgroup_names.get(subgroup, subgroup)
    if len(ph.words) > 1 and ph.words[-2][:1].isupper() and _narrows(text, n, ph):
        return f"{ph.words[-2]} {name}"  # "45 Chilean soldiers were among the 300 dead"
    return name


# Words that end the group a partitive names: "of the six crew members were killed".
_GROUP_END = frozenset(
    ("were", "was", "are", "is", "had", "have", "has", "who", "that", "in", "on", "at", "and")
)


def _partitive(text: str, n: NumberMention, p: Patterns) -> str | None:
    """The group a count is a part of: "Five of the six coast guard crew members were killed".

    Only a group counted by a number ("of the six ..."): "20 of the dead" is part of the toll.
    """
    m = p.partitive.match(text, n.span[1], min(len(text), n.span[1] + 80))
    if m is None:
        return None
    words: list[str] = []
    for word in m.group("group").split():
        low = word.casefold()
        verb = bool(words) and low.endswith("ed") and not words[-1].endswith("ed")
        if low in _GROUP_END or low in p.link_verbs or verb:
            break  # "of the 40 injured children died": the verb after the noun ends the group
        words.append(low)
    if not words:
        return None
    pair = " ".join(words[-2:])
    if pair in p.subgroups:
        return p.subgroup_names.get(pair, pair)
    if _plural(words[-1], p) in p.subgroups:
        word = _plural(words[-1], p)
        return p.subgroup_names.get(word, word)
    return " ".join(words)


# After a count: "six of them children", "41 are women".
# A part of a count named before the number: "Of the dead, 58 were children", "Of those who
# died, 12 were doctors".
_FRONTED_PART = lazy(
    r"(?i)(?<!\w)of[^\S\n]++(?:all[^\S\n]++)?(?:the|those)(?!\w)[^,;\n]{1,40}+,[^\S\n]*+\Z"
)
_NOUN_AFTER = lazy(
    r"(?:[^\S\n]++(?P<sub>of[^\S\n]++(?:them|whom|those)))?[^\S\n]++"
    r"(?:(?:are|were|was|is)[^\S\n]++)?(?P<w>\p{Ll}+)"
)


def _after_and(text: str, at: int) -> int:
    """Where the word after " and " / " or " at ``at`` starts, or ``at`` if none is there."""
    m = AND_WORD.match(text, at, min(len(text), at + 8))
    return m.end() if m else len(text)


def _narrows(text: str, n: NumberMention, ph: Phrase) -> bool:
    """Whether a count is part of another: "were among the 300 dead", "including four"."""
    return _among(text, ph.end) or bool(_NARROWING.search(text, max(0, n.span[0] - 16), n.span[0]))


def _among(text: str, pos: int) -> bool:
    """Whether "among" follows ``pos`` after blanks: "five children among them", "were among"."""
    before = AMONG_BEFORE.match(text, pos)
    if before is None:
        return False
    # Blanks are taken greedily and "among" starts with no blank, so it must stand right here.
    return AMONG.match(text, before.end(), min(len(text), before.end() + 6)) is not None


def _plural(word: str, p: Patterns) -> str:
    """A subgroup word in the plural the lexicon lists: "8,709 civilian deaths" -> civilians."""
    w = word.casefold()
    return f"{w}s" if w not in p.subgroups and f"{w}s" in p.subgroups else w


def _tally_subgroup(text: str, left: Span, p: Patterns) -> str | None:
    """The tally's people: "The number of civilians killed in Sudan's war has risen to 436"."""
    found = None
    for m in TALLY_OF.finditer(text, *left):
        found = m
    if found is None or CLAUSE_END.search(text, found.end(), left[1]):
        return None
    if found.group("second"):
        pair = f"{found.group('who')} {found.group('second')}".casefold()
        if pair in p.subgroups:
            return pair
    word = _plural(found.group("who"), p)
    return word if word in p.subgroups else None


def _shared_subgroup(text: str, n: NumberMention, prev: FigureMention | None) -> str | None:
    """A count joined to one of a subgroup: "7,110 civilians killed and 11,547 injured".

    Not to a part of the count before: in "41 were killed, including four children, and 207
    wounded" the 207 goes on with the 41, not with the children.
    """
    if prev is None or prev.scope.subgroup is None:
        return None
    if _PART_BEFORE.search(text, max(0, prev.span[0] - 40), prev.span[0]):
        return None
    return prev.scope.subgroup if AND_GAP.fullmatch(text, prev.span[1], n.span[0]) else None


# A count of the actor's own people: "56 of its soldiers", "12 of their staff".
_OF_OWN = lazy(r"(?i)[^\S\n]++of[^\S\n]++(?:its|their|his|her|our)[^\S\n]++(\p{L}+)")
# What opens a part of the count before: "including four children", "among them 12 women".
_PART_BEFORE = lazy(
    r"(?i)(?<!\w)(?:including|among[^\S\n]++(?:them|whom)|of[^\S\n]++(?:them|whom))"
    r"[^\S\n]++(?:\p{L}+[^\S\n]++){0,2}\Z"
)
