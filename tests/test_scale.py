"""claimtrack.scale: flags computed group by group equal reconcile's, whatever the partitioning.

The LocalCluster test is in test_scale_cluster.py; these run Dask's synchronous scheduler.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Claim, InputError, reconcile
from claimtrack.model import DateRange, Figure, Scope, Stance, Who
from claimtrack.reconcile.counts import group_keys
from claimtrack.scale import (
    MissingExtraError,
    collect_flags,
    extract_bag,
    news_documents,
    read_claims,
    read_jsonl,
    reconcile_bag,
    reconcile_partitioned,
    write_jsonl,
    write_parquet,
)
from claimtrack.scale.bags import _need

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")

DAY = dt.date(2025, 3, 1)


def who(name: str, title: str | None = None) -> Who:
    kind = "organization" if name[:1].islower() or " " in name and "Net" in name else "person"
    return Who(name=name, canonical=name, kind=kind, title=title, text=name, span=(0, len(name)))


SOURCES = [
    None,
    who("Health Ministry"),
    who("Sarn Relief Network"),
    who("Ana Vell", "Mayor"),
    who("Vell"),
    who("Police"),
]
ACTORS = ["Ana Vell", "Vell", "Bo Vell", "Ivo Tark", "Tark"]


@st.composite
def figure_claims(draw: st.DrawFn, index: int) -> Claim:
    value = draw(st.integers(1, 600))
    offset = draw(st.sampled_from([0, 1, 2, 3, 5, 8, 400]))
    scope = Scope(
        place=draw(st.sampled_from([None, "Tarsk", "the Tarsk", "Velm", "across the country"])),
        event=draw(st.sampled_from([None, "the quake", "Tuesday's quake", "the flood", "Mira"])),
        period=draw(st.sampled_from([None, "since Monday", "in the first week"])),
        subgroup=draw(st.sampled_from([None, "children"])),
    )
    figure = Figure(
        value=value,
        qualifier=draw(st.sampled_from(["exact", "exact", "more_than", "about", "up_to"])),
        category=draw(st.sampled_from(["killed", "killed", "injured", None])),
        incremental=draw(st.booleans()) and draw(st.booleans()),
        text=str(value),
        span=(index * 10, index * 10 + 3),
        scope=scope,
    )
    day = DAY + dt.timedelta(offset)
    return Claim(
        id=f"d{index % 7}:f{index}",
        doc_id=f"d{index % 7}",
        kind="figure",
        who=draw(st.sampled_from(SOURCES)),
        what=str(value),
        figure=figure,
        date=DateRange(start=day, end=day),
        text=f"{value} people",
        span=(index * 10, index * 10 + 9),
    )


@st.composite
def stance_claims(draw: st.DrawFn, index: int) -> Claim:
    day = DAY + dt.timedelta(draw(st.integers(0, 6)))
    stance = Stance(
        topic=draw(st.sampled_from(["ceasefire", "humanitarian_aid"])),
        polarity=draw(st.sampled_from(["support", "oppose", "neutral"])),
    )
    return Claim(
        id=f"d{index % 5}:s{index}",
        doc_id=f"d{index % 5}",
        kind="stance",
        who=who(draw(st.sampled_from(ACTORS))),
        what="stance",
        stance=stance,
        date=DateRange(start=day, end=day),
        text="said so",
        span=(index * 10, index * 10 + 7),
    )


@st.composite
def claim_lists(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(0, 40))
    kinds = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    return [draw(figure_claims(i) if k else stance_claims(i)) for i, k in enumerate(kinds)]


@st.composite
def partitioned(draw: st.DrawFn) -> tuple[list[Claim], list[list[Claim]]]:
    claims = draw(claim_lists())
    count = draw(st.integers(1, 6))
    parts: list[list[Claim]] = [[] for _ in range(count)]
    for claim in claims:
        parts[draw(st.integers(0, count - 1))].append(claim)
    return claims, parts


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(partitioned())
def test_flags_by_group_equal_reconcile_for_any_partitioning(data) -> None:
    claims, parts = data
    assert reconcile_partitioned(parts) == reconcile(claims)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(partitioned(), st.integers(1, 5))
def test_dask_flags_equal_reconcile_for_any_partitioning(data, shuffled) -> None:
    claims, parts = data
    bag = db.from_delayed([dask.delayed(list)(p) for p in parts])
    with dask.config.set(scheduler="sync"):
        assert collect_flags(reconcile_bag(bag, npartitions=shuffled)) == reconcile(claims)


@settings(max_examples=5, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 9))
def test_dask_on_generated_news_equals_reconcile(seed, npartitions) -> None:
    docs = list(news_documents(48, seed=seed))
    with dask.config.set(scheduler="sync"):
        claims = extract_bag(db.from_sequence(docs, npartitions=npartitions)).compute()
        flags = collect_flags(reconcile_bag(db.from_sequence(claims, npartitions=npartitions)))
    assert [c.model_dump_json() for c in claims] == [
        c.model_dump_json() for d in docs for c in claimtrack.extract(d)
    ]
    assert flags == reconcile(claims)


def test_generated_news_raises_rises_and_conflicts() -> None:
    # Fixed seeds: which kinds one seed's stories raise is chance (seed 524 has no conflict)
    docs = [d for seed in (0, 1, 2) for d in news_documents(48, seed=seed)]
    kinds = {f.kind for f in reconcile([c for d in docs for c in claimtrack.extract(d)])}
    assert kinds >= {"figure_increase", "figure_conflict"}


def test_group_keys_of_figures_leave_the_place_out_and_stances_keep_the_surname() -> None:
    claims = [c for d in news_documents(16, seed=3) for c in claimtrack.extract(d)]
    keys = {k for c in claims for k in group_keys(c)}
    assert {k[0] for k in keys} == {"figure", "stance"}
    # category and period: the place and the group may merge (home place, a whole group)
    assert all(len(k) == 3 for k in keys if k[0] == "figure")
    assert all(len(k) == 3 and " " not in (k[1] or "") for k in keys if k[0] == "stance")
    assert all(group_keys(c) == () for c in claims if c.kind == "statement")


def write_shards(folder: Path, docs: list[claimtrack.Document], shards: int) -> None:
    folder.mkdir()
    for s in range(shards):
        with (folder / f"shard{s}.jsonl").open("w", encoding="utf-8") as out:
            for d in docs[s::shards]:
                record = {"text": d.text, "published": str(d.published), "source": d.source}
                if d.doc_id and d.doc_id.endswith("0"):
                    record["id"] = d.doc_id  # the others get <stem>:<line>
                out.write(json.dumps(record) + "\n")
            out.write("\n")


def test_jsonl_shards_to_claims_and_flags_files(tmp_path: Path) -> None:
    docs = list(news_documents(30, seed=4))
    write_shards(tmp_path / "in", docs, 3)
    with dask.config.set(scheduler="sync"):
        read = read_jsonl(str(tmp_path / "in" / "*.jsonl"))
        assert read.npartitions == 3
        got = read.compute()
        claims = extract_bag(read)
        flags = reconcile_bag(claims)
        paths = write_jsonl(claims, str(tmp_path / "claims"))
        flag_paths = write_parquet(flags, str(tmp_path / "flags"), of="flags")
        write_parquet(claims, str(tmp_path / "claims-pq"))
        expected_flags = collect_flags(flags)
        again = read_claims(str(tmp_path / "claims" / "*.jsonl"))
        assert collect_flags(reconcile_bag(again, npartitions=2)) == expected_flags
    assert [d.doc_id for d in got][:3] == ["gen4-0000000", "shard0:2", "shard0:3"]
    assert [d.text for d in got] == [d.text for s in range(3) for d in docs[s::3]]
    lines = [line for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines()]
    back = [Claim.model_validate_json(line) for line in lines]
    assert len(back) > 30
    assert reconcile(back) == expected_flags
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(str(tmp_path / "flags"))
    assert len(flag_paths) == claims.npartitions
    assert sorted(table.column("json").to_pylist()) == sorted(
        f.model_dump_json() for f in expected_flags
    )
    rows = pq.read_table(str(tmp_path / "claims-pq")).to_pylist()
    assert [r["json"] for r in rows] == lines
    assert all(r["text"] == Claim.model_validate_json(r["json"]).text for r in rows)


def test_a_bad_line_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "Rain."}\n{"text": \n', encoding="utf-8")
    with dask.config.set(scheduler="sync"), pytest.raises(InputError, match=r"a.jsonl line 2"):
        read_jsonl(str(tmp_path / "a.jsonl")).compute()
    (tmp_path / "b.jsonl").write_text('["Rain."]\n', encoding="utf-8")
    with dask.config.set(scheduler="sync"), pytest.raises(InputError, match="JSON object"):
        read_jsonl(str(tmp_path / "b.jsonl")).compute()


def test_a_line_that_is_not_a_claim_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('\n{"id": "x"}\n', encoding="utf-8")
    with dask.config.set(scheduler="sync"), pytest.raises(InputError, match=r"c.jsonl line 2"):
        read_claims(str(tmp_path / "c.jsonl")).compute()


def test_parquet_refuses_the_wrong_kind(tmp_path: Path) -> None:
    claims = db.from_sequence(claimtrack.extract("Police said 4 people died.", doc_id="x"))
    with pytest.raises(InputError, match='of must be "claims" or "flags"'):
        write_parquet(claims, str(tmp_path), of="rows")  # type: ignore[arg-type]
    with dask.config.set(scheduler="sync"), pytest.raises(InputError, match="pass of='claims'"):
        write_parquet(claims, str(tmp_path / "f"), of="flags")


def test_a_lexicon_that_is_not_one_is_refused() -> None:
    with pytest.raises(InputError, match="lexicon must be"):
        extract_bag(db.from_sequence(["x"]), lexicon={"a": 1})  # type: ignore[arg-type]


def test_a_missing_extra_says_how_to_install_it() -> None:
    with pytest.raises(MissingExtraError, match=r"pip install 'claimtrack\[dask\]'"):
        _need("claimtrack_no_such_module", "dask")
    assert issubclass(MissingExtraError, claimtrack.ClaimtrackError)
    assert issubclass(MissingExtraError, ImportError)


def test_a_custom_lexicon_reaches_the_workers() -> None:
    lexicon = claimtrack.load_lexicon().extended({"categories": {"killed": {"verbs": ["glorped"]}}})
    texts = [
        {"id": "g1", "text": "Port officials said 23 sailors glorped.", "published": "2025-06-02"},
        {"id": "g2", "text": "Port officials said 31 sailors glorped.", "published": "2025-06-03"},
    ]
    with dask.config.set(scheduler="sync"):
        plain = extract_bag(db.from_sequence(texts)).compute()
        mine = extract_bag(db.from_sequence(texts, npartitions=2), lexicon=lexicon)
        flags = collect_flags(reconcile_bag(mine, lexicon=lexicon))
    assert not [c for c in plain if c.figure and c.figure.category == "killed"]
    assert [f.kind for f in flags] == ["figure_increase"]


def test_fsspec_urls_in_and_out() -> None:
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    docs = list(news_documents(12, seed=9))
    fs.pipe("/ct-test/in/a.jsonl", "".join(d.model_dump_json() + "\n" for d in docs).encode())
    with dask.config.set(scheduler="sync"):
        claims = extract_bag(read_jsonl("memory://ct-test/in/*.jsonl"))
        paths = write_jsonl(claims, "memory://ct-test/out")
        back = read_claims("memory://ct-test/out/*.jsonl").compute()
    assert paths == ["memory://ct-test/out/part-00000.jsonl"]
    assert back == [c for d in docs for c in claimtrack.extract(d)]
    fs.rm("/ct-test", recursive=True)
