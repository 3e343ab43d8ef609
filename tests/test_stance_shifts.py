"""Stance shifts an article states itself, and one actor behind its officials (issue #12).

Invented actors and topics only. A shift within one report is flagged where the text gives the
earlier position a day of the holder's own ("On Saturday, the Orlan government stopped short of
accepting ..."), never where another source tells of a position held before ("Lind revealed on
Wednesday that Kestria had previously agreed to a pause").
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import extract, reconcile
from claimtrack.model import Claim, DateRange, Stance, Who
from claimtrack.reconcile.track import Tracker
from claimtrack.scale.partition import reconcile_partitioned

PUBLISHED = "2031-05-12"  # a Monday


def shifts(text: str) -> list[tuple[str, str, str, str]]:
    claims = extract(text, published=PUBLISHED, doc_id="x")
    return [
        (
            f.after.who.name if f.after.who else "",
            f.after.stance.topic,
            f.before.stance.polarity,
            f.after.stance.polarity,
        )
        for f in reconcile(claims)
        if f.kind == "stance_shift" and f.before.stance and f.after.stance
    ]


def days(text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(holder, polarity) -> (day, role) of each stance of the text."""
    claims = extract(text, published=PUBLISHED, doc_id="x")
    return {
        (c.who.name, c.stance.polarity): (c.date.start.isoformat(), c.date.role)
        for c in claims
        if c.stance is not None and c.who is not None and c.date is not None
    }


# --- whose day: the holder's own (event), another source's (reported), the report's ----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day opens the holder's own clause
        (
            "On Saturday, the Orlan government stopped short of accepting the truce.",
            {("Orlan government", "neutral"): ("2031-05-10", "event")},
        ),
        # the holder's own words
        (
            "Tomas Lind said on Tuesday that his government opposed a ceasefire.",
            {("Tomas Lind", "oppose"): ("2031-05-06", "event")},
        ),
        # the day is named on the holder's side of another source's verb
        (
            "Lind said that Kestria had on Monday rejected a ceasefire.",
            {("Kestria", "oppose"): ("2031-05-12", "event")},
        ),
        # the day another source told of the position
        (
            "Mayor Tomas Lind revealed on Wednesday that Kestria had previously agreed to a "
            "brief pause in the bombing.",
            {("Kestria", "support"): ("2031-05-07", "reported")},
        ),
        (
            "Lind said on Wednesday that Kestria had opposed a ceasefire.",
            {("Kestria", "oppose"): ("2031-05-07", "reported")},
        ),
        # another source's day, for a position told as holding then: the position's day
        (
            "Lind said on Wednesday that Kestria opposed a ceasefire.",
            {("Kestria", "oppose"): ("2031-05-07", "event")},
        ),
        # no day named: the report's
        (
            "The Orlan government welcomed the truce extension.",
            {("Orlan government", "support"): ("2031-05-12", "published")},
        ),
        # a statement named before its day opens the sentence: its day is the position's
        (
            "In a statement released on Saturday, the Kell Front said it agreed to a truce.",
            {("Kell Front", "support"): ("2031-05-10", "event")},
        ),
        # hostages released on a day: that day is no statement's
        (
            "Hostages released on Saturday said they backed a truce.",
            {("Hostages", "support"): ("2031-05-12", "published")},
        ),
        # the current week holds the day of the report
        (
            "Tomas Lind said this week that he saw a window for a ceasefire.",
            {("Tomas Lind", "support"): ("2031-05-12", "published")},
        ),
    ],
)
def test_whose_day_a_stance_is_dated(text: str, expected: dict) -> None:
    assert days(text) == expected


# --- a shift one article states -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Saturday, the Orlan government stopped short of accepting the envoy's proposal "
            "to extend the truce. The envoy thanked the Orlan government for backing the truce "
            "extension.",
            [("Orlan government", "humanitarian_pause", "neutral", "support")],
        ),
        (
            "On Saturday, the Orlan government stopped short of accepting the envoy's proposal "
            "for a truce extension, saying it was still studying it. On Monday, the Orlan "
            "government welcomed the truce extension.",
            [("Orlan government", "humanitarian_pause", "neutral", "support")],
        ),
        (
            "Kestria rejected a ceasefire on May 2. On Tuesday, Kestria said it supported a "
            "ceasefire.",
            [("Kestria", "ceasefire", "oppose", "support")],
        ),
        # the earlier position in a relative clause with its own day, the new one now
        (
            "The Kestrian cabinet, which had rejected a ceasefire last month, now backs a "
            "ceasefire.",
            [("Kestrian cabinet", "ceasefire", "oppose", "support")],
        ),
        (
            "On Monday, Kestria, which had rejected a ceasefire on May 2, backed a ceasefire.",
            [("Kestria", "ceasefire", "oppose", "support")],
        ),
        (
            "Kestria, which opposed the truce extension last week, said on Monday it would back "
            "the truce extension.",
            [("Kestria", "humanitarian_pause", "oppose", "support")],
        ),
        # "had ... but now": the clause after "but" shares the subject
        (
            "Kestria had opposed a ceasefire last week but now backs a ceasefire.",
            [("Kestria", "ceasefire", "oppose", "support")],
        ),
        (
            "Kestria backed a ceasefire last week but now opposes a ceasefire.",
            [("Kestria", "ceasefire", "support", "oppose")],
        ),
        (
            "Kestria rejected a ceasefire on May 2 but on Friday backed a ceasefire.",
            [("Kestria", "ceasefire", "oppose", "support")],
        ),
        # a relative clause between the subject and its verb ends no clause: the cabinet holds
        # both positions, not the speaker named after them
        (
            "The Kestrian cabinet, which had rejected a ceasefire last month, now backs a "
            "ceasefire, its spokesman said.",
            [("Kestrian cabinet", "ceasefire", "oppose", "support")],
        ),
        (
            "The Kestrian cabinet, which had rejected a ceasefire last month, now backs a "
            "ceasefire, Ana Lund said.",
            [("Kestrian cabinet", "ceasefire", "oppose", "support")],
        ),
        # the same position again: no shift
        ("Kestria, which backed a ceasefire last month, now backs a ceasefire.", []),
        # another source told of the earlier position: that report's story, no shift
        (
            "Mayor Tomas Lind revealed on Wednesday that Kestria had previously agreed to a brief "
            "pause in the bombing. Officials said Kestria remained opposed to a ceasefire but "
            "appeared receptive to further pauses.",
            [],
        ),
        (
            "Lind said on Wednesday that Kestria had opposed a ceasefire. Kestria backed a "
            "ceasefire.",
            [],
        ),
        # ... but told as holding on the day the text names, it is a position of that day
        (
            "Lind said on Wednesday that Kestria opposed a ceasefire. Kestria backed a ceasefire.",
            [("Kestria", "ceasefire", "oppose", "support")],
        ),
        # one day, one position: no shift
        (
            "On Saturday, the Orlan government stopped short of accepting the truce extension. "
            "The Orlan government is still studying the truce extension.",
            [],
        ),
    ],
)
def test_a_shift_within_one_report(text: str, expected: list) -> None:
    assert shifts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kestria had opposed a ceasefire but now supports a ceasefire.",
            {("Kestria", "ceasefire", "oppose"), ("Kestria", "ceasefire", "support")},
        ),
        (
            "Kestria opposed a ceasefire but still backs a truce extension.",
            {("Kestria", "ceasefire", "oppose"), ("Kestria", "humanitarian_pause", "support")},
        ),
        # a time phrase before the verb, or before the clause's own subject
        (
            "Kestria opposed a ceasefire but on Friday backed a truce extension.",
            {("Kestria", "ceasefire", "oppose"), ("Kestria", "humanitarian_pause", "support")},
        ),
        (
            "Kestria opposed the truce extension, but on Monday the rebels backed it.",
            {
                ("Kestria", "humanitarian_pause", "oppose"),
                ("rebels", "humanitarian_pause", "support"),
            },
        ),
        # a plural noun after "but" is the next clause's subject, not a verb of Kestria's
        (
            "Kestria opposed a ceasefire, but demands for a truce grew.",
            {("Kestria", "ceasefire", "oppose")},
        ),
    ],
)
def test_a_clause_that_opens_with_its_verb_shares_the_subject(text: str, expected: set) -> None:
    claims = extract(text, published=PUBLISHED, doc_id="x")
    got = {(c.who.name, c.stance.topic, c.stance.polarity) for c in claims if c.stance and c.who}
    assert got == expected


# --- one actor behind its officials ---------------------------------------------------------------
_n = iter(range(10_000))


def position(
    name: str, polarity: str, day: str, doc: str, *, title: str | None = None, kind: str = "group"
) -> Claim:
    """A stance claim on a truce by ``name`` (a person when it has a title)."""
    kind = "person" if title else kind
    canonical = " ".join(name.casefold().removeprefix("the ").split())
    text = f"{title or ''} {name} spoke of the truce.".strip()
    when = dt.date.fromisoformat(day)
    return Claim(
        id=f"{doc}:s{next(_n)}",
        doc_id=doc,
        kind="stance",
        who=Who(name=name, canonical=canonical, kind=kind, title=title, text=name, span=(0, 1)),
        what="truce",
        stance=Stance(topic="humanitarian_pause", polarity=polarity),
        date=DateRange(start=when, end=when),
        text=text,
        span=(0, len(text)),
    )


def shift_summary(flags: list) -> list[tuple[str, str, str]]:
    return [(f.after.who.name, f.before.stance.polarity, f.after.stance.polarity) for f in flags]


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        # a person titled as the group's official speaks for the group
        (
            position("Ama Kest", "neutral", "2031-03-01", "a", title="Senior Velorian official"),
            position("the Velorians", "support", "2031-03-04", "b"),
            [("the Velorians", "neutral", "support")],
        ),
        # the group's officials, negotiators, rebels are the group
        (
            position("Velorian officials", "neutral", "2031-03-01", "a"),
            position("Velorians", "support", "2031-03-04", "b"),
            [("Velorians", "neutral", "support")],
        ),
        (
            position("Velorian rebels", "support", "2031-03-01", "a"),
            position("the Velorians", "oppose", "2031-03-04", "b"),
            [("the Velorians", "support", "oppose")],
        ),
        (
            position("Velorians", "oppose", "2031-03-01", "a"),
            position("Ama Kest", "support", "2031-03-04", "b", title="Velorian negotiator"),
            [("Ama Kest", "oppose", "support")],
        ),
        # a demonym is its country
        (
            position("a Chilean official", "oppose", "2031-03-01", "a", kind="person"),
            position("Chile", "support", "2031-03-04", "b"),
            [("Chile", "oppose", "support")],
        ),
        (
            position("Chilean officials", "support", "2031-03-01", "a"),
            position("Chile", "neutral", "2031-03-04", "b"),
            [("Chile", "support", "neutral")],
        ),
        # a country's government or authorities are the country
        (
            position("the Chilean government", "neutral", "2031-03-01", "a"),
            position("Chile", "support", "2031-03-04", "b"),
            [("Chile", "neutral", "support")],
        ),
        (
            position("Peru's authorities", "support", "2031-03-01", "a"),
            position("the Peruvian government", "oppose", "2031-03-04", "b"),
            [("the Peruvian government", "support", "oppose")],
        ),
        (
            position("the internationally recognised government", "neutral", "2031-03-01", "a"),
            position("Chile", "support", "2031-03-04", "b"),
            [],
        ),
        # not the group: another group, a compound adjective, a minister, a sub-body's spokesman
        (
            position("Velorian officials", "neutral", "2031-03-01", "a"),
            position("Kadrans", "support", "2031-03-04", "b"),
            [],
        ),
        (
            position("Velorian-backed rebels", "neutral", "2031-03-01", "a"),
            position("Velorians", "support", "2031-03-04", "b"),
            [],
        ),
        (
            position("Ama Kest", "neutral", "2031-03-01", "a", title="Velorian Foreign Minister"),
            position("Velorians", "support", "2031-03-04", "b"),
            [],
        ),
        (
            position(
                "Ama Kest", "neutral", "2031-03-01", "a", title="Velorian Truce Council spokesman"
            ),
            position("Velorians", "support", "2031-03-04", "b"),
            [],
        ),
    ],
)
def test_an_official_speaks_for_the_group(first: Claim, then: Claim, expected: list) -> None:
    claims = [first, then]
    assert shift_summary(reconcile(claims)) == expected
    tracker = Tracker()
    for claim in claims:
        tracker.add([claim])
    assert shift_summary(tracker.flags) == expected
    assert shift_summary(reconcile_partitioned([[first], [then]])) == expected


def test_a_named_official_stays_the_group_across_reports() -> None:
    claims = [
        position("Ama Kest", "neutral", "2031-03-01", "a", title="Senior Velorian official"),
        position("the Velorians", "support", "2031-03-04", "b"),
        position("Velorian rebels", "support", "2031-06-02", "c"),
        position("the Velorians", "oppose", "2031-09-23", "d"),
    ]
    assert shift_summary(reconcile(claims)) == [
        ("the Velorians", "neutral", "support"),
        ("the Velorians", "support", "oppose"),
    ]
