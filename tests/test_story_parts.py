"""A count told as a part of one already given takes part in no comparison (reconcile/parts.py).

Invented reports. "18 of the deaths" after "27 people had died" is some of the 27, not a rival
count: no conflict. "two of them" after "Nine people were wounded" is no decrease. A part with a
place of its own ("40 of the dead were in Varn") is that place's count and rises as one; and a
whole count still falls and rises as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import extract, reconcile


def _flags(*reports: tuple[str, str]) -> set[tuple[str, float, float]]:
    claims = []
    for k, (day, text) in enumerate(reports):
        claims += extract(text, published=dt.date.fromisoformat(day), doc_id=f"r{k}")
    return {
        (f.kind, f.before.figure.value, f.after.figure.value)
        for f in reconcile(claims)
        if f.before.figure is not None and f.after.figure is not None
    }


@pytest.mark.parametrize(
    ("reports", "flags"),
    [
        (
            [
                (
                    "2025-04-22",
                    "The Orvan health ministry said on Tuesday that 27 people had died in the "
                    "floods. Relief teams had confirmed 18 of the deaths, the Red Lantern Society "
                    "said.",
                )
            ],
            set(),
        ),
        (
            [
                ("2025-04-22", "Nine people were wounded in the blast, police said."),
                ("2025-04-23", "Police said two of them were in critical condition."),
            ],
            set(),
        ),
        (
            [
                (
                    "2025-04-22",
                    "The ministry said 80 people had died, and 40 of the dead were in Varn.",
                ),
                (
                    "2025-04-24",
                    "The ministry said 95 people had died, and 52 of the dead were in Varn.",
                ),
            ],
            {("figure_increase", 40, 52), ("figure_increase", 80, 95)},
        ),
        (
            [
                ("2025-04-22", "The ministry said 80 people had died."),
                ("2025-04-24", "The ministry said 65 people had died."),
            ],
            {("figure_decrease", 80, 65)},
        ),
    ],
)
def test_a_part_is_no_rival_count(
    reports: list[tuple[str, str]], flags: set[tuple[str, float, float]]
) -> None:
    assert _flags(*reports) == flags
