"""The day of the scene the sentence before sets, for a count told by its own event verb.

"A minibus plunged into a ravine above Tarn on Wednesday. Nine passengers were killed and 14
were hurt, police said." The second sentence names no day: its counts are told by the verbs of
their own events ("were killed", "were hurt": a category's lemmas in ``categories.toml``), in
the simple past, so they happened in the scene the sentence before set, on its day. Not a count
told in the perfect ("have died": as of the report), nor by a verb of another kind ("the toll
rose to 14": a reading as of the report), nor of "a separate strike" (another event), nor
after a sentence whose day is a saying's ("police said on Wednesday"), that names two days
("since landfall on Saturday, officials said on Tuesday"), or whose day is one of a phrase
told in passing ("including 21 killed in a strike on Oct. 28").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..find.dates import DateMention
from ..lexicon import Lexicon
from ..model import Span
from ..syntax.structure import Clause, SentenceParse
from ..text.patterns import lazy

_PERFECT = frozenset({"have", "has", "'ve"})
# A day that starts a period is no scene's: "since making landfall on Saturday".
_SINCE = lazy(r"\bsince\b[^,;:.!?\d]{0,60}\Z", regex.I)


def scene_day(
    fig: Span,
    category: str,
    parse: SentenceParse,
    before: SentenceParse,
    days: Sequence[DateMention],
    lexicon: Lexicon,
) -> DateMention | None:
    """The day of the scene the sentence ``before`` sets, for the count at ``fig``, if any.

    ``days``: all the date mentions of ``before``, resolved and not future. The count must be
    told by its own event verb (module doc).
    """
    clause = _clause_of(parse, fig[0])
    if clause is None or clause.verb is None or clause.verb.tense != "past":
        return None
    verb = clause.verb
    words = lexicon.memo("scene_day.words", _words)
    if verb.lemma not in words.events.get(category, frozenset()):
        return None  # "the toll rose to 14": no event of the count's own
    if any(w.text.casefold() in _PERFECT for w in parse.words[verb.first : verb.head]):
        return None  # "nine have died": as of the report
    subject = clause.subject.text.casefold().split() if clause.subject is not None else []
    if not words.other_event.isdisjoint(subject):
        return None  # "a separate strike killed four": another event, of no day told
    found = {
        d.start: d
        for d in days
        if not _no_scene(before, d.span[0], words.saying)
        and not _SINCE.search(before.text, 0, d.span[0] - before.span[0])
    }
    if len(found) != 1:
        return None  # no day, or two: which one?
    (day,) = found.values()
    return day if day.granularity == "day" else None


@dataclass(frozen=True, slots=True)
class _Words:
    """The lexicon's words scene_day reads, built once per lexicon."""

    events: dict[str, frozenset[str]]  # category -> the first words of its event verbs
    other_event: frozenset[str]  # "separate", "another"
    saying: frozenset[str]  # forms of the verbs of saying


def _words(lexicon: Lexicon) -> _Words:
    return _Words(
        {
            name: frozenset(v.split()[0] for v in (*terms.lemmas, *terms.object_lemmas))
            for name, terms in lexicon.categories.items()
        },
        frozenset(w.casefold() for w in lexicon.reconcile.words.other_event),
        frozenset(v.casefold() for v in lexicon.reporting.verbs),
    )


def _clause_of(parse: SentenceParse, at: int) -> Clause | None:
    """The clause whose subject or object holds the character ``at``, if any."""
    for clause in parse.clauses:
        held = (clause.subject, *clause.objects) if clause.verb is not None else ()
        if any(p is not None and p.span[0] <= at < p.span[1] for p in held):
            return clause
    return None


def _no_scene(parse: SentenceParse, at: int, saying: frozenset[str]) -> bool:
    """Whether the day at ``at`` dates no scene.

    It is a saying's ("police said on Wednesday"), or its verb has no subject ("including 21
    killed in a strike on Oct. 28": a part told in passing). Its verb is the verb group before
    it, or the first after it when the day opens the sentence ("On Wednesday, a bus plunged").
    """
    before = [v for v in parse.verbs if v.span[1] <= at]
    verb = before[-1] if before else next((v for v in parse.verbs if v.span[0] > at), None)
    if verb is None or parse.words[verb.head].text.casefold() in saying:
        return True
    return not any(
        c.verb == verb and (c.subject is not None or c.shares_subject) for c in parse.clauses
    )
