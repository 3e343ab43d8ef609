"""Pydantic models and closed vocabularies: Document, Claim and its parts, Flag.

Every part that comes from text keeps its evidence: a ``span`` of character offsets into the
document exactly as the caller passed it, and the ``text`` at those offsets, so that
``document[span[0]:span[1]] == text`` always holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

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


class Document(_Frozen):
    """One news article: its text exactly as published, and what is known about it."""

    text: str
    published: dt.date | None = None
    source: str | None = None
    doc_id: str | None = None


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


class Flag(_Frozen):
    """A change between two claims about the same count or the same actor and topic."""

    kind: FlagKind
    before: Claim
    after: Claim
    explanation: str
