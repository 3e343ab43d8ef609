"""How far a count's predicate reaches for its day (assemble/day_reach.py, dateattach.py).

Every sentence is invented. A day between the subject and its verb dates the count the verb
governs, past a phrase such as "the toll from the Varn collapse"; a count's own clause with its
own day keeps it, even after "of them" and "were still being"; a day inside a participle phrase
that describes the counted noun is that participle's event, when the count is told of now.
"""

from __future__ import annotations

import pytest

from claimtrack import extract

PUBLISHED = "2015-04-29"  # a Wednesday


def day_of(text: str, value: int) -> str | None:
    """The last day of the one figure of ``value`` in ``text``."""
    (date,) = [
        c.date for c in extract(text, published=PUBLISHED) if c.figure and c.figure.value == value
    ]
    return date.end.isoformat() if date is not None else None


REACH = [
    # a phrase of "from" before the count does not stop the verb's day
    ("Officials on Monday raised the toll from the Varn bridge collapse to 31.", 31, "2015-04-27"),
    (
        "Provincial officials on Monday put the number of dead from the Orsk landslide at 31.",
        31,
        "2015-04-27",
    ),
    ("The agency on Tuesday revised the count from the floods to 212 dead.", 212, "2015-04-28"),
    # a count that is the object of "from" is an earlier count, not the verb's
    ("Officials on Monday raised the toll from 25 to 31.", 25, PUBLISHED),
]

OWN_CLAUSE = [
    (
        "Gunmen abducted 27 passengers near Zamet on Saturday, and at least eight of them were "
        "still being held on Sunday, police said.",
        8,
        "2015-04-26",
    ),
    (
        "Raiders seized 40 villagers near Oskel on Friday, and 12 of them were still missing on "
        "Monday.",
        12,
        "2015-04-27",
    ),
    (
        "At least 14 people were still being treated in hospital on Tuesday, the health office "
        "said.",
        14,
        "2015-04-28",
    ),
    # the first clause's count keeps the first day
    (
        "Gunmen abducted 27 passengers near Zamet on Saturday, and at least eight of them were "
        "still being held on Sunday, police said.",
        27,
        "2015-04-25",
    ),
]

DESCRIBED = [
    # the count is told of now; the day is the seizure's, abduction's or injury's
    (
        "The Free Varn Army is holding 30 hostages seized from a bus near Tesk last month, the "
        "ministry said.",
        30,
        PUBLISHED,
    ),
    (
        "Rebels are still holding 14 workers abducted from a mine in Ostra on Friday, the "
        "company said.",
        14,
        PUBLISHED,
    ),
    ("Twelve people injured in the blast on Saturday remain in hospital.", 12, PUBLISHED),
    (
        "Some 40 villagers abducted on Sunday are still missing, police said on Monday.",
        40,
        "2015-04-27",
    ),
    # after a past verb the day may be the verb's, and stays so
    ("Troops freed 12 hostages held in a cave on Monday.", 12, "2015-04-27"),
    ("Rescuers pulled 30 people trapped under rubble on Monday.", 30, "2015-04-27"),
    # with an auxiliary the participle is the count's own verb
    ("Some 40 villagers were abducted on Sunday, police said on Monday.", 40, "2015-04-26"),
]


OWN_PREDICATE = [
    # the count's own predicate names its day; the saying comes after
    (
        "Three people were killed on Sunday when a grenade hit a cafe in Dunmarsh, police said "
        "on Monday.",
        3,
        "2015-04-26",
    ),
    ("Eight miners were killed yesterday, the company said.", 8, "2015-04-28"),
    ("Rebels killed 12 soldiers on Friday, the army said on Sunday.", 12, "2015-04-24"),
    (
        "Gunmen opened fire on a wedding party in Amberlow on Sunday night, killing 11 guests "
        "and wounding at least 15 others, police said on Monday.",
        15,
        "2015-04-26",
    ),
    # a "when" clause that opens the sentence dates the count of its main clause
    (
        "When a bus plunged into a ravine above Molvey on Thursday, 19 passengers were killed, "
        "police said on Friday.",
        19,
        "2015-04-23",
    ),
    ("When the storm hit Varn on Sunday night, at least 12 people died.", 12, "2015-04-26"),
    # a part of a count given earlier in the paragraph is as of that count
    (
        "Eleven people died when a fire swept through a workshop in Tesk on Monday night. The "
        "building had no fire exits. Five of the dead were teenagers.",
        5,
        "2015-04-27",
    ),
    # no day of its own: the saying's, or one since an event began is as of the report
    ("When the storm hit, 12 people died, police said on Monday.", 12, "2015-04-27"),
    (
        "At least 40 people have died since the storm hit on Saturday, officials said on Monday.",
        40,
        "2015-04-27",
    ),
]


@pytest.mark.parametrize(("text", "value", "day"), OWN_PREDICATE)
def test_a_count_takes_the_day_of_its_own_predicate(text: str, value: int, day: str) -> None:
    assert day_of(text, value) == day


@pytest.mark.parametrize(("text", "value", "day"), REACH)
def test_a_day_before_the_verb_reaches_its_count(text: str, value: int, day: str) -> None:
    assert day_of(text, value) == day


@pytest.mark.parametrize(("text", "value", "day"), OWN_CLAUSE)
def test_a_count_in_its_own_clause_takes_its_day(text: str, value: int, day: str) -> None:
    assert day_of(text, value) == day


@pytest.mark.parametrize(("text", "value", "day"), DESCRIBED)
def test_a_day_that_describes_the_counted_noun(text: str, value: int, day: str) -> None:
    assert day_of(text, value) == day
