"""Time one Tracker.add at 100 and at 10,000 documents held (a benchmark, not a timed test).

    .venv/bin/python bench/bench_track.py                 # placed figures only
    .venv/bin/python bench/bench_track.py --unplaced 0.3  # 30% of figures name no place

Each synthetic document belongs to one of many stories (ten documents a story, on ten days); a
story follows its place's toll (a country the gazetteer knows, named as written: "Chile") from
an official source and two other bodies, plus a sub-count for one of the country's regions.
Stories start ``--spacing`` days apart and take the countries in turn, so one country's stories
come ``spacing * countries`` days apart: with the default (2 days, about 400 days) each is its
own stretch of reports; with ``--spacing 1`` (about 200 days) a country's stories form one
stretch that grows with the feed, and so does the cost of adding to it. With ``--unplaced``,
that share of the figures names no place: they all read the main count of their category, one
group that grows with the feed. The target (issue #10): one add at 10,000 documents costs at
most twice one add at 100.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

import pycountry

from claimtrack.model import Claim, DateRange, Figure, Scope, Who
from claimtrack.reconcile.track import Tracker

DAY0 = dt.date(2020, 1, 1)
CLAIMS_PER_DOC = 20


def _who(name: str) -> Who:
    return Who.model_construct(
        name=name, canonical=name, kind="organization", title=None, text=name, span=(0, 1)
    )


SOURCES = [_who("Health Ministry"), _who("World Health Organization"), _who("Red Cross")]


def places() -> list[tuple[str, list[str]]]:
    """Countries with at least one region: (country name, region names)."""
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        regions = sorted(
            s.name
            for s in pycountry.subdivisions.get(country_code=c.alpha_2) or []
            if s.parent_code is None and "(" not in s.name
        )
        if regions:
            out.append((getattr(c, "common_name", c.name), regions))
    return out


def document(
    n: int, rnd: random.Random, world: list, unplaced: float, spacing: int = 2
) -> list[Claim]:
    """Document ``n``: story ``n // 10``, its day ``n % 10``, twenty figure claims.

    Story ``s`` starts ``s * spacing`` days after DAY0, in country ``s % len(world)``.
    """
    story, k = divmod(n, 10)
    country, regions = world[story % len(world)]
    region = regions[story % len(regions)]
    start = DAY0 + dt.timedelta(days=story * spacing)
    day = start + dt.timedelta(days=k)
    date = DateRange.model_construct(start=day, end=day, granularity="day", role="reported")
    claims = []
    for i in range(CLAIMS_PER_DOC):
        category = ("killed", "injured", "missing", "displaced")[i % 4]
        sub = i % 5 == 4
        place = region if sub else country
        if rnd.random() < unplaced:
            place = None
        value = (50 if sub else 400) * (1 + k) + rnd.randrange(3) + story % 97
        scope = Scope.model_construct(
            place=place, places=(), event=None, period=None, subgroup=None
        )
        figure = Figure.model_construct(
            value=value,
            low=None,
            high=None,
            qualifier="exact",
            category=category,
            unit=None,
            incremental=False,
            text=str(value),
            span=(0, 1),
            scope=scope,
        )
        claims.append(
            Claim.model_construct(
                id=f"doc{n}:{i}",
                doc_id=f"doc{n}",
                source=None,
                kind="figure",
                who=SOURCES[i % len(SOURCES)],
                what="",
                figure=figure,
                date=date,
                stance=None,
                hedges=(),
                attribution=None,
                origin=None,
                text="x",
                span=(0, 1),
            )
        )
    return claims


def time_adds(held: int, world: list, unplaced: float, spacing: int, repeats: int = 30) -> float:
    """Median seconds of one add, with ``held`` documents already in the tracker."""
    rnd = random.Random(11)
    tracker = Tracker()
    for n in range(held):
        tracker.add(document(n, rnd, world, unplaced, spacing))
    times = []
    for r in range(repeats):
        doc = document(held + r, rnd, world, unplaced, spacing)
        t0 = time.perf_counter()
        tracker.add(doc)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    """Print the median add time at 100 and 10,000 documents and their ratio."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--unplaced", type=float, default=0.0)
    ap.add_argument("--sizes", type=int, nargs=2, default=[100, 10_000])
    ap.add_argument("--spacing", type=int, default=2, help="days between two stories' starts")
    args = ap.parse_args()
    world = places()
    small, large = (time_adds(n, world, args.unplaced, args.spacing) for n in args.sizes)
    print(
        f"unplaced={args.unplaced:.0%} spacing={args.spacing}d ({len(world)} countries): "
        f"one add at {args.sizes[0]} docs {small * 1000:.2f} ms, "
        f"at {args.sizes[1]} docs {large * 1000:.2f} ms, ratio {large / small:.2f}"
    )


if __name__ == "__main__":
    main()
