"""Benchmark: claimtrack.extract and find_dates against dateparser's search_dates, same text.

Run from the repository root: ``.venv/bin/python bench/bench_extract.py [--kb 200]``.
The text is every seed article (seeds/*.txt) plus the dev cases' texts
(../shared/eval/dev/cases/*.json, when present), joined and repeated to about --kb kilobytes.
Prints plain ``name: value`` lines. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Callable
from pathlib import Path

_began = time.perf_counter()
import claimtrack  # noqa: E402  (timed: the package must do no work at import)

IMPORT_SECONDS = time.perf_counter() - _began

from claimtrack.find.dates import find_date_mentions  # noqa: E402
from claimtrack.lexicon import load_lexicon  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV_CASES = ROOT.parent / "shared" / "eval" / "dev" / "cases"
PUBLISHED = dt.date(2023, 11, 30)


def corpus(kilobytes: int) -> str:
    """Seed articles and dev-case texts, joined and repeated to about ``kilobytes`` KB."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if DEV_CASES.is_dir():
        parts += [
            json.loads(p.read_text(encoding="utf-8"))["text"]
            for p in sorted(DEV_CASES.glob("*.json"))
        ]
    one = "\n\n".join(parts)
    target = kilobytes * 1024
    return (one + "\n\n") * (target // (len(one) + 2) + 1)


def timed(call: Callable[[], object], repeat: int) -> float:
    """Best wall time of ``repeat`` calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=200, help="size of the text (default 200)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (best is kept)")
    parser.add_argument(
        "--startup", action="store_true", help="only the import and the first extract() call"
    )
    args = parser.parse_args()

    text = corpus(args.kb)
    size_kb = len(text.encode("utf-8")) / 1024
    print(f"text: {size_kb:.0f} KB, {len(text)} characters")
    print(f"import claimtrack: {IMPORT_SECONDS * 1000:.1f} ms")

    first = "Officials said on Tuesday that at least 1,400 people were killed."
    began = time.perf_counter()
    claimtrack.extract(first, published=PUBLISHED)
    print(
        f"first extract() call (loads lexicons, compiles patterns): "
        f"{(time.perf_counter() - began) * 1000:.1f} ms"
    )
    if args.startup:  # run it in several fresh processes: one start-up is one sample
        return

    lexicon = load_lexicon()
    began = time.perf_counter()
    find_date_mentions("on Tuesday, two months ago", lexicon, PUBLISHED)
    print(
        f"first find_date_mentions() call (incl. lazy dateparser import): "
        f"{(time.perf_counter() - began) * 1000:.1f} ms"
    )

    t_extract = timed(lambda: claimtrack.extract(text, published=PUBLISHED), args.repeat)
    t_dates = timed(lambda: find_date_mentions(text, lexicon, PUBLISHED), args.repeat)
    claims = len(claimtrack.extract(text, published=PUBLISHED))
    dates = len(find_date_mentions(text, lexicon, PUBLISHED))

    from dateparser.search import search_dates

    base = dt.datetime.combine(PUBLISHED, dt.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    search = lambda: search_dates(text, languages=["en"], settings=settings)  # noqa: E731
    t_search = timed(search, 1)  # slow: once is enough
    found = search() or []

    print(f"extract: {t_extract:.3f} s, {size_kb / t_extract:.0f} KB/s, {claims} claims")
    print(f"find_dates: {t_dates:.3f} s, {size_kb / t_dates:.0f} KB/s, {dates} dates")
    print(
        f"dateparser search_dates: {t_search:.3f} s, {size_kb / t_search:.0f} KB/s, "
        f"{len(found)} dates"
    )
    print(f"ratio search_dates/extract: {t_search / t_extract:.1f}x")
    print(f"ratio search_dates/find_dates: {t_search / t_dates:.1f}x")


if __name__ == "__main__":
    main()
