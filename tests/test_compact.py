"""Claims hold shared pieces once (compact.py) without any change to their values or JSON."""

from __future__ import annotations

from claimtrack import Claim, extract
from claimtrack.compact import Interner, share_field_sets
from claimtrack.model import Who

TEXT = (
    "The Orvane Health Ministry said 14 people were killed and 52 were injured in Pellucca. "
    "On Tuesday the Orvane Health Ministry said 9 people were missing. "
    "Mayor Dita Sarnow said 300 families had been displaced, and 41 people were hurt."
)


def claims() -> list[Claim]:
    return extract(TEXT, published="2025-04-02", doc_id="c1")


def test_claims_of_one_sentence_share_their_evidence_string() -> None:
    figures = [c for c in claims() if c.kind == "figure"]
    first = [c for c in figures if c.span == figures[0].span]
    assert len(first) >= 2
    assert all(c.text is first[0].text for c in first)
    assert TEXT[first[0].span[0] : first[0].span[1]] == first[0].text


def test_equal_sources_are_one_object() -> None:
    found = [c.who for c in claims() if c.who is not None and c.who.name.endswith("Ministry")]
    assert len(found) >= 2
    assert len({id(w) for w in found}) < len(found)
    for w in found:
        same = [v for v in found if v == w]
        assert all(v is same[0] for v in same)


def test_models_of_one_shape_share_their_field_set_and_keep_their_json() -> None:
    got = claims()
    sets = {id(c.__pydantic_fields_set__) for c in got}
    assert len(sets) < len(got)
    for c in got:
        fresh = Claim.model_validate(c.model_dump(mode="json"))
        assert fresh == c
        assert fresh.model_dump_json() == c.model_dump_json()


def test_a_copy_with_an_update_leaves_the_shared_set_alone() -> None:
    a, b = (c for c in claims() if c.kind == "figure" and c.span == claims()[1].span)
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    before = set(b.model_fields_set)
    a.model_copy(update={"what": "changed"})
    assert b.model_fields_set == before


def test_share_field_sets_reaches_parts_inside_tuples() -> None:
    one = Who(name="Ena Volk", canonical="ena volk", text="Volk", span=(0, 4))
    two = Who(name="Ena Volk", canonical="ena volk", text="Volk", span=(0, 4))
    assert one.__pydantic_fields_set__ is not two.__pydantic_fields_set__
    share_field_sets(one)
    share_field_sets(two)
    assert one.__pydantic_fields_set__ is two.__pydantic_fields_set__


def test_interner_cuts_each_span_once() -> None:
    shared = Interner("abcdef")
    assert shared.cut((1, 4)) == "bcd"
    assert shared.cut((1, 4)) is shared.cut((1, 4))
    assert shared.who(None) is None


def test_collector_paused_only_while_reading_and_restored() -> None:
    import gc

    from claimtrack.compact import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller who turned it off keeps it off
    finally:
        gc.enable()


def test_extract_leaves_the_collector_on() -> None:
    import gc

    import pytest

    from claimtrack import ClaimtrackError, extract

    extract("Officials said 12 people died.")
    assert gc.isenabled()
    with pytest.raises(ClaimtrackError):
        extract(b"bytes")  # type: ignore[arg-type]
    assert gc.isenabled()
