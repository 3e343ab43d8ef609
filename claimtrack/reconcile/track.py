"""Time series of each count and each actor's stance on a topic; a tracker fed doc by doc.

A :class:`CountTrack` holds every figure claim about one count (category and scope, see
:mod:`claimtrack.reconcile.counts`): value, bounds, source, date and the claim as evidence,
and the flags drawn between them. A :class:`StanceTrack` does the same for one actor on one
topic. Both are built by the grouping code of :mod:`.counts`, so a track's flags are
exactly the flags :func:`claimtrack.reconcile.reconcile` returns for those claims.

>>> build_tracks([])
[]
>>> Tracker().add([])
[]
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..model import Claim, Flag
from ..reconcile.counts import (
    BaseKey,
    CountKey,
    Point,
    StanceKey,
    by_document,
    count_key,
    family,
    group_figures,
    group_stances,
    inside,
    merges,
    rules_for,
    split_counts,
    stance_family,
    stance_key,
)
from ..reconcile.explain import count_name, day_text, figure_words
from ..reconcile.flags import count_series, flag_order, stance_flags


@dataclass(frozen=True, slots=True)
class Observation:
    """One figure in a count's series: the value, its bounds, who gave it, when, the evidence.

    ``chain`` names the source chain it was read in; ``in_series`` is False for a rounded
    restatement or an unscoped stray left out of the series (rule 4 of ``reconcile``).
    """

    value: float
    low: float | None
    high: float | None
    qualifier: str
    source: str
    date: dt.date
    claim: Claim
    chain: str
    in_series: bool

    @property
    def label(self) -> str:
        """The figure as words: "more than 400"."""
        assert self.claim.figure is not None
        return figure_words(self.claim.figure)


@dataclass(slots=True)
class CountTrack:
    """The time series of one count across sources, oldest first, with its flags."""

    key: CountKey
    observations: list[Observation]
    flags: list[Flag] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The count in words: "death toll in khartoum"."""
        return count_name(self.key)

    @property
    def sources(self) -> list[str]:
        """The sources that gave this count, in order of their first figure."""
        return list(dict.fromkeys(o.source for o in self.observations))

    def summary(self) -> str:
        """One line: the latest value, the range of the sources' latest values, the sources.

        >>> from claimtrack.model import DateRange, Figure
        >>> c = Claim(id="a:0", doc_id="a", kind="figure", who=None, what="", text="413 dead",
        ...           span=(0, 8), date=DateRange(start=dt.date(2023, 4, 21),
        ...           end=dt.date(2023, 4, 21)), figure=Figure(value=413, category="killed",
        ...           text="413", span=(0, 3)))
        >>> build_tracks([c])[0].summary()
        'death toll: latest 413 (unattributed, 21 Apr 2023); 1 source'
        """
        latest = self.observations[-1]
        per_source = {o.source: o for o in self.observations}
        values = sorted({o.value for o in per_source.values()})
        spread = "" if len(values) < 2 else f"; range {_num(values[0])} to {_num(values[-1])}"
        n = len(per_source)
        return (
            f"{self.title}: latest {latest.label} ({latest.source}, {day_text(latest.date)})"
            f"{spread}; {n} source{'s' if n != 1 else ''}"
        )


@dataclass(frozen=True, slots=True)
class StanceObservation:
    """One stance of an actor on a topic: the polarity, when, the evidence."""

    polarity: str
    date: dt.date
    claim: Claim


@dataclass(slots=True)
class StanceTrack:
    """The stances of one actor (``who.canonical``) on one topic, oldest first, with its shifts."""

    key: StanceKey
    actor: str
    observations: list[StanceObservation]
    flags: list[Flag] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The track's heading: "Olaf Scholz on weapons supply"."""
        return f"{self.actor} on {self.key[1].replace('_', ' ')}"

    def summary(self) -> str:
        """One line: the latest polarity, how many statements and shifts."""
        latest = self.observations[-1]
        n, k = len(self.observations), len(self.flags)
        return (
            f"{self.title}: {latest.polarity} ({day_text(latest.date)}); "
            f"{n} statement{'s' if n != 1 else ''}, {k} shift{'s' if k != 1 else ''}"
        )


Track = CountTrack | StanceTrack


def _num(v: float) -> str:
    """Write a value: "4,000,000" for 4000000 or 4e6; decimals only when there are some."""
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"


_Family = tuple[str, str | None, str | None]
_GroupKey = tuple[str, _Family | StanceKey, str | None]


def count_track(key: CountKey, points: list[Point]) -> CountTrack:
    """The track of one count from its sorted points (as grouped by ``group_figures``)."""
    series = count_series(key, points)
    chain_of: dict[int, str] = {}
    in_series: set[int] = set()
    for chain in series.chains:
        for p in chain.points:
            chain_of[id(p)] = chain.name
        in_series.update(id(p) for p in chain.readings)
    observations = []
    for p in points:
        fig = p.claim.figure
        assert fig is not None
        who = p.claim.who
        observations.append(
            Observation(
                value=p.value,
                low=fig.low,
                high=fig.high,
                qualifier=fig.qualifier,
                source=who.name if who else "unattributed",
                date=p.day,
                claim=p.claim,
                chain=chain_of.get(id(p), "unattributed"),
                in_series=id(p) in in_series,
            )
        )
    return CountTrack(key, observations, sorted(series.flags, key=flag_order))


def stance_track(key: StanceKey, claims: list[Claim]) -> StanceTrack:
    """The track of one actor on one topic from its sorted claims."""
    obs = []
    for c in claims:
        assert c.stance is not None
        assert c.date is not None
        obs.append(StanceObservation(c.stance.polarity, c.date.start, c))
    actor = claims[-1].who.name if claims[-1].who else key[0]
    return StanceTrack(key, actor, obs, stance_flags(key, claims))


def build_tracks(claims: Iterable[Claim], *, lexicon: Lexicon | None = None) -> list[Track]:
    """Every count track, then every stance track, each sorted by key.

    ``lexicon``: the word lists ``extract`` was given; the default lexicon when None.
    """
    claims = list(claims)
    groups = group_figures(claims, rules_for(lexicon))
    tracks: list[Track] = [count_track(k, pts) for k, pts in sorted(groups.items(), key=_key_order)]
    tracks += [stance_track(k, cs) for k, cs in sorted(group_stances(claims).items())]
    return tracks


def _key_order(item: tuple[CountKey, object]) -> tuple[str, ...]:
    return tuple(part or "" for part in item[0])


class Tracker:
    """Reconcile incrementally: feed claims document by document, get the new flags each time.

    Only the counts and actor-topics the new claims touch are recomputed: a place's count, and
    the main count of its family when the new claims name no place or decide that a place's
    count is the main one (``merge_home_place``). The cost of an add does not grow with the
    number of counts held, only with the size of the counts it touches. A flag can be
    superseded (a later document fills a gap between two readings); :attr:`flags` is always
    equal to ``reconcile`` over every claim added so far, given whole documents per add.

    >>> tracker = Tracker()
    >>> tracker.add([]), tracker.flags
    ([], [])
    """

    def __init__(self, *, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon
        self._rules = rules_for(lexicon)
        self._claims: dict[BaseKey, list[Claim]] = defaultdict(list)
        self._main_days: dict[_Family, dict[dt.date, list[Point]]] = defaultdict(dict)
        self._places: dict[_Family, set[str]] = defaultdict(set)
        self._merged: dict[_Family, set[str]] = defaultdict(set)
        self._place_days: dict[_Family, dict[dt.date, set[str]]] = defaultdict(dict)
        self._stances: dict[StanceKey, list[Claim]] = defaultdict(list)
        self._flags: dict[_GroupKey, list[Flag]] = {}
        self._seen: set[tuple[str, str, str, str]] = set()

    def add(self, claims: Iterable[Claim]) -> list[Flag]:
        """Add claims (one document's, say) and return the flags they newly raise, sorted."""
        touched: dict[_Family, set[str | None]] = defaultdict(set)
        main_days: dict[_Family, set[dt.date]] = defaultdict(set)
        new_places: dict[_Family, set[str]] = defaultdict(set)
        stances: set[StanceKey] = set()
        for doc in by_document(claims).values():
            countries = self._rules.countries(doc)
            for claim in doc:
                self._add_claim(claim, countries, touched, main_days, new_places, stances)
        groups: dict[_GroupKey, list[Flag]] = {}
        for fam, labels in touched.items():
            groups.update(self._refresh(fam, labels, main_days[fam], new_places[fam]))
        for sfam in stances:
            groups[("stance", sfam, None)] = [
                f
                for skey, group in group_stances(self._stances[sfam]).items()
                for f in stance_flags(skey, group)
            ]
        new: list[Flag] = []
        for gkey, flags in groups.items():
            if not flags:
                self._flags.pop(gkey, None)
                continue
            self._flags[gkey] = flags
            for f in flags:
                ident = (f.kind, f.before.id, f.after.id, f.explanation)
                if ident not in self._seen:
                    self._seen.add(ident)
                    new.append(f)
        return sorted(new, key=flag_order)

    def _add_claim(
        self,
        claim: Claim,
        countries: frozenset[str],
        touched: dict[_Family, set[str | None]],
        main_days: dict[_Family, set[dt.date]],
        new_places: dict[_Family, set[str]],
        stances: set[StanceKey],
    ) -> None:
        base = count_key(claim, self._rules, countries)
        if base is not None:
            fam, label = family(base), base[1]
            self._claims[base].append(claim)
            touched[fam].add(label)
            p = Point(claim, base, self._rules)
            if label is None:
                self._main_days[fam].setdefault(p.day, []).append(p)
                main_days[fam].add(p.day)
            else:
                self._place_days[fam].setdefault(p.day, set()).add(label)
                if label not in self._places[fam]:
                    self._places[fam].add(label)
                    new_places[fam].add(label)
        skey = stance_key(claim)
        if skey is not None:
            # By family: "Kirby" joins "John Kirby" once both are known.
            sfam = stance_family(skey)
            self._stances[sfam].append(claim)
            stances.add(sfam)

    def _refresh(
        self, fam: _Family, labels: set[str | None], days: set[dt.date], new_places: set[str]
    ) -> dict[_GroupKey, list[Flag]]:
        """Recompute the touched counts of one family; returns their flags by group."""
        main_days, places = self._main_days[fam], self._places[fam]
        check: set[str] = {x for x in labels if x is not None}
        for day in days:  # new main figures can meet the places named on their days
            check |= self._place_days[fam].get(day, set())
        for label in new_places:  # a new place can hold places already known
            check |= {x for x in places if x == label or inside(x, [label], self._rules)}
        merged = set(self._merged[fam])
        for label in check:
            pts = self._points(fam, label)
            if merges(label, pts, main_days, places, self._rules):
                merged.add(label)
            else:
                merged.discard(label)
        changed = merged ^ self._merged[fam]
        self._merged[fam] = merged
        out: dict[_GroupKey, list[Flag]] = {}
        redo_main = None in labels or bool(changed) or bool(labels & merged)
        if redo_main:
            main = self._points(fam, None)
            for name in sorted(merged):
                main += self._points(fam, name, as_main=True)
            out[("figure", fam, None)] = self._series(main)
        for name in {x for x in labels if x is not None} | changed:
            own = [] if name in merged else self._points(fam, name)
            out[("figure", fam, name)] = self._series(own)
        return out

    def _points(self, fam: _Family, label: str | None, *, as_main: bool = False) -> list[Point]:
        key = (fam[0], label, fam[1], fam[2])
        base = (fam[0], None, fam[1], fam[2]) if as_main else key
        return [Point(c, base, self._rules) for c in self._claims.get(key, ())]

    def _series(self, points: list[Point]) -> list[Flag]:
        return [
            f for key, pts in split_counts(points).items() for f in count_series(key, pts).flags
        ]

    @property
    def flags(self) -> list[Flag]:
        """Every current flag, in ``reconcile`` order."""
        return sorted((f for fs in self._flags.values() for f in fs), key=flag_order)

    def tracks(self) -> list[Track]:
        """The tracks of every claim added so far."""
        claims = [c for cs in self._claims.values() for c in cs]
        claims += [
            c for cs in self._stances.values() for c in cs if count_key(c, self._rules) is None
        ]
        return build_tracks(claims, lexicon=self._lexicon)
