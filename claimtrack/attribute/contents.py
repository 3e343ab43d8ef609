"""Whether what a verb governs is something said, thought or counted."""

from __future__ import annotations

from ..model import Span
from ..syntax.structure import Clause, SentenceParse, VerbGroup
from ..syntax.words import WordClasses
from .mention import AttributionMention

_QUOTE_OPENERS = frozenset({'"', "\u201c", "'", "\u2018"})


def says_something(text: str, parse: SentenceParse, content: Span) -> bool:
    """Whether a content is a quotation or holds a clause of its own (a verb)."""
    if text[content[0] : content[0] + 1] in _QUOTE_OPENERS or content[1] <= parse.span[0]:
        return True
    if content[0] < parse.span[0] or content[1] > parse.span[1]:
        return True  # a quotation in another sentence
    if any(content[0] <= vg.span[0] < content[1] for vg in parse.verbs):
        return True
    if text.startswith("to ", content[0]):
        return True  # an infinitive, whatever its verb was read as: "hopes to compete"
    # "see the levy as a tax", "regards Kell as its capital": a judgment of a thing
    words = parse.words
    inside = [k for k, w in enumerate(words) if content[0] <= w.start < content[1]]
    return any(
        words[k].lemma == "as"
        and (before := parse.phrase_at(k - 1)) is not None
        and before.last == k - 1
        and (after := parse.phrase_at(k + 1)) is not None
        # "as it burst": "as" opens a clause
        and (after.last + 1 >= len(words) or words[after.last + 1].tag not in ("VERB", "AUX"))
        for k in inside[1:-1]
    )


def counted(parse: SentenceParse, content: Span) -> bool:
    """Whether a content holds a number: "showed: 800 in Verland and 440 in Ostmark"."""
    return any(w.tag == "NUM" and content[0] <= w.start < content[1] for w in parse.words)


def thinks(parse: SentenceParse, vg: VerbGroup, classes: WordClasses) -> bool:
    """Whether a verb of thinking is a predicate, whatever it governs.

    What it governs may be a thing: "Lund expects a vote", "voters consider Ruiz honest", "Kell
    wants safe streets".

    Not a form read as a verb after a determiner or an adjective ("a liberal think tank", "a
    30% decline"), nor a bare participle after a noun ("the hacker known as Guccifer").
    """
    words = parse.words
    before = words[vg.first - 1] if vg.first > 0 else None
    if before is None or vg.first != vg.head:
        return True
    if before.tag in ("DET", "ADJ"):
        return False
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    bare = bool(forms) and all(f.form in ("past", "participle") for f in forms if f.klass)
    return not (bare and before.tag in ("NOUN", "PROPN") and forms[0].form == "participle")


def expected(
    text: str, parse: SentenceParse, clause: Clause, classes: WordClasses
) -> list[AttributionMention]:
    """A belief in the passive with an infinitive: "Lund is expected to win", "was thought to".

    Whoever expects it goes unnamed: no source. What is expected is its subject and the
    infinitive ("Lund ... to win"); the span runs from the one to the other. An infinitive that
    reports is the subject's own statement instead ("is expected to announce that ...").
    """
    vg, content = clause.verb, clause.content
    if vg is None or content is None or not text.startswith("to ", content[0]):
        return []
    forms = classes.verbs.get(parse.words[vg.head].text.casefold(), ())
    if not any(f.klass == "cognition" for f in forms):
        return []  # "is said to be", "was asked to leave": a report or a request
    words = parse.words
    after = next((k for k, w in enumerate(words) if w.start > content[0]), None)
    if after is not None and any(
        f.klass for f in classes.verbs.get(words[after].text.casefold(), ())
    ):
        return []  # "The mayor is expected to announce that ...": the mayor's statement
    subject = clause.subject
    start = subject.span[0] if subject is not None and subject.last < vg.first else content[0]
    cue = (parse.words[vg.head].start, parse.words[vg.last].end)
    return [AttributionMention(None, cue, (start, content[1]), False, "cognition")]
