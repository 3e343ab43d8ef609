"""One body, however a report names it: its acronym, its full name, an officer of it.

A body named by its initials in one report and in full in another is one source ("NRCO", "the
National Relief Coordination Office"), and so is a person whose title names it ("Mira Lund,
the NRCO's deputy director"), for every reader of sources: count chains (:mod:`.chains`) and
a place's main count (:mod:`.home`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..text.patterns import lazy

if TYPE_CHECKING:
    from .counts import Point


def spelled_out(points: Iterable[Point], known: Iterable[str] = ()) -> dict[str, str]:
    """Acronym sources -> the one body's name they spell, among the sources of ``points``.

    "NRCO said 87" beside "the National Relief Coordination Office said 51": one source, so
    its figures read one count and one chain everywhere (places too: :mod:`.home`).
    ``known`` adds sources seen before (the tracker's).
    """
    names: dict[str, str] = {}
    sources = set(known)
    for p in points:
        who = p.claim.origin or p.claim.who
        if p.source is not None:
            sources.add(p.source)
            if " " not in p.source and who is not None:
                names.setdefault(p.source, who.name)
    out: dict[str, str] = {}
    for short, name in names.items():
        if not 2 <= len(short) <= 8 or not written_as_acronym(name):
            continue
        longer = [s for s in sources if " " in s and short in initials(s)]
        if len(longer) == 1:
            out[short] = longer[0]
    for short in sources:  # "national watch": "National Coast Watch" read as a person's name
        longer = [s for s in sources if ends_in(short, s)]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def ends_in(short: str, long: str) -> bool:
    """Whether two words are the first and last words of a longer name.

    A name read as a person's keeps only those: "national watch" of "National Coast Watch".
    """
    a, b = short.split(), long.split()
    return len(a) == 2 and len(b) > 2 and a[0] == b[0] and a[1] == b[-1]


def officers(points: Iterable[Point], spelled: dict[str, str]) -> dict[int, str]:
    """Points of a person whose title names one body among the sources -> that body's source.

    "Mira Lund, the NRCO's deputy director" gives the NRCO's figure; an acronym must be
    written in capitals in the title ("the WHO's representative"), a full name as words.
    Keyed by ``id(point)``: a person may speak for different bodies in different reports.
    """
    bodies = {
        spelled.get(p.source, p.source)
        for p in points
        if p.source is not None and (w := p.claim.origin or p.claim.who) and w.kind != "person"
    }
    written = {s: [s, *(a for a, long in spelled.items() if long == s)] for s in bodies}
    out: dict[int, str] = {}
    for p in points:
        who = p.claim.origin or p.claim.who
        if who is None or who.kind != "person" or not who.title:
            continue
        title = who.title
        named = [
            body for body, names in written.items() if any(in_title(name, title) for name in names)
        ]
        if len(named) == 1:
            out[id(p)] = named[0]
    return out


def in_title(name: str, title: str) -> bool:
    """A source's name as words of a title; an acronym only as written, in capitals."""
    words = [w for w in _NOT_WORD.split(title) if w]  # "NRCO's" -> "NRCO", "s"
    if " " not in name:
        return any(w.casefold() == name and written_as_acronym(w) for w in words)
    return f" {name} " in f" {' '.join(w.casefold() for w in words)} "


_NOT_WORD = lazy(r"[^\w-]+")


def written_as_acronym(name: str) -> bool:
    """Capitals, bar one or two small letters: "UNHCR", "DoDMA", not "Ooffo" or "Kell"."""
    letters = [c for c in name if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return len(letters) == len(name.replace(".", "")) and capitals >= max(2, len(letters) - 2)


_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "de", "la", "du", "des", "el"})


def initials(source: str) -> tuple[str, str]:
    """A body's initials, with and without its small words ("of", "for", "the")."""
    words = source.replace("-", " ").split()
    return (
        "".join(w[0] for w in words),
        "".join(w[0] for w in words if w not in _SMALL_WORDS),
    )
