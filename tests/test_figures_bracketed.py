"""An aside in brackets after a count is skipped as one in commas is.

Every sentence is invented. "Nine people (including two children) were killed" counts nine
killed and two of them; "(mostly women)" is skipped to the predicate (assemble/figure_words.ASIDE,
govern._window_end). (Other words in brackets still end the clause: "Nine people (the
ministry said) were killed" gives no count, a known miss.)
"""

from __future__ import annotations

import pytest

from claimtrack import extract


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Nine people (including two children) were killed in Velk.", {9: "killed", 2: "killed"}),
        ("Nine people (six of them children) were killed in Velk.", {9: "killed", 6: "killed"}),
        ("Nine people (mostly women) were injured in Tesk.", {9: "injured"}),
        # as in commas
        ("Nine people, including two children, were killed in Velk.", {9: "killed", 2: "killed"}),
    ],
)
def test_a_bracketed_aside(text: str, counts: dict[int, str]) -> None:
    found = {
        int(c.figure.value): c.figure.category
        for c in extract(text)
        if c.figure is not None and c.figure.category is not None
    }
    assert found == counts
