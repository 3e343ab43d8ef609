"""The command line, run in-process through ``main([...])``."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack import Claim, Flag
from claimtrack.cli import build_parser, main

API_CLAIM_KEYS = {"id", "doc_id", "kind", "who", "what", "figure", "date", "stance", "text", "span"}
API_FLAG_KEYS = {"kind", "before", "after", "explanation"}
SUBCOMMANDS = ["extract", "reconcile", "report", "seeds", "timeline"]


def json_lines(out: str) -> list[dict[str, object]]:
    """Every stdout line parses as one JSON object."""
    rows = [json.loads(line) for line in out.splitlines()]
    assert all(isinstance(row, dict) for row in rows)
    return rows


def assert_one_error_line(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimtrack: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


# --- happy paths -----------------------------------------------------------------------------
def test_extract_seeds(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(seeds)]) == 0
    out, err = capsys.readouterr()
    for row in json_lines(out):
        assert API_CLAIM_KEYS <= row.keys()
        assert row["doc_id"] in {"000", "001", "002", "003", "004"}
        Claim.model_validate(row)
    assert err.startswith("claimtrack: 5 documents, ")


def test_extract_is_deterministic(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", "-q", str(seeds)])
    first = capsys.readouterr()
    main(["extract", "-q", str(seeds)])
    second = capsys.readouterr()
    assert first == second
    assert first.err == ""


def test_extract_txt_with_options(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = seeds / "004_964ef87fa7f4ad3e.txt"
    argv = ["extract", str(path), "--published", "2024-05-09", "--source", "Shafaq News"]
    assert main([*argv, "--doc-id", "004"]) == 0
    out, _ = capsys.readouterr()
    for row in json_lines(out):
        assert row["doc_id"] == "004"


def test_reconcile_seeds(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", str(seeds)]) == 0
    out, err = capsys.readouterr()
    for row in json_lines(out):
        assert API_FLAG_KEYS <= row.keys()
        Flag.model_validate(row)
    assert "flags" in err


def test_lexicon_overlay(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlay = tmp_path / "mine.toml"
    overlay.write_text('[topics.sanctions]\ncues = ["sanctions"]\n', encoding="utf-8")
    assert main(["extract", "-q", str(seeds), "--lexicon", str(overlay)]) == 0
    out, err = capsys.readouterr()
    json_lines(out)
    assert err == ""


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report(tmp_path: Path, seeds: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(seeds), "--format", fmt, "-q"]) == 0
    printed = capsys.readouterr().out
    assert printed.strip()
    target = tmp_path / f"report.{fmt}"
    assert main(["report", str(seeds), "--format", fmt, "-o", str(target)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert str(target) in err
    assert target.read_text(encoding="utf-8").strip() == printed.strip()


# --- bad input: one line on stderr, exit 1, no traceback -------------------------------------
def test_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, "nope.txt", "no such file")


@pytest.mark.parametrize("command", ["extract", "reconcile"])
def test_bad_published(seeds: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = seeds / "000_a1d34ebee1e49c49.txt"
    assert main([command, str(path), "--published", "30/11/2023"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, '"30/11/2023"', "2023-11-30")


def test_malformed_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n{"id": "b", "text": \n', encoding="utf-8")
    assert main(["reconcile", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, "docs.jsonl line 2", "not valid JSON")


def test_malformed_lexicon(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlay = tmp_path / "bad.toml"
    overlay.write_text("[categories.killed]\nnouns = 3\n", encoding="utf-8")
    assert main(["extract", str(seeds), "--lexicon", str(overlay)]) == 1
    assert_one_error_line(capsys.readouterr().err, "bad.toml", "categories.killed.nouns")


def test_multiline_message_stays_one_line(
    tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = tmp_path / "broken.toml"
    overlay.write_text("[topics\n", encoding="utf-8")
    assert main(["extract", str(seeds), "--lexicon", str(overlay)]) == 1
    assert_one_error_line(capsys.readouterr().err, "broken.toml")


def test_unwritable_report(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "such" / "report.md"
    assert main(["report", str(seeds), "-o", str(target)]) == 1
    assert_one_error_line(capsys.readouterr().err, "cannot write")


# --- usage -----------------------------------------------------------------------------------
def test_usage_errors_return_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["extract"]) == 2
    assert main(["report", "seeds", "--format", "pdf"]) == 2
    assert "usage: claimtrack" in capsys.readouterr().err


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_shows_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"  claimtrack {command} " in out


def test_parser_knows_the_documented_subcommands() -> None:
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert sorted(commands.choices) == sorted(SUBCOMMANDS)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("claimtrack ")


def test_python_dash_m(root: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "extract", "nope.txt"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == "claimtrack: error: nope.txt: no such file or folder\n"
