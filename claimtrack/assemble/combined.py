"""A combined place named by its number of parts: "in the two countries", "across both provinces".

The count covers the places of that kind that the document's counts named before it: "120
died in Chile ... 65 in Argentina ... At least 245 people have died in the two countries" is
Chile and Argentina together, the same combined count as "in Chile and Argentina". Countries
are the ones the gazetteer knows as countries; any other kind ("provinces", "towns") takes the
places named before that are no country. With fewer such places than the number says, the count
keeps no place.
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import Lexicon
from ..model import Span
from ..text.patterns import lazy
from .figures import FigureMention

# "in the two countries", "across both provinces", "in all three states", "in the 2 towns".
_COMBINED = lazy(
    r"(?i)(?<!\w)(?:in|across|throughout)[^\S\n]++(?:the[^\S\n]++|all[^\S\n]++)?"
    r"(?P<n>two|three|four|five|both|[2-5])[^\S\n]++"
    r"(?P<kind>countries|nations|provinces|states|regions|districts|cities|towns|villages"
    r"|islands|counties|prefectures)(?!\w)"
)
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_COUNTRIES = frozenset({"countries", "nations"})


class CombinedPlaces:
    """The places a document's counts named so far, for a later "in the two countries"."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lex = lexicon
        self._named: dict[str, str] = {}  # each place as written, once, in order

    def remember(self, fig: FigureMention) -> None:
        """Note the places a count named."""
        for name in fig.scope.places:
            self._named.setdefault(name.casefold(), name)

    def scope(self, fig: FigureMention, sentence: Span) -> FigureMention:
        """The figure, with the places "in the two countries" in its sentence stands for."""
        if fig.scope.places:
            return fig
        m = _COMBINED.search(self.text, *sentence)
        if m is None:
            return fig
        n = _NUMBERS.get(m["n"].casefold()) or int(m["n"])
        countries = m["kind"].casefold() in _COUNTRIES
        kind = [name for name, country in self._places() if country == countries]
        if len(kind) < n:
            return fig
        places = tuple(kind[-n:])
        return replace(fig, scope=fig.scope.model_copy(update={
            "place": " and ".join(places), "places": places,
        }))  # fmt: skip

    def _places(self) -> list[tuple[str, bool]]:
        """The places named so far, one per place, and whether each is a country."""
        from ..reconcile.places import gazetteer  # loaded only when a text needs it

        places = gazetteer(self.lex)
        seen: set[str] = set()
        out = []
        for name in self._named.values():
            found = places.resolve(name)
            key = found.id if found is not None else name.casefold()
            if key not in seen:
                seen.add(key)
                out.append((name, found is not None and found.within is None))
        return out
