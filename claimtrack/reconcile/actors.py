"""Actors across documents: one canonical actor per person or body, stance claims grouped by it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from ..model import Claim

StanceKey = tuple[str, str]


def norm(s: str | None) -> str | None:
    """Scope and source names compared without case, spacing or a leading "the".

    >>> norm("The  Health Ministry")
    'health ministry'
    """
    if s is None:
        return None
    t = " ".join(s.casefold().split())
    if t.startswith("the "):
        t = t[4:]
    return t or None


def stance_key(claim: Claim) -> StanceKey | None:
    """The actor and topic of a stance claim, or None (no stance, no named actor, no date)."""
    if claim.stance is None or claim.who is None or claim.date is None:
        return None
    actor = norm(claim.who.canonical)
    return None if actor is None else (actor, claim.stance.topic)


def stance_family(key: StanceKey) -> StanceKey:
    """The last word of the actor and the topic: "John Kirby" and "Kirby" share a family."""
    actor, topic = key
    return (actor.rsplit(" ", 1)[-1], topic)


def group_stances(claims: Iterable[Claim]) -> dict[StanceKey, list[Claim]]:
    """Stance claims grouped by :func:`stance_key`, each group sorted by day then position.

    One actor across documents: a name with a middle initial ("john f. kirby") is the name
    without it; a name that ends with another full name of its family ("white house spokesman
    john kirby") is that name; a surname alone ("kirby", from a document that never gives the
    full name) joins the one full name of its family ("john kirby"). With two full names
    ("john kirby", "mary kirby") the surname stays apart, as it cannot be told which is meant.
    """
    keyed = [(actor_key(key), claim) for claim in claims if (key := stance_key(claim))]
    full: dict[StanceKey, set[StanceKey]] = defaultdict(set)
    for key, _ in keyed:
        if " " in key[0]:
            full[stance_family(key)].add(key)
    same: dict[StanceKey, StanceKey] = {}
    for names in full.values():
        for name in names:
            words = name[0].split()
            # the shortest other full name this one ends with: "... spokesman john kirby"
            for n in range(2, len(words)):
                shorter = (" ".join(words[-n:]), name[1])
                if shorter in names:
                    same[name] = shorter
                    break
        names.difference_update(same)
    groups: dict[StanceKey, list[Claim]] = defaultdict(list)
    for key, claim in keyed:
        names = full.get(stance_family(key), set())
        if " " not in key[0] and len(names) == 1:
            key = next(iter(names))
        groups[same.get(key, key)].append(claim)
    for group in groups.values():
        group.sort(key=_claim_order)
    return dict(groups)


def actor_key(key: StanceKey) -> StanceKey:
    """A stance key without middle initials: "john f. kirby" -> "john kirby".

    >>> actor_key(("john f. kirby", "ceasefire"))
    ('john kirby', 'ceasefire')
    """
    words = key[0].split()
    if len(words) < 3:
        return key
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _initial(w))]
    return (" ".join(kept), key[1])


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isalpha()


def _claim_order(c: Claim) -> tuple[dt.date, str, int, str, str]:
    assert c.date is not None
    assert c.stance is not None
    return (c.date.start, c.doc_id or "", c.span[0], c.id, c.stance.polarity)
