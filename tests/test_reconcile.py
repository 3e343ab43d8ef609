"""reconcile(): which figures are the same count, which changes are flagged, and how.

The hand-built claims follow the dev stories (Nepal toll, Sudan WHO vs Health Ministry, Haiyan
revision by the president). ``fig`` and ``stance`` build claims with only what reconcile reads.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.model import Claim, DateRange, Figure, Scope, Stance, Who
from claimtrack.reconcile.flags import Bounds, figure_bounds, is_official, reconcile

_ids = itertools.count()


def who(name: str | None, *, kind: str = "organization", title: str | None = None) -> Who | None:
    if name is None:
        return None
    return Who(name=name, canonical=name, kind=kind, title=title, text=name, span=(0, len(name)))


def fig(
    value: int,
    day: str | None,
    source: str | None = "Health Ministry",
    *,
    category: str | None = "killed",
    qualifier: str = "exact",
    doc: str = "d",
    scope: Scope = Scope(),
    incremental: bool = False,
    kind: str = "organization",
    title: str | None = None,
    text: str | None = None,
) -> Claim:
    """A figure claim: ``fig(413, "2023-04-21", "WHO")``."""
    n = next(_ids)
    number = f"{value:,}"
    text = text or f"{source or 'Officials'} said {number} people were {category}."
    start = text.index(number)
    date = dt.date.fromisoformat(day) if day else None
    return Claim(
        id=f"{doc}:{n}",
        doc_id=doc,
        kind="figure",
        who=who(source, kind=kind, title=title),
        what=f"{number} {category}",
        figure=Figure(
            value=value,
            qualifier=qualifier,
            category=category,
            text=number,
            span=(start, start + len(number)),
            scope=scope,
            incremental=incremental,
        ),
        date=DateRange(start=date, end=date) if date else None,
        text=text,
        span=(0, len(text)),
    )


def stance(actor: str, topic: str, polarity: str, day: str, *, doc: str = "d") -> Claim:
    n = next(_ids)
    date = dt.date.fromisoformat(day)
    text = f"{actor} spoke on {topic}."
    return Claim(
        id=f"{doc}:s{n}",
        doc_id=doc,
        kind="stance",
        who=who(actor, kind="person"),
        what=topic,
        stance=Stance(topic=topic, polarity=polarity),
        date=DateRange(start=date, end=date),
        text=text,
        span=(0, len(text)),
    )


def summary(flags: list) -> list[tuple[str, object, object]]:
    return [
        (
            f.kind,
            f.before.figure.value if f.before.figure else f.before.stance.polarity,
            f.after.figure.value if f.after.figure else f.after.stance.polarity,
        )
        for f in flags
    ]


# --- series ----------------------------------------------------------------------------------
def test_nepal_official_chain_hands_over_between_bodies() -> None:
    claims = [
        fig(1394, "2015-04-25", "Nepal Police"),
        fig(2200, "2015-04-26", "officials", qualifier="more_than"),
        fig(3432, "2015-04-27", "Home Ministry"),
        fig(5057, "2015-04-28", "Home Ministry"),
        fig(
            10000,
            "2015-04-28",
            "Sushil Koirala",
            qualifier="up_to",
            kind="person",
            title="Prime Minister",
        ),
        fig(7000, "2015-05-02", "National Emergency Operation Centre", qualifier="more_than"),
        fig(7040, "2015-05-02", "National Emergency Operation Centre"),
        fig(8000, "2015-05-12", None, qualifier="more_than"),
        fig(8159, "2015-05-12", "National Emergency Operation Centre"),
    ]
    assert summary(reconcile(claims)) == [
        ("figure_increase", 1394, 2200),
        ("figure_increase", 2200, 3432),
        ("figure_increase", 3432, 5057),
        ("figure_increase", 5057, 7040),
        ("figure_increase", 7040, 8159),
    ]


def test_a_day_with_a_clear_position_and_a_condition_counts_as_the_position() -> None:
    claims = [
        stance("Ana Ruiz", "military_operation", "support", "2023-11-30"),
        stance("Ana Ruiz", "military_operation", "neutral", "2023-11-30"),
        stance("Ana Ruiz", "military_operation", "oppose", "2024-05-09", doc="e"),
    ]
    assert summary(reconcile(claims)) == [("stance_shift", "support", "oppose")]


def test_positions_recounted_by_one_article_alone_are_no_shift() -> None:
    one_article = [
        stance("Ana Ruiz", "humanitarian_pause", "support", "2023-11-01"),
        stance("Ana Ruiz", "humanitarian_pause", "neutral", "2023-11-02"),
    ]
    assert summary(reconcile(one_article)) == []
    # ... but an earlier position that another report also gave is one to shift from
    other = stance("Ana Ruiz", "humanitarian_pause", "support", "2023-11-01", doc="e")
    assert summary(reconcile([*one_article, other])) == [("stance_shift", "support", "neutral")]


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Health Ministry", "organization", "the Health Ministry"),
        ("Israel", "organization", "Israel"),
        ("Sudan's Health Ministry", "organization", "Sudan's Health Ministry"),
        ("UNICEF", "organization", "UNICEF"),
        ("officials", "group", "the officials"),
        ("Olaf Scholz", "person", "Olaf Scholz"),
    ],
)
def test_source_names_in_explanations(name: str, kind: str, expected: str) -> None:
    from claimtrack.reconcile.explain import source_name

    assert source_name(who(name, kind=kind)) == expected


def test_reports_years_apart_are_different_stories() -> None:
    # Two unrelated disasters whose tolls name no place: never one series.
    claims = [
        fig(4279, "2015-04-25", "Home Ministry", category="injured"),
        fig(6505, "2015-04-27", "Home Ministry", category="injured"),
        fig(3500, "2023-04-21", "Health Ministry", category="injured"),
        fig(4193, "2023-04-25", "Health Ministry", category="injured"),
    ]
    assert summary(reconcile(claims)) == [
        ("figure_increase", 4279, 6505),
        ("figure_increase", 3500, 4193),
    ]


def test_sub_counts_other_events_and_increments_are_never_compared() -> None:
    claims = [
        fig(5057, "2015-04-28", "Home Ministry"),
        fig(61, "2015-04-28", None, scope=Scope(place="India")),
        fig(18, "2015-04-28", "Tourism Ministry", scope=Scope(place="Everest base camp")),
        fig(42, "2015-05-12", "Emergency Operation Centre", scope=Scope(event="12 May quake")),
        fig(27, "2015-05-12", "Emergency Operation Centre", incremental=True),
        fig(5, "2015-05-12", "Emergency Operation Centre", scope=Scope(subgroup="children")),
        fig(900, "2015-05-12", "Emergency Operation Centre", category=None),
        fig(8159, "2015-05-12", "Emergency Operation Centre"),
    ]
    assert summary(reconcile(claims)) == [("figure_increase", 5057, 8159)]


def test_decrease_is_a_revision_and_says_so() -> None:
    claims = [
        fig(
            10000,
            "2013-11-10",
            "Elmer Soria",
            qualifier="about",
            kind="person",
            title="regional police director",
        ),
        fig(229, "2013-11-10", "NDRRMC", title="national disaster agency"),
        fig(
            2500,
            "2013-11-12",
            "Benigno Aquino III",
            qualifier="about",
            kind="person",
            title="President",
        ),
        fig(1774, "2013-11-12", "NDRRMC", title="national disaster agency"),
    ]
    flags = reconcile(claims)
    assert summary(flags) == [("figure_decrease", 10000, 2500), ("figure_increase", 229, 1774)]
    assert "revised" in flags[0].explanation
    assert "down" in flags[0].explanation


def test_same_day_from_to_wording_orders_readings() -> None:
    text = "The governor raised the official count to 34 from 16 earlier in the day."
    claims = [
        fig(34, "2017-10-03", "Ricardo Rossello", kind="person", title="Gov.", text=text),
        fig(16, "2017-10-03", "Ricardo Rossello", kind="person", title="Gov.", text=text),
    ]
    assert summary(reconcile(claims)) == [("figure_increase", 16, 34)]


def test_lower_rounded_restatement_next_day_is_not_a_decrease() -> None:
    claims = [
        fig(7040, "2015-05-02", "NEOC"),
        fig(7000, "2015-05-03", "NEOC", qualifier="more_than"),
    ]
    assert reconcile(claims) == []


def test_undated_and_vague_figures_take_no_part() -> None:
    claims = [
        fig(64, "2017-12-18", "Puerto Rico government"),
        fig(1052, None, "Puerto Rico government"),
        fig(24, "2017-12-19", "Puerto Rico government", qualifier="vague"),
    ]
    assert reconcile(claims) == []


# --- conflicts -------------------------------------------------------------------------------
def test_sudan_same_day_conflict_between_bodies() -> None:
    claims = [
        fig(413, "2023-04-21", "World Health Organization"),
        fig(400, "2023-04-21", "Health Ministry", qualifier="more_than"),
        fig(512, "2023-04-25", "Health Ministry"),
        fig(459, "2023-04-25", "World Health Organization"),
    ]
    got = sorted(summary(reconcile(claims)))
    assert got == [
        ("figure_conflict", 512, 459),
        ("figure_increase", 400, 512),
        ("figure_increase", 413, 459),
    ]


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb", "conflict"),
    [
        (413, "exact", 400, "more_than", False),
        (3551, "exact", 3500, "about", False),
        (8159, "exact", 8000, "more_than", False),
        (2975, "exact", 3000, "nearly", False),
        (459, "exact", 512, "exact", True),
        (64, "exact", 4645, "exact", True),
        (400, "exact", 400, "more_than", True),
    ],
)
def test_conflict_uses_bounds(a: int, qa: str, b: int, qb: str, conflict: bool) -> None:
    claims = [
        fig(a, "2023-04-21", "WHO", qualifier=qa),
        fig(b, "2023-04-21", "ACLED", qualifier=qb),
    ]
    assert [f.kind for f in reconcile(claims)] == (["figure_conflict"] if conflict else [])


def test_bounds() -> None:
    assert figure_bounds(400, None, None, "more_than") == Bounds(400, float("inf"), lo_open=True)
    assert figure_bounds(100, 90, 130, "about") == Bounds(90, 130)
    assert not Bounds(1, 2, hi_open=True).compatible(Bounds(2, 3))


@pytest.mark.parametrize(
    ("name", "title", "official"),
    [
        ("Health Ministry", None, True),
        ("Nepal Police", None, True),
        ("Benigno Aquino III", "President", True),
        ("local officials", None, True),
        ("World Health Organization", None, False),
        ("UN officials", None, False),
        ("Harvard researchers", None, False),
        ("Xinhua", None, True),  # a state news agency speaks for its government
        ("Ana Lind", "Judge", True),  # the judiciary counts arrests and charges
        ("the military court", None, True),
        ("UN court", None, False),
    ],
)
def test_is_official(name: str, title: str | None, official: bool) -> None:
    assert is_official(name, name, title) is official


# --- stances ---------------------------------------------------------------------------------
def test_stance_shift_on_a_later_day_only() -> None:
    claims = [
        stance("Olaf Scholz", "weapons_supply", "neutral", "2022-09-12", doc="a"),
        stance("Olaf Scholz", "weapons_supply", "neutral", "2023-01-20", doc="a"),
        stance("Olaf Scholz", "weapons_supply", "support", "2023-01-25", doc="b"),
        stance("Olaf Scholz", "weapons_supply", "support", "2023-01-25", doc="b"),
        stance("Olaf Scholz", "ceasefire", "oppose", "2023-01-25"),
        stance("Joe Biden", "weapons_supply", "oppose", "2023-01-25"),
    ]
    flags = reconcile(claims)
    assert summary(flags) == [("stance_shift", "neutral", "support")]
    assert flags[0].explanation == (
        "Olaf Scholz's stance on weapons supply shifted from neutral "
        "on 20 Jan 2023 to support on 25 Jan 2023."
    )


# --- explanations ----------------------------------------------------------------------------
def test_increase_explanation_template() -> None:
    flags = reconcile(
        [fig(413, "2023-04-21", "Health Ministry"), fig(459, "2023-04-25", "Health Ministry")]
    )
    assert flags[0].explanation == (
        "The Health Ministry's death toll rose from 413 on 21 Apr 2023 to 459 on 25 Apr 2023."
    )


ONE_SENTENCE = re.compile(r"^[A-Z][^\n]*[.]$")


def test_explanations_are_one_sentence() -> None:
    claims = [
        fig(1394, "2015-04-25", "Nepal Police"),
        fig(2200, "2015-04-26", "Home Ministry"),
        fig(2100, "2015-04-26", "Red Cross"),
        fig(1900, "2015-04-27", "Home Ministry"),
        stance("Joe Biden", "weapons_supply", "oppose", "2023-01-30"),
        stance("Joe Biden", "weapons_supply", "support", "2023-05-19", doc="e"),
    ]
    flags = reconcile(claims)
    assert {f.kind for f in flags} == {
        "figure_increase",
        "figure_decrease",
        "figure_conflict",
        "stance_shift",
    }
    for f in flags:
        assert ONE_SENTENCE.match(f.explanation), f.explanation
        assert not re.search(r"[.!?]\s+[A-Z]", f.explanation), f.explanation


# --- properties ------------------------------------------------------------------------------
SOURCES = ["Health Ministry", "WHO", "Nepal Police", None, "ACLED"]
SCOPES = [Scope(), Scope(place="Khartoum"), Scope(subgroup="children")]
CATEGORIES = ["killed", "injured", None]
QUALIFIERS = ["exact", "exact", "more_than", "about", "nearly", "at_least", "up_to", "vague"]


@st.composite
def claim_sets(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(0, 14))
    claims = []
    for i in range(n):
        day = dt.date(2023, 4, 20) + dt.timedelta(days=draw(st.integers(0, 4)))
        if draw(st.integers(0, 5)) == 0:
            claims.append(
                stance(
                    draw(st.sampled_from(["A B", "C D"])),
                    "ceasefire",
                    draw(st.sampled_from(["support", "oppose", "neutral"])),
                    day.isoformat(),
                    doc=f"doc{i % 3}",
                )
            )
            continue
        claims.append(
            fig(
                draw(st.integers(1, 3000)),
                day.isoformat(),
                draw(st.sampled_from(SOURCES)),
                category=draw(st.sampled_from(CATEGORIES)),
                qualifier=draw(st.sampled_from(QUALIFIERS)),
                scope=draw(st.sampled_from(SCOPES)),
                doc=f"doc{i % 3}",
            )
        )
    return claims


def _key(flags: list) -> list[tuple[str, str, str, str]]:
    return [(f.kind, f.before.id, f.after.id, f.explanation) for f in flags]


@settings(max_examples=150, deadline=None)
@given(claim_sets(), st.randoms(use_true_random=False))
def test_same_flags_for_any_order(claims: list[Claim], rnd: object) -> None:
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _key(reconcile(shuffled)) == _key(reconcile(claims))


@settings(max_examples=150, deadline=None)
@given(claim_sets())
def test_flags_are_ordered_and_within_one_count(claims: list[Claim]) -> None:
    for f in reconcile(claims):
        assert f.before.date is not None
        assert f.after.date is not None
        assert f.before.date.start <= f.after.date.start
        if f.kind == "stance_shift":
            assert f.before.who
            assert f.after.who
            assert f.before.who.canonical == f.after.who.canonical
            assert f.before.stance
            assert f.after.stance
            assert f.before.stance.topic == f.after.stance.topic
            continue
        b, a = f.before.figure, f.after.figure
        assert b is not None
        assert a is not None
        assert b.category == a.category
        assert b.category is not None
        # The place may differ: a place named for the main count joins it (the home place);
        # so may a group that is the whole count ("nine workers", then 14: reconcile/wholes)
        assert b.scope.period == a.scope.period
        assert b.scope.subgroup == a.scope.subgroup or None in (b.scope.subgroup, a.scope.subgroup)
        assert not b.incremental
        assert not a.incremental
        assert {b.qualifier, a.qualifier} <= {"exact", "more_than", "about", "nearly", "at_least"}
        if f.kind == "figure_conflict":
            assert f.before.date.start == f.after.date.start


# --- events, places, unattributed tolls (the rules added with claimtrack.reconcile.counts) ---
def test_a_later_dated_event_of_the_same_kind_is_another_count() -> None:
    claims = [
        fig(1394, "2015-04-25", "Nepal Police"),
        fig(5057, "2015-04-28", "Home Ministry", scope=Scope(event="Saturday's earthquake")),
        fig(
            7040,
            "2015-05-02",
            "National Emergency Operation Centre",
            scope=Scope(event="last week's earthquake"),
        ),
        fig(
            42,
            "2015-05-12",
            "National Emergency Operation Centre",
            scope=Scope(event="Tuesday's quake"),
        ),
        fig(
            8159,
            "2015-05-12",
            "National Emergency Operation Centre",
            scope=Scope(event="the April 25 earthquake"),
        ),
    ]
    assert summary(reconcile(claims)) == [
        ("figure_increase", 1394, 5057),
        ("figure_increase", 5057, 7040),
        ("figure_increase", 7040, 8159),
    ]


def test_an_event_dated_after_the_first_reports_is_another_count() -> None:
    # In one place's count no dated event comes first: "50 dead in Orsk" (April 26) and "72"
    # (April 28) read the story's own quake, which had happened by then; "Tuesday's quake
    # killed 17 in Orsk" (May 13) is a second one. "Saturday's quake" two days on is the same.
    def orsk(value: int, day: str, event: str | None = None) -> Claim:
        scope = Scope(place="Orsk", places=("Orsk",), event=event)
        return fig(value, day, "home ministry", scope=scope, doc=day)

    second = orsk(17, "2015-05-13", "Tuesday's quake")
    found = summary(reconcile([orsk(50, "2015-04-26"), orsk(72, "2015-04-28"), second]))
    assert found == [("figure_increase", 50, 72)]
    found = summary(reconcile([orsk(50, "2015-04-26"), orsk(80, "2015-04-28", "Saturday's quake")]))
    assert found == [("figure_increase", 50, 80)]


def test_another_kind_of_event_is_another_count() -> None:
    claims = [
        fig(
            2200,
            "2015-04-26",
            "officials",
            qualifier="more_than",
            scope=Scope(event="Nepal's earthquake"),
        ),
        fig(3432, "2015-04-27", "Interior Ministry", scope=Scope(event="the weekend earthquake")),
        fig(18, "2015-04-28", "Tourism Ministry", scope=Scope(event="the avalanche")),
        fig(5057, "2015-04-28", "Home Ministry", scope=Scope(event="Saturday's earthquake")),
    ]
    flags = reconcile(claims)
    assert summary(flags) == [("figure_increase", 2200, 3432), ("figure_increase", 3432, 5057)]


def test_a_named_or_past_event_is_another_count() -> None:
    claims = [
        fig(64, "2018-05-29", "Puerto Rico government"),
        fig(1833, "2018-05-29", "Puerto Rico government", scope=Scope(event="Hurricane Katrina")),
        fig(8500, "2018-05-30", "Puerto Rico government", scope=Scope(event="the 1934 earthquake")),
    ]
    assert reconcile(claims) == []


def test_an_explosion_named_in_other_words_is_one_count() -> None:
    # "killed in the massive explosion", "Tuesday's blast" and no event at all: one toll;
    # the 2012 explosion at the same port is another
    claims = [
        fig(78, "2031-08-05", "Health Ministry", doc="a"),
        fig(113, "2031-08-06", "Health Ministry", scope=Scope(event="the massive explosion")),
        fig(154, "2031-08-07", "Health Ministry", scope=Scope(event="Tuesday's blast")),
        fig(158, "2031-08-08", "Health Ministry", doc="d"),
        fig(12, "2031-08-08", "Health Ministry", scope=Scope(event="the 2012 explosion")),
    ]
    assert summary(reconcile(claims)) == [
        ("figure_increase", 78, 113),
        ("figure_increase", 113, 154),
        ("figure_increase", 154, 158),
    ]


def test_unattributed_from_to_continues_a_chain() -> None:
    text = "The governor raised the toll from 64 to 2,975 on Tuesday."
    claims = [
        fig(34, "2017-10-03", "Ricardo Rosselló", kind="person"),
        fig(64, "2017-12-18", "Ricardo Rosselló", kind="person"),
        fig(64, "2018-08-28", None, text=text, doc="e"),
        fig(2975, "2018-08-28", None, text=text, doc="e"),
    ]
    assert summary(reconcile(claims)) == [
        ("figure_increase", 34, 64),
        ("figure_increase", 64, 2975),
    ]


def test_unattributed_toll_without_sources_is_one_chain() -> None:
    tacloban = Scope(place="Tacloban")
    claims = [
        fig(2367, "2013-12-06", None, scope=tacloban),
        fig(2394, "2013-12-13", None, scope=tacloban, doc="e"),
    ]
    assert summary(reconcile(claims)) == [("figure_increase", 2367, 2394)]


def test_unattributed_numbers_that_fall_are_not_a_toll() -> None:
    claims = [
        fig(3000, "2018-02-01", None, qualifier="nearly"),
        fig(1833, "2018-05-29", None, doc="e"),
        fig(2975, "2018-08-28", None, doc="f"),
    ]
    assert reconcile(claims) == []


def test_unattributed_restatement_meets_an_independent_body() -> None:
    place = Scope(place="Puerto Rico")
    claims = [
        fig(4645, "2018-05-29", "Harvard researchers", scope=place),
        fig(64, "2018-05-29", None, scope=place),
    ]
    assert [(k, {b, a}) for k, b, a in summary(reconcile(claims))] == [
        ("figure_conflict", {4645, 64})
    ]


def test_the_home_place_joins_the_main_count() -> None:
    sudan = Scope(place="Sudan")
    claims = [
        fig(413, "2023-04-21", "World Health Organization", scope=sudan),
        fig(400, "2023-04-21", "Health Ministry", qualifier="more_than"),
        fig(130, "2023-04-21", "Health Ministry", scope=Scope(place="Khartoum")),
        fig(459, "2023-04-25", "World Health Organization", scope=sudan),
        fig(169, "2023-04-25", "Health Ministry", scope=Scope(place="Khartoum")),
        fig(512, "2023-04-25", "Health Ministry"),
    ]
    kinds = summary(reconcile(claims))
    assert ("figure_conflict", 512, 459) in kinds or ("figure_conflict", 459, 512) in kinds
    assert ("figure_increase", 130, 169) in kinds
    assert all({b, a} != {169, 512} and {b, a} != {130, 400} for _, b, a in kinds)


def test_nationwide_place_is_the_main_count() -> None:
    claims = [
        fig(512, "2023-04-25", "Health Ministry"),
        fig(528, "2023-04-27", "Health Ministry", scope=Scope(place="country")),
    ]
    assert summary(reconcile(claims)) == [("figure_increase", 512, 528)]


def test_official_cues_come_from_the_lexicon() -> None:
    from claimtrack.lexicon import load_lexicon

    lex = load_lexicon().extended({"reconcile": {"official": ["neoc"]}})
    claims = [fig(3432, "2015-04-27", "Home Ministry"), fig(7040, "2015-05-02", "NEOC")]
    assert summary(reconcile(claims, lexicon=lex)) == [("figure_increase", 3432, 7040)]
    assert reconcile(claims) == []


def test_a_surname_alone_joins_the_one_full_name_across_documents() -> None:
    claims = [
        stance("John Kirby", "ceasefire", "oppose", "2023-11-01", doc="a"),
        stance("Kirby", "ceasefire", "support", "2023-11-05", doc="b"),
    ]
    assert summary(reconcile(claims)) == [("stance_shift", "oppose", "support")]
    # two people of that surname: "Kirby" alone cannot be told apart, so nothing is joined
    other = stance("Mary Kirby", "ceasefire", "support", "2023-11-02", doc="c")
    assert summary(reconcile([*claims, other])) == []


def test_an_event_described_by_a_common_noun_is_one_count_in_other_words() -> None:
    # "the Dorn attack", "Dorn's surprise attack", "the attacks by Dorn": one toll, apart from
    # the war's (no event named) and from the other side's attacks
    claims = [
        fig(300, "2031-05-02", "Health Ministry", scope=Scope(event="Dorn's surprise attack")),
        fig(410, "2031-05-04", "Health Ministry", scope=Scope(event="the Dorn attack")),
        fig(450, "2031-05-05", "Health Ministry", scope=Scope(event="the attacks by Dorn")),
        fig(9000, "2031-05-06", "Health Ministry"),
        fig(7000, "2031-05-04", "Health Ministry", scope=Scope(event="Velan attacks on Dorn")),
    ]
    assert summary(reconcile(claims)) == [
        ("figure_increase", 300, 410),
        ("figure_increase", 410, 450),
    ]


def test_the_place_after_an_event_does_not_make_it_another() -> None:
    claims = [
        fig(120, "2031-05-02", "Interior Ministry", scope=Scope(event="the earthquake in Varno")),
        fig(180, "2031-05-03", "Interior Ministry", scope=Scope(event="Tuesday's earthquake")),
    ]
    assert summary(reconcile(claims)) == [("figure_increase", 120, 180)]


@pytest.mark.parametrize(
    "event",
    [
        "a separate attack",  # another incident of the story's kind
        "an earlier attack on the market",
        "the 2019 attack",  # a past one
        "Operation Iron Gate",  # a name
        "the Battle of Varno",
    ],
)
def test_another_incident_stays_another_count(event: str) -> None:
    claims = [
        fig(300, "2031-05-02", "Health Ministry", scope=Scope(event="the Dorn attack")),
        fig(40, "2031-05-04", "Health Ministry", scope=Scope(event=event)),
        fig(520, "2031-05-06", "Health Ministry", scope=Scope(event="Dorn's attack")),
    ]
    assert summary(reconcile(claims)) == [("figure_increase", 300, 520)]


def test_a_bare_common_noun_event_is_the_story_s_own() -> None:
    # "killed in the strike" in a story of one strike: the main count, with the unnamed ones
    claims = [
        fig(53, "2031-05-02", "Health Department"),
        fig(61, "2031-05-03", "Health Department", scope=Scope(event="the strike")),
        fig(64, "2031-05-04", "Health Department", scope=Scope(event="Tuesday's strike")),
    ]
    assert summary(reconcile(claims)) == [
        ("figure_increase", 53, 61),
        ("figure_increase", 61, 64),
    ]


def test_a_common_noun_event_named_once_is_another_count() -> None:
    # "eight soldiers killed in the raid" beside the war's toll: one incident, not the story
    claims = [
        fig(8, "2031-05-02", "Army", scope=Scope(event="the raid")),
        fig(51, "2031-05-20", "Army"),
    ]
    assert summary(reconcile(claims)) == []
