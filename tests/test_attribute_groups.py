"""Sources picked out by what follows them, inside a comparison, or by what they made.

- "those" with a relative clause or a prepositional modifier is a group of people ("Those who
  voted say ..."); bare, as a pronoun, it is no source ("Those are the facts");
- after "than", the phrase before a verb is its subject ("got less credit than aides say");
- a count's document, or the body that made it, is a figure's source ("An estimate by the Kell
  institute put the toll at 40");
- people named by a plural, then by their names set off by commas, are those names ("The two
  presidents, Ana Lind and Piet Varga, said ...").

Invented sentences; each row: the text, then (cue, the source's mention) of every statement.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimtrack
from claimtrack import load_lexicon
from claimtrack.syntax import RuleParser

LEX = load_lexicon()

ROWS = [
    # a demonstrative with what picks its people out
    ("Those who voted say the dam will hold.", [("say", "Those")]),
    ("Those over 60 say the plan is unfair.", [("say", "Those")]),
    ("Those in the capital said the plan had failed.", [("said", "Those")]),
    ("Those with ties to the mayor said the vote was rigged.", [("said", "Those")]),
    ("Some of those who fled said the river rose overnight.", [("said", "those")]),
    # bare, a pronoun: no source
    ("Those are the facts.", []),
    ("Those were the days, Lund said.", [("said", "Lund")]),
    ("The figures are higher than those in Kell, officials said.", [("said", "officials")]),
    # a comparison's clause: its own subject
    ("Lund got less credit than aides say.", [("say", "aides")]),
    ("The river rose faster than engineers expected.", [("expected", "engineers")]),
    ("In Kell, the dam cost more than officials said.", [("said", "officials")]),
    # a number after "than" is a measure; "other than" no comparison of clauses
    ("Lund said the dam cost more than the bridge.", [("said", "Lund")]),
    # a predicate after the comparison shares the subject before "than"
    ("Lund spoke longer than he has before, saying the dam would hold.", [("saying", "Lund")]),
    # people named by a plural, then their names set off by commas: the names speak
    (
        "The two presidents, Ana Lind and Piet Varga, said 40 people had died.",
        [("said", "Ana Lind"), ("said", "Piet Varga")],
    ),
    (
        "Two officials, Ana Lind and Piet Varga, said the dam held.",
        [("said", "Ana Lind"), ("said", "Piet Varga")],
    ),
    # a preposition between a determiner and a noun modifies it: "an inside source"
    ("An inside source said the dam held.", [("said", "An inside source")]),
    ("The plan, an inside source said, is to hold the vote.", [("said", "an inside source")]),
    ("Rescuers inside the mine said the dam held.", [("said", "Rescuers")]),
    # titled people joined by "and": each title goes with its own name
    (
        "Foreign Minister Ana Lind and Defence Minister Piet Varga said the dam held.",
        [("said", "Foreign Minister Ana Lind"), ("said", "Defence Minister Piet Varga")],
    ),
    (
        "Secretary of State Ana Lind and Defense Secretary Piet Varga said the dam held.",
        [("said", "Secretary of State Ana Lind"), ("said", "Defense Secretary Piet Varga")],
    ),
    # portfolios joined by "and" in one title: one person; a name before "and" is another
    (
        "Land and Environment Minister Ivo Sarr said 1,522 people had been injured.",
        [("said", "Land and Environment Minister Ivo Sarr")],
    ),
    (
        "Health and Social Care Secretary Ana Lind said the dam held.",
        [("said", "Health and Social Care Secretary Ana Lind")],
    ),
    (
        "Lund and Defense Secretary Piet Varga said the dam held.",
        [("said", "Lund"), ("said", "Defense Secretary Piet Varga")],
    ),
    (
        "The Ministry of Trade and Industry said the dam held.",
        [("said", "The Ministry of Trade and Industry")],
    ),
    # with commas of their own: the aside opens before the whole list
    (
        "The three mayors, Ana Lind, Piet Varga and Ole Berg, said the dam held.",
        [("said", "Ana Lind"), ("said", "Piet Varga"), ("said", "Ole Berg")],
    ),
    # a list ends at its "and": the names after a list of places are the speakers
    (
        "The mayors of Orsk, Tarn and Velt, Ana Lind, Piet Varga and Ole Berg, said the dam held.",
        [("said", "Ana Lind"), ("said", "Piet Varga"), ("said", "Ole Berg")],
    ),
    # two bare nouns before one body's head are that body's name, not a list
    (
        "Rescuers have recovered 40 bodies, the national search and rescue agency said.",
        [("said", "the national search and rescue agency")],
    ),
    (
        "The oil and gas company said 40 workers were missing.",
        [("said", "The oil and gas company")],
    ),
    (
        "The army and police chief said 40 people had died.",
        [("said", "The army"), ("said", "police chief")],
    ),
    # a list of people ends with no comma before its verb: each speaks
    (
        "Officials, rescuers and volunteers said the dam held.",
        [("said", "Officials"), ("said", "rescuers"), ("said", "volunteers")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_sources(text: str, expected: list[tuple[str, str]], sources_of: Any) -> None:
    assert sources_of(text) == expected


def test_a_measure_after_than_is_no_source() -> None:
    claims = claimtrack.extract("People older than 60 say the plan is unfair.")
    [said] = [c for c in claims if c.kind == "statement"]
    assert said.who is not None
    assert said.who.text.startswith("People")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lund got less credit than aides say.", "Lund got less credit"),
        ("In Kell, the dam cost more than officials said.", "the dam cost more"),
        (
            "Ruiz backed the plan \u2014 giving the town less money than Lund had asked.",
            "giving the town less money",
        ),
    ],
)
def test_what_is_compared_is_the_content(text: str, content: str) -> None:
    [said] = [c for c in claimtrack.extract(text) if c.kind == "statement"]
    assert said.attribution is not None
    assert said.attribution.content is not None
    assert said.attribution.content.text == content


@pytest.mark.parametrize(
    ("text", "has"),
    [
        ("Those who voted say the dam will hold.", True),
        ("Those over 60 say the plan is unfair.", True),
        ("Those are the facts.", False),
        ("The plan is better than those.", False),
        ("Lund found those of the dam older.", False),
    ],
)
def test_those_is_a_phrase_only_with_what_picks_it_out(text: str, has: bool) -> None:
    [parse] = RuleParser().parse(text, [(0, len(text))], [], LEX)
    assert any(p.text.casefold() == "those" for p in parse.phrases) is has


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A widely reported estimate put the toll at 40.", "A widely reported estimate"),
        ("An estimate by the Kell institute put the toll at 40.", "the Kell institute"),
        ("An estimate from the Kell Institute put the death toll at 4,000.", "the Kell Institute"),
        ("The Kell institute's estimate put the toll at 40.", "The Kell institute"),
        ("The toll was put at 40.", None),
    ],
)
def test_an_estimate_or_its_maker_is_the_figure_source(text: str, source: str | None) -> None:
    figures = [c for c in claimtrack.extract(text) if c.kind == "figure"]
    assert figures
    assert [c.who.text if c.who else None for c in figures] == [source]
