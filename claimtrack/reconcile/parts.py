"""A count told as a part of one already given: it takes part in no comparison.

"27 people had died ... Its own field teams had confirmed 18 of the deaths", "Another nine were
wounded, two of them critically": a number followed by "of the ...", "of them" or "of those",
with no place or group of its own, counts some of a count told before, not the count. It stays a
figure claim; only the reconciler leaves it out, so that 18 is no conflict with 27 and two no
decrease from nine. A part with a place or a group of its own ("169 of the dead were in
Khartoum", "five of the six crew members", "six of them children") is a count of that place or
group and is compared as such.
"""

from __future__ import annotations

import regex

from ..model import Claim
from ..text.patterns import lazy

_PART = lazy(r"[^\S\n]++of[^\S\n]++(?:the|them|those|these)\b", regex.I)


def told_as_part(claim: Claim) -> bool:
    """Whether the claim's figure is a part of a count told before (module doc)."""
    fig = claim.figure
    if fig is None or fig.scope.subgroup or fig.scope.place or fig.scope.places:
        return False
    at = fig.span[1] - claim.span[0]
    return 0 <= at <= len(claim.text) and _PART.match(claim.text, at) is not None
