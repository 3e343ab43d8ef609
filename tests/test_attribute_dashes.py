"""Dashes that set a stretch off, typed as one mark or as two hyphens.

News typed on a keyboard writes the em dash as "--": it is one token, and reads as the em dash
does. A pair of dashes sets off an aside; the verb right after the closing dash is the
subject's own ("Tomas Berg -- who led the rescue -- said ..."), as the verb after an
apposition's closing comma is ("Ines Varga, head of the clinic, said ...").

Invented sentences; each row: the text, then (cue, source, content) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimtrack
from claimtrack.text.tokens import tokenize

ROWS = [
    (
        "The flood killed 40 people -- officials said.",
        [("said", "officials", "The flood killed 40 people")],
    ),
    (
        "The flood killed 40 people \u2014 officials said.",
        [("said", "officials", "The flood killed 40 people")],
    ),
    (
        "Tomas Berg -- who led the rescue in 2019 -- said 40 people had died.",
        [("said", "Tomas Berg", "40 people had died")],
    ),
    (
        "The mayor \u2014 who lost her own home \u2014 said 14 people had died.",
        [("said", "The mayor", "14 people had died")],
    ),
    (
        "Ines Varga, who runs the Kell clinic -- said 12 people were hurt.",
        [("said", "Ines Varga", "12 people were hurt")],
    ),
    (
        "Forty people died -- officials said on Friday -- in the flood.",
        [("said", "officials", "Forty people died")],
    ),
    # the verb inside the pair is the aside's own, as between commas
    ("The levee -- the engineers said -- would hold.", [("said", "the engineers", "would hold")]),
    # a hyphen inside a name is no dash
    ("Ana Lind-Berg said 12 people were hurt.", [("said", "Ana Lind-Berg", "12 people were hurt")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_statements(text: str, expected: list[tuple[str, str, str]], statements_of: Any) -> None:
    assert statements_of(text) == expected


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The flood killed 40 people -- officials said.", "officials"),
        ("Tomas Berg -- who led the rescue in 2019 -- said 40 people had died.", "Tomas Berg"),
    ],
)
def test_the_figure_is_the_speakers(text: str, who: str) -> None:
    (figure,) = [c for c in claimtrack.extract(text) if c.kind == "figure"]
    assert figure.who is not None
    assert figure.who.text == who


def test_two_hyphens_are_one_token() -> None:
    text = "Berg -- who led it -- said well-known things."
    assert [t.text for t in tokenize(text, (0, len(text)))] == [
        "Berg", "--", "who", "led", "it", "--", "said", "well-known", "things", ".",
    ]  # fmt: skip
