"""Date families of issue #11: direction from the governing words, and the new forms.

Every sentence here is invented (names, places, numbers); each family has positives in several
wordings and negatives. (text, published, mention text, start[, end, granularity]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import LexiconError, find_dates
from claimtrack.find.dates import find_date_mentions
from claimtrack.find.datetense import direction, tense_rules
from claimtrack.lexicon import Lexicon, load_lexicon

D = dt.date
OCT27 = D(1995, 10, 27)  # a Friday
JUN14 = D(2017, 6, 14)  # a Wednesday


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def start_of(text: str, piece: str, published: dt.date) -> dt.date | None:
    found = [d for d in find_dates(text, published=published) if d.text == piece]
    assert len(found) == 1, find_dates(text, published=published)
    return found[0].start


# Scheduled words, future auxiliaries and deadlines point ahead; the past is the default.
DIRECTION = [
    # scheduling words: the nearest such day, here ahead of publication
    ("The Varnow Mills dividend is payable Dec. 4 to holders.", OCT27, "Dec. 4", D(1995, 12, 4)),
    ("Its warrants expire Nov. 19, the company said.", OCT27, "Nov. 19", D(1995, 11, 19)),
    ("The new tariff takes effect Jan. 2.", OCT27, "Jan. 2", D(1996, 1, 2)),
    ("The split goes to shareholders of record Nov. 8.", OCT27, "Nov. 8", D(1995, 11, 8)),
    ("Kestrel extended to Nov. 30 its offer for Ardo.", OCT27, "Nov. 30", D(1995, 11, 30)),
    ("Kestrel extended its offer to Nov. 30.", OCT27, "Nov. 30", D(1995, 11, 30)),
    # a reporting verb governs a date close after it, not one in the clause it reports
    ("Orlo said it is redeeming the notes on Dec. 11.", OCT27, "Dec. 11", D(1995, 12, 11)),
    ("Orlo said on Oct. 11 it would redeem the notes.", OCT27, "Oct. 11", D(1995, 10, 11)),
    # with no word to decide, a day later in the year is the nearer one
    ("The Dec. 2 count in Tarvos was disputed.", OCT27, "Dec. 2", D(1995, 12, 2)),
    ("The Dec. 2 count in Tarvos was disputed.", D(1996, 1, 20), "Dec. 2", D(1995, 12, 2)),
    ("Parliament reconvenes Jan. 9 after the recess.", OCT27, "Jan. 9", D(1996, 1, 9)),
    ("Bids are due by the Nov. 12 deadline.", OCT27, "Nov. 12", D(1995, 11, 12)),
    ("The board set Dec. 1 as the deadline for offers.", OCT27, "Dec. 1", D(1995, 12, 1)),
    # a scheduling word read as the nearest day may also point back
    ("The dividend was payable Oct. 20.", OCT27, "Oct. 20", D(1995, 10, 20)),
    # future auxiliaries and modals in the date's clause
    ("Delegates will vote on Tuesday in Lyon.", OCT27, "Tuesday", D(1995, 10, 31)),
    ("The minister could arrive as soon as Monday.", OCT27, "Monday", D(1995, 10, 30)),
    ("The boy must be returned to his mother by Jan. 3.", OCT27, "Jan. 3", D(1996, 1, 3)),
    ("The court is expected to rule in February.", OCT27, "February", D(1996, 2, 1)),
    ("Ferry service resumes in March, the port said.", OCT27, "March", D(1996, 3, 1)),
    # the present tense of a planned event: the nearest such day
    ("The two mayors meet Monday in Tarvos.", OCT27, "Monday", D(1995, 10, 30)),
    ("Ms. Odell testifies Thursday, aides said.", D(1995, 10, 24), "Thursday", D(1995, 10, 26)),
    # a past verb nearer the date than a scheduling word: "bought ... to Thursday"
    (
        "Kestrel holds 9% of Ardo, including shares bought from Sept. 4 to Thursday.",
        OCT27,
        "Thursday",
        D(1995, 10, 26),
    ),
    # a date that opens its clause takes the first cue after it
    ("On Monday, the council will decide on the plan.", OCT27, "Monday", D(1995, 10, 30)),
    ("On Monday, the council decided on the plan.", OCT27, "Monday", D(1995, 10, 23)),
    # deadline prepositions with no verb to decide: the nearest day
    ("A plan to move the herd by Nov. 2 drew protests.", OCT27, "Nov. 2", D(1995, 11, 2)),
    # the past by default, and past verbs nearer the date than a future cue
    ("Rescuers reached the village on Tuesday.", OCT27, "Tuesday", D(1995, 10, 24)),
    ("The dividend rose in December.", OCT27, "December", D(1994, 12, 1)),
    ("The firm changed its name in December.", OCT27, "December", D(1994, 12, 1)),
    ("The firm completed the sale in November.", OCT27, "November", D(1994, 11, 1)),
    ("The firm will change its name in December.", OCT27, "December", D(1995, 12, 1)),
    ("Crews will honor those who died on Sunday.", OCT27, "Sunday", D(1995, 10, 22)),
    ("Mourners will bury the miners killed on Sunday.", OCT27, "Sunday", D(1995, 10, 22)),
    ("The vote will be held on Nov. 3.", OCT27, "Nov. 3", D(1995, 11, 3)),
    ("The mayor, who will retire, spoke on Wednesday.", OCT27, "Wednesday", D(1995, 10, 25)),
    # a quotation's tense stays inside it
    ('"We will rebuild," the mayor told reporters on Monday.', OCT27, "Monday", D(1995, 10, 23)),
    (
        "\u201cThe bridge will open,\u201d Ms. Odell said Tuesday.",
        OCT27,
        "Tuesday",
        D(1995, 10, 24),
    ),
    ('"The bridge opens on Friday," she said.', D(1995, 10, 25), "Friday", D(1995, 10, 27)),
    # a date with "'s" modifies a noun, whatever the verb of the clause
    ("Appeals will target Wednesday's ruling.", OCT27, "Wednesday", D(1995, 10, 25)),
    # a new clause after "after"/"which" is read on its own
    (
        "Talks will resume Monday after they collapsed on Tuesday.",
        OCT27,
        "Tuesday",
        D(1995, 10, 24),
    ),
]


@pytest.mark.parametrize(("text", "published", "piece", "start"), DIRECTION)
def test_direction(text: str, published: dt.date, piece: str, start: dt.date) -> None:
    assert start_of(text, piece, published) == start


# Future in the past: "would", "was to", "planned to" look ahead of a moment before publication,
# so the day they govern is the nearest one, on either side of publication.
FUTURE_IN_PAST = [
    (
        "Reno said she would not interfere with the order to return the boy by Jan. 9.",
        D(1996, 1, 10),
        "Jan. 9",
        D(1996, 1, 9),
    ),
    ("Kerrin said the crew would fly to Dorval on Friday.", D(1995, 10, 25), "Friday", OCT27),
    ("Kerrin said the crew would fly to Dorval on Friday.", D(1995, 10, 28), "Friday", OCT27),
    ("The team planned to leave Ostby on Thursday.", D(1995, 10, 25), "Thursday", D(1995, 10, 26)),
    ("Farmers planned a march through Velle on Saturday.", OCT27, "Saturday", D(1995, 10, 28)),
    ("The council was to vote on Monday, aides said.", D(1995, 10, 24), "Monday", D(1995, 10, 23)),
    ("The ministers were expected to meet in Sorn on Sunday.", OCT27, "Sunday", D(1995, 10, 29)),
    # what a past verb commits to, in the infinitive after it, lies after it
    ("Ardo agreed to buy the Velle plant in February.", OCT27, "February", D(1996, 2, 1)),
    (
        "Kestrel announced an agreement to acquire Ostby Bank in January.",
        OCT27,
        "January",
        D(1996, 1, 1),
    ),
    ("The union voted to strike on Monday.", D(1995, 10, 28), "Monday", D(1995, 10, 30)),
    # but a noun after "to" is what was agreed, on the day named: the past
    ("Ardo agreed to the sale of the plant in February.", OCT27, "February", D(1995, 2, 1)),
    # a date that opens the clause is the day of the planning itself
    (
        "On Friday, the firm planned to pay the first claims.",
        D(1995, 10, 25),
        "Friday",
        D(1995, 10, 20),
    ),
    # not the future itself: "will" still points ahead, past verbs back
    ("The crew will fly to Dorval on Friday.", D(1995, 10, 28), "Friday", D(1995, 11, 3)),
    ("The crew flew to Dorval on Friday.", D(1995, 10, 26), "Friday", D(1995, 10, 20)),
]


@pytest.mark.parametrize(("text", "published", "piece", "start"), FUTURE_IN_PAST)
def test_future_in_the_past(text: str, published: dt.date, piece: str, start: dt.date) -> None:
    assert start_of(text, piece, published) == start


def test_direction_function(lexicon: Lexicon) -> None:
    rules = tense_rules(lexicon)
    text = "Holders of record Nov. 8 will be paid Dec. 4; the firm said so Monday."
    kinds = [direction(text, text.index(w), rules, text.index(w) + len(w)) for w in
             ("Nov. 8", "Dec. 4", "Monday")]  # fmt: skip
    assert kinds == ["near", "future", "past"]


# (text, published, mention, start, end, granularity)
FORMS = [
    # last/this/next + a month: the latest before the month of publication, this year's, the next
    ("Prices fell last March.", OCT27, "last March", D(1995, 3, 1), D(1995, 3, 31), "month"),
    ("the flood last November", OCT27, "last November", D(1994, 11, 1), D(1994, 11, 30), "month"),
    # the month right before publication would be "last month": "last <month>" is a year back
    (
        "Two jets crashed last February.",
        D(1998, 3, 1),
        "last February",
        D(1997, 2, 1),
        D(1997, 2, 28),
        "month",
    ),
    (
        "Two jets crashed last February.",
        D(1998, 3, 30),
        "last February",
        D(1997, 2, 1),
        D(1997, 2, 28),
        "month",
    ),
    (
        "Two jets crashed last January.",
        D(1998, 3, 1),
        "last January",
        D(1998, 1, 1),
        D(1998, 1, 31),
        "month",
    ),
    (
        "Two jets crashed last December.",
        D(1999, 1, 10),
        "last December",
        D(1997, 12, 1),
        D(1997, 12, 31),
        "month",
    ),
    (
        "The vote comes this December.",
        OCT27,
        "this December",
        D(1995, 12, 1),
        D(1995, 12, 31),
        "month",
    ),
    ("next April's census", OCT27, "next April", D(1996, 4, 1), D(1996, 4, 30), "month"),
    ("late last August", OCT27, "late last August", D(1995, 8, 21), D(1995, 8, 31), "month"),
    ("early next month", OCT27, "early next month", D(1995, 11, 1), D(1995, 11, 10), "month"),
    # a month and a year named from publication
    (
        "In July last year, two ferries sank.",
        OCT27,
        "July last year",
        D(1994, 7, 1),
        D(1994, 7, 31),
        "month",
    ),
    ("in February this year", OCT27, "February this year", D(1995, 2, 1), D(1995, 2, 28), "month"),
    # bare years as modifiers and after more cues
    ("A 1992 survey found the same.", OCT27, "1992", D(1992, 1, 1), D(1992, 12, 31), "year"),
    ("the 1971 treaty with Norway", OCT27, "1971", D(1971, 1, 1), D(1971, 12, 31), "year"),
    ("the agency's 1988 report", OCT27, "1988", D(1988, 1, 1), D(1988, 12, 31), "year"),
    ("its 1990 merger with Holt", OCT27, "1990", D(1990, 1, 1), D(1990, 12, 31), "year"),
    (
        "For 1994, the mill earned $3 million.",
        OCT27,
        "1994",
        D(1994, 1, 1),
        D(1994, 12, 31),
        "year",
    ),
    ("bonds due 2003 were sold", OCT27, "2003", D(2003, 1, 1), D(2003, 12, 31), "year"),
    ("the post-1945 order", OCT27, "1945", D(1945, 1, 1), D(1945, 12, 31), "year"),
    # a month before a noun, or with "'s"; after "for"
    ("the August mudslide", OCT27, "August", D(1995, 8, 1), D(1995, 8, 31), "month"),
    ("a June accord with the union", OCT27, "June", D(1995, 6, 1), D(1995, 6, 30), "month"),
    (
        "revised September's jobs figures",
        OCT27,
        "September",
        D(1995, 9, 1),
        D(1995, 9, 30),
        "month",
    ),
    ("turnover for July was high", OCT27, "July", D(1995, 7, 1), D(1995, 7, 31), "month"),
    ("The court sits again in May.", OCT27, "May", D(1995, 5, 1), D(1995, 5, 31), "month"),
    # periods named from publication
    (
        "year-earlier profit of $2 million",
        OCT27,
        "year-earlier",
        D(1994, 1, 1),
        D(1994, 12, 31),
        "year",
    ),
    (
        "Sales for the full year rose 4%.",
        OCT27,
        "the full year",
        D(1995, 1, 1),
        D(1995, 12, 31),
        "year",
    ),
    ("a mill founded in 1887", OCT27, "1887", D(1887, 1, 1), D(1887, 12, 31), "year"),
    # fiscal years, with the word that makes them one
    ("In fiscal 1994, sales rose.", OCT27, "fiscal 1994", D(1994, 1, 1), D(1994, 12, 31), "year"),
    (
        "the current fiscal year",
        OCT27,
        "the current fiscal year",
        D(1995, 1, 1),
        D(1995, 12, 31),
        "year",
    ),
    # year ranges
    ("the 2014-2015 season", OCT27, "2014-2015", D(2014, 1, 1), D(2015, 12, 31), "range"),
    ("during 1961-62 the mine closed", OCT27, "1961-62", D(1961, 1, 1), D(1962, 12, 31), "range"),
    # parts of periods
    (
        "by the end of the year",
        OCT27,
        "the end of the year",
        D(1995, 9, 1),
        D(1995, 12, 31),
        "year",
    ),
    (
        "Sales will pick up at the beginning of November",
        OCT27,
        "the beginning of November",
        D(1995, 11, 1),
        D(1995, 11, 10),
        "month",
    ),
    (
        "Sales rose at the beginning of November",
        OCT27,
        "the beginning of November",
        D(1994, 11, 1),
        D(1994, 11, 10),
        "month",
    ),
    ("to close by year-end", OCT27, "year-end", D(1995, 9, 1), D(1995, 12, 31), "year"),
    # "this coming" is the next such weekday, not next week's
    ("this coming Sunday", OCT27, "coming Sunday", D(1995, 10, 29), None, "day"),
    # a weekday given with a year-less day picks the year where they agree
    ("in an essay on Sunday, Oct. 29:", OCT27, "Sunday, Oct. 29", D(1995, 10, 29), None, "day"),
    ("Tuesday, June 13, was calm", JUN14, "Tuesday, June 13", D(2017, 6, 13), None, "day"),
]


@pytest.mark.parametrize(("text", "published", "piece", "start", "end", "granularity"), FORMS)
def test_forms(
    text: str,
    published: dt.date,
    piece: str,
    start: dt.date,
    end: dt.date | None,
    granularity: str,
) -> None:
    found = [d for d in find_dates(text, published=published) if d.text == piece]
    assert [(d.start, d.end, d.granularity) for d in found] == [
        (start, end or start, granularity)
    ], find_dates(text, published=published)


# Years said in words, as broadcast transcripts write them.
SPOKEN = [
    ("The plant closed in nineteen eighty-four.", "nineteen eighty-four", D(1984, 1, 1), "year"),
    (
        "Vilna, March nineteen ninety-two. Shelling.",
        "March nineteen ninety-two",
        D(1992, 3, 1),
        "month",
    ),
    ("a nineteen seventy-one treaty", "nineteen seventy-one", D(1971, 1, 1), "year"),
    ("by the year two thousand", "the year two thousand", D(2000, 1, 1), "year"),
    ("since two thousand and two", "two thousand and two", D(2002, 1, 1), "year"),
    ("in nineteen oh eight", "nineteen oh eight", D(1908, 1, 1), "year"),
]


@pytest.mark.parametrize(("text", "piece", "start", "granularity"), SPOKEN)
def test_spoken_years(text: str, piece: str, start: dt.date, granularity: str) -> None:
    found = [(d.text, d.start, d.granularity) for d in find_dates(text, published=OCT27)]
    assert found == [(piece, start, granularity)]


@pytest.mark.parametrize(
    "text", ["two thousand people fled", "nineteen soldiers died", "nineteen twenty troops"]
)
def test_spoken_counts_are_no_years(text: str) -> None:
    assert find_dates(text, published=OCT27) == []


# Named days of the year (holidays), from the lexicon's table.
HOLIDAYS = [
    ("The ferry sank on Christmas Eve.", D(1996, 1, 10), "Christmas Eve", D(1995, 12, 24)),
    ("Turnout will be high on Election Day.", OCT27, "Election Day", D(1995, 11, 7)),
    ("Stores close early on Thanksgiving Day.", OCT27, "Thanksgiving Day", D(1995, 11, 23)),
    ("He fled last Christmas.", OCT27, "last Christmas", D(1994, 12, 25)),
    ("the Halloween 1991 storm", OCT27, "Halloween 1991", D(1991, 10, 31)),
]


@pytest.mark.parametrize(("text", "published", "piece", "start"), HOLIDAYS)
def test_holidays(text: str, published: dt.date, piece: str, start: dt.date) -> None:
    assert start_of(text, piece, published) == start


def test_holiday_names_need_their_capital_and_a_valid_rule(lexicon: Lexicon) -> None:
    assert find_dates("a thanksgiving service", published=OCT27) == []
    with pytest.raises(LexiconError, match="dates.holidays.flag day"):
        lexicon.extended({"dates": {"holidays": {"flag day": {"month": 6}}}})
    mine = lexicon.extended({"dates": {"holidays": {"flag day": {"month": 6, "day": 14}}}})
    found = find_date_mentions("Parades on Flag Day drew crowds.", mine, OCT27)
    assert [(m.text, m.start) for m in found] == [("Flag Day", D(1995, 6, 14))]


# Anaphoric dates: from the last date the text gave, else from publication.
ANAPHORA = [
    ("Ferrin was held on May 3. The same day, his aide fled.", "The same day", D(1995, 5, 3)),
    ("Ferrin was held on May 3 and freed the next day.", "the next day", D(1995, 5, 4)),
    ("Polls closed on Sept. 9; the day before, turnout was low.", "the day before", D(1995, 9, 8)),
    (
        "The quake hit on June 2. Earlier that day, the dam cracked.",
        "Earlier that day",
        D(1995, 6, 2),
    ),
    (
        "The plant opened in 1988 and closed the following year.",
        "the following year",
        D(1989, 1, 1),
    ),
    ("Aid arrived in March 1993; that month, 40 clinics opened.", "that month", D(1993, 3, 1)),
    # no date before: the publication date is the anchor
    ("Earlier in the day, the river rose.", "Earlier in the day", OCT27),
]


# A day counted from a date the sentence gives: "the day before last Tuesday's hearing",
# "the previous Friday" after a Friday (the week before it), "the day after Oct. 12".
COUNTED = [
    # (text, published, mention text, start)
    (
        "The day before last Tuesday's hearing, Odell met the judge.",
        D(1995, 10, 26),
        "The day before last Tuesday",
        D(1995, 10, 23),
    ),
    (
        "Talks ended the day before Oct. 12, aides said.",
        OCT27,
        "the day before Oct. 12",
        D(1995, 10, 11),
    ),
    ("Crews returned on the day after Oct. 3.", OCT27, "the day after Oct. 3", D(1995, 10, 4)),
    (
        "Stocks closed lower Friday, down 3% from the previous Friday.",
        D(1995, 10, 30),
        "previous Friday",
        D(1995, 10, 20),
    ),
    (
        "The ship docked on Oct. 4; it had left the previous Monday.",
        OCT27,
        "previous Monday",
        D(1995, 10, 2),
    ),
    # with no day before it, the previous such day before publication
    (
        "The previous Friday, crowds gathered in Velle.",
        D(1995, 10, 25),
        "previous Friday",
        D(1995, 10, 20),
    ),
]


@pytest.mark.parametrize(("text", "published", "piece", "start"), COUNTED)
def test_days_counted_from_a_date(
    text: str, published: dt.date, piece: str, start: dt.date
) -> None:
    assert start_of(text, piece, published) == start


@pytest.mark.parametrize(("text", "piece", "start"), ANAPHORA)
def test_anaphora(text: str, piece: str, start: dt.date) -> None:
    assert start_of(text, piece, OCT27) == start


NOT_DATES = [
    # ordinals that rank, not days
    ("Shares closed lower Friday, the third decline this week.", ["Friday", "this week"]),
    ("Tuesday, the second vote in a row, passed.", ["Tuesday"]),
    # "the day before" + a noun phrase: the day of something the text does not date
    ("He arrived on May 2, the day before the vote.", ["May 2"]),
    # a year before a count is a count
    ("the 2000 workers at the plant", []),
    ("its 1500 employees", []),
    # a range must run forward and stay short
    ("a score of 2015-14", []),
    ("pages 1930-1995 of the ledger", []),
    # "May's" is a name as often as a month; lower-case month names are words
    ("May's cabinet met", []),
    ("a long march on the capital", []),
    # "this may" and "last march" in lower case are words
    ("this may be the last march of the season", []),
]


@pytest.mark.parametrize(("text", "expected"), NOT_DATES)
def test_not_dates(text: str, expected: list[str]) -> None:
    assert [d.text for d in find_dates(text, published=OCT27)] == expected


def test_a_day_shares_the_year_of_the_day_joined_to_it() -> None:
    text = "Ridley ran the port between Aug. 3 and Feb. 9, 1991, and from May 2 to June 8, 1993."
    found = [(d.text, d.start) for d in find_dates(text, published=OCT27)]
    assert found == [
        ("Aug. 3", D(1990, 8, 3)),
        ("Feb. 9, 1991", D(1991, 2, 9)),
        ("May 2", D(1993, 5, 2)),
        ("June 8, 1993", D(1993, 6, 8)),
    ]


def test_joined_years_and_days() -> None:
    text = "Output fell between 1981 and 1986, and again on April 24 and 25."
    found = [(d.text, d.start) for d in find_dates(text, published=OCT27)]
    assert found == [
        ("1981", D(1981, 1, 1)),
        ("1986", D(1986, 1, 1)),
        ("April 24", D(1995, 4, 24)),
        ("25", D(1995, 4, 25)),
    ]
    # a number after "and" that counts something is not a second date
    texts = [d.text for d in find_dates("On May 3 and 4 people died.", published=OCT27)]
    assert texts == ["May 3"]


def test_anaphora_left_out_without_any_anchor(lexicon: Lexicon) -> None:
    (m,) = find_date_mentions("That day, the river rose.", lexicon, None)
    assert (m.text, m.start, m.anaphoric) == ("That day", None, ("day", 0))
    assert find_dates("That day, the river rose.") == []


def test_anaphora_overlay(lexicon: Lexicon) -> None:
    mine = lexicon.extended({"dates": {"anaphora": {"the morrow": {"unit": "day", "shift": 1}}}})
    found = find_date_mentions("Held on May 3, he left on the morrow.", mine, OCT27)
    assert [(m.text, m.start) for m in found] == [
        ("May 3", D(1995, 5, 3)),
        ("the morrow", D(1995, 5, 4)),
    ]
