"""Quotation marks paired within a paragraph, including a closing mark typed as an opening one.

"“The port is unsafe,“ said Lind": a curly opening mark right after the quotation's last
punctuation, before a space, closes it. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.text.segment import find_quotations


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“The port is unsafe,“ said Tomas Lind.", ["The port is unsafe,"]),
        (
            "“The port is unsafe,“ said Lind. “We will act.”",
            ["The port is unsafe,", "We will act."],
        ),
        ("“We will act.“ Lind left the room.", ["We will act."]),
        # an opening mark after a space opens a new quotation: the first was unbalanced
        ("“The port “is unsafe” said Lind.", ["is unsafe"]),
        ("“The port is unsafe,” said Tomas Lind.", ["The port is unsafe,"]),
    ],
)
def test_quotations_are_paired(text: str, quoted: list[str]) -> None:
    quotes = find_quotations(text)
    assert [q.text for q in quotes] == quoted
    assert all(text[q.span[0] : q.span[1]] == q.text for q in quotes)


def test_a_quotation_of_several_paragraphs_runs_on() -> None:
    # news leaves a quoted paragraph open when the next opens with a quotation mark again
    text = (
        '"We found 40 bodies," said Ana Ruiz. "At least 12 people are still missing.\n\n'
        '"We will not stop."\n\nRuiz left.'
    )
    assert [q.text for q in find_quotations(text)] == [
        "We found 40 bodies,",
        "At least 12 people are still missing.",
        "We will not stop.",
    ]
    figures = {
        c.figure.value: c.who.name if c.who else None
        for c in claimtrack.extract(text)
        if c.figure is not None
    }
    assert figures == {40: "Ana Ruiz", 12: "Ana Ruiz"}


def test_an_unclosed_mark_before_a_paragraph_without_one_is_no_quotation() -> None:
    text = 'He said "we found 40 bodies.\n\nThe rescue went on.'
    assert find_quotations(text) == []
