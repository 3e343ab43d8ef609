"""Which count a figure reads: keys, bounds, events, and claims grouped by count and by actor.

A figure claim reads the count ``(category, place, event, period, subgroup)``. The key is built
in two steps: :func:`count_key` gives each claim its base key (category, place, period and
subgroup, from the figure's scope, normalised), and :func:`.events.split_events` divides the
claims of one base key by the event they name:

- no event, or an event named only by its kind ("the quake", "Saturday's earthquake", "Sudan's
  war") of the kind most of the count's figures name: the story's own event, the main count
  (``event`` None);
- the same kind dated after the count's first reading ("Tuesday's quake" in a story whose toll
  was first given a fortnight earlier): a second event, keyed by its kind and day;
- another kind ("the avalanche" in an earthquake story) or a named or dated event ("Hurricane
  Katrina", "the 1934 earthquake"): another count, keyed by its kind or name.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

import regex

from ..lexicon import Lexicon, load_lexicon
from ..model import Claim, Scope
from ..text.patterns import lazy
from .acronyms import officers, spelled_out
from .actors import StanceKey, group_stances, norm, stance_family, stance_key
from .bounds import Bounds, figure_bounds
from .events import Event, EventReader, split_events
from .home import (
    MAX_GAP,
    BaseKey,
    breakdown,
    bridges,
    by_day,
    current,
    family,
    inside,
    known_part,
    merge_home_place,
    merges,
    named_for,
    restates,
    sole_country,
    within,
)
from .owners import owner_places
from .parts import long_ago, told_as_part
from .places import Gazetteer, Place, demonym_stem, fold, gazetteer
from .wholes import relabel_wholes

__all__ = [
    "MAX_GAP",
    "Event",
    "BaseKey",
    "Bounds",
    "StanceKey",
    "breakdown",
    "bridges",
    "current",
    "by_day",
    "family",
    "figure_bounds",
    "group_stances",
    "inside",
    "known_part",
    "merge_home_place",
    "merges",
    "named_for",
    "norm",
    "restates",
    "sole_country",
    "stance_family",
    "stance_key",
    "within",
]

# Qualifiers that state a count. "up to"/"fewer than" are ceilings ("as high as 10,000" is a
# projection) and "vague" is "dozens": none of them is a reading of a toll.
COUNT_QUALIFIERS = frozenset({"exact", "more_than", "at_least", "about", "nearly", "range"})
# "fewer than 300 died" is no reading of a toll, but a source that says it disagrees with
# another's 450 on the same day: such ceilings take part in conflicts only.
CONFLICT_QUALIFIERS = COUNT_QUALIFIERS | {"fewer_than"}

CountKey = tuple[str, str | None, str | None, str | None, str | None]
# A place that owns a source, right before it: "Khyber Pakhtunkhwa's own disaster authority".
_OWNER_BEFORE = lazy(
    r"(?P<name>\p{Lu}[\p{L}-]*+(?:[^\S\n]++\p{Lu}[\p{L}-]*+){0,3})['’]s[^\S\n]++(?:own[^\S\n]++)?\Z"
)


# "-controlled", "-run": what "-held" says of a side's part of a place.
_HELD = lazy(r"-(?:controlled|run)(?!\w)")


class Rules:
    """The reconciler's word lists compiled once per lexicon, with per-string caches."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        lex = lexicon.reconcile
        self.official = lazy(r"\b\L<cue>\b", cue=list(lex.official), flags=regex.I)
        self.short_titles = {
            k.casefold(): v for k, v in lexicon.reporting.title_abbreviations.items()
        }
        self.independent = lazy(r"(?<!\w)\L<cue>(?!\w)", cue=list(lex.independent), flags=regex.I)
        self.running = lazy(
            r"(?:\L<cue>)\b|.*\bso\sfar\b", cue=list(lex.words.running_periods), flags=regex.I
        )
        self.nationwide = frozenset(t.casefold() for t in lex.words.nationwide)
        self.unnamed = frozenset(t.casefold() for t in lex.words.unnamed_sources)
        # A body's other names -> its key: "u.n. refugee agency" -> "unhcr".
        self.bodies = {norm(name): key for key, names in lex.bodies.items() for name in names}
        self.events = EventReader(lexicon)
        self.event = self.events.event
        self.places: Gazetteer = gazetteer(lexicon)
        self.anaphoric = frozenset(w.casefold() for w in lexicon.places.anaphoric)
        self.falling = frozenset(n for n, t in lexicon.categories.items() if t.falls)
        self.unknown: dict[str, str] = {}  # an unknown place's stem -> its first name as read
        # A count's place label -> the canonical place ids it covers ("?name" for a name the
        # gazetteer does not know), for containment.
        self.place_ids: dict[str, frozenset[str]] = {}
        self.scopes: dict[tuple[object, ...], tuple[str | None, str | None, str | None]] = {}
        self.sources: dict[tuple[str, str, str | None], tuple[str | None, bool]] = {}
        self.source_places: dict[
            tuple[str, str, str, frozenset[str], frozenset[str]], str | None
        ] = {}

    def is_official(self, canonical: str, name: str = "", title: str | None = None) -> bool:
        """Whether a source speaks for a government (and so joins its official chain).

        A title's short form reads as its word: "Gov. Josh Green" is a governor.
        """
        if title:
            title = " ".join(self.short_titles.get(w.casefold(), w) for w in title.split())
        text = f"{canonical} | {name} | {title or ''}"
        return self.official.search(text) is not None and self.independent.search(text) is None

    def source(self, canonical: str, name: str, title: str | None) -> tuple[str | None, bool]:
        """A source's chain name (normalised canonical) and whether it is official.

        A document named alone ("the report said") is no source: None, as for the writer's
        voice. A place as the source ("Toyama prefecture said", "Dorr has recorded") is its
        government, official.
        """
        key = (canonical, name, title)
        found = self.sources.get(key)
        if found is None:
            chain = norm(canonical)
            chain = self.bodies.get(chain, chain)
            if chain in self.unnamed:
                found = (None, False)
            else:
                official = self.is_official(canonical, name, title) or (
                    self.independent.search(name) is None and self.places.resolve(name) is not None
                )
                found = (chain, official)
            self.sources[key] = found
        return found

    def scope(
        self, s: Scope, countries: frozenset[str] = frozenset(), story: frozenset[str] = frozenset()
    ) -> tuple[str | None, str | None, str | None]:
        """Place, period and subgroup of a scope, normalised; running periods dropped.

        ``countries`` are the countries the claim's document names (see :meth:`countries`);
        ``story`` those every document of the batch names, for a name the document leaves open.
        """
        key = (s.place, s.places, s.period, s.subgroup, countries, story)
        found = self.scopes.get(key)
        if found is None:
            period = norm(s.period)
            if period is not None and self.running.match(period):
                period = None  # "as of Friday morning", "since fighting broke out"
            found = self.scopes[key] = self._nationals(
                (self.place(s, countries, story), period, norm(s.subgroup)), s.subgroup
            )
        return found

    def _nationals(
        self, scope: tuple[str | None, str | None, str | None], written: str | None
    ) -> tuple[str | None, str | None, str | None]:
        """A country's nationals as the subgroup name the country's count: "157 Israelis killed".

        With no place, the count is that country's; with the country, or a place inside it,
        as its place, the subgroup adds nothing ("Chileans killed in Valparaíso"). Elsewhere
        ("Israelis killed in Gaza") they stay a subgroup.
        """
        place, period, subgroup = scope
        found = self._nation(written)
        if found is None:
            return scope
        label = self._name(found)
        if place is None or place == label:
            return (label, period, None)
        ids = self.place_ids.get(place, frozenset())
        if ids and all(self.places.country(i) == found.id for i in ids):
            return (place, period, None)
        return scope

    def _nation(self, written: str | None) -> Place | None:
        """The country whose nationals a subgroup names ("Israelis"), or None."""
        if written is None or not written.endswith("s"):
            return None
        found = self.places.resolve(written[:-1])
        return found if found is not None and found.kind == "country" else None

    def place_names(self, s: Scope, countries: frozenset[str] = frozenset()) -> list[str]:
        """The names of the places a scope covers, as written: ``places``, else ``place`` split."""
        if s.places:
            return list(s.places)
        if s.place is None:
            return []
        return self.places.split(s.place, countries)

    def place(
        self, s: Scope, countries: frozenset[str] = frozenset(), story: frozenset[str] = frozenset()
    ) -> str | None:
        """The count key's place: canonical names of the places a scope covers, or None.

        None is the main count: no place, or one meaning the whole country ("across the
        country"). Places the gazetteer knows are named canonically ("Czechia" for "the Czech
        Republic", "Chile" for "Chilean"), a region with its country ("Valparaíso, Chile");
        others keep their words, normalised. A name shared by regions of several countries
        ("Punjab") is the one of the document's countries, else of the story's (``story``).
        """
        labels: dict[str, str] = {}
        for name in self.place_names(s, countries):
            text = norm(name)
            if text is None or text in self.nationwide:
                continue
            found = self.resolve(name, countries, story)
            if found is None:
                # "Dorvania" and "the Dorvanian toll": one place the gazetteer does not know;
                # "government-controlled areas" and "government-held areas": one side's part
                text = _HELD.sub("-held", text)
                text = self.unknown.setdefault(demonym_stem(text), text)
                labels[f"?{text}"] = text
            else:
                labels[found.id] = self._name(found)
        return self._label(labels)

    def _name(self, found: Place) -> str:
        country = self.places.country(found.id)
        inside = "" if country == found.id else f", {self.places.places[country].name}"
        return f"{found.name}{inside}"

    def _label(self, labels: dict[str, str]) -> str | None:
        if not labels:
            return None
        label = " + ".join(sorted(labels.values()))
        self.place_ids.setdefault(label, frozenset(labels))
        return label

    def resolve(
        self, name: str, countries: frozenset[str], story: frozenset[str] = frozenset()
    ) -> Place | None:
        """The place a name stands for in its document, else in its story."""
        found = self.places.resolve(name, countries)
        if found is None and not story <= countries:
            found = self.places.resolve(name, countries | story)
        return found

    def source_place(
        self,
        claim: Claim,
        countries: frozenset[str] = frozenset(),
        story: frozenset[str] = frozenset(),
    ) -> str | None:
        """The region a figure's source is, or is named for: the count of a figure with no place.

        "Toyama prefecture said 36 people were hurt there", "Niigata reported 26", "Khyber
        Pakhtunkhwa's own disaster authority counted 327": a regional body counts its region.
        A country is left out ("Sudan's Health Ministry said 413" reads the story's main
        count): the count of a country is told apart from the main count by agreement.
        """
        who = claim.origin or claim.who
        if who is None:
            return None
        at = who.span[0] - claim.span[0] if claim.origin is None else -1
        before = claim.text[max(0, at - 60) : at] if 0 < at <= len(claim.text) else ""
        key = (who.text, who.name, before, countries, story)
        if key not in self.source_places:
            owner = _OWNER_BEFORE.search(before)
            names = [who.text, who.name, owner.group("name") if owner else None]
            found = next(
                (
                    place
                    for name in names
                    if name
                    and (place := self.resolve(name, countries, story)) is not None
                    and place.kind != "country"
                ),
                None,
            )
            self.source_places[key] = self._label({found.id: self._name(found)}) if found else None
        return self.source_places[key]

    def countries(self, claims: Iterable[Claim]) -> frozenset[str]:
        """The countries one document's figures name: they decide between regions of one name."""
        out: set[str] = set()
        for c in claims:
            if c.figure is None:
                continue
            for name in self.place_names(c.figure.scope):
                found = self.places.resolve(name)
                if found is not None:
                    out.add(self.places.country(found.id))
            if (nation := self._nation(c.figure.scope.subgroup)) is not None:
                out.add(nation.id)  # "30 Palestinians killed in Gaza"
        return frozenset(out)


def rules_for(lexicon: Lexicon | None = None) -> Rules:
    """The compiled rules of a lexicon (the default one when None), built once per lexicon."""
    return (lexicon or load_lexicon()).memo("reconcile.rules", Rules)


class Point:
    """One figure claim placed in its count: the claim, its day, value, bounds and source."""

    __slots__ = (
        "base",
        "bounds",
        "ceiling",
        "claim",
        "day",
        "event",
        "exact",
        "falls",
        "label",
        "official",
        "order",
        "source",
        "value",
    )

    def __init__(self, claim: Claim, base: BaseKey, rules: Rules) -> None:
        fig, date = claim.figure, claim.date
        # A relayed figure ("citing the health ministry") is read in its originator's chain.
        who = claim.origin or claim.who
        assert fig is not None  # checked by count_key
        assert date is not None
        self.claim = claim
        self.base = base
        self.day: dt.date = date.start
        self.value: float = fig.value
        self.exact = fig.qualifier == "exact"
        self.falls = fig.category in rules.falling  # "30 hostages", then "18 remain"
        self.ceiling = fig.qualifier == "fewer_than"  # takes part in conflicts only
        self.bounds = figure_bounds(fig.value, fig.low, fig.high, fig.qualifier)
        if who is None:
            self.source: str | None = None
            self.official = False
        else:
            self.source, self.official = rules.source(who.canonical, who.name, who.title)
            # a place that gives its own count ("Velora's toll climbed to 20", "Velora counted
            # 27 dead") is its government, known to the gazetteer or not
            place = fig.scope.place
            self.official = self.official or (place is not None and fold(place) == fold(who.name))
        self.event = rules.event(fig.scope.event, date.start, fig.scope.place)
        self.order = (date.start, claim.doc_id or "", claim.span[0], fig.span[0], claim.id)
        self.label: str | None = None  # the figure in words, for explanations


def count_key(
    claim: Claim,
    rules: Rules | None = None,
    countries: frozenset[str] = frozenset(),
    story: frozenset[str] = frozenset(),
) -> BaseKey | None:
    """The base key of the count a figure claim reads, or None when it takes no part.

    ``countries``: those the claim's document names (:meth:`Rules.countries`); ``story``: those
    of every document read with it. No event (:func:`split_events` adds it).
    """
    fig, date = claim.figure, claim.date
    if fig is None or date is None or fig.category is None or fig.incremental:
        return None
    if fig.qualifier not in CONFLICT_QUALIFIERS or not isinstance(fig.value, (int, float)):
        return None
    rules = rules or rules_for()
    if told_as_part(claim, fig.category in rules.falling) or long_ago(claim, date.start):
        return None  # "18 of the deaths", or history: "in 2011, a blast killed 27"
    place, period, subgroup = rules.scope(fig.scope, countries, story)
    if fig.scope.place is None and not fig.scope.places and place is None:
        place = rules.source_place(claim, countries, story)  # "Toyama prefecture said 36 were hurt"
    return (fig.category, place, period, subgroup)


def by_document(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Claims grouped by document (``doc_id``, else the prefix of the claim id)."""
    docs: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        docs[claim.doc_id or claim.id.split(":", 1)[0]].append(claim)
    return docs


def base_groups(claims: Iterable[Claim], rules: Rules) -> dict[BaseKey, list[Point]]:
    """Figure claims as points, grouped by base key (unsorted)."""
    groups: dict[BaseKey, list[Point]] = defaultdict(list)
    docs = [(doc, rules.countries(doc)) for doc in by_document(claims).values()]
    story = frozenset().union(*(countries for _, countries in docs))
    for doc, countries in docs:
        for claim in doc:
            key = count_key(claim, rules, countries, story)
            if key is not None:
                groups[key].append(Point(claim, key, rules))
    one_body([p for pts in groups.values() for p in pts])
    return owner_places(groups, rules)  # "Valtesse's disaster office": a place counted in


def one_body(points: list[Point], known: Iterable[str] = ()) -> None:
    """Each point's source as the body it names: its acronym spelled out, an officer's body.

    ``known``: sources seen before (the tracker's). See :mod:`.acronyms`.
    """
    spelled = spelled_out(points, known)
    for p in points:
        if p.source in spelled:
            p.source = spelled[p.source]  # "NRCO": the body it spells
    officer = officers(points, spelled)
    official = {p.source for p in points if p.official}
    for p in points:
        if id(p) in officer:  # "Mira Lund, the NRCO's deputy director": the NRCO's figure
            p.source = officer[id(p)]
        p.official = p.official or p.source in official  # "LRC": as official as its full name


def group_figures(
    claims: Iterable[Claim], rules: Rules | None = None
) -> dict[CountKey, list[Point]]:
    """Figure claims grouped by count key, each group sorted by day then position."""
    rules = rules or rules_for()
    out: dict[CountKey, list[Point]] = {}
    for points in merge_home_place(relabel_wholes(base_groups(claims, rules)), rules).values():
        out.update(split_counts(points))
    return out


def split_counts(points: list[Point]) -> dict[CountKey, list[Point]]:
    """One base key's points (after places merged) -> its counts: by stretch, then by event.

    A stretch ends where two consecutive reports lie more than :data:`MAX_GAP` apart; the first
    keeps the key, a later one is labelled with the day it starts ("reports from 2023-04-15").
    Events are told apart within a stretch (:func:`split_events`).
    """
    out: dict[CountKey, list[Point]] = {}
    for i, stretch in enumerate(stretches(sorted(points, key=_order))):
        for key, group in split_events(stretch).items():
            if i > 0:
                category, place, event, period, subgroup = key
                label = f"{event or 'reports'} from {stretch[0].day.isoformat()}"
                key = (category, place, label, period, subgroup)
            out[key] = group
    return out


def stretches(points: list[Point]) -> list[list[Point]]:
    """Split day-sorted points wherever two consecutive reports lie more than a year apart."""
    out: list[list[Point]] = []
    start = 0
    for i in range(1, len(points) + 1):
        if i == len(points) or points[i].day - points[i - 1].day > MAX_GAP:
            out.append(points[start:i])
            start = i
    return out


def _order(p: Point) -> tuple[dt.date, str, int, int, str]:
    return p.order


GroupKey = tuple[str | None, ...]


def group_keys(claim: Claim, rules: Rules | None = None) -> tuple[GroupKey, ...]:
    """The groups a claim is reconciled in: claims of different groups never meet.

    A figure's group is ``("figure", category, period)``: places merge (:func:`merge_home_place`)
    and a group may be the whole count (:mod:`.wholes`), so place and subgroup are left out. A
    stance's is ``("stance", last word of the actor, topic)``: a surname alone joins the one
    full name of its family (:func:`group_stances`). Flags computed group by group are the
    flags of :func:`claimtrack.reconcile` (tests/test_scale.py proves it for any partitioning);
    a change to what reconciliation compares across must widen these keys with it.

    >>> group_keys(Claim(id="x", doc_id=None, kind="statement", who=None, what="", text="",
    ...                  span=(0, 0)))
    ()
    """
    keys: list[GroupKey] = []
    base = count_key(claim, rules)
    if base is not None:
        keys.append(("figure", base[0], base[2]))  # a group may be the whole (wholes.py)
    actor = stance_key(claim, rules.lexicon if rules is not None else None)
    if actor is not None:
        keys.append(("stance", *stance_family(actor)))
    return tuple(keys)
