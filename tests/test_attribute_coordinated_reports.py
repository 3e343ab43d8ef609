"""A verb of saying after "and" goes on with the report, not with the act it reports.

In "Mayor Ivo Moss said the rebels had shelled Orsk and demanded an inquiry" the second
predicate could share the subject of "had shelled" (the nearest) or of "said". A verb of saying
joined to a reported act goes on with the one who reports; joined to another verb of saying, or
in a sentence with no report around it, it shares the nearest subject as before.

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

ROWS = [
    (
        "Mayor Ivo Moss said the rebels had shelled Orsk and demanded an inquiry.",
        [("said", "Mayor Ivo Moss"), ("demanded", "Mayor Ivo Moss")],
    ),
    (
        "The Kell ministry said Tarn troops were massing at the border and warned of a new "
        "offensive.",
        [("said", "The Kell ministry"), ("warned", "The Kell ministry")],
    ),
    (
        "Senator Ana Lind said that Tomas Varga had lied and argued that the levy would fail.",
        [("said", "Senator Ana Lind"), ("argued", "Senator Ana Lind")],
    ),
    # a verb of saying after one: the nearest speaker goes on
    (
        "Lind said Varga had told reporters the levy was fair and insisted it would pass.",
        [("said", "Lind"), ("told", "Varga"), ("insisted", "Varga")],
    ),
    # an act in a time clause after the report is no part of what was reported
    (
        "Forty people died, Gov. Ana Lind announced, hours after President Tomas Varga toured "
        "the island and praised local officials.",
        [("announced", "Gov. Ana Lind"), ("praised", "President Tomas Varga")],
    ),
    # no report around the act: its subject says it
    (
        "Varga visited Orsk on Monday and said the dam would hold.",
        [("said", "Varga")],
    ),
    (
        "The minister toured the site and warned that the toll would rise.",
        [("warned", "The minister")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_the_spacy_backend_reads_the_same(
    spacy_sources_of: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert spacy_sources_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Forty people died, Gov. Ana Lind announced, hours after President Tomas Varga toured "
        "the island.",
        "Forty people died, Gov. Ana Lind announced, two days before the vote.",
        "Forty people died, Gov. Ana Lind announced, after the storm hit the coast.",
    ],
)
def test_a_time_after_the_report_is_not_what_it_says(statements_of: Any, text: str) -> None:
    assert statements_of(text)[0] == ("announced", "Gov. Ana Lind", "Forty people died")
