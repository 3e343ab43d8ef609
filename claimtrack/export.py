"""Claims and flags as tables: flat records, CSV/TSV, a chart-ready timeline, data frames.

One flat row per claim (:data:`CLAIM_COLUMNS`) and per flag (:data:`FLAG_COLUMNS`: the shared
key, then both readings as ``before_*`` and ``after_*``). Column names are stable and
documented in ``docs/cli.md``. In Python the records hold real values (``datetime.date``,
``int``/``float``, ``None``); CSV writes dates as ``YYYY-MM-DD`` and ``None`` as an empty cell,
so ``pandas.read_csv(path, parse_dates=DATE_COLUMNS)`` gives the table :func:`to_pandas` gives.

>>> import datetime as dt
>>> from claimtrack.model import Claim, Figure
>>> c = Claim(id="a:0", doc_id="a", kind="figure", who=None, what="12 killed",
...           text="12 people were killed.", span=(0, 22), published=dt.date(2024, 5, 9),
...           figure=Figure(value=12, category="killed", text="12", span=(0, 2)))
>>> row = next(claim_records([c]))
>>> row["document"], row["value"], row["published"], row["start"], row["end"]
('a', 12, datetime.date(2024, 5, 9), 0, 22)
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from .errors import InputError
from .model import Claim, Flag

CLAIM_COLUMNS = (
    "id", "document", "source", "url", "published", "title", "kind", "who", "who_kind",
    "who_title", "what", "category", "value", "low", "high", "qualifier", "figure_text", "places",
    "subgroup", "date", "date_end", "topic", "polarity", "evidence", "start", "end",
)  # fmt: skip
# What both readings of a flag share, then what each reading has.
FLAG_KEY_COLUMNS = ("kind", "explanation", "category", "places", "subgroup", "who", "topic")
FLAG_SIDE_COLUMNS = (
    "id", "document", "source", "url", "published", "title", "who", "value", "low", "high",
    "qualifier", "figure_text", "date", "polarity", "evidence", "start", "end",
)  # fmt: skip
FLAG_COLUMNS = FLAG_KEY_COLUMNS + tuple(
    f"{side}_{name}" for side in ("before", "after") for name in FLAG_SIDE_COLUMNS
)
# Columns holding days: pass to ``pandas.read_csv(..., parse_dates=...)``.
DATE_COLUMNS = ("published", "date", "date_end")
FLAG_DATE_COLUMNS = tuple(
    f"{side}_{name}" for side in ("before", "after") for name in ("published", "date")
)
# Places a count covers are joined with this in one cell: "Chile; Argentina".
PLACE_SEPARATOR = "; "


def claim_record(claim: Claim) -> dict[str, Any]:
    """One claim as a flat row with the keys of :data:`CLAIM_COLUMNS`, in that order."""
    who, fig, date, stance = claim.who, claim.figure, claim.date, claim.stance
    scope = fig.scope if fig is not None else None
    return {
        "id": claim.id,
        "document": claim.doc_id,
        "source": claim.source,
        "url": claim.url,
        "published": claim.published,
        "title": claim.title,
        "kind": claim.kind,
        "who": who.name if who else None,
        "who_kind": who.kind if who else None,
        "who_title": who.title if who else None,
        "what": claim.what,
        "category": fig.category if fig else None,
        "value": fig.value if fig else None,
        "low": fig.low if fig else None,
        "high": fig.high if fig else None,
        "qualifier": fig.qualifier if fig else None,
        "figure_text": fig.text if fig else None,
        "places": _places(scope.places, scope.place) if scope else None,
        "subgroup": scope.subgroup if scope else None,
        "date": date.start if date else None,
        "date_end": date.end if date else None,
        "topic": stance.topic if stance else None,
        "polarity": stance.polarity if stance else None,
        "evidence": claim.text,
        "start": claim.span[0],
        "end": claim.span[1],
    }


def _places(places: Sequence[str], place: str | None) -> str | None:
    if places:
        return PLACE_SEPARATOR.join(places)
    return place


def claim_records(claims: Iterable[Claim]) -> Iterator[dict[str, Any]]:
    """Flat rows, one per claim, in the order given."""
    return (claim_record(c) for c in claims)


def flag_record(flag: Flag) -> dict[str, Any]:
    """One flag as a flat row with the keys of :data:`FLAG_COLUMNS`: both readings side by side."""
    before, after = claim_record(flag.before), claim_record(flag.after)
    row: dict[str, Any] = {
        "kind": flag.kind,
        "explanation": flag.explanation,
        "category": after["category"],
        "places": after["places"],
        "subgroup": after["subgroup"],
        "who": after["who"] if flag.kind == "stance_shift" else None,
        "topic": after["topic"],
    }
    for side, record in (("before", before), ("after", after)):
        for name in FLAG_SIDE_COLUMNS:
            row[f"{side}_{name}"] = record["evidence" if name == "evidence" else name]
    return row


def flag_records(flags: Iterable[Flag]) -> Iterator[dict[str, Any]]:
    """Flat rows, one per flag, in the order given."""
    return (flag_record(f) for f in flags)


def records(items: Iterable[Claim | Flag]) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    """The columns and rows of claims or of flags (not both), checking what was given.

    Raises:
        InputError: an item is neither a Claim nor a Flag, or claims and flags are mixed.
    """
    items = list(items)
    if all(isinstance(i, Claim) for i in items):
        return CLAIM_COLUMNS, [claim_record(i) for i in items]  # type: ignore[arg-type]
    if all(isinstance(i, Flag) for i in items):
        return FLAG_COLUMNS, [flag_record(i) for i in items]  # type: ignore[arg-type]
    odd = next((i for i in items if not isinstance(i, (Claim, Flag))), items[0])
    raise InputError(
        f"expected claims or flags (not both), got {type(odd).__name__}", value=type(odd).__name__
    )


# --- CSV / TSV ------------------------------------------------------------------------------------
def cell(value: Any) -> Any:
    """A value as CSV writes it: days as ISO, None as empty, the rest unchanged."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class TableWriter:
    """Rows to CSV or TSV on a stream: a header first, UTF-8, an Excel byte-order mark on demand.

    ``excel=True`` writes the byte-order mark Excel needs to read UTF-8 and ends lines with
    CRLF; otherwise lines end with LF.
    """

    def __init__(
        self, stream: TextIO, columns: Sequence[str], *, delimiter: str = ",", excel: bool = False
    ) -> None:
        if excel:
            stream.write("\ufeff")
        self._writer = csv.writer(
            stream, delimiter=delimiter, lineterminator="\r\n" if excel else "\n"
        )
        self._columns = tuple(columns)
        self._writer.writerow(self._columns)

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        """Write rows (dicts with the writer's columns)."""
        self._writer.writerows([cell(row.get(c)) for c in self._columns] for row in rows)


# --- timeline -------------------------------------------------------------------------------------
def timeline_rows(tracks: Iterable[Any], *, count: str | None = None) -> list[dict[str, Any]]:
    """One row per count and day, one column per source: the shape chart tools read directly.

    Each cell is the source's reading of that count on that day: the one ``reconcile`` keeps in
    the source's series (a figure it leaves out, such as "two bodies were found" beside the day's
    toll, fills a cell only when the series has none); days a source gave nothing are empty.
    With ``count`` (a count's title, as in the report: "death toll"), only that count,
    and no ``count`` column: a date column and a numeric column per source, Datawrapper's format.

    Raises:
        InputError: ``count`` names no count among the tracks (the message lists them).
    """
    from .reconcile.track import CountTrack

    counts = [t for t in tracks if isinstance(t, CountTrack)]
    if count is not None:
        chosen = [t for t in counts if t.title == count]
        if not chosen:
            names = ", ".join(repr(t.title) for t in counts) or "none"
            raise InputError(f"no count named {count!r}; the counts are: {names}", value=count)
        counts = chosen
    rows: list[dict[str, Any]] = []
    for track in counts:
        days: dict[dt.date, dict[str, Any]] = {}
        for o in sorted(track.observations, key=lambda o: o.in_series):  # series last: it wins
            day = days.setdefault(o.date, {} if count else {"count": track.title})
            if o.in_series or o.source not in day:
                day[o.source] = int(o.value) if float(o.value).is_integer() else o.value
        rows += [{"date": d, **days[d]} for d in sorted(days)]
    return rows


def timeline_columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    """``date`` (and ``count``), then each source in order of its first reading."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    lead = [c for c in ("date", "count") if c in columns]
    return lead + [c for c in columns if c not in lead]


# --- data frames ----------------------------------------------------------------------------------
def to_pandas(items: Iterable[Claim | Flag]) -> Any:
    """Claims or flags as a pandas DataFrame: dates as ``datetime64``, values as numbers.

    Raises:
        InputError: pandas is not installed (``pip install 'claimtrack[pandas]'``).
    """
    try:
        import pandas as pd
    except ImportError as err:
        raise InputError(
            "to_pandas() needs pandas: pip install 'claimtrack[pandas]'", value="pandas"
        ) from err
    columns, rows = records(items)
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    for name in (*DATE_COLUMNS, *FLAG_DATE_COLUMNS):
        if name in frame.columns:
            # Parsed from ISO text, as read_csv(parse_dates=...) parses the CSV: one time unit.
            frame[name] = pd.to_datetime(frame[name].map(cell).replace("", None))
    for name in frame.columns:
        if frame[name].dtype == object and frame[name].isna().all():
            frame[name] = frame[name].astype(float)  # an empty column reads back as NaN
    return frame


def to_polars(items: Iterable[Claim | Flag]) -> Any:
    """Claims or flags as a polars DataFrame: dates as ``pl.Date``, values as numbers.

    Raises:
        InputError: polars is not installed (``pip install 'claimtrack[polars]'``).
    """
    try:
        import polars as pl
    except ImportError as err:
        raise InputError(
            "to_polars() needs polars: pip install 'claimtrack[polars]'", value="polars"
        ) from err
    columns, rows = records(items)
    numbers = ("value", "low", "high")
    numeric = {*numbers, *(f"{s}_{n}" for s in ("before", "after") for n in numbers)}
    data = {
        c: [float(r[c]) if c in numeric and r[c] is not None else r[c] for r in rows]
        for c in columns
    }
    return pl.DataFrame(data, strict=False, infer_schema_length=None)


# --- schema.org JSON-LD ---------------------------------------------------------------------------
JSONLD_CONTEXT = {
    "@vocab": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "cito": "http://purl.org/spar/cito/",
    "prov:wasRevisionOf": {"@type": "@id"},
    "cito:disagreesWith": {"@type": "@id"},
}


def claim_node_id(claim: Claim) -> str:
    """A claim's JSON-LD ``@id``: the article url with a fragment, else a ``urn:claimtrack:`` id."""
    fragment = "".join(ch if ch.isalnum() or ch in "-._" else "-" for ch in claim.id)
    if claim.url:
        return f"{claim.url.split('#', 1)[0]}#claimtrack-{fragment}"
    return f"urn:claimtrack:{fragment}"


def claim_node(claim: Claim) -> dict[str, Any]:
    """One claim as a schema.org ``Claim``: the text, who said it, where it appeared and when."""
    node: dict[str, Any] = {
        "@id": claim_node_id(claim),
        "@type": "Claim",
        "text": claim.text,
        "abstract": claim.what,
        "identifier": claim.id,
    }
    if claim.who is not None:
        kind = "Person" if claim.who.kind == "person" else "Organization"
        node["author"] = {"@type": kind, "name": claim.who.name}
    appearance: dict[str, Any] = {"@type": "NewsArticle"}
    for key, value in (
        ("url", claim.url),
        ("headline", claim.title),
        ("identifier", claim.doc_id),
        ("datePublished", claim.published.isoformat() if claim.published else None),
    ):
        if value is not None:
            appearance[key] = value
    if claim.source:
        appearance["publisher"] = {"@type": "Organization", "name": claim.source}
    node["appearance"] = appearance
    if claim.published is not None:
        node["datePublished"] = claim.published.isoformat()
    if claim.date is not None:
        node["temporalCoverage"] = (
            claim.date.start.isoformat()
            if claim.date.start == claim.date.end
            else f"{claim.date.start.isoformat()}/{claim.date.end.isoformat()}"
        )
    if claim.figure is not None and claim.figure.category is not None:
        node["about"] = {
            "@type": "QuantitativeValue",
            "name": claim.figure.category,
            "value": claim.figure.value,
            **({"minValue": claim.figure.low} if claim.figure.low is not None else {}),
            **({"maxValue": claim.figure.high} if claim.figure.high is not None else {}),
        }
    elif claim.stance is not None:
        node["about"] = {"@type": "Thing", "name": claim.stance.topic}
        node["keywords"] = claim.stance.polarity
    return node


def to_jsonld(claims: Iterable[Claim], flags: Iterable[Flag] = ()) -> dict[str, Any]:
    """Claims and flags as one JSON-LD graph of schema.org ``Claim`` nodes.

    A rise, fall or stance shift makes the later claim ``prov:wasRevisionOf`` the earlier; a
    conflict makes it ``cito:disagreesWith`` the other. Flagged claims are added to the graph
    when ``claims`` does not hold them.
    """
    nodes: dict[str, dict[str, Any]] = {}
    for claim in claims:
        nodes.setdefault(claim.id, claim_node(claim))
    for flag in flags:
        for claim in (flag.before, flag.after):
            nodes.setdefault(claim.id, claim_node(claim))
        relation = "cito:disagreesWith" if flag.kind == "figure_conflict" else "prov:wasRevisionOf"
        targets = nodes[flag.after.id].setdefault(relation, [])
        if claim_node_id(flag.before) not in targets:
            targets.append(claim_node_id(flag.before))
    return {"@context": JSONLD_CONTEXT, "@graph": list(nodes.values())}
