"""Pronouns by sex: "he" and "she" refer to the last person the text tells is of that sex.

A person's sex is told by an honorific ("Mrs."), a gendered title ("queen"), a pronoun that
already referred to them, or a given name (``data/names.toml``): "Ana Ruiz met Tomas Lind. He
said" is Lind, though Ruiz is the sentence's subject. Where nothing tells, "he" and "she" still
mean the last person. Every name here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack


def figure_source(text: str) -> str | None:
    """The name of the source of the text's last figure."""
    figures = [c for c in claimtrack.extract(text, published="2024-03-01") if c.kind == "figure"]
    assert figures, text
    who = figures[-1].who
    if who is None:
        return None
    start, end = who.span
    assert text[start:end] == who.text
    return who.name


ROWS = [
    ("Ana Ruiz met Tomas Lind on Monday. He said 12 people had died.", "Tomas Lind"),
    ("Ana Ruiz met Tomas Lind on Monday. She said 12 people had died.", "Ana Ruiz"),
    ("Tomas Lind met Ana Ruiz on Monday. She said 12 people had died.", "Ana Ruiz"),
    ("Tomas Lind thanked Olena Marsh for her help. He said 7 people were missing.", "Tomas Lind"),
    ("Mrs. Varga thanked Peter Holm, the mayor. He said 30 people were hurt.", "Peter Holm"),
    (
        "Governor Maria Lenz visited the camp with Pablo Ortiz. He told reporters that 9 people "
        "had died.",
        "Pablo Ortiz",
    ),
    # nothing tells: the last person, as before
    ("Dr. Kessel met Dr. Varn on Monday. He said 12 people had died.", "Kessel"),
    ("Kim Varn met Tomas Lind on Monday. She said 12 people had died.", "Kim Varn"),
]


@pytest.mark.parametrize(("text", "who"), ROWS)
def test_a_pronoun_refers_to_the_last_person_of_its_sex(text: str, who: str) -> None:
    assert figure_source(text) == who


def test_a_pronoun_tells_the_sex_of_the_person_it_refers_to() -> None:
    text = (
        "Dr. Kessel spoke first. She said 3 people were hurt. "
        "Mayor Tomas Lind arrived later and thanked Dr. Kessel. She said 5 more were missing."
    )
    assert figure_source(text) == "Kessel"


def test_a_place_of_one_word_is_no_woman() -> None:
    # "Georgia" alone is a country; only a name of two words or more tells a sex
    text = "Georgia sent rescuers to Kell. Tomas Lind said 4 people had died there."
    assert figure_source(text) == "Tomas Lind"


def test_an_overlay_can_take_a_name_out() -> None:
    lexicon = claimtrack.load_lexicon().extended({"names": {"neither": ["Tomas", "Ana"]}})
    text = "Ana Ruiz met Tomas Lind on Monday. He said 12 people had died."
    figures = [c for c in claimtrack.extract(text, lexicon=lexicon) if c.kind == "figure"]
    assert figures[0].who is not None
    assert figures[0].who.name == "Ana Ruiz"  # nothing tells either's sex: the last person


def test_he_is_never_the_woman_the_text_named_last() -> None:
    # Lind's sex is not told (and he was only named), Ruiz's is: "he" is not Ruiz
    lexicon = claimtrack.load_lexicon().extended({"names": {"neither": ["Tomas"]}})
    text = "Ana Ruiz met Tomas Lind on Monday. He said 12 people had died."
    figures = [c for c in claimtrack.extract(text, lexicon=lexicon) if c.kind == "figure"]
    assert figures[0].who is None or figures[0].who.name != "Ana Ruiz"
    # a speaker whose sex is not told may be "he"
    text = "Tomas Lind said the dam held. Ana Ruiz agreed. He said 12 people had died."
    figures = [c for c in claimtrack.extract(text, lexicon=lexicon) if c.kind == "figure"]
    assert figures[0].who is not None
    assert figures[0].who.name == "Tomas Lind"
