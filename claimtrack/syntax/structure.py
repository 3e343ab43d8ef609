"""The structure of one sentence, the same whichever parser made it.

The vocabulary follows dependency grammar loosely (spaCy's labels are the model: ``nsubj``,
``ccomp``, ``appos``, ``conj``, ``prep``/``pobj``), but flattened to what claimtrack's readers
ask: the words with their classes, the noun phrases (with the names, titles and coordination
inside them), the verb groups (with negation, modality, tense and voice) and the clauses, each
with its verb, subject, objects and the clause or quotation it governs.

Every part keeps its span into the document: ``document[span[0]:span[1]]`` is what it says.
Indexes into :attr:`SentenceParse.words` tie the parts together (``head``, ``first``,
``last``), so a reader can walk from a verb to its subject without re-reading the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from ..model import Span

# Coarse word classes, as in the Universal Dependencies tag set.
Tag = Literal[
    "NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ", "ADV", "DET", "ADP", "CCONJ", "SCONJ",
    "PART", "NUM", "PUNCT", "X",
]  # fmt: skip
# What a noun phrase names: a proper name, a role or title alone ("the spokesman"), a pronoun,
# a group of people ("officials", "aid agencies"), an organisation, or anything else.
PhraseKind = Literal["name", "role", "pronoun", "group", "organization", "other"]
Gender = Literal["m", "f"]
ClauseKind = Literal["main", "complement", "relative", "adverbial", "parenthetical"]
Tense = Literal["past", "present", "future"]
# The dashes that set a stretch off ("Lund — who led the rescue — said"), as tokens: news
# typed on a keyboard writes the em dash as two hyphens.
DASHES = frozenset({"\u2014", "\u2013", "--"})
# How a possessor ends: "Peru's", "the ministries'", "Lund’s" (``str.endswith`` takes it).
POSSESSIVE_ENDS = ("'", "\u2019", "'s", "\u2019s")


def without_apostrophe_s(word: str) -> str:
    """``word`` without a final "'s" or "’s": what ``['’]s$`` removes from a word (no line break).

    >>> without_apostrophe_s("Lund's"), without_apostrophe_s("rebels'")
    ('Lund', "rebels'")
    """
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


class Word(NamedTuple):
    """One token with its word class and lemma (the lemma is case-folded).

    A named tuple rather than a dataclass: a document makes one per token, and a tuple is
    made several times faster than a frozen dataclass.
    """

    start: int
    end: int
    text: str
    tag: Tag
    lemma: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase: ``words[first:last + 1]``, its head, and what it names.

    ``name`` is the proper name inside it without titles ("Hamid al-Rashidi" in "Dr. Hamid
    al-Rashidi, spokesman for the Interior Ministry"); ``title`` the title or role
    ("spokesman for the Interior Ministry"); ``acronym`` a parenthetical short name ("NECA");
    ``owner`` the possessor's phrase in "the ministry's count"; ``conjuncts`` the coordinated
    phrases of "Chile and Argentina" (empty when not coordinated); ``gender`` and ``plural``
    where the words say so.
    """

    span: Span
    text: str
    first: int
    last: int
    head: int
    kind: PhraseKind
    name: str | None = None
    title: str | None = None
    acronym: str | None = None
    possessive: bool = False
    owner: Phrase | None = None
    conjuncts: tuple[Phrase, ...] = ()
    gender: Gender | None = None
    plural: bool = False


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """Auxiliaries, adverbs and a main verb: "has not yet said", "will be asked", "told"."""

    span: Span
    text: str
    first: int
    last: int
    head: int
    lemma: str
    negated: bool = False
    modal: str | None = None
    tense: Tense = "past"
    passive: bool = False
    # A particle or preposition that belongs to the verb: "point out", "call for".
    particle: str | None = None


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause: its verb group, subject, objects and what it governs.

    ``content`` is the reported clause or quotation the verb governs ("the toll would rise" in
    "the governor said the toll would rise"), ``parent`` the index of the clause this one
    depends on (None for a main clause), ``shares_subject`` true when a coordinated predicate
    takes its subject from the clause before ("toured the site and said ...").
    """

    span: Span
    kind: ClauseKind
    verb: VerbGroup | None
    subject: Phrase | None = None
    objects: tuple[Phrase, ...] = ()
    content: Span | None = None
    parent: int | None = None
    shares_subject: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: its span with the marks, and whether it opens or closes here."""

    span: Span
    opens: bool = True
    closes: bool = True


@dataclass(frozen=True, slots=True)
class SentenceParse:
    """A sentence as every reader sees it."""

    span: Span
    text: str
    words: tuple[Word, ...]
    phrases: tuple[Phrase, ...] = ()
    verbs: tuple[VerbGroup, ...] = ()
    clauses: tuple[Clause, ...] = ()
    quotes: tuple[Quote, ...] = ()
    parser: str = "claimtrack"
    _phrase_at: dict[int, Phrase] = field(default_factory=dict, repr=False, compare=False)

    def phrase_at(self, word: int) -> Phrase | None:
        """The noun phrase that holds word ``word``, if any."""
        if not self._phrase_at and self.phrases:
            for phrase in self.phrases:
                for k in range(phrase.first, phrase.last + 1):
                    self._phrase_at.setdefault(k, phrase)
        return self._phrase_at.get(word)


def subject_nouns(parse: SentenceParse | None) -> frozenset[int]:
    """The starts of the nouns inside the subjects of the clauses of ``parse``.

    A word spelled as a noun and a verb ("calls", "support") is a noun there, whichever tag
    the parser gave it: "calls" in "Lund said calls for a truce were naive" (none without a
    parse).
    """
    if parse is None:
        return frozenset()
    words = parse.words
    subjects = {c.subject for c in parse.clauses if c.subject is not None}
    return frozenset(
        w.start for p in subjects for w in words[p.first : p.last + 1] if w.tag in ("NOUN", "VERB")
    )
