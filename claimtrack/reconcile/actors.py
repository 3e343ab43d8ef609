"""Actors across documents: one canonical actor per person or body, stance claims grouped by it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from ..lexicon import Lexicon, load_lexicon
from ..model import Claim, Who
from ..text.patterns import lazy
from .places import gazetteer

StanceKey = tuple[str, str]

# A compound adjective is no group's name: "Iran-backed", "Saudi-led".
_COMPOUND = lazy(r"\p{L}-\p{Ll}")
_POSSESSIVE = lazy(r"['\u2019]s?$")
# A role or a body named by its owner: "Germany's foreign minister", "Velt's government".
_OWNER = lazy(r"(?P<name>\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*)*)['\u2019]s ")


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


def stance_key(claim: Claim, lexicon: Lexicon | None = None) -> StanceKey | None:
    """The actor and topic of a stance claim, or None (no stance, no named actor, no date).

    The actor is the group it speaks for (:func:`speaks_for`), else its canonical name.
    """
    if claim.stance is None or claim.who is None or claim.date is None:
        return None
    actor = speaks_for(claim.who, lexicon) or norm(claim.who.canonical)
    return None if actor is None else (actor, claim.stance.topic)


def speaks_for(who: Who, lexicon: Lexicon | None = None) -> str | None:
    """The group an actor named by the group's name and a noun of speaking for it stands for.

    "Velorian officials", "Velorian rebels" and a person titled "Senior Velorian official" speak
    for "velorian" (which joins "the Velorians", :func:`group_stances`); a demonym or another
    name of a country is the country ("a Chilean official" is "chile"). A named person does so
    only under the group's own one-word name: "White House National Security Council
    spokesperson John Kirby" stays John Kirby.

    >>> speaks_for(Who(name="Chilean officials", canonical="chilean officials", kind="group",
    ...                text="Chilean officials", span=(0, 17)))
    'chile'
    """
    named = who.kind == "person" and who.title is not None
    phrase = who.title if named else who.name
    words = (phrase or "").split()
    nouns, ranks = (lexicon or load_lexicon()).memo("reconcile.speaks_for", _speaking_words)
    owner = _OWNER.match(phrase or "") if not named and who.kind != "group" else None
    if owner is not None and len(words) > 1:
        # a role or a body named by its owner alone: "Germany's foreign minister", "Velt's
        # government" speak for the owner
        return _group_name(owner["name"], lexicon)
    if len(words) < 2 or words[-1].casefold() not in nouns:
        return None
    run: list[str] = []
    for word in reversed(words[:-1]):
        if not word[:1].isupper() or _COMPOUND.search(word):
            break
        run.insert(0, _POSSESSIVE.sub("", word))
    while run and run[0].casefold() in ranks:
        run.pop(0)
    if not run or (named and len(run) > 1):
        return None
    return _group_name(" ".join(run), lexicon)


def _group_name(name: str, lexicon: Lexicon | None) -> str | None:
    """A group's name compared across documents: a country's name as the gazetteer gives it."""
    place = gazetteer(lexicon).resolve(name)
    if place is not None and place.kind == "country":
        return norm(place.name)
    return norm(name)


def _speaking_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    words = lexicon.reconcile.words
    return (
        frozenset(w.casefold() for w in words.speaks_for),
        frozenset(w.casefold() for w in words.ranks),
    )


def stance_family(key: StanceKey) -> StanceKey:
    """The last word of the actor, without a plural "s", and the topic.

    "John Kirby" and "Kirby" share a family, and so do "velorian" and "velorians".
    """
    actor, topic = key
    return (_stem(actor.rsplit(" ", 1)[-1]), topic)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def group_stances(
    claims: Iterable[Claim], lexicon: Lexicon | None = None
) -> dict[StanceKey, list[Claim]]:
    """Stance claims grouped by :func:`stance_key`, each group sorted by day then position.

    One actor across documents: a name with a middle initial ("john f. kirby") is the name
    without it; a name that ends with another full name of its family ("white house spokesman
    john kirby") is that name; a surname alone ("kirby", from a document that never gives the
    full name) joins the one full name of its family ("john kirby"). With two full names
    ("john kirby", "mary kirby") the surname stays apart, as it cannot be told which is meant.
    A group's adjective ("velorian", from "Velorian officials") joins its plural name
    ("velorians").
    """
    keyed = [(actor_key(key), claim) for claim in claims if (key := stance_key(claim, lexicon))]
    plural = {key for key, _ in keyed if " " not in key[0]}
    keyed = [
        ((f"{key[0]}s", key[1]) if (f"{key[0]}s", key[1]) in plural else key, claim)
        for key, claim in keyed
    ]
    full: dict[StanceKey, set[StanceKey]] = defaultdict(set)
    for key, _ in keyed:
        if " " in key[0]:
            full[_last(key)].add(key)
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
        names = full.get(_last(key), set())
        if " " not in key[0] and len(names) == 1:
            key = next(iter(names))
        groups[same.get(key, key)].append(claim)
    for group in groups.values():
        group.sort(key=_claim_order)
    return dict(groups)


def _last(key: StanceKey) -> StanceKey:
    """The last word of the actor and the topic: a surname joins the full name it ends."""
    return (key[0].rsplit(" ", 1)[-1], key[1])


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
