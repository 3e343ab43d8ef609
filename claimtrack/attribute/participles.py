"""Who says by a participle that has no subject of its own in the parse.

An "-ing" form of a verb of saying right after a noun phrase, with no comma before it:

- the phrase opens the construction (at the start, after a mark or a conjunction, after
  ", with"): it is the subject, ", with Lind saying ...", ", Ruiz saying ...";
- the phrase follows "of" after a share or a count: the people counted are, "60 percent of
  voters saying ...";
- the phrase is a document the clause's subject issues ("issued a statement saying ...",
  "sent an email arguing ...") or a time ("spent the morning saying ..."): the clause's
  subject is;
- anything else reads either way ("attacked Lind saying ...", "wrote to Ruiz criticizing
  ...", "a lawsuit alleging ...", "footage of Lind saying ..."): none. So does a verb of
  thinking or wanting after a phrase ("a candidate seeking the post"), but after ", with".

A participle that opens the sentence ("Noting that the dam held, Ruiz said ...") is done by
the subject of the main clause after its comma. A participle that shares a subject found
inside what another clause reports ("Lind said
the council had failed, adding that ...") is that clause's speaker's. After a closing
quotation mark that follows a comma ('called it "a disaster," adding that
...') the participle shares the subject of the clause before, as after a comma.
"""

from __future__ import annotations

from ..syntax.content import QUOTE_CLOSERS, is_time
from ..syntax.structure import Clause, Phrase, SentenceParse
from ..syntax.words import WordClasses
from .mention import SPEAKER_KINDS

# What a speaker issues, in which a participle says what the speaker says.
_ISSUED = frozenset(
    "statement statements release releases memo letter letters email emails e-mail tweet "
    "tweets post posts message messages ad ads advertisement petition petitions".split()
)
# Nouns of a share of people, before "of": "the share of voters saying".
_SHARES = frozenset("share proportion percentage fraction number".split())
# Heads of a noun phrase that can be a subject ("a creative" ends in an adjective).
_HEADS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def participle_subject(parse: SentenceParse, clause: Clause, classes: WordClasses) -> Phrase | None:
    """The subject of a clause, or of a bare "-ing" participle the parse left without one."""
    vg = clause.verb
    if clause.subject is not None:
        return _sharer(parse, clause) if clause.shares_subject else clause.subject
    if vg is None:
        return None
    if (aside := _before_quoted_aside(parse, clause)) is not None:
        return aside  # 'Ana Ruiz, who calls the mayor a "fraud," said ...'
    if vg.first != vg.head:
        return None
    words = parse.words
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    if not forms or not all(f.form == "ing" for f in forms):
        return None
    if vg.first == 0:
        return _subject_after(parse, clause)  # "Noting that ..., Ruiz said"
    if vg.first < 2:
        return None
    k = vg.first - 1
    if words[k].text in QUOTE_CLOSERS and words[k - 1].text == ",":
        return _subject_before(parse, clause, words[k].start)  # '"a disaster," adding that'
    while k > 0 and words[k].tag == "ADV":
        k -= 1  # "with Lind recently saying"
    phrase = parse.phrase_at(k)
    if phrase is None or phrase.last != k:
        return None
    if words[phrase.head].tag not in _HEADS and phrase.head == phrase.first:
        return None  # "a creative writing professor": no verb; but "the morning saying"
    before = words[phrase.first - 1] if phrase.first > 0 else None
    if before is not None and before.lemma == "with":
        opens = phrase.first < 2 or words[phrase.first - 2].tag in ("PUNCT", "CCONJ")
        return phrase if opens else None  # ", with Lind saying"; not "met with Lind saying"
    if any(f.klass == "cognition" for f in forms):
        return None  # "a candidate seeking the post": who the phrase is, not what one thinks
    if before is not None and before.lemma == "of":
        return phrase if _counts_people(parse, phrase.first - 2, classes) else None
    if before is None or before.tag in ("PUNCT", "CCONJ"):
        # ", Ruiz saying"; but "Aides speaking to the Courier said": the phrase is the
        # subject of a verb of its own
        return None if _subject_elsewhere(parse, phrase) else phrase
    if is_time(parse.words, phrase):
        return _subject_before(parse, clause, phrase.span[0])  # "spent the morning saying"
    verb = _verb_ending_at(parse, phrase.first - 1)
    if verb is not None and words[phrase.head].text.casefold() in _ISSUED:
        return verb.subject  # "issued a statement saying": the issuer
    return None


def _counts_people(parse: SentenceParse, k: int, classes: WordClasses) -> bool:
    """Whether word ``k``, before "of", counts or gathers: "60 percent of", "the share of"."""
    if k < 0:
        return False
    word = parse.words[k]
    low = word.text.casefold()
    return (
        word.tag == "NUM"
        or low in _SHARES
        or low in classes.plurals
        or word.lemma in classes.collectives
        or word.lemma in classes.quantifiers
    )


def _subject_elsewhere(parse: SentenceParse, phrase: Phrase) -> bool:
    """Whether the phrase is the subject of a clause of the sentence."""
    return any(
        c.subject is not None and c.subject.first <= phrase.first <= c.subject.last
        for c in parse.clauses
    )


def _before_quoted_aside(parse: SentenceParse, clause: Clause) -> Phrase | None:
    """The phrase an aside that ends in a quotation sets off before the verb.

    'Ana Ruiz, who calls the mayor a "fraud," said ...', 'Lind, citing "the magic of the
    dam," said ...': the comma that closes the aside stands inside the quotation marks, so
    the parse found no subject. The aside opens with a comma after a name, a role or a body,
    before the quotation opens.
    """
    vg, words = clause.verb, parse.words
    if vg is None or vg.first < 4 or words[vg.head].text.casefold().endswith("ing"):
        return None  # '"...," saying ...': the clause it hangs on (:func:`_subject_before`)
    if words[vg.first - 1].text not in QUOTE_CLOSERS or words[vg.first - 2].text != ",":
        return None
    end = words[vg.first - 1].end
    quote = next((q.span for q in parse.quotes if q.span[1] == end), None)
    if quote is None:
        return None
    opening = [j for j, w in enumerate(words[: vg.first]) if w.end <= quote[0]]
    commas = [j for j in opening if words[j].text == ","]
    if not commas or commas[0] == 0 or commas[0] == opening[-1]:
        return None  # a quotation that opens the sentence: '"...," said Lind'
    phrase = parse.phrase_at(commas[0] - 1)
    if phrase is None or phrase.last != commas[0] - 1 or phrase.kind not in SPEAKER_KINDS:
        return None
    return phrase if phrase.first == 0 else None


def _subject_after(parse: SentenceParse, clause: Clause) -> Phrase | None:
    """The subject of the main clause an opening participle's clause is set off from.

    "Noting that the dam held, Ruiz said ...", "Citing its costs, the council dropped ...": the
    first subject after a comma, of a main clause.
    """
    words = parse.words
    at = clause.span[1]
    quotes = [q.span for q in parse.quotes]
    for other in parse.clauses:
        subject = other.subject
        if subject is None or other.kind != "main" or subject.span[0] < at:
            continue
        if any(a <= subject.span[0] < b for a, b in quotes):
            continue  # "Remarking upon his 'genuine empathy,' Starr said": not inside a quotation
        k = subject.first - 1
        if k > 0 and words[k].text in QUOTE_CLOSERS and words[k - 1].text == ",":
            k -= 1  # 'Remarking upon his "genuine empathy," Ruiz said'
        if k >= 0 and words[k].text == ",":
            content = clause.content  # what it says must end before the main clause
            return subject if content is None or content[1] <= subject.span[0] else None
    return None


def _sharer(parse: SentenceParse, clause: Clause) -> Phrase | None:
    """Whose predicate a shared subject is: not the subject of a clause someone reports.

    "Lind said the council had failed, adding that ...": the parse shares the nearest subject
    ("the council"), which stands in what Lind said; the predicate outside it is Lind's.
    """
    subject, at = clause.subject, clause.span[0]
    if subject is None:
        return None
    for other in parse.clauses:
        if other is clause or other.subject is None or other.content is None:
            continue
        a, b = other.content
        if other.span[0] < at and a <= subject.span[0] < b and not a <= at < b:
            return other.subject
    return subject


def _verb_ending_at(parse: SentenceParse, k: int) -> Clause | None:
    """The clause whose verb group ends at word ``k``."""
    return next((c for c in parse.clauses if c.verb is not None and c.verb.last == k), None)


def _subject_before(parse: SentenceParse, clause: Clause, at: int) -> Phrase | None:
    """The subject of the clause before ``at`` that the participle hangs on.

    The clause whose report runs on over it ("said the dam was 'safe,' noting ...": Ruiz
    notes, not the dam), else the nearest with a subject, outside quotation marks ("...
    'should be wrapped up,' referring to").
    """
    own = clause.span[0]
    quotes = [q.span for q in parse.quotes]
    before = [
        c
        for c in parse.clauses
        if c is not clause
        and c.verb is not None
        and c.verb.span[0] < at
        and c.subject is not None
        and c.kind in ("main", "parenthetical")
        and not any(a <= c.span[0] < b for a, b in quotes)
    ]
    over = next((c for c in before if c.content and c.content[0] <= own < c.content[1]), None)
    if over is not None:
        return over.subject
    return before[-1].subject if before else None
