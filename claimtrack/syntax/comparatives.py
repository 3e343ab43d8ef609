"""The clause a comparison's "than" opens: "Lund got less credit than aides say".

After "than", a noun phrase right before a verb is that verb's subject ("than aides say",
"than the agency had said"), not a phrase that hangs on a subject further left: the clause
before "than" has a verb of its own. A number after "than" is no subject ("People older than
60 say": the people say), nor is the phrase after "other than" or "rather than".
"""

from __future__ import annotations

from collections.abc import Sequence

from .structure import Clause, Phrase, VerbGroup, Word

_BREAKS = frozenset({",", ";", ":", "(", "\u2014", "\u2013", "--"})
_NOT_COMPARED = frozenset({"other", "rather"})  # "officials other than the mayor said"


def compared_subject(
    words: Sequence[Word], phrase: Phrase, first: int, vg: VerbGroup, before: VerbGroup | None
) -> bool:
    """Whether ``phrase`` (its first word at ``first``) is the subject of ``vg`` after "than"."""
    if first < 2 or words[first - 1].lemma != "than" or before is None:
        return False
    if before.last >= first - 1 or words[first - 2].text.casefold() in _NOT_COMPARED:
        return False  # no clause of its own before "than"
    if words[phrase.head].tag == "NUM":
        return False  # "older than 60": a measure, not a subject
    between = words[phrase.last + 1 : vg.first]
    return all(w.tag == "ADV" for w in between)


def compared_content(words: Sequence[Word], subject: Phrase | None) -> tuple[int, int] | None:
    """What a verb after "than" speaks of: the clause compared, before "than".

    "Lund got less credit than aides say": the aides say Lund got less credit.
    """
    if subject is None or subject.first < 2 or words[subject.first - 1].lemma != "than":
        return None
    k = subject.first - 2
    while k > 0 and words[k - 1].text not in _BREAKS:
        k -= 1  # back to the start of the clause: "the mandate — requiring refiners ..."
    while k < subject.first - 1 and not words[k].text[:1].isalnum():
        k += 1
    return (words[k].start, words[subject.first - 2].end) if k < subject.first - 1 else None


def sharable(words: Sequence[Word], clause: Clause) -> bool:
    """Whether a later predicate may share the subject of ``clause``.

    Not a subject after "than": "Lund spoke longer than he has before, saying ..." (Lund
    says).
    """
    subject = clause.subject
    if subject is None:
        return False
    return subject.first < 1 or words[subject.first - 1].lemma != "than"
