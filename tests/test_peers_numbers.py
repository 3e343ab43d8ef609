"""Conformance with other number parsers' test data (shared/peers, see its README.md).

* Recognizers-Text ``Specs/Number/English/NumberModel.json``, the "integer subset": every
  expected result is a non-negative integer (subtype ``integer`` or none) and the case is not
  ``NotSupportedByDesign`` for python. Cases with results are compared as the list of
  (number as written, lower-cased; value); the ``Results: []`` cases are negatives.
* quantulum3 ``quantities.json``, the "dimensionless subset" (every expected quantity has unit
  ``dimensionless`` and a non-negative integer value), compared as the list of values; its
  ``"res": []`` cases are negatives for figures (no casualty count may come out of them).

Deliberate differences are listed with their reason in ``DIFFERENT`` (the test then checks our
answer); other misses are strict xfails in ``KNOWN_MISSES``, so a fix shows up as XPASS.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimtrack.assemble.figures import find_figures
from claimtrack.find.numbers import find_numbers
from claimtrack.lexicon import load_lexicon

PEERS = Path(__file__).parents[1].parent / "shared" / "peers"
PEER_SKIP = (
    "the peer parsers' conformance data is not in this copy of claimtrack "
    "(the development checkout runs it)"
)
RECOGNIZERS = PEERS / "recognizers-text" / "Specs" / "Number" / "English" / "NumberModel.json"
QUANTULUM = PEERS / "quantulum3" / "quantulum3" / "_lang" / "en_US" / "tests" / "quantities.json"
LEX = load_lexicon()

# input -> (what claimtrack gives instead, why)
DIFFERENT: dict[str, tuple[list[Any], str]] = {
    "1m isn't a number.": (
        [("1m", 1000000)],
        'News writes millions as "2.3m" and "$1m"; claimtrack reads a glued "m" as million.',
    ),
    "In some countries you can write 5.00 or 5,00.": (
        [("5.00", 5), ("5", 5), ("00", 0)],
        "English news uses the comma only between groups of three digits; no decimal comma.",
    ),
}

# input -> why claimtrack misses it (strict xfail)
KNOWN_MISSES: dict[str, str] = {
    " half a  dozen": (
        'Named-list phrases match single spaces only: "half a dozen" with two spaces.'
    ),
    "Hubble images of the non-standard object SCP 06F6, behind galaxy cluster MACS J1149.5+6663, "
    "were sharper than any taken since the passage of Voyager 2 in 1979": (
        'Parts of a catalogue code after "." and "+" ("J1149.5+6663") read as numbers.'
    ),
}


def _load(path: Path) -> Any:
    if not path.is_file():
        pytest.skip(PEER_SKIP)
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _integer_subset() -> list[dict[str, Any]]:
    if not RECOGNIZERS.is_file():
        return []
    cases = []
    for case in json.loads(RECOGNIZERS.read_text(encoding="utf-8-sig")):
        if "python" in (case.get("NotSupportedByDesign") or "").casefold():
            continue
        values = [r.get("Resolution", {}) for r in case["Results"]]
        if all(
            v.get("subtype") in (None, "integer") and str(v.get("value", "")).isdigit()
            for v in values
        ):
            cases.append(case)
    return cases


def _dimensionless_subset() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if not QUANTULUM.is_file():
        return [], []
    data = json.loads(QUANTULUM.read_text(encoding="utf-8-sig"))
    positives = [
        c
        for c in data
        if c["res"]
        and all(
            r.get("unit") == "dimensionless"
            and isinstance(r.get("value"), (int, float))
            and r["value"] >= 0
            and float(r["value"]).is_integer()
            for r in c["res"]
        )
    ]
    return positives, [c for c in data if not c["res"]]


def _param(case_input: str, expected: Any) -> Any:
    marks = []
    if case_input in KNOWN_MISSES:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case_input]))
    return pytest.param(case_input, expected, id=case_input[:40], marks=marks)


INTEGER = _integer_subset()
POSITIVES = [c for c in INTEGER if c["Results"]]
NEGATIVES = [c for c in INTEGER if not c["Results"]]
QUANTITIES, QUANTITY_NEGATIVES = _dimensionless_subset()


def ours(text: str) -> list[tuple[str, int | float]]:
    return [
        (text[m.number_span[0] : m.number_span[1]].casefold(), m.value)
        for m in find_numbers(text, LEX)
    ]


def _check(case_input: str, expected: list[Any]) -> None:
    if case_input in DIFFERENT:
        expected = DIFFERENT[case_input][0]
    assert ours(case_input) == expected


@pytest.mark.skipif(not PEERS.is_dir(), reason=PEER_SKIP)
@pytest.mark.parametrize(
    ("case_input", "expected"),
    [
        _param(c["Input"], [(r["Text"], int(r["Resolution"]["value"])) for r in c["Results"]])
        for c in POSITIVES
    ],
)
def test_recognizers_integer(case_input: str, expected: list[tuple[str, int]]) -> None:
    _check(case_input, expected)


@pytest.mark.skipif(not PEERS.is_dir(), reason=PEER_SKIP)
@pytest.mark.parametrize(("case_input", "expected"), [_param(c["Input"], []) for c in NEGATIVES])
def test_recognizers_negative(case_input: str, expected: list[Any]) -> None:
    _check(case_input, expected)


@pytest.mark.skipif(not PEERS.is_dir(), reason=PEER_SKIP)
@pytest.mark.parametrize(
    ("case_input", "expected"),
    [_param(c["req"], [int(r["value"]) for r in c["res"]]) for c in QUANTITIES],
)
def test_quantulum_dimensionless(case_input: str, expected: list[int]) -> None:
    assert [value for _, value in ours(case_input)] == expected


@pytest.mark.skipif(not PEERS.is_dir(), reason=PEER_SKIP)
@pytest.mark.parametrize(
    "case_input", [pytest.param(c["req"], id=c["req"][:40]) for c in QUANTITY_NEGATIVES]
)
def test_quantulum_negatives_give_no_casualty_figure(case_input: str) -> None:
    found = find_figures(case_input, (0, len(case_input)), find_numbers(case_input, LEX), LEX)
    assert [f.text for f in found if f.category] == []


def test_subset_sizes() -> None:
    """The subsets described in shared/peers/README.md, so a changed data file is noticed."""
    _load(RECOGNIZERS)
    assert (len(POSITIVES), len(NEGATIVES)) == (85, 18)
    assert len(QUANTITIES) == 13


def test_every_difference_is_in_the_data() -> None:
    _load(RECOGNIZERS)
    inputs = {c["Input"] for c in INTEGER} | {c["req"] for c in (*QUANTITIES, *QUANTITY_NEGATIVES)}
    assert set(DIFFERENT) <= inputs
    assert set(KNOWN_MISSES) <= inputs
