"""Benchmark: import claimtrack plus its first extract() call, in fresh processes (issue #9/#11).

Measure it the way a user sees it: in a fresh venv with claimtrack installed (not editable), so
that the bytecode pip compiled is what is loaded::

    python3 -m venv /tmp/sv && /tmp/sv/bin/pip install -q .
    python bench/bench_startup.py --python /tmp/sv/bin/python --runs 21

Each run is a new interpreter started in a neutral folder (the system's temporary folder), so
that the repository's own ``claimtrack`` is not the one imported. Prints the median, the first
quartile and the least of the runs, in milliseconds. Not a test: timings depend on the machine,
and on what else it runs (a busy machine moves the median by tens of milliseconds). To compare
two installs, give ``--python`` twice: their runs alternate (A B B A), so that both see the
same load::

    python bench/bench_startup.py --python /tmp/before/bin/python --python /tmp/sv/bin/python
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile

CODE = """
import time
began = time.perf_counter()
import claimtrack
imported = time.perf_counter()
claimtrack.extract("Officials said on Tuesday that at least 1,400 people were killed.",
                   published="2023-11-30")
done = time.perf_counter()
print(claimtrack.__file__)
print((imported - began) * 1000, (done - imported) * 1000, (done - began) * 1000)
"""


def main() -> None:
    """Run and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--python", action="append", help="a venv's interpreter (twice: compare two)"
    )
    parser.add_argument("--runs", type=int, default=15, help="fresh processes each (default 15)")
    args = parser.parse_args()
    pythons: list[str] = args.python or [sys.executable]
    if len(pythons) > 2:
        parser.error("give --python once, or twice to compare")

    rows: dict[str, list[list[float]]] = {python: [] for python in pythons}
    where: dict[str, str] = {}
    order = pythons + pythons[::-1]  # A B B A: a change of load falls on both alike
    for k in range(args.runs * len(pythons)):
        python = order[k % len(order)]
        where[python], numbers = one_run(python)
        rows[python].append(numbers)
    for python in pythons:
        print(f"claimtrack: {where[python]}")
        print(f"runs: {len(rows[python])}")
        for k, name in enumerate(["import claimtrack", "first extract()", "import + first"]):
            values = sorted(row[k] for row in rows[python])
            quartile = values[(len(values) - 1) // 4]
            print(
                f"{name}: median {statistics.median(values):.1f} ms, "
                f"first quartile {quartile:.1f} ms, least {values[0]:.1f} ms"
            )


def one_run(python: str) -> tuple[str, list[float]]:
    """Where claimtrack was imported from, and the times of one fresh process."""
    run = subprocess.run(
        [python, "-c", CODE], capture_output=True, text=True, check=True, cwd=tempfile.gettempdir()
    )
    where, numbers = run.stdout.splitlines()[-2:]
    return where, [float(x) for x in numbers.split()]


if __name__ == "__main__":
    main()
