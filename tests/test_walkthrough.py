"""docs/walkthrough.md, run as a new user would: every ``claimtrack`` command of its bash blocks.

The commands run in order through ``main`` in a scratch folder holding a copy of the page's
data (``docs/data``); ``> FILE`` sends stdout to FILE. The files they write are then checked
the way the issue asks: the CSV reads back as the table ``to_pandas()`` gives, the timeline is
in Datawrapper's shape, the report and JSON-LD are what they claim to be.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shlex
import shutil
from pathlib import Path

import pytest

from claimtrack import Claim, Flag
from claimtrack.cli import main
from claimtrack.export import CLAIM_COLUMNS, DATE_COLUMNS
from claimtrack.io import iter_records
from claimtrack.model import ClaimList

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "walkthrough.md"


def commands() -> list[list[str]]:
    """The ``claimtrack ...`` lines of the page's bash blocks, split like a shell would."""
    text = PAGE.read_text(encoding="utf-8")
    found = []
    for block in text.split("```bash\n")[1:]:
        for line in block.split("```", 1)[0].splitlines():
            if line.strip() and not line.startswith("#"):
                found.append(shlex.split(line))
    return found


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch folder after running every command of the page in it."""
    folder = tmp_path_factory.mktemp("desk")
    shutil.copytree(ROOT / "docs" / "data", folder / "docs" / "data")
    with contextlib.chdir(folder):
        for argv in commands():
            assert argv[0] == "claimtrack", argv
            target = None
            if ">" in argv:
                at = argv.index(">")
                argv, target = argv[:at], argv[at + 1]
            out = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                status = main(argv[1:])
            assert status == 0, argv
            if target is not None:
                Path(target).write_text(out.getvalue(), encoding="utf-8")
    return folder


def test_the_page_has_the_desk_commands() -> None:
    subcommands = {argv[1] for argv in commands()}
    assert {"extract", "reconcile", "timeline", "report", "seeds"} <= subcommands


def test_claims_keep_their_article(desk: Path) -> None:
    claims = list(iter_records(desk / "claims.jsonl"))
    assert claims
    assert all(isinstance(c, Claim) for c in claims)
    assert {c.url for c in claims} == {
        json.loads(line)["url"]
        for line in (desk / "docs" / "data" / "scraped.jsonl").read_text().splitlines()
    }
    assert all(c.title and c.published and c.source for c in claims)


def test_reconcile_read_the_claims_file(desk: Path) -> None:
    rows = [json.loads(line) for line in (desk / "flags.jsonl").read_text().splitlines()]
    flags = [Flag.model_validate(row) for row in rows]
    assert {f.kind for f in flags} == {"figure_increase", "figure_conflict"}


def test_csv_reads_back_as_the_same_table(desk: Path) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is the claimtrack[pandas] extra")
    raw = (desk / "claims.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())  # --excel: the byte-order mark
    assert b"\r\n" in raw
    from_csv = pd.read_csv(
        desk / "claims.csv", parse_dates=list(DATE_COLUMNS), encoding="utf-8-sig"
    )
    claims = ClaimList(c for c in iter_records(desk / "claims.jsonl") if isinstance(c, Claim))
    frame = claims.to_pandas()
    assert list(from_csv.columns) == list(CLAIM_COLUMNS)
    assert from_csv["date"].dtype.kind == "M"
    assert from_csv["value"].dtype.kind == "f"
    pd.testing.assert_frame_equal(from_csv, frame)


def test_timeline_is_datawrapper_shaped(desk: Path) -> None:
    rows = list(csv.reader((desk / "toll.csv").read_text(encoding="utf-8").splitlines()))
    header, body = rows[0], rows[1:]
    assert header[0] == "date"
    assert "count" not in header
    assert len(header) >= 3  # the date and a column per source: the office and the Red Cross
    days = [row[0] for row in body]
    assert days == sorted(days)
    for row in body:
        assert len(row) == len(header)
        for value in row[1:]:
            assert value == "" or float(value) >= 0


def test_report_and_jsonld(desk: Path) -> None:
    page = (desk / "report.html").read_text(encoding="utf-8")
    assert "Lakeside Courier" in page
    assert 'href="https://northern-wire.example/korvath-toll-rises"' in page
    assert "<mark>" in page
    markdown = (desk / "report.md").read_text(encoding="utf-8")
    assert markdown.index("## Flags") < markdown.index("## Counts")
    graph = json.loads((desk / "claims.jsonld").read_text(encoding="utf-8"))
    assert graph["@context"]["@vocab"] == "https://schema.org/"
    assert all(node["@type"] == "Claim" for node in graph["@graph"])


def test_published_fills_an_undated_article(desk: Path) -> None:
    claims = [c for c in iter_records(desk / "one.jsonl") if isinstance(c, Claim)]
    assert claims
    assert {c.published.isoformat() for c in claims if c.published} == {"2023-10-24"}
