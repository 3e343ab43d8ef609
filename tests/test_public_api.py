"""The public surface: ``claimtrack.__all__`` and the keys of the contract (API.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import claimtrack
from claimtrack import Claim, ClaimtrackError, Flag, InputError, LexiconError
from claimtrack.model import DateRange, Figure, Scope, Stance, Who

# Changing this list is an API change: update docs/api.md and CHANGELOG.md with it.
PUBLIC = [
    "Claim",
    "ClaimtrackError",
    "CountTrack",
    "DateRange",
    "Document",
    "Flag",
    "InputError",
    "InternalError",
    "Lexicon",
    "LexiconError",
    "StanceTrack",
    "Tracker",
    "build_tracks",
    "extract",
    "extract_many",
    "find_dates",
    "load_lexicon",
    "reconcile",
]


def test_all_is_pinned_and_sorted() -> None:
    assert claimtrack.__all__ == PUBLIC
    assert sorted(claimtrack.__all__) == claimtrack.__all__


def test_every_public_name_exists() -> None:
    for name in claimtrack.__all__:
        assert getattr(claimtrack, name, None) is not None, name


def test_error_tree() -> None:
    assert issubclass(InputError, ClaimtrackError)
    assert issubclass(InputError, ValueError)
    assert issubclass(LexiconError, ClaimtrackError)
    assert not issubclass(LexiconError, ValueError)


def resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` and the ``anyOf [X, null]`` of optional fields to X's object schema."""
    if "$ref" in node:
        return resolve(schema, schema["$defs"][node["$ref"].rsplit("/", 1)[-1]])
    for option in node.get("anyOf", []):
        if option.get("type") != "null":
            return resolve(schema, option)
    return node


def test_claim_schema_has_the_contract_keys() -> None:
    schema = Claim.model_json_schema()
    props = schema["properties"]
    assert {"id", "doc_id", "kind", "who", "what", "figure", "date", "stance", "text", "span"} <= (
        props.keys()
    )
    assert set(props["kind"]["enum"]) == {"figure", "stance", "statement"}
    assert "name" in resolve(schema, props["who"])["properties"]
    figure = resolve(schema, props["figure"])["properties"]
    assert {"value", "low", "high", "qualifier", "category", "text"} <= figure.keys()
    assert set(figure["qualifier"]["enum"]) == {
        "exact", "more_than", "at_least", "about", "nearly", "up_to", "fewer_than", "vague",
        "range",
    }  # fmt: skip
    assert {"start", "end"} <= resolve(schema, props["date"])["properties"].keys()
    stance = resolve(schema, props["stance"])["properties"]
    assert {"topic", "polarity"} <= stance.keys()
    assert set(stance["polarity"]["enum"]) == {"support", "oppose", "neutral"}


def test_flag_schema_has_the_contract_keys() -> None:
    props = Flag.model_json_schema()["properties"]
    assert {"kind", "before", "after", "explanation"} <= props.keys()
    assert set(props["kind"]["enum"]) == {
        "figure_increase", "figure_decrease", "figure_conflict", "stance_shift",
    }  # fmt: skip


def full_claim(start: int = 0, doc_id: str = "004") -> Claim:
    text = "Kirby said about 35,000 people were killed on Thursday."
    return Claim(
        id=f"{doc_id}-{start}",
        doc_id=doc_id,
        source="Shafaq News",
        kind="figure",
        who=Who(name="John Kirby", canonical="john kirby", title="spokesperson", text="Kirby",
                span=(start, start + 5)),
        what="about 35,000 killed",
        figure=Figure(value=35000, low=None, high=None, qualifier="about", category="killed",
                      text="about 35,000", span=(start + 11, start + 23),
                      scope=Scope(place="Gaza")),
        date=DateRange(start=dt.date(2024, 5, 9), end=dt.date(2024, 5, 9), text="Thursday",
                       span=(start + 46, start + 54)),
        stance=Stance(topic="rafah_offensive", polarity="oppose", cue="does not want"),
        hedges=("reportedly",),
        text=text,
        span=(start, start + len(text)),
    )  # fmt: skip


def test_claim_round_trips_through_json() -> None:
    claim = full_claim()
    dumped = claim.model_dump(mode="json")
    assert dumped["span"] == [0, len(claim.text)]
    assert dumped["date"]["start"] == "2024-05-09"
    assert Claim.model_validate(dumped) == claim
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


def test_flag_round_trips_through_json() -> None:
    flag = Flag(
        kind="figure_increase",
        before=full_claim(0, "003"),
        after=full_claim(0, "004"),
        explanation="The count rose.",
    )
    assert Flag.model_validate(flag.model_dump(mode="json")) == flag


def test_extract_returns_a_list_of_claims() -> None:
    claims = claimtrack.extract(
        "Officials said 12 people were killed.", published="2024-05-09", doc_id="t"
    )
    assert isinstance(claims, list)
    assert all(isinstance(c, Claim) for c in claims)
    assert isinstance(claimtrack.reconcile(claims), list)
