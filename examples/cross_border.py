"""Reconcile an invented cross-border story: two countries, a province and their total.

Run from anywhere:  python examples/cross_border.py [--html report.html]

The story (examples/cross_border_story.json) gives the figure claims an extractor would read
from four reports; this script builds them, reconciles them and prints each count's series
and the flags. With ``--html``, it also writes the HTML report of the story.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

import claimtrack
from claimtrack.model import Claim, DateRange, Figure, Scope, Who
from claimtrack.reconcile.track import CountTrack, build_tracks

STORY = Path(__file__).resolve().with_name("cross_border_story.json")
STORIES = sorted(Path(__file__).resolve().parent.glob("*_story.json"))


def load_story(path: Path = STORY) -> tuple[dict[str, Any], list[Claim]]:
    """The story file and its figure claims, one document after another."""
    story = json.loads(path.read_text(encoding="utf-8"))
    claims: list[Claim] = []
    for doc in story["documents"]:
        text = " ".join(s["text"] for s in doc["sentences"])
        start = 0
        for s in doc["sentences"]:
            claims.append(_claim(doc, s, text, start))
            start += len(s["text"]) + 1
    return story, claims


def _claim(doc: dict[str, Any], s: dict[str, Any], text: str, start: int) -> Claim:
    sentence, number = s["text"], f"{s['value']:,}"
    at = start + sentence.index(number)
    who = _who(s["source"], start)
    origin = _who(s.get("origin"), start)
    day = dt.date.fromisoformat(doc["published"])
    scope = Scope(place=s.get("place"), places=tuple(s.get("places", ())))
    return Claim(
        id=f"{doc['id']}:{start}",
        doc_id=doc["id"],
        source=doc["source"],
        kind="figure",
        who=who,
        what=f"{number} killed",
        figure=Figure(
            value=s["value"],
            qualifier=s.get("qualifier", "exact"),
            category="killed",
            text=number,
            span=(at, at + len(number)),
            scope=scope,
        ),
        date=DateRange(start=day, end=day),
        origin=origin,
        text=text[start : start + len(sentence)],
        span=(start, start + len(sentence)),
    )


def _who(name: str | None, start: int) -> Who | None:
    if name is None:
        return None
    return Who(name=name, canonical=name, kind="organization", text=name, span=(start, start))


def main() -> None:
    """Print the series of each count and the flags; write the HTML report if asked."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--html", type=Path, help="write the HTML report to this file")
    ap.add_argument("--story", type=Path, default=STORY, help="another *_story.json file")
    args = ap.parse_args()
    story, claims = load_story(args.story)
    for track in build_tracks(claims):
        if isinstance(track, CountTrack):
            print(track.summary())
    for flag in claimtrack.reconcile(claims):
        print(f"- {flag.kind}: {flag.explanation}")
    if args.html:
        from claimtrack.report import build_report

        args.html.write_text(build_report(claims, "html"), encoding="utf-8")
        print(f"report written to {args.html}")


if __name__ == "__main__":
    main()
