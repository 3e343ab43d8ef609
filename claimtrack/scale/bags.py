"""Extraction and reconciliation on Dask bags; claims and flags to JSON Lines or Parquet.

Dask is imported when a function here is first called, never by ``import claimtrack``; it comes
with ``pip install 'claimtrack[dask]'``. The functions build lazy bags: nothing runs until
``.compute()``, a ``write_*`` function, or :func:`collect_flags`, on whatever scheduler is
active (a ``distributed.Client`` when one is connected).
"""

from __future__ import annotations

import importlib
import json
import operator
import posixpath
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..batch import as_document, extract_many
from ..errors import ClaimtrackError, InputError
from ..lexicon import Lexicon
from ..model import Claim, Document, Flag
from ..reconcile.flags import flag_order
from .partition import Keyed, keyed_claims, reconcile_group

if TYPE_CHECKING:
    import dask.bag as db


class MissingExtraError(ClaimtrackError, ImportError):
    """An optional dependency is not installed; the message says which extra brings it."""


def _need(module: str, extra: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise MissingExtraError(
            f"claimtrack.scale needs {module.split('.')[0]}: pip install 'claimtrack[{extra}]'"
        ) from err


def _shared(lexicon: Lexicon | None) -> Any:
    """A lexicon as one Dask key, sent once to each worker (None: each loads the default)."""
    if lexicon is None:
        return None
    if not isinstance(lexicon, Lexicon):
        raise InputError(
            f"lexicon must be a claimtrack.Lexicon (see load_lexicon()), got "
            f"{type(lexicon).__name__}",
            value=lexicon,
        )
    return _need("dask", "dask").delayed(lexicon, pure=True)


def read_jsonl(paths: str | Sequence[str]) -> db.Bag:
    """A bag of documents, one partition per JSON Lines file (local paths, globs, fsspec URLs).

    Each line is an object with ``text`` and optionally ``id``, ``published``, ``source``
    (other keys are left out); a line without an id gets ``<file stem>:<line number>``, as
    ``claimtrack extract`` gives it.
    """
    bag = _need("dask.bag", "dask")
    lines = bag.read_text(paths, include_path=True, blocksize=None)
    return lines.map_partitions(_documents)


def _documents(lines: Sequence[tuple[str, str]]) -> list[Document]:
    docs: list[Document] = []
    for number, (line, path) in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not valid JSON: {err.msg}", value=line, path=path) from err
        if not isinstance(data, dict):
            raise InputError(f"{where}: expected a JSON object with a 'text' key", path=path)
        if data.get("id") is None and data.get("doc_id") is None:
            stem = posixpath.basename(path).rsplit(".", 1)[0]
            data["id"] = f"{stem}:{number}"
        docs.append(as_document(data, where=where))
    return docs


def read_claims(paths: str | Sequence[str]) -> db.Bag:
    """A bag of claims from JSON Lines files of claims (as :func:`write_jsonl` writes them).

    Extract once, reconcile later: the claims files of several runs can be read together.
    """
    bag = _need("dask.bag", "dask")
    lines = bag.read_text(paths, include_path=True, blocksize=None)
    return lines.map_partitions(_claims)


def _claims(lines: Sequence[tuple[str, str]]) -> list[Claim]:
    claims: list[Claim] = []
    for number, (line, path) in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            claims.append(Claim.model_validate_json(line))
        except ValidationError as err:
            first = err.errors()[0]
            key = ".".join(str(part) for part in first["loc"]) or "(line)"
            raise InputError(
                f"{path} line {number}: not a claim: {key}: {first['msg']}", value=line, path=path
            ) from err
    return claims


def extract_bag(documents: db.Bag, *, lexicon: Lexicon | None = None) -> db.Bag:
    """A bag of the claims of a bag of documents (``Document``, str or dict).

    Each partition goes through :func:`claimtrack.extract_many` in the worker that holds it.
    """
    return documents.map_partitions(_extract_partition, _shared(lexicon))


def _extract_partition(items: Sequence[Any], lexicon: Lexicon | None) -> list[Claim]:
    return [claim for claims in extract_many(items, lexicon=lexicon) for claim in claims]


def reconcile_bag(
    claims: db.Bag, *, lexicon: Lexicon | None = None, npartitions: int | None = None
) -> db.Bag:
    """A bag of the flags of a bag of claims, equal to :func:`claimtrack.reconcile`'s.

    Claims are shuffled on their group key (:mod:`claimtrack.scale.partition`) into
    ``npartitions`` partitions (as many as ``claims`` has by default) and each group is
    reconciled where it lands. The bag is unordered: :func:`collect_flags` sorts it.
    """
    lex = _shared(lexicon)
    keyed = claims.map_partitions(keyed_claims, lex)
    groups = keyed.groupby(
        operator.itemgetter(0), shuffle="tasks", npartitions=npartitions or claims.npartitions
    )
    return groups.map_partitions(_reconcile_groups, lex)


def _reconcile_groups(
    groups: Sequence[tuple[int, list[Keyed]]], lexicon: Lexicon | None
) -> list[Flag]:
    return [flag for _, items in groups for flag in reconcile_group(items, lexicon)]


def collect_flags(flags: db.Bag) -> list[Flag]:
    """Compute a bag of flags and sort it as :func:`claimtrack.reconcile` sorts its result."""
    return sorted(flags.compute(), key=flag_order)
