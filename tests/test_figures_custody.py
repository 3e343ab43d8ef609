"""Counts of people held, in custody and in hospital, in the wordings reports use.

Every sentence is invented. "took 25 demonstrators into custody", "in police custody" are
detentions; "taken to hospital with burns" an injury (categories.toml); a cue that ends in "of"
or "by" takes no object, so "in the hands of the gunmen" counts the people held, not the gunmen
as attackers (assemble/govern._agent), and "in its hands" holds them too; a past form after a
determiner ("from the hijacked train") is an adjective, no verb of the count's own.
Statements, images and towns are no people.
"""

from __future__ import annotations

import pytest

from claimtrack import extract


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Police took 25 demonstrators into custody.", {25: "detained"}),
        ("More than 200 demonstrators were in police custody on Monday.", {200: "detained"}),
        ("Thirty-one people were taken to hospital with burns.", {31: "injured"}),
        ("Some 30 villagers remain in the hands of the gunmen.", {30: "hostages"}),
        ("Some 30 people are still in the hands of the rebels.", {30: "hostages"}),
        (
            "The group freed six women on Sunday, leaving 29 passengers in its hands.",
            {6: "hostages", 29: "hostages"},
        ),
        # a past form after a determiner is an adjective, no verb of the count's own
        (
            "Eleven passengers from the hijacked train were still being held on Thursday.",
            {11: "hostages"},
        ),
        # held by an armed group: hostages
        ("Fourteen plant workers were being held by the militia.", {14: "hostages"}),
        ("Some 40 villagers are held by rebels in the hills.", {40: "hostages"}),
        # no people: no count
        ("Police took 25 statements from witnesses.", {}),
        ("The photographer captured 40 images of the flood.", {}),
        ("Two gunmen killed a guard at the gate.", {}),
    ],
)
def test_people_held_and_hurt(text: str, counts: dict[int, str]) -> None:
    found = {
        int(c.figure.value): c.figure.category
        for c in extract(text)
        if c.figure is not None
        and c.figure.category is not None
        and c.figure.category
        in ("killed", "injured", "missing", "hostages", "displaced", "detained")
    }
    assert found == counts


def test_people_held_by_the_police_are_no_hostages() -> None:
    claims = extract("Sixty protesters were held by police overnight.")
    assert not [c for c in claims if c.figure is not None and c.figure.category == "hostages"]
