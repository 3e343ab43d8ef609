"""Compact, escaped HTML for Jupyter: claims, flags, their lists and tracks.

Jupyter calls ``_repr_html_`` on the last value of a cell; :class:`~claimtrack.model.Claim`,
:class:`~claimtrack.model.Flag`, the lists ``extract`` and ``reconcile`` return and the tracks of
:mod:`claimtrack.reconcile.track` delegate here. Every piece of text from a document is escaped;
the figure, stance cue or reporting verb of a claim is marked in its evidence.

>>> from claimtrack.model import Claim, Figure
>>> c = Claim(id="a:0", doc_id="a", kind="figure", who=None, what="12 killed",
...           text="<b>12</b> people were killed.", span=(0, 29),
...           figure=Figure(value=12, category="killed", text="12", span=(3, 5)))
>>> marked_html(c)
'&lt;b&gt;<mark>12</mark>&lt;/b&gt; people were killed.'
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Claim, Flag

if TYPE_CHECKING:
    from .reconcile.track import CountTrack, StanceTrack

# Rows shown before "... and N more": a notebook cell is a glance, the data frame is the table.
MAX_ROWS = 50
# Characters of evidence shown around the marked words.
CONTEXT = 160
STYLE = (
    "<style>.ct-table td,.ct-table th{text-align:left;vertical-align:top;padding:2px 6px}"
    ".ct-table mark{background:#ffe066}.ct-meta{color:#868e96;font-size:.85em}</style>"
)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def mark_span(claim: Claim) -> tuple[int, int] | None:
    """Where the claim's key words sit in its evidence (offsets into ``claim.text``), if known.

    The figure as written for a figure; the stance cue for a stance; the reporting verb for a
    statement.
    """
    start = claim.span[0]
    if claim.figure is not None:
        a, b = claim.figure.span[0] - start, claim.figure.span[1] - start
        if 0 <= a <= b <= len(claim.text):
            return a, b
    if claim.stance is not None and claim.stance.cue:
        at = claim.text.lower().find(claim.stance.cue.lower())
        if at >= 0:
            return at, at + len(claim.stance.cue)
    if claim.attribution is not None:
        a, b = claim.attribution.cue.span[0] - start, claim.attribution.cue.span[1] - start
        if 0 <= a <= b <= len(claim.text):
            return a, b
    return None


def marked_html(claim: Claim, context: int | None = None) -> str:
    """The evidence, escaped, with the key words in ``<mark>``; cut to ``context`` around them."""
    text = claim.text
    where = mark_span(claim)
    a, b = where if where is not None else (0, 0)
    lo, hi = 0, len(text)
    if context is not None and len(text) > 2 * context + (b - a):
        lo, hi = max(0, a - context), min(len(text), b + context)
    head = ("…" if lo > 0 else "") + _e(text[lo:a])
    tail = _e(text[b:hi]) + ("…" if hi < len(text) else "")
    if where is None:
        return head + tail
    return f"{head}<mark>{_e(text[a:b])}</mark>{tail}"


def _who(claim: Claim) -> str:
    return claim.who.name if claim.who else "(the text itself)"


def _what(claim: Claim) -> str:
    if claim.stance is not None:
        return f"{claim.stance.polarity} {claim.stance.topic.replace('_', ' ')}"
    return claim.what


def _day(claim: Claim) -> str:
    if claim.date is None:
        return ""
    if claim.date.start == claim.date.end:
        return claim.date.start.isoformat()
    return f"{claim.date.start.isoformat()} – {claim.date.end.isoformat()}"


def _source(claim: Claim) -> str:
    name = claim.source or claim.doc_id or ""
    if claim.url:
        return f'<a href="{_e(claim.url)}" target="_blank" rel="noopener">{_e(name or "link")}</a>'
    return _e(name)


def _row(claim: Claim) -> str:
    return (
        f"<tr><td>{_e(claim.kind)}</td><td>{_e(_who(claim))}</td><td>{_e(_what(claim))}</td>"
        f"<td>{_e(_day(claim))}</td><td>{_source(claim)}</td>"
        f"<td>{marked_html(claim, CONTEXT)}</td></tr>"
    )


def _more(total: int) -> str:
    hidden = total - MAX_ROWS
    if hidden <= 0:
        return ""
    return f'<p class="ct-meta">… and {hidden} more; .to_pandas() gives the whole table.</p>'


def claim_html(claim: Claim) -> str:
    """One claim as a one-row table."""
    return claims_html([claim])


def claims_html(claims: Sequence[Claim]) -> str:
    """A table of claims (the first :data:`MAX_ROWS`): kind, who, what, day, source, evidence."""
    n = len(claims)
    head = (
        f'{STYLE}<p class="ct-meta">{n} claim{"s" if n != 1 else ""}</p>'
        '<table class="ct-table"><tr><th>kind</th><th>who</th><th>what</th><th>date</th>'
        "<th>source</th><th>evidence</th></tr>"
    )
    rows = "".join(_row(c) for c in claims[:MAX_ROWS])
    return f"{head}{rows}</table>{_more(n)}"


def flag_html(flag: Flag) -> str:
    """One flag as a one-row table."""
    return flags_html([flag])


def flags_html(flags: Sequence[Flag]) -> str:
    """A table of flags: kind, explanation, and both readings with their evidence marked."""
    n = len(flags)
    parts = [
        f'{STYLE}<p class="ct-meta">{n} flag{"s" if n != 1 else ""}</p>'
        '<table class="ct-table"><tr><th>kind</th><th>explanation</th><th>before</th>'
        "<th>after</th></tr>"
    ]
    for f in flags[:MAX_ROWS]:
        sides = "".join(
            f'<td><span class="ct-meta">{_source(c)} {_e(_day(c))}</span><br>'
            f"{marked_html(c, CONTEXT)}</td>"
            for c in (f.before, f.after)
        )
        parts.append(f"<tr><td>{_e(f.kind.replace('_', ' '))}</td><td>{_e(f.explanation)}</td>")
        parts.append(sides + "</tr>")
    return "".join(parts) + "</table>" + _more(n)


def count_track_html(track: CountTrack) -> str:
    """A count: its title, its one-line summary and its timeline as SVG."""
    from .chart import timeline_svg  # the report's chart

    flagged: set[tuple[str, str]] = {
        (f.kind, c.id) for f in track.flags for c in (f.before, f.after)
    }
    return (
        f"<div><strong>{_e(track.title)}</strong>"
        f'<p class="ct-meta">{_e(track.summary())}</p>{timeline_svg(track, flagged)}</div>'
    )


def stance_track_html(track: StanceTrack) -> str:
    """An actor on a topic: the summary and a row per statement."""
    rows = "".join(
        f"<tr><td>{_e(o.date.isoformat())}</td><td>{_e(o.polarity)}</td>"
        f"<td>{_source(o.claim)}</td><td>{marked_html(o.claim, CONTEXT)}</td></tr>"
        for o in track.observations[:MAX_ROWS]
    )
    return (
        f'{STYLE}<div><strong>{_e(track.title)}</strong><p class="ct-meta">'
        f'{_e(track.summary())}</p><table class="ct-table"><tr><th>date</th><th>position</th>'
        f"<th>source</th><th>evidence</th></tr>{rows}</table>"
        f"{_more(len(track.observations))}</div>"
    )
