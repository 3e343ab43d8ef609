"""Which attributions stand on their own when one holds another.

A cue inside quotation marks is the quoted speaker's own words; a belief inside another's
content is part of what that one says; a statement inside what "according to X" gives is
relayed by X.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Span
from ..syntax.structure import Quote
from .mention import AttributionMention


def outermost(
    mentions: list[AttributionMention], quotes: Sequence[Quote]
) -> list[AttributionMention]:
    """Drop attributions inside a quotation, and beliefs inside another's content.

    A cue inside quotation marks is the quoted speaker's own words. In "Most voters said they
    want change" the wanting is what the voters said: one attribution, not two. In "Lund said
    40 died, according to the Courier" the statement is the Courier's, which relays Lund's:
    Lund's stays a source of its figures ("relayed"), no statement of its own. So does a
    judgement or a finding told in what someone says: "Lund said Ruiz had criticized the plan",
    "Lund said a poll found 40 percent opposed".
    """
    contents = [m.content for m in mentions if m.content is not None]
    relays = [m.content for m in mentions if m.klass == "according" and m.content is not None]
    told = [
        (m.content, m.source.span if m.source is not None else None)
        for m in mentions
        if m.klass == "speech" and not m.direct and m.content is not None
    ]
    return [
        replace(m, klass="relayed") if _relayed(m, relays, told) else m
        for m in mentions
        if not any(q.span[0] < m.cue[0] < q.span[1] for q in quotes)
        and not (
            m.klass == "cognition"
            and any(a <= m.cue[0] < b for a, b in contents if (a, b) != m.content)
        )
    ]


def _relayed(
    mention: AttributionMention,
    relays: Sequence[Span],
    told: Sequence[tuple[Span, Span | None]],
) -> bool:
    """Whether the mention stands inside what another relays or tells (by its class).

    Not what the teller does next: "Lund lamented the vote and criticized the plan" (the
    same source in both) is Lund's own judgement, though the coordinated predicate stands in
    what he lamented.
    """
    cue = mention.cue[0]
    # (not what the relaying source cites: "According to X, citing Y, 178 died" is X's, from Y)
    if mention.klass not in ("according", "count", "cited") and any(
        a <= cue < b for a, b in relays
    ):
        return True
    own = mention.source.span if mention.source is not None else None
    return mention.klass in ("evaluation", "evidence") and any(
        a <= cue < b and (own is None or own != teller) for (a, b), teller in told
    )
