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
    klass: str  # "speech", "cognition", "evidence", "according", "colon"
    # Another stretch it speaks for (for figures; not the claim's content): what a source that
    # closes its clause goes on to say after ", and" ("..., an official said, and almost 11,000
    # people had been injured"), or the start of the clause a source set off by commas
    # interrupts ("Forty people, officials said, were killed").
    more: Span | None = None
    # Where the source is named at the attribution itself when that is not its phrase: the
    # relative pronoun of "Jeb Bush, who said ..." (the phrase gives the name, "who" the site).
    site: Span | None = None
