"""The data files under claimtrack/data, and overlays loaded with ``load_lexicon``."""

from __future__ import annotations

import tomllib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest

from claimtrack import Lexicon, LexiconError, load_lexicon
from claimtrack.find.inflect import verb_forms
from claimtrack.model import CASUALTY_CATEGORIES, QUALIFIERS

DATA = resources.files("claimtrack") / "data"
DATA_FILES = sorted((f for f in DATA.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)

# Terms that sit in two categories on purpose, as {term: {category, ...}}, each with the sentence
# that justifies it. Anything else found in two categories is a mistake.
SHARED_ON_PURPOSE: dict[str, set[str]] = {}


def category_file() -> Traversable:
    path = DATA / "categories.toml"
    if not path.is_file():
        pytest.skip("claimtrack/data/categories.toml does not exist yet")
    return path


@pytest.mark.parametrize("file", DATA_FILES, ids=lambda f: f.name)
def test_data_file_loads(file: Traversable) -> None:
    section = file.name.removesuffix(".toml")
    assert section in Lexicon.model_fields, f"{file.name} is not a section of Lexicon"
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    Lexicon.model_validate({section: data})


@pytest.mark.parametrize("file", DATA_FILES, ids=lambda f: f.name)
def test_terms_are_clean(file: Traversable) -> None:
    # A stray space or capital makes a term silently never match.
    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for term in node:
                assert isinstance(term, str), where
                assert term, where
                assert term == term.strip(), f"{where}: {term!r}"
                assert "  " not in term, f"{where}: {term!r}"

    walk(tomllib.loads(file.read_text(encoding="utf-8")), file.name)


def test_default_lexicon_loads() -> None:
    lexicon = load_lexicon()
    assert isinstance(lexicon, Lexicon)
    assert load_lexicon() is lexicon  # cached


def test_casualty_categories_present() -> None:
    category_file()
    categories = load_lexicon().categories
    for name in CASUALTY_CATEGORIES:
        assert name in categories, name
        assert categories[name].casualty, name
        assert categories[name].nouns or categories[name].verbs, name


def test_no_term_in_two_categories() -> None:
    category_file()
    owners: dict[str, set[str]] = {}
    lexicon = load_lexicon()
    for name, terms in lexicon.categories.items():
        forms = [f for lemma in terms.lemmas for f in verb_forms(lemma, lexicon.numbers.irregular)]
        for term in (*terms.nouns, *terms.verbs, *forms):
            owners.setdefault(term.lower(), set()).add(name)
    shared = {term: names for term, names in owners.items() if len(names) > 1}
    assert shared == SHARED_ON_PURPOSE


def test_qualifier_keys_are_known() -> None:
    qualifiers = load_lexicon().qualifiers
    assert set(qualifiers.before) | set(qualifiers.after) <= set(QUALIFIERS)


# --- overlays --------------------------------------------------------------------------------
def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_overlay_adds_a_topic_and_a_term(tmp_path: Path) -> None:
    overlay = write(
        tmp_path / "mine.toml",
        '[topics.sanctions]\ncues = ["sanctions", "asset freeze"]\n\n'
        '[categories.killed]\nnouns = ["martyrs"]\n',
    )
    default = load_lexicon()
    mine = load_lexicon(overlay)
    assert mine.topics["sanctions"].cues == ("sanctions", "asset freeze")
    assert mine.categories["killed"].nouns[-1] == "martyrs"
    # The defaults are kept, and the cached default lexicon is left as it was.
    assert set(mine.topics) == set(default.topics) | {"sanctions"}
    killed = default.categories.get("killed")
    assert killed is None or mine.categories["killed"].nouns[:-1] == killed.nouns
    assert load_lexicon() is default
    assert "martyrs" not in (killed.nouns if killed else ())


def test_overlays_apply_in_order(tmp_path: Path) -> None:
    first = write(tmp_path / "a.toml", '[topics.aid]\ncues = ["aid"]\ndescription = "first"\n')
    second = write(tmp_path / "b.toml", '[topics.aid]\ncues = ["relief"]\ndescription = "second"\n')
    topic = load_lexicon(first, second).topics["aid"]
    assert topic.cues[-2:] == ("aid", "relief")
    assert topic.description == "second"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[categories.killed]\nnouns = 3\n", "categories.killed.nouns"),
        ('[categories.killed]\nnuons = ["dead"]\n', "categories.killed.nuons"),
        ('[numbers.vague.dozens]\nlow = "many"\n', "numbers.vague.dozens.low"),
        ('[topic.aid]\ncues = ["aid"]\n', "topic"),
    ],
)
def test_malformed_overlay_names_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    overlay = write(tmp_path / "bad.toml", text)
    with pytest.raises(LexiconError) as info:
        load_lexicon(overlay)
    assert info.value.file == str(overlay)
    assert info.value.key == key
    assert str(overlay) in str(info.value)
    assert key in str(info.value)


def test_overlay_not_toml(tmp_path: Path) -> None:
    overlay = write(tmp_path / "bad.toml", "[topics\n")
    with pytest.raises(LexiconError, match="not valid TOML") as info:
        load_lexicon(overlay)
    assert info.value.file == str(overlay)


def test_overlay_missing(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read lexicon overlay"):
        load_lexicon(tmp_path / "nope.toml")
