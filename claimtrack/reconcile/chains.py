"""One count's points -> source chains and the readings their flags are drawn between.

- Each independent body (``who.canonical``) is its own chain; a person whose name or title
  names a body already counting ("Dr. Nima Saeed Abid, WHO's representative") joins it.
- Official sources share one chain (a running toll passes from the police to a ministry to an
  emergency centre), split only where two of them disagree on the same day (a president's
  estimate beside the disaster agency's count): sources with the most days of readings first.
- A figure in the writer's own voice joins an official chain where it is the chain's toll:
  it fills a gap between two readings and lies between them; it restates the chain's last
  reading ("the official count of 64"); or it is a "from X to Y" change whose X is that last
  reading ("raised the toll from 64 to 2,975"). In a count no official source is named for,
  the unattributed readings are the official toll's, one chain ("Tacloban's toll rose to
  2,394 from 2,367").
- One reading per chain and day: a rounded restatement beside an exact figure is dropped; "from
  X to Y" wording orders several values; otherwise the value closest to the previous reading is
  kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from ..model import Who
from ..reconcile.counts import Point
from ..text.patterns import lazy
from .handover import bridged, carried

# A later figure below a tenth of the chain's last reading is not a revision but another count
# the extractor failed to scope ("42 deaths from Tuesday's quake" after "7,040" for April's).
MAX_REVISION_FACTOR = 10

# "from 16 ... to 34", "to 2,394 from 2,367", "up from 5,982": the word right before a number.
_FROM = lazy(r"\bfrom\s*$", flags=regex.IGNORECASE)
_TO = lazy(r"(?<!\bup\s)(?<!\bclose\s)\bto\s*$", flags=regex.IGNORECASE)


@dataclass(slots=True)
class Chain:
    """The readings of one count by one source, or by one government's official sources."""

    official: bool
    sources: list[str]
    points: list[Point] = field(default_factory=list)
    who: Who | None = None  # the source that anchors the chain, for explanations
    readings: list[Point] = field(default_factory=list)
    carried: bool = False  # several independent sources' toll, as the press carries it on

    @property
    def name(self) -> str:
        """A label for tables and charts: the source names, or "official" for a merged chain."""
        return self.sources[0] if len(self.sources) == 1 else " / ".join(self.sources)


def _by_day(points: Iterable[Point]) -> dict[dt.date, list[Point]]:
    days: dict[dt.date, list[Point]] = defaultdict(list)
    for p in points:
        days[p.day].append(p)
    return days


def _agree(a: Sequence[Point], b: Sequence[Point]) -> bool:
    return any(p.bounds.compatible(q.bounds) for p in a for q in b)


def build_chains(points: Sequence[Point]) -> list[Chain]:
    """Split one count's points (sorted) into source chains (module docstring)."""
    by_source: dict[str, list[Point]] = defaultdict(list)
    voice: list[Point] = []
    for p in points:
        if p.source is None:
            if not p.ceiling:  # "fewer than 300" in the writer's voice disagrees with no one
                voice.append(p)
        else:
            by_source[p.source].append(p)
    _role_nouns(by_source)
    official: list[tuple[Chain, dict[dt.date, list[Point]]]] = []
    independent: list[list[Point]] = []
    # Sources with the most days of readings first, so a running toll anchors the official chain
    # and a one-off figure (a sub-count the extractor could not scope) is the one split off.
    for _, pts in sorted(by_source.items(), key=_source_rank):
        if not pts[0].official:
            independent.append(pts)
            continue
        days = _by_day(pts)
        # The chain the loop breaks on (or the new one) is used after it.
        for chain, chain_days in official:  # noqa: B007
            if all(_agree(chain_days[d], days[d]) for d in days.keys() & chain_days.keys()):
                break
        else:
            chain, chain_days = Chain(True, [], who=pts[0].claim.who), {}
            official.append((chain, chain_days))
        assert pts[0].claim.who is not None
        chain.sources.append(pts[0].claim.who.name)
        chain.points.extend(pts)
        for d, day_points in days.items():
            chain_days.setdefault(d, []).extend(day_points)
    independent = [pts for pts in independent if not bridged(pts, official)]
    chains = [c for c, _ in official] + _independent_chains(independent)
    if voice:
        voice = _join_voice(voice, official, chains)
    if voice and not official:
        unattributed = Chain(True, ["unattributed"], voice)
        unattributed.readings = _readings(voice)
        # Unattributed numbers are one toll only if they behave like one: a toll that falls
        # is most likely several counts ("nearly 3,000" beside Katrina's "1,833").
        if all(
            a.value <= b.value
            for a, b in zip(unattributed.readings, unattributed.readings[1:], strict=False)
        ):
            chains.insert(0, unattributed)
    if not official:
        chains = carried(chains)
    for chain in chains:
        chain.points.sort(key=_order)
        chain.readings = _readings(chain.points)
    return chains


def _order(p: Point) -> tuple[dt.date, str, int, int, str]:
    return p.order


def _source_rank(
    item: tuple[str, list[Point]],
) -> tuple[int, tuple[dt.date, str, int, int, str], str]:
    source, pts = item
    return (-len({p.day for p in pts}), pts[0].order, source)


def _join_voice(
    voice: list[Point],
    official: list[tuple[Chain, dict[dt.date, list[Point]]]],
    chains: list[Chain],
) -> list[Point]:
    """Unattributed figures that read a chain's toll join it (module docstring); returns the rest.

    A "from X to Y" change may continue any chain whose last reading is X; a restatement or a
    figure filling a gap joins only an official chain, the toll a writer states in their voice.
    """
    left: list[Point] = []
    voice = _same_report(voice, official)
    all_days = [(c, _by_day(c.points)) for c in chains if not c.official]
    for _, group in sorted(_by_doc_day(voice).items()):
        steps = [(_step(p), p) for p in group]
        starts = [p for s, p in steps if s < 0]
        joined: list[Point] = []
        for chain, chain_days in [*official, *all_days]:
            last = _last_before(chain_days, group[0].day) or []
            if starts and any(p.bounds.compatible(q.bounds) for p in starts for q in last):
                # "raised the toll from 64 to 2,975": the chain's toll changing
                joined = [p for s, p in steps if s != 0]
            elif chain.official:
                joined = [p for p in group if _reads(p, chain_days, last)]
            else:  # an independent body's reading of the day, restated by the writer
                joined = [p for p in group if _same_day(p, chain_days)]
            if joined:
                chain.points.extend(joined)
                for p in joined:
                    chain_days.setdefault(p.day, []).append(p)
                break
        left.extend(p for p in group if p not in joined)
    return left


def _same_report(
    voice: list[Point], official: list[tuple[Chain, dict[dt.date, list[Point]]]]
) -> list[Point]:
    """A named place's voice figures that share a report and day with an official reading join it.

    The report speaks of one count, its place's: "the prefecture said 6 in Varn" (a sub-count
    it failed to scope) beside "Varn has 99 dead" gives the day two candidate readings, and
    the one nearer the chain's last reading is kept (:func:`_day_values`). Returns the rest.
    """
    rest: list[Point] = []
    for p in voice:
        home = None
        if p.base[1] is not None:
            home = next(
                (
                    (chain, days)
                    for chain, days in official
                    if any(q.claim.doc_id == p.claim.doc_id for q in days.get(p.day, ()))
                ),
                None,
            )
        if home is None:
            rest.append(p)
            continue
        home[0].points.append(p)
        home[1][p.day].append(p)
    return rest


def _by_doc_day(points: list[Point]) -> dict[tuple[dt.date, str], list[Point]]:
    out: dict[tuple[dt.date, str], list[Point]] = defaultdict(list)
    for p in points:
        out[(p.day, p.claim.doc_id or "")].append(p)
    return out


def _last_before(days: dict[dt.date, list[Point]], day: dt.date) -> list[Point] | None:
    before = [d for d in days if d < day]
    return days[max(before)] if before else None


def _reads(p: Point, days: dict[dt.date, list[Point]], last: list[Point]) -> bool:
    """Whether a figure in the writer's voice reads an official chain's toll.

    It restates the chain's reading of that day (agreeing with it within a quarter) or its last
    one before, or fills a gap between
    two readings. A value after the chain's last reading that restates nothing is kept out: it
    is as likely another count the extractor could not scope ("about 8,500" for a quake of
    1934, told in a story about this one) as the toll carried on.
    """
    if p.day in days:
        return _same_day(p, days)
    return _fits(p, days) or any(p.bounds.compatible(q.bounds) for q in last) or _goes_on(p, days)


def _goes_on(p: Point, days: dict[dt.date, list[Point]]) -> bool:
    """Whether a figure of a named place carries the chain on, or leads it.

    After its last reading and not below it ("91 people died in Varn" after the prefecture's 38
    for Varn), or before its first, not above it and within a quarter of it ("8,321 in Kell"
    three days before the authority's 8,412): with its place named, the writer's number is
    that count's, not some other count the extractor could not scope (which is why an
    unplaced one is kept out).
    """
    if (p.base[1] is None and not p.falls) or not days:
        return False
    if max(days) < p.day:  # or a count that falls, not below a quarter: "18 hostages remain"
        last = max(q.value for q in days[max(days)])
        return p.bounds.hi >= last or (p.falls and p.bounds.hi >= last / 4)
    if min(days) > p.day:  # leading, it must be near: "buried 100 victims" is no toll of 2,367
        first = min(q.value for q in days[min(days)])
        return p.bounds.lo <= first <= 1.25 * p.value
    return False


def _same_day(p: Point, days: dict[dt.date, list[Point]]) -> bool:
    """Whether a figure restates a chain's reading of its day, within a quarter of it.

    Open bounds agree with much ("more than 2,200" with 8,500): the quarter keeps them apart.
    """
    return any(
        p.bounds.compatible(q.bounds) and max(p.value, q.value) <= 1.25 * min(p.value, q.value)
        for q in days.get(p.day, ())
    )


def _fits(p: Point, days: dict[dt.date, list[Point]]) -> bool:
    """Whether an unattributed figure fills a gap in a chain: readings on both sides, between them.

    A number in the writer's voice after a chain's last reading is as likely a neighbouring
    country's toll ("61 people in India") as the main one, so it must sit between two readings.
    """
    before = [d for d in days if d < p.day]
    after = [d for d in days if d > p.day]
    if not before or not after:
        return False
    # With a named place, any value of the next day may be its reading (they are weighed
    # there): the highest bounds the gap. In the main count, where an unscoped sub-count often
    # sits beside the toll, the lowest does.
    pick = max if p.base[1] is not None else min
    low, high = max(q.value for q in days[max(before)]), pick(q.value for q in days[min(after)])
    return p.bounds.hi >= low and p.bounds.lo <= high


def _independent_chains(sources: list[list[Point]]) -> list[Chain]:
    """One chain per independent body; a person speaking for one joins it.

    "Dr. Nima Saeed Abid, WHO's representative in Sudan" continues the WHO's count: a person
    whose name or title names a body already counting is that body's voice.
    """
    chains: list[Chain] = []
    bodies: list[tuple[regex.Pattern[str], Chain]] = []
    people: list[tuple[Who, list[Point]]] = []
    people_waiting = any(pts[0].claim.who and pts[0].claim.who.kind == "person" for pts in sources)
    for pts in sources:
        who = pts[0].claim.who
        assert who is not None
        if who.kind == "person":
            people.append((who, pts))
            continue
        chain = Chain(False, [who.name], list(pts), who=who)
        chains.append(chain)
        if people_waiting:
            bodies.append((_name_pattern(who.canonical, who.name), chain))
    for who, pts in people:
        text = f"{who.name} | {who.title or ''}"
        for pattern, chain in bodies:
            if pattern.search(text):
                chain.sources.append(who.name)
                chain.points.extend(pts)
                break
        else:
            chains.append(Chain(False, [who.name], list(pts), who=who))
    return chains


@functools.lru_cache(maxsize=4096)
def _name_pattern(canonical: str, name: str) -> regex.Pattern[str]:
    """A body's names as whole words: "WHO" in "WHO's representative", not in "whose".

    Its acronym counts, as written (capitals): "the WHO's representative" speaks for the World
    Health Organization; "a nurse who treated them" does not.
    """
    names = sorted({canonical, name}, key=len, reverse=True)
    pattern = r"(?i:" + "|".join(map(regex.escape, names)) + r")"
    caps = [w[0] for w in name.split() if w[:1].isupper()]
    if len(caps) >= 3 and len(caps) == len([w for w in name.split() if len(w) > 3]):
        pattern += "|" + "".join(caps)
    return lazy(r"(?<!\w)(?:" + pattern + r")(?!\w)")


def _role_nouns(by_source: dict[str, list[Point]]) -> None:
    """A source named by a role noun alone joins the one body it can name (points untouched).

    "The centre said 45" beside "the National Crisis Centre said 30": one body, as a surname
    alone is one person. With two bodies it could name ("... Trauma Centre"), it stays apart.
    """
    for short in list(by_source):  # "relief council" of "lodrenian relief council" too
        longer = [s for s in by_source if s.endswith(" " + short)]
        if len(longer) != 1:
            continue
        # The body's own first point stays first: it decides the chain's kind and name.
        by_source[longer[0]].extend(by_source.pop(short))


def _step(p: Point) -> int:
    """-1 for "from 16", +1 for "to 34", 0 otherwise: orders two readings of one day."""
    fig = p.claim.figure
    assert fig is not None
    head = fig.text[:5].casefold()
    if head.startswith("from "):
        return -1
    if head.startswith("to "):
        return 1
    offset = fig.span[0] - p.claim.span[0]
    if not 0 <= offset <= len(p.claim.text):
        return 0
    before = p.claim.text[max(0, offset - 12) : offset]
    if _FROM.search(before):
        return -1
    return 1 if _TO.search(before) else 0


def _day_values(points: list[Point], last: Point | None) -> list[Point]:
    """One day of one chain -> its readings in order."""
    if len(points) == 1:
        return points
    exact = [p for p in points if p.exact]
    kept: list[Point] = []
    for p in points:
        if not p.exact and any(p.bounds.compatible(e.bounds) for e in exact):
            continue  # "more than 7,000" beside "7,040": a rounded restatement
        if any(k.value == p.value or (not p.exact and k.bounds.compatible(p.bounds)) for k in kept):
            continue  # the same figure again
        kept.append(p)
    if len(kept) <= 1:
        return kept
    steps = {id(p): _step(p) for p in kept}
    ordered = [p for p in kept if steps[id(p)] != 0]
    if any(s < 0 for s in steps.values()) and any(s > 0 for s in steps.values()):
        return sorted(ordered, key=lambda p: (steps[id(p)], p.order))
    if last is None:
        return [max(kept, key=lambda p: (p.value, p.order))]
    ref = max(last.value, 1)
    return [min(kept, key=lambda p: (abs(math.log(max(p.value, 1) / ref)), p.order))]


def _readings(points: list[Point]) -> list[Point]:
    """A chain's sorted points -> the readings its flags are drawn between.

    Ceilings ("fewer than 300") are no readings: they take part in conflicts only. A later,
    lower figure whose bounds agree with the last reading restates it ("more than 7,000" the day
    after 7,040), unless it is a lower bound below what rounding the last reading down would
    give: "more than 4,000" after 5,200 is a revision down ("more than 2,000", below half of
    it, is too loose to be one).
    """
    readings: list[Point] = []
    points = [p for p in points if not p.ceiling]
    i, n = 0, len(points)
    while i < n:  # the points are sorted by day: walk them one day at a time
        j = i + 1
        while j < n and points[j].day == points[i].day:
            j += 1
        day_points = points[i:j] if j - i > 1 else [points[i]]
        i = j
        for p in _day_values(day_points, readings[-1] if readings else None):
            last = readings[-1] if readings else None
            if last is not None and p.value != last.value:
                if p.bounds.compatible(last.bounds):
                    if p.value < last.value and not _lowers(p, last):
                        continue  # "more than 7,000" the day after 7,040 is not a revision
                elif p.value * MAX_REVISION_FACTOR < last.value:
                    continue  # another count, not a revision
            readings.append(p)
    return readings


def _lowers(p: Point, last: Point) -> bool:
    """Whether a lower bound ("more than 4,000") revises a higher reading (5,200) down.

    Rounding a reading down keeps its first digit ("more than 5,000" for 5,200, "at least 400"
    for 413); a bound below that says the source no longer stands by the reading. A bound below
    half the reading ("more than 2,000 people have died since the war began" after 5,200) is
    too loose to be a new reading: writers use such bounds for a count told in passing.

    >>> from types import SimpleNamespace as NS
    >>> def bound(v):
    ...     return NS(exact=False, value=v, claim=NS(figure=NS(qualifier="more_than")))
    >>> _lowers(bound(4000), NS(value=5200)), _lowers(bound(5000), NS(value=5200))
    (True, False)
    """
    fig = p.claim.figure
    if p.exact or fig is None or fig.qualifier not in ("more_than", "at_least"):
        return False
    if p.value * 2 < last.value:
        return False  # "more than 2,000" after 5,200: a loose bound, no new reading
    magnitude = 10 ** (len(str(int(last.value))) - 1)
    return bool(p.value < (last.value // magnitude) * magnitude)
