"""Places as canonical entities: every name of a country or region, and what contains it.

A count's place is read from the text as written ("Czechia", "the Czech Republic", "Chilean",
"Valparaíso region"); the reconciler compares canonical places instead, so that the names of one
place meet and a province's count is known to lie inside its country's.

Countries and their subdivisions come from ``pycountry`` (ISO 3166-1 and 3166-2, kept by
Debian's iso-codes project); ``data/places.toml`` adds what the standard lacks: other names
("Burma", "Ivory Coast", "the U.S."), demonyms ("Chilean" -> Chile), words that do not change a
place ("province", "prefecture"), and places below the first level (cities, districts, camps,
crossings, "the north" of a country), each with the place that contains it. A user overlay
extends them like any lexicon (``docs/lexicons.md``).

>>> g = gazetteer()
>>> g.resolve("the Czech Republic") == g.resolve("Czechia")
True
>>> g.resolve("Chilean").name, g.resolve("Valparaíso region").within
('Chile', 'CL')
>>> g.resolve("Atlantis") is None
True
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import LexiconError
from ..lexicon import Lexicon, load_lexicon
from ..text.patterns import lazy

# "southern Chile", "the north of Chile": a part of a country, not the country.
_SIDES = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
_SIDE_WORDS = {f"{s}ern": s for s in _SIDES} | {s: s for s in _SIDES}
_PARENS = lazy(r"\s*\([^)]*\)")
_SPLIT = lazy(r"\s*(?:,|;|&|\band\b|\bor\b)\s*")
_STRIP = lazy(r"[^\p{L}\p{N}.' -]+")


@dataclass(frozen=True, slots=True)
class Place:
    """One canonical place.

    ``id`` is an ISO 3166 code for a country ("CL") or a first-level region ("CL-VS"), or a
    derived id for a place from the data file ("CL-VS/valparaiso city") or a side of a place
    ("CL:south"); ``within`` is the id of the place that contains it (None for a country).
    """

    id: str
    name: str
    kind: str
    within: str | None = None


def fold(name: str) -> str:
    """A name compared without case, accents, curly quotes, a possessive or a leading "the".

    >>> fold("  The Valparaíso’s ")
    'valparaiso'
    """
    t = unicodedata.normalize("NFKD", name.replace("’", "'"))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    t = " ".join(_STRIP.sub(" ", t).split())
    if t.startswith("the "):
        t = t[4:]
    return t.removesuffix("'s").strip(" .'-")


class Gazetteer:
    """Names -> places, built once per lexicon (see :func:`gazetteer`)."""

    def __init__(self, lexicon: Lexicon) -> None:
        lex = lexicon.places
        self.places: dict[str, Place] = {}
        self._names: dict[str, list[str]] = defaultdict(list)  # folded ISO name -> place ids
        self._data: dict[str, str] = {}  # folded name from places.toml -> place id (wins)
        self._generic = frozenset(fold(w) for w in lex.generic)
        self._common = frozenset(fold(w) for w in lex.common)
        self._resolved: dict[tuple[str, frozenset[str]], Place | None] = {}
        self._load_iso()
        for table, what in ((lex.aliases, "aliases"), (lex.demonyms, "demonyms")):
            for name, code in table.items():
                self._data[fold(name)] = self._known(code, f"places.{what}.{name}")
        for name, entry in lex.entries.items():
            parent = self._container(entry.within, f"places.entries.{name}.within")
            pid = f"{parent}/{fold(name)}"
            self.places[pid] = Place(pid, name, entry.kind, parent)
            for alias in (name, *entry.aliases):
                self._data[fold(alias)] = pid

    def _load_iso(self) -> None:
        import pycountry  # imported on first use: loading the ISO tables costs ~50 ms

        for c in pycountry.countries:
            self.places[c.alpha_2] = Place(c.alpha_2, _display(c), "country")
            for attr in ("name", "official_name", "common_name"):
                if (value := getattr(c, attr, None)) is not None:
                    self._add_name(value, c.alpha_2)
            self._add_name(c.alpha_3, c.alpha_2)
        for s in pycountry.subdivisions:
            name = _PARENS.sub("", s.name).strip()
            within = s.parent_code or s.country_code
            self.places[s.code] = Place(s.code, name, "region", within)
            self._add_name(name, s.code)

    def _add_name(self, name: str, pid: str) -> None:
        key = fold(name)
        # "Sichuan Sheng", "Mykolaivska oblast": also under the name without its generic word.
        short = " ".join(w for w in key.split() if w not in self._generic)
        for k in {key, short}:
            if k == short and k != key and self._ordinary(k):
                continue  # "Capital Territory" is not "the capital"
            if k and pid not in self._names[k]:
                self._names[k].append(pid)

    def _ordinary(self, key: str) -> bool:
        """Whether a name is made of ordinary words only ("north", "coast", "capital")."""
        return all(w in self._common or w in self._generic for w in key.split())

    def _known(self, code: str, key: str) -> str:
        if code not in self.places:
            raise LexiconError(
                f"data/places.toml: {key}: unknown place code {code!r}; use an ISO 3166 code "
                f'such as "CL" or "CL-VS"',
                file="places",
                key=key,
            )
        return code

    def _container(self, within: str, key: str) -> str:
        if within in self.places:
            return within
        found = self.resolve(within)
        if found is None:
            raise LexiconError(
                f"data/places.toml: {key}: {within!r} names no known place; give an ISO 3166 "
                f'code ("JP-17") or the name of a place already known',
                file="places",
                key=key,
            )
        return found.id

    def country(self, pid: str) -> str:
        """The country a place lies in ("CL" for "CL-VS" and for "CL-VS/valparaiso city")."""
        place = self.places.get(pid)
        while place is not None and place.within is not None:
            place = self.places.get(place.within)
        return place.id if place is not None else pid

    def ancestors(self, pid: str) -> list[str]:
        """The place and every place that contains it, innermost first."""
        out = [pid]
        place = self.places.get(pid)
        while place is not None and place.within is not None:
            out.append(place.within)
            place = self.places.get(place.within)
        return out

    def resolve(self, name: str, countries: Iterable[str] = ()) -> Place | None:
        """The place a name stands for, or None when it names none or several.

        ``countries`` are the countries the document names; they decide between regions of one
        name ("Punjab" is Pakistan's in a story about Pakistan). A country wins over a region of
        another country ("Georgia"), unless only the region's country is named.
        """
        context = frozenset(countries)
        cached = (name, context)
        if cached in self._resolved:
            return self._resolved[cached]
        found = self._resolve(name, context)
        if len(self._resolved) < 100_000:  # names of a feed are few; never grow without end
            self._resolved[cached] = found
        return found

    def _resolve(self, name: str, countries: frozenset[str]) -> Place | None:
        key = fold(name)
        pid = self._lookup(key, frozenset(countries))
        if pid is None:
            words = key.split()
            if len(words) > 1 and words[0] in _SIDE_WORDS:
                inner = self.resolve(" ".join(words[1:]).removeprefix("of "), countries)
                if inner is not None:
                    return self._side(inner, _SIDE_WORDS[words[0]])
            trimmed = [w for w in words if w not in self._generic]
            if trimmed and trimmed != words:
                pid = self._lookup(" ".join(trimmed), frozenset(countries))
        return None if pid is None else self.places[pid]

    def _lookup(self, key: str, countries: frozenset[str]) -> str | None:
        if key in self._data:
            return self._data[key]
        ids = self._names.get(key)
        if not ids:
            return None
        outer = [i for i in ids if all(i in self.ancestors(j) for j in ids)]
        if len(ids) > 1 and outer:
            ids = outer  # a region and its district of one name ("Sylhet"): the region
        if len(ids) == 1:
            pid = ids[0]
            # A region alone is trusted only at the first level or inside a named country.
            place = self.places[pid]
            if place.kind == "region" and self.country(pid) not in countries:
                # A region alone is trusted at the first level, unless its name is ordinary
                # words ("North"); below it, only inside a named country.
                if "-" in (place.within or "") or self._ordinary(key):
                    return None
            return pid
        nations = [i for i in ids if self.places[i].kind == "country"]
        local = [i for i in ids if self.country(i) in countries and i not in nations]
        if nations and (not local or any(n in countries for n in nations)):
            return nations[0] if len(nations) == 1 else None
        if len(local) == 1:
            return local[0]
        return None

    def _side(self, inner: Place, side: str) -> Place:
        pid = f"{inner.id}:{side}"
        place = self.places.get(pid)
        if place is None:
            place = self.places[pid] = Place(pid, f"{side}ern {inner.name}", "area", inner.id)
        return place

    def split(self, phrase: str, countries: Iterable[str] = ()) -> list[str]:
        """A place phrase as written -> the names of the places it covers.

        "Chile and Argentina" covers two places; "Bosnia and Herzegovina" is one.

        >>> gazetteer().split("Chile and Argentina")
        ['Chile', 'Argentina']
        >>> gazetteer().split("Trinidad and Tobago")
        ['Trinidad and Tobago']
        """
        if self.resolve(phrase, countries) is not None:
            return [phrase]
        parts = [p for p in _SPLIT.split(phrase) if p and p.strip()]
        return parts if len(parts) > 1 else [phrase]

    def contains(self, outer: Iterable[str], inner: Iterable[str]) -> bool:
        """Whether every place of ``inner`` lies in (or is) one of ``outer``.

        >>> gazetteer().contains(["CL", "AR"], ["CL-VS", "AR"])
        True
        """
        outer = set(outer)
        return all(outer.intersection(self.ancestors(p)) for p in inner)


def _display(country: Any) -> str:
    """A country's name as a sentence writes it: "State of Palestine", not "Palestine, State of"."""
    name: str = getattr(country, "common_name", country.name)
    if ", " not in name:
        return name
    official = getattr(country, "official_name", None)
    if official and ", " not in official:
        return str(official).removeprefix("the ")
    head, _, tail = name.partition(", ")
    if tail.endswith((" of", " of the")):  # "Congo, The Democratic Republic of the"
        return f"{tail[0].lower()}{tail[1:]} {head}".removeprefix("the ")
    return name


def country_named(name: str, places: Gazetteer) -> tuple[str, Place] | None:
    """The country a body's or a group's name opens with, as written, and the place.

    Its owner ("Turkey's disaster agency", "South Sudan's army") or a country's name or
    demonym before the rest ("Argentine officials", "the Syrian health ministry" is not: it
    opens with "the"). None for a person, a city or an international body.

    >>> country_named("Chile's emergency office", gazetteer())[0]
    'Chile'
    """
    words = name.split()
    owned = next((k for k, w in enumerate(words[:4]) if w.endswith(("'s", "\u2019s"))), None)
    if owned is not None:
        owner = " ".join(words[: owned + 1])[:-2]
        # "Government of Nepal's ministry": the country after "of", when the whole is none
        tries = [owner, owner.rsplit(" of ", 1)[-1]] if " of " in owner else [owner]
    else:
        tries = [" ".join(words[:n]) for n in (2, 1) if len(words) >= n]
    for written in tries:
        place = places.resolve(written) if written[:1].isupper() else None
        if place is not None and place.kind == "country":
            return (written if owned is not None else place.name), place
    return None


def gazetteer(lexicon: Lexicon | None = None) -> Gazetteer:
    """The gazetteer of a lexicon (the default one when None), built once per lexicon.

    Raises:
        LexiconError: ``places`` names a code or a containing place that does not exist.
    """
    return (lexicon or load_lexicon()).memo("reconcile.places", Gazetteer)


# Endings of a country's name and of its demonym: "Dorvania"/"Dorvanian", "Kestria"/"Kestrian",
# "Sudan"/"Sudanese", "Yemen"/"Yemeni", "Tarvene"/"Tarvenian".
_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "ia", "i", "a", "e")


def demonym_stem(name: str) -> str:
    """A one-word name without the ending a country's name or its demonym adds.

    "dorvania" and "dorvanian" give "dorvan", "tarvene" and "tarvenian" "tarven"; a stem
    shorter than four letters is no stem ("orlan" stays); names of several words stay as they
    are.

    >>> [demonym_stem(n) for n in ("tarvene", "tarvenian", "dorvania", "orlan")]
    ['tarven', 'tarven', 'dorvan', 'orlan']
    """
    if " " in name:
        return name
    for ending in _ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 4:
            return name[: -len(ending)]
    return name
