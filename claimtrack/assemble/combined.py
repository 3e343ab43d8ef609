"""A combined place named by its number of parts: "in the two countries", "across both provinces".

The count covers the places of that kind that the document's counts named before it: "120
died in Chile ... 65 in Argentina ... At least 245 people have died in the two countries" is
Chile and Argentina together, the same combined count as "in Chile and Argentina". Countries
are the ones the gazetteer knows as countries; any other kind ("provinces", "towns") takes the
places named before that are no country; a place the gazetteer does not know may be either.
With fewer such places than the number says, the count keeps no place.
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import Lexicon
from ..model import Span, Who
from ..text.patterns import lazy
from .figures import FigureMention

# "in the two countries", "across both provinces", "in all three states", "in the 2 towns".
_COMBINED = lazy(
    r"(?i)(?<!\w)(?:in|across|throughout)[^\S\n]++(?:the[^\S\n]++|all[^\S\n]++)?"
    r"(?P<n>two|three|four|five|both|[2-5])[^\S\n]++"
    r"(?P<kind>countries|nations|provinces|states|regions|districts|cities|towns|villages"
    r"|islands|counties|prefectures)(?!\w)"
)
_BOTH_SIDES = lazy(r"(?i)(?<!\w)on[^\S\n]++(?:both|either)[^\S\n]++sides(?!\w)")
# A line's label: a name and a colon at its start ("Sri Lanka: ", "- Indonesia: ").
_LABEL = lazy(
    r"[^\S\n]*+(?:[-\u2022*][^\S\n]++)?(?P<name>\p{Lu}[\p{L}.'\u2019-]*+"
    r"(?:[^\S\n]++\p{Lu}[\p{L}.'\u2019-]*+){0,2}):[^\S\n]"
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
            near = (max(sentence[0], fig.span[0] - 60), min(sentence[1], fig.span[1] + 40))
            sides = _BOTH_SIDES.search(self.text, *near)
            if sides is None:
                return fig
            # "the number of dead on both sides": no one side's count (nor the unplaced one)
            return replace(fig, scope=fig.scope.model_copy(update={
                "place": "both sides", "places": ("both sides",),
            }))  # fmt: skip
        n = _NUMBERS.get(m["n"].casefold()) or int(m["n"])
        countries = m["kind"].casefold() in _COUNTRIES
        # a name the gazetteer does not know may be either ("Kestria", "Ambry")
        kind = [name for name, country in self._places() if country in (countries, None)]
        if len(kind) < n:
            return fig
        places = tuple(kind[-n:])
        return replace(fig, scope=fig.scope.model_copy(update={
            "place": " and ".join(places), "places": places,
        }))  # fmt: skip

    def placed(self, fig: FigureMention, who: Who | None) -> FigureMention:
        """A count with the place its line's label, its source or "the country" names."""
        fig = self.labelled(fig)
        if who is not None and who.kind != "person":
            fig = self.of_source(fig, who.name)
        return self.the_country(fig)

    def labelled(self, fig: FigureMention) -> FigureMention:
        """A count in a line a place's name labels: "Sri Lanka: The CNO reports 30,196 dead".

        Situation reports give one country a line; a label the gazetteer does not know as a
        country or a region ("Highlights:", "Note:") names no place.
        """
        if fig.scope.places or fig.category is None:
            return fig
        start = self.text.rfind("\n", 0, fig.span[0]) + 1
        m = _LABEL.match(self.text, start, fig.span[0])
        if m is None:
            return fig
        from ..reconcile.places import gazetteer  # loaded when a text needs it

        found = gazetteer(self.lex).resolve(m["name"])
        if found is None or found.kind not in ("country", "region"):
            return fig
        return replace(fig, scope=fig.scope.model_copy(update={
            "place": m["name"], "places": (m["name"],),
        }))  # fmt: skip

    def the_country(self, fig: FigureMention) -> FigureMention:
        """A count "in the country": the last country the document's counts named.

        "Sudan's ministry said 512 had died ... 528 people were killed in the country": Sudan.
        With no country named before, the count keeps the words.
        """
        if tuple(p.casefold() for p in fig.scope.places) not in (("country",), ("nation",)):
            return fig
        countries = [name for name, country in self._places() if country]
        if not countries:
            return fig
        return replace(fig, scope=fig.scope.model_copy(update={
            "place": countries[-1], "places": (countries[-1],),
        }))  # fmt: skip

    def of_source(self, fig: FigureMention, name: str) -> FigureMention:
        """A count that names no place, given by a country's body: that country's count.

        "Turkey's disaster agency said 2,316 had died", "Syrian state media reported 711
        deaths": the owner or the demonym that opens the source's name, when the gazetteer
        knows it as a country. A count's own place always wins; a person, a city's or an
        international body's count stays without one.
        """
        if fig.scope.places or fig.category is None:
            return fig
        if not name[:1].isupper() or _common(name, self.lex):
            return fig  # "Officials said": a word of the lexicon, no place
        from ..reconcile.places import country_named, gazetteer  # loaded when a text needs it

        found = country_named(name, gazetteer(self.lex))
        if found is None:
            return fig
        return replace(fig, scope=fig.scope.model_copy(update={
            "place": found[0], "places": (found[0],),
        }))  # fmt: skip

    def _places(self) -> list[tuple[str, bool | None]]:
        """The places named so far, one per place, and whether each is a country (None: unknown)."""
        from ..reconcile.places import gazetteer  # loaded only when a text needs it

        places = gazetteer(self.lex)
        seen: set[str] = set()
        out = []
        for name in self._named.values():
            found = places.resolve(name)
            key = found.id if found is not None else name.casefold()
            if key not in seen:
                seen.add(key)
                out.append((name, None if found is None else found.within is None))
        return out


def _common(written: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised name's first word is a common word the lexicon classes.

    "Officials", "The", "Health": no place is looked up for them (the gazetteer loads late).
    """
    from ..syntax.words import word_classes

    classes = word_classes(lexicon)
    low = written.split()[0].casefold()
    return any(
        low in kind for kind in (classes.closed, classes.groups, classes.org_heads, classes.titles)
    )
