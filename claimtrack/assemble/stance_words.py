"""The stance word lists as lookups: each topic phrase's topic, each cue's polarity.

``topics.toml`` names each topic by its phrases ("resume the offensive"), the bare words that
refer back to one ("the truce"), the verbs that recast one ("extend") and the acts that support
it; ``polarity.toml`` gives each cue's polarity. A cue's "the" also stands for an actor's own
determiner: "resume its offensive", "their ground offensive".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

import regex

from ..find.inflect import irregular_forms, verb_forms
from ..find.phrases import Hit, PhraseTable, WordIndex
from ..lexicon import Lexicon
from ..model import Polarity, Span
from ..syntax.words import word_classes
from ..text.patterns import lazy

_ASCII_WORD = re.compile(r"[a-z0-9]+")


def topic_words(
    lex: Lexicon,
) -> tuple[dict[str, str], dict[str, set[str]], dict[str, str], set[str]]:
    """Each topic phrase's topic, each bare word's families, each recasting cue's topic, acts."""
    topic_of: dict[str, str] = {}
    family_of: dict[str, set[str]] = {}
    recast_by: dict[str, str] = {}
    acts: set[str] = set()
    verbs = [v.casefold() for v in lex.polarity.halting if " " not in v]
    irregular = irregular_forms(lex)
    for topic, terms in lex.topics.items():
        cues, stop_acts = stopping_phrases(terms.stopped, verbs, irregular)
        for cue in (*terms.cues, *cues):
            for form in _determined(cue.casefold()):
                topic_of.setdefault(form, topic)
        for word in terms.refers_back:
            family_of.setdefault(word.casefold(), set()).add(topic)
        for cue in terms.recasts:
            recast_by.setdefault(cue.casefold(), topic)
        for act in (*(a.casefold() for a in terms.acts), *stop_acts):
            for form in _determined(act):
                topic_of.setdefault(form, topic)
                acts.add(form)
    return topic_of, family_of, recast_by, acts


def stopping_phrases(
    nouns: Iterable[str], verbs: Iterable[str], irregular: dict[str, tuple[str, ...]]
) -> tuple[list[str], list[str]]:
    """The wordings of stopping each noun: cues and acts.

    Cues need a position to be taken on them: "called for the fighting to stop", "wanted the
    fighting halted", "urged an end to the fighting". Acts state one: "would stop the
    fighting", "end hostilities".
    """
    cues: list[str] = []
    acts: list[str] = []
    for verb in verbs:
        base, _, past, *_ = (*verb_forms(verb, irregular), "", "", "")
        for noun in (n.casefold() for n in nouns):
            for det in ("the ", ""):
                cues += [f"{det}{noun} to {base}", f"{det}{noun} {past}"]
                acts.append(f"{base} {det}{noun}")
                article = "an" if base[:1] in "aeiou" else "a"
                cues.append(f"{article} {base} to {det}{noun}")
    cues += [f"cessation of {det}{n.casefold()}" for n in nouns for det in ("the ", "")]
    return cues, acts


# An actor's own determiner stands where a cue has "the": "resume its offensive".
_OWN = ("its", "their", "his", "her", "our")


def _determined(cue: str) -> list[str]:
    """``cue``, and with "the" inside it as each possessive determiner."""
    words = cue.split(" ")
    if "the" not in words[1:-1]:
        return [cue]
    return [cue] + [" ".join(own if w == "the" else w for w in words) for own in _OWN]


def polarities(lex: Lexicon, acts: Iterable[str]) -> dict[str, Polarity]:
    """Each polarity cue's polarity; an act named as a topic supports it."""
    pol = lex.polarity
    pol_of: dict[str, Polarity] = {}
    order: tuple[Polarity, ...] = ("neutral", "oppose", "support")
    for polarity in order:
        for cue in getattr(pol, polarity):
            pol_of.setdefault(cue.casefold(), polarity)
        for cue in getattr(pol.evaluative, polarity, ()):
            pol_of.setdefault(cue.casefold(), polarity)
    irregular = irregular_forms(lex)
    for polarity in order:  # the listed forms first, then every form of the base forms
        for lemma in getattr(pol.lemmas, polarity, ()):
            for form in verb_forms(lemma.casefold(), irregular):
                pol_of.setdefault(form, polarity)  # "deplored", "calls off"
    for act in (*acts, *(g.casefold() for g in pol.given)):
        pol_of.setdefault(act, "support")  # "said it would halt all military operations"
    return pol_of


def body_heads(lex: Lexicon) -> frozenset[str]:
    """The nouns a topic word may only modify: bodies, groups of people, titles ("aid group")."""
    rep = lex.reporting
    return frozenset(w.casefold() for w in (*rep.org_heads, *rep.groups, *rep.titles))


def plain_before(lex: Lexicon) -> frozenset[str]:
    """Words before a bare word that leave it bare: closed classes, adjectives, bodies."""
    return frozenset(word_classes(lex).closed) | body_heads(lex)


# A determiner or a possessor, then one lower-case word, right before a bare word.
_KIND_BEFORE = lazy(
    r"(?<![\p{L}])(?:the|this|that|its|their|his|her|our|these|those|[\p{L}\-]+['\u2019]s)"
    r"[^\S\n]++(\p{L}++)[^\S\n]++\Z",
    regex.I,
)


def names_a_kind(text: str, start: int, plain: frozenset[str]) -> bool:
    """Whether a bare word is no noun that refers back: a kind named before it, or a verb.

    A kind: "the rescue operation", "the trade deal", "the gas deal" refer back to no offensive
    or truce named before. An adjective, a participle, a compound or a name leaves the word
    bare: "the latest deal", "the proposed deal", "the three-day operation", "the Doha deal",
    "the army operation". A verb: "the advice we can offer them", "to offer".
    """
    if _VERB_BEFORE.search(text, max(0, start - 12), start):
        return True
    m = _KIND_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    return word.islower() and word not in plain and not word.endswith(("ed", "ing", "ly"))


# A modal, "to" or a subject pronoun right before a word: it is a verb ("we can offer").
_VERB_BEFORE = lazy(
    r"(?<![\p{L}])(?:to|can|could|will|would|shall|should|may|might|must|we|they|you|i)"
    r"[^\S\n]++\Z",
    regex.I,
)


def word_list(terms: list[str]) -> regex.Pattern[str]:
    """A case-blind pattern for any of ``terms`` standing as a whole word or phrase."""
    return lazy(r"(?<![\p{L}\p{N}])\L<cue>(?![\p{L}\p{N}])", cue=terms, flags=regex.I)


def family_patterns(family_of: dict[str, set[str]]) -> dict[str, regex.Pattern[str]]:
    """Each topic family's words, as one word-list pattern."""
    families: dict[str, list[str]] = {}
    for word, owners in family_of.items():
        for family in owners:
            families.setdefault(family, []).append(word)
    return {f: word_list(sorted(ws)) for f, ws in families.items()}


_NEXT_WORD = lazy(r"[^\S\n]++(\p{L}[\p{L}'\u2019\-]*+)")


def modifies_a_body(text: str, hit: Hit, heads: frozenset[str]) -> bool:
    """Whether a topic word only names or describes a body: "Relief Now", "the aid group".

    A capitalised topic word before another capitalised word is part of a name; one before a
    noun of bodies, groups or titles says what kind of body it is ("aid agencies", "relief
    official"). Neither is the thing a stance is about.
    """
    m = _NEXT_WORD.match(text, hit.end())
    if m is None:
        return False
    word = m.group(1)
    return (hit.group()[:1].isupper() and word[:1].isupper()) or word.casefold() in heads


# A topic phrase "X of Y" or "X the Y" with a count or a quantifier before its noun: "the
# release of 12 hostages", "the freeing of all the captives", "to free the 14 hostages".
_COUNTED = r"""(?i)(?<![\p{L}\p{N}])(?P<head>\L<heads>)[^\S\n]++(?:of[^\S\n]++)?
    (?:(?:the|all|remaining|other|more|some|about|nearly|almost|around|at|least|over|another|
    \p{N}[\p{N},.]*+|\L<numbers>)[^\S\n]++){1,4}?(?P<noun>\L<nouns>)(?![\p{L}\p{N}])"""
_OF_PHRASE = lazy(r"(\S+) (?:of (?:the )?|the )(\S+)")


class CountedHit(Hit):
    """A counted topic phrase as written ("release of 12 hostages") and the phrase it counts."""

    __slots__ = ("counts",)

    def __init__(self, start: int, end: int, text: str, counts: str) -> None:
        super().__init__(start, end, text)
        self.counts = counts


def phrase_of(match: Hit) -> str:
    """The topic phrase a hit names: its own text, or the phrase a counted one counts."""
    return match.counts if isinstance(match, CountedHit) else match.group()


class TopicTable:
    """The topic phrases of a lexicon, and the counted forms of its "X of Y" phrases.

    ``find`` returns what :class:`PhraseTable` finds, and each counted phrase it does not
    ("the release of 12 hostages") as a :class:`CountedHit` of the phrase it counts ("release
    of hostages"), so that its topic is that phrase's (:func:`phrase_of`).
    """

    def __init__(
        self, topic_of: dict[str, str], family_of: dict[str, set[str]], numbers: Iterable[str]
    ) -> None:
        self.table = PhraseTable([*topic_of, *(w for w in family_of if w not in topic_of)])
        self.terms = self.table.terms
        self._counted: dict[tuple[str, str], str] = {}
        for cue in topic_of:
            m = _OF_PHRASE.fullmatch(cue)
            if m is not None:
                self._counted.setdefault((m[1], m[2]), cue)
        heads = sorted({h for h, _ in self._counted}) or ["\x00"]
        nouns = sorted({n for _, n in self._counted}) or ["\x00"]
        self._pattern = lazy(_COUNTED, regex.X, heads=heads, nouns=nouns, numbers=list(numbers))
        # A counted phrase's head is a whole word of a document's word index (a space follows
        # it), when every head is ASCII letters and digits: the index lists where they stand.
        self._heads = frozenset(h.lower() for h in heads)
        self._indexed = all(_ASCII_WORD.fullmatch(h) for h in self._heads)

    def find(
        self, text: str, index: WordIndex | None = None, pos: int = 0, endpos: int | None = None
    ) -> list[Hit]:
        """Every topic phrase in ``text[pos:endpos]``, in order (see the class)."""
        hits = self.table.find(text, index, pos, endpos)
        end = len(text) if endpos is None else endpos
        if not self._counted:
            return hits
        starts = [h.start() for h in hits]
        for m in self._counted_matches(text, index, pos, end):
            k = bisect.bisect_left(starts, m.start())
            if k < len(hits) and hits[k].start() < m.end() or k and hits[k - 1].end() > m.start():
                continue  # a phrase found whole ("release of the hostages") stays as it is
            key = (m["head"].casefold(), m["noun"].casefold())
            if key in self._counted:
                hits.insert(k, CountedHit(m.start(), m.end(), m.group(), self._counted[key]))
                starts.insert(k, m.start())
        return hits

    def _counted_matches(
        self, text: str, index: WordIndex | None, pos: int, end: int
    ) -> Iterable[regex.Match[str]]:
        """What ``self._pattern.finditer(text, pos, end)`` finds, tried only at its heads.

        Over a whole text with its index, the pattern is tried where the index has a head (a
        match can start nowhere else, see ``__init__``), matches never overlapping.
        """
        if (
            index is None
            or not self._indexed
            or index.lower is None
            or index.text is not text
            or pos != 0
            or end != len(text)
        ):
            every: Iterable[regex.Match[str]] = self._pattern.finditer(text, pos, end)
            return every
        out: list[regex.Match[str]] = []
        after = 0
        for at in index.starts_of(self._heads):
            if at >= after and (m := self._pattern.match(text, at, end)) is not None:
                out.append(m)
                after = m.end()
        return out


# Objects that stand for a topic named before: "urged them to uphold it", "now backs one".
_PRONOUN_OBJECTS = frozenset({"it", "them", "this", "one"})


def refers_back(tail: list[str]) -> bool:
    """Whether the words after a cue open an object that stands for a topic named before.

    "it", "them", "this", "backs one" (not "one of the plans"), "rejected the idea".
    """
    if not tail:
        return False
    if tail[0] in _RECIPIENTS and tail[1:2] and tail[1] not in _AFTER_OBJECT:
        return False  # "could offer them advice": who gets it, and what they get
    if tail[0] in _PRONOUN_OBJECTS:
        return not (tail[0] == "one" and tail[1:2] == ["of"])
    return tail[1:2] == ["idea"] and tail[0] in ("the", "that")


# Pronouns that may be who receives a thing (a second object after them), and the words that
# may follow a pronoun object with no second object: "will back them to the end", "backs it".
_RECIPIENTS = frozenset(("them", "him", "her", "us", "me", "you"))
_AFTER_OBJECT = frozenset(
    "to and or but in on at for with as if until when because now again too also by from "
    "after before over into under without unless once either".split()
)


# A name as the possessor right before a cue: "Velt's support for the corridor".
_NAMED_OWNER = lazy(
    r"(?<!\w)(?P<name>\p{Lu}[\p{L}.\-]*+(?:[^\S\n]++\p{Lu}[\p{L}.\-]*+){0,3}+)"
    r"['\u2019]s[^\S\n]++\Z"
)


def noun_owner(text: str, cue: Hit, floor: int) -> Span | None:
    """The named possessor of a noun cue, who holds its position: "Velt's support for".

    Its span is the name's, where the holder readers look for a subject.
    """
    found = _NAMED_OWNER.search(text, max(floor, cue.start() - 60), cue.start())
    return found.span("name") if found is not None else None
