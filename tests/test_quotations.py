"""Quotation marks paired within a paragraph, including a closing mark typed as an opening one.

"“The port is unsafe,“ said Lind": a curly opening mark right after the quotation's last
punctuation, before a space, closes it. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

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
