"""The package as a user receives it: licence, version, metadata, what the sdist and wheel hold."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import claimtrack
from claimtrack.cli import main, version_text
from claimtrack.io import read_documents, seeds_path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_license_file_is_the_mit_licence_pyproject_names() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert PYPROJECT["project"]["license"] == {"text": "MIT"}
    assert "License :: OSI Approved :: MIT License" in PYPROJECT["project"]["classifiers"]


def test_version_is_written_once() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", claimtrack.__version__)
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "claimtrack/__init__.py"
    try:
        installed = metadata.version("claimtrack")
    except metadata.PackageNotFoundError:
        pytest.skip("claimtrack is not installed in this environment")
    assert installed == claimtrack.__version__


def test_version_names_the_lexicon(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out == version_text() + "\n"
    assert re.fullmatch(
        rf"claimtrack {re.escape(claimtrack.__version__)} \(lexicon [0-9a-f]{{8}}\)\n", out
    )


def test_project_urls_and_extras() -> None:
    project = PYPROJECT["project"]
    assert {"Homepage", "Documentation", "Changelog", "Issues"} <= project["urls"].keys()
    extras = project["optional-dependencies"]
    assert any(dep.startswith("pandas") for dep in extras["pandas"])
    assert any(dep.startswith("polars") for dep in extras["polars"])
    assert not any(dep.startswith(("pandas", "polars")) for dep in project["dependencies"])


def test_sdist_holds_what_the_tests_read() -> None:
    include = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    for needed in ("claimtrack", "tests", "docs", "examples", "seeds", "README.md", "CHANGELOG.md"):
        assert needed in include
        assert (ROOT / needed).exists()


def test_wheel_ships_the_seeds() -> None:
    wheel = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["force-include"] == {"seeds": "claimtrack/seeds"}
    assert [d.doc_id for d in read_documents(seeds_path())] == ["000", "001", "002", "003", "004"]


def test_seeds_command_copies_the_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "seeds"
    assert main(["seeds", str(target)]) == 0
    assert sorted(p.name for p in target.iterdir()) == sorted(
        p.name for p in seeds_path().iterdir() if p.suffix in (".txt", ".json")
    )
    assert main(["seeds", str(target)]) == 0  # again: the same files, nothing to refuse
    (target / "index.json").write_text("[]", encoding="utf-8")
    assert main(["seeds", str(target)]) == 1
    assert "exists and differs" in capsys.readouterr().err
