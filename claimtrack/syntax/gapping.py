"""Gapped clauses: "The ministry reported 12 deaths and the Red Crescent 8".

A second subject with a bare count after a clause that holds a count is a clause of its own
whose verb is left out: it says what the first clause says, of its own subject. The remnant is
a subject phrase, an optional link ("at", a comma) and one or more bare numbers that end the
clause:

- "The ministry reported 12 deaths and the Red Crescent 8."
- "The army put the toll at 30, the rebels at 45."
- "The ministry said 120 people had died, the opposition 300."
- "Officials in Dorn counted 40 dead; medics in Kell, 55."

:func:`with_gapped` adds such clauses to a parse, whichever parser made it: each shares the
verb group of the clause it parallels, and that clause's content stops before the remnant.
:func:`remnants` tells a figure reader which numbers stand for a count with its noun left out,
and which count each parallels: "15 and 41" after "12 killed and 30 injured" are a killed and
an injured count.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..lexicon import Lexicon
from ..model import Span, cut
from .chunk import phrase_of
from .content import is_time
from .structure import Clause, Phrase, SentenceParse, Word
from .words import WordClasses, word_classes

# Words that open a remnant after a comma or on their own ("and the Red Crescent 8",
# ", while the rebels 45").
_JOINS = frozenset({"and", "but", "while", "whereas"})
_SEPARATORS = frozenset({",", ";"})
_MARKS = _SEPARATORS | _JOINS  # where a remnant may open (see _opening)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_TAG = operator.attrgetter("tag")
# Prepositions that may join a place or a body to the subject: "medics in Kell".
_SUBJECT_PREPOSITIONS = frozenset({"in", "of", "from", "for"})
_SOURCE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
# Before a place that stands for its count: "...; in Dorn, 12".
_PLACE_PREPOSITIONS = frozenset({"in", "at"})
# What may follow the last number of a remnant: the clause ends, or a time or place follows.
_AFTER_NUMBER = frozenset({"PUNCT", "ADP", "CCONJ"})


@dataclass(frozen=True, slots=True)
class Remnant:
    """A bare number standing for a count whose noun is left out.

    ``parallel`` is the span of the content it parallels (None when it parallels the count
    said last, as in "The relief group said 22" after a sentence with a toll); ``place`` is its
    rank among the remnant's numbers ("15 and 41": 0 and 1).
    """

    parallel: Span | None
    place: int


def with_gapped(text: str, parse: SentenceParse, lexicon: Lexicon) -> SentenceParse:
    """``parse`` with a clause for each gapped remnant, sharing its parallel's verb."""
    words = parse.words
    if sum(1 for w in words if w.tag == "NUM") < 2:
        return parse  # a cheap test first: a remnant parallels a count
    classes = word_classes(lexicon)
    qualifiers = _qualifiers(lexicon)
    clauses = list(parse.clauses)
    added: list[Clause] = []
    taken: set[int] = set()  # the numbers of the remnants read so far
    k = 0
    while k < len(words) - 2:
        start = _opening(words, k)
        found = _remnant(text, words, start, classes, qualifiers) if start else None
        at = _parallel(clauses, words, k) if found and _counted(words, k, taken) else None
        if found is None or at is None:
            k += 1
            continue
        subject, numbers, end = found
        taken.update(numbers)
        first = clauses[at]
        assert first.verb is not None
        content, _ = cut(text, words[numbers[0]].start, words[numbers[-1]].end)
        clauses = [_before(c, words[k - 1].end, words[k].start, first) for c in clauses]
        added.append(
            Clause(
                cut(text, subject.span[0], words[end - 1].end)[0],
                first.kind,
                first.verb,
                subject,
                (),
                content,
                first.parent,
            )  # fmt: skip
        )
        k = end
    if not added:
        return parse
    return replace(parse, clauses=(*clauses, *added))


def remnants(parse: SentenceParse | None, lexicon: Lexicon) -> dict[int, Remnant]:
    """The numbers of ``parse`` that stand for a count with its noun left out, by word start.

    A gapped clause's numbers parallel the content of the clause whose verb they share; a
    verb of saying whose content is a bare number ("the army said only 9") parallels the count
    said last.
    """
    if parse is None:
        return {}
    words = parse.words
    if "NUM" not in map(_TAG, words):
        return {}
    qualifiers = _qualifiers(lexicon)
    out: dict[int, Remnant] = {}
    by_verb: dict[int, Span] = {}
    for clause in parse.clauses:
        if clause.verb is None or clause.content is None:
            continue
        said = _gapped(clause) or _said_by(clause, words)
        numbers = _bare(words, clause.content, qualifiers) if said else None
        if numbers is None:
            by_verb.setdefault(clause.verb.first, clause.content)
            continue
        parallel = by_verb.get(clause.verb.first)
        for rank, k in enumerate(numbers):
            out[words[k].start] = Remnant(parallel, rank if parallel is not None else 0)
    for numbers, parallel in _placed(words, qualifiers):
        for rank, k in enumerate(numbers):
            out.setdefault(words[k].start, Remnant(parallel, rank))
    return out


def _placed(words: tuple[Word, ...], qualifiers: frozenset[str]) -> list[tuple[list[int], Span]]:
    """Counts given again for another place, with only the place: "...; in Dorn, 12".

    "In Kell, 40 people died; in Dorn, 12" and "40 died in Kell and 9 were hurt; in Dorn, 12
    and 3": a place after a comma, a semicolon or "and", then bare numbers that end the
    clause. Each parallels the counts since the last semicolon (or the sentence's start).
    """
    out: list[tuple[list[int], Span]] = []
    for k in range(1, len(words) - 3):
        j = _opening(words, k) if words[k].lemma in _MARKS else 0
        if not j or j + 1 >= len(words) or words[j].lemma not in _PLACE_PREPOSITIONS:
            continue
        i = j + 1
        while i < len(words) and words[i].tag in ("DET", "ADJ", "PROPN"):
            i += 1
        if i == j + 1 or words[i - 1].tag != "PROPN":
            continue
        found = _count_at(words, i, qualifiers, ages=False)
        if found is None or not any(w.tag == "NUM" for w in words[:k]):
            continue
        # each parallels the first stretch: "...; in Dorn, 12; and in Orsk, 3"
        first = out[0][1] if out else (words[0].start, words[k].start)
        out.append((found[0], first))
    return out


def _gapped(clause: Clause) -> bool:
    """Whether the clause is a remnant: its subject after the verb it shares, then its count."""
    subject, verb, content = clause.subject, clause.verb, clause.content
    if subject is None or verb is None or content is None:
        return False
    return verb.span[1] <= subject.span[0] and subject.span[1] <= content[0]


def _said_by(clause: Clause, words: tuple[Word, ...]) -> bool:
    """Whether a subject that is no number stands before the clause's verb and content."""
    subject, verb, content = clause.subject, clause.verb, clause.content
    if subject is None or verb is None or content is None:
        return False
    if subject.span[1] > verb.span[0] or content[0] < verb.span[1]:
        return False
    return not any(w.tag == "NUM" for w in words[subject.first : subject.last + 1])


def _bare(words: tuple[Word, ...], content: Span, qualifiers: frozenset[str]) -> list[int] | None:
    """The number words of a content that is nothing but numbers, or None."""
    # the words inside the content: words start and end in order
    inside = range(
        bisect.bisect_left(words, content[0], key=_START),
        bisect.bisect_right(words, content[1], key=_END),
    )
    numbers = [k for k in inside if words[k].tag == "NUM"]
    if not numbers or any(words[k].lemma == "one" for k in numbers):
        return None
    rest = [words[k] for k in inside if words[k].tag != "NUM" and words[k].lemma != "and"]
    if len(rest) >= 2 and [w.lemma for w in rest[:2]] == ["it", "at"]:
        rest = rest[2:]  # "put it at 85": "it" is the count said before
    return numbers if _qualifying(rest, qualifiers) else None


def _qualifying(rest: Sequence[Word], qualifiers: frozenset[str]) -> bool:
    """Whether ``rest`` bounds a number: nothing, "at least", "only", "some"."""
    return (
        not rest
        or " ".join(w.lemma for w in rest) in qualifiers
        or all(w.tag == "ADV" for w in rest)
    )


def _opening(words: tuple[Word, ...], k: int) -> int:
    """Where a remnant would start if ``words[k]`` is a comma, a semicolon or a join; else 0."""
    low = words[k].lemma
    if low in _SEPARATORS:
        return k + 2 if words[k + 1].lemma in _JOINS else k + 1
    if low in _JOINS and k > 0 and words[k - 1].lemma not in _SEPARATORS:
        return k + 1
    return 0


def _remnant(
    text: str,
    words: tuple[Word, ...],
    j: int,
    classes: WordClasses,
    qualifiers: frozenset[str],
) -> tuple[Phrase, list[int], int] | None:
    """The subject, the number words and the end of a remnant starting at ``words[j]``."""
    i = j
    while i < len(words) and words[i].tag in _SOURCE_WORDS:
        i += 1
    if i == j or words[i - 1].tag not in ("NOUN", "PROPN") or i >= len(words):
        return None
    subject = phrase_of(text, words, j, i, classes)
    if subject.kind == "pronoun" or is_time(words, subject):
        return None
    if words[i].lemma in _SUBJECT_PREPOSITIONS and i + 1 < len(words):
        k = i + 1
        while k < len(words) and words[k].tag in _SOURCE_WORDS:
            k += 1
        if k > i + 1 and words[k - 1].tag in ("NOUN", "PROPN"):
            i = k  # "medics in Kell": the place is the subject's
    found = _count_at(words, i, qualifiers)
    if found is None:
        return None
    numbers, end = found
    return subject, numbers, end


def _counted(words: tuple[Word, ...], k: int, taken: set[int]) -> bool:
    """Whether the last number before ``words[k]`` is a count, not one of a list's pairs.

    In "Cruz at 25 percent and Rubio at 14" and "U.S. Code 18, Section 1001" the number before
    is a name's, and what follows is the list going on, unless that name was itself a remnant
    ("405 deaths, Kell 257, Dorn 249").
    """
    m = next((j for j in range(k - 1, -1, -1) if words[j].tag == "NUM"), None)
    if m is None or m in taken or m == 0:
        return m is not None
    before = m - 1 if words[m - 1].lemma != "at" or m < 2 else m - 2
    return words[before].tag != "PROPN"


def _count_at(
    words: tuple[Word, ...], i: int, qualifiers: frozenset[str], *, ages: bool = True
) -> tuple[list[int], int] | None:
    """The bare numbers from ``words[i]`` (past a link, "at" or a comma) that end a clause.

    With ``ages``, a number between commas after a name is an age, not a count.
    """
    link = words[i].lemma if i < len(words) and words[i].lemma in ("at", ",") else None
    q = i + (link is not None)
    while q < len(words) and q - i < 4 and words[q].tag != "NUM":
        q += 1
    if q >= len(words) or words[q].tag != "NUM":
        return None
    # "at least 11": the link may open the qualifier
    if not (
        _qualifying(words[i + (link is not None) : q], qualifiers)
        or (link == "at" and _qualifying(words[i:q], qualifiers))
    ):
        return None
    if words[q].lemma == "one":
        return None  # "a necessary one and an urgent one": a pronoun
    numbers = [q]
    while q + 2 < len(words) and words[q + 1].lemma == "and" and words[q + 2].tag == "NUM":
        q += 2
        numbers.append(q)
    end = q + 1
    if end < len(words):
        after = words[end]
        if after.tag not in _AFTER_NUMBER or after.lemma in ("(", "-", "%", "of"):
            return None
        if ages and link == "," and after.lemma == ",":
            return None  # "Judith Raanan, 59, was hurt": an age
    return numbers, end


def _parallel(clauses: list[Clause], words: tuple[Word, ...], k: int) -> int | None:
    """The clause before ``words[k]`` whose count a remnant there parallels: the outermost."""
    sep = words[k].start
    best: int | None = None
    for at, c in enumerate(clauses):
        if c.verb is None or c.subject is None or c.kind in ("relative", "parenthetical"):
            continue
        if c.verb.span[1] > sep or c.subject.span[0] > c.verb.span[0]:
            continue
        if any(w.tag == "NUM" for w in words[c.subject.first : c.subject.last + 1]):
            continue  # "120 people had died": the count is the subject
        reach = c.content[1] if c.content is not None else c.span[1]
        if reach < sep:
            continue
        counts = any(w.tag == "NUM" and c.verb.span[1] <= w.start and w.end <= sep for w in words)
        if counts and (best is None or c.verb.span[0] < clauses[best].verb.span[0]):  # type: ignore[union-attr]
            best = at
    return best


def _before(clause: Clause, end: int, sep: int, first: Clause) -> Clause:
    """``clause`` ending before a remnant that starts at ``sep``, if it reached past it.

    Only the clause the remnant parallels (``first``) and those inside its content stop there:
    a clause whose content holds them both ("..., the NDMA data show") still holds the remnant.
    """
    assert first.verb is not None
    if clause.span[0] < first.span[0] or (
        clause.content is not None and clause.content[0] < first.verb.span[0]
    ):
        return clause
    span, content = clause.span, clause.content
    if span[0] < sep < span[1]:
        span = (span[0], end)
    if content is not None and content[0] < sep < content[1]:
        content = (content[0], end)
    return (
        clause
        if (span, content) == (clause.span, clause.content)
        else (replace(clause, span=span, content=content))
    )


def _qualifiers(lexicon: Lexicon) -> frozenset[str]:
    """The phrases that bound a number before it ("at least", "about"), case-folded."""
    return lexicon.memo(
        "syntax.gapping.qualifiers",
        lambda lex: frozenset(
            " ".join(t.casefold().split())
            for terms in lex.qualifiers.before.values()
            for t in terms
        ),
    )
