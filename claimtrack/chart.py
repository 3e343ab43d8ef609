"""One count over time as an inline SVG chart: the report's and the notebook's timeline.

Value over time, one colour per source; a source chain's readings joined by a line; figures
left out of the series hollow; a claim that is part of a decrease ringed red, of a conflict
orange. Every mark links to its evidence (``#`` + :func:`anchor`) and carries a tooltip. All
text is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .model import Claim
from .reconcile.explain import day_text
from .reconcile.track import CountTrack, Observation

# One colour per source within a chart (Okabe-Ito, readable by colour-blind readers).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
FLAG_COLOURS = {
    "figure_increase": "#2b8a3e",
    "figure_decrease": "#c92a2a",
    "figure_conflict": "#e8590c",
    "stance_shift": "#5f3dc4",
}
WIDTH, HEIGHT, PAD_L, PAD_R, PAD_T, PAD_B = 640, 240, 64, 16, 16, 36
# A day's label is about 70 px wide: inner labels closer than this to another are left out.
LABEL_GAP = 80


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def anchor(claim: Claim) -> str:
    """The HTML id of a claim's evidence: letters, digits and dashes only.

    >>> anchor(Claim(id="doc 1:42", doc_id=None, kind="figure", who=None, what="", text="",
    ...              span=(0, 0)))
    'ev-doc-1-42'
    """
    return "ev-" + "".join(ch if ch.isalnum() else "-" for ch in claim.id)


@dataclass(frozen=True, slots=True)
class _Frame:
    """Where days and values fall on the plot."""

    d0: dt.date
    d1: dt.date
    top: float

    def x(self, d: dt.date) -> float:
        plot_w = WIDTH - PAD_L - PAD_R
        if self.d0 == self.d1:
            return PAD_L + plot_w / 2
        return PAD_L + plot_w * (d - self.d0).days / max((self.d1 - self.d0).days, 1)

    def y(self, v: float) -> float:
        return PAD_T + (HEIGHT - PAD_T - PAD_B) * (1 - v / self.top)


def timeline_svg(
    track: CountTrack,
    flagged: set[tuple[str, str]] | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """An inline SVG chart of one count, then its legend (one swatch per source).

    Args:
        track: the count.
        flagged: ``(flag kind, claim id)`` pairs: the claims to ring.
        names: how each source is shown (the report joins "Kirby" to "John Kirby").
    """
    obs = track.observations
    shown = dict(names) if names is not None else {s: s for s in track.sources}
    sources = list(dict.fromkeys(shown[s] for s in track.sources))
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}
    days = [o.date for o in obs]
    frame = _Frame(min(days), max(days), max(max(o.value for o in obs), 1) * 1.1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-label="{_e(track.title)} over time">',
        f'<rect x="{PAD_L}" y="{PAD_T}" width="{WIDTH - PAD_L - PAD_R}" '
        f'height="{HEIGHT - PAD_T - PAD_B}" fill="#fff" stroke="#ced4da"/>',
        *_axes(frame, sorted(set(days))),
        *_lines(frame, obs),
    ]
    for o in obs:
        parts += _mark(frame, o, colour[shown[o.source]], shown[o.source], flagged or set())
    parts.append("</svg>")
    legend = "".join(
        f'<span><i class="swatch" style="background:{colour[s]}"></i>{_e(s)}</span>'
        for s in sources
    )
    return "\n".join(parts) + f'\n<div class="legend">{legend}</div>'


def _axes(frame: _Frame, days: Sequence[dt.date]) -> list[str]:
    parts = []
    for frac in (0, 0.5, 1):
        v = frame.top / 1.1 * frac
        parts.append(
            f'<text x="{PAD_L - 6}" y="{frame.y(v) + 4:.1f}" text-anchor="end" '
            f'font-size="11" fill="#495057">{v:,.0f}</text>'
        )
    ticks = _ticks(days)
    drawn = [frame.x(d) for d, align in ticks if align != "middle"]
    for d, align in ticks:
        if align == "middle" and drawn and min(abs(frame.x(d) - at) for at in drawn) < LABEL_GAP:
            continue
        drawn.append(frame.x(d))
        parts.append(
            f'<text x="{frame.x(d):.1f}" y="{HEIGHT - 12}" text-anchor="{align}" '
            f'font-size="11" fill="#495057">{_e(day_text(d))}</text>'
        )
    return parts


def _ticks(days: Sequence[dt.date]) -> list[tuple[dt.date, str]]:
    """The days labelled under a chart: each reading's day when they are few, else the ends."""
    if len(days) == 1:
        return [(days[0], "middle")]
    inner = days[1:-1] if len(days) <= 5 else []
    return [(days[0], "start"), *((d, "middle") for d in inner), (days[-1], "end")]


def _lines(frame: _Frame, obs: Sequence[Observation]) -> list[str]:
    chains: dict[str, list[tuple[float, float]]] = {}
    for o in obs:
        if o.in_series:
            chains.setdefault(o.chain, []).append((frame.x(o.date), frame.y(o.value)))
    return [
        f'<polyline points="{" ".join(f"{px:.1f},{py:.1f}" for px, py in pts)}" '
        'fill="none" stroke="#adb5bd" stroke-width="1.5"/>'
        for pts in chains.values()
        if len(pts) > 1
    ]


def _mark(
    frame: _Frame, o: Observation, fill: str, name: str, flagged: set[tuple[str, str]]
) -> list[str]:
    cx, cy = frame.x(o.date), frame.y(o.value)
    parts = []
    for kind in ("figure_decrease", "figure_conflict"):
        if (kind, o.claim.id) in flagged:
            parts.append(
                f'<circle class="flagged" cx="{cx:.1f}" cy="{cy:.1f}" r="9" '
                f'fill="none" stroke="{FLAG_COLOURS[kind]}" stroke-width="2.5"/>'
            )
            break
    style = f'fill="{fill}"' if o.in_series else f'fill="#fff" stroke="{fill}" stroke-width="2"'
    tip = f"{name}: {o.label} on {day_text(o.date)}"
    parts.append(
        f'<a href="#{anchor(o.claim)}"><circle class="mark" cx="{cx:.1f}" '
        f'cy="{cy:.1f}" r="5" {style}><title>{_e(tip)}</title></circle></a>'
    )
    return parts
