"""Document's desk fields, one rule for dates, and InputError for what is not claims."""

from __future__ import annotations

import datetime as dt

import pytest

import claimtrack
from claimtrack import Claim, Document, InputError
from claimtrack.model import parse_published


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-02-03", dt.date(2024, 2, 3)),
        ("2024-02-03T10:00:00Z", dt.date(2024, 2, 3)),
        ("2024-02-03T10:00:00+02:00", dt.date(2024, 2, 3)),
        # The day as written in its own zone, not converted to UTC.
        ("2024-02-03T23:30:00-05:00", dt.date(2024, 2, 3)),
        ("2024-02-03T00:30:00+09:00", dt.date(2024, 2, 3)),
        ("2024-02-03 10:00", dt.date(2024, 2, 3)),
        ("2024-02-03T10:00:00.123456Z", dt.date(2024, 2, 3)),
        (" 2024-02-03 ", dt.date(2024, 2, 3)),
        (dt.datetime(2024, 2, 3, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
         dt.date(2024, 2, 3)),
        (dt.date(2024, 2, 3), dt.date(2024, 2, 3)),
        (None, None),
    ],
)  # fmt: skip
def test_one_rule_for_dates(given: object, expected: dt.date | None) -> None:
    assert parse_published(given) == expected
    assert Document(text="x", published=given).published == expected
    assert claimtrack.extract("12 people were killed.", published=given) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad", ["30/11/2023", "2023-02-30", "2024-02-03T25:00", "20240203", "Feb 3", 20240203, 3.5]
)
def test_bad_dates_are_input_errors(bad: object) -> None:
    with pytest.raises(InputError, match='ISO string like "2023-11-30"'):
        parse_published(bad)
    with pytest.raises(InputError, match="Document: published: published must be"):
        Document(text="x", published=bad)


def test_document_desk_fields() -> None:
    doc = Document(
        text="A.", url="https://x.example/a", title="A", authors=("Ana Rui",), meta={"k": [1]}
    )
    assert (doc.url, doc.title, doc.authors, doc.meta) == (
        "https://x.example/a",
        "A",
        ("Ana Rui",),
        {"k": [1]},
    )
    with pytest.raises(InputError, match="Document: text: Input should be a valid string"):
        Document(text=3)
    with pytest.raises(InputError, match="Document: nickname: Extra inputs are not permitted"):
        Document(text="A.", nickname="x")


def test_claims_carry_their_article() -> None:
    doc = Document(
        text="Officials said on Friday that 8 people were killed.",
        published="2030-01-04T09:00:00+01:00",
        source="Wire",
        doc_id="w1",
        url="https://wire.example/1",
        title="Eight killed",
    )
    claims = claimtrack.extract(doc)
    assert claims
    for claim in claims:
        assert (claim.doc_id, claim.source, claim.url, claim.title, claim.published) == (
            "w1",
            "Wire",
            "https://wire.example/1",
            "Eight killed",
            dt.date(2030, 1, 4),
        )
        assert Claim.model_validate(claim.model_dump(mode="json")) == claim


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("not claims", "expects claims .*got str"),
        (b"bytes", "got bytes"),
        (42, "got int"),
        (None, "got NoneType"),
        ({"id": "a"}, "got dict"),
        ([None], "item 0 is NoneType"),
        ([{"id": "a"}], r"item 0 is dict; read JSON with Claim.model_validate\(row\)"),
        (["x"], "item 0 is str"),
    ],
)
def test_reconcile_wants_claims(given: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        claimtrack.reconcile(given)  # type: ignore[arg-type]


def test_reconcile_takes_a_flag_as_bad_input() -> None:
    claims = claimtrack.extract(
        "Officials said on Friday that 8 people were killed.", published="2030-01-04"
    )
    later = claimtrack.extract(
        "Officials said on Sunday that 13 people were killed.", published="2030-01-06", doc_id="b"
    )
    flags = claimtrack.reconcile([*claims, *later])
    assert flags
    with pytest.raises(InputError, match="item 0 is Flag"):
        claimtrack.reconcile(flags)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="got Flag"):
        claimtrack.reconcile(flags[0])  # type: ignore[arg-type]


def test_documents_stay_hashable() -> None:
    a = Document(text="A.", doc_id="a", meta={"tags": ["x"]})
    b = Document(text="A.", doc_id="a", meta={"tags": ["x"]})
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b, Document(text="B.")}) == 2
