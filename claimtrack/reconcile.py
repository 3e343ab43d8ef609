"""Claims from many documents -> flags: rises, revisions, conflicts and stance shifts.

The rules, in the order they are applied (``docs/reconciliation.md`` has a worked example of
each flag):

1. **Which figures take part.** A figure claim with a casualty category, a date
   (``claim.date.start``: the day the count is reported for, not the publication day), a value,
   not an increment ("27 more bodies") and a qualifier that states a count. Ceilings and
   projections (``up_to``, ``fewer_than``: "could climb as high as 10,000") and vague amounts
   ("dozens") are not counts and are left out.
2. **The same count** is the key ``(category, place, event, period, subgroup)`` of
   :func:`count_key`. A scope field that is None means "the main count", so the Khartoum
   sub-count, the children among the dead or the toll of an earlier disaster never meet the
   main toll.
3. **Source chains.** Within one count, each source (``who.canonical``) is its own chain, except
   official sources (ministries, police, governments, presidents: :func:`is_official`), which
   hand a running toll to one another ("police -> Home Ministry -> emergency centre") and share a
   chain, unless they give incompatible figures on the same day (a president's estimate beside
   the disaster agency's confirmed count): then they are split into separate official chains.
   A figure in the writer's own voice (``who`` None) joins an official chain only where it fills
   a gap between two of the chain's readings and lies between them (it is the running toll
   restated); otherwise it is left out, because an unattributed number is as often a separate
   incident or a neighbouring country's toll as the main one.
4. **One reading per chain and day.** A rounded figure beside an exact one it agrees with
   ("more than 7,000" beside "7,040") is a restatement and is dropped. When a chain still has
   several values on one day, "from X to Y" wording orders them; otherwise the value closest to
   the chain's previous reading is kept and the others (likely counts the extractor could not
   scope) are left out.
5. **Flags.** ``figure_increase`` / ``figure_decrease`` between consecutive readings of a chain
   whose values differ (a lower rounded restatement is not a decrease, and a fall to less than a
   tenth is taken for a different count, not a revision); ``figure_conflict`` between readings
   of different chains on the same day whose bounds cannot both be true (two official chains of
   one government are an estimate and a count, not a conflict); ``stance_shift`` between
   consecutive stances of one actor (``who.canonical``) on one topic, on a later day, with a
   different polarity.

Every step sorts by a total key, so the output does not depend on the order of the input.

>>> reconcile([])
[]
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from .model import Claim, Flag, Scope, Who

# Qualifiers that state a count. "up to"/"fewer than" are ceilings ("as high as 10,000" is a
# projection) and "vague" is "dozens": none of them is a reading of a toll.
COUNT_QUALIFIERS = frozenset({"exact", "more_than", "at_least", "about", "nearly", "range"})

# Words that make a source part of a government's official chain: "Nepal Police", "the Home
# Ministry", "the National Emergency Operation Centre", "President Benigno Aquino III", "local
# officials". TODO: move to data/reporting.toml once the lexicon has a section for it.
OFFICIAL_CUES = (
    "ministry", "minister", "police", "government", "official", "officials", "authorities",
    "authority", "president", "presidential", "prime minister", "premier", "governor", "mayor",
    "council", "disaster", "emergency", "civil defence", "civil defense", "interior",
    "home affairs", "department", "administration", "cabinet",
)
# Bodies that count on their own even when a cue word appears ("UN officials", "WHO's
# representative", "the U.N. humanitarian agency"): international bodies, researchers, NGOs.
INDEPENDENT_CUES = (
    "united nations", "u.n.", "un", "who", "world health", "unicef", "unhcr", "ocha", "iom",
    "red cross", "red crescent", "university", "researchers", "study", "institute", "doctors",
)
# A later figure below a tenth of the chain's last reading is not a revision but another count
# the extractor failed to scope ("42 deaths from Tuesday's quake" after "7,040" for April's).
MAX_REVISION_FACTOR = 10

_OFFICIAL = regex.compile(r"\b\L<cue>\b", cue=OFFICIAL_CUES, flags=regex.IGNORECASE)
_INDEPENDENT = regex.compile(r"(?<!\w)\L<cue>(?!\w)", cue=INDEPENDENT_CUES, flags=regex.IGNORECASE)
# "from 16 ... to 34", "to 2,394 from 2,367", "up from 5,982": the word right before a number.
_FROM = regex.compile(r"\bfrom\s*$", flags=regex.IGNORECASE)
_TO = regex.compile(r"(?<!\bup\s)(?<!\bclose\s)\bto\s*$", flags=regex.IGNORECASE)

# An event named only by its kind is the event the story is about; a named or dated one
# ("Hurricane Katrina", "the 1934 earthquake", "Tuesday's quake") is another event.
# TODO: move these word lists to the data files with the other lexicons.
_GENERIC_EVENT = regex.compile(
    r"(?:the\s|this\s)?(?:super\s|powerful\s|deadly\s|devastating\s|massive\s|major\s)?"
    r"(?:quake|earthquake|typhoon|storm|hurricane|cyclone|flood|floods|flooding|tsunami|"
    r"fighting|war|conflict|clashes|violence|disaster|attack|attacks)")
# A period that only bounds a running tally ("as of Friday", "since mid-April", "between April 15
# and Tuesday", "so far") does not make it another count.
_RUNNING_PERIOD = regex.compile(
    r"(?:as\sof|as\sat|since|by|through|until|till|between|from|so\sfar)\b|.*\bso\sfar\b")
CountKey = tuple[str, str | None, str | None, str | None, str | None]
StanceKey = tuple[str, str]
_INF = math.inf


@dataclass(frozen=True, slots=True)
class Bounds:
    """The values a figure's wording allows: ``more than 400`` is ``(400, inf)`` open below.

    >>> Bounds(400, 400, lo_open=True).compatible(Bounds(413, 413))
    False
    >>> Bounds(400, _INF, lo_open=True).compatible(Bounds(413, 413))
    True
    """

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def compatible(self, other: Bounds) -> bool:
        """Whether both can be true at once (the intervals meet)."""
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        if lo < hi:
            return True
        if lo > hi:
            return False
        lo_open = (self.lo_open and self.lo == lo) or (other.lo_open and other.lo == lo)
        hi_open = (self.hi_open and self.hi == hi) or (other.hi_open and other.hi == hi)
        return not (lo_open or hi_open)


class Point:
    """One figure claim placed in its count: the claim, its day, value, bounds and source."""

    __slots__ = ("bounds", "claim", "day", "exact", "official", "order", "source", "value")

    def __init__(self, claim: Claim) -> None:
        fig, date = claim.figure, claim.date
        assert fig is not None and date is not None  # checked by count_key
        who = claim.who
        self.claim = claim
        self.day: dt.date = date.start
        self.value: float = fig.value
        self.exact = fig.qualifier == "exact"
        self.bounds = figure_bounds(fig.value, fig.low, fig.high, fig.qualifier)
        self.source: str | None = _norm(who.canonical) if who is not None else None
        self.official = who is not None and is_official(who.canonical, who.name, who.title)
        self.order = (date.start, claim.doc_id or "", claim.span[0], fig.span[0], claim.id)


@dataclass(slots=True)
class Chain:
    """The readings of one count by one source, or by one government's official sources."""

    official: bool
    sources: list[str]
    points: list[Point] = field(default_factory=list)
    who: Who | None = None  # the source that anchors the chain, for explanations
    readings: list[Point] = field(default_factory=list)

    @property
    def name(self) -> str:
        """A label for tables and charts: the source names, or "official" for a merged chain."""
        return self.sources[0] if len(self.sources) == 1 else " / ".join(self.sources)


@dataclass(slots=True)
class CountSeries:
    """Everything known about one count: its chains, their readings and the flags between them."""

    key: CountKey
    points: list[Point]
    chains: list[Chain]
    flags: list[Flag]


# --- keys ------------------------------------------------------------------------------------
def _norm(s: str | None) -> str | None:
    """Scope and source names compared without case, spacing or a leading "the"."""
    if s is None:
        return None
    return _norm_cached(s)


@functools.lru_cache(maxsize=65536)
def _norm_cached(s: str) -> str | None:
    t = " ".join(s.casefold().split())
    if t.startswith("the "):
        t = t[4:]
    return t or None


def count_key(claim: Claim) -> CountKey | None:
    """The count a figure claim reads, or None when the claim takes no part in reconciling.

    >>> count_key(Claim(id="x", doc_id=None, kind="statement", who=None, what="", text="",
    ...                 span=(0, 0))) is None
    True
    """
    fig, date = claim.figure, claim.date
    if fig is None or date is None or fig.category is None or fig.incremental:
        return None
    if fig.qualifier not in COUNT_QUALIFIERS or not isinstance(fig.value, (int, float)):
        return None
    return (fig.category, *_scope_key(fig.scope))


@functools.lru_cache(maxsize=65536)
def _scope_key(s: Scope) -> tuple[str | None, str | None, str | None, str | None]:
    event, period = _norm(s.event), _norm(s.period)
    if event is not None and _GENERIC_EVENT.fullmatch(event):
        event = None  # "the quake", "Super Typhoon", "fighting": the story's own event
    if period is not None and _RUNNING_PERIOD.match(period):
        period = None  # "as of Friday morning", "since fighting broke out": a running tally
    return (_norm(s.place), event, period, _norm(s.subgroup))


def stance_key(claim: Claim) -> StanceKey | None:
    """The actor and topic of a stance claim, or None (no stance, no named actor, no date)."""
    if claim.stance is None or claim.who is None or claim.date is None:
        return None
    actor = _norm(claim.who.canonical)
    return None if actor is None else (actor, claim.stance.topic)


@functools.lru_cache(maxsize=65536)
def is_official(canonical: str, name: str = "", title: str | None = None) -> bool:
    """Whether a source speaks for a government (and so joins its official chain).

    >>> is_official("Health Ministry"), is_official("World Health Organization")
    (True, False)
    >>> is_official("Benigno Aquino III", "Benigno Aquino III", "President")
    True
    """
    text = f"{canonical} | {name} | {title or ''}"
    return _OFFICIAL.search(text) is not None and _INDEPENDENT.search(text) is None


def figure_bounds(
    value: float, low: float | None, high: float | None, qualifier: str
) -> Bounds:
    """Bounds from the qualifier, widened by any bounds the extractor gave.

    >>> figure_bounds(3500, None, None, "about")
    Bounds(lo=3150.0, hi=3850.0, lo_open=False, hi_open=False)
    """
    lo: float = value
    hi: float = value
    lo_open = hi_open = False
    if qualifier == "more_than":
        hi, lo_open = _INF, True
    elif qualifier == "at_least":
        hi = _INF
    elif qualifier == "about":
        lo, hi = value * 9 / 10, value * 11 / 10
    elif qualifier == "nearly":
        lo = value * 9 / 10
    elif qualifier in ("up_to", "fewer_than"):
        lo, hi_open = 0, qualifier == "fewer_than"
    elif qualifier == "vague":
        hi = _INF
    if low is not None and low < lo:
        lo, lo_open = low, False
    if high is not None and high > hi:
        hi, hi_open = high, False
    return Bounds(lo, hi, lo_open, hi_open)


# --- grouping --------------------------------------------------------------------------------
def group_figures(claims: Iterable[Claim]) -> dict[CountKey, list[Point]]:
    """Figure claims grouped by :func:`count_key`, each group sorted by day then position."""
    groups: dict[CountKey, list[Point]] = defaultdict(list)
    for claim in claims:
        key = count_key(claim)
        if key is not None:
            groups[key].append(Point(claim))
    for points in groups.values():
        points.sort(key=_order)
    return dict(groups)


def group_stances(claims: Iterable[Claim]) -> dict[StanceKey, list[Claim]]:
    """Stance claims grouped by :func:`stance_key`, each group sorted by day then position."""
    groups: dict[StanceKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        key = stance_key(claim)
        if key is not None:
            groups[key].append(claim)
    for group in groups.values():
        group.sort(key=_claim_order)
    return dict(groups)


def _order(p: Point) -> tuple[dt.date, str, int, int, str]:
    return p.order


def _claim_order(c: Claim) -> tuple[dt.date, str, int, str, str]:
    assert c.date is not None and c.stance is not None
    return (c.date.start, c.doc_id or "", c.span[0], c.id, c.stance.polarity)


def _by_day(points: Iterable[Point]) -> dict[dt.date, list[Point]]:
    days: dict[dt.date, list[Point]] = defaultdict(list)
    for p in points:
        days[p.day].append(p)
    return days


def _agree(a: Sequence[Point], b: Sequence[Point]) -> bool:
    return any(p.bounds.compatible(q.bounds) for p in a for q in b)


def build_chains(points: Sequence[Point]) -> list[Chain]:
    """Split one count's points (sorted) into source chains, following rule 3 above."""
    by_source: dict[str, list[Point]] = defaultdict(list)
    voice: list[Point] = []
    for p in points:
        if p.source is None:
            voice.append(p)
        else:
            by_source[p.source].append(p)
    official: list[tuple[Chain, dict[dt.date, list[Point]]]] = []
    independent: list[list[Point]] = []
    # Sources with the most days of readings first, so a running toll anchors the official chain
    # and a one-off figure (a sub-count the extractor could not scope) is the one split off.
    for source, pts in sorted(by_source.items(), key=_source_rank):
        if not pts[0].official:
            independent.append(pts)
            continue
        days = _by_day(pts)
        for chain, chain_days in official:
            if all(_agree(chain_days[d], days[d]) for d in days.keys() & chain_days.keys()):
                break
        else:
            chain, chain_days = Chain(True, [], who=pts[0].claim.who), {}
            official.append((chain, chain_days))
        assert pts[0].claim.who is not None
        chain.sources.append(pts[0].claim.who.name)
        chain.points.extend(pts)
        for d, day_points in days.items():
            chain_days.setdefault(d, []).extend(day_points)
    for p in voice:
        for chain, chain_days in official:
            if _fits(p, chain_days):
                chain.points.append(p)
                chain_days[p.day] = [p]
                break
    chains = [c for c, _ in official] + _independent_chains(independent)
    for chain in chains:
        chain.points.sort(key=_order)
        chain.readings = _readings(chain.points)
    return chains


def _source_rank(item: tuple[str, list[Point]]) -> tuple[int, tuple[dt.date, str, int, int, str], str]:
    source, pts = item
    return (-len({p.day for p in pts}), pts[0].order, source)


def _independent_chains(sources: list[list[Point]]) -> list[Chain]:
    """One chain per independent body; a person speaking for one joins it.

    "Dr. Nima Saeed Abid, WHO's representative in Sudan" continues the WHO's count: a person
    whose name or title names a body already counting is that body's voice.
    """
    chains: list[Chain] = []
    bodies: list[tuple[regex.Pattern[str], Chain]] = []
    people: list[tuple[Who, list[Point]]] = []
    people_waiting = any(pts[0].claim.who and pts[0].claim.who.kind == "person" for pts in sources)
    for pts in sources:
        who = pts[0].claim.who
        assert who is not None
        if who.kind == "person":
            people.append((who, pts))
            continue
        chain = Chain(False, [who.name], list(pts), who=who)
        chains.append(chain)
        if people_waiting:
            bodies.append((_name_pattern(who.canonical, who.name), chain))
    for who, pts in people:
        text = f"{who.name} | {who.title or ''}"
        for pattern, chain in bodies:
            if pattern.search(text):
                chain.sources.append(who.name)
                chain.points.extend(pts)
                break
        else:
            chains.append(Chain(False, [who.name], list(pts), who=who))
    return chains


@functools.lru_cache(maxsize=4096)
def _name_pattern(canonical: str, name: str) -> regex.Pattern[str]:
    """A body's names as whole words: "WHO" in "WHO's representative", not in "whose"."""
    names = sorted({canonical, name}, key=len, reverse=True)
    return regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, names)) + r")(?!\w)",
                         flags=regex.IGNORECASE)


def _fits(p: Point, days: dict[dt.date, list[Point]]) -> bool:
    """Whether an unattributed figure fills a gap in a chain: readings on both sides, between them.

    A number in the writer's voice after a chain's last reading is as likely a neighbouring
    country's toll ("61 people in India") as the main one, so it must sit between two readings.
    """
    if p.day in days:
        return False
    before = [d for d in days if d < p.day]
    after = [d for d in days if d > p.day]
    if not before or not after:
        return False
    low, high = max(q.value for q in days[max(before)]), min(q.value for q in days[min(after)])
    return p.bounds.hi >= low and p.bounds.lo <= high


def _step(p: Point) -> int:
    """-1 for "from 16", +1 for "to 34", 0 otherwise: orders two readings of one day."""
    fig = p.claim.figure
    assert fig is not None
    head = fig.text[:5].casefold()
    if head.startswith("from "):
        return -1
    if head.startswith("to "):
        return 1
    offset = fig.span[0] - p.claim.span[0]
    if not 0 <= offset <= len(p.claim.text):
        return 0
    before = p.claim.text[max(0, offset - 12) : offset]
    if _FROM.search(before):
        return -1
    return 1 if _TO.search(before) else 0


def _day_values(points: list[Point], last: Point | None) -> list[Point]:
    """One day of one chain -> its readings in order (rule 4)."""
    if len(points) == 1:
        return points
    exact = [p for p in points if p.exact]
    kept: list[Point] = []
    for p in points:
        if not p.exact and any(p.bounds.compatible(e.bounds) for e in exact):
            continue  # "more than 7,000" beside "7,040": a rounded restatement
        if any(k.value == p.value or (not p.exact and k.bounds.compatible(p.bounds)) for k in kept):
            continue  # the same figure again
        kept.append(p)
    if len(kept) <= 1:
        return kept
    steps = {id(p): _step(p) for p in kept}
    ordered = [p for p in kept if steps[id(p)] != 0]
    if any(s < 0 for s in steps.values()) and any(s > 0 for s in steps.values()):
        return sorted(ordered, key=lambda p: (steps[id(p)], p.order))
    if last is None:
        return [max(kept, key=lambda p: (p.value, p.order))]
    ref = max(last.value, 1)
    return [min(kept, key=lambda p: (abs(math.log(max(p.value, 1) / ref)), p.order))]


def _readings(points: list[Point]) -> list[Point]:
    """A chain's points -> the readings its flags are drawn between (rules 4 and 5)."""
    readings: list[Point] = []
    for _, day_points in sorted(_by_day(points).items()):
        for p in _day_values(day_points, readings[-1] if readings else None):
            last = readings[-1] if readings else None
            if last is not None and p.value < last.value:
                if p.bounds.compatible(last.bounds):
                    continue  # "more than 7,000" the day after "7,040" is not a revision
                if p.value * MAX_REVISION_FACTOR < last.value:
                    continue  # another count, not a revision
            readings.append(p)
    return readings


# --- flags -----------------------------------------------------------------------------------
def count_series(key: CountKey, points: list[Point]) -> CountSeries:
    """Chains, readings and flags of one count (points sorted, as from :func:`group_figures`)."""
    chains = build_chains(points)
    flags: list[Flag] = []
    for chain in chains:
        for a, b in zip(chain.readings, chain.readings[1:], strict=False):
            if a.value != b.value:
                kind = "figure_increase" if b.value > a.value else "figure_decrease"
                flags.append(Flag.model_construct(kind=kind, before=a.claim, after=b.claim,
                                  explanation=explain_change(key, a, b, chain)))
    # The last reading of each chain on each day, for same-day comparisons between chains.
    latest: dict[dt.date, list[tuple[Chain, Point]]] = defaultdict(list)
    for chain in chains:
        last_of_day = {p.day: p for p in chain.readings}
        for day, p in last_of_day.items():
            latest[day].append((chain, p))
    for day in sorted(latest):
        if len(latest[day]) < 2:
            continue
        entries = sorted(latest[day], key=lambda cp: cp[1].order)
        for i, (ca, a) in enumerate(entries):
            for cb, b in entries[i + 1 :]:
                if ca.official and cb.official:
                    continue  # one government's estimate and its count: not a conflict
                if not a.bounds.compatible(b.bounds):
                    flags.append(Flag.model_construct(kind="figure_conflict", before=a.claim, after=b.claim,
                                      explanation=explain_conflict(key, a, b)))
    return CountSeries(key, points, chains, flags)


def stance_flags(key: StanceKey, claims: Sequence[Claim]) -> list[Flag]:
    """Shifts between consecutive stances of one actor on one topic (claims sorted by day)."""
    flags: list[Flag] = []
    prev: Claim | None = None
    for c in claims:
        if prev is not None:
            assert prev.date and c.date and prev.stance and c.stance
            if c.date.start > prev.date.start and c.stance.polarity != prev.stance.polarity:
                flags.append(Flag.model_construct(kind="stance_shift", before=prev, after=c,
                                  explanation=explain_shift(prev, c)))
        prev = c
    return flags


def flag_order(f: Flag) -> tuple[str, str, str, str, str]:
    """A total order on flags: by the day of ``after``, then kind and claim ids."""
    day = f.after.date.start.isoformat() if f.after.date else ""
    return (day, f.kind, f.before.id, f.after.id, f.explanation)


def reconcile(claims: Iterable[Claim]) -> list[Flag]:
    """Compare claims about the same count or actor and topic; return the changes.

    Args:
        claims: claims from any number of documents, in any order.

    Returns:
        Flags sorted by the day of their later claim; the same for any order of ``claims``.
    """
    claims = list(claims)
    flags: list[Flag] = []
    # Nothing built here forms a reference cycle, so the cyclic collector has nothing to find;
    # left on, it rescans every claim each time a few thousand points are allocated, which makes
    # a million claims several times slower.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for key, points in group_figures(claims).items():
            flags.extend(count_series(key, points).flags)
        for skey, group in group_stances(claims).items():
            flags.extend(stance_flags(skey, group))
    finally:
        if collecting:
            gc.enable()
    flags.sort(key=flag_order)
    return flags


# --- explanations ----------------------------------------------------------------------------
_CATEGORY_NOUN = {"killed": "death toll", "injured": "count of injured",
                  "missing": "count of missing", "hostages": "count of hostages",
                  "displaced": "count of displaced", "detained": "count of detained"}
_QUALIFIER_WORDS = {"more_than": "more than ", "at_least": "at least ", "about": "about ",
                    "nearly": "nearly ", "up_to": "up to ", "fewer_than": "fewer than "}


@functools.lru_cache(maxsize=8192)
def day_text(d: dt.date) -> str:
    """A day as reporters write it.

    >>> day_text(dt.date(2023, 4, 21))
    '21 Apr 2023'
    """
    return f"{d.day} {d:%b %Y}"


def count_name(key: CountKey) -> str:
    """The count in words: "death toll", "count of injured in Khartoum".

    >>> count_name(("killed", "khartoum", None, None, "children"))
    'death toll (children) in khartoum'
    """
    category, place, event, period, subgroup = key
    noun = _CATEGORY_NOUN.get(category, f"count of {category}")
    parts = [noun]
    if subgroup:
        parts.append(f"({subgroup})")
    if place:
        parts.append(f"in {place}")
    if event:
        parts.append(f"from {event}")
    if period:
        parts.append(f"for {period}")
    return " ".join(parts)


def figure_text(p: Point) -> str:
    """A figure as a number with its qualifier: "more than 400"."""
    fig = p.claim.figure
    assert fig is not None
    number = f"{fig.value:,}" if isinstance(fig.value, int) else f"{fig.value:,g}"
    return _QUALIFIER_WORDS.get(fig.qualifier, "") + number


def source_name(who: Who | None, *, possessive: bool = False) -> str:
    """ "the Health Ministry", "Olaf Scholz", or "unattributed reports" for the writer's voice."""
    if who is None:
        return "the unattributed" if possessive else "unattributed reports"
    name = who.name
    if who.kind != "person" and not name.isupper() and not name.casefold().startswith("the "):
        name = f"the {name}"
    return f"{name}'" if possessive and name.endswith("s") else (
        f"{name}'s" if possessive else name)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def explain_change(key: CountKey, a: Point, b: Point, chain: Chain) -> str:
    """One sentence for a rise or a revision between two readings of one chain."""
    count = count_name(key)
    wa, wb = a.claim.who, b.claim.who
    same = (wa.canonical if wa else None) == (wb.canonical if wb else None)
    owner = "The official" if chain.official else _cap(source_name(chain.who, possessive=True))
    da, db = f"on {day_text(a.day)}", f"on {day_text(b.day)}"
    if not same:
        da, db = f"{da} ({source_name(wa)})", f"{db} ({source_name(wb)})"
    if b.value > a.value:
        if same:
            owner = _cap(source_name(wb, possessive=True))
        return f"{owner} {count} rose from {figure_text(a)} {da} to {figure_text(b)} {db}."
    if same:
        return (f"{_cap(source_name(wb))} revised its {count} down from {figure_text(a)} "
                f"{da} to {figure_text(b)} {db}.")
    return f"{owner} {count} was revised down from {figure_text(a)} {da} to {figure_text(b)} {db}."


def explain_conflict(key: CountKey, a: Point, b: Point) -> str:
    """One sentence for two sources that disagree on the same day."""
    return (f"On {day_text(a.day)}, {source_name(a.claim.who)} put the {count_name(key)} at "
            f"{figure_text(a)} while {source_name(b.claim.who)} put it at {figure_text(b)}, "
            f"and both cannot be right.")


def explain_shift(a: Claim, b: Claim) -> str:
    """One sentence for an actor whose stance on a topic changed."""
    assert a.stance and b.stance and a.date and b.date
    topic = a.stance.topic.replace("_", " ")
    return (f"{_cap(source_name(b.who, possessive=True))} stance on {topic} shifted from "
            f"{a.stance.polarity} on {day_text(a.date.start)} to {b.stance.polarity} on "
            f"{day_text(b.date.start)}.")
