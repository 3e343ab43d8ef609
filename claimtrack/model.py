"""Pydantic models and closed vocabularies: Document, Claim and its parts, Flag.

Every part that comes from text keeps its evidence: a ``span`` of character offsets into the
document exactly as the caller passed it, and the ``text`` at those offsets, so that
``document[span[0]:span[1]] == text`` always holds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .errors import InputError

Qualifier = Literal[
    "exact", "more_than", "at_least", "about", "nearly", "up_to", "fewer_than", "vague", "range"
]
Polarity = Literal["support", "oppose", "neutral"]
ClaimKind = Literal["figure", "stance", "statement"]
FlagKind = Literal["figure_increase", "figure_decrease", "figure_conflict", "stance_shift"]
Granularity = Literal["day", "week", "month", "year", "range"]
# What a date stands for: when the counted thing happened, when it was reported, or (when the
# text names no day) the publication date.
DateRole = Literal["event", "reported", "published"]
WhoKind = Literal["person", "organization", "group"]

QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]
POLARITIES: tuple[str, ...] = Polarity.__args__  # type: ignore[attr-defined]
# The six casualty categories every lexicon has; data files may add more.
CASUALTY_CATEGORIES = ("killed", "injured", "missing", "hostages", "displaced", "detained")

Span = tuple[int, int]


# How far a pattern tried at one position may read: pass it as ``endpos``. Without an end, the
# regex module may look for a pattern's required word all the way to the end of the text, which
# makes reading a long document quadratic.
REACH = 300


def cut(text: str, start: int, end: int) -> tuple[Span, str]:
    """Return ``((start, end), text[start:end])``: the one way a span and its text are built.

    >>> cut("about 35,000 people", 6, 12)
    ((6, 12), '35,000')
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span ({start}, {end}) lies outside a text of {len(text)} characters")
    return (start, end), text[start:end]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d])")


def parse_published(value: object) -> dt.date | None:
    """Normalise a publication date: a date, a datetime, an ISO date or timestamp, or None.

    One rule everywhere a date is meant (``extract``, ``Document``, ``.jsonl`` lines,
    ``index.json``, ``--published``): the calendar day as written, in the timestamp's own time
    zone. An article stamped ``2024-02-03T23:30:00-05:00`` was published on 3 February where it
    was written, although it was already the 4th in UTC; nothing is converted.

    >>> parse_published("2023-11-30")
    datetime.date(2023, 11, 30)
    >>> parse_published("2024-02-03T23:30:00-05:00")
    datetime.date(2024, 2, 3)
    >>> parse_published("2024-02-03T10:00:00Z")
    datetime.date(2024, 2, 3)

    Raises:
        InputError: the value is not one of those, or names no real day ("2023-02-30").
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DAY.match(text):
            try:
                if len(text) == 10:
                    return dt.date.fromisoformat(text)
                return dt.datetime.fromisoformat(text).date()
            except ValueError:
                pass
        raise InputError(
            f'published must be a date or an ISO string like "2023-11-30", got "{value}"',
            value=value,
        )
    raise InputError(
        f'published must be a date or an ISO string like "2023-11-30", '
        f"got {type(value).__name__} {value!r}",
        value=value,
    )


class Document(_Frozen):
    """One news article: its text exactly as published, and what is known about it.

    ``url``, ``title`` and ``authors`` are what scrapers write beside the text; ``meta`` keeps
    any other key of a JSON Lines record (``{"section": "World"}``) so that nothing is lost.
    ``published`` takes a date, a datetime or an ISO string (see :func:`parse_published`).

    >>> Document(text="...", published="2024-02-03T10:00:00Z").published
    datetime.date(2024, 2, 3)
    """

    text: str
    published: dt.date | None = None
    source: str | None = None
    doc_id: str | None = None
    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    meta: dict[str, Any] = {}

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as err:
            raise InputError(f"Document: {describe(err)}", value=data) from err

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: object) -> dt.date | None:
        return parse_published(value)

    def __hash__(self) -> int:
        # Hashable as before ``meta`` existed (a dict is not): equal documents still hash alike.
        return hash((self.text, self.published, self.source, self.doc_id, self.url, self.title))


def describe(err: ValidationError) -> str:
    """The first problem pydantic found, as "key: message" (our own message where we gave one).

    >>> try:
    ...     Document(text=3)
    ... except InputError as e:
    ...     print(e)
    Document: text: Input should be a valid string
    """
    first = err.errors()[0]
    key = ".".join(str(part) for part in first["loc"]) or "(record)"
    cause = first.get("ctx", {}).get("error")
    message = str(cause) if isinstance(cause, InputError) else first["msg"]
    return f"{key}: {message}"


class Who(_Frozen):
    """The source a claim is attributed to.

    ``name`` is the fullest name the document uses for it ("John F. Kirby", not "he");
    ``canonical`` is the key that makes "John Kirby", "John F. Kirby" and "Kirby" one actor
    across documents; ``text``/``span`` are the mention at the attribution site.
    """

    name: str
    canonical: str
    kind: WhoKind = "person"
    title: str | None = None
    text: str
    span: Span


class Scope(_Frozen):
    """What a count covers, so that different counts are never compared.

    ``place`` is the place phrase as the text gives it ("Chile and Argentina"); ``places`` holds
    one name per place the count covers (("Chile", "Argentina") for a combined count), as
    written; :mod:`claimtrack.reconcile` normalises them into the count key.
    """

    place: str | None = None
    places: tuple[str, ...] = ()
    event: str | None = None
    period: str | None = None
    subgroup: str | None = None


class Figure(_Frozen):
    """A number as written with the bounds its wording allows."""

    value: int | float
    low: int | float | None = None
    high: int | float | None = None
    qualifier: Qualifier = "exact"
    category: str | None = None
    unit: str | None = None
    incremental: bool = False
    text: str
    span: Span
    scope: Scope = Scope()


class DateRange(_Frozen):
    """A day or a period; ``text``/``span`` are None when it comes from the publication date."""

    start: dt.date
    end: dt.date
    granularity: Granularity = "day"
    role: DateRole = "reported"
    text: str | None = None
    span: Span | None = None


class Stance(_Frozen):
    """An actor's position on one topic."""

    topic: str
    polarity: Polarity
    cue: str | None = None


class Excerpt(_Frozen):
    """A stretch of the document: ``document[span[0]:span[1]] == text``."""

    text: str
    span: Span


class Attribution(_Frozen):
    """Who said it, by which words, and what they said.

    ``cue`` is the reporting verb or phrase ("said", "told reporters", "according to"),
    ``content`` the quotation or reported clause it attributes, ``direct`` true for a verbatim
    quotation.
    """

    cue: Excerpt
    content: Excerpt | None = None
    direct: bool = False


class Claim(_Frozen):
    """One checkable claim: who said it, what, the figure or stance, the date, the evidence."""

    id: str
    doc_id: str | None
    source: str | None = None
    # Provenance: where the document can be read and when it appeared (from the Document).
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    kind: ClaimKind
    who: Who | None
    what: str
    figure: Figure | None = None
    date: DateRange | None = None
    stance: Stance | None = None
    hedges: tuple[str, ...] = ()
    attribution: Attribution | None = None
    # The source ``who`` relays the claim from, where the text names one: "..., the embassy
    # noted, citing the health ministry" -> who is the embassy, origin the health ministry.
    origin: Who | None = None
    text: str
    span: Span

    def _repr_html_(self) -> str:
        from .notebook import claim_html  # the face is imported only when a notebook asks

        return claim_html(self)


class Flag(_Frozen):
    """A change between two claims about the same count or the same actor and topic."""

    # Its validator is built when a flag is first validated, not at import: extract() makes
    # no flag, and reconcile() builds its flags with model_construct.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    kind: FlagKind
    before: Claim
    after: Claim
    explanation: str

    def _repr_html_(self) -> str:
        from .notebook import flag_html

        return flag_html(self)


def as_claims(value: object, *, caller: str) -> list[Claim]:
    """Check that ``value`` is an iterable of claims and return them as a list.

    >>> as_claims("not claims", caller="reconcile()")
    Traceback (most recent call last):
    claimtrack.errors.InputError: reconcile() expects claims (the list extract() returns), got str

    Raises:
        InputError: ``value`` is not iterable, is a string or a single model, or holds an item
            that is not a :class:`Claim` (its position is named).
    """
    if isinstance(value, (str, bytes, BaseModel, dict)) or not isinstance(value, Iterable):
        raise InputError(
            f"{caller} expects claims (the list extract() returns), got {type(value).__name__}",
            value=value,
        )
    claims = list(value)
    for position, item in enumerate(claims):
        if not isinstance(item, Claim):
            hint = "; read JSON with Claim.model_validate(row)" if isinstance(item, dict) else ""
            raise InputError(
                f"{caller} expects claims; item {position} is {type(item).__name__}{hint}",
                value=item,
            )
    return claims


class ClaimList(list[Claim]):
    """The claims ``extract`` returns: a plain list that also renders as a table in Jupyter.

    ``to_records()`` gives flat rows (see :mod:`claimtrack.export`); ``to_pandas()`` and
    ``to_polars()`` give data frames with the extras installed.
    """

    def _repr_html_(self) -> str:
        from .notebook import claims_html  # the face is imported only when a notebook asks

        return claims_html(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per claim, with dates as dates and numbers as numbers."""
        from .export import claim_records

        return list(claim_records(self))

    def to_pandas(self) -> Any:
        """A pandas DataFrame of :meth:`to_records` (``pip install 'claimtrack[pandas]'``)."""
        from .export import to_pandas

        return to_pandas(self)

    def to_polars(self) -> Any:
        """A polars DataFrame of :meth:`to_records` (``pip install 'claimtrack[polars]'``)."""
        from .export import to_polars

        return to_polars(self)


class FlagList(list[Flag]):
    """The flags ``reconcile`` returns: a plain list that also renders as a table in Jupyter."""

    def _repr_html_(self) -> str:
        from .notebook import flags_html

        return flags_html(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per flag, both readings side by side (``before_*``, ``after_*``)."""
        from .export import flag_records

        return list(flag_records(self))

    def to_pandas(self) -> Any:
        """A pandas DataFrame of :meth:`to_records` (``pip install 'claimtrack[pandas]'``)."""
        from .export import to_pandas

        return to_pandas(self)

    def to_polars(self) -> Any:
        """A polars DataFrame of :meth:`to_records` (``pip install 'claimtrack[polars]'``)."""
        from .export import to_polars

        return to_polars(self)
