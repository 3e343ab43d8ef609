"""A site's own name, and an event's name that a determiner opens.

Invented sentences (Orvo, Pellan, Tarvik, Kell, Velk are nobody's). "the Pellan port of
Tarvik" is in Tarvik, whichever verb or preposition leads to it; a site with no name of its own
names no place. An event's name opens with its determiner, so a passive's "by the harbour"
followed by a verb and "the cyclone" is no event's name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import extract

PUBLISHED = dt.date(2026, 3, 18)

PLACES = [
    (
        "Cyclone Orvo hit the Pellan port of Tarvik on Sunday, killing at least 14 people, the "
        "Red Cross said.",
        "Tarvik",
    ),
    ("Cyclone Orvo killed at least 14 people in the Pellan port of Tarvik on Sunday.", "Tarvik"),
    (
        "Cyclone Orvo swept through the Pellan town of Tarvik on Sunday, killing at least 14 "
        "people.",
        "Tarvik",
    ),
    ("Shelling hit the city of Kell, killing 9 people.", "Kell"),
    ("A strike on a Velk school killed 12 people.", "Velk"),
    ("Twelve people died in the Velorian island of Tarsa.", "Tarsa"),
    ("Twelve dockworkers were killed at the port, officials said.", None),
    # a place named by its kind owns its toll, as a named place does
    (
        "Rescuers ended the search on Thursday with the town's toll at 41, Governor Ana Lund said.",
        "town",
    ),
    ("The city's death toll stood at 41 on Thursday.", "city"),
    # a river's basin is a place of its own, wider than one country's part of it
    (
        "Lund urged member states to send tents to the 12,000 people displaced across the basin.",
        "basin",
    ),
    ("About 9,000 people have fled their homes in the Orm basin, officials said.", "Orm"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_a_sites_own_name_is_the_place(text: str, place: str | None) -> None:
    (fig,) = [c.figure for c in extract(text, published=PUBLISHED) if c.figure is not None]
    assert fig.scope.place == place


EVENTS = [
    (
        "Rescuers digging through a collapsed warehouse by the harbour brought the cyclone's toll "
        "to 38 on Friday, the ministry said.",
        None,
    ),
    (
        "At least 20 people have died since last year's floods, officials said.",
        "last year's floods",
    ),
    ("Some 300 died in the 2010 floods.", "the 2010 floods"),
    ("At least 8 people were killed in that bombing.", "that bombing"),
]


@pytest.mark.parametrize(("text", "event"), EVENTS)
def test_an_events_name_opens_with_its_determiner(text: str, event: str | None) -> None:
    (fig,) = [c.figure for c in extract(text, published=PUBLISHED) if c.figure is not None]
    assert fig.scope.event == event
