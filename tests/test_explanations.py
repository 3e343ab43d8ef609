"""Flag explanations read as a reporter would write them (reconcile/explain.py).

The reports are invented: a place the gazetteer does not know keeps its capital, a group of
people revises "their" count, and a relayed figure is its originator's, with who passed it on.
"""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.model import Claim

REPORTS = [
    ("a", "2024-03-01", "Floods have killed 45 people in Tarsk, the Tarsk Disaster Agency said "
     "on Friday. Officials said 30 people were missing."),
    ("b", "2024-03-02", "The Tarsk Disaster Agency said on Saturday that 61 people had died in "
     "Tarsk. Officials said 12 people were still missing."),
    ("c", "2024-03-02", "The Red Crescent said on Saturday that 70 people had died in Tarsk."),
    ("f", "2024-03-03", "Kell Radio said on Sunday that 64 people had died in Tarsk, citing the "
     "Tarsk Disaster Agency."),
]  # fmt: skip


@pytest.fixture(scope="module")
def explanations() -> list[str]:
    claims: list[Claim] = []
    for doc_id, published, text in REPORTS:
        claims += claimtrack.extract(text, published=published, doc_id=doc_id)
    return [f.explanation for f in claimtrack.reconcile(claims)]


def test_a_place_keeps_the_capital_it_is_written_with(explanations: list[str]) -> None:
    assert any("death toll in Tarsk rose from 45" in e for e in explanations)
    assert not any(" in tarsk" in e for e in explanations)


def test_a_group_revises_their_count(explanations: list[str]) -> None:
    assert (
        "Officials revised their count of missing down from 30 on 1 Mar 2024 to 12 on 2 Mar 2024."
        in explanations
    )


def test_a_relayed_figure_is_its_originators(explanations: list[str]) -> None:
    assert (
        "The Tarsk Disaster Agency's death toll in Tarsk rose from 61 on 2 Mar 2024 to 64 on "
        "3 Mar 2024 (reported by Kell Radio)." in explanations
    )
