"""A title in an apposition, its complement whole, for statements and stance holders alike.

"Tomas al-Vell, head of Kestria's Transitional Council, said": the name is the source and the
whole apposition its title, possessor and all, whichever reader (statement or stance) asks.
Every name here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack

ROWS = [
    (
        "Tomas al-Vell, head of Kestria's Transitional Council, said the talks would go on.",
        "Tomas al-Vell",
        "head of Kestria's Transitional Council",
    ),
    (
        "Ana Lund, spokeswoman for the city's fire service, said the blaze was out.",
        "Ana Lund",
        "spokeswoman for the city's fire service",
    ),
    (
        "Omar bin Dey, envoy to the region's rival parties, said the talks would go on.",
        "Omar bin Dey",
        "envoy to the region's rival parties",
    ),
    (
        "Tomas al-Vell, head of the council, said the talks would go on.",
        "Tomas al-Vell",
        "head of the council",
    ),
    # after the verb, the apposition up to the sentence's end
    (
        "The talks would go on, said Tomas al-Vell, the council's deputy head.",
        "Tomas al-Vell",
        "the council's deputy head",
    ),
    (
        '"The talks will go on," said Ana Lund, spokeswoman for the fire service.',
        "Ana Lund",
        "spokeswoman for the fire service",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), ROWS)
def test_the_apposition_is_the_title(text: str, name: str, title: str) -> None:
    (statement,) = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert (statement.who.name, statement.who.title) == (name, title)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas al-Vell, head of Kestria's Transitional Council, said he supports a ceasefire.",
        "Tomas al-Vell, head of the council, said he supports a ceasefire.",
        "Speaking in Tarn, Tomas al-Vell, head of the council, said he backed a ceasefire.",
    ],
)
def test_a_stance_holder_keeps_the_name_and_the_title(text: str) -> None:
    (stance,) = [c for c in claimtrack.extract(text) if c.kind == "stance"]
    assert stance.who is not None
    assert stance.who.name == "Tomas al-Vell"
    assert stance.who.title is not None
    assert stance.who.title.startswith("head of")


def test_a_possessor_after_a_title_with_no_name_is_still_one_role() -> None:
    text = "The head of Kestria's council said the talks would go on."
    (statement,) = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert statement.who.text == "The head of Kestria's council"


# A title of two words ("attorney general", "medical examiner") heads its phrase as one title:
# the phrase is a role, and a name in apposition after it is the person (invented sentences).
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Kell attorney general, Pia Lund, said the ruling was wrong.", "Pia Lund", "person"),
        ("Kell's Republican attorney general, Pia Lund, vowed to appeal.", "Pia Lund", "person"),
        ("The county medical examiner, Ivo Moss, said 4 people died.", "Ivo Moss", "person"),
        ("The attorney general said the ruling was wrong.", "attorney general", "person"),
    ],
)
def test_a_title_of_two_words_is_one_title(text: str, name: str, kind: str) -> None:
    [statement] = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert (statement.who.name, statement.who.kind) == (name, kind)


# A capitalised title before the name: the title with its body ("the Velish Ambassador to
# the UN", "the Secretary of State", "the Orlan Foreign Minister") is a role, and the name in
# apposition after it speaks. A title that opens a person's name keeps its name.
TITLE_FIRST = [
    (
        "The Velish Ambassador to the UN, Mara Ost-Lind, said the talks would go on.",
        "Mara Ost-Lind",
    ),
    ("The Secretary of State, Tomas al-Vell, said the talks would go on.", "Tomas al-Vell"),
    ("The Orlan Foreign Minister, Ana Lund, said the talks would go on.", "Ana Lund"),
    ("Secretary of State Tomas al-Vell said the talks would go on.", "Tomas al-Vell"),
    ("Foreign Minister Ana Lund of Orlan said the talks would go on.", "Ana Lund"),
    # a title's body of several words, then a known given name: the name
    ("Orlan Director of Public Affairs Ana Lund said the talks would go on.", "Ana Lund"),
    ("Deputy Chief of Staff Maria Vell said the talks would go on.", "Maria Vell"),
    # a title word before "of" that opens no title: the body after the name
    ("Senator Tomas Vell of Orlan said the talks would go on.", "Tomas Vell"),
]


@pytest.mark.parametrize(("text", "name"), TITLE_FIRST)
def test_a_capitalised_title_before_the_name_is_a_role(text: str, name: str) -> None:
    (statement,) = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert statement.who.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Office of the President said the talks would go on.", "Office of the President"),
        ("The Ministry of Health said the talks would go on.", "Ministry of Health"),
    ],
)
def test_a_body_named_for_a_title_stays_a_body(text: str, name: str) -> None:
    (statement,) = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert statement.who.name == name


def test_an_apposition_before_a_participle_clause_is_the_title() -> None:
    text = '"We are done," said Tomas al-Vell, the council\'s deputy head, adding that talks ended.'
    whos = {(c.who.name, c.who.title) for c in claimtrack.extract(text) if c.who is not None}
    assert whos == {("Tomas al-Vell", "the council's deputy head")}


# A closing source that opens with its role, then the name set off by commas: what was said
# ends before the role, and the role is the name's title. After a preposition's object ("after
# the landslide"), the role still opens the subject: it describes no one before it.
ROLE_FIRST_CLOSING = [
    (
        "Nine people died in the crash, the governor, Ana Lind, said.",
        "Nine people died in the crash",
        "Ana Lind",
        "governor",
    ),
    (
        "At least 80 people are missing after the landslide, the mayor, Lucia Ferro, said.",
        "At least 80 people are missing after the landslide",
        "Lucia Ferro",
        "mayor",
    ),
    (
        "The toll rose to 40 in the north, the agency's spokesman, Piet Varga, said on Monday.",
        "The toll rose to 40 in the north",
        "Piet Varga",
        "the agency's spokesman",
    ),
    (
        "Twelve people were hurt, Ivo Sarr, a police spokesman, told reporters.",
        "Twelve people were hurt",
        "Ivo Sarr",
        "police spokesman",
    ),
]


@pytest.mark.parametrize(("text", "content", "name", "title"), ROLE_FIRST_CLOSING)
def test_a_closing_source_that_opens_with_its_role(
    text: str, content: str, name: str, title: str
) -> None:
    (statement,) = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert statement.attribution is not None
    assert statement.who.name == name
    assert statement.who.title == title
    assert statement.attribution.content is not None
    assert statement.attribution.content.text == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials in the capital, Varn, said nine people had been killed.", "Officials"),
        ("Doctors at the main hospital, St Ode, said 40 people were hurt.", "Doctors"),
        ("The two mayors, Ana Lind and Piet Varga, said 12 people had died.", "Ana Lind"),
    ],
)
def test_one_name_set_off_after_a_group_renames_the_place_not_the_group(
    text: str, name: str
) -> None:
    (statement, *_) = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert statement.who is not None
    assert statement.who.name == name
