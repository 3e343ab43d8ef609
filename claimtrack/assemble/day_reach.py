"""How far a count's predicate reaches, and which days in a sentence are not the count's.

Read from the sentence parse: a verb before a count governs it unless a relative clause, a
number or a preposition that takes the count as its object stands between ("raised the toll
from 25"); a day inside a participle phrase that describes the counted noun ("30 hostages seized
last month", with the count told of now) is the day of that participle's event; a day named
first in a clause told in passing dates the count that follows.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..find.dates import DateMention
from ..model import Span
from ..syntax.structure import SentenceParse
from ..text.patterns import lazy
from .dateattach import GAP_BREAK, words_of

# A preposition whose object is the count: "from 25", "after about 40" (a phrase "from the
# market attack" before the count does not break the verb's reach).
_COUNT_OBJECT = lazy(r"\b(?:since|from|after|before)[^\S\n]++(?:\p{L}++[^\S\n]++){0,2}\Z", regex.I)
_REACH_BREAK = lazy(r"[\d;()]|\b(?:when|which|while|who|whom|whose|where)\b", regex.I)


def verb_reaches(text: str, verb: int, fig: Span) -> bool:
    """Does the verb at ``verb`` govern the count at ``fig`` later in its clause?

    No number, bracket or relative clause between them, and the count is no object of "from",
    "since", "after" or "before": "officials on Monday raised the toll from the Varn collapse to
    31" (31 is the verb's), not "raised the toll from 25" (25 is an earlier count).
    """
    return (
        verb < fig[0]
        and not _REACH_BREAK.search(text, verb, fig[0])
        and not _COUNT_OBJECT.search(text, verb, fig[0])
    )


def describes_count(parse: SentenceParse, fig: Span, span: Span) -> bool:
    """Is the date inside a participle phrase that describes the counted noun?

    "is holding 30 hostages seized from a bus last month", "Twelve people injured in Saturday's
    blast remain in hospital": the day of the seizure or the injury, not of the count. The
    participle follows the count's noun phrase, with no auxiliary; the verb that governs the
    count tells a state now (present: "is holding", "remain"), so the day cannot be its; no
    comma or verb stands between the participle and the date. (After a past verb the day may be
    either's, "troops freed 12 hostages held in a cave on Monday", and stays the verb's.)
    """
    found, dated = words_of(parse, fig), words_of(parse, span)
    if found is None or dated is None:
        return False
    words = parse.words
    k = found[1] + 1
    if (phrase := parse.phrase_at(found[1])) is not None:
        k = max(k, phrase.last + 1)  # "30 hostages": past the noun the count counts
    group = next((g for g in parse.verbs if g.first == k == g.last), None)
    if group is None or group.tense != "past" or dated[0] <= k:
        return False
    before = [g for g in parse.verbs if g.last < found[0]]
    after = [g for g in parse.verbs if g.first > dated[1]]
    governing = before[-1] if before else after[0] if after else None
    if governing is None or governing.tense != "present":
        return False
    return not any(
        w.text in (",", ";", ":") or w.tag in ("VERB", "AUX") for w in words[k + 1 : dated[0]]
    )


def passing_day(text: str, fig: Span, resolved: Sequence[DateMention]) -> DateMention | None:
    """The day of an event whose count is told in passing, when the clause names it first.

    "halt the bombing on October 20 to allow the release of two Americans".
    """
    earlier = [d for d in resolved if d.span[1] <= fig[0]]
    if (
        earlier
        and fig[0] - earlier[-1].span[1] <= 60
        and "," not in text[earlier[-1].span[1] : fig[0]]
        and not GAP_BREAK.search(text, earlier[-1].span[1], fig[0])
    ):
        return earlier[-1]
    return None
