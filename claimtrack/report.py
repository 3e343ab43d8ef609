"""Tracks and flags -> a Markdown or a self-contained HTML report a desk can read.

The page leads with a header (inputs, documents, outlets, publication dates, the claimtrack
version) and the flags. Counts reported on two days or more are drawn as inline SVG timelines
(value over time, one colour per source, a key for every mark); counts with one reading are
rows of a table. Every piece of evidence names its outlet, title and publication date, links
to the article when its url is known, and marks the figure or cue it rests on. The HTML needs
nothing from the network; all text from documents is escaped. The Markdown is CommonMark,
flags first.

>>> "<svg" in build_report([], "html")
False
>>> build_report([], "md").startswith("# claimtrack report")
True
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from . import __version__
from .chart import FLAG_COLOURS, anchor, timeline_svg
from .errors import InputError
from .model import Claim, Flag
from .notebook import mark_span, marked_html
from .reconcile.explain import day_text
from .reconcile.flags import reconcile
from .reconcile.track import CountTrack, StanceTrack, Track, build_tracks

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#212529;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #dee2e6;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #dee2e6;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f3f5}.chart{margin:0 0 1.5rem}.legend span{margin-right:1rem;font-size:.85rem}
.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.25rem}
.hollow{border:2px solid #495057;width:.5rem;height:.5rem;background:#fff}
.ring{border:2.5px solid;background:transparent;width:.75rem;height:.75rem}
.line{display:inline-block;width:1.4rem;height:0;border-top:2px solid #adb5bd;margin:0 .25rem .2rem 0}
.key{background:#f8f9fa;padding:.4rem .7rem;font-size:.85rem}.key span{margin-right:1.2rem}
.kind{font-weight:600}.figure_increase{color:#2b8a3e}.figure_decrease{color:#c92a2a}
.figure_conflict{color:#e8590c}.stance_shift{color:#5f3dc4}
blockquote{margin:.3rem 0 .8rem;padding:.3rem .7rem;border-left:3px solid #adb5bd;background:#f8f9fa}
mark{background:#ffe066;padding:0 .1rem}
:target{background:#fff3bf}.meta{color:#868e96;font-size:.85rem}.num{text-align:right}
"""  # noqa: E501 - one CSS rule per line; wrapping would change the page's bytes


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def _kind_label(kind: str) -> str:
    return kind.replace("figure_", "").replace("_", " ")


def topic_name(topic: str) -> str:
    """A topic id as words: "humanitarian_pause" -> "humanitarian pause"."""
    return topic.replace("_", " ")


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def display_names(names: Iterable[str]) -> dict[str, str]:
    """Each actor or source name as the report shows it: one name per person.

    Full names with the same first and last word are one person, shown by the fullest
    ("Antony J. Blinken" for "Antony Blinken"); a lone surname joins that person when the
    names hold one person of that surname, as ``reconcile`` joins "Kirby" to "John Kirby".

    >>> names = display_names(["Kirby", "John Kirby", "John F. Kirby", "Ministry"])
    >>> names["Kirby"], names["John Kirby"], names["Ministry"]
    ('John F. Kirby', 'John F. Kirby', 'Ministry')
    >>> display_names(["Kirby", "John Kirby", "Mary Kirby"])["Kirby"]
    'Kirby'
    """
    names = list(dict.fromkeys(names))
    people: dict[tuple[str, str], list[str]] = {}
    for name in names:
        words = name.casefold().split()
        if len(words) > 1 and name[:1].isupper():
            people.setdefault((words[0], words[-1]), []).append(name)
    fullest = {
        key: max(group, key=lambda n: (len(n.split()), len(n), n)) for key, group in people.items()
    }
    shown = {}
    for name in names:
        words = name.casefold().split()
        if (words[0], words[-1]) in fullest and len(words) > 1:
            shown[name] = fullest[(words[0], words[-1])]
            continue
        same = [full for (_, last), full in fullest.items() if len(words) == 1 and last == words[0]]
        shown[name] = same[0] if len(same) == 1 else name
    return shown


def count_line(track: CountTrack, names: Mapping[str, str]) -> str:
    """One line: the latest reading in a series, the spread of the sources' latest readings.

    A figure left out of every series (a rounded restatement, "two bodies were found") is
    not the latest reading of the count.
    """
    kept = [o for o in track.observations if o.in_series] or track.observations
    latest = kept[-1]
    per_source = {names[o.source]: o for o in kept}
    values = sorted({o.value for o in per_source.values()})
    spread = "" if len(values) < 2 else f"; sources range from {values[0]:,g} to {values[-1]:,g}"
    n = len(per_source)
    return (
        f"latest {latest.label} ({names[latest.source]}, {day_text(latest.date)}){spread}; "
        f"{n} source{'s' if n != 1 else ''}"
    )


def stance_line(track: StanceTrack, names: Mapping[str, str]) -> str:
    """One line: the actor, the topic, the latest position, how many statements and shifts."""
    latest = track.observations[-1]
    n, k = len(track.observations), len(track.flags)
    return (
        f"{names.get(track.actor, track.actor)} on {topic_name(track.key[1])}: {latest.polarity} "
        f"({day_text(latest.date)}); {n} statement{'s' if n != 1 else ''}, "
        f"{k} shift{'s' if k != 1 else ''}"
    )


def _actor_names(tracks: Sequence[Track]) -> dict[str, str]:
    found: list[str] = []
    for t in tracks:
        if isinstance(t, CountTrack):
            found += [o.source for o in t.observations]
        else:  # every name the actor was given, so that "Lasker" finds "Ivo Lasker"
            found += [t.actor, *(o.claim.who.name for o in t.observations if o.claim.who)]
    return display_names(found)


# --- the header ----------------------------------------------------------------------------
def header_facts(claims: Sequence[Claim], header: Mapping[str, Any] | None) -> list[str]:
    """The header's facts: inputs, documents, outlets, publication dates, the version."""
    header = header or {}
    facts = []
    if header.get("inputs"):
        facts.append("inputs: " + ", ".join(str(p) for p in header["inputs"]))
    documents = header.get("documents") or len({c.doc_id or c.id for c in claims})
    facts.append(f"{documents} document{'s' if documents != 1 else ''}")
    outlets = sorted({c.source for c in claims if c.source})
    if outlets:
        facts.append(
            f"{len(outlets)} outlet{'s' if len(outlets) != 1 else ''}: {', '.join(outlets)}"
        )
    days = sorted({c.published for c in claims if c.published})
    if days:
        facts.append(
            f"published {day_text(days[0])}"
            + (f" to {day_text(days[-1])}" if days[-1] != days[0] else "")
        )
    undated = len({c.doc_id for c in claims if c.published is None})
    if undated:
        facts.append(f"{undated} without a publication date")
    facts.append(f"claimtrack {__version__}")
    return facts


def _provenance(c: Claim) -> tuple[str, str | None, str | None, str]:
    """Outlet, title, url, and the publication day of a claim's document (as words)."""
    outlet = c.source or (f"document {c.doc_id}" if c.doc_id else "unknown outlet")
    published = day_text(c.published) if c.published else "date unknown"
    return outlet, c.title, c.url, published


# --- Markdown --------------------------------------------------------------------------------
def render_markdown(
    tracks: Sequence[Track], flags: Sequence[Flag], *, facts: Sequence[str] = ()
) -> str:
    """A CommonMark report: the header, the flags with their evidence, then counts and stances."""
    names = _actor_names(tracks)
    lines = ["# claimtrack report", ""]
    if facts:
        lines += [_md(" · ".join(facts)), ""]
    lines += ["## Flags", ""]
    for number, f in enumerate(flags, start=1):
        lines.append(f"{number}. **{_kind_label(f.kind)}**: {_md(f.explanation)}")
        lines.append(f"   - before: {_md_evidence(f.before)}")
        lines.append(f"   - after: {_md_evidence(f.after)}")
    lines += ["No changes found."] if not flags else []
    counts = [t for t in tracks if isinstance(t, CountTrack)]
    stances = [t for t in tracks if isinstance(t, StanceTrack)]
    lines += ["", "## Counts", ""]
    if counts:
        lines += ["| count | readings | summary |", "|---|--:|---|"]
        lines += [
            f"| {_md(_capital(t.title))} | {len(t.observations)} | {_md(count_line(t, names))} |"
            for t in counts
        ]
    else:
        lines.append("No counts found.")
    lines += ["", "## Stances", ""]
    if stances:
        lines += ["| actor | topic | statements | summary |", "|---|---|--:|---|"]
        lines += [
            f"| {_md(t.actor)} | {_md(topic_name(t.key[1]))} | {len(t.observations)} "
            f"| {_md(stance_line(t, names))} |"
            for t in stances
        ]
    else:
        lines.append("No stances found.")
    return "\n".join(lines) + "\n"


_SPACES = re.compile(r"\s+")


def _md(s: str) -> str:
    """Text safe inside a Markdown paragraph, list item or table cell: one line, no markup."""
    s = _SPACES.sub(" ", s)
    for ch in "\\`*_[]<>|&#!~":
        s = s.replace(ch, "\\" + ch)
    return s


def _md_evidence(c: Claim) -> str:
    """Outlet, linked title, day, and the evidence quoted with its figure or cue in bold."""
    outlet, title, url, published = _provenance(c)
    where = _md(outlet)
    if title and url:
        where += f", [{_md(title)}](<{_url(url)}>)"
    elif title:
        where += f", *{_md(title)}*"
    elif url:
        where += f", <{_url(url)}>"
    text, span = c.text, mark_span(c)
    if span is not None and text[span[0] : span[1]].strip() == text[span[0] : span[1]] != "":
        a, b = span
        quote = f"{_md(text[:a])}**{_md(text[a:b])}**{_md(text[b:])}"
    else:
        quote = _md(text)
    return f"{where}, {published}: “{quote.strip()}”"


def _url(url: str) -> str:
    """A url safe inside ``<...>``: no spaces, angle brackets or line breaks."""
    return "".join(ch if ch not in " <>\n\r\t" else f"%{ord(ch):02X}" for ch in url)


# --- HTML ------------------------------------------------------------------------------------
def render_html(
    tracks: Sequence[Track], flags: Sequence[Flag], *, facts: Sequence[str] = ()
) -> str:
    """A self-contained HTML page: header, flags, count charts and table, stances, evidence."""
    names = _actor_names(tracks)
    counts = [t for t in tracks if isinstance(t, CountTrack)]
    stances = [t for t in tracks if isinstance(t, StanceTrack)]
    charted = [t for t in counts if len({o.date for o in t.observations}) > 1]
    single = [t for t in counts if t not in charted]
    flagged: set[tuple[str, str]] = {(f.kind, c.id) for f in flags for c in (f.before, f.after)}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>claimtrack report</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>claimtrack report</h1>",
        f'<p class="meta">{" · ".join(_e(f) for f in facts)}</p>' if facts else "",
        f'<p class="meta">{len(counts)} counts, {len(stances)} actor-topics, '
        f"{len(flags)} flags.</p>",
        "<h2>Flags</h2>",
        _flag_table(flags) if flags else "<p>No changes found.</p>",
        "<h2>Counts</h2>",
    ]
    if charted:
        out.append(KEY)
    for i, track in enumerate(charted):
        out.append(f'<section class="chart" id="count-{i}"><h3>{_e(_capital(track.title))}</h3>')
        out.append(f'<p class="meta">{_e(count_line(track, names))}</p>')
        out.append(timeline_svg(track, flagged, names))
        out.append("</section>")
    if single:
        out.append("<h3>Counts reported on one day</h3>")
        out.append(_single_table(single, names))
    if not counts:
        out.append("<p>No counts found.</p>")
    out.append("<h2>Stance shifts</h2>")
    out.append(_shift_table([f for f in flags if f.kind == "stance_shift"], names))
    if stances:
        lines = sorted(stance_line(t, names) for t in stances)
        out.append("<ul>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>")
    out.append("<h2>Evidence</h2>")
    out.append(_evidence(tracks, flags, names))
    out.append("</body></html>")
    return "\n".join(part for part in out if part) + "\n"


KEY = (
    '<p class="key"><strong>Key</strong> '
    '<span><i class="swatch" style="background:#495057"></i>a reading in a source\'s series</span>'
    '<span><i class="swatch hollow"></i>left out of the series (a rounded restatement, or a '
    "figure with no place)</span>"
    '<span><i class="line"></i>joins the readings of one source chain</span>'
    f'<span><i class="swatch ring" style="border-color:{FLAG_COLOURS["figure_decrease"]}"></i>'
    "part of a decrease</span>"
    f'<span><i class="swatch ring" style="border-color:{FLAG_COLOURS["figure_conflict"]}"></i>'
    "part of a conflict</span>"
    "<span>Colours: one per source, named under each chart. Click a mark for its evidence."
    "</span></p>"
)


def _link(c: Claim, text: str | None = None) -> str:
    outlet, _, _, published = _provenance(c)
    return f'<a href="#{anchor(c)}">{_e(text or f"{outlet}, {published}")}</a>'


def _flag_table(flags: Sequence[Flag]) -> str:
    rows = ["<table><tr><th>kind</th><th>explanation</th><th>before</th><th>after</th></tr>"]
    for f in flags:
        rows.append(
            f'<tr><td class="kind {_e(f.kind)}">{_e(_kind_label(f.kind))}</td>'
            f"<td>{_e(f.explanation)}</td><td>{_link(f.before)}</td><td>{_link(f.after)}</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _single_table(tracks: Sequence[CountTrack], names: Mapping[str, str]) -> str:
    rows = [
        "<table><tr><th>count</th><th>reading</th><th>source</th><th>reported for</th>"
        "<th>evidence</th></tr>"
    ]
    for t in tracks:
        for o in t.observations:
            rows.append(
                f"<tr><td>{_e(_capital(t.title))}</td><td>{_e(o.label)}</td>"
                f"<td>{_e(names[o.source])}</td><td>{_e(day_text(o.date))}</td>"
                f"<td>{_link(o.claim)}</td></tr>"
            )
    rows.append("</table>")
    return "\n".join(rows)


def _shift_table(shifts: Sequence[Flag], names: Mapping[str, str]) -> str:
    if not shifts:
        return "<p>No stance shifts.</p>"
    rows = ["<table><tr><th>actor</th><th>topic</th><th>from</th><th>to</th><th>evidence</th></tr>"]
    for f in shifts:
        b, a = f.before, f.after
        assert b.stance
        assert a.stance
        assert b.date
        assert a.date
        who = names.get(a.who.name, a.who.name) if a.who else "?"
        rows.append(
            f"<tr><td>{_e(who)}</td><td>{_e(topic_name(a.stance.topic))}</td>"
            f'<td><a href="#{anchor(b)}">{_e(b.stance.polarity)}</a> '
            f"({_e(day_text(b.date.start))})</td>"
            f'<td><a href="#{anchor(a)}">{_e(a.stance.polarity)}</a> '
            f"({_e(day_text(a.date.start))})</td>"
            f"<td>{_e(f.explanation)}</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _evidence(tracks: Sequence[Track], flags: Sequence[Flag], names: Mapping[str, str]) -> str:
    claims: dict[str, Claim] = {}
    for f in flags:
        claims.setdefault(f.before.id, f.before)
        claims.setdefault(f.after.id, f.after)
    for t in tracks:
        for o in t.observations:
            claims.setdefault(o.claim.id, o.claim)
    parts = []
    for c in sorted(claims.values(), key=lambda c: (c.doc_id or "", c.span, c.id)):
        outlet, title, url, published = _provenance(c)
        head = f"<strong>{_e(outlet)}</strong>"
        if title:
            head += " · " + (
                f'<a href="{_e(url)}" rel="noopener">{_e(title)}</a>' if url else _e(title)
            )
        elif url:
            head += f' · <a href="{_e(url)}" rel="noopener">{_e(url)}</a>'
        who = names.get(c.who.name, c.who.name) if c.who else "the text itself"
        when = day_text(c.date.start) if c.date else "undated"
        parts.append(
            f'<div id="{anchor(c)}"><span class="meta">{head} · published {_e(published)}'
            f"{' · document ' + _e(c.doc_id) if c.doc_id and c.source else ''}<br>"
            f"according to {_e(who)}, for {_e(when)}</span>"
            f"<blockquote>{marked_html(c)}</blockquote></div>"
        )
    return "\n".join(parts)


def build_report(
    claims: Iterable[Claim], fmt: str, *, header: Mapping[str, Any] | None = None
) -> str:
    """Reconcile claims, build their tracks and render them as ``"md"`` or ``"html"``.

    Args:
        claims: claims from any number of documents.
        fmt: "md" or "html".
        header: what the header names beside the claims: ``inputs`` (the paths read) and
            ``documents`` (how many were read, as some may hold no claim).

    Raises:
        InputError: ``fmt`` is neither "md" nor "html", or ``claims`` holds something else.
    """
    if fmt not in ("md", "html"):
        raise InputError(f'report format must be "md" or "html", got {fmt!r}', value=fmt)
    claims = list(claims)
    tracks, flags = build_tracks(claims), reconcile(claims)
    facts = header_facts(claims, header)
    if fmt == "md":
        return render_markdown(tracks, flags, facts=facts)
    return render_html(tracks, flags, facts=facts)
