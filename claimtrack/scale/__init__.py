"""Claimtrack on Dask: extraction and reconciliation of corpora that outgrow one process.

``pip install 'claimtrack[dask]'`` brings Dask (bag and distributed) and pyarrow; they are
imported when a function is first called, so ``import claimtrack.scale`` costs nothing.
``docs/scale.md`` walks from a folder of JSON Lines shards to flags on a cluster.

- :func:`read_jsonl`: a bag of documents, one partition per JSON Lines file;
- :func:`extract_bag`: a bag of their claims, partition by partition; :func:`read_claims`
  reads claims written before;
- :func:`reconcile_bag`: a bag of flags, equal to :func:`claimtrack.reconcile`'s on the same
  claims, computed group by group where the claims land; :func:`collect_flags` sorts them;
- :func:`write_jsonl`, :func:`write_parquet`: one file per partition;
- :func:`news_documents`: made-up news for tests and benchmarks.
"""

from .bags import (
    MissingExtraError,
    collect_flags,
    extract_bag,
    read_claims,
    read_jsonl,
    reconcile_bag,
)
from .generate import news_documents
from .partition import reconcile_partitioned
from .write import write_jsonl, write_parquet

__all__ = [
    "MissingExtraError",
    "collect_flags",
    "extract_bag",
    "news_documents",
    "read_claims",
    "read_jsonl",
    "reconcile_bag",
    "reconcile_partitioned",
    "write_jsonl",
    "write_parquet",
]
