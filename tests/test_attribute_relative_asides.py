"""A relative clause set off by commas may hold commas of its own; its antecedent speaks.

"Ms. Lind, who helped found Tarnwatch, an environmental group based in Orsk, said": the aside
before "said" lies inside the relative clause, which opens at ", who" (not past ", and", and not
when the aside follows the pronoun: "who, on a call Friday, criticized"). The object of a
relative clause's verb of judging is never the next verb's subject ("Republicans who have
praised his plan warned"). A verb form after a subject pronoun is a verb ("which he estimates").

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

ROWS = [
    (
        "Ms. Lind, who helped found Tarnwatch, an environmental group based in Orsk, said she "
        "did not condone violence.",
        [("said", "Ms. Lind")],
    ),
    (
        "Vice President Ana Lind, who was to travel to Orsk, Kell, on Wednesday to promote the "
        "rules, said they touched on a core issue.",
        [("said", "Vice President Ana Lind")],
    ),
    (
        "Even Republicans who have praised his plan warned on Tuesday that the party may split.",
        [("praised", "who"), ("warned", "Republicans")],
    ),
    (
        "Kell groups that have endorsed him say they back the levy.",
        [("endorsed", "that"), ("say", "Kell groups")],
    ),
    # the aside right after the pronoun, and an aside that is no relative's
    (
        "Her campaign's leaders, who, on a call Friday, criticized Varga, said the data was "
        "theirs.",
        [("criticized", "who"), ("said", "leaders")],
    ),
    (
        "In opposing the request, her lawyer, Tomas Varga, wrote in a filing that it was unfair.",
        [("wrote", "Tomas Varga")],
    ),
    ("Ana Lind, the mayor of Orsk, said the dam would hold.", [("said", "Ana Lind")]),
    # a verb form right after a subject pronoun is its verb, never a noun
    (
        "Tomas Lind will keep the deals, which he estimates will not expire for years.",
        [("estimates", "he")],
    ),
    ("The firm they run says the levy is unfair.", [("says", "The firm")]),
    ("A company he owns has charged the campaign for its flights.", [("charged", "A company")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected
