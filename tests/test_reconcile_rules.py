"""Reconciler rules of issue #10, each on stories of my own (invented sources and numbers).

Writer's-voice restatements, official chains (state media, local government, militaries),
bounds in revisions and conflicts, relayed figures and their originators, places from the
gazetteer, one actor across documents, and the lexicon given to ``reconcile`` and ``Tracker``.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from claimtrack import extract
from claimtrack.lexicon import load_lexicon
from claimtrack.model import Claim, Scope, Who
from claimtrack.reconcile.flags import reconcile
from claimtrack.reconcile.track import CountTrack, Tracker, build_tracks

_spec = importlib.util.spec_from_file_location(
    "_reconcile_tests", Path(__file__).with_name("test_reconcile.py")
)
assert _spec
assert _spec.loader
helpers = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("_reconcile_tests", helpers)
_spec.loader.exec_module(helpers)
fig, stance, summary = helpers.fig, helpers.stance, helpers.summary


def relayed(claim: Claim, relayer: str) -> Claim:
    """The claim as told by ``relayer`` citing its source: origin keeps the source."""
    by = Who(name=relayer, canonical=relayer, kind="organization", text=relayer, span=(0, 1))
    return claim.model_copy(update={"who": by, "origin": claim.who})


# --- writer's voice --------------------------------------------------------------------------
def test_a_voice_figure_restating_the_days_reading_joins_its_chain() -> None:
    # "The Bexmoor council put the toll at 212." / "In all, 212 people died, the paper said."
    claims = [
        fig(150, "2031-02-01", "Bexmoor council"),
        fig(212, "2031-02-02", "Bexmoor council", doc="b"),
        fig(212, "2031-02-02", None, doc="b"),
    ]
    track = next(t for t in build_tracks(claims) if isinstance(t, CountTrack))
    assert {o.chain for o in track.observations} == {"Bexmoor council"}
    assert summary(reconcile(claims)) == [("figure_increase", 150, 212)]


def test_a_voice_figure_restating_an_independent_bodys_reading_joins_it() -> None:
    # "The Red Crescent counted 88 dead." / "At least 88 people have died."
    claims = [
        fig(88, "2031-02-02", "Red Crescent", doc="b"),
        fig(88, "2031-02-02", None, qualifier="at_least", doc="b"),
        fig(60, "2031-02-02", None, doc="b"),  # not a restatement: it stays unattributed
    ]
    track = next(t for t in build_tracks(claims) if isinstance(t, CountTrack))
    assert sorted((o.value, o.source, o.chain) for o in track.observations) == [
        (60, "unattributed", "unattributed"),
        (88, "Red Crescent", "Red Crescent"),
        (88, "unattributed", "Red Crescent"),
    ]


def test_a_voice_figure_far_from_the_days_reading_stays_out() -> None:
    # "more than 90" beside the council's 212: the open bound agrees, but it is another count.
    claims = [
        fig(150, "2031-02-01", "Bexmoor council"),
        fig(212, "2031-02-02", "Bexmoor council", doc="b"),
        fig(90, "2031-02-02", None, qualifier="more_than", doc="a"),
    ]
    track = next(t for t in build_tracks(claims) if isinstance(t, CountTrack))
    assert [o.chain for o in track.observations if o.value == 90] == ["unattributed"]


# --- official chains -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "source",
    [
        "Velmar state news agency",
        "state-run television",
        "the Ostrava county office",
        "Kestria prefecture",
        "the Velmari army",
        "the coast guard",
    ],
)
def test_state_media_local_government_and_militaries_join_the_official_chain(
    source: str,
) -> None:
    claims = [fig(40, "2031-05-01", "Interior Ministry"), fig(57, "2031-05-02", source, doc="b")]
    assert summary(reconcile(claims)) == [("figure_increase", 40, 57)]


def test_an_independent_agency_is_its_own_chain() -> None:
    # before the official count, and with a series of its own, it stays apart
    claims = [fig(57, "2031-05-01", "Red Cross"), fig(40, "2031-05-02", "Interior Ministry")]
    assert reconcile(claims) == []
    claims = [
        fig(40, "2031-05-01", "Interior Ministry"),
        fig(57, "2031-05-02", "Red Cross"),
        fig(60, "2031-05-03", "Red Cross", doc="c"),
    ]
    assert summary(reconcile(claims)) == [("figure_increase", 57, 60)]


def test_one_later_reading_of_an_independent_agency_carries_the_toll_on() -> None:
    # after the official count's latest reading, not below it, within a factor of two
    claims = [fig(40, "2031-05-01", "Interior Ministry"), fig(57, "2031-05-02", "Red Cross")]
    assert summary(reconcile(claims)) == [("figure_increase", 40, 57)]
    claims = [fig(40, "2031-05-01", "Interior Ministry"), fig(30, "2031-05-02", "Red Cross")]
    assert reconcile(claims) == []
    claims = [fig(40, "2031-05-01", "Interior Ministry"), fig(95, "2031-05-02", "Red Cross")]
    assert reconcile(claims) == []


# --- bounds in revisions and conflicts ------------------------------------------------------
@pytest.mark.parametrize(
    ("qualifier", "value", "flags"),
    [
        ("more_than", 4000, [("figure_decrease", 5200, 4000)]),  # no longer stands by 5,200
        ("at_least", 4000, [("figure_decrease", 5200, 4000)]),
        ("more_than", 5000, []),  # 5,200 rounded down: a restatement
        ("more_than", 2000, []),  # below half of it: a loose bound told in passing
        ("at_least", 5000, []),
        ("about", 5000, []),
        ("more_than", 6000, [("figure_increase", 5200, 6000)]),
    ],
)
def test_lower_bounds_take_part_in_revisions(qualifier: str, value: int, flags: list) -> None:
    claims = [
        fig(5200, "2031-07-01", "Dorvan Health Ministry"),
        fig(value, "2031-07-03", "Dorvan Health Ministry", qualifier=qualifier, doc="b"),
    ]
    assert summary(reconcile(claims)) == flags


@pytest.mark.parametrize(("ceiling", "conflict"), [(300, True), (500, False)])
def test_fewer_than_takes_part_in_conflicts(ceiling: int, conflict: bool) -> None:
    # "fewer than 300 people died, the Tarn Red Crescent said" beside the ministry's 450
    claims = [
        fig(450, "2031-03-09", "Tarn Health Ministry"),
        fig(ceiling, "2031-03-09", "Tarn Red Crescent", qualifier="fewer_than", doc="b"),
    ]
    kinds = [k for k, _, _ in summary(reconcile(claims))]
    assert kinds == (["figure_conflict"] if conflict else [])


def test_fewer_than_is_no_reading_of_a_series() -> None:
    claims = [
        fig(300, "2031-03-08", "Tarn Red Crescent", qualifier="fewer_than"),
        fig(410, "2031-03-10", "Tarn Red Crescent", doc="b"),
        fig(500, "2031-03-12", "Tarn Red Crescent", qualifier="fewer_than", doc="c"),
    ]
    assert reconcile(claims) == []


# --- relayed figures -------------------------------------------------------------------------
def test_a_relayed_figure_follows_its_originator() -> None:
    # "..., the Corvia embassy noted, citing the health ministry": the ministry's chain.
    first = fig(80, "2031-09-01", "Lisk Health Ministry")
    second = relayed(fig(95, "2031-09-02", "Lisk Health Ministry", doc="b"), "Corvia embassy")
    assert second.who is not None
    assert second.who.name == "Corvia embassy"
    flags = reconcile([first, second])
    assert summary(flags) == [("figure_increase", 80, 95)]
    # a relayer and its source on one day are one chain: no conflict between them
    echo = relayed(fig(80, "2031-09-01", "Lisk Health Ministry", doc="c"), "Corvia embassy")
    assert all(f.kind != "figure_conflict" for f in reconcile([first, second, echo]))


# --- places ----------------------------------------------------------------------------------
def test_names_of_one_country_are_one_count() -> None:
    claims = [
        fig(12, "2031-04-01", "Interior Ministry", scope=Scope(place="the Czech Republic")),
        fig(19, "2031-04-02", "Interior Ministry", scope=Scope(place="Czechia"), doc="b"),
    ]
    assert summary(reconcile(claims)) == [("figure_increase", 12, 19)]


def test_neighbouring_countries_and_their_sum_are_never_compared() -> None:
    chile, argentina = Scope(places=("Chile",)), Scope(places=("Argentine",))
    both = Scope(places=("Chile", "Argentina"))
    claims = [
        fig(100, "2031-04-01", "UN humanitarian office", scope=chile),
        fig(60, "2031-04-01", "UN humanitarian office", scope=argentina, doc="b"),
        fig(160, "2031-04-01", "UN humanitarian office", scope=both, doc="c"),
        fig(110, "2031-04-02", "UN humanitarian office", scope=chile, doc="d"),
        fig(175, "2031-04-02", "UN humanitarian office", scope=both, doc="d"),
    ]
    assert sorted(summary(reconcile(claims))) == [
        ("figure_increase", 100, 110),
        ("figure_increase", 160, 175),
    ]


def test_a_province_never_merges_into_its_countrys_main_count() -> None:
    # The unplaced toll is the country's; "21 in Mendoza" lies inside Argentina, named too.
    claims = [
        fig(24, "2031-04-01", "Civil Defence"),
        fig(21, "2031-04-01", "Civil Defence", scope=Scope(place="Mendoza")),
        fig(30, "2031-04-02", "Civil Defence", scope=Scope(place="Argentina"), doc="b"),
        fig(27, "2031-04-02", "Civil Defence", doc="b"),
    ]
    assert ("figure_increase", 21, 27) not in summary(reconcile(claims))
    assert ("figure_increase", 24, 27) in summary(reconcile(claims))


@pytest.mark.parametrize(("doc", "merged"), [("a", True), ("b", False)])
def test_a_place_merges_into_the_main_count_on_its_own_reports_evidence(
    doc: str, merged: bool
) -> None:
    # Report a: "Corvia's Red Cross counted 103 dead in Chile" beside the ministry's unplaced
    # "more than 100". Report b, about another story, gives 103 by chance on that day, beside
    # a toll in Peru: the story names two places once each, so neither is its main place.
    claims = [
        fig(100, "2031-06-01", "Health Ministry", qualifier="more_than", doc="a"),
        fig(103, "2031-06-01", "Red Cross", scope=Scope(places=("Chile",)), doc=doc),
        fig(140, "2031-06-03", "Red Cross", doc="c"),
        fig(12, "2031-06-01", "Red Cross", scope=Scope(places=("Peru",)), doc="b"),
    ]
    kinds = summary(reconcile(claims))
    assert (("figure_increase", 103, 140) in kinds) == merged


# --- one actor across documents ---------------------------------------------------------------
@pytest.mark.parametrize(
    "names",
    [
        ("John F. Kirby", "Kirby"),
        ("John F. Kirby", "John Kirby"),
        ("White House spokesman John Kirby", "John Kirby"),
        ("White House spokesman John Kirby", "Kirby"),
    ],
)
def test_one_actor_across_documents(names: tuple[str, str]) -> None:
    claims = [
        stance(names[0], "ceasefire", "oppose", "2031-11-01", doc="a"),
        stance(names[1], "ceasefire", "support", "2031-11-05", doc="b"),
        stance("John Kirby", "ceasefire", "support", "2031-11-05", doc="c"),
    ]
    assert summary(reconcile(claims)) == [("stance_shift", "oppose", "support")]
    tracker = Tracker()
    for c in claims:
        tracker.add([c])
    assert summary(tracker.flags) == summary(reconcile(claims))


# --- the lexicon given ---------------------------------------------------------------------
def test_reconcile_tracker_and_tracks_use_the_lexicon_given() -> None:
    lex = load_lexicon().extended({"reconcile": {"official": ["pelmo"]}})
    # (an independent lone reading above the first official one leads nothing: no flag)
    claims = [fig(60, "2031-05-01", "PELMO"), fig(57, "2031-05-02", "Interior Ministry", doc="b")]
    assert reconcile(claims) == []
    expected = summary(reconcile(claims, lexicon=lex))
    assert expected == [("figure_decrease", 60, 57)]
    tracker = Tracker(lexicon=lex)
    tracker.add(claims[:1])
    assert summary(tracker.add(claims[1:])) == expected
    assert summary([f for t in tracker.tracks() for f in t.flags]) == expected
    assert summary([f for t in build_tracks(claims, lexicon=lex) for f in t.flags]) == expected
    assert summary(Tracker().add(claims)) == []


def test_an_aide_to_the_president_carries_the_official_count() -> None:
    """An aide, a prosecutor and an ombudsman speak for the state: one official chain.

    The aide's count of a people ("65 Velorian civilians") is the count the prosecutor gives
    "on the Velorian side", so the series runs through it.
    """
    docs = [
        ("2031-10-02", "Veloria's prosecutor general said 19 civilians had been killed on the "
         "Velorian side."),
        ("2031-10-12", "Ivo Tarr, an aide to President Lund, said 65 Velorian civilians had been "
         "killed."),
        ("2031-10-28", "Veloria's prosecutor general says 93 civilians were killed on the "
         "Velorian side."),
    ]  # fmt: skip
    claims: list[Claim] = []
    for i, (day, text) in enumerate(docs):
        claims += extract(text, published=date.fromisoformat(day), doc_id=f"d{i}")
    steps = []
    for f in reconcile(claims):
        assert f.before.figure is not None
        assert f.after.figure is not None
        steps.append((f.before.figure.value, f.after.figure.value))
    assert steps == [(19, 65), (65, 93)]


def test_a_short_title_reads_as_its_word() -> None:
    """A governor by a short title ("Gov. Ana Lind"): her toll and the county's are one series.

    (Read as no official, her 99 stood in a chain of its own beside the writer's 96 of the
    same day, and nothing was flagged.)
    """
    docs = [
        ("2031-08-14", "Gov. Ana Lind said on Monday that 99 people had died in the fires."),
        ("2031-08-14", "The death toll from the fires stood at 96 on Monday."),
        ("2031-08-25", "Kell County said 115 people had died in the fires."),
    ]
    claims: list[Claim] = []
    for i, (day, text) in enumerate(docs):
        claims += extract(text, published=date.fromisoformat(day), doc_id=f"d{i}")
    steps = []
    for f in reconcile(claims):
        assert f.before.figure is not None
        assert f.after.figure is not None
        steps.append((f.kind, f.before.figure.value, f.after.figure.value))
    assert steps == [("figure_increase", 99, 115)]
