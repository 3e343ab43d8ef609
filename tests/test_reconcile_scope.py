"""Which count a figure reads, when the key is read across figures: stories of my own.

- A place listed beside another in one sentence ("20 in Varn, 19 in Tesk and five in Olm") is
  a part of a breakdown: it never becomes the main count, however its values agree.
- A figure with no place from a source that is a region, or is named for one ("Toyama
  prefecture said 36 were hurt there", "Dorr's own provincial authority"), counts that region.
- In a placed count, a figure in the writer's voice after the official chain's last reading,
  at or above it, carries the chain on ("91 people died in Varn" after the council's 38).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import cast

import pytest

from claimtrack.model import Claim, Scope, Who
from claimtrack.reconcile.counts import base_groups, rules_for
from claimtrack.reconcile.flags import reconcile
from claimtrack.reconcile.home import merge_home_place
from claimtrack.reconcile.track import Tracker

_spec = importlib.util.spec_from_file_location(
    "_reconcile_tests", Path(__file__).with_name("test_reconcile.py")
)
assert _spec
assert _spec.loader
helpers = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("_reconcile_tests", helpers)
_spec.loader.exec_module(helpers)
fig, summary = helpers.fig, helpers.summary


def placed(value: int, day: str, source: str | None, place: str, *, doc: str, text: str) -> Claim:
    scope = Scope(place=place, places=(place,))
    return cast(Claim, fig(value, day, source, doc=doc, text=text, scope=scope))


def pairs(claims: list[Claim]) -> set[tuple[str, object, object]]:
    flags = reconcile(claims)
    tracker = Tracker()
    for doc in sorted({c.doc_id or "" for c in claims}):
        tracker.add([c for c in claims if c.doc_id == doc])
    assert summary(tracker.flags) == summary(flags)  # the tracker agrees, in every story here
    return set(summary(flags))


# --- a breakdown by place is no main count ---------------------------------------------------
_BREAKDOWN = "Of the dead, 20 were in Varn, 19 in Tesk and 5 in Olm, the council said."


def test_a_place_in_a_breakdown_does_not_become_the_main_count() -> None:
    # The report also gives an unscoped 5 ("five of the six crew members"), which the place's
    # 5 agrees with; Olm is still one of three towns, not the whole story.
    claims = [
        placed(20, "2031-05-02", "Bexmoor council", "Varn", doc="a", text=_BREAKDOWN),
        placed(19, "2031-05-02", "Bexmoor council", "Tesk", doc="a", text=_BREAKDOWN),
        placed(5, "2031-05-02", "Bexmoor council", "Olm", doc="a", text=_BREAKDOWN),
        fig(5, "2031-05-02", "Kessel Radio", doc="a", text="5 crew died, Kessel Radio said."),
        fig(161, "2031-05-09", "Bexmoor council", doc="b"),
    ]
    assert ("figure_increase", 5, 161) not in pairs(claims)


def test_a_breakdown_in_one_report_keeps_the_place_apart_in_another() -> None:
    # Report a lists Sarn beside Kell; report b gives the national 1,391 mis-scoped to Sarn
    # beside the writer's "nearly 1,400": Sarn stays a province.
    text = "Kell has recorded 405 deaths and Sarn 257, the authority said."
    claims = [
        placed(405, "2031-08-31", "Disaster Authority", "Kell", doc="a", text=text),
        placed(257, "2031-08-31", "Disaster Authority", "Sarn", doc="a", text=text),
        fig(1162, "2031-08-31", "Disaster Authority", doc="a"),
        placed(
            1391, "2031-09-09", "Disaster Authority", "Sarn", doc="b", text="bringing it to 1,391."
        ),
        fig(1400, "2031-09-09", None, qualifier="nearly", doc="b", text="nearly 1,400 died."),
        fig(1481, "2031-09-14", "Disaster Authority", doc="c"),
    ]
    got = pairs(claims)
    assert ("figure_increase", 1391, 1481) not in got
    assert ("figure_increase", 1400, 1481) in got


def test_a_home_place_outside_any_breakdown_still_merges() -> None:
    # "413 people in Sudan" (WHO) beside "more than 400" (the ministry) in one report.
    claims = [
        placed(413, "2023-04-21", "World Health Organization", "Sudan", doc="a", text="413 x."),
        fig(400, "2023-04-21", "Health Ministry", qualifier="more_than", doc="a"),
        fig(459, "2023-04-25", "World Health Organization", doc="b"),
    ]
    assert ("figure_increase", 413, 459) in pairs(claims)


# --- a source that is a place ----------------------------------------------------------------
def _regional(value: int, source: str, text: str, *, category: str = "injured") -> Claim:
    claim: Claim = fig(value, "2031-01-03", source, category=category, doc="a", text=text)
    assert claim.who is not None
    at = text.index(claim.who.text)
    who = claim.who.model_copy(update={"span": (at, at + len(claim.who.text))})
    return claim.model_copy(update={"who": who})


def test_regions_reporting_their_own_counts_do_not_conflict() -> None:
    # "Toyama prefecture said 36 people were hurt there; Niigata reported 26."
    text = "Toyama prefecture said 36 people were hurt there; Niigata reported 26 injured."
    toyama = _regional(36, "Toyama", text)
    toyama = toyama.model_copy(
        update={
            "who": Who(
                name="Toyama",
                canonical="toyama",
                kind="organization",
                text="Toyama prefecture",
                span=(0, 17),
            )
        }
    )
    claims = [
        toyama,
        _regional(26, "Niigata", text),
        fig(372, "2031-01-03", "Yomiuri Shimbun", category="injured", doc="a"),
    ]
    assert not [f for f in reconcile(claims) if f.kind == "figure_conflict"]


def test_a_source_named_for_its_province_counts_that_province() -> None:
    # "Khyber Pakhtunkhwa's own provincial authority gave a higher count: at least 264 ..."
    text = "Khyber Pakhtunkhwa's own provincial disaster authority counted 327 injured."
    pdma = _regional(327, "provincial disaster authority", text)
    claims = [
        pdma,
        fig(12722, "2031-01-09", "National Disaster Authority", category="injured", doc="b"),
    ]
    assert ("figure_increase", 327, 12722) not in pairs(claims)


def test_a_country_as_source_keeps_the_main_count() -> None:
    # "Sudan's Health Ministry said 413": a country is where the story is, not a sub-count.
    text = "Sudan's health ministry said 413 people were killed."
    claims = [
        _regional(413, "health ministry", text, category="killed"),
        fig(459, "2031-01-09", "Health Ministry", doc="b"),
    ]
    assert ("figure_increase", 413, 459) in pairs(claims)


# --- the writer's voice in a placed count ----------------------------------------------------
def test_a_voice_figure_carries_a_placed_official_count_on() -> None:
    # The prefecture gave Varn's toll; later reports give Varn's dead in their own voice.
    claims = [
        placed(19, "2031-01-02", "prefecture", "Varn", doc="a", text="19 in Varn, it said."),
        placed(69, "2031-01-06", "prefecture", "Varn", doc="b", text="69 in Varn, it said."),
        placed(81, "2031-01-09", None, "Varn", doc="c", text="81 died in Varn."),
        placed(98, "2031-01-17", None, "Varn", doc="d", text="Varn has 98 dead."),
    ]
    assert pairs(claims) == {
        ("figure_increase", 19, 69),
        ("figure_increase", 69, 81),
        ("figure_increase", 81, 98),
    }


def test_a_lower_voice_figure_does_not_revise_a_placed_count() -> None:
    claims = [
        placed(69, "2031-01-06", "prefecture", "Varn", doc="b", text="69 in Varn, it said."),
        placed(12, "2031-01-09", None, "Varn", doc="c", text="12 died in Varn's old town."),
    ]
    assert pairs(claims) == set()


def test_a_voice_figure_in_the_main_count_still_needs_a_reading_to_restate() -> None:
    # Unplaced, the writer's number after the last reading may be any other count.
    claims = [
        fig(69, "2031-01-06", "prefecture", doc="b"),
        fig(276, "2031-01-09", None, doc="c"),
    ]
    assert ("figure_increase", 69, 276) not in pairs(claims)


# --- unnamed sources and places as sources ---------------------------------------------------
def test_a_report_named_by_no_body_is_the_writers_voice() -> None:
    # "Of the dead, 638 were in Kell, the report said": the report is the authority's, whose
    # readings for Kell it sits between.
    claims = [
        placed(405, "2031-08-31", "Disaster Authority", "Kell", doc="a", text="405 in Kell."),
        placed(638, "2031-09-14", "report", "Kell", doc="b", text="638 in Kell, the report said."),
        placed(678, "2031-09-17", "Disaster Authority", "Kell", doc="c", text="678 in Kell."),
    ]
    assert pairs(claims) == {("figure_increase", 405, 638), ("figure_increase", 638, 678)}


def test_a_named_report_keeps_its_source() -> None:
    claims = [
        fig(405, "2031-08-31", "Disaster Authority", doc="a"),
        fig(300, "2031-08-31", "Amnesty report", doc="a"),
    ]
    assert [f.kind for f in reconcile(claims)] == ["figure_conflict"]


def test_a_region_as_source_is_its_government() -> None:
    # "Valparaíso has recorded 191 deaths" after the national authority's 187 for it: one
    # official count, not two bodies in conflict.
    claims = [
        placed(187, "2031-01-01", "Disaster Authority", "Valparaíso", doc="z", text="187 x."),
        placed(191, "2031-01-03", "Valparaíso", "Valparaíso", doc="a", text="Valparaíso: 191."),
    ]
    assert pairs(claims) == {("figure_increase", 187, 191)}


# --- one body across documents: acronyms, role nouns -----------------------------------------
def test_a_person_titled_by_a_bodys_acronym_speaks_for_it() -> None:
    # "the WHO's representative in Sudan, Dr. Nima Saeed Abid, put the toll at 459"
    claims = [
        fig(413, "2031-04-21", "World Health Organization", doc="a"),
        fig(
            459, "2031-04-25", "Ada Lorn", kind="person", title="the WHO's representative", doc="b"
        ),
    ]
    assert pairs(claims) == {("figure_increase", 413, 459)}


def test_an_acronym_is_matched_as_written_only() -> None:
    # "a nurse who treated them" names no World Health Organization.
    claims = [
        fig(413, "2031-04-21", "World Health Organization", doc="a"),
        fig(
            459, "2031-04-25", "Ada Lorn", kind="person", title="a nurse who treated them", doc="b"
        ),
    ]
    # (with no official source, her one reading carries the reported toll on: not the WHO's)
    assert not [f for f in reconcile(claims) if "World Health" in f.explanation.split(" rose")[0]]


def test_a_role_noun_joins_the_one_body_it_can_name() -> None:
    # "the National Crisis Centre said 30 ..." / later "the centre said 45 ..."
    claims = [
        fig(30, "2031-04-21", "National Crisis Centre", doc="a"),
        fig(45, "2031-04-22", "centre", doc="b"),
    ]
    assert pairs(claims) == {("figure_increase", 30, 45)}


def test_a_role_noun_of_several_words_joins_the_one_body_it_ends() -> None:
    # "the relief trust" after "the Varn Relief Trust" (no official word): one body
    claims = [
        fig(120, "2031-04-21", "Varn Relief Trust", doc="a"),
        fig(12, "2031-04-21", "Varn Trauma Centre", doc="a"),
        fig(150, "2031-04-23", "relief trust", doc="b"),
    ]
    assert ("figure_increase", 120, 150) in pairs(claims)


def test_an_acronym_is_as_official_as_the_body_it_spells() -> None:
    # "VRC" names no official word, but it is the Varn Relief Council (a council: official)
    claims = [
        fig(12000, "2031-04-21", "Varn Relief Council", doc="a"),
        fig(19500, "2031-04-23", "VRC", doc="b"),
    ]
    points = [p for pts in base_groups(claims, rules_for()).values() for p in pts]
    assert {(p.source, p.official) for p in points} == {("varn relief council", True)}


def test_a_role_noun_with_two_bodies_it_could_name_stays_apart() -> None:
    claims = [
        fig(30, "2031-04-21", "National Crisis Centre", doc="a"),
        fig(12, "2031-04-21", "Varn Trauma Centre", doc="a"),
        fig(45, "2031-04-22", "centre", doc="b"),
    ]
    got = pairs(claims)
    assert ("figure_increase", 30, 45) not in got
    assert ("figure_increase", 12, 45) not in got


def test_an_acronym_joins_the_one_body_whose_initials_it_spells() -> None:
    # "the Kellian Relief Coordination Office (KRCO)" in one report, "KRCO said" in the next;
    # "DoDMA" spells "Department of Disaster Management Affairs", "of" included
    claims = [
        fig(120, "2031-05-01", "Kellian Relief Coordination Office", doc="a"),
        fig(150, "2031-05-02", "KRCO", doc="b"),
    ]
    assert pairs(claims) == {("figure_increase", 120, 150)}
    claims = [
        fig(30, "2031-05-01", "Department of Disaster Management Affairs", doc="a"),
        fig(44, "2031-05-03", "DoDMA", doc="c"),
    ]
    assert pairs(claims) == {("figure_increase", 30, 44)}


def test_an_acronym_two_bodies_could_spell_stays_apart() -> None:
    claims = [
        fig(120, "2031-05-01", "Kellian Relief Coordination Office", doc="a"),
        fig(80, "2031-05-01", "Kessel Regional Crisis Office", doc="a"),
        fig(150, "2031-05-02", "KRCO", doc="b"),
    ]
    got = pairs(claims)
    assert ("figure_increase", 120, 150) not in got
    assert ("figure_increase", 80, 150) not in got


def test_a_lower_case_word_is_no_acronym() -> None:
    # "the office" is a role noun, not the initials of anything
    claims = [
        fig(120, "2031-05-01", "Office Of Field Operations", doc="a"),
        fig(150, "2031-05-02", "Ooffo", doc="b"),
    ]
    # (with no official source, its one reading carries the reported toll on: not the office's)
    pairs(claims)
    whose = [f.explanation.split(" rose")[0] for f in reconcile(claims)]
    assert whose == ["The reported death toll"]


def test_an_international_body_known_by_two_names_is_one_source() -> None:
    # lexicon: reconcile.toml [bodies]; "the U.N. refugee agency" is UNHCR
    claims = [
        fig(2_000_000, "2031-03-08", "U.N. refugee agency", category="displaced", doc="a"),
        fig(3_500_000, "2031-03-20", "UNHCR", category="displaced", doc="b"),
    ]
    assert pairs(claims) == {("figure_increase", 2_000_000, 3_500_000)}


def test_civil_protection_is_an_official_source() -> None:
    # two names of a government's civil protection service hand one toll on
    claims = [
        fig(304, "2031-08-14", "Office of Civil Protection", doc="a"),
        fig(1297, "2031-08-15", "civil protection agency", doc="b"),
    ]
    assert pairs(claims) == {("figure_increase", 304, 1297)}


# --- a place one source's running toll passes through ----------------------------------------
def test_a_place_within_its_sources_main_series_is_the_main_count() -> None:
    # "The death toll from floods in the Korvath valley rose to 27, the office said", between
    # the same office's unplaced 12 and 31; the Red Cross's "at least 40" that day conflicts.
    claims = [
        fig(12, "2031-03-10", "regional emergency office", doc="a"),
        placed(
            27,
            "2031-03-11",
            "regional emergency office",
            "Korvath valley",
            doc="b",
            text="The toll in the Korvath valley rose to 27.",
        ),
        fig(40, "2031-03-11", "Red Cross", qualifier="at_least", doc="b"),
        fig(31, "2031-03-13", "regional emergency office", doc="c"),
    ]
    assert pairs(claims) == {
        ("figure_increase", 12, 27),
        ("figure_increase", 27, 31),
        ("figure_conflict", 40, 27),
    }


def test_a_known_region_within_the_series_stays_a_sub_count() -> None:
    # Khartoum is a state of Sudan: its 130 is a part of the toll, wherever its value lies.
    claims = [
        fig(100, "2031-04-16", "Health Ministry", doc="a"),
        placed(130, "2031-04-18", "Health Ministry", "Khartoum", doc="b", text="130 in Khartoum"),
        fig(500, "2031-04-20", "Health Ministry", doc="c"),
    ]
    assert pairs(claims) == {("figure_increase", 100, 500)}


def test_a_place_outside_its_sources_series_stays_apart() -> None:
    claims = [
        fig(12, "2031-03-10", "regional emergency office", doc="a"),
        placed(90, "2031-03-11", "regional emergency office", "Varn", doc="b", text="90 in Varn"),
        fig(31, "2031-03-13", "regional emergency office", doc="c"),
    ]
    assert pairs(claims) == {("figure_increase", 12, 31)}


def test_a_voice_figure_before_a_placed_official_count_leads_it() -> None:
    # "12,748 injured, the report showed: 8,321 in Kell ..." three days before the authority's
    # 8,412 for Kell.
    claims = [
        placed(8321, "2031-09-14", None, "Kell", doc="a", text="8,321 in Kell."),
        placed(8412, "2031-09-17", "Disaster Authority", "Kell", doc="b", text="8,412 in Kell."),
    ]
    assert pairs(claims) == {("figure_increase", 8321, 8412)}


def test_a_higher_voice_figure_before_a_placed_count_does_not_lead_it() -> None:
    claims = [
        placed(9900, "2031-09-14", None, "Kell", doc="a", text="9,900 in Kell."),
        placed(8412, "2031-09-17", "Disaster Authority", "Kell", doc="b", text="8,412 in Kell."),
    ]
    assert pairs(claims) == set()


def test_a_far_lower_voice_figure_before_a_placed_count_does_not_lead_it() -> None:
    # "city workers buried 100 victims in Tacloban" three weeks before the agency's 2,367.
    claims = [
        placed(100, "2031-11-15", None, "Tarr", doc="a", text="Workers buried 100 in Tarr."),
        placed(2367, "2031-12-06", "Disaster Agency", "Tarr", doc="b", text="2,367 in Tarr."),
        placed(2394, "2031-12-13", "Disaster Agency", "Tarr", doc="c", text="2,394 in Tarr."),
    ]
    assert pairs(claims) == {("figure_increase", 2367, 2394)}


def test_a_report_giving_two_values_for_a_place_has_its_voice_figure_weighed_too() -> None:
    # One report gives the prefecture's 6 for Varn (a sub-count it failed to scope) and, in its
    # own voice, Varn's 99 dead: both are candidates for the day, the one nearer the chain's
    # last reading is kept, and the writer's 91 of an earlier day fills the gap.
    claims = [
        placed(20, "2031-01-02", "prefecture", "Varn", doc="a", text="20 in Varn, it said."),
        placed(38, "2031-01-06", "prefecture", "Varn", doc="b", text="38 in Varn, it said."),
        placed(91, "2031-01-09", None, "Varn", doc="c", text="91 died in Varn."),
        placed(6, "2031-01-17", "prefecture", "Varn", doc="d", text="6 in Varn, it said."),
        placed(99, "2031-01-17", None, "Varn", doc="d", text="Varn has 99 dead."),
    ]
    assert pairs(claims) == {
        ("figure_increase", 20, 38),
        ("figure_increase", 38, 91),
        ("figure_increase", 91, 99),
    }


# --- a place the gazetteer does not know, and its demonym ------------------------------------
def test_an_unknown_country_and_its_demonym_are_one_place() -> None:
    # "in Dorvania" and "the Dorvanian toll" count one place: the rise is flagged, and a count
    # in another unknown country is not compared with them.
    claims = [
        placed(
            54, "2031-05-08", "Dorvania agency", "Dorvania", doc="a", text="54 died in Dorvania."
        ),
        placed(
            23, "2031-05-08", "Kestria ministry", "Kestria", doc="a", text="23 died in Kestria."
        ),
        placed(
            61,
            "2031-05-09",
            "Dorvania agency",
            "Dorvanian",
            doc="b",
            text="The Dorvanian toll: 61.",
        ),
    ]
    found = pairs(claims)
    assert ("figure_increase", 54, 61) in found
    assert not {p for p in found if 23 in p}


def test_names_that_only_share_a_beginning_stay_apart() -> None:
    claims = [
        placed(12, "2031-05-09", "Kell council", "Tarnia", doc="c", text="12 died in Tarnia."),
        placed(15, "2031-05-10", "Kell council", "Tarnova", doc="d", text="15 died in Tarnova."),
    ]
    assert ("figure_increase", 12, 15) not in pairs(claims)


# --- the story's main place ------------------------------------------------------------------
# The place most of a story's reports name, and more than any other, is where its unplaced
# toll is counted: a figure placed there that fits the toll's series is that toll. Varnland
# is named in two reports; its neighbour Osk in one, or in two with a few dozen dead beside
# Varnland's thousands.
@pytest.mark.parametrize("osk_reports", [("b",), ("a", "b")])
def test_the_place_most_reports_name_is_the_main_count(osk_reports: tuple[str, ...]) -> None:
    claims = [
        fig(2400, "2031-04-26", "home ministry", doc="a"),
        placed(
            4300, "2031-04-28", "emergency centre", "Varnland", doc="b", text="4,300 in Varnland"
        ),
        placed(5100, "2031-04-30", "officials", "Varnland", doc="c", text="5,100 in Varnland"),
        fig(6200, "2031-05-01", "home ministry", doc="d"),
        *(
            placed(70, "2031-04-28", "officials", "Osk", doc=d, text=f"70 in Osk, {d}")
            for d in osk_reports
        ),
    ]
    found = pairs(claims)
    assert ("figure_increase", 2400, 4300) in found
    assert ("figure_increase", 5100, 6200) in found


def test_two_places_with_tolls_alike_keep_apart() -> None:
    # "63 killed on Tarvel's side", "Corvan's toll rose to 58": the unplaced figures may be
    # either country's, so Tarvel's own figure never joins them; Osk's 2 would not stop it.
    def joins(other: Claim) -> bool:
        claims = [
            fig(63, "2031-08-03", "interior ministry", doc="a"),
            fig(41, "2031-08-04", "civil defence agency", doc="a"),
            placed(60, "2031-08-03", "interior ministry", "Tarvel", doc="a", text="60 in Tarvel"),
            other,
            placed(70, "2031-08-07", "interior ministry", "Tarvel", doc="b", text="70 in Tarvel"),
        ]
        rules = rules_for()
        merged = merge_home_place(base_groups(claims, rules), rules)
        return ("killed", "tarvel", None, None) not in merged

    corvan = "58 were killed in Corvan"
    assert not joins(placed(58, "2031-08-06", "agency", "Corvan", doc="b", text=corvan))
    assert joins(placed(2, "2031-08-06", "agency", "Osk", doc="b", text="2 were killed in Osk"))


def test_the_one_place_a_story_names_is_its_main_place() -> None:
    # "37 were killed in Moskel", then "41 in Moskel"; the other reports leave the town out.
    # Named in one report only, it could be a village's share, and stays apart.
    def flags(second: Claim) -> set[tuple[str, object, object]]:
        return pairs(
            [
                placed(
                    37, "2031-02-08", "emergency service", "Moskel", doc="a", text="37 in Moskel"
                ),
                second,
                fig(52, "2031-02-10", "emergency workers", doc="c"),
                fig(49, "2031-02-13", "emergency service", doc="d"),
            ]
        )

    # (the rescuers' one reading between two official ones carries the toll: 37, 41, 52)
    assert {("figure_increase", 37, 41), ("figure_increase", 41, 52)} <= flags(
        placed(41, "2031-02-09", "rescuers", "Moskel", doc="b", text="41 died in Moskel")
    )
    assert not {pair for pair in flags(fig(40, "2031-02-09", "rescuers", doc="b")) if 37 in pair}


def test_the_one_place_named_in_one_of_two_reports_is_the_main_place() -> None:
    # "nine dead below the Moskel dam", then "the death toll stands at 16": one of the story's
    # two reports names the one place there is, so it is the story's place; in one report of
    # three it could be a village's share, and stays apart.
    first = placed(9, "2031-09-02", "emergency service", "Moskel", doc="a", text="9 in Moskel")
    later = fig(16, "2031-09-05", "emergency service", doc="b")
    assert ("figure_increase", 9, 16) in pairs([first, later])
    third = fig(20, "2031-09-07", "emergency service", doc="c")
    assert not {pair for pair in pairs([first, later, third]) if 9 in pair}


def test_a_main_place_figure_far_from_the_toll_stays_apart() -> None:
    # Moskel's 9 is no reading of a toll of 52 two days later: more than twice apart.
    claims = [
        placed(9, "2031-02-08", "emergency service", "Moskel", doc="a", text="9 in Moskel"),
        fig(52, "2031-02-10", "emergency workers", doc="b"),
        fig(49, "2031-02-13", "emergency service", doc="c"),
    ]
    assert not {pair for pair in pairs(claims) if 9 in pair}


def test_the_city_stands_for_the_main_place() -> None:
    # "85 detained in Lissel", "160 held in Lissel"; the ministry's "62 detained in the city"
    # the same day is the same count, told lower.
    def detained(value: int, day: str, source: str, place: str | None, doc: str) -> Claim:
        scope = Scope(place=place, places=(place,)) if place else Scope()
        text = f"{value} were detained in {place or 'all'}, {source} said"
        return cast(
            Claim, fig(value, day, source, category="detained", doc=doc, scope=scope, text=text)
        )

    claims = [
        detained(85, "2031-03-03", "police", "Lissel", "a"),
        detained(140, "2031-03-05", "lawyers", None, "a"),
        detained(160, "2031-03-03", "monitors", "Lissel", "b"),
        detained(62, "2031-03-03", "interior ministry", "city", "b"),
        detained(230, "2031-03-17", "lawyers", None, "c"),
    ]
    found = pairs(claims)
    assert any(kind == "figure_conflict" and 62 in (a, b) for kind, a, b in found)


def test_a_main_place_with_a_larger_place_the_same_day_stays_apart() -> None:
    # "71 killed in Ostrel" beside "87 in Valdoria" that day: Ostrel may be a province of it.
    claims = [
        placed(42, "2031-03-05", "relief office", "Ostrel", doc="a", text="42 died in Ostrel"),
        fig(51, "2031-03-05", "relief office", doc="a"),
        placed(71, "2031-03-06", "officials", "Ostrel", doc="b", text="71 died in Ostrel"),
        placed(87, "2031-03-06", "relief office", "Valdoria", doc="b", text="87 in Valdoria"),
        fig(94, "2031-03-09", "relief office", doc="c"),
    ]
    assert not {pair for pair in pairs(claims) if {pair[1], pair[2]} == {71, 87}}


def test_a_place_whose_series_runs_beside_the_main_count_stays_apart() -> None:
    # Each side counts its own civilians: Varnish officials 14, 36, 54 "in Varnia"; the
    # general's 19, 41, 61 name no place. On two days both speak, and differ.
    claims = [
        placed(14, "2031-10-01", "Varnish officials", "Varnia", doc="a", text="14 in Varnia"),
        fig(19, "2031-10-01", "general", doc="a"),
        fig(41, "2031-10-11", "general", doc="b"),
        placed(36, "2031-10-18", "Varnish officials", "Varnia", doc="c", text="36 in Varnia"),
        fig(61, "2031-10-18", "general", doc="c"),
        placed(54, "2031-11-10", "Varnish officials", "Varnia", doc="d", text="54 in Varnia"),
    ]
    found = pairs(claims)
    assert ("figure_increase", 14, 36) in found
    assert not {pair for pair in found if {pair[1], pair[2]} in ({36, 61}, {14, 19})}
