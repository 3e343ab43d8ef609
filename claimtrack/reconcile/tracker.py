"""Reconcile incrementally: documents arrive one at a time, only what they touch is redone.

The work of one :meth:`Tracker.add` is bounded by the stretches of the counts its claims
touch, not by what the tracker holds: claims are kept per count group (a place's count, or a
family's main count with the places merged into it), sorted by day, and only the stretch
around each new figure (reports no more than :data:`~.counts.MAX_GAP` apart) is reconciled
again. Whether a place's count is the main count (``merge_home_place``) is kept up to date from
the new figures' days; when it changes, that family's groups are rebuilt.

>>> Tracker().add([])
[]
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from ..model import Claim, Flag
from .acronyms import ends_in, in_title, initials
from .counts import (
    MAX_GAP,
    BaseKey,
    CountKey,
    Point,
    StanceKey,
    breakdown,
    by_day,
    by_document,
    count_key,
    current,
    family,
    group_stances,
    inside,
    known_part,
    named_for,
    one_body,
    restates,
    rules_for,
    sole_country,
    split_counts,
    stance_family,
    stance_key,
    within,
)
from .flags import count_series, flag_order, stance_flags
from .home import MainPlace, joins_main, stands_for_main
from .owners import counted_places, owner_key
from .wholes import Wholes

if TYPE_CHECKING:
    from .track import Track

_Family = tuple[str, str | None, str | None]
_Group = tuple[_Family, str | None]  # a family and a place label (None: the main count)


class _Pool:
    """One count group's points, sorted, with the flags of each stretch by its first day."""

    __slots__ = ("first", "flags", "orders", "points")

    def __init__(self) -> None:
        self.first: Point | None = None  # the first point when the pool was last reconciled
        self.points: list[Point] = []
        self.orders: list[tuple[dt.date, str, int, int, str]] = []
        self.flags: dict[dt.date, list[Flag]] = {}

    def insert(self, p: Point) -> None:
        i = bisect.bisect(self.orders, p.order)
        self.orders.insert(i, p.order)
        self.points.insert(i, p)

    def stretch(self, p: Point) -> tuple[int, int]:
        """The index range of the stretch that holds ``p``."""
        pts = self.points
        lo = hi = bisect.bisect_left(self.orders, p.order)
        while lo > 0 and pts[lo].day - pts[lo - 1].day <= MAX_GAP:
            lo -= 1
        while hi + 1 < len(pts) and pts[hi + 1].day - pts[hi].day <= MAX_GAP:
            hi += 1
        return lo, hi + 1

    def redo(self, lo: int, hi: int) -> None:
        """Reconcile the stretch ``points[lo:hi]`` again, replacing the flags it covers."""
        pts = self.points[lo:hi]
        first, last = pts[0].day, pts[-1].day
        for day in [d for d in self.flags if first <= d <= last]:
            del self.flags[day]
        keys = split_counts(pts)
        if lo > 0:  # labelled like a later stretch of the whole group (split_counts)
            relabelled: dict[CountKey, list[Point]] = {}
            for (category, place, event, period, subgroup), group in keys.items():
                label = f"{event or 'reports'} from {first.isoformat()}"
                relabelled[(category, place, label, period, subgroup)] = group
            keys = relabelled
        self.flags[first] = [f for k, g in keys.items() for f in count_series(k, g).flags]

    def redo_all(self) -> None:
        self.flags.clear()
        self.first = self.points[0] if self.points else None
        lo = 0
        while lo < len(self.points):
            _, hi = self.stretch(self.points[lo])
            self.redo(lo, hi)
            lo = hi


class _Days:
    """Points sorted by day, to take those within a year of a day."""

    __slots__ = ("days", "points")

    def __init__(self) -> None:
        self.days: list[dt.date] = []
        self.points: list[Point] = []

    def around(self, day: dt.date) -> list[Point]:
        lo = bisect.bisect_left(self.days, day - MAX_GAP)
        hi = bisect.bisect_right(self.days, day + MAX_GAP)
        return self.points[lo:hi]


def _insort(days: _Days, p: Point) -> None:
    i = bisect.bisect_right(days.days, p.day)
    days.days.insert(i, p.day)
    days.points.insert(i, p)


class Tracker:
    """Reconcile incrementally: feed claims document by document, get the new flags each time.

    :attr:`flags` is always equal to ``reconcile`` over every claim added so far, given whole
    documents per add; a flag can be superseded (a later document fills a gap between two
    readings). ``lexicon``: the word lists ``extract`` was given (the default when None).

    >>> tracker = Tracker()
    >>> tracker.add([]), tracker.flags
    ([], [])
    """

    def __init__(self, *, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon
        self._rules = rules_for(lexicon)
        self._claims: dict[BaseKey, list[Claim]] = defaultdict(list)
        self._counted: set[tuple[str, str | None, str | None, str]] = set()  # owners.Counted
        self._pools: dict[_Group, _Pool] = defaultdict(_Pool)
        # Per family and report: the report's figures with their place label as written.
        self._docs: dict[_Family, dict[str, list[tuple[str | None, Point]]]] = defaultdict(dict)
        self._places: dict[_Family, dict[str, list[Point]]] = defaultdict(dict)
        self._restated: dict[_Family, set[str]] = defaultdict(set)
        self._merged: dict[_Family, set[str]] = defaultdict(set)
        self._base_merged: dict[_Family, set[str]] = defaultdict(set)  # without the main place
        # Each family's main place (``MainPlace``), read from every report so far.
        self._main: dict[_Family, MainPlace] = defaultdict(MainPlace)
        self._top: dict[_Family, str | None] = {}
        self._listed: dict[_Family, set[str]] = defaultdict(set)  # places of a breakdown
        # Places a source is named for ("Sudan's health ministry"), and families with a main
        # count: the one country such a family names is its main count (``sole_country``).
        self._named: dict[_Family, set[str]] = defaultdict(set)
        self._has_main: set[_Family] = set()
        # The main count's points by source, and the places each source gave figures for:
        # whether a place lies within its source's main series (``bridges``).
        self._series: dict[_Family, dict[str, _Days]] = defaultdict(dict)
        self._sourced: dict[_Family, dict[str, _Days]] = defaultdict(dict)
        self._wholes = Wholes()  # the groups that are their count's whole (wholes.py)
        self._stances: dict[StanceKey, list[Claim]] = defaultdict(list)
        self._stance_flags: dict[StanceKey, list[Flag]] = {}
        self._seen: set[tuple[str, str, str, str]] = set()
        self._story: frozenset[str] = frozenset()  # the countries every document so far names
        self._sources: set[str] = set()  # every figure source so far, for acronyms
        # What an earlier figure's reading depends on: every claim, its document's countries,
        # the body its source was read as, acronyms and officers' titles seen.
        self._added: list[Claim] = []
        self._countries: dict[str, frozenset[str]] = {}
        self._body: dict[str, tuple[str, bool]] = {}
        self._short: set[str] = set()
        self._titles: set[str] = set()

    def add(self, claims: Iterable[Claim]) -> list[Flag]:
        """Add claims (one document's, say) and return the flags they newly raise, sorted.

        When the new documents change how an earlier figure reads (a country that settles a
        region name left open, the full name an earlier acronym spells, a body an earlier
        officer's title names), everything is read again, as ``reconcile`` would.
        """
        claims = list(claims)
        docs = [(doc, self._rules.countries(doc)) for doc in by_document(claims).values()]
        story = self._story.union(*(countries for _, countries in docs))
        if self._rereads(docs, story) or self._regroups(docs, story):
            everything, seen = [*self._added, *claims], self._seen
            self.__init__(lexicon=self._lexicon)  # type: ignore[misc]
            self._seen = seen
            claims, story = everything, frozenset()
            docs = [(doc, self._rules.countries(doc)) for doc in by_document(claims).values()]
            story = story.union(*(countries for _, countries in docs))
        self._added += claims
        self._story = story
        new_points: dict[_Family, list[Point]] = defaultdict(list)
        stances: set[StanceKey] = set()
        bases = {c.id: count_key(c, self._rules, n, story) for doc, n in docs for c in doc}
        self._counted |= counted_places(b for b in bases.values() if b is not None)
        counted = frozenset(self._counted)
        owned = {  # "Varn's office": the place its owner is counted in
            c.id: owner_key(c, base, counted, self._rules)
            for c in claims
            if (base := bases[c.id]) is not None
        }
        self._wholes.add(Point(c, owned[c.id], self._rules) for c in claims if c.id in owned)
        for doc, countries in docs:
            for claim in doc:
                self._countries[claim.id] = countries
                if claim.id in owned:
                    base = self._wholes.main_key(owned[claim.id])  # "nine workers": the whole
                    self._claims[base].append(claim)
                    self._counted |= counted_places((base,))
                    new_points[family(base)].append(Point(claim, base, self._rules))
                skey = stance_key(claim, self._lexicon)
                if skey is not None:  # by family: "Kirby" joins "John Kirby" once both are known
                    self._stances[stance_family(skey)].append(claim)
                    stances.add(stance_family(skey))
        self._bodies([p for pts in new_points.values() for p in pts])
        fresh: list[Flag] = []
        for fam, points in new_points.items():
            self._main[fam].add(((p.base[1], p) for p in points), self._rules)
            self._top[fam] = self._main[fam].top()
            for pool in self._add_points(fam, points):
                fresh += [f for fs in pool.flags.values() for f in fs]
        for sfam in stances:
            self._stance_flags[sfam] = [
                f
                for skey, group in group_stances(self._stances[sfam], self._lexicon).items()
                for f in stance_flags(skey, group)
            ]
            fresh += self._stance_flags[sfam]
        new: list[Flag] = []
        for f in fresh:
            ident = (f.kind, f.before.id, f.after.id, f.explanation)
            if ident not in self._seen:
                self._seen.add(ident)
                new.append(f)
        return sorted(new, key=flag_order)

    def _bodies(self, added: list[Point]) -> None:
        """Give new points the body their source names (:func:`~.counts.one_body`), kept."""
        raw = [(p, p.source) for p in added]
        one_body(added, self._sources)  # "NRCO", "the NRCO's director": the body named before
        for p, was in raw:
            who = p.claim.origin or p.claim.who
            if p.source != was and p.source is not None:
                self._body[p.claim.id] = (p.source, p.official)
            if was is not None and (" " not in was or len(was.split()) == 2):
                self._short.add(was)  # an acronym, or a name read as a person's
            if who is not None and who.kind == "person" and who.title:
                self._titles.add(who.title)
        self._sources.update(was for _, was in raw if was is not None)

    def _top_part(self, fam: _Family) -> set[str]:
        """The labels standing for the family's main place that are its main count."""
        places, top = self._places[fam], self._top.get(fam)
        labels = [x for x in places if stands_for_main(x, top, self._rules)]
        if not labels:
            return set()
        main = [q for entries in self._docs[fam].values() for label, q in entries if label is None]
        story = self._main[fam]
        return {
            x
            for x in labels
            if joins_main(
                x,
                top,
                places,
                self._listed[fam],
                main,
                story.label_docs,
                story.reports,
                self._rules,
            )
        }

    def _rereads(
        self, docs: list[tuple[list[Claim], frozenset[str]]], story: frozenset[str]
    ) -> bool:
        """Whether new documents change how a figure added before reads (see :meth:`add`)."""
        if not self._added:
            return False
        before = frozenset(self._counted)
        if story != self._story and any(
            (key := count_key(c, self._rules, self._countries[c.id], story)) is None
            or self._wholes.main_key(owner_key(c, key, before, self._rules)) != base
            for base, cs in self._claims.items()
            for c in cs
        ):
            return True
        keys = [count_key(c, self._rules, n, story) for doc, n in docs for c in doc]
        counted = before | counted_places(k for k in keys if k is not None)
        if counted != before and any(
            owner_key(c, base, counted, self._rules) != base
            for base, cs in self._claims.items()
            if base[1] is None
            for c in cs
        ):
            return True  # a place now counted in, that an earlier source was named for
        new = {
            p.source
            for doc, countries in docs
            for c in doc
            if (base := count_key(c, self._rules, countries, story)) is not None
            and (p := Point(c, base, self._rules)).source is not None
            and p.source not in self._sources
        }
        return any(
            short in initials(s) or ends_in(short, s)
            for s in new
            if " " in s
            for short in self._short
        ) or any(in_title(s, title) for s in new for title in self._titles)

    def _regroups(
        self, docs: list[tuple[list[Claim], frozenset[str]]], story: frozenset[str]
    ) -> bool:
        """Whether new documents make a group the whole count, or no longer (:mod:`.wholes`)."""
        if not self._added:
            return False
        keys = {c.id: count_key(c, self._rules, n, story) for doc, n in docs for c in doc}
        counted = frozenset(
            self._counted | counted_places(k for k in keys.values() if k is not None)
        )
        return self._wholes.changes(
            Point(c, owner_key(c, key, counted, self._rules), self._rules)
            for doc, _ in docs
            for c in doc
            if (key := keys[c.id]) is not None
        )

    def _point(self, claim: Claim, key: BaseKey) -> Point:
        """A point of a claim added before, with the body its source was read as."""
        p = Point(claim, key, self._rules)
        if claim.id in self._body:
            p.source, p.official = self._body[claim.id]
        return p

    def _add_points(self, fam: _Family, points: list[Point]) -> list[_Pool]:
        """Place new points of one family; returns the pools whose flags were redone."""
        places, docs = self._places[fam], self._docs[fam]
        new_labels: set[str] = set()
        for p in points:
            label = p.base[1]
            docs.setdefault(p.claim.doc_id or p.claim.id.split(":", 1)[0], []).append((label, p))
            if label is not None:
                if label not in places:
                    new_labels.add(label)
                places.setdefault(label, []).append(p)
        # Whether a place restates the main count is read within one report (``restates``):
        # only the reports of the new points can change it.
        restated, listed = self._restated[fam], self._listed[fam]
        # A breakdown lies within one sentence of one report; the points are of one family.
        more = {label for _, label in breakdown(points)} - listed
        listed |= more
        grew = bool(more)
        for doc in {p.claim.doc_id or p.claim.id.split(":", 1)[0] for p in points}:
            entries = docs[doc]
            main_days = by_day(q for label, q in entries if label is None)
            for label in {x for x, _ in entries if x is not None} - restated:
                if restates([q for x, q in entries if x == label], main_days):
                    restated.add(label)  # "any figure restates": it stays so as figures come
                    grew = True
        grew = self._bridge(fam, points) or grew
        grew = self._sole(fam, points) or grew
        base = self._base_merged[fam]
        if grew or new_labels:  # a new place can hold places already known
            base = {x for x in restated - listed if not inside(x, places, self._rules)}
            if fam in self._has_main:
                main = [q for entries in docs.values() for label, q in entries if label is None]
                near = current(places, main)
                base |= {x for x in self._named[fam] if sole_country(x, near, self._rules)}
            self._base_merged[fam] = base
        merged = base | self._top_part(fam)
        if merged != self._merged[fam]:
            self._merged[fam] = merged
            return self._rebuild(fam)
        touched: dict[_Group, list[Point]] = defaultdict(list)
        for p in points:
            label = p.base[1]
            where: _Group = (fam, None) if label is None or label in merged else (fam, label)
            if where[1] is None and label is not None:
                p.base = (fam[0], None, fam[1], fam[2])
            self._pools[where].insert(p)
            touched[where].append(p)
        for where, pts in touched.items():
            self._redo_around(self._pools[where], pts)
        return [self._pools[g] for g in touched]

    def _sole(self, fam: _Family, points: list[Point]) -> bool:
        """Note a family's first main-count point and places named for their source's country."""
        grew = False
        if fam not in self._has_main and any(p.base[1] is None for p in points):
            self._has_main.add(fam)
            grew = True
        named = self._named[fam]
        for p in points:
            if p.base[1] is not None and p.base[1] not in named and named_for([p], self._rules):
                named.add(p.base[1])
                grew = True
        return grew

    def _bridge(self, fam: _Family, points: list[Point]) -> bool:
        """Mark the places the new points put within a source's main series; True if any.

        Only points within a year of a new one are looked at (``within``), through indexes
        by source sorted by day: a feed of placed figures pays nothing here.
        """
        series, sourced, restated = self._series[fam], self._sourced[fam], self._restated[fam]
        candidates: list[Point] = []
        for p in points:
            if p.source is None:
                continue
            if p.base[1] is None:
                _insort(series.setdefault(p.source, _Days()), p)
                candidates += sourced.get(p.source, _Days()).around(p.day)
            elif not known_part(p.base[1], self._rules):
                _insort(sourced.setdefault(p.source, _Days()), p)
                candidates.append(p)
        places, grew = self._places[fam], False
        for c in candidates:
            label = c.base[1]
            if label is None or label in restated:
                continue
            own = series.get(c.source or "")
            if (
                own is not None
                and within(c, own.around(c.day))
                and not inside(label, places, self._rules)
            ):
                restated.add(label)  # within the series it stays, as figures come
                grew = True
        return grew

    def _redo_around(self, pool: _Pool, points: list[Point]) -> None:
        ranges = {pool.stretch(p) for p in points}
        if pool.first is not None and pool.points[0] is not pool.first:
            # New reports before the first stretch: it is no longer the first, and is relabelled.
            ranges.add(pool.stretch(pool.first))
        pool.first = pool.points[0]
        for lo, hi in sorted(ranges):
            pool.redo(lo, hi)

    def _rebuild(self, fam: _Family) -> list[_Pool]:
        """Regroup a family whose merged places changed: every group of it, from scratch."""
        for group in [g for g in self._pools if g[0] == fam]:
            del self._pools[group]
        merged = self._merged[fam]
        labels: list[str | None] = [None, *self._places[fam]]
        for label in labels:
            for claim in self._claims.get((fam[0], label, fam[1], fam[2]), ()):
                to_main = label is None or label in merged
                key = (fam[0], None if to_main else label, fam[1], fam[2])
                self._pools[(fam, key[1])].insert(self._point(claim, key))
        pools = [p for g, p in self._pools.items() if g[0] == fam]
        for pool in pools:
            pool.redo_all()
        return pools

    @property
    def flags(self) -> list[Flag]:
        """Every current flag, in ``reconcile`` order."""
        flags = [f for pool in self._pools.values() for fs in pool.flags.values() for f in fs]
        flags += [f for fs in self._stance_flags.values() for f in fs]
        return sorted(flags, key=flag_order)

    def tracks(self) -> list[Track]:
        """The tracks of every claim added so far (see :func:`~.track.build_tracks`)."""
        from .track import build_tracks

        claims = [c for cs in self._claims.values() for c in cs]
        claims += [
            c for cs in self._stances.values() for c in cs if count_key(c, self._rules) is None
        ]
        return build_tracks(claims, lexicon=self._lexicon)
