"""Claims from many documents -> flags: rises, revisions, conflicts and stance shifts.

The rules, in the order they are applied (``docs/reconciliation.md`` has a worked example of
each flag):

1. **Which figures take part** (:mod:`claimtrack.reconcile.counts`). A figure claim with a casualty
   category, a date (``claim.date.start``: the day the count is reported for), a value, not an
   increment ("27 more bodies") and a qualifier that states a count; ceilings ("as high as
   10,000") and vague amounts ("dozens") are left out.
2. **The same count** (:mod:`.counts`): the key ``(category, place, event, period,
   subgroup)``. A None field means "the main count", so the Khartoum sub-count, the children
   among the dead, a second quake or a long-past disaster never meet the main toll.
3. **Source chains** (:mod:`claimtrack.reconcile.chains`): each independent body is its own chain;
   official sources (ministries, police, presidents) share one, split where they disagree on one
   day; unattributed figures join an official chain only where they read its toll.
4. **One reading per chain and day** (:mod:`.chains`): rounded restatements dropped,
   "from X to Y" wording orders same-day values.
5. **Flags.** ``figure_increase`` / ``figure_decrease`` between consecutive readings of a chain
   whose values differ (a lower rounded restatement is not a decrease, and a fall to less than a
   tenth is another count); ``figure_conflict`` between the last readings of different chains on
   one day whose bounds cannot both be true (two official chains of one government are an
   estimate and a count, not a conflict); ``stance_shift`` between consecutive stances of one
   actor (``who.canonical``) on one topic, on a later day, with a different polarity.

Every step sorts by a total key, so the output does not depend on the order of the input.

>>> reconcile([])
[]
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..model import Claim, Flag, FlagList, as_claims
from ..reconcile.chains import Chain, build_chains
from ..reconcile.counts import (
    Bounds,
    CountKey,
    Point,
    StanceKey,
    figure_bounds,
    group_figures,
    group_stances,
    rules_for,
)
from ..reconcile.explain import explain_change, explain_conflict, explain_shift

__all__ = [
    "Bounds",
    "CountSeries",
    "count_series",
    "figure_bounds",
    "flag_order",
    "is_official",
    "reconcile",
    "stance_flags",
]

_FLAG_FIELDS = frozenset(Flag.model_fields)


def _flag(kind: str, before: Claim, after: Claim, explanation: str) -> Flag:
    """A Flag without pydantic's construction cost (its parts are already validated models).

    ``model_construct`` does the same and is a third of the time of a million-claim run.
    """
    flag = Flag.__new__(Flag)
    object.__setattr__(
        flag,
        "__dict__",
        {"kind": kind, "before": before, "after": after, "explanation": explanation},
    )
    object.__setattr__(flag, "__pydantic_fields_set__", _FLAG_FIELDS)
    object.__setattr__(flag, "__pydantic_extra__", None)
    object.__setattr__(flag, "__pydantic_private__", None)
    return flag


@dataclass(slots=True)
class CountSeries:
    """Everything known about one count: its chains, their readings and the flags between them."""

    key: CountKey
    points: list[Point]
    chains: list[Chain]
    flags: list[Flag]


def is_official(canonical: str, name: str = "", title: str | None = None) -> bool:
    """Whether a source speaks for a government (and so joins its official chain).

    >>> is_official("Health Ministry"), is_official("World Health Organization")
    (True, False)
    >>> is_official("Benigno Aquino III", "Benigno Aquino III", "President")
    True
    """
    return rules_for().is_official(canonical, name, title)


def count_series(key: CountKey, points: list[Point]) -> CountSeries:
    """Chains, readings and flags of one count (points sorted, as from ``group_figures``)."""
    chains = build_chains(points)
    flags: list[Flag] = []
    for chain in chains:
        readings = chain.readings
        for a, b in zip(readings, readings[1:], strict=False):
            if a.value != b.value:
                kind = "figure_increase" if b.value > a.value else "figure_decrease"
                flags.append(
                    _flag(
                        kind,
                        a.claim,
                        b.claim,
                        explain_change(key, a, b, chain.who, chain.official, chain.carried),
                    )
                )
    if len(chains) < 2:
        return CountSeries(key, points, chains, flags)
    # The last reading of each chain on each day, for same-day comparisons between chains.
    latest: dict[dt.date, list[tuple[Chain, Point]]] = defaultdict(list)
    for chain in chains:
        # A ceiling ("fewer than 300") speaks for its chain on a day without a reading.
        day_points = {p.day: p for p in chain.points if p.ceiling}
        day_points.update({p.day: p for p in chain.readings})
        for day, p in day_points.items():
            latest[day].append((chain, p))
    for day in sorted(latest):
        if len(latest[day]) < 2:
            continue
        entries = sorted(latest[day], key=lambda cp: cp[1].order)
        for i, (ca, a) in enumerate(entries):
            for cb, b in entries[i + 1 :]:
                if ca.official and cb.official:
                    continue  # one government's estimate and its count: not a conflict
                if not a.bounds.compatible(b.bounds):
                    flags.append(
                        _flag("figure_conflict", a.claim, b.claim, explain_conflict(key, a, b))
                    )
    return CountSeries(key, points, chains, flags)


def stance_flags(key: StanceKey, claims: Sequence[Claim]) -> list[Flag]:
    """Shifts between the positions of one actor on one topic on consecutive days.

    ``claims`` are sorted by day. An actor's position on a day is the last clear one (support or
    oppose) it took that day, else the last: "we support Israel's campaign ... we do not support a
    move south until ..." is support with a condition, not a neutral day.

    A shift is flagged between reports, or within one report whose text gives the earlier
    position a day of its own (``date.role == "event"``: "On Saturday, the government stopped
    short of accepting ..."). A position one article recounts as held before another's words
    ("Biden revealed on Wednesday that Netanyahu had agreed to a pause ... Netanyahu appeared
    receptive") is that report's story, not a shift.
    """
    days: list[Claim] = []
    reports: list[set[str]] = []  # the documents that report each day's position
    own: list[set[str]] = []  # ... of which those that give it a day of its own
    for c in claims:
        assert c.date is not None
        assert c.stance is not None
        if days and days[-1].date is not None and days[-1].date.start == c.date.start:
            last = days[-1]
            assert last.stance is not None
            if c.stance.polarity == last.stance.polarity:
                reports[-1].add(_report(c))
                own[-1] |= _own_day(c)
            if c.stance.polarity != "neutral" or last.stance.polarity == "neutral":
                if c.stance.polarity != last.stance.polarity:
                    reports[-1], own[-1] = {_report(c)}, _own_day(c)
                days[-1] = c
        else:
            days.append(c)
            reports.append({_report(c)})
            own.append(_own_day(c))
    flags: list[Flag] = []
    for k, (prev, c) in enumerate(itertools.pairwise(days)):
        assert prev.stance is not None
        assert c.stance is not None
        if c.stance.polarity != prev.stance.polarity and (reports[k] - {_report(c)} or own[k]):
            flags.append(_flag("stance_shift", prev, c, explain_shift(prev, c)))
    return flags


def _own_day(c: Claim) -> set[str]:
    """The claim's report, if it gives the position a day of its own."""
    return {_report(c)} if c.date is not None and c.date.role == "event" else set()


def _report(c: Claim) -> str:
    """The document a claim comes from: its ``doc_id``, else the prefix of its id."""
    return c.doc_id or c.id.split(":", 1)[0]


def flag_order(f: Flag) -> tuple[dt.date, str, str, str, str]:
    """A total order on flags: by the day of ``after``, then kind and claim ids."""
    day = f.after.date.start if f.after.date else dt.date.min
    return (day, f.kind, f.before.id, f.after.id, f.explanation)


def reconcile(claims: Iterable[Claim], *, lexicon: Lexicon | None = None) -> FlagList:
    """Compare claims about the same count or actor and topic; return the changes.

    Args:
        claims: claims from any number of documents, in any order.
        lexicon: the word lists (official cues, event kinds); the default lexicon when None.

    Returns:
        Flags sorted by the day of their later claim; the same for any order of ``claims``.

    Raises:
        InputError: ``claims`` is not an iterable of :class:`Claim`.
    """
    claims = as_claims(claims, caller="reconcile()")
    rules = rules_for(lexicon)
    flags: list[Flag] = []
    # Nothing built here forms a reference cycle, so the cyclic collector has nothing to find;
    # left on, it rescans every claim each time a few thousand points are allocated, which makes
    # a million claims several times slower.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for key, points in group_figures(claims, rules).items():
            flags.extend(count_series(key, points).flags)
        for skey, group in group_stances(claims, lexicon).items():
            flags.extend(stance_flags(skey, group))
        flags.sort(key=flag_order)
    finally:
        if collecting:
            gc.enable()
    return FlagList(flags)
