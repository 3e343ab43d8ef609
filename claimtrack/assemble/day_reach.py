"""How far a count's predicate reaches, and which days in a sentence are not the count's.

Read from the sentence parse: a verb before a count governs it unless a relative clause, a
number or a preposition that takes the count as its object stands between ("raised the toll
from 25"); a day inside a participle phrase that describes the counted noun ("30 hostages seized
last month", with the count told of now) is the day of that participle's event; a day named
first in a clause told in passing dates the count that follows; a day on the predicate a
count's own hangs on, or is coordinated with, dates the count (:func:`on_host`: "opened fire
on Saturday, killing 9", "abducted 36 workers on Thursday and killed two guards").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..find.dates import DateMention
from ..model import Span
from ..syntax.structure import Clause, SentenceParse, Word
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


def on_host(parse: SentenceParse, fig: Span, span: Span) -> bool:
    """Does the date hang on the predicate that the figure's participle clause hangs on?

    "A gunman opened fire on Saturday, killing 9 people and wounding 14": the counts of
    "killing" and "wounding" are told of the host's day. The figure's clause is a bare "-ing"
    participle after a comma (or after "and" and such a participle); the date stands between
    the host's verb and that comma. Or the figure's predicate is coordinated with the host
    (:func:`_coordinated_on`).
    """
    clauses = [c for c in parse.clauses if c.verb is not None and c.span[1] <= fig[0]]
    words = parse.words
    if _coordinated_on(words, clauses, fig, span):
        return True
    k = len(clauses) - 1
    while (
        k > 0
        and _participle(words, clauses[k])
        and (
            words[_first(clauses[k]) - 1].lemma in ("and", "or")
            or (words[_first(clauses[k]) - 1].text == "," and _participle(words, clauses[k - 1]))
        )
    ):
        # "..., killing 9 people and wounding 14", "killing six, wounding 19 and seizing 27":
        # back to the first participle
        k -= 1
    if k < 1 or not _participle(words, clauses[k]) or words[_first(clauses[k]) - 1].text != ",":
        return False
    host = clauses[k - 1].verb
    assert host is not None
    return host.span[1] <= span[0] and span[1] <= words[_first(clauses[k]) - 1].start


def _coordinated_on(
    words: Sequence[Word], clauses: Sequence[Clause], fig: Span, span: Span
) -> bool:
    """Whether the date hangs on the predicate the figure's own is coordinated with.

    "Gunmen abducted 36 workers on Thursday and killed two guards, the company said on
    Friday": "killed" shares its subject with "abducted", the count is its object, and
    Thursday stands between that verb and the "and".
    """
    if len(clauses) < 2 or not clauses[-1].shares_subject or _ongoing(words, clauses[-1]):
        return False  # "and were holding its 21 crew": a state, as of the report
    own = clauses[-1]
    if own.content is not None and own.verb is not None:
        # "raised the toll on Tuesday and said 4,913 were hurt": said then, unless the saying
        # has a day or more of its own before what it says ("and said on Tuesday that ...")
        if own.content[0] > words[own.verb.last + 1].start or not (
            own.content[0] <= fig[0] < own.content[1]
        ):
            return False
    elif not any(o.span[0] <= fig[0] < o.span[1] for o in own.objects):
        return False
    joint = _first(clauses[-1]) - 1
    host = clauses[-2].verb
    return (
        host is not None
        and words[joint].lemma == "and"
        and host.span[1] <= span[0]
        and span[1] <= words[joint].start
    )


def _participle(words: Sequence[Word], clause: Clause) -> bool:
    """A clause of a bare "-ing" verb, not the first word: "killing", "leaving"."""
    verb = clause.verb
    return (
        verb is not None
        and verb.head == verb.first > 0
        and words[verb.first].text.casefold().endswith("ing")
    )


def _first(clause: Clause) -> int:
    assert clause.verb is not None
    return clause.verb.first


def _ongoing(words: Sequence[Word], clause: Clause) -> bool:
    """A predicate in the progressive: "were holding", "are sheltering"."""
    verb = clause.verb
    return verb is not None and verb.first < verb.head and words[verb.head].text.endswith("ing")
