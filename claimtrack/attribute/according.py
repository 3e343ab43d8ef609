"""Attributions by a phrase before the source: "according to X", "citing X", "given by X".

"According to the ministry, 40 died" and "..., according to X" give the clause they stand in
to X; "citing X" belongs to the one who cites (X only sources figures); "a poll conducted by
X" makes X the source of its figures. The body behind a document ("the ministry's report",
"a tally by the agency") is found here too (:func:`owner_of`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Lexicon
from ..model import Span
from ..syntax.apposed import named_apposition
from ..syntax.structure import DASHES, Phrase, SentenceParse, Word
from ..syntax.words import WordClasses
from .mention import AttributionMention
from .objects import possessed

# Words for what a body says or counts through: its statement, its count, its spokesman.
_OWNED_WORDS = frozenset(
    "statement count tally toll update bulletin website account spokesman spokeswoman "
    "spokesperson office head chief".split()
)

# Of those, the ones that are bodies themselves once a modifier names them ("the health office").
# (Not "the governor's press office": still the governor's voice.)
_BODIES = frozenset(("office",))
_VOICES = frozenset(("press", "media", "private", "communications"))

_LEADS = frozenset({"DET", "ADV", "ADJ"})  # words a source phrase may leave out before it

# Marks that end a clause inside a sentence: what an "according to X" after them covers.
_CLAUSE_BREAKS = frozenset({":", ";"})

_MAKERS = frozenset({"by", "of", "from"})  # "a report by/of/from the agency"


def document_heads(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of ``reporting.documents``: evidence verbs take them as subjects."""
    return lexicon.memo(
        "attribute.documents",
        lambda lex: frozenset(w.casefold() for w in lex.reporting.documents),
    )


def according_table(lexicon: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The "according to" phrases by their first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for term in lexicon.reporting.according:
        words = tuple(term.casefold().split())
        table.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(p, key=len, reverse=True)) for first, p in table.items()}


def owner_of(subject: Phrase, parse: SentenceParse, documents: frozenset[str]) -> Phrase:
    """The body behind its own document: "the authority's report", "a tally by the agency"."""
    words = parse.words
    head = words[subject.head].text.casefold()
    if subject.owner is not None and (head in documents or head in _OWNED_WORDS):
        named = [w.lemma for w in words[subject.first : subject.head] if w.tag != "DET"]
        if head in _BODIES and named and not _VOICES.issuperset(named):
            return subject  # "Varn's health office": a body of its own, not Varn's voice
        return subject.owner
    after = subject.last + 1
    if head in documents and after + 3 < len(words) and words[after].text == ",":
        after += 1  # "The data, released by the ministry on Friday, showed"
    if head in documents and after + 2 < len(words) and words[after].tag in ("VERB", "ADJ"):
        # "figures released by the ministry", "data available from the police": to the maker
        after += 1
    if head in documents and after + 1 < len(words) and words[after].lemma in _MAKERS:
        # "a separate tally by the Morra Courier", "the bulletin of the relief office", "a
        # statement from the army": the body that made it
        maker = parse.phrase_at(after + 1)
        if maker is not None and maker.first == after + 1 and maker.kind != "other":
            return maker
    return subject


def opens_clause(words: Sequence[Word]) -> bool:
    """Whether the words hold a verb: then they are a clause of their own, not a subject."""
    return any(w.tag in ("VERB", "AUX") for w in words)


def according_mentions(
    text: str,
    parse: SentenceParse,
    according: dict[str, tuple[tuple[str, ...], ...]],
    classes: WordClasses,
    citing: frozenset[str] = frozenset(),
    documents: frozenset[str] = frozenset(),
) -> list[AttributionMention]:
    """X and the rest of the sentence for "According to X, ..." and "..., according to X"."""
    words = parse.words
    out: list[AttributionMention] = []
    lows = [w.text.casefold() for w in words]
    if according.keys().isdisjoint(lows):
        return out  # most sentences hold no first word of the table's phrases
    for k, low in enumerate(lows):
        for phrase_words in according.get(low, ()):
            m = len(phrase_words)
            if tuple(lows[k : k + m]) != phrase_words:
                continue
            # "citing figures from X": X is what is cited, the citing word its cue
            cited = k > 0 and lows[k - 1] in citing
            j = k + m  # "according to the most recent data", "a yearly Kell poll"
            while j < len(words) and words[j].tag in _LEADS and not parse.phrase_at(j):
                j += 1
            source = parse.phrase_at(j) if j < len(words) else None
            if source is None or source.first != j:
                continue
            source = owner_of(
                possessed(source, parse), parse, documents
            )  # "to Pell's mayor", "figures by"
            source, after = _apposed(parse, source)  # "according to the mayor, Piet Maro, ..."
            cue = (
                (words[k - 1].start, words[k - 1].end)
                if cited
                else (words[k].start, words[k + m - 1].end)
            )
            # A participle with its agent ("given by X") sets off the noun before it;
            # "according to X" and "citing X" stand for the whole clause.
            made_by = phrase_words[-1] == "by" and m > 1
            # "The county, according to its spokesman, counted 41 dead": the clause's own
            # verb gives the count, and the aside speaks only for its subject
            told = after + 1 < len(words) and any(
                f.klass for f in classes.verbs.get(words[after + 1].text.casefold(), ())
            )
            content = (made_by and _made_by(parse, k)) or _rest(words, k, after, whole=not told)
            if content is not None:
                direct = text[content[0] : content[0] + 1] in ('"', "\u201c")
                # "a poll conducted by X", "figures compiled by X": who made a thing, the
                # source of its figures, not a statement; "reported by X" is one.
                klass = "count" if made_by and not _reports(words[k].text, classes) else "according"
                if " ".join(phrase_words) in citing or cited:
                    # "Lund, citing records, said", "Lund said ..., citing records": Lund
                    # cites, a verb's statement; the records are where the figures come from
                    klass = "cited"
                out.append(AttributionMention(source, cue, content, direct, klass))
            break
    return out


def _apposed(parse: SentenceParse, source: Phrase) -> tuple[Phrase, int]:
    """The source with a name in apposition after it, and the index of the word after both.

    "according to the mayor, Piet Maro, ...": Piet Maro, titled mayor. The apposition is set
    off by commas, or ends the sentence ("..., according to a spokeswoman, Dana Kell.").
    """
    words = parse.words
    after = source.last + 1
    if after + 1 >= len(words) or words[after].text != ",":
        return source, after
    aside = parse.phrase_at(after + 1)
    if aside is None or aside.first != after + 1 or aside.last + 1 >= len(words):
        return source, after
    if words[aside.last + 1].text not in (",", ".", ";"):
        return source, after
    named = named_apposition(words, source, aside)
    return (named, aside.last + 1) if named is not None else (source, after)


def _reports(word: str, classes: WordClasses) -> bool:
    """A form of a verb of saying, evaluating or showing: "reported", "confirmed"."""
    reporting = ("speech", "evaluation", "evidence")
    return any(f.klass in reporting for f in classes.verbs.get(word.casefold(), ()))


def _made_by(parse: SentenceParse, k: int) -> Span | None:
    """What "given by X" or "compiled by X" sets off: the noun before it, to the clause's end.

    "An estimate, given by local officials, that the storm killed 10,000 people is too high":
    the estimate, with its complement, is the officials'.
    """
    words = parse.words
    if k >= 1 and words[k - 1].text != "," and words[k].tag == "VERB":
        # "more than twice the figure given by the authorities": the figure only; "the toll
        # given by the ministry stood at 40": the subject, with its clause
        before = parse.phrase_at(k - 1)
        if before is None or before.last != k - 1:
            return None
        subject = any(
            c.subject is not None and c.subject.first == before.first for c in parse.clauses
        )
        return (before.span[0], words[-1].end) if subject else before.span
    if words[k].tag != "VERB" or k < 2 or words[k - 1].text != ",":
        return None
    noun = parse.phrase_at(k - 2)
    if noun is None:
        return None
    ends = [
        c.content[1]
        for c in parse.clauses
        if c.content and c.content[0] <= noun.span[0] < c.content[1]
    ]
    end = min(ends) if ends else _before_predicate(parse, k)
    return (noun.span[0], end) if end > noun.span[0] else None


def _before_predicate(parse: SentenceParse, k: int) -> int:
    """Where the noun set off at ``k`` ends: before the verb it is the subject of.

    "An estimate, given by officials, that the storm killed 10,000 people is too high": past
    the participle, past its "that" clause's verb, the next verb is the noun's predicate.
    """
    words = parse.words
    verbs = [v for v in parse.verbs if v.first > k]
    that = next((j for j in range(k, len(words)) if words[j].lemma == "that"), None)
    if that is not None:
        verbs = [v for v in verbs if v.first > that][1:]  # past the complement's own verb
    return words[verbs[0].first - 1].end if verbs else parse.span[1]


def _rest(words: Sequence[Word], k: int, after: int, *, whole: bool = True) -> Span | None:
    """The clause an "according to X" stands in: after it when it opens the sentence.

    ``whole``: an aside inside the clause speaks for all of it.
    """
    n = len(words)
    end = n
    while (
        end > 0 and not words[end - 1].text[:1].isalnum() and words[end - 1].text not in '"\u201d'
    ):
        end -= 1
    first = 0
    for j in range(k - 1, -1, -1):
        if words[j].text in _CLAUSE_BREAKS:
            first = j + 1  # "... the worst-hit town: according to X, 41 died"
            break
    while first < k and not words[first].text[:1].isalnum() and words[first].text not in '"\u201c':
        first += 1
    lead = words[first].tag in ("ADP", "ADV") and not any(
        w.tag in ("VERB", "AUX") for w in words[first:k]
    )
    if first == k or lead:
        # "According to X, 40 died."; "In the south, according to X, 35 died": no clause
        # before it, so the clause after is what X gives
        a = after
        while a < end and words[a].text in (",", ":"):
            a += 1
        return (words[a].start, words[end - 1].end) if a < end else None
    if whole and words[k - 1].text == "," and after < end and words[after].text == ",":
        # "The death toll, according to the ministry, stands at 812": an aside inside the
        # clause, which it speaks for whole
        return words[first].start, words[end - 1].end
    b = k - 1
    while b > first and words[b].text in (",", *DASHES):
        b -= 1
    return (words[first].start, words[b].end) if b >= first else None
