"""The main count's place: which placed counts are the main count under another name.

Most figures name no place, and they read the story's main count. Some sources name the place
the whole story happens in ("413 people in Sudan") where others leave it out ("more than 400
people"): that place's count is the main count. A place merges into the main count when

- one of its figures agrees, on the same day and in the same report, with a main-count figure
  within a quarter of it (:func:`restates`): two reports of a feed that agree by chance are no
  evidence;
- it is the one country its family names, every other place lying inside it
  (:func:`sole_country`): "Sudan's health ministry said 512" in a story of Sudan alone;
- it lies inside no other place its family names (:func:`inside`): a province beside its
  country is a sub-count, whatever its values;
- or, for a place the gazetteer does not know as a part of a country (a country, or a name it
  does not know: "the Korvath valley"), one of its figures lies within its own source's
  main-count series (:func:`bridges`): the office's unplaced 12, then "27 in the Korvath
  valley", then 31 is one toll, named once with its place. A known region or city ("130 in
  Khartoum") is a part, wherever its value lies;
- or it is the family's main place, the place most of its reports name (:class:`MainPlace`),
  or a word that stands for it ("the city"), and its figures fit the main count's series
  (:func:`.fit.fits_series`) with no rival toll beside it (:func:`rivalled`, :func:`parallel`);
- and no report lists it beside another place in one sentence (:func:`breakdown`): "20 were
  in Varn, 19 in Tesk and five in Olm" makes each town a part of the toll, so Olm's five never
  becomes the main count when some unscoped five ("five of the six crew members") agrees.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..text.patterns import lazy
from .fit import MAX_GAP as MAX_GAP  # re-exported: reports further apart are other stories
from .fit import fits_series
from .places import country_named

if TYPE_CHECKING:
    from .counts import Point, Rules

BaseKey = tuple[str, str | None, str | None, str | None]  # category, place, period, subgroup
Family = tuple[str, str | None, str | None]


def family(key: BaseKey) -> Family:
    """The counts a place can be merged across: category, period and subgroup."""
    return (key[0], key[2], key[3])


def sentence(p: Point) -> tuple[str, int, int]:
    """The report and the statement a figure was read from: figures of one sentence share it."""
    c = p.claim
    return (c.doc_id or c.id.split(":", 1)[0], *c.span)


def breakdown(points: Iterable[Point]) -> set[tuple[Family, str]]:
    """The places listed beside another place of one family in one sentence: parts of a whole.

    "Sindh has recorded 405 deaths, Khyber Pakhtunkhwa 257 and Balochistan 249" lists three
    provinces; "in Chile and Argentina" is one combined count, one place, and lists nothing.
    Returned with their family: a list of the injured says nothing of the dead.
    """
    labels: dict[tuple[Family, tuple[str, int, int]], set[str]] = defaultdict(set)
    for p in points:
        if p.base[1] is not None:
            labels[(family(p.base), sentence(p))].add(p.base[1])
    return {(key[0], label) for key, group in labels.items() if len(group) > 1 for label in group}


def merge_home_place(
    groups: dict[BaseKey, list[Point]], rules: Rules | None = None
) -> dict[BaseKey, list[Point]]:
    """Give the main count the place some sources name for it and others leave out (module doc)."""
    main = {family(k): pts for k, pts in groups.items() if k[1] is None}
    places: dict[Family, list[str]] = defaultdict(list)
    place_points: dict[Family, dict[str, list[Point]]] = defaultdict(dict)
    for k, pts in groups.items():
        if k[1] is not None:
            places[family(k)].append(k[1])
            place_points[family(k)][k[1]] = pts
    listed = breakdown(p for k, pts in groups.items() if k[1] is not None for p in pts)
    series = {fam: by_source(pts) for fam, pts in main.items()}
    # The main place is read within each family, as a partitioned reconcile (by family,
    # claimtrack.scale) reads it.
    stories: dict[Family, MainPlace] = defaultdict(MainPlace)
    for k, pts in groups.items():
        stories[family(k)].add(((k[1], p) for p in pts), rules)
    tops = {fam: story.top() for fam, story in stories.items()}
    named = {(family(k), k[1]) for k, pts in groups.items() if k[1] and named_for(pts, rules)}
    out: dict[BaseKey, list[Point]] = {}
    for key, pts in groups.items():
        others = main.get(family(key)) if key[1] is not None else None
        fam_places = places[family(key)]
        if others and (
            # listed beside its own parts or not
            (
                (family(key), key[1]) in named
                and sole_country(key[1], current(place_points[family(key)], others), rules)
            )
            or (
                (family(key), key[1]) not in listed
                and (
                    merges(key[1] or "", pts, by_day(others), fam_places, rules)
                    or (
                        not inside(key[1], fam_places, rules)
                        and (
                            bridges(key[1] or "", pts, series[family(key)], rules)
                            or (
                                stands_for_main(key[1], tops[family(key)], rules)
                                and joins_main(
                                    key[1],
                                    tops[family(key)],
                                    place_points[family(key)],
                                    set(),
                                    others,
                                    stories[family(key)].label_docs,
                                    stories[family(key)].reports,
                                    rules,
                                )
                            )
                        )
                    )
                )
            )
        ):
            key = (key[0], None, key[2], key[3])
            for p in pts:
                p.base = key
        out.setdefault(key, []).extend(pts)
    return out


def named_for(points: Iterable[Point], rules: Rules | None) -> bool:
    """Whether a source of these points is named for their place: "Sudan's health ministry".

    Such a source gives its own country's toll; a figure that names a country by chance ("103
    dead in Chile" in another story's report) is no evidence that it is the main count.
    """
    if rules is None:
        return False
    for p in points:
        who = p.claim.who
        label = p.base[1]
        if who is None or label is None:
            continue
        found = country_named(who.name, rules.places)
        if found is not None and frozenset({found[1].id}) == rules.place_ids.get(label):
            return True
    return False


def current(place_points: dict[str, list[Point]], main: Iterable[Point]) -> list[str]:
    """The places with a figure within a year of a main-count figure.

    "since a 1991 cyclone killed about 138,000 people in neighboring Bangladesh" names no
    second country of a 2008 story: its count lies in a stretch of its own.
    """
    days = sorted({q.day for q in main})
    out = []
    for label, pts in place_points.items():
        for p in pts:
            k = bisect.bisect_left(days, p.day - MAX_GAP)
            if k < len(days) and days[k] <= p.day + MAX_GAP:
                out.append(label)
                break
    return out


def sole_country(place: str | None, family_places: Iterable[str], rules: Rules | None) -> bool:
    """Whether a place is a country that every other known place of its family lies in.

    A story that names one country, whose own body gives its toll ("Sudan's health ministry
    said 512", "in Khartoum"), tells that country's count where it names no place
    (:func:`named_for`); a story of two countries ("in Turkey and Syria") keeps each
    country's count apart.
    """
    if rules is None or place is None:
        return False
    ids = rules.place_ids.get(place, frozenset())
    if len(ids) != 1 or any(i.startswith("?") or rules.places.country(i) != i for i in ids):
        return False
    for other in family_places:
        known = [i for i in rules.place_ids.get(other, frozenset()) if not i.startswith("?")]
        if known and not rules.places.contains(ids, known):
            return False
    return True


def inside(place: str | None, family_places: Iterable[str], rules: Rules | None) -> bool:
    """Whether a place lies inside another place the family names ("Khartoum" in "Sudan")."""
    if rules is None or place is None:
        return False
    ids = rules.place_ids.get(place, frozenset())
    for other in family_places:
        outer = rules.place_ids.get(other, frozenset())
        if other != place and outer != ids and rules.places.contains(outer, ids):
            return True
    return False


def by_day(points: Iterable[Point]) -> dict[dt.date, list[Point]]:
    """Points indexed by day."""
    days: dict[dt.date, list[Point]] = defaultdict(list)
    for q in points:
        days[q.day].append(q)
    return days


def restates(points: list[Point], main_days: dict[dt.date, list[Point]]) -> bool:
    """Whether a figure of a place agrees with a main-count figure of its day and document.

    Within a quarter, and in the same report: a report that gives "413 in Sudan" beside "more
    than 400" speaks of one count; two reports of a feed that agree by chance do not.
    """
    return any(
        p.claim.doc_id == q.claim.doc_id
        and p.bounds.compatible(q.bounds)
        and max(p.value, q.value) <= 1.25 * min(p.value, q.value)
        for p in points
        for q in main_days.get(p.day, ())
    )


def merges(
    place: str,
    points: list[Point],
    main_days: dict[dt.date, list[Point]],
    places: Iterable[str],
    rules: Rules | None,
) -> bool:
    """Whether a place's count is the main count, listed places aside (:func:`merge_home_place`)."""
    return restates(points, main_days) and not inside(place, places, rules)


def by_source(points: Iterable[Point]) -> dict[str, list[Point]]:
    """Named sources' points (the main count's, for :func:`bridges`)."""
    out: dict[str, list[Point]] = defaultdict(list)
    for p in points:
        if p.source is not None:
            out[p.source].append(p)
    return out


def bridges(
    place: str, points: list[Point], series: dict[str, list[Point]], rules: Rules | None
) -> bool:
    """Whether a figure of a place lies within its own source's main-count series.

    The source gave the main count on a day before and a day after (within a year), at values
    that hold the place's figure between them. Only a place the gazetteer does not know as part of a
    country: "130 in Khartoum" between the ministry's 100 and 500 is Khartoum's share.
    """
    if rules is None or known_part(place, rules):
        return False
    return any(within(p, series.get(p.source or "", ())) for p in points)


def within(p: Point, own: Iterable[Point]) -> bool:
    """Whether main-count points of ``p``'s source hold it between them, within a year."""
    before = after = False
    for q in own:
        if abs(q.day - p.day) > MAX_GAP:
            continue
        before = before or (q.day < p.day and q.value <= p.value)
        after = after or (q.day > p.day and q.value >= p.value)
    return before and after


def known_part(place: str, rules: Rules) -> bool:
    """Whether a place label names a place the gazetteer knows inside a country."""
    ids = rules.place_ids.get(place, frozenset())
    return any(not i.startswith("?") and rules.places.country(i) != i for i in ids)


class MainPlace:
    """What tells a family's main place, kept as figures come (the ``Tracker`` adds to it).

    A report names a place when one of its figures is placed there, when the sentence of one
    of its figures names it in capitals though the figure is not placed there ("Fighting in the
    upper Vessa valley has forced 12,000 people from their homes"), or when one of its sources
    is that country's own body ("Nepal's home ministry", by gazetteer id); "the city" (an
    ``anaphoric`` word) names none. Each add costs what it adds, and :meth:`top` one pass over
    the places.
    """

    def __init__(self) -> None:
        self.label_docs: dict[str, set[str]] = defaultdict(set)  # reports placing a figure there
        self.reports: set[str] = set()
        self.named: dict[str, set[str]] = {}  # the reports naming each place, bodies included
        self.peaks: dict[str, float] = {}  # each place's largest figure
        self._bodies: dict[str, set[str]] = defaultdict(set)  # country id -> reports
        self._labels: dict[str, list[str]] = defaultdict(list)  # country id -> its labels
        self._mentions: dict[str, set[str]] = defaultdict(set)  # capitalised word -> reports
        self._by_word: dict[str, list[str]] = defaultdict(list)  # word -> labels holding it

    def add(self, entries: Iterable[tuple[str | None, Point]], rules: Rules | None) -> None:
        """Count more figures, each with its place label as read (None: no place)."""
        for label, p in entries:
            published = p.claim.published
            if published is not None and published - p.day > MAX_GAP:
                continue  # "since 1994, when the sinking killed 400": history, not the story
            doc = sentence(p)[0]
            self.reports.add(doc)
            if label is not None:
                self.label_docs[label].add(doc)
                self.peaks[label] = max(self.peaks.get(label, 0.0), p.value)
                if label not in self.named and not (
                    rules is not None and label.casefold() in rules.anaphoric
                ):
                    self._new_label(label, rules)
                if label in self.named:
                    self.named[label].add(doc)
            self._mention(doc, p.claim.text)
            who = p.claim.origin or p.claim.who
            found = country_named(who.name, rules.places) if who and rules is not None else None
            if found is not None and doc not in self._bodies[found[1].id]:
                self._bodies[found[1].id].add(doc)
                for other in self._labels.get(found[1].id, ()):
                    self.named[other].add(doc)

    def _new_label(self, label: str, rules: Rules | None) -> None:
        ids = rules.place_ids.get(label, frozenset()) if rules is not None else frozenset()
        one = next(iter(ids)) if len(ids) == 1 else None
        self.named[label] = set(self._bodies.get(one, ())) if one is not None else set()
        if one is not None:
            self._labels[one].append(label)
        words = label.split()
        if words and all(map(_NAME_WORD.fullmatch, words)):
            for word in words:
                self._by_word[word].append(label)
            self.named[label].update(set.intersection(*(self._mentions[w] for w in words)))

    def _mention(self, doc: str, text: str) -> None:
        """The places a figure's sentence names in capitals, named by its report too."""
        for word in _CAPITALISED.findall(text):
            low = word.casefold()
            docs = self._mentions[low]
            if doc in docs:
                continue
            docs.add(doc)
            for label in self._by_word.get(low, ()):
                if all(doc in self._mentions[w] for w in label.split()):
                    self.named[label].add(doc)

    def top(self) -> str | None:
        """The place the family's story happens in: the one most of its reports name, if any.

        It must be the only place named, in two reports at least or in half of them (one of a
        story's two), or be named in two reports at least, in half of them, and in more than
        any other place, or as often as others whose figures are all under a tenth of its own
        ("72 dead in India" beside Nepal's thousands): in a story of two countries ("in Turkey
        and Syria") neither is the main place.
        """
        most = max((len(docs) for docs in self.named.values()), default=0)
        tied = [label for label, docs in self.named.items() if len(docs) == most]
        half = 2 * most >= len(self.reports)
        enough = (most >= 2 and half) if len(self.named) > 1 else (most >= 2 or half)
        if not most or not enough:
            return None
        best = max(tied, key=lambda label: (self.peaks.get(label, 0.0), label))
        top = self.peaks.get(best, 0.0)
        if any(self.peaks.get(x, 0.0) >= _RIVAL_SHARE * top for x in tied if x != best):
            return None
        return best


# A word of a place's name as written in capitals, and as a label holds it (in lower case).
_CAPITALISED = lazy(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]*+(?:['\u2019-]\p{L}++)*+")
_NAME_WORD = lazy(r"[\p{Ll}\p{Lo}\p{M}]++(?:['\u2019-]\p{L}++)*+")
# A place whose figures reach this share of the main count's is a toll of its own size.
_RIVAL_SHARE = 0.1


def rivalled(
    top: str | None,
    places: dict[str, list[Point]],
    label_docs: dict[str, set[str]],
    reports: set[str],
    main: Iterable[Point],
    rules: Rules | None,
    label: str | None = None,
) -> bool:
    """Whether another place of the family is a second toll like the main place's own.

    A place outside the main place, named in half the story's reports, whose figures reach a
    tenth of the main count's: "63 killed on Tarvene's side ... Corvassa's toll rose to 58"
    tells two countries' tolls, so the unplaced figures may be either's; "72 dead in India"
    beside Nepal's thousands is a neighbour's small share. So is any place with a larger figure
    on the same day as one of ``label``'s: the main place may be a part of it ("71 in Ostrel",
    "87 in Valdoria"). ``places`` are the family's.
    """
    peak = max((q.value for q in main), default=0.0)
    own = places.get(label or top or "", [])
    for other, pts in places.items():
        if other in (top, label) or inside(other, [top or ""], rules):
            continue
        if rules is not None and other.casefold() in rules.anaphoric:
            continue
        if 2 * len(label_docs.get(other, ())) >= len(reports) and any(
            p.value >= _RIVAL_SHARE * peak for p in pts
        ):
            return True
        if any(q.day == p.day and q.value > p.value for q in pts for p in own):
            return True  # a larger count of the same day: a whole "Ostrel" may be part of
    return False


def stands_for_main(label: str | None, top: str | None, rules: Rules | None) -> bool:
    """Whether a place label is the story's main place: its name, or a word that stands for it."""
    if label is None or top is None:
        return False
    return label == top or (rules is not None and label.casefold() in rules.anaphoric)


def joins_main(
    label: str | None,
    top: str | None,
    places: dict[str, list[Point]],
    listed: set[str],
    main: list[Point],
    label_docs: dict[str, set[str]],
    reports: set[str],
    rules: Rules | None,
) -> bool:
    """Whether ``label``, standing for the story's main place ``top``, is the main count.

    A word that stands for the main place ("the city") joins when the main place's own name
    does, read against the main count with the main place's figures in it.
    """
    if label != top:
        if not joins_main(top, top, places, listed, main, label_docs, reports, rules):
            return False
        main = [*main, *places[top or ""]]
    return (
        label is not None
        and label in places
        and label not in listed
        and bool(main)
        and not inside(label, places, rules)
        and fits_series(places[label], main)
        and not parallel(places[label], main)
        and not rivalled(top, places, label_docs, reports, main, rules, label)
    )


def parallel(points: list[Point], main: list[Point]) -> bool:
    """Whether a place's figures and the main count's run side by side: two counts.

    On two days or more both give a figure, and each day they differ: "14, then 36 Armenian
    civilians" beside "19, then 61 civilians" the same days are each side's own count.
    """
    days = {q.day: q.value for q in main}
    shared = [p for p in points if p.day in days]
    return len({p.day for p in shared}) > 1 and all(p.value != days[p.day] for p in shared)
