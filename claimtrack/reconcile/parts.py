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

import datetime as dt

import regex

from ..model import Claim
from ..text.patterns import lazy
from .fit import MAX_GAP

_PART = lazy(r"[^\S\n]++of[^\S\n]++(?:the|them|those|these)\b", regex.I)


# What is left of a count that falls: "Nine of the miners were still being held".
_LEFT = lazy(r"\b(?:still|remain|remains|remained|remaining)\b", regex.I)


def told_as_part(claim: Claim, falls: bool = False) -> bool:
    """Whether the claim's figure is a part of a count told before (module doc).

    Of a count that ``falls`` (hostages, the missing), the part still held or missing is what is
    left of the count, a reading of it: "Nine of the miners were still being held on Friday".
    """
    fig = claim.figure
    if fig is None or fig.scope.subgroup or fig.scope.place or fig.scope.places:
        return False
    at = fig.span[1] - claim.span[0]
    if not (0 <= at <= len(claim.text) and _PART.match(claim.text, at) is not None):
        return False
    return not (falls and _LEFT.search(claim.text, at) is not None)


def long_ago(claim: Claim, day: dt.date) -> bool:
    """Whether a count is dated long before its report: history ("in 2011, a blast killed 27")."""
    return claim.published is not None and claim.published - day > MAX_GAP
