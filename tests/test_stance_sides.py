"""'X said Y would ...': Y's position when X's title names another side (issue #12).

Without knowing who speaks for whom, "Lind said Delmar would send the shells" stays the
speaker's own commitment (a strict xfail in test_stance_constructions covers the rest). A title
that names the speaker's side tells it: a UN envoy, or a Chilean minister, reporting what
another party would do reports that party's position; a Chilean minister saying Chile would
send aid states his own side's.
"""

from __future__ import annotations

import pytest

from claimtrack import extract


def stances(text: str) -> set[tuple[str, str, str]]:
    claims = extract(text, published="2031-05-12")
    return {
        (c.who.name if c.who else "", c.stance.topic, c.stance.polarity)
        for c in claims
        if c.stance is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another side: the subject's position
        (
            "UN envoy Ana Lund said the rebels would not agree to a ceasefire.",
            {("rebels", "ceasefire", "oppose")},
        ),
        (
            "Chilean Foreign Minister Ana Lund said Peru would send the artillery shells.",
            {("Peru", "weapons_supply", "support")},
        ),
        (
            "Kestrian Foreign Minister Ana Lund said the Orlan government would back the truce "
            "extension.",
            {("Orlan government", "humanitarian_pause", "support")},
        ),
        # the speaker's own side: the speaker's commitment
        (
            "Chilean Foreign Minister Ana Lund said Chile would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        (
            "Kestrian Foreign Minister Ana Lund said Kestria would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        (
            "Senior Velorian official Ama Kest said the Velorians would not agree to a ceasefire.",
            {("Ama Kest", "ceasefire", "oppose")},
        ),
        (
            "U.S. Secretary of State Ana Lund said Washington would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        # no side named, or one the gazetteer cannot place: the speaker's, as before
        (
            "Secretary of State Ana Lund said Peru would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        (
            "White House spokesman Ana Lund said the United States would send the artillery "
            "shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
        (
            "Minister Ana Lund said Peru would send the artillery shells.",
            {("Ana Lund", "weapons_supply", "support")},
        ),
    ],
)
def test_a_reported_commitment_of_another_side(text: str, expected: set) -> None:
    assert stances(text) == expected
