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


def test_a_name_set_off_before_a_verb_without_a_subject_is_its_subject():
    # "With his wife, former mayor Ek said ..." with "Ek" hung on "wife" as an apposition.
    rows: list[Row] = [
        ("With", "ADP", "IN", "prep", 7),
        ("his", "PRON", "PRP$", "poss", 2),
        ("wife", "NOUN", "NN", "pobj", 0),
        (",", "PUNCT", ",", "punct", 2),
        ("former", "ADJ", "JJ", "amod", 5),
        ("mayor", "NOUN", "NN", "compound", 6),
        ("Ek", "PROPN", "NNP", "appos", 2),
        ("said", "VERB", "VBD", "ROOT", -1),
        ("it", "PRON", "PRP", "nsubj", 9),
        ("held", "VERB", "VBD", "ccomp", 7),
    ]
    fixed = repair(_tree(rows), CLASSES)
    assert (fixed.deps[6], fixed.heads[6]) == ("nsubj", 7)
    # an apposition no comma opens stays where the parser put it: "with his wife and ..."
    rows[3] = ("and", "CCONJ", "CC", "cc", 2)
    tree = _tree(rows)
    assert repair(tree, CLASSES) is tree
    # a verb with a subject keeps it
    rows[3] = (",", "PUNCT", ",", "punct", 2)
    rows[0] = ("Lund", "PROPN", "NNP", "nsubj", 7)
    rows[2] = ("wife", "NOUN", "NN", "appos", 0)
    tree = _tree(rows)
    assert repair(tree, CLASSES) is tree


def test_a_past_verb_read_as_an_adjective_is_the_verb():
    # "Ek, the mayor, decried Ruiz's plan." rooted at "Ek", "decried" an adjective.
    rows: list[Row] = [
        ("Ek", "PROPN", "NNP", "ROOT", -1),
        (",", "PUNCT", ",", "punct", 0),
        ("the", "DET", "DT", "det", 3),
        ("mayor", "NOUN", "NN", "appos", 0),
        (",", "PUNCT", ",", "punct", 0),
        ("decried", "ADJ", "JJ", "amod", 6),
        ("Ruiz", "PROPN", "NNP", "poss", 8),
        ("'s", "PART", "POS", "case", 6),
        ("plan", "NOUN", "NN", "appos", 0),
        (".", "PUNCT", ".", "punct", 0),
    ]
    fixed = repair(_tree(rows), CLASSES)
    assert (fixed.words[5].tag, fixed.words[5].lemma, fixed.heads[5]) == ("VERB", "decry", -1)
    assert [(fixed.deps[k], fixed.heads[k]) for k in (0, 8, 9)] == [
        ("nsubj", 5),
        ("dobj", 5),
        ("punct", 5),
    ]
    # "He implied prices were high." with "He" and "prices" both on "were"
    rows = [
        ("He", "PRON", "PRP", "nsubj", 3),
        ("implied", "VERB", "VBD", "amod", 2),
        ("prices", "NOUN", "NNS", "nsubj", 3),
        ("were", "AUX", "VBD", "ROOT", -1),
        ("high", "ADJ", "JJ", "acomp", 3),
        (".", "PUNCT", ".", "punct", 3),
    ]
    fixed = repair(_tree(rows), CLASSES)
    assert [(d, h) for d, h in zip(fixed.deps, fixed.heads, strict=True)] == [
        ("nsubj", 1),
        ("ROOT", -1),
        ("nsubj", 3),
        ("ccomp", 1),
        ("acomp", 3),
        ("punct", 1),
    ]
    # a participle before a subject with no other subject beside it stays an adjective:
    # "The reported remarks were false."
    rows = [
        ("The", "DET", "DT", "det", 2),
        ("reported", "VERB", "VBN", "amod", 2),
        ("remarks", "NOUN", "NNS", "nsubj", 3),
        ("were", "AUX", "VBD", "ROOT", -1),
        ("false", "ADJ", "JJ", "acomp", 3),
    ]
    tree = _tree(rows)
    assert repair(tree, CLASSES) is tree


def test_an_object_before_a_clause_without_a_subject_is_its_subject():
    # "He implied prices were high." read as "implied prices" and a clause "were high".
    rows: list[Row] = [
        ("He", "PRON", "PRP", "nsubj", 1),
        ("implied", "VERB", "VBD", "ROOT", -1),
        ("prices", "NOUN", "NNS", "dobj", 1),
        ("were", "AUX", "VBD", "ccomp", 1),
        ("high", "ADJ", "JJ", "acomp", 3),
    ]
    fixed = repair(_tree(rows), CLASSES)
    assert (fixed.deps[2], fixed.heads[2]) == ("nsubj", 3)
    # an infinitive has no subject of its own: "told Ek to leave" stays
    rows = [
        ("Ruiz", "PROPN", "NNP", "nsubj", 1),
        ("told", "VERB", "VBD", "ROOT", -1),
        ("Ek", "PROPN", "NNP", "dobj", 1),
        ("to", "PART", "TO", "aux", 4),
        ("leave", "VERB", "VB", "ccomp", 1),
    ]
    tree = _tree(rows)
    assert repair(tree, CLASSES) is tree
