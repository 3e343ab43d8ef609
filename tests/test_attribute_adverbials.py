"""What a verb of saying reports past an adverbial clause, and after a mistyped closing mark.

"Lind said because the levy is popular, the council will keep it": the reported clause opens
with an adverbial clause of its own. "Maro said before attending the hearing that ...", "Ruiz
said - on the radio, as it happens - that ...": the adverbial is the saying's, and what was
said follows "that". A quotation closed by a mistyped opening mark ('"Not yet,\u201c he said')
is still the speaker's.

Invented sentences; each row: the text, then (cue, source, content) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

ROWS = [
    (
        "Lind said because the levy is popular, the council will keep it.",
        [("said", "Lind", "because the levy is popular, the council will keep it")],
    ),
    (
        "Ruiz said when the rain stops, the crews will return to Tarn.",
        [("said", "Ruiz", "when the rain stops, the crews will return to Tarn")],
    ),
    (
        "Maro said before attending the hearing that the count was wrong.",
        [("said", "Maro", "the count was wrong")],
    ),
    (
        "Ruiz said \u2014 on the radio, as it happens \u2014 that the dam was safe.",
        [("said", "Ruiz", "the dam was safe")],
    ),
    (
        "\u201cIt is unusual,\u201c said Dana Kell, an attorney in Tarn.",
        [("said", "Dana Kell", "\u201cIt is unusual,\u201c")],
    ),
    # the subject's apposition closes with a comma right before the verb: no aside
    (
        "Ines Varga, head of the Kell clinic, told reporters after visiting the ward that "
        "12 people had been hurt.",
        [("told", "Ines Varga", "12 people had been hurt")],
    ),
    (
        "Tomas Berg, the region's governor, said while touring the camp that the levee held.",
        [("said", "Tomas Berg", "the levee held")],
    ),
    (
        "Ada Pell, 61, said before the vote that the count was wrong.",
        [("said", "Ada Pell", "the count was wrong")],
    ),
    (
        "The council, which met on Monday, said after the session that the road would reopen.",
        [("said", "The council", "the road would reopen")],
    ),
    # a verb in the aside itself is still the aside's
    (
        "The plan, Lund said after the hearing, would fail.",
        [("said", "Lund", "would fail")],
    ),
    # "a ..." after a name that is an object is no apposition of it: the closing source
    (
        "Forty people died in Orsk, a police spokesman said.",
        [("said", "a police spokesman", "Forty people died in Orsk")],
    ),
    (
        "The army shelled Orsk, a local official said.",
        [("said", "a local official", "The army shelled Orsk")],
    ),
    (
        "Ana Ruiz, a nurse at the clinic, said 40 had died.",
        [("said", "Ana Ruiz", "40 had died")],
    ),
    # a noun phrase after a closing source sums up what was said: the content is before
    (
        "The toll rose to 94 on Monday, and 22 were still missing, Kell officials said, a sign "
        "that the search is nearing its end.",
        [("said", "Kell officials", "The toll rose to 94 on Monday, and 22 were still missing")],
    ),
    (
        "The toll rose to 40, the ministry said, an increase of 12 on the day.",
        [("said", "the ministry", "The toll rose to 40")],
    ),
    (
        "The ministry said, a truce that both sides wanted would start on Monday.",
        [("said", "The ministry", "a truce that both sides wanted would start on Monday")],
    ),
    # an adverbial clause that ends the sentence is no content
    ("Lind spoke because the levy is popular.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_contents(text: str, expected: list[tuple[str, str, str]], statements_of: Any) -> None:
    assert statements_of(text) == expected
