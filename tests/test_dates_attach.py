"""A figure's date from where each date hangs in the sentence (assemble/dateattach.py).

Every sentence is invented. A date on a noun ("the April 18 protest", "the storm on Saturday",
"the months from May through July") is that thing's day, never the count's; a date between a
subject and its verb ("crews on Thursday recovered 41 bodies") is the day of the verb's count.
"""

from __future__ import annotations

import pytest

from claimtrack import extract
from claimtrack.assemble.dateattach import before_verb, on_noun
from claimtrack.lexicon import load_lexicon
from claimtrack.syntax import get_parser
from claimtrack.syntax.structure import SentenceParse

PUBLISHED = "2015-04-29"  # a Wednesday


def assert_dated(text: str, value: int, day: str) -> None:
    """The one figure of ``value`` in ``text`` is dated ``day`` (its last day)."""
    figures = [
        c for c in extract(text, published=PUBLISHED) if c.figure and c.figure.value == value
    ]
    assert len(figures) == 1
    assert figures[0].date is not None
    assert figures[0].date.end.isoformat() == day


EVENTS = frozenset(("attack", "blast", "protest", "storm", "raid", "quake", "invasion"))


def parsed(text: str) -> SentenceParse:
    (parse,) = get_parser(None).parse(text, [(0, len(text))], [], load_lexicon())
    return parse


def span_of(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # between a determiner (or an owner) and a noun
        ("Police freed 12 people held since the April 18 protest.", "April 18", True),
        ("The firm's Jan. 5 report listed 40 sites.", "Jan. 5", True),
        ("Crews cleared debris from Saturday's storm.", "Saturday's", True),
        # in a phrase after a noun of an event or a period
        ("The toll from the storm on Saturday rose to 80.", "Saturday", True),
        ("It covers the months from May 2014 through July 2014.", "July 2014", True),
        # after a verb, or after the object of a verb: the verb's
        ("At least 30 people were killed on Tuesday in Ravel.", "Tuesday", False),
        ("A blast killed 33 people on April 20, police said.", "April 20", False),
        ("The toll rose to 3,432 on Monday, the ministry said.", "Monday", False),
        # a range whose start is no "from": "in May 2014 through Sunday" ends on Sunday
        ("It counted 70 dead since the invasion in May 2014 through Sunday.", "Sunday", False),
        # a time of day after a day is the day
        ("Gunmen killed 9 people on Monday night.", "Monday", False),
    ],
)
def test_on_noun(text: str, date: str, expected: bool) -> None:
    parse = parsed(text)
    spans = [span_of(text, p) for p in ("May 2014", "July 2014") if p in text]
    assert on_noun(parse, span_of(text, date), spans, EVENTS) is expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Rescue crews on Thursday recovered 41 bodies.", "Thursday", True),
        ("The ministry on Monday put the toll at 57.", "Monday", True),
        ("The ministry Monday raised the toll to 57.", "Monday", True),
        ("On Monday, the ministry put the toll at 57.", "Monday", False),
        ("The ministry put the toll at 57 on Monday.", "Monday", False),
    ],
)
def test_before_verb(text: str, date: str, expected: bool) -> None:
    assert before_verb(parsed(text), span_of(text, date)) is expected


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        # the day of the figure's own predicate, between its subject and its verb
        (
            "In Varna, rescue crews on Thursday recovered 41 bodies from the river.",
            41,
            "2015-04-23",
        ),
        ("The ministry on Monday put the toll at 57.", 57, "2015-04-27"),
        # a day after the object is still the verb's
        ("A blast killed 33 people on April 20, police said on Monday.", 33, "2015-04-20"),
        # the day of an event named as a modifier is not the count's: publication
        (
            "Police said 12 people arrested at the April 18 protest remained in custody.",
            12,
            PUBLISHED,
        ),
        ("An attack on a market in Sorel this week killed 26 people.", 26, PUBLISHED),
        ("The toll from Saturday's storm rose to 80, the ministry said.", 80, PUBLISHED),
        (
            "At least 212 people have died since the April 14 quake, the agency said.",
            212,
            PUBLISHED,
        ),
        # the end of a stretch is the cut-off, unless the stretch belongs to a noun
        (
            "The office said on Monday it had recorded 310 civilians killed in Norland from "
            "the start of the war in May 2014 through Sunday.",
            310,
            "2015-04-26",
        ),
        (
            "The estimate of 4,100 deaths covers the months from May 2014 through February 2015.",
            4100,
            PUBLISHED,
        ),
        # a dateless count in a report takes the day of publication
        ("Aid workers said 1,200 families had fled the valley.", 1200, PUBLISHED),
        # the current stretch ("this week", "this year") holds the report's day: as of it
        ("So far this year, 500 people have died.", 500, PUBLISHED),
        (
            "More than 6,900 displaced residents remained in hotels this week, officials said.",
            6900,
            PUBLISHED,
        ),
        # a "when" clause right after a day is that day's
        (
            "The number of people missing slipped to 149, from 150 on Monday, when the county "
            "had reported 11 deaths.",
            11,
            "2015-04-27",
        ),
        # the day of a part ("including ...") is the part's, not the whole count's
        (
            "The agency says 93 civilians were killed, including 21 in a strike on the town of "
            "Orla on April 20.",
            93,
            PUBLISHED,
        ),
        (
            "The agency says 93 civilians were killed, including 21 in a strike on the town of "
            "Orla on April 20.",
            21,
            "2015-04-20",
        ),
    ],
)
def test_figure_dates_by_structure(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        # a day on the verb of saying, past the phrase it opens, is the report's day
        (
            "The toll has reached 1,204, the relief agency said in its daily situation report "
            "on Tuesday.",
            1204,
            "2015-04-28",
        ),
        (
            "The toll rose to 960, the relief agency said in a report released on Monday night.",
            960,
            "2015-04-27",
        ),
        ("Doctors said in a statement on Monday that 81 people had died.", 81, "2015-04-27"),
        # not past a new clause
        (
            "Doctors said in the clinic, which reopened on Monday, 81 people had died.",
            81,
            PUBLISHED,
        ),
    ],
)
def test_the_day_of_the_saying(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


REPORT = (
    "The toll has reached 1,204, the relief agency said in its daily report on Tuesday.\n"
    "Of the dead, 610 were in Vorna, the report said. Rescuers pulled 12 survivors from the mud.\n"
)


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        # a count told later from the report (or its source), without a day of its own, is as
        # of the report
        (REPORT, 610, "2015-04-28"),
        # nor is a count another source gives
        (REPORT + "Some 300 people were missing, the border police said.", 300, PUBLISHED),
        # a count in the text's own voice is not the report's
        (REPORT, 12, PUBLISHED),
        # a count with a day of its own keeps it
        (REPORT + "By Monday, police had counted 44 deaths, an aide said.", 44, "2015-04-27"),
        # with no dated report before it, a sourced count is as of publication
        ("Of the dead, 610 were in Vorna, the report said.", 610, PUBLISHED),
    ],
)
def test_counts_told_from_a_dated_report(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        # a cut-off with a clock time before its day
        ("The office had counted 161 dead as of 9 a.m. on Monday.", 161, "2015-04-27"),
        ("The toll reached 88 as of 14:00 Tuesday, officials said.", 88, "2015-04-28"),
        # a year right after the count is the period counted, not the day of the count
        (
            "The agency said in a report on Monday that 2.4 million people had been displaced "
            "this year.",
            2_400_000,
            "2015-04-27",
        ),
        ("Aid groups said 5,000 homes were destroyed this year.", 5000, PUBLISHED),
    ],
)
def test_cut_offs_and_periods(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


LEAD = (
    "The toll has reached 1,204, the Varden Relief Agency (VRA) said in its daily report on "
    "Tuesday.\n"
)


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        # the report named at a list's end, or as the subject that shows the counts
        (
            LEAD + "Orla had 310 deaths, followed by Ness with 96, according to the report.",
            96,
            "2015-04-28",
        ),
        (
            LEAD + "Orla had 310 deaths, followed by Ness with 96, according to the report.",
            310,
            "2015-04-28",
        ),
        (LEAD + "Injuries since April 2 rose to 4,410, the report showed.", 4410, "2015-04-28"),
        # the source by its acronym
        (
            LEAD + "At least 80 children were among the dead, according to the VRA.",
            80,
            "2015-04-28",
        ),
        # a report named as the subject of its verb
        (
            "The toll rose to 1,731, with 12,867 injured, the agency said in a report released "
            "on Monday night.\nThe dead include 645 children, the agency said.",
            645,
            "2015-04-27",
        ),
        # a plain "said on Tuesday" names no report to carry
        (
            "Medics said on Tuesday that 40 people had died.\n"
            "Some 300 people were missing, the medics said.",
            300,
            PUBLISHED,
        ),
    ],
)
def test_counts_from_a_named_report(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


def test_a_report_released_on_a_day_dates_its_count() -> None:
    text = "A report released on Monday put the toll at 1,731."
    (figure,) = [c for c in extract(text, published=PUBLISHED) if c.figure]
    assert figure.date is not None
    assert figure.date.end.isoformat() == "2015-04-27"


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        # a participle clause's count is as of the day of the predicate it hangs on
        ("A gunman opened fire at a Dunmore bar on Saturday, killing 9 people.", 9, "2015-04-25"),
        (
            "A gunman opened fire at a bar in Dunmore on Saturday, killing 9 people and "
            "wounding 14.",
            14,
            "2015-04-25",
        ),
        (
            "Floods swept through the Kell valley on April 20, leaving 40 dead, officials said.",
            40,
            "2015-04-20",
        ),
        ("The bridge in Ravel collapsed on Monday night, injuring 23 commuters.", 23, "2015-04-27"),
        # the count's own predicate comes before the saying (#11: "the temporal modifier of its
        # own predicate or of the reporting verb that governs it")
        (
            "A bomb exploded in a Kell market on Friday, killing 12 people, police said on Sunday.",
            12,
            "2015-04-24",
        ),
        ("Floods killed 12 people in Kell, police said on Sunday.", 12, "2015-04-26"),
        # a host with no day of its own gives none
        ("The river rose on Monday. The flood moved north, leaving 30 dead.", 30, PUBLISHED),
    ],
)
def test_a_participle_clause_takes_the_day_of_its_host(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        # a document dated where it is named gives its count as of that day
        ("The ministry's update of April 26 put the toll at 912.", 912, "2015-04-26"),
        ("The agency's April 26 update put the toll at 912.", 912, "2015-04-26"),
        ("In its bulletin of April 27, the ministry put the toll at 640.", 640, "2015-04-27"),
        ("According to the agency's report of April 25, 45 people have died.", 45, "2015-04-25"),
        # a count told before the document is named is not the document's
        ("The toll rose to 60, up from 40 in the agency's April 26 report.", 60, PUBLISHED),
        # an event's day is still no count's
        ("The April 25 quake killed 212 people, the agency said.", 212, PUBLISHED),
    ],
)
def test_a_dated_document_dates_its_count(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


# Published Wednesday 2015-04-29.
@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        # a day past the figure, inside what was said, is not the saying's day
        ("Police said on Tuesday that 9 people died in Sunday's blast in Orsk.", 9, "2015-04-28"),
        # a day that opens the clause of the verb of saying, with no comma
        ("On Friday the Kell ministry said 300 had died in the floods.", 300, "2015-04-24"),
        # a cut-off in another clause is not this count's
        (
            "On Friday the Kell ministry said 300 had died; by Sunday 412 had died.",
            300,
            "2015-04-24",
        ),
        (
            "On Friday the Kell ministry said 300 had died; by Sunday 412 had died.",
            412,
            "2015-04-26",
        ),
        # "a day earlier" from the day named before it; "ago" from publication
        (
            "The toll rose to 61 on Saturday, up from 45 a day earlier, officials said.",
            45,
            "2015-04-24",
        ),
        ("Two days ago, 40 people died in Orsk, officials said.", 40, "2015-04-27"),
        # a count of a past year's event is that year's, not today's; "since" starts a period
        ("In 2009, a similar quake killed 230 people in Orsk.", 230, "2009-12-31"),
        ("The 2011 flood in Kell killed 900 people.", 900, "2011-12-31"),
        ("Since 2009, 500 people have died in the conflict in Orsk.", 500, "2015-04-29"),
        ("A quake killed 9,000 people in 2011 in Orsk.", 9000, "2011-12-31"),
        # a year in a clause of its own after the count is not the count's
        (
            "Police said on Tuesday that 12 people died in floods that began in 2014.",
            12,
            "2015-04-28",
        ),
    ],
)
def test_the_day_a_count_is_for(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


@pytest.mark.parametrize(
    ("text", "value", "day"),
    [
        # a day after two coordinated predicates is the day of both counts
        ("Airstrikes killed 58 people and wounded 185 across Kell on Monday.", 58, "2015-04-27"),
        ("Airstrikes killed 58 people and wounded 185 across Kell on Monday.", 185, "2015-04-27"),
        # ... but a year of its own stays the first count's
        ("The storm killed 40 people in 2012 and injured 12 on Monday.", 40, "2012-12-31"),
        # a day that closes the clause is its predicate's, past coordinated counts or an aside
        (
            "Shelling killed 14 people in Dovra and nine in the nearby town of Selk on Monday.",
            14,
            "2015-04-27",
        ),
        ("Twelve hostages, including five children, were freed on Monday.", 12, "2015-04-27"),
        # ... not past a second verb, a relative clause or the source's comma
        # the one day a sentence names, no rule placing it, is the day named in the sentence
        ("A boat sank in the strait on Monday, and seven sailors were killed.", 7, "2015-04-27"),
        ("Officials said 40 people who had fled on Monday were missing.", 40, PUBLISHED),
        ("In Varn, the toll rose to 2,394 from 2,367 on Monday.", 2394, PUBLISHED),
        # participles listed with commas after their host share its day
        (
            "Gunmen stormed a depot in Marsk on Monday, killing six people, wounding 19 and "
            "seizing 27 hostages.",
            19,
            "2015-04-27",
        ),
        (
            "Gunmen stormed a depot in Marsk on Monday, killing six people, wounding 19 and "
            "seizing 27 hostages.",
            27,
            "2015-04-27",
        ),
        # a cut-off at a time of a day: "through midnight Monday", "to midnight on Sunday"
        (
            "The office confirmed 474 civilian deaths and 861 injuries from Feb. 24 through "
            "midnight Monday.",
            861,
            "2015-04-27",
        ),
        (
            "The tally, which runs to midnight on Sunday, includes 99 children among the dead.",
            99,
            "2015-04-26",
        ),
        # the day of a number compared with is that number's, not the next count's: the count
        # the agency said in the same breath is of the day it raised the toll
        (
            "The agency raised the toll to 874 on Tuesday, up from 594 on Monday evening, and "
            "said 4,913 people had been injured.",
            4913,
            "2015-04-28",
        ),
    ],
)
def test_a_day_shared_or_kept(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


# A day right after the number compared with ("up from 96 on Monday") is that number's, even
# past a reporting clause or under a cut-off for the sentence; the count compared keeps its
# own day (published, or the cut-off's).
COMPARED_DAYS = [
    (
        "By evening, 99 people had been confirmed dead, Gov. Ana Lind said, up from 96 on Monday.",
        99,
        PUBLISHED,
    ),
    (
        "By evening, 99 people had been confirmed dead, Gov. Ana Lind said, up from 96 on Monday.",
        96,
        "2015-04-27",
    ),
    ("The death toll rose to 99, the mayor said, up from 96 on Monday.", 99, PUBLISHED),
    ("By Tuesday evening, 99 people had died, Lind said, up from 96 on Monday.", 99, "2015-04-28"),
    ("By Tuesday evening, 99 people had died, Lind said, up from 96 on Monday.", 96, "2015-04-27"),
    ("The toll rose to 99, officials said on Monday.", 99, "2015-04-27"),
]


@pytest.mark.parametrize(("text", "value", "day"), COMPARED_DAYS)
def test_the_day_of_a_number_compared_with_is_its_own(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)


# A "when" clause after the count that names the day of what happened dates the count, whenever
# the report is (published Wednesday 29 April 2015); a month or a relative clause does not.
WHEN_EVENT = [
    (
        "At least 18 people were killed when shells struck a market in Velk on Monday.",
        18,
        "2015-04-27",
    ),
    (
        "Twenty-two people were taken hostage when gunmen stormed a hotel in Tarn on Tuesday, "
        "state television reported.",
        22,
        "2015-04-28",
    ),
    (
        "Dozens were killed and 300 wounded when jets bombed a depot near Tesk on Sunday.",
        300,
        "2015-04-26",
    ),
    (
        "The quake last month that killed more than 8,000 people was the worst in decades.",
        8000,
        "2015-04-29",
    ),
    ("Officials said 40 people were killed when the dam burst last month.", 40, "2015-04-29"),
]


@pytest.mark.parametrize(("text", "value", "day"), WHEN_EVENT, ids=[r[0][:30] for r in WHEN_EVENT])
def test_a_when_clause_gives_the_day_of_what_happened(text: str, value: int, day: str) -> None:
    assert_dated(text, value, day)
