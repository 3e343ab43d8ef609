"""The country a document is about, for a government it names by no country.

"On 10 August the government abandoned the ceasefire", in a report that names Ethiopia, its
regions and its capital again and again and no other country so often, is Ethiopia's
government: the same actor as "Ethiopia's government" in the story's other reports, so that a
change of its position is seen. A document about two countries ("Israel" and "Lebanon" named
alike) gives none.
"""

from __future__ import annotations

from collections import Counter

from ..lexicon import Lexicon
from ..model import Who
from ..text.patterns import lazy

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
        words = run.group().split()
        found: str | None = None
        for n in (2, 1):  # "United States", then each word: "Ethiopian", "Tigray"
            for k in range(len(words) - n + 1):
                place = places.resolve(" ".join(words[k : k + n]))
                if place is not None:
                    found = places.country(place.id)
                    break
            if found is not None:
                break
        if found is not None:
            counts[found] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < _DOMINANCE * ranked[1][1]:
        return None
    return places.places[ranked[0][0]].name if ranked[0][0] in places.places else None


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
