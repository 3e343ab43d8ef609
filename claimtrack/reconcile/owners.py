"""A count with no place, given by a body named for a place the story counts in.

"Cyclone Irra has killed 64 people in Valtesse and 21 in Quorran", then "Valtesse's disaster
office said 97 people had died, while Quorran's government reported 26": the later counts name
no place, but their sources are named for the places the first report counted in. A place the
gazetteer knows is read this way when the text is extracted (``CombinedPlaces.of_source``); a
name it does not know is a place only where a report of the story counts in it, so the
reconciler reads it here, over the whole batch: the owner before "'s" ("Valtesse's disaster
office") or a name that opens the source ("the Valtessan government", "Quorran officials"), or
a kind of place the batch counts in ("city officials" where a count is "in the city").
A person's count keeps no place ("Lind's office"), nor does a name no report counts in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Claim
from ..text.patterns import lazy
from .actors import norm
from .places import demonym_stem

if TYPE_CHECKING:
    from .counts import BaseKey, Point, Rules

# A place counted in, within its family (category, period, subgroup), as a partitioned
# reconcile reads it (counts.group_keys): category, period, subgroup, place.
Counted = frozenset[tuple[str, str | None, str | None, str]]

# The owner that opens a source's name: "Valtesse's", "Upper Quorran's".
_OWNER = lazy(r"(?P<name>\p{Lu}[\p{L}-]*+(?:[^\S\n]++\p{Lu}[\p{L}-]*+){0,3})['\u2019]s?\b")
# The first word of a source's name, a name or a kind of place: "Valtessan", "Quorran" in
# "Quorran officials", "city" in "city officials" (a place only where the batch counts in it).
_FIRST = lazy(r"(?:(?i:the)[^\S\n]++)?(?P<name>\p{L}[\p{L}-]*+)[^\S\n]++\p{L}")


def counted_places(keys: Iterable[BaseKey]) -> Counted:
    """The places the keys count in, each with its family."""
    return frozenset((k[0], k[2], k[3], k[1]) for k in keys if k[1] is not None)


def owner_places(groups: dict[BaseKey, list[Point]], rules: Rules) -> dict[BaseKey, list[Point]]:
    """Give each unplaced count the unknown place its source is named for (module doc)."""
    counted = counted_places(groups)
    if not counted:
        return groups
    out: dict[BaseKey, list[Point]] = {}
    for key, points in groups.items():
        for p in points:
            moved = owner_key(p.claim, key, counted, rules)
            p.base = moved
            out.setdefault(moved, []).append(p)
    return out


def owner_key(claim: Claim, key: BaseKey, counted: Counted, rules: Rules) -> BaseKey:
    """``key`` with the counted place the claim's source is named for, when it has none."""
    who = claim.origin or claim.who
    if key[1] is not None or who is None or who.kind == "person" or not counted:
        return key
    for stem in _stems(who.name):
        label = rules.unknown.get(stem)
        if label is not None and (key[0], key[2], key[3], label) in counted:
            return (key[0], label, key[2], key[3])
    return key


def _stems(name: str) -> Iterable[str]:
    for pattern in (_OWNER, _FIRST):
        found = pattern.match(name)
        if found is not None and (text := norm(found.group("name"))) is not None:
            yield demonym_stem(text)
