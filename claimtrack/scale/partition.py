"""Reconciliation split into independent groups, so it can run where the claims land.

:func:`claimtrack.reconcile.counts.group_keys` names the groups a claim takes part in; no flag
compares claims of two groups. Each claim is routed to a bucket (a stable 64-bit hash of its
group key, the same in every process), the claims of one bucket are reconciled together, and
the flags of all buckets, sorted by :func:`~claimtrack.reconcile.flags.flag_order`, are exactly
those of :func:`claimtrack.reconcile` on all the claims. Two keys that share a bucket are
reconciled together, which changes nothing: their claims never meet.

These functions are plain Python; :mod:`claimtrack.scale.bags` runs them on a Dask bag.

>>> from claimtrack import extract, reconcile
>>> a = extract("Officials said 12 people were killed.", published="2024-05-01", doc_id="a")
>>> b = extract("Officials said 19 people were killed.", published="2024-05-02", doc_id="b")
>>> reconcile_partitioned([a, b]) == reconcile(a + b)
True
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable

from ..lexicon import Lexicon
from ..model import Claim, Flag
from ..reconcile.counts import GroupKey, group_keys, rules_for
from ..reconcile.flags import flag_order, reconcile

# What a keyed claim is: (bucket, "figure" or "stance", claim).
Keyed = tuple[int, str, Claim]

_KINDS: dict[str, tuple[str, ...]] = {
    "figure": ("figure_increase", "figure_decrease", "figure_conflict"),
    "stance": ("stance_shift",),
}


def bucket(key: GroupKey) -> int:
    """A stable hash of a group key: the same in every process (``hash`` is not).

    >>> bucket(("figure", "killed", None, None)) == bucket(("figure", "killed", None, None))
    True
    """
    digest = hashlib.blake2b(json.dumps(key).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def keyed_claims(claims: Iterable[Claim], lexicon: Lexicon | None = None) -> list[Keyed]:
    """Each claim that can take part in a flag, once per group it belongs to."""
    rules = rules_for(lexicon)
    return [
        (bucket(key), str(key[0]), claim) for claim in claims for key in group_keys(claim, rules)
    ]


def reconcile_group(items: Iterable[Keyed], lexicon: Lexicon | None = None) -> list[Flag]:
    """The flags of the claims of one bucket (figure groups and stance groups apart)."""
    parts: dict[str, list[Claim]] = defaultdict(list)
    for _, part, claim in items:
        parts[part].append(claim)
    flags: list[Flag] = []
    for part in sorted(parts):
        kinds = _KINDS[part]
        flags.extend(f for f in reconcile(parts[part], lexicon=lexicon) if f.kind in kinds)
    return flags


def reconcile_partitioned(
    partitions: Iterable[Iterable[Claim]], lexicon: Lexicon | None = None
) -> list[Flag]:
    """Key each partition, gather the buckets, reconcile each: the flags of all the claims."""
    buckets: dict[int, list[Keyed]] = defaultdict(list)
    for partition in partitions:
        for item in keyed_claims(partition, lexicon):
            buckets[item[0]].append(item)
    flags = [f for items in buckets.values() for f in reconcile_group(items, lexicon)]
    return sorted(flags, key=flag_order)
