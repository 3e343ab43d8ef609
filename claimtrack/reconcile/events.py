"""The event a figure names: its kind ("quake"), the days it dates it to, or another event's name.

"Saturday's quake" is one day's quake; "the 1934 earthquake" and "Hurricane Katrina" are other
events (:func:`split_events` decides which count each reads).

>>> import datetime as dt
>>> from claimtrack.lexicon import load_lexicon
>>> event = EventReader(load_lexicon()).event("the 1934 earthquake", dt.date(2015, 4, 25))
>>> event.kind, event.name, event.common
('quake', 'quake of 1934', False)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, NamedTuple

from ..lexicon import Lexicon
from ..text.patterns import lazy

if TYPE_CHECKING:
    from .counts import CountKey, Point

_SAME_EVENT = dt.timedelta(1)  # "the weekend earthquake" and "Saturday's quake" are one
_WORD = lazy(r"[\p{L}0-9]+(?:[.'’][\p{L}]+)*")
_YEAR = lazy(r"1[5-9][0-9]{2}|20[0-9]{2}")


class Event(NamedTuple):
    """An event a figure names.

    Its kind ("quake"), the days it can have happened on ("Saturday's": one day; "last
    week's": seven), or a name for an event that is plainly another one ("hurricane katrina",
    "1934 earthquake").
    """

    kind: str | None
    since: dt.date | None = None
    until: dt.date | None = None
    name: str | None = None
    common: bool = False  # a kind of the phrase's own noun ("the strike"), not a known one
    described: bool = False  # one side's act of such a noun ("the Dorn attack")
    sided: bool = False  # a kind one side does ("the raid"): the story's own only at a place


class EventReader:
    """Event phrases read with one lexicon's event kinds, weekdays and months, cached per phrase."""

    def __init__(self, lexicon: Lexicon) -> None:
        lex = lexicon.reconcile
        self.modifiers = frozenset(t.casefold() for t in lex.words.event_modifiers)
        self.others = frozenset(t.casefold() for t in lex.words.other_event)
        self.sided = frozenset(t.casefold() for t in lex.words.sided_events)
        self.prepositions = frozenset(t.casefold() for t in lexicon.syntax.words.prepositions)
        self.kinds = {w.casefold(): kind for kind, words in lex.events.items() for w in words}
        self.known = frozenset(self.kinds.values())
        self.weekdays = {k.casefold(): v for k, v in lexicon.dates.weekdays.items()}
        self.months = {k.casefold(): v for k, v in lexicon.dates.months.items()}
        self.events: dict[str, tuple[str | None, str | None, tuple[str, ...]]] = {}

    def event(self, text: str | None, day: dt.date, place: str | None = None) -> Event | None:
        """Read an event's kind and the days it dates it to (see :func:`split_events`).

        ``place`` is the count's place: a name before the event's noun that is that place is
        where it happened, no side ("the Orsa market attack" of a count in Orsa).
        """
        if text is None:
            return None
        parts = self.events.get(text)
        if parts is None:
            parts = self.events[text] = self._event_parts(text)
        kind, name, prefix = parts
        if kind is not None and place is not None and " " in kind:
            *agents, head = kind.split()
            if set(agents) <= set(place.casefold().split()):
                kind = self.kinds.get(head, head)  # the place's attack, not a side's
        sided = kind in self.sided
        common = kind is not None and (kind not in self.known or sided)  # "the Dorn attack"
        # one side's act ("the Dorn attack") is never the story's own event
        described = common and " " in (kind or "")
        if name is not None or not prefix:
            return Event(kind, name=name, common=common, described=described, sided=sided)
        return self._anchor(kind, prefix, day)._replace(
            common=common, described=described, sided=sided
        )

    def _event_parts(self, text: str) -> tuple[str | None, str | None, tuple[str, ...]]:
        """An event phrase -> its kind, a name if it is plainly another event, and dating words.

        The dating words are those before the kind ("tuesday", "april 25"); read once per phrase.
        """
        written = _WORD.findall(text)
        words = [w.casefold().replace("’", "'") for w in written]
        label = " ".join(w for w in words if w not in ("the", "a", "an", "this", "that"))
        # The phrase up to its first preposition: "the earthquake in Varno" is the earthquake.
        cut = next((i for i, w in enumerate(words) if i and w in self.prepositions), len(words))
        for n in (3, 2, 1):  # the longest kind name that ends the phrase: "super typhoon"
            if cut >= n and " ".join(words[cut - n : cut]) in self.kinds:
                kind = self.kinds[" ".join(words[cut - n : cut])]
                prefix = tuple(w.removesuffix("'s") for w in words[: cut - n])
                if kind in self.sided and " " in (side := self._described(written, words, cut)):
                    kind = side  # "the Dorn attack", "attacks by Dorn": one side's
                break
        else:
            # "Hurricane Katrina", "Operation Iron Gate": a name, another event. A common noun
            # ("the Dorn attack") is a kind of its own, read like a known one.
            if not cut or not written[cut - 1].isalpha() or not written[cut - 1].islower():
                return None, label, ()
            kind = self._described(written, words, cut)
            prefix = tuple(w.removesuffix("'s") for w in words[: cut - 1])
        if any(w in self.others for w in prefix):
            return None, label, ()  # "a separate attack", "an earlier quake": another one
        dating = (*self.weekdays, *self.months, "weekend", "yesterday", "last")
        if not any(w in dating or _YEAR.fullmatch(w) for w in prefix):
            return kind, None, ()
        return kind, None, prefix

    def _described(self, written: list[str], words: list[str], cut: int) -> str:
        """The kind of an event a common noun describes: the noun and who it is by.

        "the Dorn attack", "Dorn's surprise attack" and "the attacks by Dorn" are one kind
        ("dorn attack"); "Velan attacks on Dorn" another ("velan attack"). Such a kind is never
        the story's own event: one side's attack is not the whole toll of a war.
        """
        head = words[cut - 1]
        if head.endswith("s") and not head.endswith("ss") and len(head) > 3:
            head = head[:-1]  # "attacks", "strikes"
        dating = (*self.weekdays, *self.months)
        by = [i for i in range(cut, len(words)) if words[i - 1] == "by"]
        agents = sorted(
            {
                words[i].removesuffix("'s")
                for i in (*range(cut - 1), *by)
                if written[i][:1].isupper() and words[i].removesuffix("'s") not in dating
            }
        )
        return " ".join((*agents, head))

    def _anchor(self, kind: str | None, prefix: tuple[str, ...], day: dt.date) -> Event:
        since = until = None
        for i, w in enumerate(prefix):
            nxt = prefix[i + 1] if i + 1 < len(prefix) else ""
            if _YEAR.fullmatch(w):
                if int(w) != day.year:
                    return Event(kind, name=f"{kind} of {w}")  # "the 1934 earthquake"
            elif w in self.weekdays:  # "Tuesday's quake": the last Tuesday
                since = until = day - dt.timedelta((day.weekday() - self.weekdays[w]) % 7)
            elif w == "weekend":
                since = day - dt.timedelta((day.weekday() - 5) % 7)
                until = since + dt.timedelta(1)
            elif w == "yesterday":
                since = until = day - dt.timedelta(1)
            elif w == "last" and nxt == "week":
                until = day - dt.timedelta(day.weekday() + 1)
                since = until - dt.timedelta(6)
            elif w == "last" and nxt == "month":
                until = day.replace(day=1) - dt.timedelta(1)
                since = until.replace(day=1)
            elif w in self.months and nxt.isdigit() and 1 <= int(nxt) <= 31:
                try:  # "the April 25 earthquake"
                    since = dt.date(day.year, self.months[w], int(nxt))
                except ValueError:
                    continue
                if since > day:
                    since = since.replace(year=day.year - 1)
                until = since
        return Event(kind, since, until)


def split_events(points: list[Point]) -> dict[CountKey, list[Point]]:
    """One base key's points -> counts by event (module docstring), each sorted by day."""
    kinds = Counter(
        p.event.kind
        for p in points
        if p.event is not None and p.event.kind and not p.event.name and not p.event.described
    )
    main = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None
    placed = bool(points) and points[0].base[1] is not None
    start = min((p.day for p in points), default=None)
    if (
        main is not None
        and kinds[main] < 2
        and any(
            p.event is not None
            and p.event.kind == main
            and p.event.common
            and not (p.event.sided and placed)
            and not _at_start(p.event, start)
            for p in points
        )
    ):
        # a kind the lexicon does not know is the story's own once named twice; an attack,
        # once named at the count's own place ("Monday's shelling of the market in Orsa"), or
        # dated to the count's first day ("Monday's bombing" of a toll first read on Monday)
        main = None
    # The story's own event is the earliest dated one of the main kind; one dated after it is
    # another event of that kind ("Tuesday's quake" beside "the April 25 earthquake"). A figure
    # that names no event reads the story's own, which happened by the day it was reported:
    # "72 dead in India" on April 28, then "Tuesday's quake killed 17 in India" on May 13.
    dated = [_dated(p) for p in points if _main(p, main)]
    first = min((d for d in dated if d is not None), default=None)
    out: dict[CountKey, list[Point]] = defaultdict(list)
    for p in points:
        category, place, period, subgroup = p.base
        out[(category, place, _event_label(p, main, first), period, subgroup)].append(p)
    for group in out.values():
        group.sort(key=lambda p: p.order)
    return dict(out)


def _at_start(e: Event, start: dt.date | None) -> bool:
    """Is the event dated to the day a count was first read (a day either way)?"""
    if e.since is None or e.until is None or start is None:
        return False
    return e.since - _SAME_EVENT <= start <= e.until + _SAME_EVENT


def _dated(p: Point) -> dt.date | None:
    """By when a figure's event had happened: its own date, or the report's day if unnamed."""
    return p.day if p.event is None else p.event.until


def _main(p: Point, main: str | None) -> bool:
    e = p.event
    return e is None or (e.name is None and e.kind == main)


def _event_label(p: Point, main: str | None, first: dt.date | None) -> str | None:
    e = p.event
    if e is None:
        return None
    if e.name is not None:
        return e.name
    if e.kind != main:
        return e.kind
    if e.since is not None and first is not None and e.since > first + _SAME_EVENT:
        return f"{e.kind} of {e.since.isoformat()}"  # "Tuesday's quake": a second quake
    return None
