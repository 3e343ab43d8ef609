"""On a real 2-worker distributed.LocalCluster: Dask's flags are reconcile's on the same claims."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.scale import (
    collect_flags,
    extract_bag,
    news_documents,
    read_jsonl,
    reconcile_bag,
)

distributed = pytest.importorskip("distributed")

DOCUMENTS = 3000
SHARDS = 6


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def test_a_local_cluster_gives_reconciles_flags(client, tmp_path: Path) -> None:
    folder = tmp_path / "shards"
    folder.mkdir()
    docs = list(news_documents(DOCUMENTS, seed=2026))
    for s in range(SHARDS):
        lines = [d.model_dump_json(exclude={"doc_id"}) for d in docs[s::SHARDS]]
        (folder / f"news-{s}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    claims = extract_bag(read_jsonl(str(folder / "*.jsonl"))).persist()
    flags = collect_flags(reconcile_bag(claims, npartitions=4))
    local = claims.compute()

    assert len({c.doc_id for c in local}) == DOCUMENTS
    assert flags == claimtrack.reconcile(local)
    assert len(flags) > DOCUMENTS / 4
    assert {f.kind for f in flags} == {
        "figure_increase", "figure_decrease", "figure_conflict", "stance_shift",
    }  # fmt: skip
    # Claims of a shard are those extract gives its documents, with <stem>:<line> ids.
    first = docs[0].model_copy(update={"doc_id": "news-0:1"})
    assert [c for c in local if c.doc_id == "news-0:1"] == claimtrack.extract(first)
