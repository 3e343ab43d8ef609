"""A labelled dependency tree of one sentence, and the noun phrases read from it.

The tree is one sentence's tokens with a head and a label each, in the labels of spaCy's English
pipelines (ClearNLP style: ``nsubj``, ``nsubjpass``, ``ccomp``, ``xcomp``, ``relcl``, ``advcl``,
``parataxis``, ``conj``, ``appos``, ``poss``, ``prt``, ``neg``, ``aux``, ``auxpass``) and the
named entities found in it. Nothing here imports spaCy: :mod:`.spacy` turns a parsed ``Doc``
into :class:`Tree` objects, one per sentence of claimtrack's own splitter, and
:mod:`.depclauses` reads them with the lexicon's word classes, so both parsers give phrases of
the same kinds.

A noun phrase is a nominal head with its left modifiers, a parenthetical acronym, a title's
complement ("spokesman for the Interior Ministry") and the rest of a named entity that holds the
head ("Ministry of Health"); a noun possessor is a phrase of its own, the owner ("Peru's" in
"Peru's civil defence institute"); "A and B" of like sources is one phrase with conjuncts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import regex

from ..model import cut
from .coordination import titles_of_one
from .names import given_gender, named_after
from .structure import Phrase, PhraseKind, Word
from .words import WordClasses

Gender = Literal["m", "f"] | None
# Word classes that head a noun phrase.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Where a number stands for a phrase of its own: "said 12 (were killed)", "rose to 40".
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative"})
# Nominals that are parts of a bigger phrase, never a phrase's head.
_INNER = frozenset({"compound", "nmod", "amod", "nummod", "quantmod", "det", "case", "flat"})
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&.\-]*|[DRI]-[\p{L}.]+")
_POSSESSIVE = regex.compile(r"['\u2019]s?$")
_SOURCES = frozenset({"name", "role", "organization", "group"})
_PERSONS = frozenset({"PERSON"})
_BODIES = frozenset({"ORG", "GPE", "NORP", "FAC"})


@dataclass(frozen=True, slots=True)
class Tree:
    """One sentence's dependency tree: words, Penn tags, labels, heads (-1: root), entities."""

    words: tuple[Word, ...]
    fine: tuple[str, ...]
    deps: tuple[str, ...]
    heads: tuple[int, ...]
    ents: tuple[tuple[int, int, str], ...] = ()

    def kids(self) -> list[list[int]]:
        """Children of each word, in order."""
        out: list[list[int]] = [[] for _ in self.words]
        for k, h in enumerate(self.heads):
            if h >= 0:
                out[h].append(k)
        return out


# Noun phrases ----------------------------------------------------------------------------


def noun_phrases(
    text: str, tree: Tree, kids: list[list[int]], classes: WordClasses
) -> tuple[tuple[Phrase, ...], dict[int, Phrase]]:
    """Base phrases left to right, possessors split off, then coordination folded in."""
    n = len(tree.words)
    taken = [False] * n
    base: dict[int, Phrase] = {}
    for h in range(n):
        if taken[h] or not _is_head(tree, h, classes):
            continue
        first, last, owner = _extent(tree, kids, h, base)
        while first < h and taken[first]:
            first += 1
        head = h
        name = _name_after(tree, kids, h, last)
        if name is not None:
            head = last = name
        last = _title_complement(tree, head, last, classes) or _entity_end(tree, head, last)
        core, acronym = last, None
        paren = _acronym_after(text, tree, last)
        if paren is not None:
            last, acronym = paren
        for k in range(first, last + 1):
            taken[k] = True
        owner_phrase = base.get(owner) if owner is not None else None
        base[h] = _phrase(text, tree, (first, core, last), head, classes, acronym, owner_phrase)
    of_head = dict(base)
    folded = _coordinate(text, tree, kids, base, of_head)
    members = {id(m) for p in folded for m in p.conjuncts}
    out = [p for p in base.values() if id(p) not in members] + folded
    out.sort(key=lambda p: p.first)
    return tuple(out), of_head


def _is_head(tree: Tree, h: int, classes: WordClasses) -> bool:
    w = tree.words[h]
    if w.tag not in _NOMINAL or tree.deps[h] in _INNER:
        return False
    if w.tag == "PRON":
        # Relative and question words stand for a phrase elsewhere: "officials who said".
        return not tree.fine[h].startswith("W") and tree.fine[h] != "PRP$"
    if tree.deps[h] == "poss":
        return True
    up = tree.heads[h]
    if tree.deps[h] == "conj" and up >= 0 and tree.deps[up] in _INNER:
        return False  # "Power" in "Water and Power Authority": a modifier's conjunct
    if 0 <= h < up and tree.words[up].tag not in ("VERB", "AUX"):
        return False  # a modifier inside a bigger phrase: "year" in "81-year-old Ada Ruiz"
    if w.tag == "NUM" and tree.deps[h] not in _CORE:
        return False  # "81" in "81-year-old", "2014" in "Sept. 26, 2014"
    return not (tree.deps[h] == "appos" and _in_parens(tree, h))


def _in_parens(tree: Tree, h: int) -> bool:
    w = tree.words
    return 0 < h < len(w) - 1 and w[h - 1].text == "(" and w[h + 1].text in (")", ".")


def _extent(
    tree: Tree, kids: list[list[int]], h: int, base: dict[int, Phrase]
) -> tuple[int, int, int | None]:
    """First and last word of the phrase headed by ``h`` and its possessor's head, if any.

    The left modifiers are taken from the head outwards; a possessor, a coordinator or a mark
    of punctuation ends them ("WASHINGTON — Sen. Ada Ruiz": the dateline stays out).
    """
    first = h
    owner = None
    for c in reversed([c for c in kids[h] if c < h]):
        dep = tree.deps[c]
        if dep == "poss" and c in base:
            owner = c
            first = right_edge(tree, kids, c) + 1
            break
        if dep in ("cc", "preconj") or (dep == "punct" and tree.words[c].text not in _HYPHENS):
            break
        first = min(first, left_edge(tree, kids, c))
    while first < h and tree.words[first].tag == "PUNCT":
        first += 1
    last = h
    if h + 1 < len(tree.words) and tree.heads[h + 1] == h and tree.deps[h + 1] == "case":
        last = h + 1  # "Peru's": the possessive ending belongs to the possessor
    return first, last, owner


def _name_after(tree: Tree, kids: list[list[int]], h: int, last: int) -> int | None:
    """A name in apposition right after a title: "the Post columnist Ruth Marcus"."""
    words = tree.words
    if words[h].tag != "NOUN":
        return None
    for c in kids[h]:
        if c > last and tree.deps[c] == "appos" and words[c].tag == "PROPN":
            if left_edge(tree, kids, c) == last + 1:
                return c
    return None


def left_edge(tree: Tree, kids: list[list[int]], k: int) -> int:
    """The first word under ``k`` (spaCy's trees are projective: its leftmost descendant)."""
    while kids[k] and kids[k][0] < k:
        k = kids[k][0]
    return k


def right_edge(tree: Tree, kids: list[list[int]], k: int) -> int:
    """The last word under ``k``."""
    while kids[k] and kids[k][-1] > k:
        k = kids[k][-1]
    return k


def _acronym_after(text: str, tree: Tree, last: int) -> tuple[int, str] | None:
    """A parenthetical short name after the head: "the Agency (NECA)", "Tester (D-Mont.)"."""
    words = tree.words
    if last + 2 >= len(words) or words[last + 1].text != "(":
        return None
    close = next((j for j in range(last + 2, min(last + 9, len(words))) if words[j].text == ")"), 0)
    if not close:
        return None
    inner = text[words[last + 2].start : words[close - 1].end]
    return (close, inner) if _ACRONYM.fullmatch(inner) else None


def _entity_end(tree: Tree, h: int, last: int) -> int:
    """Stretch to the end of a named entity that holds the head: "Ministry of Health"."""
    for first, end, label in tree.ents:
        if first <= h <= end and label in _BODIES | _PERSONS and end > last:
            return end
    return last


def _phrase(
    text: str,
    tree: Tree,
    extent: tuple[int, int, int],
    h: int,
    classes: WordClasses,
    acronym: str | None,
    owner: Phrase | None,
) -> Phrase:
    """The phrase ``words[first:last + 1]`` with head ``h``, read for its kind and name.

    ``extent`` is (first, core, last): the words up to ``core`` are read for the kind and the
    name; after it comes a parenthetical acronym.
    """
    words = tree.words
    first, core, last = extent
    if words[h].tag == "PRON":
        low = words[h].lemma
        gender = _gender(low, classes, None)
        span, said = cut(text, words[first].start, words[last].end)
        plural = low in ("they", "them", "we", "us")
        kind: PhraseKind = "pronoun" if low in classes.pronouns else "other"
        return Phrase(span, said, first, last, h, kind, name=said, gender=gender, plural=plural)
    kind, name, title = _kind(text, tree, first, core, h, classes)
    gender = None
    for w in words[first : core + 1]:
        gender = _gender(w.text.casefold(), classes, gender)
    if gender is None and kind == "name":
        gender = given_gender(name, classes)  # "Ana Ruiz": nothing else says it
    possessive = tree.deps[h] == "poss" and bool(_POSSESSIVE.search(words[last].text))
    span, said = cut(text, words[first].start, words[last].end)
    return Phrase(
        span, said, first, last, h, kind, name=name, title=title, acronym=acronym,
        possessive=possessive, owner=owner, gender=gender,
        plural=tree.fine[h] in ("NNS", "NNPS"),
    )  # fmt: skip


def _gender(low: str, classes: WordClasses, default: Gender) -> Gender:
    return "m" if low in classes.male else "f" if low in classes.female else default


def _title_complement(tree: Tree, h: int, last: int, classes: WordClasses) -> int | None:
    """The end of a title's complement: "spokesman for the ministry", "envoy to the country"."""
    words = tree.words
    if last != h or h + 2 >= len(words) or words[h].text.casefold() not in classes.titles:
        return None
    prep = h + 1
    if tree.heads[prep] != h or words[prep].text.casefold() not in ("of", "for", "to"):
        return None
    end = prep
    for k in range(prep + 1, len(words)):
        if (words[k].tag == "PUNCT" and words[k].text not in _HYPHENS) or tree.deps[k] in (
            "relcl",
            "acl",
            "cc",
            "conj",
        ):
            break
        if not under(tree, k, prep):
            break
        end = k
    return end if end > prep else None


def under(tree: Tree, k: int, top: int) -> bool:
    """Whether word ``k`` is in the subtree of word ``top``."""
    steps = 0
    while k >= 0 and steps < 64:
        if k == top:
            return True
        k = tree.heads[k]
        steps += 1
    return False


def _kind(
    text: str, tree: Tree, first: int, last: int, h: int, classes: WordClasses
) -> tuple[PhraseKind, str | None, str | None]:
    """Kind, name and title of a phrase, from its entity and the lexicon's word classes."""
    words = tree.words
    head_low = _POSSESSIVE.sub("", words[h].text.casefold())
    label = next((lab for a, b, lab in tree.ents if a <= h <= b), None)
    props = [k for k in range(first, last + 1) if words[k].tag == "PROPN"]
    if not props:
        if head_low in classes.org_heads:
            return "organization", None, None
        if head_low in classes.groups:
            return "group", None, None
        if head_low in classes.titles:
            return "role", None, _said(text, words, first, last)
        return "other", None, None
    end = props[-1]
    start = end
    while start - 1 >= first and (
        words[start - 1].tag == "PROPN"
        or words[start - 1].text.casefold() in classes.particles
        or words[start - 1].text in ("-", "\u2010")
    ):
        start -= 1
    badges = classes.titles | classes.honorifics
    while start < end and words[start].text.casefold() in badges:
        start += 1
    # "Health Minister Ana Ruiz": the name starts after the last title word, as the rule
    # parser reads it
    titled = [k for k in range(start, end) if words[k].text.casefold() in badges]
    if titled:
        start = titled[-1] + 1
    name = _POSSESSIVE.sub("", _said(text, words, start, end))
    title = None
    lead = first + 1 if words[first].tag == "DET" else first
    if start > lead:
        title = _said(text, words, lead, start - 1)
    names = {w.text.casefold() for w in words[start : end + 1]}
    if words[start].text.casefold() in classes.events:
        return "other", None, None  # "Cyclone Idai": an event, as the rule parser reads it
    if h < start and head_low in classes.titles:
        return "role", None, _said(text, words, first, last)
    if h > end and head_low in classes.org_heads:
        # "the Kell ministry": the body's name runs to its head, as the rule parser reads it
        return "organization", _POSSESSIVE.sub("", _said(text, words, start, h)), title
    if label == "ORG" or head_low in classes.org_heads or names & classes.org_heads:
        return "organization", name, title
    if h > end and head_low in classes.titles:
        return "role", name, _said(text, words, first, last)
    if h > end and head_low in classes.groups:
        return "group", name, None
    if label != "PERSON" and name.isupper() and len(name) > 1:
        return "organization", name, title
    if (
        h == end
        and start < h
        and head_low in classes.titles
        and (words[first].tag == "DET" or named_after(words, last + 1))
        and not any(w.text.casefold().rstrip(".") in classes.given for w in words[start:h])
    ):
        return "role", None, _said(text, words, first, last)  # as the rule parser reads it
    return "name", name, title


def _said(text: str, words: Sequence[Word], a: int, b: int) -> str:
    return text[words[a].start : words[b].end]


def _coordinate(
    text: str,
    tree: Tree,
    kids: list[list[int]],
    base: dict[int, Phrase],
    of_head: dict[int, Phrase],
) -> list[Phrase]:
    """Fold "A and B" and "A, B and C" of like phrases into one phrase with conjuncts.

    An apposition may stand between: in "A, spokesman for X, and B said" the parser hangs B on
    the apposition, but the comma before "and" closes the aside and B joins A.
    """
    folded: list[Phrase] = []
    used: set[int] = set()
    for h, first in sorted(base.items()):
        if tree.deps[h] == "conj" or h in used:
            continue
        group = [first]
        keys = [h]
        k = h
        while True:
            nxt, aside = _next_conjunct(tree, kids, k, base)
            if nxt is None or nxt in used or not _joined(tree, group[-1], base[nxt], aside):
                break
            group.append(base[nxt])
            keys.append(nxt)
            k = nxt
        if len(group) < 2 or not all(p.kind in _SOURCES and not p.possessive for p in group):
            continue
        span, said = cut(text, group[0].span[0], group[-1].span[1])
        phrase = titles_of_one(text, tree.words, group) or Phrase(
            span, said, group[0].first, group[-1].last, group[-1].head, group[0].kind,
            conjuncts=tuple(group), plural=True,
        )  # fmt: skip
        folded.append(phrase)
        for key in keys:
            of_head[key] = phrase
            used.add(key)
    return folded


def _next_conjunct(
    tree: Tree, kids: list[list[int]], k: int, base: dict[int, Phrase]
) -> tuple[int | None, Phrase | None]:
    """The next conjunct of ``k``, and the apposition it hangs on, if it hangs on one."""
    for c in kids[k]:
        if tree.deps[c] == "conj" and c in base:
            return c, None
    for a in kids[k]:
        if tree.deps[a] != "appos" or a not in base:
            continue
        for c in kids[a]:
            if tree.deps[c] == "conj" and c in base and _comma_and(tree, base[c].first - 1):
                return c, base[a]
    return None, None


def _comma_and(tree: Tree, k: int) -> bool:
    """Word ``k`` is a coordinator after a comma: ", and"."""
    words = tree.words
    return k > 0 and tree.deps[k] == "cc" and words[k - 1].text == ","


def _joined(tree: Tree, a: Phrase, b: Phrase, aside: Phrase | None = None) -> bool:
    """Only coordinators and punctuation (and the aside, if any) stand between ``a`` and ``b``."""
    between = [
        k for k in range(a.last + 1, b.first) if aside is None or not aside.first <= k <= aside.last
    ]
    return all(tree.deps[k] in ("cc", "punct", "preconj") for k in between) and b.first > a.last
