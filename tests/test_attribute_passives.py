"""A participle of saying or judging with its agent after "by": the agent's, not the noun's.

"The levy, opposed by most farmers, was dropped": the farmers oppose the levy (before: the
levy opposed "was dropped"). "said by telephone" keeps its active reading: no one is named
after "by". A finite passive ("The plan was criticized by Ruiz") is left alone.

Invented sentences; each row: the text, then (cue, source, content) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

ROWS = [
    (
        "The levy, opposed by most farmers, was dropped.",
        [("opposed", "most farmers", "The levy")],
    ),
    (
        "The bill, strongly endorsed by the Kell Union, passed on Monday.",
        [("endorsed", "the Kell Union", "The bill")],
    ),
    # no one named after "by", or a means: the active verb as before
    (
        "Ruiz said by telephone that the dam was safe.",
        [("said", "Ruiz", "the dam was safe")],
    ),
    ("The plan was criticized by Monday.", []),
    ("The dam was built by the Kell Union.", []),
    # a finite passive: left alone
    ("The plan was criticized by Ruiz as reckless.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_contents(text: str, expected: list[tuple[str, str, str]], statements_of: Any) -> None:
    assert statements_of(text) == expected
