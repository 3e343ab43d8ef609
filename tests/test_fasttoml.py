"""The fast reader of the package's TOML (lexicon/fasttoml.py) reads what tomllib reads."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from claimtrack.lexicon import fasttoml

DATA = resources.files("claimtrack") / "data"
DATA_FILES = sorted((f for f in DATA.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)


@pytest.mark.parametrize("file", DATA_FILES, ids=lambda f: f.name)
def test_data_file_reads_as_tomllib_reads_it(file: resources.abc.Traversable) -> None:
    text = file.read_text(encoding="utf-8")
    assert fasttoml.loads(text) == tomllib.loads(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# only a comment\n",
        'a = "x"',
        'a = "x" # trailing\r\nb = 2\r\n',
        'words = [\n  "one", # "not a word"\n  "two",  # a comma, then a comment\n]\n',
        'empty = []\nspaced = [ ]\nnested = [["a", "b"], ["c"]]\nmixed = [1, "a", true]',
        'commented = [ # "x"\n "a" # ] not the end\n , "b" ]',
        'escaped = ["\\u2019s", "a\\"b", "back\\\\slash", "\\t", "\\U0001F600"]',
        'hash = ["# not a comment", "a#b"]',
        '"quoted key" = 1\n"" = 2\nbare-key_2 = -3\nplus = +4\nzero = 0\nno = false',
        "[a]\nx = 1\n[a.b]\ny = 2\n[c.d]\n[c]\nz = 3",
        '[vague."several dozen"]\nlow = 24\n[ spaced . "key" ]\nv = 1',
        'inline = { unit = "day", shift = -1, list = ["a", "b"], in = { x = true } }\nnone = {}',
        'tab\t=\t"a\tb"\t# tab\n',
        "unicode = ['literal']",  # literal strings: tomllib only
    ],
)
def test_documents_read_as_tomllib_reads_them(text: str) -> None:
    expected = tomllib.loads(text)
    try:
        got = fasttoml.loads(text)
    except fasttoml.Unsupported:
        assert "'" in text  # only what the subset leaves out goes to tomllib
        return
    assert got == expected
    assert repr(got) == repr(expected)  # types too: True is no 1, a list no tuple


@pytest.mark.parametrize(
    "text",
    [
        "[[points]]\nx = 1",  # arrays of tables
        "a.b = 1",  # dotted keys
        "n = 1_000",
        "f = 1.5",
        "h = 0x1f",
        "d = 2024-01-01",
        'm = """long"""',
        "inf_ = inf",
    ],
)
def test_valid_toml_outside_the_subset_is_unsupported(text: str) -> None:
    tomllib.loads(text)
    with pytest.raises(fasttoml.Unsupported):
        fasttoml.loads(text)


@pytest.mark.parametrize(
    "text",
    [
        "a = 1\na = 2",  # a key twice
        "[a]\n[a]",  # a table twice
        "[a]\nb = 1\n[a.b]",  # a value made a table
        "[a]\nb = { x = 1 }\n[a.b]\ny = 2",  # an inline table extended
        'a = ["x" "y"]',  # no comma
        "a = [1 2]",
        'a = ["x",,]',
        "a = [",
        'a = "open',
        'a = "bad \\q escape"',
        'a = "\\uD800"',  # a surrogate
        'a = "x" b = 1',  # two pairs on a line
        "a = 01",
        "a = -",
        "= 1",
        "a = { x = 1, }",  # a trailing comma in an inline table
        "a = { x = 1\n}",
        'a = "ctrl\x01"',
        "a = 1 # ctrl\x01",
        "a = 1\r",
        "[a",
        "a = tru",
    ],
)
def test_invalid_toml_is_left_to_tomllib(text: str) -> None:
    with pytest.raises(tomllib.TOMLDecodeError):
        tomllib.loads(text)
    with pytest.raises(fasttoml.Unsupported):
        fasttoml.loads(text)


def test_long_blank_runs_stay_fast() -> None:
    # Possessive blanks: an array that is not all words is not tried again blank by blank.
    text = "a = [" + " \n" * 50_000 + "1, " + '"x", ' * 10_000 + "]"
    assert fasttoml.loads(text) == tomllib.loads(text)
