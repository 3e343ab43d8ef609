"""Where one source's lone reading carries another's running toll.

- Between two readings of an official chain, after its latest one and not below it, or a day
  or two before its earliest and not above it, an independent source's one reading carries
  the official toll (:func:`bridged`). A count that falls (hostages, the missing) is carried
  on by a lower reading too, down to a quarter.
- In a count no official source names, the same holds for the source with the most days of
  readings (or the first, when each has one): doctors' 12, then rescuers' 20 is one toll that
  rose, as the press reports it (:func:`carried`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .chains import Chain
    from .counts import Point


def bridged(
    pts: list[Point],
    official: list[tuple[Chain, dict[dt.date, list[Point]]]],
    *,
    voice: bool = False,
) -> bool:
    """An independent source's one reading between two readings of an official chain joins it.

    "11 killed, the police chief said", then "the toll rose to 16, doctors said", then "police
    revised the toll down to 15": one running toll, which the doctors' reading carries for a
    day, if it lies near the readings around it (within a factor of two) and no official
    reading shares its day (then it is a rival count). After the latest official reading it
    carries the toll on when not below it ("the ministry's 40", then "57, the Red Cross said"),
    and before the earliest it leads it when not above it ("doctors said 12 died", then the
    ministry's 20), unless it is a body by its kind alone ("the centre": which one?), or the
    writer's voice, unless ``voice`` (no official source: the writer's running toll is one
    source's like any other). A source with readings of its own on several days keeps its own
    chain.
    """
    days = {p.day for p in pts}
    if len(days) != 1:
        return False
    (day,) = days
    if any(day in chain_days for _, chain_days in official):
        return False  # beside an official reading the same day: a rival count
    latest = max((d for _, days_ in official for d in days_ if d < day), default=None)
    earliest = min((d for _, days_ in official for d in days_ if d > day), default=None)
    who = pts[0].claim.who
    if (who is None and not voice) or (
        who is not None and who.kind != "group" and " " not in who.name and who.name.islower()
    ):
        # a body by its kind alone carries no toll on or leads none: "the centre" (which one?)
        latest = earliest = None
    for chain, chain_days in official:
        before = [p for d, ps in sorted(chain_days.items()) if d < day for p in ps]
        after = [p for d, ps in sorted(chain_days.items()) if d > day for p in ps]
        if (
            # between two readings, after the latest reading of all and not below it, or
            # before the earliest and not above it
            (
                (before and after)
                or (before and before[-1].day == latest and all(_on(p, before[-1]) for p in pts))
                or (
                    after
                    and after[0].day == earliest
                    and after[0].day - day <= _LEAD_DAYS
                    and all(p.value <= after[0].value for p in pts)
                )
            )
            and all(
                near(p, q) or (p.falls and _between(p, before[-1:], after[:1]))
                for p in pts
                for q in before[-1:] + after[:1]
            )
        ):
            chain.points.extend(pts)
            chain_days.setdefault(day, []).extend(pts)
            return True
    return False


# How long before the earliest official reading a lone reading may lead it: "doctors said 12
# died", then the ministry's 15 the next day; not a count of its own days before ("more than
# 1,800 injured", the UN's, four days before the ministry's 3,500).
_LEAD_DAYS = dt.timedelta(days=2)


def near(p: Point, q: Point) -> bool:
    """Within a factor of two: the same toll a day later, not another count ("728" and "6,000").

    A count that falls as people are found or freed may fall further: down to a quarter. A
    small toll may more than double ("3 dead", then "10"): within ``_SMALL`` of it is near too.
    """
    low = q.value / (4 if p.falls else 2)
    return low <= p.value <= q.value * 2 or abs(p.value - q.value) <= _SMALL


# How far apart two readings of a small toll may lie and still be one toll.
_SMALL = 10


def _between(p: Point, before: list[Point], after: list[Point]) -> bool:
    """Whether a reading lies between the readings before and after it (36, then 22, then 9)."""
    if not before or not after:
        return False
    low, high = sorted((before[0].value, after[0].value))
    return low <= p.value <= high


def _on(p: Point, last: Point) -> bool:
    """Whether a reading after ``last`` carries it on.

    Not below it, or, for a count that falls (hostages freed, the missing found), down to a
    quarter of it ("36 held", then "22 still in their hands").
    """
    return p.value >= last.value or (p.falls and p.value >= last.value / 4)


def carried(chains: list[Chain]) -> list[Chain]:
    """With no official source, lone readings carry the running toll of the best-read source.

    The chain with the most days of readings (the first of them on a tie) anchors the toll;
    every other chain with readings on one day only joins it where :func:`bridged` would join
    an official chain: between two of its readings, or after its latest and not below it,
    within a factor of two. "Doctors said 12 died", then "rescuers said 20 had been killed"
    is one toll that rose; "140" the next day is another count, and a source with readings of
    its own on several days keeps its own series. Where two sources disagree on a day, whose
    toll a later reading carries on cannot be told: none is carried.
    """
    if len(chains) < 2 or _contested(chains):
        return chains
    # the best-read chain; on a tie, the one read first ("36 held", then "22", then "9")
    anchor = min(
        chains,
        key=lambda c: (
            -len({p.day for p in c.points}),
            min(p.day for p in c.points),
            chains.index(c),
        ),
    )
    days: dict[dt.date, list[Point]] = defaultdict(list)
    for p in anchor.points:
        days[p.day].append(p)
    lead = [(anchor, days)]
    out = [anchor]
    for chain in sorted(chains, key=lambda c: min(p.day for p in c.points)):
        if chain is anchor:
            continue
        if bridged(list(chain.points), lead, voice=True):
            anchor.sources.extend(s for s in chain.sources if s not in anchor.sources)
            anchor.carried = True
        else:
            out.append(chain)
    return sorted(out, key=chains.index)


def _contested(chains: list[Chain]) -> bool:
    """Whether two chains give different values on one day."""
    seen: dict[dt.date, float] = {}
    for chain in chains:
        for day in {p.day for p in chain.points}:
            values = {p.value for p in chain.points if p.day == day}
            if day in seen and seen[day] not in values:
                return True
            seen.setdefault(day, min(values))
    return False
