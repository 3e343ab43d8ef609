"""Tracks per count and per actor-topic, and the incremental Tracker."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from hypothesis import given, settings

from claimtrack.reconcile.flags import reconcile
from claimtrack.reconcile.track import CountTrack, StanceTrack, Tracker, build_tracks

# The claim factory lives beside the reconcile tests; load it by path (tests are not a package).
_spec = importlib.util.spec_from_file_location(
    "_reconcile_tests", Path(__file__).with_name("test_reconcile.py")
)
assert _spec
assert _spec.loader
helpers = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("_reconcile_tests", helpers)
_spec.loader.exec_module(helpers)
fig, stance, claim_sets = helpers.fig, helpers.stance, helpers.claim_sets


def sudan() -> list:
    return [
        fig(413, "2023-04-21", "World Health Organization", doc="a"),
        fig(400, "2023-04-21", "Health Ministry", qualifier="more_than", doc="a"),
        fig(130, "2023-04-21", "Health Ministry", doc="a", scope=helpers.Scope(place="Khartoum")),
        fig(512, "2023-04-25", "Health Ministry", doc="b"),
        fig(459, "2023-04-25", "World Health Organization", doc="b"),
        stance("Sudanese army", "humanitarian_pause", "support", "2023-05-29", doc="c"),
        stance("Sudanese army", "humanitarian_pause", "oppose", "2023-05-31", doc="d"),
    ]


def test_tracks_per_count_and_actor_topic() -> None:
    tracks = build_tracks(sudan())
    counts = [t for t in tracks if isinstance(t, CountTrack)]
    stances = [t for t in tracks if isinstance(t, StanceTrack)]
    assert [t.key for t in counts] == [
        ("killed", None, None, None, None),
        ("killed", "Khartoum, Sudan", None, None, None),
    ]
    main = counts[0]
    assert [o.value for o in main.observations] == [400, 413, 512, 459] or sorted(
        o.value for o in main.observations
    ) == [400, 413, 459, 512]
    assert main.summary() == (
        "death toll: latest 459 (World Health Organization, 25 Apr 2023); "
        "range 459 to 512; 2 sources"
    )
    assert {f.kind for f in main.flags} == {"figure_increase", "figure_conflict"}
    assert stances[0].summary() == (
        "Sudanese army on humanitarian pause: oppose (31 May 2023); 2 statements, 1 shift"
    )


def test_track_flags_are_reconcile_flags() -> None:
    claims = sudan()
    from_tracks = sorted(
        (f.kind, f.before.id, f.after.id) for t in build_tracks(claims) for f in t.flags
    )
    assert from_tracks == sorted((f.kind, f.before.id, f.after.id) for f in reconcile(claims))


def test_tracker_returns_new_flags_document_by_document() -> None:
    claims = sudan()
    tracker = Tracker()
    assert tracker.add(c for c in claims if c.doc_id == "a") == []
    new_b = tracker.add(c for c in claims if c.doc_id == "b")
    assert sorted(f.kind for f in new_b) == [
        "figure_conflict",
        "figure_increase",
        "figure_increase",
    ]
    assert tracker.add(c for c in claims if c.doc_id == "c") == []
    new_d = tracker.add(c for c in claims if c.doc_id == "d")
    assert [f.kind for f in new_d] == ["stance_shift"]
    assert tracker.add([]) == []
    assert tracker.flags == reconcile(claims)
    assert len(tracker.tracks()) == len(build_tracks(claims))


@settings(max_examples=60, deadline=None)
@given(claim_sets())
def test_tracker_ends_where_reconcile_does(claims: list) -> None:
    tracker = Tracker()
    seen = []
    for doc in sorted({c.doc_id for c in claims}):
        seen += tracker.add(c for c in claims if c.doc_id == doc)
    final = reconcile(claims)
    assert tracker.flags == final
    ident = {(f.kind, f.before.id, f.after.id) for f in seen}
    assert {(f.kind, f.before.id, f.after.id) for f in final} <= ident
