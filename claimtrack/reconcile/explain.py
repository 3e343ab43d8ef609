"""One plain sentence per flag, from a template per kind.

>>> day_text(dt.date(2023, 4, 21))
'21 Apr 2023'
"""

from __future__ import annotations

import datetime as dt
import functools

from ..model import Claim, Figure, Who
from ..reconcile.counts import CountKey, Point

_CATEGORY_NOUN = {
    "killed": "death toll",
    "injured": "count of injured",
    "missing": "count of missing",
    "hostages": "count of hostages",
    "displaced": "count of displaced",
    "detained": "count of detained",
}
_QUALIFIER_WORDS = {
    "more_than": "more than ",
    "at_least": "at least ",
    "about": "about ",
    "nearly": "nearly ",
    "up_to": "up to ",
    "fewer_than": "fewer than ",
}


@functools.lru_cache(maxsize=8192)
def day_text(d: dt.date) -> str:
    """A day as reporters write it: "21 Apr 2023"."""
    return f"{d.day} {d:%b %Y}"


@functools.lru_cache(maxsize=65536)
def count_name(key: CountKey) -> str:
    """The count in words: "death toll", "count of injured in Khartoum".

    >>> count_name(("killed", "khartoum", None, None, "children"))
    'death toll (children) in khartoum'
    """
    category, place, event, period, subgroup = key
    noun = _CATEGORY_NOUN.get(category, f"count of {category}")
    parts = [noun]
    if subgroup:
        parts.append(f"({subgroup})")
    if place:
        parts.append(f"in {place}")
    if event:
        parts.append(f"from {event}")
    if period:
        parts.append(f"for {period}")
    return " ".join(parts)


def figure_text(p: Point) -> str:
    """A figure as a number with its qualifier: "more than 400" (worded once per point)."""
    if p.label is None:
        assert p.claim.figure is not None
        p.label = figure_words(p.claim.figure)
    return p.label


def figure_words(fig: Figure) -> str:
    """A figure as a number with its qualifier: "more than 400"."""
    number = f"{fig.value:,}" if isinstance(fig.value, int) else f"{fig.value:,g}"
    return _QUALIFIER_WORDS.get(fig.qualifier, "") + number


def source_name(who: Who | None, *, possessive: bool = False) -> str:
    """Name a source: "the Health Ministry", "Olaf Scholz", or "unattributed reports"."""
    if who is None:
        return "the unattributed" if possessive else "unattributed reports"
    return _source_name(who.name, who.kind, possessive)


@functools.lru_cache(maxsize=65536)
def _source_name(name: str, kind: str, possessive: bool) -> str:
    first = name.split(" ", 1)[0]
    # "the Health Ministry", "the officials"; but "Israel", "UNICEF", "Sudan's Health Ministry".
    bare = (
        name.isupper()
        or name.casefold().startswith("the ")
        or first.endswith(("'s", "\u2019s"))
        or (" " not in name and name[:1].isupper())
    )
    if kind != "person" and not bare:
        name = f"the {name}"
    if not possessive:
        return name
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _shown(key: CountKey, *points: Point) -> CountKey:
    """The key with its place as a figure wrote it ("Tarsk"), where the key folds it."""
    place = key[1]
    if place is None or place != place.casefold():
        return key
    for p in points:
        written = p.claim.figure.scope.place if p.claim.figure is not None else None
        if written is not None and written.casefold() == place:
            return (key[0], written, *key[2:])
    return key


def _relayed(p: Point) -> str:
    """Who passed a relayed figure on: " (reported by Kell Radio)"; else nothing."""
    who = p.claim.who
    if p.claim.origin is None or who is None:
        return ""
    # as the text names it ("Kell Radio", "the Courier"), unless by a pronoun
    named = who.text if who.text[:1].isupper() or who.text.startswith("the ") else None
    if named is not None and named.startswith("The "):
        named = "t" + named[1:]  # "The Courier reported ...": "(reported by the Courier)"
    return f" (reported by {named or source_name(who)})"


def _its(who: Who | None) -> str:
    """The possessive a source takes: "its count", "their count" for a group of people."""
    return "their" if who is not None and who.kind == "group" else "its"


def explain_change(
    key: CountKey, a: Point, b: Point, owner: Who | None, official: bool, shared: bool = False
) -> str:
    """One sentence for a rise or a revision between two readings of one chain.

    A relayed figure is its originator's, and says who passed it on. ``shared``: the chain is
    several independent sources' (a toll the press carries from one to the next), so the
    count is "the reported" one, not its first source's.
    """
    count = count_name(_shown(key, a, b))
    wa, wb = a.claim.origin or a.claim.who, b.claim.origin or b.claim.who
    same = a.source == b.source
    da, db = f"on {day_text(a.day)}{_relayed(a)}", f"on {day_text(b.day)}{_relayed(b)}"
    if not same:
        da, db = f"{da} ({source_name(wa)})", f"{db} ({source_name(wb)})"
    if same:
        whose = _cap(source_name(wb, possessive=True))
    else:
        whose = (
            "The official"
            if official
            else "The reported"
            if shared
            else _cap(source_name(owner, possessive=True))
        )
    if b.value > a.value:
        return f"{whose} {count} rose from {figure_text(a)} {da} to {figure_text(b)} {db}."
    if same:
        return (
            f"{_cap(source_name(wb))} revised {_its(wb)} {count} down from {figure_text(a)} "
            f"{da} to {figure_text(b)} {db}."
        )
    return f"{whose} {count} was revised down from {figure_text(a)} {da} to {figure_text(b)} {db}."


def explain_conflict(key: CountKey, a: Point, b: Point) -> str:
    """One sentence for two sources that disagree on the same day."""
    count = count_name(_shown(key, a, b))
    return (
        f"On {day_text(a.day)}, {source_name(a.claim.who)} put the {count} at "
        f"{figure_text(a)} while {source_name(b.claim.who)} put it at {figure_text(b)}, "
        f"and both cannot be right."
    )


def explain_shift(a: Claim, b: Claim) -> str:
    """One sentence for an actor whose stance on a topic changed."""
    assert a.stance
    assert b.stance
    assert a.date
    assert b.date
    topic = a.stance.topic.replace("_", " ")
    # one actor named two ways ("Germany's foreign minister", then "Germany's government")
    before = f" ({source_name(a.who)})" if a.who and b.who and a.who.name != b.who.name else ""
    return (
        f"{_cap(source_name(b.who, possessive=True))} stance on {topic} shifted from "
        f"{a.stance.polarity} on {day_text(a.date.start)}{before} to {b.stance.polarity} on "
        f"{day_text(b.date.start)}."
    )
