"""Extract the claims of one seed article and print the figures it reports.

Run from anywhere:  python examples/extract_figures.py [ARTICLE.txt]
"""

from __future__ import annotations

import sys
from pathlib import Path

import claimtrack

SEED = Path(__file__).resolve().parent.parent / "seeds" / "004_964ef87fa7f4ad3e.txt"


def main(path: Path = SEED) -> None:
    """Print each figure of the article at ``path``: value, category, bounds, date, source."""
    # Decode the bytes ourselves: no newline translation, so spans index the file's text.
    text = path.read_bytes().decode("utf-8")
    claims = claimtrack.extract(text, published="2024-05-09", source="Shafaq News", doc_id="004")
    figures = [claim for claim in claims if claim.figure is not None]
    print(f"{path.name}: {len(claims)} claims, {len(figures)} with a figure")
    for claim in figures:
        figure = claim.figure
        assert figure is not None
        who = claim.who.name if claim.who else "(the article itself)"
        day = claim.date.start.isoformat() if claim.date else "undated"
        bounds = f"[{figure.low}, {figure.high}]"
        print(
            f"- {figure.text!r}: {figure.value} {figure.category or figure.unit or ''} "
            f"({figure.qualifier}, bounds {bounds}), {day}, according to {who}"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SEED)
