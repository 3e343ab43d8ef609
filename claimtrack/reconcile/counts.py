"""Which count a figure reads: keys, bounds, events, and claims grouped by count and by actor.

A figure claim reads the count ``(category, place, event, period, subgroup)``. The key is built
in two steps: :func:`count_key` gives each claim its base key (category, place, period and
subgroup, from the figure's scope, normalised), and :func:`split_events` divides the claims of
one base key by the event they name:

- no event, or an event named only by its kind ("the quake", "Saturday's earthquake", "Sudan's
  war") of the kind most of the count's figures name: the story's own event, the main count
  (``event`` None);
- the same kind dated after the count's first reading ("Tuesday's quake" in a story whose toll
  was first given a fortnight earlier): a second event, keyed by its kind and day;
- another kind ("the avalanche" in an earthquake story) or a named or dated event ("Hurricane
  Katrina", "the 1934 earthquake"): another count, keyed by its kind or name.

>>> count_key(Claim(id="x", doc_id=None, kind="statement", who=None, what="", text="",
...                 span=(0, 0))) is None
True
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..lexicon import Lexicon, load_lexicon
from ..model import Claim, Scope

# Qualifiers that state a count. "up to"/"fewer than" are ceilings ("as high as 10,000" is a
# projection) and "vague" is "dozens": none of them is a reading of a toll.
COUNT_QUALIFIERS = frozenset({"exact", "more_than", "at_least", "about", "nearly", "range"})

BaseKey = tuple[str, str | None, str | None, str | None]  # category, place, period, subgroup
CountKey = tuple[str, str | None, str | None, str | None, str | None]
StanceKey = tuple[str, str]
_INF = math.inf
_WORD = regex.compile(r"[\p{L}0-9]+(?:[.'’][\p{L}]+)*")
_SAME_EVENT = dt.timedelta(1)  # "the weekend earthquake" and "Saturday's quake" are one
_YEAR = regex.compile(r"1[5-9][0-9]{2}|20[0-9]{2}")


@dataclass(frozen=True, slots=True)
class Bounds:
    """The values a figure's wording allows: ``more than 400`` is ``(400, inf)`` open below.

    >>> Bounds(400, 400, lo_open=True).compatible(Bounds(413, 413))
    False
    >>> Bounds(400, _INF, lo_open=True).compatible(Bounds(413, 413))
    True
    """

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def compatible(self, other: Bounds) -> bool:
        """Whether both can be true at once (the intervals meet)."""
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        if lo < hi:
            return True
        if lo > hi:
            return False
        lo_open = (self.lo_open and self.lo == lo) or (other.lo_open and other.lo == lo)
        hi_open = (self.hi_open and self.hi == hi) or (other.hi_open and other.hi == hi)
        return not (lo_open or hi_open)


def figure_bounds(value: float, low: float | None, high: float | None, qualifier: str) -> Bounds:
    """Bounds from the qualifier, widened by any bounds the extractor gave.

    >>> figure_bounds(3500, None, None, "about")
    Bounds(lo=3150.0, hi=3850.0, lo_open=False, hi_open=False)
    """
    lo: float = value
    hi: float = value
    lo_open = hi_open = False
    if qualifier == "more_than":
        hi, lo_open = _INF, True
    elif qualifier == "at_least":
        hi = _INF
    elif qualifier == "about":
        lo, hi = value * 9 / 10, value * 11 / 10
    elif qualifier == "nearly":
        lo = value * 9 / 10
    elif qualifier in ("up_to", "fewer_than"):
        lo, hi_open = 0, qualifier == "fewer_than"
    elif qualifier == "vague":
        hi = _INF
    if low is not None and low < lo:
        lo, lo_open = low, False
    if high is not None and high > hi:
        hi, hi_open = high, False
    return Bounds(lo, hi, lo_open, hi_open)


class Event(NamedTuple):
    """An event a figure names.

    Its kind ("quake"), the days it can have happened on ("Saturday's": one day; "last
    week's": seven), or a name for an event that is plainly another one ("hurricane katrina",
    "1934 earthquake").
    """

    kind: str | None
    since: dt.date | None = None
    until: dt.date | None = None
    name: str | None = None


class Rules:
    """The reconciler's word lists compiled once per lexicon, with per-string caches."""

    def __init__(self, lexicon: Lexicon) -> None:
        lex = lexicon.reconcile
        self.official = regex.compile(r"\b\L<cue>\b", cue=list(lex.official), flags=regex.I)
        self.independent = regex.compile(
            r"(?<!\w)\L<cue>(?!\w)", cue=list(lex.independent), flags=regex.I
        )
        self.running = regex.compile(
            r"(?:\L<cue>)\b|.*\bso\sfar\b", cue=list(lex.words.running_periods), flags=regex.I
        )
        self.nationwide = frozenset(t.casefold() for t in lex.words.nationwide)
        self.modifiers = frozenset(t.casefold() for t in lex.words.event_modifiers)
        self.kinds = {w.casefold(): kind for kind, words in lex.events.items() for w in words}
        self.weekdays = {k.casefold(): v for k, v in lexicon.dates.weekdays.items()}
        self.months = {k.casefold(): v for k, v in lexicon.dates.months.items()}
        self.scopes: dict[tuple[str | None, ...], tuple[str | None, str | None, str | None]] = {}
        self.events: dict[str, tuple[str | None, str | None, tuple[str, ...]]] = {}
        self.sources: dict[tuple[str, str, str | None], tuple[str | None, bool]] = {}

    def is_official(self, canonical: str, name: str = "", title: str | None = None) -> bool:
        """Whether a source speaks for a government (and so joins its official chain)."""
        text = f"{canonical} | {name} | {title or ''}"
        return self.official.search(text) is not None and self.independent.search(text) is None

    def source(self, canonical: str, name: str, title: str | None) -> tuple[str | None, bool]:
        """A source's chain name (normalised canonical) and whether it is official."""
        key = (canonical, name, title)
        found = self.sources.get(key)
        if found is None:
            found = self.sources[key] = (norm(canonical), self.is_official(canonical, name, title))
        return found

    def scope(self, s: Scope) -> tuple[str | None, str | None, str | None]:
        """Place, period and subgroup of a scope, normalised; running periods dropped."""
        key = (s.place, s.period, s.subgroup)
        found = self.scopes.get(key)
        if found is None:
            place, period = norm(s.place), norm(s.period)
            if place is not None and place in self.nationwide:
                place = None  # "across the country": the whole country's count
            if period is not None and self.running.match(period):
                period = None  # "as of Friday morning", "since fighting broke out"
            found = self.scopes[key] = (place, period, norm(s.subgroup))
        return found

    def event(self, text: str | None, day: dt.date) -> Event | None:
        """Read an event's kind and the days it dates it to (see :func:`split_events`)."""
        if text is None:
            return None
        parts = self.events.get(text)
        if parts is None:
            parts = self.events[text] = self._event_parts(text)
        kind, name, prefix = parts
        if name is not None or not prefix:
            return Event(kind, name=name)
        return self._anchor(kind, prefix, day)

    def _event_parts(self, text: str) -> tuple[str | None, str | None, tuple[str, ...]]:
        """An event phrase -> its kind, a name if it is plainly another event, and dating words.

        The dating words are those before the kind ("tuesday", "april 25"); read once per phrase.
        """
        words = [w.casefold().replace("’", "'") for w in _WORD.findall(text)]
        label = " ".join(w for w in words if w not in ("the", "a", "an", "this", "that"))
        for n in (3, 2, 1):  # the longest kind name that ends the phrase: "super typhoon"
            if len(words) >= n and " ".join(words[-n:]) in self.kinds:
                kind = self.kinds[" ".join(words[-n:])]
                prefix = tuple(w.removesuffix("'s") for w in words[: len(words) - n])
                break
        else:
            return None, label, ()  # "Hurricane Katrina": named, another event
        dating = (*self.weekdays, *self.months, "weekend", "yesterday", "last")
        if not any(w in dating or _YEAR.fullmatch(w) for w in prefix):
            return kind, None, ()
        return kind, None, prefix

    def _anchor(self, kind: str | None, prefix: tuple[str, ...], day: dt.date) -> Event:
        since = until = None
        for i, w in enumerate(prefix):
            nxt = prefix[i + 1] if i + 1 < len(prefix) else ""
            if _YEAR.fullmatch(w):
                if int(w) != day.year:
                    return Event(kind, name=f"{kind} of {w}")  # "the 1934 earthquake"
            elif w in self.weekdays:  # "Tuesday's quake": the last Tuesday
                since = until = day - dt.timedelta((day.weekday() - self.weekdays[w]) % 7)
            elif w == "weekend":
                since = day - dt.timedelta((day.weekday() - 5) % 7)
                until = since + dt.timedelta(1)
            elif w == "yesterday":
                since = until = day - dt.timedelta(1)
            elif w == "last" and nxt == "week":
                until = day - dt.timedelta(day.weekday() + 1)
                since = until - dt.timedelta(6)
            elif w == "last" and nxt == "month":
                until = day.replace(day=1) - dt.timedelta(1)
                since = until.replace(day=1)
            elif w in self.months and nxt.isdigit() and 1 <= int(nxt) <= 31:
                try:  # "the April 25 earthquake"
                    since = dt.date(day.year, self.months[w], int(nxt))
                except ValueError:
                    continue
                if since > day:
                    since = since.replace(year=day.year - 1)
                until = since
        return Event(kind, since, until)


def rules_for(lexicon: Lexicon | None = None) -> Rules:
    """The compiled rules of a lexicon (the default one when None), built once per lexicon."""
    return (lexicon or load_lexicon()).memo("reconcile.rules", Rules)


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


class Point:
    """One figure claim placed in its count: the claim, its day, value, bounds and source."""

    __slots__ = (
        "base",
        "bounds",
        "claim",
        "day",
        "event",
        "exact",
        "label",
        "official",
        "order",
        "source",
        "value",
    )

    def __init__(self, claim: Claim, base: BaseKey, rules: Rules) -> None:
        fig, date, who = claim.figure, claim.date, claim.who
        assert fig is not None  # checked by count_key
        assert date is not None
        self.claim = claim
        self.base = base
        self.day: dt.date = date.start
        self.value: float = fig.value
        self.exact = fig.qualifier == "exact"
        self.bounds = figure_bounds(fig.value, fig.low, fig.high, fig.qualifier)
        if who is None:
            self.source: str | None = None
            self.official = False
        else:
            self.source, self.official = rules.source(who.canonical, who.name, who.title)
        self.event = rules.event(fig.scope.event, date.start)
        self.order = (date.start, claim.doc_id or "", claim.span[0], fig.span[0], claim.id)
        self.label: str | None = None  # the figure in words, for explanations


def count_key(claim: Claim, rules: Rules | None = None) -> BaseKey | None:
    """The base key of the count a figure claim reads, or None when it takes no part.

    The event is left out: :func:`split_events` adds it, as it depends on the other figures.
    """
    fig, date = claim.figure, claim.date
    if fig is None or date is None or fig.category is None or fig.incremental:
        return None
    if fig.qualifier not in COUNT_QUALIFIERS or not isinstance(fig.value, (int, float)):
        return None
    return (fig.category, *(rules or rules_for()).scope(fig.scope))


def stance_key(claim: Claim) -> StanceKey | None:
    """The actor and topic of a stance claim, or None (no stance, no named actor, no date)."""
    if claim.stance is None or claim.who is None or claim.date is None:
        return None
    actor = norm(claim.who.canonical)
    return None if actor is None else (actor, claim.stance.topic)


def base_groups(claims: Iterable[Claim], rules: Rules) -> dict[BaseKey, list[Point]]:
    """Figure claims as points, grouped by base key (unsorted)."""
    groups: dict[BaseKey, list[Point]] = defaultdict(list)
    for claim in claims:
        key = count_key(claim, rules)
        if key is not None:
            groups[key].append(Point(claim, key, rules))
    return groups


def split_events(points: list[Point]) -> dict[CountKey, list[Point]]:
    """One base key's points -> counts by event (module docstring), each sorted by day."""
    kinds = Counter(
        p.event.kind for p in points if p.event is not None and p.event.kind and not p.event.name
    )
    main = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None
    # The story's own event is the earliest dated one of the main kind; one dated after it is
    # another event of that kind ("Tuesday's quake" beside "the April 25 earthquake").
    first = min(
        (p.event.until for p in points if p.event is not None and p.event.until and _main(p, main)),
        default=None,
    )
    out: dict[CountKey, list[Point]] = defaultdict(list)
    for p in points:
        category, place, period, subgroup = p.base
        out[(category, place, _event_label(p, main, first), period, subgroup)].append(p)
    for group in out.values():
        group.sort(key=_order)
    return dict(out)


def _main(p: Point, main: str | None) -> bool:
    e = p.event
    return e is None or (e.name is None and e.kind == main)


def _event_label(p: Point, main: str | None, first: dt.date | None) -> str | None:
    e = p.event
    if e is None:
        return None
    if e.name is not None:
        return e.name
    if e.kind != main:
        return e.kind
    if e.since is not None and first is not None and e.since > first + _SAME_EVENT:
        return f"{e.kind} of {e.since.isoformat()}"  # "Tuesday's quake": a second quake
    return None


def family(key: BaseKey) -> tuple[str, str | None, str | None]:
    """The counts a place can be merged across: category, period and subgroup."""
    return (key[0], key[2], key[3])


def merge_home_place(groups: dict[BaseKey, list[Point]]) -> dict[BaseKey, list[Point]]:
    """Give the main count the place some sources name for it and others leave out.

    "413 people in Sudan" (WHO) beside "more than 400 people" (the Health Ministry) on the same
    day: Sudan is where the whole story happens, so the WHO's count is the main count. A place
    merges when one of its figures agrees with a main-count figure of the same day and lies
    within a quarter of it; a sub-count ("130 in Khartoum") or a neighbouring country's toll
    ("61 in India") does not.
    """
    main = {family(k): pts for k, pts in groups.items() if k[1] is None}
    out: dict[BaseKey, list[Point]] = {}
    for key, pts in groups.items():
        others = main.get(family(key)) if key[1] is not None else None
        if others and _restates(pts, others):
            key = (key[0], None, key[2], key[3])
            for p in pts:
                p.base = key
        out.setdefault(key, []).extend(pts)
    return out


def _restates(points: list[Point], main: list[Point]) -> bool:
    days: dict[dt.date, list[Point]] = defaultdict(list)
    for q in main:
        days[q.day].append(q)
    return any(
        p.bounds.compatible(q.bounds) and max(p.value, q.value) <= 1.25 * min(p.value, q.value)
        for p in points
        for q in days.get(p.day, ())
    )


def group_figures(
    claims: Iterable[Claim], rules: Rules | None = None
) -> dict[CountKey, list[Point]]:
    """Figure claims grouped by count key, each group sorted by day then position."""
    out: dict[CountKey, list[Point]] = {}
    for points in merge_home_place(base_groups(claims, rules or rules_for())).values():
        for key, group in split_events(points).items():
            out.update(split_gaps(key, group))
    return out


# Reports of one count more than this far apart belong to different stories: a toll from one
# disaster and a toll from another years later never form a series, even when neither names
# its place ("the official count of injured").
MAX_GAP = dt.timedelta(days=366)


def split_gaps(key: CountKey, points: list[Point]) -> dict[CountKey, list[Point]]:
    """Split a day-sorted count wherever two consecutive reports lie more than a year apart.

    The first stretch keeps ``key``; a later one is labelled with the day it starts.
    """
    out: dict[CountKey, list[Point]] = {}
    current, start = key, 0
    for i in range(1, len(points) + 1):
        if i == len(points) or points[i].day - points[i - 1].day > MAX_GAP:
            out[current] = points[start:i]
            if i < len(points):
                category, place, event, period, subgroup = key
                label = f"{event or 'reports'} from {points[i].day.isoformat()}"
                current, start = (category, place, label, period, subgroup), i
    return out


def stance_family(key: StanceKey) -> StanceKey:
    """The last word of the actor and the topic: "John Kirby" and "Kirby" share a family."""
    actor, topic = key
    return (actor.rsplit(" ", 1)[-1], topic)


def group_stances(claims: Iterable[Claim]) -> dict[StanceKey, list[Claim]]:
    """Stance claims grouped by :func:`stance_key`, each group sorted by day then position.

    A surname alone ("kirby", from a document that never gives the full name) joins the one
    full name of its family ("john kirby"); with two full names ("john kirby", "mary kirby")
    it stays apart, as it cannot be told which is meant.
    """
    keyed = [(key, claim) for claim in claims if (key := stance_key(claim)) is not None]
    full: dict[StanceKey, set[StanceKey]] = defaultdict(set)
    for key, _ in keyed:
        if " " in key[0]:
            full[stance_family(key)].add(key)
    groups: dict[StanceKey, list[Claim]] = defaultdict(list)
    for key, claim in keyed:
        names = full.get(stance_family(key), set())
        if " " not in key[0] and len(names) == 1:
            key = next(iter(names))
        groups[key].append(claim)
    for group in groups.values():
        group.sort(key=_claim_order)
    return dict(groups)


def _order(p: Point) -> tuple[dt.date, str, int, int, str]:
    return p.order


def _claim_order(c: Claim) -> tuple[dt.date, str, int, str, str]:
    assert c.date is not None
    assert c.stance is not None
    return (c.date.start, c.doc_id or "", c.span[0], c.id, c.stance.polarity)


GroupKey = tuple[str | None, ...]


def group_keys(claim: Claim, rules: Rules | None = None) -> tuple[GroupKey, ...]:
    """The groups a claim is reconciled in: claims of different groups never meet.

    A figure's group is its count's family, ``("figure", category, period, subgroup)``: the
    home-place merge (:func:`merge_home_place`) joins places, so the place is left out. A
    stance's is ``("stance", last word of the actor, topic)``: a surname alone joins the one
    full name of its family (:func:`group_stances`). Flags computed group by group are the
    flags of :func:`claimtrack.reconcile` (tests/test_scale.py proves it for any partitioning);
    a change to what reconciliation compares across must widen these keys with it.

    >>> group_keys(Claim(id="x", doc_id=None, kind="statement", who=None, what="", text="",
    ...                  span=(0, 0)))
    ()
    """
    keys: list[GroupKey] = []
    base = count_key(claim, rules)
    if base is not None:
        keys.append(("figure", *family(base)))
    actor = stance_key(claim)
    if actor is not None:
        keys.append(("stance", *stance_family(actor)))
    return tuple(keys)
