"""The repairs of a dependency tree's contradictions (claimtrack.syntax.deprepair).

No spaCy here: each tree is written by hand, as spaCy's small English pipeline was seen to parse
such a sentence (with invented names), and the repair is checked against what the rest of the
tree says. Trees without a contradiction come back unchanged.
"""

from __future__ import annotations

from claimtrack import load_lexicon
from claimtrack.syntax.deprepair import repair
from claimtrack.syntax.deptree import Tree
from claimtrack.syntax.structure import Tag, Word
from claimtrack.syntax.words import word_classes

CLASSES = word_classes(load_lexicon())

# (text, coarse tag, Penn tag, label, head) per word; -1 is the root.
Row = tuple[str, Tag, str, str, int]


def _tree(rows: list[Row], ents: tuple[tuple[int, int, str], ...] = ()) -> Tree:
    words, at = [], 0
    for text, tag, _, _, _ in rows:
        words.append(Word(at, at + len(text), text, tag, text.casefold()))
        at += len(text) + 1
    return Tree(
        tuple(words),
        tuple(r[2] for r in rows),
        tuple(r[3] for r in rows),
        tuple(r[4] for r in rows),
        ents,
    )


def _read(tree: Tree) -> list[tuple[str, str, str, int]]:
    return [
        (w.text, w.tag, dep, head)
        for w, dep, head in zip(tree.words, tree.deps, tree.heads, strict=True)
    ]


def test_a_word_in_a_nouns_role_is_a_noun():
    # "Ruiz subsequently defended the plan." with the name tagged as a verb.
    rows: list[Row] = [
        ("Ruiz", "VERB", "VB", "nsubj", 2),
        ("subsequently", "ADV", "RB", "advmod", 2),
        ("defended", "VERB", "VBD", "ROOT", -1),
        ("the", "DET", "DT", "det", 4),
        ("plan", "NOUN", "NN", "dobj", 2),
        (".", "PUNCT", ".", "punct", 2),
    ]
    fixed = repair(_tree(rows), CLASSES)
    assert fixed.words[0].tag == "NOUN"  # a capital opening the sentence proves no name
    assert [w.tag for w in fixed.words[1:]] == ["ADV", "VERB", "DET", "NOUN", "PUNCT"]
    # inside a person's name, the capital does: a proper noun
    named = repair(_tree(rows, ((0, 0, "PERSON"),)), CLASSES)
    assert (named.words[0].tag, named.fine[0]) == ("PROPN", "NNP")
    # an adjective as the object of a preposition: "worked with Dunmore" tagged ADJ
    rows = [
        ("Ana", "PROPN", "NNP", "nsubj", 1),
        ("worked", "VERB", "VBD", "ROOT", -1),
        ("with", "ADP", "IN", "prep", 1),
        ("Dunmore", "ADJ", "JJ", "pobj", 2),
    ]
    assert repair(_tree(rows), CLASSES).words[3].tag == "PROPN"


def test_a_compound_before_a_verb_is_its_subject():
    # '"...," Ruiz notes.': "Ruiz" hung on the verb as a noun compound.
    rows: list[Row] = [
        ("Ruiz", "PROPN", "NNP", "compound", 1),
        ("notes", "VERB", "VBZ", "ROOT", -1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    assert _read(repair(_tree(rows), CLASSES))[0] == ("Ruiz", "PROPN", "nsubj", 1)
    # a verb with a subject of its own keeps it: the compound stays what it was
    rows = [
        ("Ruiz", "PROPN", "NNP", "compound", 1),
        ("Ek", "PROPN", "NNP", "nsubj", 2),
        ("notes", "VERB", "VBZ", "ROOT", -1),
    ]
    tree = _tree(rows)
    assert repair(tree, CLASSES) is tree


def test_a_noun_root_that_is_a_verb_form_governing_a_clause_is_the_verb():
    # "Ruiz predicts that the dam will hold": "predicts" tagged as a plural noun.
    rows: list[Row] = [
        ("Ruiz", "NOUN", "NN", "compound", 1),
        ("predicts", "NOUN", "NNS", "ROOT", -1),
        ("that", "SCONJ", "IN", "mark", 6),
        ("the", "DET", "DT", "det", 4),
        ("dam", "NOUN", "NN", "nsubj", 6),
        ("will", "AUX", "MD", "aux", 6),
        ("hold", "VERB", "VB", "ccomp", 1),
    ]
    fixed = repair(_tree(rows), CLASSES)
    assert (fixed.words[1].tag, fixed.fine[1], fixed.words[1].lemma) == ("VERB", "VBZ", "predict")
    assert (fixed.deps[0], fixed.heads[0]) == ("nsubj", 1)
    # "Reports that the dam held": a noun that governs a clause with nothing before it is a
    # noun ("reports" is a verb form too, but nothing names who would report)
    rows = [
        ("Reports", "NOUN", "NNS", "ROOT", -1),
        ("that", "SCONJ", "IN", "mark", 3),
        ("dam", "NOUN", "NN", "nsubj", 3),
        ("held", "VERB", "VBD", "acl", 0),
    ]
    tree = _tree(rows)
    assert repair(tree, CLASSES).words[0].tag == "NOUN"
    # "the mayor's plans for the dam": no clause, no verb
    rows = [
        ("Ruiz", "PROPN", "NNP", "compound", 1),
        ("plans", "NOUN", "NNS", "ROOT", -1),
        ("for", "ADP", "IN", "prep", 1),
        ("dams", "NOUN", "NNS", "pobj", 2),
    ]
    tree = _tree(rows)
    assert repair(tree, CLASSES) is tree


def test_a_sentence_whose_only_verb_modifies_its_root_noun():
    # "The mayor boasted of the dam." read as a noun with a participle after it.
    rows: list[Row] = [
        ("The", "DET", "DT", "det", 1),
        ("mayor", "NOUN", "NN", "ROOT", -1),
        ("boasted", "VERB", "VBN", "acl", 1),
        ("of", "ADP", "IN", "prep", 2),
        ("the", "DET", "DT", "det", 5),
        ("dam", "NOUN", "NN", "pobj", 3),
        (".", "PUNCT", ".", "punct", 1),
    ]
    fixed = repair(_tree(rows), CLASSES)
    assert [(d, h) for d, h in zip(fixed.deps, fixed.heads, strict=True)][1:3] == [
        ("nsubj", 2),
        ("ROOT", -1),
    ]
    assert fixed.heads[6] == 2  # the full stop goes with the verb
    # a relative clause is no predicate: "Officials who arrived on Monday."
    rows = [
        ("Officials", "NOUN", "NNS", "ROOT", -1),
        ("who", "PRON", "WP", "nsubj", 2),
        ("arrived", "VERB", "VBD", "relcl", 0),
    ]
    tree = _tree(rows)
    assert repair(tree, CLASSES) is tree
    # a sentence with a verb for its root is left alone: "Crews cleared roads damaged by rain."
    rows = [
        ("Crews", "NOUN", "NNS", "nsubj", 1),
        ("cleared", "VERB", "VBD", "ROOT", -1),
        ("roads", "NOUN", "NNS", "dobj", 1),
        ("damaged", "VERB", "VBN", "acl", 2),
    ]
    tree = _tree(rows)
    assert repair(tree, CLASSES) is tree
