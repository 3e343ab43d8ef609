"""The country a document is about, for a government it names by no country.

"On 10 August the government abandoned the ceasefire", in a report that names Ethiopia, its
regions and its capital again and again and no other country so often, is Ethiopia's
government: the same actor as "Ethiopia's government" in the story's other reports, so that a
change of its position is seen. A document about two countries ("Israel" and "Lebanon" named
alike) gives none.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from ..model import Who
from ..text.patterns import lazy

if TYPE_CHECKING:
    from ..reconcile.places import Gazetteer

# Capitalised words, one name a run ("Addis Ababa", "United States").
_NAMES = lazy(r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*+(?:[^\S\n]++\p{Lu}[\p{L}'’-]*+)*+")
# The country must be named at least this often, and this many times as often as the next.
_MIN_MENTIONS = 3
_DOMINANCE = 2


def home_country(text: str, lexicon: Lexicon) -> str | None:
    """The one country the document names most, by its places, demonyms and regions."""
    from ..reconcile.places import gazetteer  # loaded only for a document that needs it

    places = gazetteer(lexicon)
    counts: Counter[str] = Counter()
    for run in _NAMES.finditer(text):
        country = _country_of(run.group().split(), places)
        if country is not None:
            counts[country] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < _DOMINANCE * ranked[1][1]:
        return None
    return places.places[ranked[0][0]].name if ranked[0][0] in places.places else None


def _country_of(words: list[str], places: Gazetteer) -> str | None:
    """The country a run of capitalised words names: "United States", "Ethiopian", "Tigray"."""
    for n in (2, 1):  # two words first, then each word
        for k in range(len(words) - n + 1):
            place = places.resolve(" ".join(words[k : k + n]))
            if place is not None:
                return places.country(place.id)
    return None


def bare_government(who: Who, lexicon: Lexicon) -> bool:
    """Whether ``who`` names a government by no country: "the (federal) government"."""
    bare = lexicon.memo(
        "home_governments",
        lambda lex: frozenset(w.casefold() for w in lex.reporting.home_governments),
    )
    return who.kind != "person" and who.name.casefold().removeprefix("the ") in bare


def government_of(who: Who, country: str | None) -> Who:
    """``who``, a government named by no country, as ``country``'s (None: as it is)."""
    if country is None:
        return who
    own = who.name.removeprefix("the ").removeprefix("The ")
    name = f"{country}'s {own}"
    return who.model_copy(update={"name": name, "canonical": name.casefold()})
