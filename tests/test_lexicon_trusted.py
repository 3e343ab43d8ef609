"""The default lexicon, built without validation (lexicon/trusted.py, lexicon/snapshot.py).

It must be exactly what validation builds, and data that does not fit must still be validated.
The build's snapshot of it (claimtrack/lexicon/default.pickle) must be fresh, the same lexicon,
and never used once stale.
"""

from __future__ import annotations

import pickle
import shutil
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from claimtrack.errors import LexiconError
from claimtrack.lexicon import (
    Lexicon,
    _default,
    _from_files,
    _trusted,
    _validate,
    load_lexicon,
    snapshot,
    trusted,
)
from claimtrack.lexicon.sections import DatesLexicon, Holiday, PlacesLexicon


def default_data() -> dict[str, Any]:
    folder = resources.files("claimtrack") / "data"
    return {
        name: tomllib.loads((folder / f"{name}.toml").read_text(encoding="utf-8"))
        for name in Lexicon.model_fields
        if (folder / f"{name}.toml").is_file()
    }


def same(a: object, b: object, where: str = "lexicon") -> None:
    """Equal, with the same types all the way down (a list is no tuple, True is no 1)."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, BaseModel):
        assert isinstance(b, BaseModel)
        assert a.model_fields_set == b.model_fields_set, where
        assert a.__pydantic_extra__ == b.__pydantic_extra__, where
        for name in type(a).model_fields:
            same(getattr(a, name), getattr(b, name), f"{where}.{name}")
    elif isinstance(a, dict):
        assert isinstance(b, dict)
        assert list(a) == list(b), where
        for key in a:
            same(a[key], b[key], f"{where}[{key!r}]")
    elif isinstance(a, tuple):
        assert isinstance(b, tuple)
        assert len(a) == len(b), where
        for k, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{where}[{k}]")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def test_default_is_what_validation_builds() -> None:
    data = default_data()
    constructed = trusted.construct(Lexicon, data)
    same(constructed, _validate(data, "claimtrack/data"))
    same(load_lexicon(), constructed)


def test_default_data_needs_no_fallback() -> None:
    # Every file of the package fits the shapes trusted.py reads: no slow path at start-up.
    trusted.construct(Lexicon, default_data())


def test_empty_sections_are_the_models_defaults() -> None:
    same(trusted.construct(Lexicon, {}), Lexicon.model_validate({}))
    same(trusted.construct(DatesLexicon, {}), DatesLexicon.model_validate({}))
    same(Lexicon.model_construct(), Lexicon.model_validate({}))


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (DatesLexicon, {"months": {"jan": "1"}}),  # a word where a number belongs
        (DatesLexicon, {"months": {"jan": True}}),  # a flag is no number
        (DatesLexicon, {"months": ["jan"]}),  # a list where a table belongs
        (DatesLexicon, {"numeric_order": "ymd"}),  # not one of the choices
        (DatesLexicon, {"anaphora": {"the day before": {"unit": "day", "shift": 1.5}}}),
        (DatesLexicon, {"words": {"year_cues": "in"}}),  # a word where a list belongs
        (DatesLexicon, {"words": {"year_cues": ["in", 1]}}),
        (DatesLexicon, {"mnths": {}}),  # a misspelt key
        (PlacesLexicon, {"entries": {"Kell": {"within": ["XK"]}}}),
    ],
)
def test_data_that_does_not_fit_is_untrusted(model: type[BaseModel], data: dict[str, Any]) -> None:
    with pytest.raises(trusted.Untrusted):
        trusted.construct(model, data)
    section = {"dates" if model is DatesLexicon else "places": data}
    try:
        validated = _validate(section, "test")
    except LexiconError as err:  # the slow path names what does not fit
        with pytest.raises(LexiconError, match=str(err.key)):
            _trusted(section, "test")
    else:  # or pydantic coerces it ("1" -> 1): the same lexicon either way
        same(_trusted(section, "test"), validated)


def test_irregular_pairs_and_triples() -> None:
    data = {"irregular": {"shoot": ["shot", "shot"], "lie": ["lay", "lain", "lying"]}}
    got = trusted.construct(Lexicon.model_fields["numbers"].annotation, data)  # type: ignore[arg-type]
    assert got.irregular == {"shoot": ("shot", "shot"), "lie": ("lay", "lain", "lying")}
    with pytest.raises(trusted.Untrusted):
        trusted.construct(
            Lexicon.model_fields["numbers"].annotation,  # type: ignore[arg-type]
            {"irregular": {"go": ["went"]}},
        )


def test_constraints_are_left_to_validation() -> None:
    # Types fit, a constraint does not: the trusted path does not look (the tests validate the
    # package's data), validation says which key.
    data = {"month": 13, "day": 1}
    assert trusted.construct(Holiday, data).month == 13
    with pytest.raises(LexiconError, match="month"):
        _validate({"dates": {"holidays": {"Noday": data}}}, "test")


def test_default_is_cached() -> None:
    assert _default() is _default()


def stored() -> Lexicon | None:
    lexicon: Lexicon | None = snapshot.load(Lexicon, Lexicon.model_fields)
    return lexicon


def test_snapshot_is_fresh() -> None:
    # If this fails, a data file or a module of the lexicon changed: run
    # bench/precompile_patterns.py (the defaults are read from the files until then).
    assert stored() is not None, "stale: run bench/precompile_patterns.py"


def test_snapshot_is_what_validation_builds() -> None:
    lexicon = stored()
    assert lexicon is not None
    same(lexicon, _validate(default_data(), "claimtrack/data"))
    same(lexicon, _from_files())
    same(load_lexicon(), lexicon)
    assert lexicon.__pydantic_private__ == {"_cache": {}}
    assert stored() is not lexicon  # a new lexicon each time: nothing is shared


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package's data and lexicon modules, with a fresh snapshot of them."""
    for folder in ("data", "lexicon"):
        shutil.copytree(snapshot.PACKAGE / folder, tmp_path / folder)
    monkeypatch.setattr(snapshot, "PACKAGE", tmp_path)
    monkeypatch.setattr(snapshot, "SNAPSHOT", tmp_path / "default.pickle")
    (tmp_path / "default.pickle").write_bytes(snapshot.dumps(_from_files(), Lexicon.model_fields))
    assert stored() is not None
    return tmp_path


@pytest.mark.parametrize(
    "changed", ["data/numbers.toml", "data/verbs.toml", *snapshot.SOURCES], ids=str
)
def test_snapshot_of_other_files_is_not_used(package: Path, changed: str) -> None:
    path = package / changed
    path.write_bytes(path.read_bytes() + b"\n")
    assert stored() is None
    same(_default.__wrapped__(), _from_files())  # the files are read instead


def test_snapshot_of_another_version_is_not_used(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimtrack

    monkeypatch.setattr(claimtrack, "__version__", claimtrack.__version__ + ".1")
    assert stored() is None


def test_a_file_that_appears_or_goes_makes_it_stale(package: Path) -> None:
    segment = package / "data" / "segment.toml"
    text = segment.read_bytes()
    segment.unlink()
    assert stored() is None
    (package / "default.pickle").write_bytes(snapshot.dumps(_from_files(), Lexicon.model_fields))
    lexicon = stored()
    assert lexicon is not None
    assert lexicon.segment == Lexicon.model_construct().segment  # the section's defaults
    segment.write_bytes(text)
    assert stored() is None


def test_unreadable_snapshots_are_not_used(package: Path) -> None:
    path = package / "default.pickle"
    stamp = snapshot.stamp(Lexicon.model_fields)
    for data in [
        b"garbage",
        pickle.dumps((stamp, b"no pickle")),
        pickle.dumps((stamp, pickle.dumps({"numbers": {}}))),  # no Lexicon
        pickle.dumps(stamp),
    ]:
        path.write_bytes(data)
        assert stored() is None
    path.unlink()
    assert stored() is None


def test_no_stamp_without_the_sources(package: Path) -> None:
    (package / "lexicon" / "sections.py").unlink()
    assert snapshot.stamp(Lexicon.model_fields) is None
    assert stored() is None
    with pytest.raises(ValueError, match="sources"):
        snapshot.dumps(_from_files(), Lexicon.model_fields)


def test_a_lexicon_something_was_built_from_is_not_pickled() -> None:
    lexicon = _from_files()
    lexicon.memo("test", lambda lex: len(lex.reporting.verbs))
    with pytest.raises(ValueError, match="built"):
        snapshot.dumps(lexicon, Lexicon.model_fields)
