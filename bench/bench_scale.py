"""Documents per second and peak memory: one process, extract_many(jobs=2), a 2-worker cluster.

    .venv/bin/python bench/bench_scale.py               # 1,000 and 10,000 documents
    .venv/bin/python bench/bench_scale.py 2000          # one size

Documents come from :func:`claimtrack.scale.news_documents`, written as JSON Lines shards of
500 documents (the shard size, not the corpus, bounds a worker's memory). For each size:

- **one process**: ``extract_many`` over the shards' lines, in a fresh subprocess;
- **jobs=2**: ``extract_many(jobs=2)`` in a fresh subprocess (its two workers' peak is the
  largest resident set of its children, forked from it: pages shared with it are counted);
- **cluster**: a fresh ``distributed.LocalCluster`` (2 workers, 1 thread each): shards to claims
  files (``read_jsonl`` -> ``extract_bag`` -> ``write_jsonl``), then claims files to flags
  (``read_claims`` -> ``reconcile_bag`` -> ``write_jsonl``).

Peaks are each process's own high-water mark of resident memory (``VmHWM``, Linux).

Bytes per claim are a deep size: ``sys.getsizeof`` summed over every object reachable from the
claims (model ``__dict__``s, field-name sets, strings, tuples, dates), each object counted once
however many claims hold it; classes, None and booleans are not counted. "After" is what
``extract`` returns; "before" the same pipeline with the sharing of ``claimtrack/compact.py``
switched off (as claims were built before it); "unshared" the claims rebuilt from their JSON,
every part its own object (as ``read_claims`` gives them).

Besides documents per second of wall time, each line gives documents per CPU-second (the
processes' user and system time, workers included): on a shared machine the wall time depends
on the neighbours, the CPU time much less. Run it once or twice, not in a loop.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel

import claimtrack
from claimtrack import Claim
from claimtrack.scale import (
    extract_bag,
    news_documents,
    read_claims,
    read_jsonl,
    reconcile_bag,
    write_jsonl,
)

SHARD = 500
SIZES = (1_000, 10_000)
MB = 1024  # ru_maxrss is in KiB on Linux

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from claimtrack import extract_many
from claimtrack.batch import json_lines
jobs = int(sys.argv[1])
convert = json_lines if sys.argv[3:] == ["json"] else None
lines = (json.loads(l) for p in sorted(Path(sys.argv[2]).glob("*.jsonl")) for l in open(p))
def cpu():
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
extract_many([], jobs=1)  # load the lexicon before the clock starts
start, cpu0 = time.perf_counter(), cpu()
claims = sum(len(c) for c in extract_many(lines, jobs=jobs, convert=convert))
seconds, cpu_s = time.perf_counter() - start, cpu() - cpu0
own = int(dict(l.split(":", 1) for l in open("/proc/self/status"))["VmHWM"].split()[0])
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "cpu": cpu_s, "claims": claims, "own_kib": own,
                  "workers_kib": kids}))
"""


def high_water() -> int:
    """This process's peak resident memory in KiB (Linux's VmHWM).

    Not ``ru_maxrss``: after fork and exec that keeps the parent's peak at the time of the fork.
    """
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    return int(status.split("VmHWM:", 1)[1].split()[0])


def deep_size(objects: Iterable[object]) -> int:
    """Bytes held by ``objects`` and everything they reach, each object counted once."""
    seen: set[int] = set()
    total = 0
    stack = list(objects)
    while stack:
        item = stack.pop()
        if item is None or isinstance(item, (bool, type)) or id(item) in seen:
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, BaseModel):
            stack.append(item.__dict__)
            stack.append(item.__pydantic_fields_set__)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
    return total


def write_shards(folder: Path, n: int) -> int:
    """Write ``n`` generated documents as JSON Lines shards of ``SHARD`` documents; their size."""
    folder.mkdir(parents=True)
    out = None
    chars = 0
    for i, doc in enumerate(news_documents(n, seed=1)):
        if i % SHARD == 0:
            if out is not None:
                out.close()
            out = (folder / f"news-{i // SHARD:05d}.jsonl").open("w", encoding="utf-8")
        assert out is not None
        chars += len(doc.text)
        record = {"id": doc.doc_id, "text": doc.text, "published": str(doc.published)}
        out.write(json.dumps({**record, "source": doc.source}) + "\n")
    if out is not None:
        out.close()
    return chars


def in_subprocess(jobs: int, shards: Path, *extra: str) -> dict[str, float]:
    """Run ``extract_many(jobs=jobs)`` over the shards in a fresh Python; its measurements."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(jobs), str(shards), *extra],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def on_cluster(n: int, shards: Path, out: Path) -> dict[str, float]:
    """Shards to claims files to flags files on a fresh 2-worker LocalCluster."""
    import distributed

    def peak() -> int:
        return high_water()

    def cpu() -> float:
        use = resource.getrusage(resource.RUSAGE_SELF)
        return use.ru_utime + use.ru_stime

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.run(claimtrack.load_lexicon)  # as each process does before its clock starts
        start, cpu0 = time.perf_counter(), sum(client.run(cpu).values())
        write_jsonl(extract_bag(read_jsonl(str(shards / "*.jsonl"))), str(out / "claims"))
        extract_s = time.perf_counter() - start
        extract_cpu = sum(client.run(cpu).values()) - cpu0
        extract_kib = max(client.run(peak).values())
        start = time.perf_counter()
        flags = reconcile_bag(read_claims(str(out / "claims" / "*.jsonl")))
        paths = write_jsonl(flags, str(out / "flags"))
        reconcile_s = time.perf_counter() - start
        reconcile_kib = max(client.run(peak).values())
    count = sum(len(Path(p).read_text(encoding="utf-8").splitlines()) for p in paths)
    return {
        "seconds": extract_s,
        "cpu": extract_cpu,
        "workers_kib": extract_kib,
        "reconcile_seconds": reconcile_s,
        "reconcile_kib": reconcile_kib,
        "flags": count,
    }


class _NoSharing:
    """Stands in for ``compact.Interner``: every claim cuts its own evidence, keeps its Who."""

    def __init__(self, text: str) -> None:
        self.text = text

    def cut(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]]

    def who(self, who: object) -> object:
        return who


def bytes_per_claim(n: int) -> tuple[int, float, float, float]:
    """Claims of ``n`` documents: their count, and deep size per claim before, after, unshared.

    "Before" runs the pipeline with the sharing of ``claimtrack/compact.py`` switched off, as
    claims were built before it.
    """
    from unittest import mock

    docs = list(news_documents(n, seed=1))
    with (
        mock.patch("claimtrack.pipeline.Interner", _NoSharing),
        mock.patch("claimtrack.pipeline.share_field_sets", return_value=None),
    ):
        before = [c for d in docs for c in claimtrack.extract(d)]
    claims = [c for d in docs for c in claimtrack.extract(d)]
    assert before == claims
    unshared = [Claim.model_validate_json(c.model_dump_json()) for c in claims]
    sizes = [deep_size(x) / len(claims) for x in (before, claims, unshared)]
    return len(claims), sizes[0], sizes[1], sizes[2]


def seed_rate(rounds: int = 4) -> float:
    """Characters of the bundled seed articles extracted per CPU-second, in this process."""
    from claimtrack.io import read_documents

    docs = read_documents(Path(__file__).resolve().parent.parent / "seeds")
    list(claimtrack.extract_many(docs))  # warm the caches
    start = time.process_time()
    for _ in range(rounds):
        for _claims in claimtrack.extract_many(docs):
            pass
    return rounds * sum(len(d.text) for d in docs) / (time.process_time() - start)


def main(argv: list[str]) -> None:
    """Run every measurement for each size and print a table."""
    sizes = [int(a) for a in argv] or list(SIZES)
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            shards = Path(tmp) / f"shards-{n}"
            chars = write_shards(shards, n)
            one = in_subprocess(1, shards)
            two = in_subprocess(2, shards)
            text = in_subprocess(2, shards, "json")
            dask = on_cluster(n, shards, Path(tmp) / f"out-{n}")
            print(
                f"{n:,} documents ({chars / n:,.0f} characters each), {one['claims']:,.0f} claims,"
                f" {dask['flags']:,.0f} flags"
            )
            for name, r, kib in (
                ("one process", one, one["own_kib"]),
                ("extract_many(jobs=2)", two, two["workers_kib"]),
                ("  convert=json_lines", text, text["workers_kib"]),
                ("LocalCluster, 2 workers", dask, dask["workers_kib"]),
            ):
                rate, per_cpu = n / r["seconds"], n / r["cpu"]
                print(
                    f"  {name:24} {rate:7.0f} docs/s ({per_cpu:5.0f} per CPU-second)"
                    f"   peak per worker {kib / MB:6.0f} MB"
                )
            print(f"  {'jobs=2 parent process':24} {'':13} peak {two['own_kib'] / MB:6.0f} MB")
            print(
                f"  {'reconcile_bag on cluster':24} {dask['reconcile_seconds']:7.1f} s"
                f"        peak per worker {dask['reconcile_kib'] / MB:6.0f} MB"
            )
    seeds = seed_rate()
    print(f"seed articles (real news), one process: {seeds:,.0f} characters per CPU-second")
    count, before, after, unshared = bytes_per_claim(1_000)
    print(f"bytes per claim ({count:,} claims of 1,000 documents):")
    print(
        f"  before (sharing off) {before:,.0f}   after {after:,.0f}"
        f"   unshared (rebuilt from JSON) {unshared:,.0f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
