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
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..model import Claim, Flag
from ..reconcile.counts import (
    CountKey,
    Point,
    StanceKey,
    group_figures,
    group_stances,
    rules_for,
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

    def _repr_html_(self) -> str:
        from ..notebook import count_track_html  # the face, only when a notebook asks

        return count_track_html(self)

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
        # A writer's restatement read in a source's chain is that source's, not one more source.
        per_source = {
            o.source: o
            for o in self.observations
            if o.source != "unattributed" or o.chain == "unattributed"
        }
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

    def _repr_html_(self) -> str:
        from ..notebook import stance_track_html

        return stance_track_html(self)

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
    tracks += [stance_track(k, cs) for k, cs in sorted(group_stances(claims, lexicon).items())]
    return tracks


def _key_order(item: tuple[CountKey, object]) -> tuple[str, ...]:
    return tuple(part or "" for part in item[0])


# The incremental tracker lives in its own module; it is imported here so that
# ``claimtrack.reconcile.track.Tracker`` keeps working.
from .tracker import Tracker  # noqa: E402

__all__ = [
    "CountTrack",
    "Observation",
    "StanceObservation",
    "StanceTrack",
    "Track",
    "Tracker",
    "build_tracks",
    "count_track",
    "stance_track",
]
