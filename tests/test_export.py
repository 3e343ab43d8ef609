"""Flat records, CSV/TSV, the timeline, data frames and JSON-LD (claimtrack.export)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

import claimtrack
from claimtrack import Claim, InputError
from claimtrack.export import (
    CLAIM_COLUMNS,
    FLAG_COLUMNS,
    TableWriter,
    claim_record,
    flag_record,
    records,
    timeline_columns,
    timeline_rows,
    to_jsonld,
    to_pandas,
    to_polars,
)
from claimtrack.model import ClaimList, Document
from claimtrack.reconcile.track import build_tracks

# An invented story over three days: a toll revised upward, a second body's count that
# disagrees with it, and a place name with a comma and quotes to test the CSV quoting.
STORY = [
    (
        "2031-06-02",
        "Wave Radio",
        "The coastal authority said on Monday that 14 people had been killed.",
    ),
    (
        "2031-06-03",
        "Harbour Post",
        'The coastal authority said on Tuesday that 19 people had been killed. "We are still '
        'searching," a diver said. The Blue Crescent said on Tuesday that at least 30 had died.',
    ),
    (
        "2031-06-05",
        "Wave Radio",
        "The coastal authority said on Thursday that 22 people had been killed.",
    ),
]


def story() -> list[Claim]:
    claims: list[Claim] = []
    for n, (day, source, text) in enumerate(STORY):
        doc = Document(
            text=text,
            published=day,
            source=source,
            doc_id=f"s{n}",
            url=f"https://news.example/{n}?a=1&b=2",
            title=f'Storm, day {n + 1}: "update"',
        )
        claims += claimtrack.extract(doc)
    return claims


def test_claim_record_columns_and_values() -> None:
    claims = story()
    [first] = [c for c in claims if c.figure is not None][:1]
    row = claim_record(first)
    assert tuple(row) == CLAIM_COLUMNS
    assert row["document"] == "s0"
    assert row["source"] == "Wave Radio"
    assert row["published"] == dt.date(2031, 6, 2)
    assert row["value"] == 14
    assert row["category"] == "killed"
    assert row["date"] == dt.date(2031, 6, 2)
    assert row["url"] == "https://news.example/0?a=1&b=2"
    text = STORY[0][2]
    assert text[row["start"] : row["end"]] == row["evidence"]


def test_flag_record_carries_both_readings() -> None:
    flags = claimtrack.reconcile(story())
    assert {f.kind for f in flags} >= {"figure_increase", "figure_conflict"}
    rise = next(f for f in flags if f.kind == "figure_increase")
    row = flag_record(rise)
    assert tuple(row) == FLAG_COLUMNS
    assert (row["before_value"], row["after_value"]) == (14, 19)
    assert row["before_source"] == "Wave Radio"
    assert row["after_source"] == "Harbour Post"
    assert row["category"] == "killed"


def test_records_refuse_a_mix() -> None:
    claims = story()
    flags = claimtrack.reconcile(claims)
    assert records(claims)[0] == CLAIM_COLUMNS
    assert records(flags)[0] == FLAG_COLUMNS
    with pytest.raises(InputError, match="claims or flags"):
        records([claims[0], flags[0]])
    with pytest.raises(InputError, match="claims or flags"):
        records(["text"])  # type: ignore[list-item]


@pytest.mark.parametrize(("delimiter", "excel"), [(",", False), ("\t", False), (",", True)])
def test_table_writer_round_trips(delimiter: str, excel: bool) -> None:
    claims = story()
    out = io.StringIO()
    TableWriter(out, CLAIM_COLUMNS, delimiter=delimiter, excel=excel).write(
        claim_record(c) for c in claims
    )
    text = out.getvalue()
    assert text.startswith("\ufeff") == excel
    assert ("\r\n" in text) == excel
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))
    assert [r["id"] for r in rows] == [c.id for c in claims]
    assert all(r["title"].endswith('"update"') for r in rows)  # quotes and commas survive
    assert {r["published"] for r in rows} == {"2031-06-02", "2031-06-03", "2031-06-05"}
    assert any(r["value"] == "" for r in rows)  # None is an empty cell


def test_timeline_rows_one_count_is_datawrapper_shaped() -> None:
    tracks = build_tracks(story())
    rows = timeline_rows(tracks, count="death toll")
    columns = timeline_columns(rows)
    assert columns[0] == "date"
    assert "count" not in columns
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    for row in rows:
        assert all(isinstance(v, (int, float)) for k, v in row.items() if k != "date")
    office = [r.get(columns[1]) for r in rows]
    assert office == [14, 19, 22]


def test_timeline_all_counts_and_unknown_count() -> None:
    tracks = build_tracks(story())
    rows = timeline_rows(tracks)
    assert all("count" in r for r in rows)
    assert timeline_columns(rows)[:2] == ["date", "count"]
    with pytest.raises(InputError, match="no count named 'tolls'; the counts are: 'death toll'"):
        timeline_rows(tracks, count="tolls")


def test_to_pandas_types() -> None:
    pytest.importorskip("pandas", reason="pandas is the claimtrack[pandas] extra")
    frame = ClaimList(story()).to_pandas()
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert frame["date"].dtype.kind == "M"
    assert frame["value"].dtype.kind in "if"
    flags = claimtrack.reconcile(story()).to_pandas()
    assert list(flags.columns) == list(FLAG_COLUMNS)
    assert flags["after_date"].dtype.kind == "M"


def test_to_polars_types() -> None:
    pl = pytest.importorskip("polars", reason="polars is the claimtrack[polars] extra")
    frame = to_polars(story())
    assert frame.columns == list(CLAIM_COLUMNS)
    assert frame.schema["date"] == pl.Date
    assert frame.schema["value"] == pl.Float64
    assert frame.schema["start"] == pl.Int64


def test_data_frames_without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def no_frames(name: str, *args: object, **kwargs: object) -> object:
        if name in ("pandas", "polars"):
            raise ImportError(name)
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_frames)
    with pytest.raises(InputError, match=r"pip install 'claimtrack\[pandas\]'"):
        to_pandas(story())
    with pytest.raises(InputError, match=r"pip install 'claimtrack\[polars\]'"):
        to_polars(story())


def test_jsonld_nodes_and_relations() -> None:
    claims = story()
    flags = claimtrack.reconcile(claims)
    graph = json.loads(json.dumps(to_jsonld(claims, flags)))
    nodes = {n["identifier"]: n for n in graph["@graph"]}
    assert len(nodes) == len(claims)
    node = nodes[claims[0].id]
    assert node["@type"] == "Claim"
    assert node["appearance"]["url"] == "https://news.example/0?a=1&b=2"
    assert node["appearance"]["datePublished"] == "2031-06-02"
    assert node["appearance"]["publisher"]["name"] == "Wave Radio"
    for flag in flags:
        relation = "cito:disagreesWith" if flag.kind == "figure_conflict" else "prov:wasRevisionOf"
        before = nodes[flag.before.id]["@id"]
        assert before in nodes[flag.after.id][relation]
        assert before.startswith("https://news.example/")
