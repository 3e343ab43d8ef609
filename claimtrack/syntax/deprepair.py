"""Mend the mistakes a small statistical parser makes that its own tree gives away.

spaCy's small English pipeline tags and attaches each word from its context, and on news it
makes a few mistakes whose signs are in the tree itself. Each repair here reads a contradiction
between two of its outputs and keeps the one the rest of the tree supports:

- a word that the parse makes a subject, object or possessor is a noun, whatever its tag ("Ruiz"
  tagged as a verb or an adjective in "Ruiz subsequently defended the plan"); a capitalised word
  inside a named entity is a proper noun ("Falk" tagged as a common noun);
- a noun compound to the left of a verb is that verb's subject ('"...," Ruiz notes.': the
  parser joins "Ruiz notes" as a noun compound but still makes "notes" the verb);
- a sentence whose root is a noun that is a known verb form and governs a clause or an object
  is a sentence about its subject ("Ruiz predicts that ...": "predicts" tagged as a plural noun);
- a sentence whose only verb modifies its root noun has that noun for its subject ("The mayor
  boasted of the dam": the parser reads "boasted" as a participle after "mayor").

Nothing here imports spaCy; the tree is :class:`.deptree.Tree`.
"""

from __future__ import annotations

from .deptree import Tree
from .structure import Tag, Word
from .words import WordClasses

# Labels of the words that a parse makes nouns: subjects, objects, possessors.
_NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss"})
# Tags that a word in a noun's role cannot have.
_NOT_NOMINAL = frozenset({"VERB", "ADJ", "ADV", "X"})
# Named entities whose capitalised words are names.
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_VERB_TAGS = frozenset({"VERB", "AUX"})
# Penn tags of a finite verb, which has a subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_ANY_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
# What shows a noun root to be a verb: a clause, an object, a clause marker after it.
_VERB_KIDS = frozenset({"ccomp", "xcomp", "dobj", "mark"})


class _Draft:
    """A tree's parts as lists, to be changed and frozen again."""

    def __init__(self, tree: Tree) -> None:
        self.words = list(tree.words)
        self.fine = list(tree.fine)
        self.deps = list(tree.deps)
        self.heads = list(tree.heads)
        self.ents = tree.ents
        self.changed = False

    def retag(self, k: int, tag: Tag, fine: str, lemma: str | None = None) -> None:
        word = self.words[k]
        self.words[k] = word._replace(tag=tag, lemma=lemma or word.lemma)
        self.fine[k] = fine
        self.changed = True

    def attach(self, k: int, head: int, dep: str) -> None:
        self.heads[k] = head
        self.deps[k] = dep
        self.changed = True

    def kids(self, h: int) -> list[int]:
        return [k for k, up in enumerate(self.heads) if up == h]

    def tree(self, original: Tree) -> Tree:
        if not self.changed:
            return original
        words, fine, deps = tuple(self.words), tuple(self.fine), tuple(self.deps)
        return Tree(words, fine, deps, tuple(self.heads), self.ents)


def repair(tree: Tree, classes: WordClasses) -> Tree:
    """``tree`` with the contradictions above resolved (the same tree when there are none)."""
    draft = _Draft(tree)
    _nominal_tags(draft)
    _noun_root_verb(draft, classes)
    _verbs_read_as_adjectives(draft, classes)
    _compound_subjects(draft)
    _apposition_subjects(draft)
    _object_as_clause_subject(draft)
    _predicate_of_root_noun(draft)
    return draft.tree(tree)


def _nominal_tags(draft: _Draft) -> None:
    """A word in a noun's role is a noun; a capitalised word in a named entity is a name."""
    named = [False] * len(draft.words)
    for first, last, label in draft.ents:
        if label in _NAMED:
            for k in range(first, last + 1):
                named[k] = True
    for k, w in enumerate(draft.words):
        capital = w.text[:1].isupper()
        if named[k] and capital and w.tag in ("NOUN", *_NOT_NOMINAL):
            draft.retag(k, "PROPN", "NNP")
        elif draft.deps[k] in _NOMINAL_ROLES and w.tag in _NOT_NOMINAL:
            proper = capital and k > 0 and not _opens(draft.words, k)
            draft.retag(k, "PROPN" if proper else "NOUN", "NNP" if proper else "NN")


def _opens(words: list[Word], k: int) -> bool:
    """Whether word ``k`` opens the sentence or a quotation, where any word is capitalised."""
    j = k - 1
    while j >= 0 and words[j].tag == "PUNCT" and words[j].text not in (",", ";", ":"):
        j -= 1
    return j < 0


def _compound_subjects(draft: _Draft) -> None:
    """A noun compound on a verb to its left is the verb's subject: '"...," Ruiz notes'."""
    for h, w in enumerate(draft.words):
        if w.tag not in _VERB_TAGS:
            continue
        kids = draft.kids(h)
        if any(draft.deps[c] in ("nsubj", "nsubjpass", "expl", "csubj") for c in kids):
            continue
        left = [c for c in kids if c < h and draft.deps[c] == "compound"]
        if left and draft.words[left[-1]].tag in ("NOUN", "PROPN"):
            draft.attach(left[-1], h, "nsubj")


def _verbs_read_as_adjectives(draft: _Draft, classes: WordClasses) -> None:
    """A past-tense verb read as an adjective before its object is the verb it is.

    "Ek, the mayor, decried Ruiz's calls": the parser may make "decried" an adjective of
    "calls" and leave the sentence a noun, rooted at "Ek"; or give the next verb two subjects
    ("He implied prices were high": "He" and "prices" both subjects of "were"). The past form
    of a reporting verb the lexicon lists, after the subject, is the verb.
    """
    for w in range(1, len(draft.words)):
        n = draft.heads[w]
        if draft.deps[w] != "amod" or n <= w or draft.fine[w] not in ("VBD", "JJ", "VBN"):
            continue
        forms = [f for f in classes.verbs.get(draft.words[w].text.casefold(), ()) if f.klass]
        if not any(f.form == "past" for f in forms):
            continue
        root = next((h for h, up in enumerate(draft.heads) if up < 0), -1)
        before = w - 1
        while before > 0 and draft.words[before].text == ",":
            before -= 1
        if draft.words[before].tag in _VERB_TAGS:
            continue
        if 0 <= root < w and draft.words[root].tag in ("NOUN", "PROPN"):
            obj = n
            while draft.deps[obj] in ("poss", "compound", "nmod") and draft.heads[obj] > obj:
                obj = draft.heads[obj]  # "decried Ruiz's calls": the calls
            _verb_after_noun_root(draft, root, w, obj, forms[0].lemma)
            return
        up = draft.heads[n]
        if draft.deps[n] != "nsubj" or up < 0 or draft.words[up].tag not in _VERB_TAGS:
            continue
        kids = draft.kids(up) + draft.kids(w)
        subjects = [c for c in kids if draft.deps[c] == "nsubj" and c < w]
        if subjects:
            _verb_over_clause(draft, up, subjects[-1], w, forms[0].lemma)
            return


def _verb_after_noun_root(draft: _Draft, root: int, w: int, obj: int, lemma: str) -> None:
    """'Ek, the mayor, decried the calls': the noun root is the subject of the verb."""
    draft.retag(w, "VERB", "VBD", lemma)
    draft.attach(w, -1, "ROOT")
    for c in draft.kids(root):
        if c > w:  # "..., saying ...": the verb's, not the noun's
            draft.attach(c, w, "advcl" if draft.deps[c] == "acl" else draft.deps[c])
    draft.attach(root, w, "nsubj")
    if draft.heads[obj] == w:
        draft.attach(obj, w, "dobj")


def _verb_over_clause(draft: _Draft, verb: int, subject: int, w: int, lemma: str) -> None:
    """'He implied prices were high': the clause after the verb is what it governs."""
    draft.retag(w, "VERB", "VBD", lemma)
    up = draft.heads[verb]
    draft.attach(w, up, draft.deps[verb] if up >= 0 else "ROOT")
    last = len(draft.words) - 1
    for c in draft.kids(verb):
        if (c < w and c != subject) or (c == last and draft.deps[c] == "punct"):
            draft.attach(c, w, draft.deps[c])  # "In March, he implied ...", the full stop
    draft.attach(subject, w, "nsubj")
    draft.attach(verb, w, "ccomp")


def _apposition_subjects(draft: _Draft) -> None:
    """A name set off by a comma right before a verb without a subject is its subject.

    "On the trail with his wife, former president Ek said ...": the parser hangs "Ek" on
    "wife" as an apposition and leaves "said" without a subject. Of the appositions that end
    just before the verb, the outermost one that a comma opens.
    """
    words = draft.words
    for h, w in enumerate(words):
        if w.tag not in _VERB_TAGS or draft.fine[h] not in _FINITE or draft.deps[h] == "aux":
            continue
        kids = draft.kids(h)
        if any(draft.deps[c] in _ANY_SUBJECT for c in kids):
            continue
        b = h - 1
        while b >= 0 and words[b].text in (",", "\u2014", "\u2013"):
            b -= 1
        found = None
        k, steps = b, 0
        while k >= 0 and k != h and steps < 64:
            first = _left_edge(draft, k)
            if draft.deps[k] == "appos" and first > 0 and words[first - 1].text == ",":
                last = _right_edge(draft, k)
                while last > k and words[last].text == ",":
                    last -= 1  # "Ana Ruiz, a spokeswoman in Kell," said
                if last == b and words[k].tag in ("NOUN", "PROPN"):
                    found = k
            k = draft.heads[k]
            steps += 1
        if found is not None and k == h:
            draft.attach(found, h, "nsubj")


def _object_as_clause_subject(draft: _Draft) -> None:
    """An object right before a finite clause without a subject is that clause's subject.

    "He implied prices were high": the parser may make "prices" the object of "implied" and
    "were high" a clause of its own with no subject; a finite verb has one.
    """
    for c, verb in enumerate(draft.heads):
        if draft.deps[c] != "ccomp" or verb < 0 or draft.fine[c] not in _FINITE:
            continue
        kids = draft.kids(c)
        if any(draft.deps[k] in _ANY_SUBJECT for k in kids):
            continue
        first = _left_edge(draft, c)
        obj = next((k for k in draft.kids(verb) if draft.deps[k] == "dobj" and k < c), None)
        if obj is not None and verb < obj and _right_edge(draft, obj) == first - 1:
            draft.attach(obj, c, "nsubj")


def _left_edge(draft: _Draft, k: int) -> int:
    kids = draft.kids(k)
    return _left_edge(draft, kids[0]) if kids and kids[0] < k else k


def _right_edge(draft: _Draft, k: int) -> int:
    kids = draft.kids(k)
    return _right_edge(draft, kids[-1]) if kids and kids[-1] > k else k


def _noun_root_verb(draft: _Draft, classes: WordClasses) -> None:
    """A root noun that is a verb's third-person form and governs a clause is that verb.

    "Ruiz predicts that the dam will hold": "predicts" tagged as a plural noun with "Ruiz" as
    its compound; it is the verb, and "Ruiz" its subject.
    """
    for h, w in enumerate(draft.words):
        if draft.heads[h] >= 0 or w.tag != "NOUN" or draft.fine[h] != "NNS":
            continue
        forms = [f for f in classes.verbs.get(w.text.casefold(), ()) if f.form == "third"]
        kids = draft.kids(h)
        after = [c for c in kids if c > h and draft.deps[c] in _VERB_KIDS]
        before = [c for c in kids if c < h and draft.deps[c] in ("compound", "nsubj", "amod")]
        if not forms or not after or not before:
            continue
        draft.retag(h, "VERB", "VBZ", forms[0].lemma)
        subject = before[-1]
        if draft.words[subject].tag in ("NOUN", "PROPN", "PRON"):
            draft.attach(subject, h, "nsubj")
        for c in before[:-1]:
            if draft.deps[c] == "compound" and draft.words[c].tag in ("NOUN", "PROPN"):
                draft.attach(c, subject, "compound")  # "Mayor Ruiz predicts"


def _predicate_of_root_noun(draft: _Draft) -> None:
    """A root noun with a verb after it as its only clause is that verb's subject.

    "The mayor boasted of the dam": the parser may read "boasted" as a participle modifying
    "mayor" and leave the sentence without a verb; the verb is the predicate.
    """
    roots = [h for h, up in enumerate(draft.heads) if up < 0]
    if len(roots) != 1:
        return
    root = roots[0]
    if draft.words[root].tag not in ("NOUN", "PROPN", "PRON"):
        return
    verbs = [
        c
        for c in draft.kids(root)
        if c > root and draft.deps[c] == "acl" and draft.words[c].tag == "VERB"
    ]
    if len(verbs) != 1:
        return
    verb = verbs[0]
    if any(draft.deps[c] in ("nsubj", "nsubjpass") for c in draft.kids(verb)):
        return
    draft.attach(verb, -1, "ROOT")
    draft.attach(root, verb, "nsubj")
    for c in draft.kids(root):
        if c > verb and draft.deps[c] == "punct":
            draft.attach(c, verb, "punct")  # the full stop goes with the verb
