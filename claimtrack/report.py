"""Tracks and flags -> a Markdown or a self-contained HTML report.

The HTML page needs nothing from the network: inline CSS, one inline SVG timeline per count
(value over time, one colour per source, revisions and conflicts ringed), a table of stance
shifts, and every flag's explanation linked to the evidence sentence it rests on. All text from
documents is escaped.

>>> "<svg" in build_report([], "html")
False
>>> build_report([], "md").startswith("# claimtrack report")
True
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

from .errors import InputError
from .model import Claim, Flag
from .reconcile.explain import day_text
from .reconcile.flags import reconcile
from .reconcile.track import CountTrack, StanceTrack, Track, build_tracks

# One colour per source within a chart (Okabe-Ito, readable by colour-blind readers).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
FLAG_COLOURS = {
    "figure_increase": "#2b8a3e",
    "figure_decrease": "#c92a2a",
    "figure_conflict": "#e8590c",
    "stance_shift": "#5f3dc4",
}
WIDTH, HEIGHT, PAD_L, PAD_R, PAD_T, PAD_B = 640, 240, 64, 16, 16, 36

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#212529;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #dee2e6;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #dee2e6;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f3f5}.chart{margin:0 0 1.5rem}.legend span{margin-right:1rem;font-size:.85rem}
.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.25rem}
.kind{font-weight:600}.figure_increase{color:#2b8a3e}.figure_decrease{color:#c92a2a}
.figure_conflict{color:#e8590c}.stance_shift{color:#5f3dc4}
blockquote{margin:.3rem 0 .8rem;padding:.3rem .7rem;border-left:3px solid #adb5bd;background:#f8f9fa}
:target{background:#fff3bf}.meta{color:#868e96;font-size:.85rem}
"""  # noqa: E501 - one CSS rule per line; wrapping would change the page's bytes


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def anchor(claim: Claim) -> str:
    """The HTML id of a claim's evidence: letters, digits and dashes only.

    >>> anchor(Claim(id="doc 1:42", doc_id=None, kind="figure", who=None, what="", text="",
    ...              span=(0, 0)))
    'ev-doc-1-42'
    """
    return "ev-" + "".join(ch if ch.isalnum() else "-" for ch in claim.id)


def _kind_label(kind: str) -> str:
    return kind.replace("figure_", "").replace("_", " ")


# --- Markdown --------------------------------------------------------------------------------
def render_markdown(tracks: Sequence[Track], flags: Sequence[Flag]) -> str:
    """A Markdown report: one line per track, then each flag with its evidence quoted."""
    lines = ["# claimtrack report", ""]
    counts = [t for t in tracks if isinstance(t, CountTrack)]
    stances = [t for t in tracks if isinstance(t, StanceTrack)]
    lines += ["## Counts", ""] + ([f"- {_md(t.summary())}" for t in counts] or ["- none"])
    lines += ["", "## Stances", ""] + ([f"- {_md(t.summary())}" for t in stances] or ["- none"])
    lines += ["", "## Flags", ""]
    if not flags:
        lines.append("No changes found.")
    for f in flags:
        lines += [
            f"- **{_kind_label(f.kind)}**: {_md(f.explanation)}",
            f"  - before: > {_md(f.before.text)} ({_md(f.before.doc_id or '?')})",
            f"  - after: > {_md(f.after.text)} ({_md(f.after.doc_id or '?')})",
        ]
    return "\n".join(lines) + "\n"


def _md(s: str) -> str:
    """Text safe inside a Markdown list item: no line breaks, no stray markup."""
    s = " ".join(s.split())
    for ch in "\\`*_[]<>|":
        s = s.replace(ch, "\\" + ch)
    return s


# --- HTML ------------------------------------------------------------------------------------
def render_html(tracks: Sequence[Track], flags: Sequence[Flag]) -> str:
    """A self-contained HTML page: charts per count, stance shifts, flags linked to evidence."""
    counts = [t for t in tracks if isinstance(t, CountTrack)]
    stances = [t for t in tracks if isinstance(t, StanceTrack)]
    flagged: set[tuple[str, str]] = {(f.kind, c.id) for f in flags for c in (f.before, f.after)}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>claimtrack report</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>claimtrack report</h1>",
        f'<p class="meta">{len(counts)} counts, {len(stances)} actor-topics, '
        f"{len(flags)} flags.</p>",
        "<h2>Flags</h2>",
    ]
    out.append(_flag_table(flags) if flags else "<p>No changes found.</p>")
    out.append("<h2>Counts</h2>")
    for i, track in enumerate(counts):
        out.append(f'<section class="chart" id="count-{i}"><h3>{_e(track.title)}</h3>')
        out.append(f'<p class="meta">{_e(track.summary())}</p>')
        out.append(timeline_svg(track, flagged))
        out.append("</section>")
    out.append("<h2>Stance shifts</h2>")
    out.append(_shift_table([f for f in flags if f.kind == "stance_shift"]))
    if stances:
        out.append("<ul>" + "".join(f"<li>{_e(t.summary())}</li>" for t in stances) + "</ul>")
    out.append("<h2>Evidence</h2>")
    out.append(_evidence(tracks, flags))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _flag_table(flags: Sequence[Flag]) -> str:
    rows = ["<table><tr><th>kind</th><th>explanation</th><th>evidence</th></tr>"]
    for f in flags:
        rows.append(
            f'<tr><td class="kind {_e(f.kind)}">{_e(_kind_label(f.kind))}</td>'
            f"<td>{_e(f.explanation)}</td><td>"
            f'<a href="#{anchor(f.before)}">before</a> · <a href="#{anchor(f.after)}">after</a>'
            "</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _shift_table(shifts: Sequence[Flag]) -> str:
    if not shifts:
        return "<p>No stance shifts.</p>"
    rows = ["<table><tr><th>actor</th><th>topic</th><th>from</th><th>to</th><th>evidence</th></tr>"]
    for f in shifts:
        b, a = f.before, f.after
        assert b.stance
        assert a.stance
        assert b.date
        assert a.date
        who = a.who.name if a.who else "?"
        rows.append(
            f"<tr><td>{_e(who)}</td><td>{_e(a.stance.topic)}</td>"
            f'<td><a href="#{anchor(b)}">{_e(b.stance.polarity)}</a> '
            f"({_e(day_text(b.date.start))})</td>"
            f'<td><a href="#{anchor(a)}">{_e(a.stance.polarity)}</a> '
            f"({_e(day_text(a.date.start))})</td>"
            f"<td>{_e(f.explanation)}</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _evidence(tracks: Sequence[Track], flags: Sequence[Flag]) -> str:
    claims: dict[str, Claim] = {}
    for f in flags:
        claims.setdefault(f.before.id, f.before)
        claims.setdefault(f.after.id, f.after)
    for t in tracks:
        for o in t.observations:
            claims.setdefault(o.claim.id, o.claim)
    parts = []
    for c in sorted(claims.values(), key=lambda c: (c.doc_id or "", c.span, c.id)):
        who = c.who.name if c.who else "unattributed"
        when = day_text(c.date.start) if c.date else "undated"
        parts.append(
            f'<div id="{anchor(c)}"><span class="meta">{_e(c.doc_id or "?")} · '
            f"{_e(who)} · {_e(when)}</span><blockquote>{_e(c.text)}</blockquote></div>"
        )
    return "\n".join(parts)


def timeline_svg(track: CountTrack, flagged: set[tuple[str, str]] | None = None) -> str:
    """An inline SVG chart of one count: value over time, one colour per source.

    Readings in a series are joined by a line per chain; figures left out of the series are
    hollow; a claim that is part of a revision is ringed red, of a conflict orange.
    """
    flagged = flagged or set()
    obs = track.observations
    days = [o.date for o in obs]
    d0, d1 = min(days), max(days)
    span_days = max((d1 - d0).days, 1)
    top = max(max(o.value for o in obs), 1) * 1.1
    plot_w, plot_h = WIDTH - PAD_L - PAD_R, HEIGHT - PAD_T - PAD_B

    def x(d: dt.date) -> float:
        if d0 == d1:
            return PAD_L + plot_w / 2
        return PAD_L + plot_w * (d - d0).days / span_days

    def y(v: float) -> float:
        return PAD_T + plot_h * (1 - v / top)

    sources = track.sources
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-label="{_e(track.title)} over time">',
        f'<rect x="{PAD_L}" y="{PAD_T}" width="{plot_w}" height="{plot_h}" '
        'fill="#fff" stroke="#ced4da"/>',
    ]
    for frac in (0, 0.5, 1):
        v = top / 1.1 * frac
        parts.append(
            f'<text x="{PAD_L - 6}" y="{y(v) + 4:.1f}" text-anchor="end" '
            f'font-size="11" fill="#495057">{v:,.0f}</text>'
        )
    for d, align in ((d0, "middle"),) if d0 == d1 else ((d0, "start"), (d1, "end")):
        parts.append(
            f'<text x="{x(d):.1f}" y="{HEIGHT - 12}" text-anchor="{align}" '
            f'font-size="11" fill="#495057">{_e(day_text(d))}</text>'
        )
    chains: dict[str, list[tuple[float, float]]] = {}
    for o in obs:
        if o.in_series:
            chains.setdefault(o.chain, []).append((x(o.date), y(o.value)))
    for pts in chains.values():
        if len(pts) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in pts)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="#adb5bd" stroke-width="1.5"/>'
            )
    for o in obs:
        cx, cy, fill = x(o.date), y(o.value), colour[o.source]
        ring = ""
        if ("figure_decrease", o.claim.id) in flagged:
            ring = FLAG_COLOURS["figure_decrease"]
        elif ("figure_conflict", o.claim.id) in flagged:
            ring = FLAG_COLOURS["figure_conflict"]
        if ring:
            parts.append(
                f'<circle class="flagged" cx="{cx:.1f}" cy="{cy:.1f}" r="9" '
                f'fill="none" stroke="{ring}" stroke-width="2.5"/>'
            )
        style = f'fill="{fill}"' if o.in_series else f'fill="#fff" stroke="{fill}" stroke-width="2"'
        tip = f"{o.source}: {o.label} on {day_text(o.date)}"
        parts.append(
            f'<a href="#{anchor(o.claim)}"><circle class="mark" cx="{cx:.1f}" '
            f'cy="{cy:.1f}" r="5" {style}><title>{_e(tip)}</title></circle></a>'
        )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i class="swatch" style="background:{colour[s]}"></i>{_e(s)}</span>'
        for s in sources
    )
    return "\n".join(parts) + f'\n<div class="legend">{legend}</div>'


def build_report(claims: Iterable[Claim], fmt: str) -> str:
    """Reconcile claims, build their tracks and render them as ``"md"`` or ``"html"``.

    Raises:
        InputError: ``fmt`` is neither "md" nor "html".
    """
    if fmt not in ("md", "html"):
        raise InputError(f'report format must be "md" or "html", got {fmt!r}', value=fmt)
    claims = list(claims)
    tracks, flags = build_tracks(claims), reconcile(claims)
    return render_markdown(tracks, flags) if fmt == "md" else render_html(tracks, flags)
