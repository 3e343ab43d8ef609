"""Jupyter's HTML for claims, flags, their lists and tracks: compact, escaped, marked."""

from __future__ import annotations

from html.parser import HTMLParser

import claimtrack
from claimtrack import Claim, Document
from claimtrack.model import ClaimList, FlagList
from claimtrack.notebook import MAX_ROWS, mark_span
from claimtrack.reconcile.track import CountTrack, StanceTrack, build_tracks

TEXTS = [
    ("2030-01-04", "Officials said on Friday that 8 people were killed & <b>3</b> injured."),
    ("2030-01-06", "Officials said on Sunday that 13 people were killed."),
    ("2030-01-06", "Minister Ola Brant said on Sunday she supports a ceasefire."),
    ("2030-01-08", "Minister Ola Brant said on Tuesday she opposes a ceasefire."),
]


def claims() -> ClaimList:
    found = ClaimList()
    for n, (day, text) in enumerate(TEXTS):
        found += claimtrack.extract(Document(text=text, published=day, doc_id=f"n{n}"))
    return found


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def tags(page: str) -> list[str]:
    parser = Tags()
    parser.feed(page)
    return parser.tags


def test_extract_and_reconcile_return_renderable_lists() -> None:
    found = claimtrack.extract(TEXTS[0][1], published=TEXTS[0][0])
    assert isinstance(found, ClaimList)
    assert isinstance(found, list)
    assert isinstance(claimtrack.reconcile(found), FlagList)


def test_claim_html_is_escaped_and_marks_the_figure() -> None:
    figure = next(c for c in claims() if c.figure is not None and c.figure.value == 8)
    page = figure._repr_html_()
    assert "<b>3</b>" not in page
    assert "&lt;b&gt;3&lt;/b&gt;" in page
    assert "<mark>8 people</mark>" in page  # the figure as written
    assert "table" in tags(page)


def test_stance_and_statement_marks() -> None:
    for claim in claims():
        where = mark_span(claim)
        if claim.stance is not None or claim.attribution is not None:
            assert where is not None, claim.id
        if where is not None:
            assert 0 <= where[0] <= where[1] <= len(claim.text)


def test_list_html_is_compact() -> None:
    many = ClaimList(claims() * 30)
    page = many._repr_html_()
    assert page.count("<tr>") == MAX_ROWS + 1  # the header and the first rows
    assert f"and {len(many) - MAX_ROWS} more" in page
    assert len(page) < 60_000


def test_flags_and_tracks_render() -> None:
    found = claims()
    flags = claimtrack.reconcile(found)
    assert {f.kind for f in flags} == {"figure_increase", "stance_shift"}
    assert "increase" in flags._repr_html_()
    assert flags[0]._repr_html_().count("<tr>") == 2
    tracks = build_tracks(found)
    count = next(t for t in tracks if isinstance(t, CountTrack))
    stance = next(t for t in tracks if isinstance(t, StanceTrack))
    assert "<svg" in count._repr_html_()
    assert "ceasefire" in stance._repr_html_()
    assert "<mark>" in stance._repr_html_()


def test_claim_is_still_a_plain_model() -> None:
    claim = claims()[0]
    assert Claim.model_validate(claim.model_dump(mode="json")) == claim
