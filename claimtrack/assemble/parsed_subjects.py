"""The subject the parse reads for a stance's verb: who acts, checked against the token reader.

:mod:`.positions` reads a stance's holders from the tokens of its clause
(:func:`~claimtrack.attribute.subjects.find_subjects`); these read the structure of the
sentence (:mod:`claimtrack.syntax`) for the same verb: the named subject, the one that can act,
and whether the holders the tokens gave are that one subject.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Who, cut
from ..syntax.structure import Phrase, SentenceParse
from ..text.patterns import lazy


def named_subject(parse: SentenceParse | None, pos: int) -> Phrase | None:
    """The name the parse reads as the subject of the verb at ``pos``: "Piet Orr, backed"."""
    if parse is None:
        return None
    for clause in parse.clauses:
        verb, subject = clause.verb, clause.subject
        if verb is not None and verb.span[0] <= pos < verb.span[1]:
            return subject if subject is not None and subject.kind == "name" else None
    return None


# Subordinators that open a clause with its own subject: "days after Washington agreed to ...".
_SUBORDINATE = lazy(r"\b(?:after|when|because|since|before|while|as)\s+(?=the\s|\p{Lu})")


def subordinate_start(
    text: str, parse: SentenceParse | None, start: int, cue: int
) -> tuple[int | None, Phrase | None]:
    """Where the subordinate clause that holds the cue at ``cue`` opens, and its subject.

    The last subordinator before the cue (from ``start``), or the subject of the adverbial
    clause the parse reads there, whichever is later; the subject only from the parse.
    """
    opens = None
    for found in _SUBORDINATE.finditer(text, start, cue):
        opens = found.end()  # the last subordinator before the cue
    own = adverbial_subject(parse, cue)
    if own is not None and (opens is None or own.span[0] > opens):
        opens = own.span[0]
    return opens, own


def adverbial_subject(parse: SentenceParse | None, pos: int) -> Phrase | None:
    """The subject of the adverbial clause that holds ``pos``, if it has its own.

    "Fighting raged on Friday as world powers called for a ceasefire": the powers call for
    it, not the fighting. The clause is the last whose verb starts at or before ``pos``.
    """
    if parse is None:
        return None
    before = [c for c in parse.clauses if c.verb is not None and c.verb.span[0] <= pos]
    if not before or before[-1].kind != "adverbial" or before[-1].subject is None:
        return None
    subject = before[-1].subject
    if subject.first > 0 and parse.words[subject.first - 1].lemma in ("whether", "if"):
        return None  # "asked whether Velt would send jets, Lund said no": a question's
    return subject if subject.span[1] <= pos else None


def acting_subject(text: str, parse: SentenceParse | None, pos: int) -> Phrase | None:
    """The subject the parse reads for the verb at or before ``pos``, if it can act.

    "Some 40 aid agencies called for a ceasefire": a named body, a group, a person or a
    pronoun, without the count before it (the aid agencies); a thing ("The plan calls for
    ...") holds no position.
    """
    if parse is None:
        return None
    before = [c for c in parse.clauses if c.verb is not None and c.verb.span[0] <= pos]
    subject = before[-1].subject if before else None
    if subject is None or subject.kind == "other" or subject.conjuncts:
        return None
    governs = (c := before[-1].content) is not None and c[0] <= pos < c[1]  # "accused X of"
    if subject.kind == "name" and subject is not named_subject(parse, pos) and not governs:
        return None  # a name the token reader did not take, of another verb, it did not miss
    words = parse.words
    if words[subject.first].lemma in ("the", "these", "those", "both", "all"):
        return None  # "The two leaders": actors named before, which the token reader reads
    counted = [k for k in range(subject.first, subject.head) if words[k].tag == "NUM"]
    if not counted or subject.owner is not None:
        return subject
    first = counted[-1] + 1
    span, said = cut(text, words[first].start, subject.span[1])
    return replace(subject, span=span, text=said, first=first)


def same_subject(holders: list[Who], parse: SentenceParse | None, pos: int) -> list[Who]:
    """The holders the token reader found, checked against the subject the parse reads.

    "Tim Holm, Veldan's prime minister, welcomed", "On Tuesday in Orlan, Tim Holm hailed": one
    subject, not a list ("Veldan's", "Orlan"). Where the parse reads one subject (no conjuncts)
    for the verb at or before ``pos``, only holders inside it are kept; a bare possessor outside
    it leaves none (the caller then takes the parse's subject).
    """
    if parse is None or not holders:
        return holders
    before = [c for c in parse.clauses if c.verb is not None and c.verb.span[0] <= pos]
    subject = before[-1].subject if before else None
    if subject is None or subject.conjuncts or subject.kind == "other":
        return holders
    if _JOINED.search(subject.text):
        return holders  # "the United States and Canada": a list read as one phrase
    first = subject.owner.span[0] if subject.owner is not None else subject.span[0]
    if any(
        _JOINED.search(parse.text, h.span[1] - parse.span[0], first - parse.span[0])
        for h in holders
        if h.span[1] <= first
    ):
        return holders  # "The Sarn rebels and Veldan's government welcomed": a list it missed
    kept = [h for h in holders if h.span[0] < subject.span[1] and first < h.span[1]]
    if kept:
        return kept
    if subject.title and all(h.name.casefold() in subject.title.casefold() for h in holders):
        return []  # "The Kell Union Commission chairperson, Ana Lind, welcomed": her title
    return [] if all(_POSSESSOR_ONLY.search(h.text) for h in holders) else holders


_JOINED = lazy(r"(?<!\w)(?:and|or)(?!\w)")
_POSSESSOR_ONLY = lazy(r"['\u2019]s?\Z")
