"""Time extract() on large and adversarial inputs, to show the pipeline is linear.

    python bench/bench_adversarial.py

Prints, for each input, its size and the seconds extract() took at 1x and 4x the size; a ratio
near 4 means linear time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import claimtrack

ROOT = Path(__file__).resolve().parents[1]


def timed(text: str) -> float:
    """Seconds one extract() call takes on ``text``."""
    start = time.perf_counter()
    claimtrack.extract(text, published="2023-11-02")
    return time.perf_counter() - start


def main() -> int:
    """Time each input at 1x and 4x its size and print the ratio."""
    article = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
    )
    cases = {
        "news articles (seeds, repeated)": (article + "\n\n", 5_000_000),
        "digits and commas '1,1,1,...'": ("1,", 1_000_000),
        "unbalanced quotation marks": ('"\u201c', 1_000_000),
        "a megabyte of digits": ("1234567890", 1_000_000),
    }
    for name, (unit, size) in cases.items():
        small = unit * max(1, size // 4 // len(unit))
        large = unit * max(1, size // len(unit))
        t_small, t_large = timed(small), timed(large)
        print(
            f"{name}: {len(large) / 1e6:.1f} MB in {t_large:.2f} s "
            f"({len(small) / 1e6:.2f} MB in {t_small:.2f} s; ratio {t_large / t_small:.1f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
