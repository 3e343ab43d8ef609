"""The scope of a count: place, event, period and subgroup, read from the count's own clause.

A place comes from what the casualty predicate or its noun attaches: a locative phrase after
the number in its clause ("killed in Chile"), a place that owns the toll ("Gaza's death toll"),
or a locative phrase before the number in the count's clause ("the toll in the north reached
340", "floods in Kessel have displaced 4,000"). The reporting clause is not the count's
clause: where the source spoke ("told a news conference in the capital, Lusaka, that 812 ...",
"officials in Varno said 28 ...") is no scope. Coordinated names are one combined count:
"in Chile and Argentina" gives ``place="Chile and Argentina"`` and ``places=("Chile",
"Argentina")``, each name as written; :mod:`claimtrack.reconcile` normalises them.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

import regex

from ..find.numbers import NumberMention
from ..model import Scope, Span
from ..text.patterns import lazy
from .figure_words import (
    CLAUSE_END,
    DEMONYM,
    GRAMMAR,
    LETTERS,
    PAST_SECOND,
    THAT,
    WHEN,
    YEAR_PERIOD,
    Patterns,
)
from .govern import Phrase, past_aside
from .scope_before import own_side, there
from .subgroups import subgroup_of

if TYPE_CHECKING:
    from .figures import FigureMention

# The joins of a coordinated place: "Ossory, Pell and Marrow" -> three names.
PLACE_JOIN = lazy(r"[^\S\n]*+,[^\S\n]*+(?:and[^\S\n]++)?|[^\S\n]++and[^\S\n]++")
# A place that owns a toll: "Gaza's death toll", "Velmora's dead".
OWNER = lazy(
    r"(?<![\p{L}'’])(?P<name>\p{Lu}[\p{L}.-]*+(?:[^\S\n]++\p{Lu}[\p{L}.-]*+){0,2}+)['’]s[^\S\n]++(?:(?:official|overall|total|confirmed|latest|"
    r"new|own|civilian)[^\S\n]++)*+(?P<noun>\p{L}+(?:[^\S\n]++(?:death[^\S\n]++)?toll)?)(?!\w)"
)
# The "where" clause may hold the count's reporting clause: "Kellia, where police said they
# had arrested 374", never past a clause of its own (", and", a dash, a semicolon).
WHERE_BEFORE = lazy(
    r"(?<![\p{L}'’])(?P<name>\p{Lu}[\p{L}.-]*+(?:[^\S\n]++\p{Lu}[\p{L}.-]*+){0,2}+)"
    r"[^\S\n]*+,[^\S\n]*+where[^\S\n]++(?:[^,;:()\[\]—–\n]{0,80}[^\S\n])?\Z"
)
# A coordinated place phrase that opens the next count's part: "and in Syria to 1,200".
_NEXT_PLACE = lazy(r"(?i)\s+(?:and|while|but)\s+(?:in|at)\s+\p{Lu}")
_DIGIT = lazy(r"\d")
# "its March 3 attack", "their offensive": an event named by a pronoun is the story's own.
_OWN_EVENT = lazy(r"(?:its|their|his|her|our)(?!\w)", regex.I)
# "since the offensive began": the start of a period.
_STARTED = lazy(r"(?<!\w)(?:began|started|broke[^\S\n]++out|erupted)(?!\w)", regex.I)
_OPENS_SUBORDINATE = lazy(
    r"(?ri),[^\S\n]*+(?:even[^\S\n]++)?(?:as|while|whereas|although|though|because)(?!\w)"
)


def read_scope(
    text: str,
    sentence: Span,
    n: NumberMention,
    ph: Phrase,
    p: Patterns,
    prev: FigureMention | None = None,
    starts: tuple[list[int] | None, list[int] | None] = (None, None),
    verb: Span | None = None,
    category: str | None = None,
) -> Scope:
    """Place, event, period and subgroup of the count ``n``, read from its clause.

    ``starts`` holds where event words and reporting verbs start in the document, when the
    caller knows (None: look). ``verb`` is the casualty verb that governs the number as its
    object, if one does; its subject may name the event ("The 1985 quake killed 2,000").
    A count of an ``origin`` category with no place of its own takes the place it leaves
    ("4,000 were evacuated from Varn").
    """
    events, said = starts
    s0, s1 = sentence
    # Right of the number, up to the end of its clause: in "about 3,500 had been wounded, most
    # of them in Khartoum", Khartoum is where most were, not the scope of the count.
    # A subject count's predicate may follow an aside: "51 villagers, among them 9 children,
    # have been killed in Varno".
    at = past_aside(text, ph, s1, p) or n.span[1]
    stop = CLAUSE_END.search(text, at, min(s1, at + 200))
    right = (at, stop.start() if stop else min(s1, at + 200))
    # "The toll in Turkey rose to 3,400 and in Syria to 1,200": the next count's place
    ahead = _NEXT_PLACE.search(text, *right)
    if ahead is not None and _DIGIT.search(text, ahead.end(), right[1]):
        right = (right[0], ahead.start())
    left = (max(s0, n.span[0] - 200), n.span[0])
    # A place must sit in the count's own clause; an event or a period may open the sentence
    # before its reporting verb ("As of Sunday, the ministry said 3,400 ...").
    own = (_clause_start(text, left[0], left[1], p, said), left[1])
    # A tally of the whole country adds up the parts named before it: "12 were in Kessel and
    # one in Ambry, bringing the national total to 812" has no place.
    national = p.national.search(text, *own)
    if national is not None:
        own = (national.end(), own[1])
    place, places = _place_of(text, sentence, right, own, p)
    if place is None and category in p.origin:
        place, places = _moved_place(text, right, p, p.place_from)
        if place is None:  # where they went, when no place is left: "crossed into Varn"
            place, places = _moved_place(text, right, p, p.place_to)
    if place is None:
        # The subject of a tallying verb ends right at the number, whatever the lexicon calls
        # the verb: "Dorr province has recorded 412 deaths"; a place that a "where" clause
        # speaks of: "to neighbouring Ardia, where 31,000 are sheltering".
        near = own if national is not None else left
        place = (
            _holder(text, near, p)
            or _where(text, near)
            or _kind_holder(text, near, p)
            or there(text, (s0, n.span[0]), right, p)
            or own_side(text, (s0, n.span[0]), right, p)
            or _demonym(ph, p)
            or _site(text, own, right, p)
        )
        places = (place,) if place else ()
    if place is None and prev is not None and _COMPARED.search(text, prev.span[1], n.span[0]):
        place, places = prev.scope.place, prev.scope.places  # "212 in Tarn, ..., up from 164"
    event, period = _event_and_period(text, (s0, n.span[0]), right, left, verb, events, p)
    return Scope(
        place=place,
        places=places,
        event=event,
        period=period,
        subgroup=subgroup_of(text, n, ph, p, prev, left),
    )


def _event_and_period(
    text: str,
    before: Span,
    right: Span,
    left: Span,
    verb: Span | None,
    events: list[int] | None,
    p: Patterns,
) -> tuple[str | None, str | None]:
    """The event and the period of a count: right of the number first, else left of it.

    ``before`` runs from the sentence's start to the number; ``verb`` is the casualty verb
    whose subject may name the event ("The 1985 quake killed 2,000").
    """
    s0 = before[0]
    # An event not across a subordinate clause the count opens: ", even as the ministry
    # reported 10,000 dead" does not count the attack named before it.
    opened = _OPENS_SUBORDINATE.search(text, *left)  # the last one: a reverse search
    near = (opened.start(), left[1]) if opened is not None else left
    event = (
        _first(p.event, text, right, near, lambda m: m.group("event"))
        if events is None or _named_in(events, right) or _named_in(events, near)
        else None  # no event word in either window, so no event
    )
    if event is None and verb is not None:
        subject = p.event_subject.search(text, max(s0, verb[0] - 160), verb[0])
        event = " ".join(subject.group("event").split()) if subject else None
    if event and _OWN_EVENT.match(event):
        event = None  # "its March 3 attack": the story's own event, named again
    period = _first(p.period, text, right, left, lambda m: _period_text(m.group("period"), p))
    if event and period and event in period and _STARTED.search(period):
        event = None  # "since the offensive began on March 3": a period, not another event
    if period and (not WHEN.search(period) or PAST_SECOND.match(period)):
        period = None  # "through the ruins of coastal towns", "have since arrested 14": no period
    if period is None:
        year = YEAR_PERIOD.search(text, *right)
        period = " ".join(year.group().split()) if year else None  # "6 million in 2010"
    return event, period


def _period_text(said: str, p: Patterns) -> str:
    """A period up to the verb that follows it: "since March 3" of "since March 3 rose to".

    A casualty verb ends it too: "Fighting between the army and the rebels killed 14" names
    no period "between the army and the rebels killed 14".
    """
    words = said.split()
    for i, word in enumerate(words[1:], start=1):
        if word.casefold() in p.link_verbs or word.casefold() in p.cue_kind:
            return " ".join(words[:i])
    return " ".join(words)


def _clause_start(text: str, lo: int, at: int, p: Patterns, said: list[int] | None) -> int:
    """Where the count's clause starts, left of ``at``: after the last reporting verb.

    "Officials in Varno said 28 rescuers ...": the clause starts after "said". After a reporting
    verb, a "that" starts the content: "told a news conference in the capital, Lusaka, that".
    """
    verb = None
    if said is not None:
        # The document's word index says where reporting verbs may start: try the last first.
        k = bisect.bisect_left(said, at) - 1
        while k >= 0 and said[k] >= lo and verb is None:
            verb = p.reporting.match(text, said[k], at)
            k -= 1
    elif not p.reporting_words.isdisjoint(LETTERS.findall(text[lo:at].casefold())):
        for m in p.reporting.finditer(text, lo, at):
            verb = m
    if verb is None:
        return lo
    that = THAT.search(text, verb.end(), at)
    end: int = that.end() if that else verb.end()
    return end


def _place_of(
    text: str, sentence: Span, right: Span, left: Span, p: Patterns
) -> tuple[str | None, tuple[str, ...]]:
    """The place phrase of a count and one name per place it covers."""

    def ok(m: Any) -> bool:
        # "in Israeli attacks on Gaza": an adjective before an event is no place; "on Tuesday",
        # "in October" are times; "in Saturday's quake" is an event.
        if p.event.match(text, max(0, m.start()), min(len(text), m.end() + 40)):
            return False
        name = m.group("name")
        if name is None:  # "across the border" is a path: "fled across the border into Varn"
            return not (
                (m.group("generic") or "").casefold() in p.crossed
                and text[m.start() : m.start() + 6].casefold() == "across"
            )
        if " ".join(name.split()).rstrip(".").casefold().replace("’", "'") in p.holidays:
            return False  # "on New Year's Day": a time
        body = name.isupper() or name.split()[-1].casefold() in p.org_heads
        if body and _FACILITIES.match(text, m.end()):
            return False  # "in UN schools", "in Red Cross shelters": a body's, no place
        return name.split()[0].casefold().rstrip(".") not in p.calendar and not name.endswith(
            ("'s", "’s")
        )

    # A place starts in the count's clause and may run past a comma: "across Ossory, Pell and
    # Marrow".
    reach = (right[0], min(sentence[1], right[1] + 120))
    m = None
    for found in p.place.finditer(text, *reach):
        if found.start() >= right[1]:
            break
        if ok(found):
            m = found
            break
    if m is None:
        for found in p.place.finditer(text, *left):
            if ok(found):
                m = found
    if m is None:
        owner = _owner(text, left, p)
        if owner is not None:
            return owner, (owner,)
        fronted = p.place.match(text, _open(text, sentence[0]), left[1])
        if fronted is not None and ok(fronted) and text[fronted.end() : fronted.end() + 1] == ",":
            m = fronted  # "In Chile, officials said 230 people died": the whole sentence's place
    if m is None:
        return None, ()
    if m.group("owner") is not None:
        owner = " ".join(m.group("owner").split())
        return owner, (owner,)
    if m.group("named") is not None:
        named = " ".join(m.group("named").split()).rstrip(".")
        return named, tuple(part.rstrip(".") for part in PLACE_JOIN.split(named) if part)
    if m.group("name") is None:
        generic = " ".join(m.group("generic").split()).rstrip(".")
        return generic, (generic,)
    name = _OWNED.sub("", " ".join(m.group("name").split())).rstrip(".")
    names = [part.rstrip(".") for part in PLACE_JOIN.split(name) if part]
    # "in India and in Tibet": a place phrase of its own joined by "and" adds its names
    end = m.end()
    while (joined := _AND_PLACE.match(text, end, reach[1])) is not None:
        more = p.place.match(text, joined.end(), reach[1])
        if more is None or more.group("name") is None or not ok(more):
            break
        if _DIGIT.search(text, more.end(), min(reach[1], more.end() + 20)):
            break  # "in Kell, and in neighbouring Dorn, 12": the next count's place
        name = f"{name} and " + " ".join(more["name"].split()).rstrip(".")
        names += [part.rstrip(".") for part in PLACE_JOIN.split(more["name"]) if part]
        end = more.end()
    return name, tuple(names)


# What joins a second place phrase to the first: "in India and in Tibet".
_AND_PLACE = lazy(r"(?:[^\S\n]*+,)?[^\S\n]++and[^\S\n]++")


# A plural common noun right after a name: what a body runs ("UN schools").
_FACILITIES = lazy(r"[^\S\n]++\p{Ll}+s(?!\w)")
# The country that owns a place named after it: "in Kestria's Ahrn district" is in Ahrn.
_OWNED = lazy(r"^(?:\p{Lu}[\p{L}.-]*+[^\S\n]++){0,2}\p{Lu}[\p{L}.-]*+['’]s[^\S\n]++(?=\p{Lu})")


def _moved_place(
    text: str, right: Span, p: Patterns, pattern: Any
) -> tuple[str | None, tuple[str, ...]]:
    """The place a count leaves or goes to, in its own clause.

    "fled from Varn", "out of the zone" (``p.place_from``); "crossed into Varn" (``p.place_to``).
    """
    m = pattern.search(text, *right)
    if m is None or m.group("owner") is not None:
        return None, ()
    if m.group("generic") is not None and m.group("generic").casefold() in p.crossed:
        return None, ()
    if m.group("named") is not None:
        named = " ".join(m.group("named").split()).rstrip(".")
        return named, tuple(part.rstrip(".") for part in PLACE_JOIN.split(named) if part)
    said = m.group("name") or m.group("generic")
    if said is None or said.split()[0].casefold().rstrip(".") in p.calendar:
        return None, ()  # "from Monday": a time
    if said.endswith(("'s", "’s")):
        return None, ()  # "to Varn's floods": an owner, no place
    said = " ".join(said.split()).rstrip(".")
    return said, tuple(part.rstrip(".") for part in PLACE_JOIN.split(said) if part)


def _owner(text: str, left: Span, p: Patterns) -> str | None:
    """A place that owns the toll: "Gaza's death toll rose to 11,078", "Velmora's dead".

    A name or demonym right before the toll's noun owns it too ("the Chilean death toll"),
    unless it names a body ("the Health Ministry death toll", "the UN toll").
    """
    window = text[left[0] : left[1]]
    if "'s" not in window and "’s" not in window:
        return _named_toll(text, left, p)
    kind = None  # "the town's toll": the town the story names (a place by its kind)
    for m in _KIND_OWNER.finditer(text, *left):
        noun = m.group("noun").casefold()
        if m.group("kind").casefold() in p.place_kinds and (
            noun in p.cue_nouns or noun.endswith(" toll")
        ):
            kind = m
    found = None
    for m in OWNER.finditer(text, *left):
        noun = m.group("noun").casefold()
        last = m.group("name").split()[-1].casefold()  # "Among Monday's dead": a day's, no place
        tolled = noun in p.cue_nouns or noun.endswith(" toll")  # "Kestria's flood toll"
        if tolled and not m.group("name").isupper() and last not in p.calendar:
            found = m  # not "UNICEF's toll": a source
    if kind is not None and (found is None or kind.start() > found.start()):
        return str(kind.group("kind"))  # the owner nearest the number
    return " ".join(found.group("name").split()) if found else None


# A place named by its kind that owns a toll: "the town's toll", "the city's death toll".
_KIND_OWNER = lazy(
    r"(?<![\p{L}'’])(?i:the)[^\S\n]++(?P<kind>\p{Ll}++)['’]s[^\S\n]++(?:(?:official|overall|"
    r"total|confirmed|latest|new|own|civilian)[^\S\n]++)*+(?P<noun>\p{L}+(?:[^\S\n]++(?:death"
    r"[^\S\n]++)?toll)?)(?!\w)"
)


# A capitalised name right before a toll's noun: "the Chilean death toll", "The Varnish dead".
_NAMED_NOUN = lazy(
    r"(?<![\p{L}'’])(?:the|The)[^\S\n]++(?P<name>\p{Lu}\p{Ll}[\p{L}-]*+)"
    r"[^\S\n]++(?P<noun>\p{Ll}+(?:[^\S\n]++toll)?)(?!\w)"
)


def _named_toll(text: str, left: Span, p: Patterns) -> str | None:
    found = None
    for m in _NAMED_NOUN.finditer(text, *left):
        name = m.group("name")
        if (
            m.group("noun").casefold() in p.cue_nouns
            and name.casefold() not in p.org_heads
            and name.casefold() not in p.calendar
        ):
            found = name
    return found


def _site(text: str, left: Span, right: Span, p: Patterns) -> str | None:
    """The name that modifies a site in the count's clause, nearest the number first.

    "killed in a strike on a Velk school", "the toll from the Orsa market attack".
    """
    found = [p.site.search(text, *right), *reversed(list(p.site.finditer(text, *left)))]
    for m in found:
        name = m and (m.group("of") or m.group("name"))
        if name and name.casefold() not in p.not_demonyms:
            return str(name)
    return None


def _demonym(ph: Phrase, p: Patterns) -> str | None:
    """A people's country that modifies the counted noun: "65 Chilean soldiers".

    A demonym the gazetteer knows, or one by its ending ("nine Kestrian soldiers"). Not the
    head itself ("41 Peshmerga"), a faith or a party ("12 Christian pilgrims"), nor a
    nationality counted among others ("Sixty Varnish nationals are among the hostages").
    """
    if not ph.person or ph.words[-1].casefold() in p.nationals:
        return None  # "Sixty Varnish nationals are among the hostages": foreigners counted
    for word in ph.words[:-1]:
        low = word.casefold()
        if low in p.demonyms or (DEMONYM.fullmatch(word) and low not in p.not_demonyms):
            return word
    return None


def _holder(text: str, left: Span, p: Patterns) -> str | None:
    """A place as the subject of a tallying verb: "Dorr province has registered 412 deaths".

    An organisation ("the Health Ministry recorded") or an acronym ("NDMA") is a source.
    """
    near = text[max(left[0], left[1] - 40) : left[1]].casefold().split()
    if p.tallying.isdisjoint(near):
        return None  # a cheap test first: no tallying verb right before the number
    m = p.holder.search(text, max(left[0], left[1] - 120), left[1])
    if m is None:
        return None
    if _BY_BEFORE.search(text, max(0, m.start("name") - 8), m.start("name")):
        return None  # "A tally by the Yomiuri Shimbun counted 372": the tally's maker, no place
    words = m.group("name").split()
    if words[0] == "The":
        words = words[1:]
    if not words or any((w.isupper() and len(w) > 1) or w.casefold() in p.org_heads for w in words):
        return None
    if words[0].casefold() in GRAMMAR or p.people.fullmatch(words[-1]):
        return None  # "We lost 3,000 people", "It has recorded 41 deaths": a pronoun, no place;
        # "Rescuers counted 27 bodies": people, no place
    return " ".join(words)


# "Sindh remains the worst-hit province with 792 deaths": a name said to be a kind of place
# (a copula, then "the ... province") that holds the count "with" it.
_KIND_HOLDER = lazy(
    r"(?<![\p{L}'’])(?P<name>\p{Lu}[\p{L}-]*+(?:[^\S\n]++\p{Lu}[\p{L}-]*+){0,2})[^\S\n]++"
    r"(?:remains|remained|is|was|became|becomes)[^\S\n]++the[^\S\n]++"
    r"(?:[\p{L}-]++[^\S\n]++){0,3}?(?P<kind>\p{Ll}++),?[^\S\n]++with[^\S\n]*+\Z"
)


_BY_BEFORE = lazy(r"(?i)(?<!\w)by[^\S\n]++(?:the[^\S\n]++)?\Z")


def _kind_holder(text: str, left: Span, p: Patterns) -> str | None:
    """The place a copula names as a kind of place holding the count: "Varn was the town with"."""
    m = _KIND_HOLDER.search(text, max(left[0], left[1] - 120), left[1])
    if m is None or m.group("kind").casefold() not in p.place_kinds:
        return None
    words = m.group("name").split()
    if words[0] in ("The", "A", "An") or any(w.casefold() in p.org_heads for w in words):
        return None
    return " ".join(words)


def _where(text: str, left: Span) -> str | None:
    """The place a "where" clause opening right before the count speaks of."""
    m = WHERE_BEFORE.search(text, max(left[0], left[1] - 160), left[1])
    return " ".join(m.group("name").split()) if m else None


def _open(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\n\"'“‘(":
        at += 1
    return at


# An earlier count compared with the one before it: "..., the ministry said, up from 164".
_COMPARED = lazy(r"(?i)(?<!\w)(?:up|down)[^\S\n]++from[^\S\n]++\Z")


def _named_in(starts: list[int], window: Span) -> bool:
    """Whether a word of ``starts`` (sorted positions) starts inside ``window``."""
    k = bisect.bisect_left(starts, window[0])
    return k < len(starts) and starts[k] < window[1]


def _first(
    pattern: Any, text: str, right: Span, left: Span, pick: Any, event: Any = None
) -> str | None:
    """The first match right of the number, else the last one left of it."""

    def ok(m: Any) -> bool:
        # "in Israeli attacks on Gaza": an adjective before an event is no place.
        return event is None or not event.match(
            text, max(0, m.start()), min(len(text), m.end() + 40)
        )

    m = next((m for m in pattern.finditer(text, *right) if ok(m)), None)
    if m is None:
        for found in pattern.finditer(text, *left):
            if ok(found):
                m = found
    if m is None:
        return None
    value = pick(m)
    return " ".join(value.split()) if value else None
