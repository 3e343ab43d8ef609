"""The incremental Tracker equals reconcile whatever order documents arrive in.

Stories years apart (stretches), places merging into the main count, a province beside its
country, ceilings and lower bounds: generated claim sets, fed one document at a time in a
shuffled order.
"""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.model import Claim, DateRange, Figure, Scope, Who
from claimtrack.reconcile.flags import reconcile
from claimtrack.reconcile.track import Tracker

PLACES = [None, None, "Chile", "Argentina", "Mendoza", "Chile and Argentina", "the camp"]
SOURCES = [None, "Interior Ministry", "civil defence agency", "Red Cross"]
QUALIFIERS = ["exact", "exact", "exact", "more_than", "at_least", "about", "fewer_than"]
DAY0 = dt.date(2030, 1, 1)


@st.composite
def feeds(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(1, 30))
    claims = []
    for i in range(n):
        doc = draw(st.integers(0, 8))
        # days cluster in stretches about two years apart
        day = DAY0 + dt.timedelta(days=draw(st.sampled_from([0, 400, 700, 1400])) + doc % 5)
        source = draw(st.sampled_from(SOURCES))
        who = (
            None
            if source is None
            else Who(name=source, canonical=source, kind="organization", text="x", span=(0, 1))
        )
        value = draw(st.integers(1, 400))
        claims.append(
            Claim(
                id=f"d{doc}:{i}",
                doc_id=f"d{doc}",
                kind="figure",
                who=who,
                what="",
                figure=Figure(
                    value=value,
                    qualifier=draw(st.sampled_from(QUALIFIERS)),
                    category=draw(st.sampled_from(["killed", "injured"])),
                    text=str(value),
                    span=(0, 1),
                    scope=Scope(place=draw(st.sampled_from(PLACES))),
                ),
                date=DateRange(start=day, end=day),
                text="x",
                span=(0, 1),
            )
        )
    return claims


@settings(max_examples=300, deadline=None)
@given(feeds(), st.randoms(use_true_random=False))
def test_tracker_equals_reconcile_in_any_arrival_order(
    claims: list[Claim], rnd: random.Random
) -> None:
    docs = sorted({c.doc_id for c in claims}, key=str)
    rnd.shuffle(docs)
    tracker = Tracker()
    for doc in docs:
        tracker.add([c for c in claims if c.doc_id == doc])
    assert tracker.flags == reconcile(claims)


def _fig(
    value: int, day: str, source: str, doc: str, place: str | None = None, q: str = "exact"
) -> Claim:
    who = Who(name=source, canonical=source, kind="organization", text="x", span=(0, 1))
    d = dt.date.fromisoformat(day)
    return Claim(
        id=f"{doc}:{value}",
        doc_id=doc,
        kind="figure",
        who=who,
        what="",
        figure=Figure(
            value=value,
            qualifier=q,
            category="killed",
            text="x",
            span=(0, 1),
            scope=Scope(place=place),
        ),
        date=DateRange(start=d, end=d),
        text="x",
        span=(0, 1),
    )


def test_a_place_merging_into_the_main_count_in_any_arrival_order() -> None:
    # Report a gives "413 in Chile" beside the ministry's unplaced "more than 400": Chile's count
    # is the main count, so the WHO's later "460 in Chile" meets the ministry's 530.
    import itertools

    claims = [
        _fig(400, "2031-04-21", "Health Ministry", "a", q="more_than"),
        _fig(413, "2031-04-21", "World Health Organization", "a", "Chile"),
        _fig(460, "2031-04-25", "World Health Organization", "b", "Chile"),
        _fig(530, "2031-04-25", "Health Ministry", "c"),
    ]
    expected = reconcile(claims)
    kinds = {
        (f.kind, frozenset(c.figure.value for c in (f.before, f.after) if c.figure))
        for f in expected
    }
    assert ("figure_conflict", frozenset((460, 530))) in kinds
    for order in itertools.permutations("abc"):
        tracker = Tracker()
        for doc in order:
            tracker.add([c for c in claims if c.doc_id == doc])
        assert tracker.flags == expected, order


def _real(docs: list[tuple[str, str, str]]) -> list[list[Claim]]:
    import claimtrack

    return [claimtrack.extract(text, published=day, doc_id=doc) for text, day, doc in docs]


def test_a_later_document_that_changes_an_earlier_reading_in_any_order() -> None:
    # a region name settled by another report's country; an acronym spelled out, and an
    # officer's body named, by a later report: the tracker reads everything again
    per_doc = _real(
        [
            ("Officials said 65 people had died in Punjab.", "2031-03-03", "c"),
            ("Officials said 40 people had died in Punjab and 12 in Sindh.", "2031-03-01", "a"),
            ("The toll in Valdoria rose to 87, the NRCO said.", "2031-03-06", "b"),
            ("The toll reached 94, said Mira Lund, the NRCO's deputy director.", "2031-03-09", "d"),
            (
                "The National Relief Coordination Office (NRCO) said 51 people had died.",
                "2031-03-05",
                "e",
            ),
        ]
    )
    everything = [c for doc in per_doc for c in doc]
    expected = reconcile(everything)
    assert len([f for f in expected if f.kind == "figure_increase"]) >= 3
    for order in (per_doc, per_doc[::-1], per_doc[1:] + per_doc[:1]):
        tracker = Tracker()
        for doc in order:
            tracker.add(doc)
        assert tracker.flags == expected
