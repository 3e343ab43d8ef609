"""One attribution as the readers find it: its source phrase, its cue and its content."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Span
from ..syntax.structure import Phrase


@dataclass(frozen=True, slots=True)
class AttributionMention:
    """A source phrase (None when unnamed), its cue and the content it is given, with spans."""

    source: Phrase | None
    cue: Span
    content: Span | None
    direct: bool
    # "speech", "cognition", "evidence", "according", "colon"; and with no statement of their
    # own, only figures' sources: "count", "relayed", "cited"
    klass: str
    # Another stretch it speaks for (for figures; not the claim's content): what a source that
    # closes its clause goes on to say after ", and" ("..., an official said, and almost 11,000
    # people had been injured"), or the start of the clause a source set off by commas
    # interrupts ("Forty people, officials said, were killed").
    more: Span | None = None
    # Where the source is named at the attribution itself when that is not its phrase: the
    # relative pronoun of "Jeb Bush, who said ..." (the phrase gives the name, "who" the site).
    site: Span | None = None

    @property
    def states(self) -> bool:
        """Whether it makes a statement of its own, not only a source of figures.

        Not a count's source, a statement another relays ("X said ..., according to Y"), or a
        body cited inside a clause ("Lund, citing state records, said").
        """
        return self.klass not in _SOURCES_ONLY


_SOURCES_ONLY = frozenset({"count", "relayed", "cited"})
# Phrase kinds that can speak or judge: people and bodies ("Ana Ruiz", "the council").
SPEAKER_KINDS = frozenset({"name", "role", "group", "organization"})
