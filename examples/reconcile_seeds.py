"""Reconcile the claims of all seed articles and print what changed between them.

Run from anywhere:  python examples/reconcile_seeds.py [FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

import claimtrack
from claimtrack.io import read_documents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(folder: Path = SEEDS) -> None:
    """Print the flags found across the articles in ``folder``."""
    # index.json in the folder gives each article its id, publication date and source.
    documents = read_documents([folder])
    claims = [claim for doc in documents for claim in claimtrack.extract(doc)]
    flags = claimtrack.reconcile(claims)
    print(f"{len(documents)} articles, {len(claims)} claims, {len(flags)} flags")
    for flag in flags:
        print(f"- {flag.kind} ({flag.before.doc_id} -> {flag.after.doc_id}): {flag.explanation}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SEEDS)
