"""The README and docs/*.md stay true: their examples run, and the CLI docs cover the CLI.

- ```python blocks with ``>>>`` run as doctests; other ```python blocks run with exec. Blocks of
  one file share a namespace, in order, with the repository root as working directory.
- ```json blocks shaped like a claim (``id``, ``kind``, ``span``) must validate as a ``Claim``.
- ```console blocks run each ``$ claimtrack ...`` line through ``main`` and compare the output.
- Every subcommand and option of the parser appears in docs/cli.md.
- Relative links point at files that exist.
"""

from __future__ import annotations

import argparse
import doctest
import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

import claimtrack
from claimtrack import Claim
from claimtrack.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
CLI_DOC = ROOT / "docs" / "cli.md"

FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def blocks(path: Path, language: str) -> list[tuple[int, str]]:
    """The fenced blocks of one language in a Markdown file, with their line numbers."""
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 2, m.group(2))
        for m in FENCE.finditer(text)
        if m.group(1) == language
    ]


def doc_id(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", DOCS, ids=doc_id)
def test_python_examples_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for line, code in blocks(path, "python"):
        name = f"{doc_id(path)}:{line}"
        if ">>>" in code:
            test = parser.get_doctest(code, namespace, name, str(path), line - 1)
            failures: list[str] = []
            runner.run(test, out=failures.append, clear_globs=False)
            namespace.update(test.globs)  # DocTest copies its globals; later blocks build on them
            assert not failures, "".join(failures)
        else:
            exec(compile(code, name, "exec"), namespace)


def test_readme_has_python_examples() -> None:
    assert blocks(ROOT / "README.md", "python")


def claim_blocks() -> list[tuple[str, str]]:
    found = []
    for path in DOCS:
        for line, code in blocks(path, "json"):
            found.append((f"{doc_id(path)}:{line}", code))
    return found


@pytest.mark.parametrize(("where", "code"), claim_blocks(), ids=[w for w, _ in claim_blocks()])
def test_json_examples_are_valid(where: str, code: str) -> None:
    data = json.loads(code)
    if {"id", "kind", "span"} <= data.keys():
        claim = Claim.model_validate(data)
        for part in (claim, claim.who, claim.figure, claim.date):
            if part is not None and part.span is not None:
                assert part.span[0] <= part.span[1], where
                assert part.text is None or len(part.text) == part.span[1] - part.span[0], where


def console_blocks() -> list[tuple[str, str]]:
    found = []
    for path in DOCS:
        for line, code in blocks(path, "console"):
            found.append((f"{doc_id(path)}:{line}", code))
    return found


@pytest.mark.parametrize(
    ("where", "session"), console_blocks(), ids=[w for w, _ in console_blocks()]
)
def test_console_examples(
    where: str, session: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    commands = re.split(r"^\$ ", session, flags=re.MULTILINE)[1:]
    assert commands, where
    for command in commands:
        line, _, expected = command.partition("\n")
        argv = shlex.split(line)
        assert argv[0] == "claimtrack", where
        main(argv[1:])
        out, err = capsys.readouterr()
        assert err + out == expected, f"{where}: $ {line}"


def subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


@pytest.mark.parametrize("command", sorted(subparsers()))
def test_cli_doc_covers_subcommand(command: str) -> None:
    text = CLI_DOC.read_text(encoding="utf-8")
    assert f"## claimtrack {command}\n" in text
    for action in subparsers()[command]._actions:
        for option in action.option_strings:
            if option not in {"-h", "--help"}:
                assert f"`{option}" in text, f"{command} {option} is not in docs/cli.md"


def test_api_doc_names_every_public_name() -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in claimtrack.__all__:
        assert f"`{name}" in text, name


@pytest.mark.parametrize("path", DOCS, ids=doc_id)
def test_relative_links_exist(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for target in LINK.findall(text):
        if "://" in target:
            continue
        resolved = (path.parent / target).resolve()
        assert resolved.exists(), f"{doc_id(path)} links to missing {target}"
