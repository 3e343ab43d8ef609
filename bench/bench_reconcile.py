"""Time reconcile() on 100,000 and 1,000,000 synthetic claims spread over 10,000 counts.

    .venv/bin/python bench/bench_reconcile.py            # both sizes
    .venv/bin/python bench/bench_reconcile.py 20000      # one size

Claims are built with ``model_construct`` (no validation), and only ``reconcile`` is timed.
Each count gets a rising official toll, a second body that sometimes disagrees, rounded
restatements and sub-counts, so every rule of the reconciler is exercised. The target is under
20 s for a million claims and a ratio near 10 between the two sizes (O(n log n)).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time

from claimtrack.model import Claim, DateRange, Figure, Scope, Stance, Who
from claimtrack.reconcile.flags import reconcile

COUNTS = 10_000
SOURCES = [
    ("Health Ministry", "organization"),
    ("Home Ministry", "organization"),
    ("World Health Organization", "organization"),
    ("ACLED", "organization"),
    ("Nepal Police", "organization"),
]
QUALIFIERS = ["exact"] * 6 + ["more_than", "about", "at_least", "nearly", "up_to", "vague"]
DAY0 = dt.date(2023, 1, 1)


def synthetic(n: int, seed: int = 7) -> list[Claim]:
    """``n`` claims: 90% figures over ``COUNTS`` counts, 10% stances of 500 actors."""
    rnd = random.Random(seed)
    whos = [
        Who.model_construct(name=s, canonical=s, kind=k, title=None, text=s, span=(0, len(s)))
        for s, k in SOURCES
    ]
    actors = [
        Who.model_construct(
            name=f"Actor {i}",
            canonical=f"Actor {i}",
            kind="person",
            title=None,
            text="",
            span=(0, 0),
        )
        for i in range(500)
    ]
    scopes = [
        Scope.model_construct(place=place, event=f"region {c // 2}", period=None, subgroup=None)
        for c in range(COUNTS)
        for place in (None, "Khartoum")
    ]
    days = [
        DateRange.model_construct(
            start=DAY0 + dt.timedelta(d),
            end=DAY0 + dt.timedelta(d),
            granularity="day",
            role="reported",
            text=None,
            span=None,
        )
        for d in range(400)
    ]
    out: list[Claim] = []
    for i in range(n):
        doc = f"doc{i // 20}"
        if i % 10 == 9:
            st = Stance.model_construct(
                topic=rnd.choice(["ceasefire", "weapons_supply"]),
                polarity=rnd.choice(["support", "oppose", "neutral"]),
                cue=None,
            )
            out.append(
                Claim.model_construct(
                    id=f"{doc}:{i}",
                    doc_id=doc,
                    source=None,
                    kind="stance",
                    who=rnd.choice(actors),
                    what="",
                    figure=None,
                    date=rnd.choice(days),
                    stance=st,
                    hedges=(),
                    text="",
                    span=(i, i),
                )
            )
            continue
        count = rnd.randrange(COUNTS)
        day = rnd.randrange(400)
        value = 10 * count % 997 + day * (3 + count % 5) + rnd.randrange(3)
        # Count c is region c // 2 (killed or injured); one in seven also has a Khartoum sub-count.
        scope = scopes[count * 2 + (count % 7 == 0 and rnd.random() < 0.5)]
        fig = Figure.model_construct(
            value=value,
            low=None,
            high=None,
            qualifier=rnd.choice(QUALIFIERS),
            category=("killed", "injured")[count % 2],
            unit=None,
            incremental=rnd.random() < 0.02,
            text=str(value),
            span=(i, i + 1),
            scope=scope,
        )
        out.append(
            Claim.model_construct(
                id=f"{doc}:{i}",
                doc_id=doc,
                source=None,
                kind="figure",
                who=None if rnd.random() < 0.05 else rnd.choice(whos),
                what="",
                figure=fig,
                date=days[day],
                stance=None,
                hedges=(),
                text=str(value),
                span=(i, i + 1),
            )
        )
    return out


def timed(n: int) -> tuple[float, int]:
    """Seconds reconcile() takes on ``n`` synthetic claims, and the number of flags."""
    claims = synthetic(n)
    started = time.perf_counter()
    flags = reconcile(claims)
    return time.perf_counter() - started, len(flags)


def main(argv: list[str]) -> None:
    """Time reconcile() at the sizes given (default 100,000 and 1,000,000 claims)."""
    sizes = [int(a) for a in argv] or [100_000, 1_000_000]
    results = []
    for n in sizes:
        seconds, nflags = timed(n)
        results.append(seconds)
        print(f"{n:>9,} claims over {COUNTS:,} counts: {seconds:6.2f} s, {nflags:,} flags")
    if len(results) == 2:
        print(f"ratio {results[1] / results[0]:.1f} for {sizes[1] / sizes[0]:.0f}x the claims")


if __name__ == "__main__":
    main(sys.argv[1:])
