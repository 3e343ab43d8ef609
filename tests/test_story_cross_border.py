"""The invented cross-border story (examples/cross_border_story.json) reconciles into its series.

Two countries, one province and the combined total, four days, three sources: each count's
series, every flag (and no other), the same flags from the Tracker fed report by report, and a
report that names the four counts.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from claimtrack.model import Claim
from claimtrack.reconcile.flags import reconcile
from claimtrack.reconcile.track import CountTrack, Tracker, build_tracks
from claimtrack.report import build_report

_path = Path(__file__).resolve().parent.parent / "examples" / "cross_border.py"
_spec = importlib.util.spec_from_file_location("_cross_border", _path)
assert _spec
assert _spec.loader
example = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("_cross_border", example)
_spec.loader.exec_module(example)


def flag_rows(flags: list) -> list[tuple[str, str | None, object, object]]:
    return sorted(
        (
            f.kind,
            _place(f.after),
            f.before.figure.value,
            f.after.figure.value,
        )
        for f in flags
    )


def _place(claim: object) -> str | None:
    from claimtrack.reconcile.counts import rules_for

    return rules_for().place(claim.figure.scope)  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", example.STORIES, ids=lambda p: p.stem)
def test_every_flag_and_no_other(path: Path) -> None:
    """Each story of examples/*_story.json: its flags exactly, none of its must-not pairs."""
    story, claims = example.load_story(path)
    expected = sorted((f["kind"], f["place"], f["from"], f["to"]) for f in story["flags"])
    flags = reconcile(claims)
    got = flag_rows(flags)
    # a conflict is reported in day order of its claims; compare values as a set
    assert sorted((k, p, frozenset((a, b))) for k, p, a, b in got) == sorted(
        (k, p, frozenset((a, b))) for k, p, a, b in expected
    )
    values = [{v for c in (f.before, f.after) if c.figure for v in [c.figure.value]} for f in flags]
    for pair in story["must_not_flag"]:
        assert set(pair) not in values
    tracker = Tracker()
    for doc in story["documents"]:
        tracker.add([c for c in claims if c.doc_id == doc["id"]])
    assert tracker.flags == flags


def test_each_count_reads_its_series() -> None:
    story, claims = example.load_story()
    series = {
        t.key[1]: [o.value for o in t.observations if o.in_series and o.chain != "unattributed"]
        for t in build_tracks(claims)
        if isinstance(t, CountTrack)
    }
    for place, values in story["series"].items():
        # Chile's own series is the ministry's; OCHA's 200 for Chile is a second chain
        assert [v for v in series[place] if v in values] == values
    assert set(series) == set(story["series"])


def test_tracker_fed_report_by_report_and_any_order() -> None:
    _, claims = example.load_story()
    tracker = Tracker()
    for doc in sorted({c.doc_id for c in claims}):
        tracker.add([c for c in claims if c.doc_id == doc])
    assert flag_rows(tracker.flags) == flag_rows(reconcile(claims))
    shuffled = claims[:]
    random.Random(3).shuffle(shuffled)
    assert flag_rows(reconcile(shuffled)) == flag_rows(reconcile(claims))


def test_the_report_names_the_four_counts() -> None:
    _, claims = example.load_story()
    html = build_report(claims, "html")
    for place in ("in Chile", "in Argentina", "in Mendoza, Argentina", "in Argentina + Chile"):
        assert place in html


def _extracted() -> tuple[dict, list]:
    """The story's reports run through ``extract``: the reader's scope, sources and dates."""
    from claimtrack import extract

    story, _ = example.load_story()
    claims: list[Claim] = []
    for doc in story["documents"]:
        text = " ".join(s["text"] for s in doc["sentences"])
        claims += extract(text, published=doc["published"], source=doc["source"], doc_id=doc["id"])
    return story, claims


def _rows(flags: list) -> set[tuple[str, str | None, frozenset[object]]]:
    from claimtrack.reconcile.counts import rules_for

    rules = rules_for()
    return {
        (
            f.kind,
            rules.place(f.after.figure.scope) or rules.source_place(f.after),
            frozenset((f.before.figure.value, f.after.figure.value)),
        )
        for f in flags
    }


def test_the_story_read_from_its_text_raises_no_wrong_flag() -> None:
    """From the text itself: each flag is the story's, or joins two readings of one series.

    A figure the reader misses leaves a step out (the combined 160 -> 250 without the 245 "in
    the two countries"): the flag then spans the gap, within the right count and in the right
    direction.
    """
    story, claims = _extracted()
    expected = {(f["kind"], f["place"], frozenset((f["from"], f["to"]))) for f in story["flags"]}
    flags = reconcile(claims)
    for kind, place, values in _rows(flags):
        if (kind, place, values) in expected:
            continue
        assert kind in ("figure_increase", "figure_decrease")
        series = story["series"][place]
        assert values <= set(series)
    assert len(_rows(flags) & expected) >= 10
    flagged = []
    for f in flags:
        assert f.before.figure is not None
        assert f.after.figure is not None
        flagged.append({f.before.figure.value, f.after.figure.value})
    for pair in story["must_not_flag"]:
        assert set(pair) not in flagged


def test_the_story_read_from_its_text_raises_every_flag() -> None:
    story, claims = _extracted()
    expected = {(f["kind"], f["place"], frozenset((f["from"], f["to"]))) for f in story["flags"]}
    assert _rows(reconcile(claims)) == expected
