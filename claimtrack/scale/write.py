"""Bags of claims or flags to files: one JSON Lines or Parquet file per partition.

Files are named ``part-00000.jsonl`` (or ``.parquet``) in the order of the bag's partitions,
under a folder that may be local or any fsspec URL the workers can write to. A JSON Lines line
is the model's JSON, exactly as ``claimtrack extract`` prints it. A Parquet file has one column
per field a table needs (ids, kind, source name, figure, dates, stance, span) and ``json``, the
whole model, so nothing is lost; its schema is fixed, the same in every partition.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..errors import InputError
from ..model import Claim, Flag
from .bags import _need

if TYPE_CHECKING:
    import dask.bag as db


def write_jsonl(bag: db.Bag, folder: str) -> list[str]:
    """Write each partition of a bag of claims or flags as a JSON Lines file; return the paths."""
    return _write(bag, folder, "jsonl")


def write_parquet(
    bag: db.Bag, folder: str, *, of: Literal["claims", "flags"] = "claims"
) -> list[str]:
    """Write each partition of a bag of claims (or of flags) as a Parquet file; return the paths.

    ``of`` says which, as it fixes the schema (an empty partition shows none). Needs pyarrow
    (``pip install 'claimtrack[dask]'``).
    """
    if of not in ("claims", "flags"):
        raise InputError(f'of must be "claims" or "flags", got {of!r}', value=of)
    _need("pyarrow", "dask")
    return _write(bag, folder, "parquet", of)


def _write(bag: db.Bag, folder: str, fmt: str, of: str = "") -> list[str]:
    if not isinstance(folder, str) or not folder:
        raise InputError(f"folder must be a path or URL string, got {folder!r}", value=folder)
    dask = _need("dask", "dask")
    fsspec = _need("fsspec", "dask")
    fs, root = fsspec.core.url_to_fs(folder)
    fs.makedirs(root, exist_ok=True)
    base = folder.rstrip("/")
    paths = [f"{base}/part-{i:05d}.{fmt}" for i in range(bag.npartitions)]
    parts = bag.to_delayed()
    if fmt == "jsonl":
        writes = [
            dask.delayed(_write_jsonl_part)(p, path) for p, path in zip(parts, paths, strict=True)
        ]
    else:
        writes = [
            dask.delayed(_write_parquet_part)(p, path, of)
            for p, path in zip(parts, paths, strict=True)
        ]
    dask.compute(*writes)
    return paths


def _write_jsonl_part(items: Sequence[Claim | Flag], path: str) -> int:
    fsspec = _need("fsspec", "dask")
    with fsspec.open(path, "w", encoding="utf-8") as out:
        for item in items:
            out.write(item.model_dump_json())
            out.write("\n")
    return len(items)


def _write_parquet_part(items: Sequence[Claim | Flag], path: str, of: str) -> int:
    fsspec = _need("fsspec", "dask")
    pa = _need("pyarrow", "dask")
    pq = _need("pyarrow.parquet", "dask")
    model, row = (Flag, _flag_row) if of == "flags" else (Claim, _claim_row)
    rows = []
    for item in items:
        if not isinstance(item, model):
            raise InputError(
                f"write_parquet(of={of!r}) got a {type(item).__name__}; "
                f"pass of={'flags' if isinstance(item, Flag) else 'claims'!r}",
                value=item,
            )
        rows.append(row(item))  # type: ignore[arg-type]
    schema = _schemas()[of]
    table = pa.Table.from_pylist(rows, schema=schema)
    with fsspec.open(path, "wb") as out:
        pq.write_table(table, out)
    return len(items)


@functools.cache
def _schemas() -> dict[str, Any]:
    pa = _need("pyarrow", "dask")
    text, real, day, span = pa.string(), pa.float64(), pa.date32(), pa.int64()
    claim = pa.schema(
        [
            ("id", text),
            ("doc_id", text),
            ("source", text),
            ("kind", text),
            ("who", text),
            ("what", text),
            ("figure_value", real),
            ("figure_low", real),
            ("figure_high", real),
            ("figure_qualifier", text),
            ("figure_category", text),
            ("date_start", day),
            ("date_end", day),
            ("stance_topic", text),
            ("stance_polarity", text),
            ("text", text),
            ("span_start", span),
            ("span_end", span),
            ("json", text),
        ]
    )
    flag = pa.schema(
        [
            ("kind", text),
            ("day", day),
            ("before_id", text),
            ("after_id", text),
            ("explanation", text),
            ("json", text),
        ]
    )
    return {"claims": claim, "flags": flag}


def _claim_row(c: Claim) -> dict[str, Any]:
    fig, date, stance = c.figure, c.date, c.stance
    return {
        "id": c.id,
        "doc_id": c.doc_id,
        "source": c.source,
        "kind": c.kind,
        "who": c.who.name if c.who else None,
        "what": c.what,
        "figure_value": fig.value if fig else None,
        "figure_low": fig.low if fig else None,
        "figure_high": fig.high if fig else None,
        "figure_qualifier": fig.qualifier if fig else None,
        "figure_category": fig.category if fig else None,
        "date_start": date.start if date else None,
        "date_end": date.end if date else None,
        "stance_topic": stance.topic if stance else None,
        "stance_polarity": stance.polarity if stance else None,
        "text": c.text,
        "span_start": c.span[0],
        "span_end": c.span[1],
        "json": c.model_dump_json(),
    }


def _flag_row(f: Flag) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "day": f.after.date.start if f.after.date else None,
        "before_id": f.before.id,
        "after_id": f.after.id,
        "explanation": f.explanation,
        "json": f.model_dump_json(),
    }
