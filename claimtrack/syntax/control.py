"""Who does a verb that has no subject of its own: an infinitive, a second participle.

"Lund went on to say ...", "Ruiz tried to explain ...": an infinitive right after a verb is
done by that verb's subject. "The defeat led Ruiz to declare ...": after a verb that makes its
object act (``object_control`` in ``data/verbs.toml``) the object does it. A verb that reports
on its own ("refused to say", "promised to explain") keeps the infinitive as its content, but
a belief in the passive leaves it to the subject ("The mayor is expected to announce ..."). After
"be" and an adjective a person's or a body's subject does it ("Lind was quick to add", "voters
are more likely to say"); "it" and a thing do not ("It is hard to say", "The plan is hard to
explain"). Not read: an infinitive after any other verb and its object ("took the stage to
announce", a purpose, as often as "has a plan to say" tells which plan).

"..., calling it a scam and vowing to appeal": a participle after "and" shares the subject of
the participle before it, when that one shares the clause's. "The agency said 3,400 were
displaced, adding that 12 were missing": a participle of saying set off by a comma after a
reported clause goes on with the report, so it shares the reporting clause's subject; any other
predicate shares the nearest subject before it ("the storm hit the coast, killing 12").
"""

from __future__ import annotations

from collections.abc import Sequence

from .comparatives import sharable
from .content import is_time, participle_at, reports
from .structure import DASHES, Clause, Phrase, VerbGroup, Word
from .words import SPEAKING, WordClasses

# Classes of verbs whose infinitive after them is their own content, not a second statement.
_REPORTING = frozenset({"speech", "evaluation", "cognition", "evidence"})
# Subjects that name people or bodies, and pronouns that stand for none.
_PEOPLE = frozenset({"name", "role", "pronoun", "group", "organization"})
_EMPTY = frozenset({"it", "this", "that", "there", "what"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "\u2019s", "'re"})
# Verbs of being, having and needing: their infinitive is a state or a duty, not an act.
_NO_CONTROL = frozenset({"be", "have", "need", "get", "use"})


def controlled_subject(
    words: Sequence[Word],
    vg: VerbGroup,
    clauses: Sequence[Clause],
    starting: dict[int, Phrase],
    classes: WordClasses,
) -> Phrase | None:
    """The subject of a verb the verb before controls, or None.

    An infinitive ("to" before ``vg``: "went on to say", "led Ruiz to declare") or a participle
    after "as" ("quoted Ruiz as saying").
    """
    to = vg.first - 1
    if to >= 2 and words[to].lemma == "as":
        return _as_saying(words, vg, _clause_before(clauses, to), starting, classes)
    if to < 1 or words[to].text.casefold() != "to" or vg.passive or not _plain(words, vg, classes):
        return None
    before = _clause_before(clauses, to)
    if before is None or before.verb is None:
        return None
    matrix = before.verb
    if _reports(words, matrix, classes):
        # "refused to say": the verb's own content; "is expected to announce": the subject's
        return before.subject if matrix.passive and _right_after(words, matrix, to) else None
    be = words[matrix.head].text.casefold() in _BE
    if be and _adjectives_only(words, matrix.last + 1, to):
        # "Lind was quick to add", "Voters are more likely to say": the person does it; "It
        # is too early to say", "The plan is hard to explain": no one named speaks
        subject = before.subject
        if subject is None or subject.kind not in _PEOPLE:
            return None
        return subject if subject.text.casefold() not in _EMPTY else None
    if matrix.passive or words[matrix.head].tag == "AUX" or matrix.lemma in _NO_CONTROL:
        # "is hard to say", "has to thank", "was scheduled to testify", "were not authorized
        # to discuss", "needs to show": no one is said to speak
        return None
    k = _past_modifiers(words, matrix.last + 1, to, starting)
    if k == to:
        return before.subject  # "went on to say", "tried to explain", "struggled on Monday to"
    obj = starting.get(k)
    if matrix.lemma not in classes.object_control or obj is None or obj.possessive:
        # "took the stage to announce" reads as a purpose as often as "a plan to say"
        # tells which plan: neither is read
        return None
    return obj if _past_modifiers(words, obj.last + 1, to, starting) == to else None


def after_participle(
    words: Sequence[Word], vg: VerbGroup, clauses: Sequence[Clause], classes: WordClasses
) -> bool:
    """A participle after "and" or "but" whose participle before shares the clause's subject."""
    k = vg.first - 1
    if k < 1 or words[k].text.casefold() not in ("and", "but"):
        return False
    before = next((c for c in reversed(clauses) if c.verb is not None and c.verb.last < k), None)
    if before is None or before.verb is None or not before.shares_subject:
        return False
    head = before.verb.head
    return before.verb.first == head and participle_at(words, head, classes)


def _adjectives_only(words: Sequence[Word], k: int, to: int) -> bool:
    """Whether only adjectives and adverbs, and one at least, stand from ``k`` to ``to``.

    "quick", "slightly more likely" ("more" and "less" read as determiners too).
    """
    return k < to and all(
        w.tag in ("ADJ", "ADV") or w.lemma in ("more", "less", "most") for w in words[k:to]
    )


def _right_after(words: Sequence[Word], matrix: VerbGroup, to: int) -> bool:
    """Whether "to" comes right after the verb group, past adverbs: "is widely expected to"."""
    return all(w.tag == "ADV" for w in words[matrix.last + 1 : to])


def _reports(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """Whether the verb group reports on its own: its infinitive is its content."""
    if vg.particle is not None:
        klass = classes.phrasal_class.get((vg.lemma, vg.particle))
        if klass is not None:
            return klass in _REPORTING
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    return any(f.klass in _REPORTING for f in forms)


def _plain(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """Whether the verb group's head can be a plain infinitive: "to say", not "to questions"."""
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    return vg.first == vg.head and any(f.form == "base" for f in forms)


def _past_modifiers(words: Sequence[Word], k: int, stop: int, starting: dict[int, Phrase]) -> int:
    """The index past adverbs and times from ``k`` ("on Monday", "Tuesday night"), to ``stop``."""
    while k < stop:
        if words[k].tag == "ADV":
            k += 1
            continue
        j = k + 1 if words[k].tag == "ADP" else k
        phrase = starting.get(j)
        if phrase is None or not is_time(words, phrase) or phrase.last >= stop:
            return k
        k = phrase.last + 1
    return k


def shared_subject(
    words: Sequence[Word], vg: VerbGroup, clauses: Sequence[Clause], classes: WordClasses
) -> Phrase | None:
    """The subject a predicate without one shares (see the module's doc)."""
    before = [c for c in reversed(clauses) if sharable(words, c)]
    if not before:
        return None
    nearest = before[0]
    if _goes_on_saying(words, vg, classes):
        at = nearest.span[0]
        for clause in clauses:  # the outermost report that holds the nearest clause
            content = clause.content
            if content is not None and content[0] <= at < content[1] and sharable(words, clause):
                return clause.subject
        top = _outermost(nearest, clauses)  # "bristled at the suggestion that he ..., saying"
        if top is not None and sharable(words, top):
            return top.subject
    skipped = ("relative", "adverbial") if _back_to_main(words, vg) else ("relative",)
    if nearest.kind in skipped:
        # "refused to say who Lund would back but said ...", "was apologetic when she visited
        # Orvik, and admitted ...": not the relative or adverbial clause's subject
        return next((c.subject for c in before if c.kind not in skipped), nearest.subject)
    if (
        nearest.subject is not None
        and nearest.subject.kind != "other"
        and _speaks(words, vg, classes)
        and not _says(words, nearest, classes)
        and (held := _holding(nearest, clauses)) is not None
        and held.verb is not None
        and _speaks(words, held.verb, classes)
        and held.subject is not None
    ):
        return held.subject  # "said the rebels had shelled Orsk and demanded an inquiry"
    if (
        nearest.subject is not None
        and nearest.subject.kind == "other"
        and reports(words[vg.head], classes)
    ):
        # "Lind argued that the plan would fail and said ...": a thing says nothing; the
        # report that holds it goes on
        top = _outermost(nearest, clauses) or _holding(nearest, clauses)
        if top is not None and top.subject is not None and top.subject.kind != "other":
            return top.subject  # "said 40 people were missing and counted 170 deaths"
    return nearest.subject


def _says(words: Sequence[Word], clause: Clause, classes: WordClasses) -> bool:
    """Whether the clause's verb reports.

    A reported act ("said the rebels had shelled Orsk and demanded an inquiry") hands its
    subject to no verb of saying after "and"; the report that holds it does.
    """
    return clause.verb is not None and reports(words[clause.verb.head], classes)


def _speaks(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """A verb of saying or judging ("said", "warned", "criticised"), not of thinking."""
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    return any(f.klass in SPEAKING for f in forms)


def _holding(clause: Clause, clauses: Sequence[Clause]) -> Clause | None:
    """The clause whose content holds ``clause`` (a report read as a clause of its own)."""
    at = clause.span[0]
    inside = [c for c in clauses if c.content is not None and c.content[0] <= at < c.content[1]]
    return inside[-1] if inside else None


def _back_to_main(words: Sequence[Word], vg: VerbGroup) -> bool:
    """A finite predicate after ", and" or ", but": the main clause goes on past an adverbial one.

    "was apologetic when she visited Orvik, and admitted ..." (Ruiz's), where "cheered when
    Lund spotted a sign and asked ..." (no comma) and "..., shouting" stay in the adverbial.
    """
    k = vg.first - 1
    while k > 0 and words[k].tag == "ADV":
        k -= 1
    return (
        k > 0
        and words[k].lemma in ("and", "but")
        and words[k - 1].text == ","
        and not words[vg.head].text.endswith("ing")
    )


def _outermost(clause: Clause, clauses: Sequence[Clause]) -> Clause | None:
    """The main clause a complement or relative clause hangs from, or None."""
    if clause.kind not in ("complement", "relative"):
        return None
    up, steps = clause.parent, 0
    while up is not None and steps < 16:
        clause, steps = clauses[up], steps + 1
        if clause.kind == "main":
            return clause
        up = clause.parent
    return None


def _goes_on_saying(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """A participle of saying set off by a comma or opened by "while", "by": "..., adding"."""
    if vg.first < 1 or vg.first != vg.head:
        return False
    before = words[vg.first - 1]
    if before.text != "," and before.lemma not in ("while", "by", "before", "after", "when"):
        return False
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    # "..., adding", and "..., citing figures from", "..., criticising": the speaker goes on
    return any(f.form == "ing" and f.klass in ("speech", "evaluation") for f in forms)


def _clause_before(clauses: Sequence[Clause], k: int) -> Clause | None:
    """The last clause read whose verb ends before word ``k``."""
    return next((c for c in reversed(clauses) if c.verb is not None and c.verb.last < k), None)


def _as_saying(
    words: Sequence[Word],
    vg: VerbGroup,
    before: Clause | None,
    starting: dict[int, Phrase],
    classes: WordClasses,
) -> Phrase | None:
    """Who says what follows "as": the object of "quoted X as saying", "cited X as saying"."""
    k = vg.first - 1
    if vg.first != vg.head or not participle_at(words, vg.head, classes):
        return None
    if before is None or before.verb is None or before.verb.lemma not in classes.as_saying:
        return None
    if before.verb.passive:
        return before.subject  # "Ana Ruiz was quoted (by the Courier) as saying"
    obj = starting.get(_past_modifiers(words, before.verb.last + 1, k, starting))
    if obj is None or _past_modifiers(words, obj.last + 1, k, starting) != k:
        return None  # "quoted the mayor (on Monday) as saying"
    return obj


def bare_participle(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """A bare "-ing" verb with no auxiliary: "saying", "adding"."""
    if vg.first != vg.head:
        return False
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    return bool(forms) and all(f.form == "ing" for f in forms)


def participle_subject(
    words: Sequence[Word],
    vg: VerbGroup,
    out: Sequence[Clause],
    starting: dict[int, Phrase],
    classes: WordClasses,
) -> tuple[Phrase | None, bool]:
    """The subject of a bare participle, and whether it shares the clause's before it.

    "..., saying the toll would rise": the subject of the clause it hangs on; "the remarks
    calling it strong": a modifier of a noun, with no subject of its own.
    """
    shares = vg.first > 0 and (
        words[vg.first - 1].text in (",", *DASHES)
        or words[vg.first - 1].lemma in ("by", "after", "before", "while", "when")
    )  # "..., saying", "by saying", "after telling": the clause's own subject
    shares = shares or after_participle(words, vg, list(out), classes)
    return controlled_subject(words, vg, list(out), starting, classes), shares  # "quoted X as"
