"""Word classes that the words around decide: "well", "above", "as well as", "the plan".

Invented sentences; each row: the text, a word of it, and the class the tagger gives it there.
"""

from __future__ import annotations

import pytest

from claimtrack.lexicon import load_lexicon
from claimtrack.syntax import RuleParser


def tag_of(text: str, word: str) -> list[str]:
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    return [w.tag for w in parse.words if w.text == word]


@pytest.mark.parametrize(
    ("text", "word", "tags"),
    [
        # a degree adverb before a preposition or an adjective
        ("Forty died, well above the nine first reported.", "well", ["ADV"]),
        ("The toll is well over 300.", "well", ["ADV"]),
        # a noun after a determiner or a modifier
        ("The well in Orsk was dry.", "well", ["NOUN"]),
        ("An oil well near Tarn exploded.", "well", ["NOUN"]),
        # a preposition with an object, an adverb without one
        ("Forty died, well above the nine first reported.", "above", ["ADP"]),
        ("As I mentioned above, Lind won.", "above", ["ADV"]),
        # "as well as" joins like "and"; "as well as expected" compares
        ("The Red Crescent as well as local officials said 40 died.", "well", ["CCONJ"]),
        ("The team did as well as expected.", "well", ["ADV"]),
        # a verb's plain form after an article or a possessive, before a mark or a verb
        ("The paradox of the plan, says Ana Lind, is its cost.", "plan", ["NOUN"]),
        ("Sources close to her campaign say she backs it.", "campaign", ["NOUN"]),
        ("They plan to campaign in Orsk.", "campaign", ["VERB"]),
        # "as well" alone is an adverb
        ("Police as well said 14 people had drowned.", "well", ["ADV"]),
    ],
)
def test_the_class_in_context(text: str, word: str, tags: list[str]) -> None:
    assert tag_of(text, word) == tags
