"""A noun of position as the object of a verb of position: the two compose.

"backed her defence minister's refusal to arm Velt", "criticised the refusal to send tanks",
"welcomed Orlan's decision not to send the jets": the noun ("refusal", "decision not to") is
what the verb takes a position on, so its position is read through the verb's, as cues in a row
are (:meth:`~claimtrack.assemble.stances._Clause.chain`), not dropped as a noun no one holds.
"""

from __future__ import annotations

import regex

from ..find.phrases import Hit
from ..text.patterns import lazy

# Between a verb and its object noun: a determiner, a possessor and a modifier or two, the last
# word a determiner or a possessor ("the", "her defence minister's", "Orlan's").
_OBJECT_GAP = lazy(
    r"[^\S\n]++(?:[\p{L}-]++[^\S\n]++){0,3}?"
    r"(?:the|a|an|its|their|his|her|this|that|[\p{L}-]++['\u2019]s)[^\S\n]++",
    regex.I,
)


def object_noun(text: str, cues: list[Hit], m: Hit, topics: list[Hit]) -> bool:
    """Whether the noun cue ``m`` is the object of the clause's last cue before it.

    Not past a topic, which is that cue's object: "hailed the ceasefire as a big step".
    """
    if not cues or any(cues[-1].end() <= t.start() < m.start() for t in topics):
        return False
    return _OBJECT_GAP.fullmatch(text, cues[-1].end(), m.start()) is not None
