"""The command line, run in-process through ``main([...])``."""

from __future__ import annotations

import argparse
import csv
import json
import os
import shlex
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from claimtrack import Claim, Document, Flag, InputError
from claimtrack.cli import build_parser, main
from claimtrack.export import CLAIM_COLUMNS

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


# --- desk: streaming, formats, claims read back, skipped documents, pipes -----------------------
def write_jsonl_docs(path: Path, docs: Sequence[Mapping[str, object]]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


STORY = [
    {"id": "m1", "published": "2032-05-03T09:00:00+03:00", "source": "Gazette",
     "url": "https://g.example/1", "title": "Mine collapse",
     "text": "The mining board said on Monday that 6 people were killed."},
    {"id": "m2", "published": "2032-05-04", "source": "Courier",
     "text": "The mining board said on Tuesday that 9 people were killed."},
]  # fmt: skip


def test_reconcile_reads_the_claims_extract_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = write_jsonl_docs(tmp_path / "docs.jsonl", STORY)
    assert main(["reconcile", "-q", str(docs)]) == 0
    direct = capsys.readouterr().out
    for n, doc in enumerate(STORY):
        shard = write_jsonl_docs(tmp_path / f"part{n}.jsonl", [doc])
        assert main(["extract", "-q", str(shard)]) == 0
        (tmp_path / f"claims{n}.jsonl").write_text(capsys.readouterr().out, encoding="utf-8")
    shards = [str(tmp_path / f"claims{n}.jsonl") for n in range(len(STORY))]
    assert main(["reconcile", "-q", *shards]) == 0
    assert capsys.readouterr().out == direct
    [flag] = [Flag.model_validate(row) for row in json_lines(direct)]
    assert flag.kind == "figure_increase"
    assert flag.before.url == "https://g.example/1"
    assert main(["report", "-q", *shards]) == 0
    assert "Gazette" in capsys.readouterr().out
    assert main(["extract", shards[0]]) == 1
    assert_one_error_line(capsys.readouterr().err, "is a claim, and extract reads documents")


def test_csv_and_excel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_jsonl_docs(tmp_path / "docs.jsonl", STORY)
    assert main(["extract", "-q", str(docs), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.DictReader(out.splitlines()))
    assert list(rows[0]) == list(CLAIM_COLUMNS)
    assert {r["source"] for r in rows} == {"Gazette", "Courier"}
    assert main(["reconcile", "-q", str(docs), "--format", "tsv", "--excel"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeff")
    [row] = list(csv.DictReader(out.lstrip("\ufeff").splitlines(), delimiter="\t"))
    assert (row["kind"], row["before_value"], row["after_value"]) == ("figure_increase", "6", "9")


def test_jsonld(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_jsonl_docs(tmp_path / "docs.jsonl", STORY)
    assert main(["reconcile", "-q", str(docs), "--format", "jsonld"]) == 0
    graph = json.loads(capsys.readouterr().out)
    assert [sorted(n) for n in graph["@graph"] if "prov:wasRevisionOf" in n]
    assert main(["extract", "-q", str(docs), "--format", "jsonld"]) == 0
    assert json.loads(capsys.readouterr().out)["@graph"]


def test_timeline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_jsonl_docs(tmp_path / "docs.jsonl", STORY)
    assert main(["timeline", "-q", str(docs), "--count", "death toll"]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.startswith("date,")
    assert header.count(",") == 1  # one source: the board
    assert rows == ["2032-05-03,6", "2032-05-04,9"]
    assert main(["timeline", "-q", str(docs), "--count", "nope"]) == 1
    assert_one_error_line(capsys.readouterr().err, "no count named 'nope'", "'death toll'")


def test_skip_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [json.dumps(STORY[0]), '{"id": "bad", "text": ', json.dumps(STORY[1])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    out, err = capsys.readouterr()
    assert_one_error_line(err, "docs.jsonl line 2", "not valid JSON")
    assert main(["extract", str(path), "--skip-errors"]) == 3
    out, err = capsys.readouterr()
    assert {row["doc_id"] for row in json_lines(out)} == {"m1", "m2"}
    assert "claimtrack: skipped " in err
    assert "docs.jsonl line 2: not valid JSON" in err
    assert "1 skipped" in err


def test_skip_errors_names_a_document_extract_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import claimtrack.cli as cli
    from claimtrack.pipeline import extract as real

    def refuse_long(document: Document, **options: object) -> object:
        if len(document.text) > 70:
            raise InputError("too long for this test")
        return real(document, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "extract", refuse_long)
    docs = write_jsonl_docs(tmp_path / "docs.jsonl", [*STORY, {"id": "long", "text": "x " * 50}])
    assert main(["extract", str(docs), "--skip-errors"]) == 3
    out, err = capsys.readouterr()
    assert "claimtrack: skipped document 'long': " in err
    assert {row["doc_id"] for row in json_lines(out)} == {"m1", "m2"}


def test_undated_documents_are_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The board said on Monday that 6 workers died.", "utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert err.count("have no publication date") == 1
    assert "2 of 2 documents" in err
    assert "--published" in err
    assert main(["extract", str(tmp_path), "--published", "2032-05-03"]) == 0
    out, err = capsys.readouterr()
    assert "publication date" not in err
    assert {row["published"] for row in json_lines(out)} == {"2032-05-03"}


def test_interrupt_keeps_what_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import claimtrack.cli as cli
    from claimtrack.pipeline import extract as real

    def stop_at_second(document: object, **options: object) -> object:
        if getattr(document, "doc_id", None) == "m2":
            raise KeyboardInterrupt
        return real(document, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "extract", stop_at_second)
    docs = write_jsonl_docs(tmp_path / "docs.jsonl", STORY)
    assert main(["extract", str(docs)]) == 130
    out, err = capsys.readouterr()
    assert {row["doc_id"] for row in json_lines(out)} == {"m1"}
    assert err == "claimtrack: interrupted after 1 document\n"


def test_closed_pipe_is_quiet(root: Path) -> None:
    done = subprocess.run(
        f"{shlex.quote(sys.executable)} -m claimtrack extract seeds/ | head -1",
        shell=True,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stderr == ""
    assert len(done.stdout.splitlines()) == 1


def test_stdin_dash(root: Path) -> None:
    text = (root / "seeds" / "004_964ef87fa7f4ad3e.txt").read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "extract", "-", "--published", "2024-05-09"],
        input=text,
        cwd=root,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0
    rows = json_lines(done.stdout.decode("utf-8"))
    assert rows
    assert {row["doc_id"] for row in rows} == {"stdin"}


def test_output_is_utf8_whatever_the_locale(root: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "extract", "seeds/", "-q", "--format", "csv"],
        cwd=root,
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "latin-1"},
    )
    assert done.returncode == 0, done.stderr
    assert "\u201c" in done.stdout.decode("utf-8")  # curly quotes from the seeds, as UTF-8


def test_reconcile_uses_the_lexicon_overlay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import claimtrack.cli as cli
    from claimtrack.reconcile.flags import reconcile as real

    seen: list[object] = []

    def spy(claims: object, **options: object) -> object:
        seen.append(options.get("lexicon"))
        return real(claims, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "reconcile", spy)
    overlay = tmp_path / "mine.toml"
    overlay.write_text('[topics.sanctions]\ncues = ["sanctions"]\n', encoding="utf-8")
    docs = write_jsonl_docs(tmp_path / "docs.jsonl", STORY)
    assert main(["reconcile", "-q", str(docs), "--lexicon", str(overlay)]) == 0
    [lexicon] = seen
    assert "sanctions" in lexicon.topics  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", ["extract", "reconcile"])
def test_excel_needs_a_table_format(
    command: str, seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(seeds), "--excel", "--format", "jsonld"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, "--excel applies to --format csv or tsv, not jsonld")


def test_extract_with_jobs_gives_the_same_output(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(seeds), "-q"]) == 0
    one = capsys.readouterr().out
    assert main(["extract", str(seeds), "-q", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == one
    assert one


def test_jobs_below_one_is_bad_input(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(seeds), "--jobs", "0"]) == 1
    assert "--jobs" in capsys.readouterr().err
