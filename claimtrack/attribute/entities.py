"""The referents of a document's source mentions: one entity per person or body, and its names.

:class:`Entity` is what :mod:`.coref` resolves mentions to; :func:`canonical_name` is the name
two mentions across documents are compared by.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import WhoKind
from ..syntax.structure import Gender, without_apostrophe_s
from ..text.patterns import lazy

_INITIALS = lazy(r"(?:\p{Lu}\.)+\p{Lu}?\.?")
_BLANKS = lazy(r"\s+")
_THE = lazy(r"^the ")


@dataclass(eq=False)  # one entity is one referent: compared by identity
class Entity:
    """One person or body a document refers to, under the fullest name it was given."""

    name: str
    canonical: str
    kind: WhoKind
    title: str | None
    heads: set[str] = field(default_factory=set)
    # Introduced by a name ("the Kell Health Organisation"), not by a role noun alone.
    named: bool = False
    # When the text last referred to it (a count of mentions), for recency.
    seen: int = 0
    # A person's sex, where a name, a title or a pronoun that referred to them told it.
    gender: Gender | None = None
    # Whether it was ever a source, not only the subject of some other verb.
    spoke: bool = False
    # The name that owns a role or a body named by it alone: "Germany's" (foreign minister).
    owner: str | None = None
    # The name's first and last words, case-folded (the last without "'s"), kept in step with
    # ``name`` by :meth:`rename`: every later mention of a person is compared with them.
    first: str = field(init=False)
    last: str = field(init=False)

    def __post_init__(self) -> None:
        self.rename(self.name)

    def rename(self, name: str, suffixes: frozenset[str] = frozenset()) -> None:
        """Take a fuller name: "Kirby" becomes "John Kirby"."""
        self.name = name
        words = without_suffix(name.split(), suffixes) or [""]
        self.first = words[0].casefold()
        self.last = without_apostrophe_s(words[-1].casefold())


def without_suffix(words: list[str], suffixes: frozenset[str]) -> list[str]:
    """A name's words without "Jr." or "III" at the end: "Benigno Aquino III" ends in Aquino."""
    while len(words) > 1 and words[-1].casefold() in suffixes:
        words = words[:-1]
    return words


def canonical_name(
    name: str, kind: WhoKind, aliases: dict[str, str], suffixes: frozenset[str] = frozenset()
) -> str:
    """The name mentions are compared by: case-folded, "the" off; a person's first and last."""
    low: str = _BLANKS.sub(" ", name.casefold()).strip()
    low = _THE.sub("", low)
    if low in aliases:
        return aliases[low]
    if kind == "person":
        parts = [
            p
            for p in without_suffix(low.split(), suffixes)
            if not _INITIALS.fullmatch(p.upper()) and len(p.rstrip(".")) > 1
        ]
        if len(parts) >= 2:
            return f"{parts[0]} {parts[-1]}"
        return " ".join(parts) or low
    return low


def unconfirmed(entity: Entity) -> bool:
    """A source's name of several words that nothing tells is a person's: no title, no sex.

    "Human Rights Watch", "Doctors Without Frontiers": read as names for want of a body's head
    noun, they may be what "the group" refers to; "Tomas Lind" and "Dr. Kessel" may not.
    """
    return entity.spoke and entity.title is None and entity.gender is None and " " in entity.name


def lone_name(entity: Entity | None) -> bool:
    """A name of one capitalised word read as a body for want of a title: "Lund said"."""
    return (
        entity is not None
        and entity.named
        and entity.kind == "organization"
        and " " not in entity.name
        and not entity.name.isupper()
    )
