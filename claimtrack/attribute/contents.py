"""A verb of thinking as a predicate, and a belief in the passive with no one who holds it.

What a verb of saying is given is judged in :mod:`.objects`.
"""

from __future__ import annotations

from ..syntax.structure import Clause, SentenceParse, VerbGroup
from ..syntax.words import WordClasses
from .mention import AttributionMention


def thinks(parse: SentenceParse, vg: VerbGroup, classes: WordClasses) -> bool:
    """Whether a verb of thinking is a predicate, whatever it governs.

    What it governs may be a thing: "Lund expects a vote", "voters consider Ruiz honest", "Kell
    wants safe streets".

    Not a form read as a verb after a determiner or an adjective ("a liberal think tank", "a
    30% decline"), nor a bare participle after a noun ("the hacker known as Guccifer"). A
    determiner that is a noun phrase of its own stands for people: "Most believe", "Few think".
    """
    words = parse.words
    before = words[vg.first - 1] if vg.first > 0 else None
    if before is None or vg.first != vg.head:
        return True
    if before.tag in ("DET", "ADJ"):
        alone = parse.phrase_at(vg.first - 1)
        if before.lemma in ("both", "all", "each") and alone is None and vg.first > 1:
            return parse.phrase_at(vg.first - 2) is not None  # "Ruiz and Lind both sought"
        return before.tag == "DET" and alone is not None and alone.first == alone.last
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
