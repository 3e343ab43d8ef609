"""Markdown and HTML reports: well-formed, escaped, self-contained, and drawn by a browser."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import claimtrack
from claimtrack.errors import InputError
from claimtrack.reconcile.flags import reconcile
from claimtrack.reconcile.track import build_tracks
from claimtrack.report import build_report, render_html, render_markdown

_spec = importlib.util.spec_from_file_location(
    "_reconcile_tests", Path(__file__).with_name("test_reconcile.py")
)
assert _spec
assert _spec.loader
helpers = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("_reconcile_tests", helpers)
_spec.loader.exec_module(helpers)
fig, stance = helpers.fig, helpers.stance

CHROMIUM = Path("/usr/bin/chromium")


def claims() -> list:
    return [
        fig(413, "2023-04-21", "World Health Organization", doc="a"),
        fig(400, "2023-04-21", "Health Ministry", qualifier="more_than", doc="a"),
        fig(512, "2023-04-25", "Health Ministry", doc="b"),
        fig(
            459,
            "2023-04-25",
            "World Health Organization",
            doc="b",
            text='<script>alert("x")</script> WHO said 459 people were killed & more.',
        ),
        fig(10000, "2013-11-10", "police", qualifier="about", category="missing", doc="c"),
        fig(
            2500, "2013-11-12", "President's office", qualifier="about", category="missing", doc="d"
        ),
        stance("Sudanese army", "humanitarian_pause", "support", "2023-05-29", doc="e"),
        stance("Sudanese army", "humanitarian_pause", "oppose", "2023-05-31", doc="f"),
    ]


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"] or "")
        if a.get("src") or (tag == "link"):
            self.external.append(tag)


def test_html_parses_is_self_contained_and_escaped() -> None:
    cs = claims()
    page = build_report(cs, "html")
    parser = Collector()
    parser.feed(page)
    assert "svg" in parser.tags
    assert "circle" in parser.tags
    assert "table" in parser.tags
    assert parser.external == []  # no scripts, images or stylesheets from elsewhere
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    for href in parser.hrefs:  # every flag links to evidence on the page
        assert href.startswith("#")
        assert href[1:] in parser.ids
    for f in reconcile(cs):
        assert f.explanation.replace("'", "&#x27;") in page


def test_html_marks_revisions_and_conflicts() -> None:
    cs = claims()
    page = render_html(build_tracks(cs), reconcile(cs))
    assert page.count('class="flagged"') >= 3  # 512 and 459 in conflict, 2,500 revised down
    assert "Stance shifts" in page
    assert "Sudanese army" in page


def test_markdown() -> None:
    cs = claims()
    md = render_markdown(build_tracks(cs), reconcile(cs))
    assert md.startswith("# claimtrack report\n")
    assert "**stance shift**" in md
    assert "\\<script\\>" in md
    # Flags lead, then counts and stances.
    assert md.index("## Flags") < md.index("## Counts") < md.index("## Stances")
    empty = build_report([], "md")
    assert "No changes found." in empty
    assert "No counts found." in empty
    assert "No stances found." in empty


def test_markdown_is_commonmark() -> None:
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py checks CommonMark")
    page = markdown_it.MarkdownIt("commonmark").enable("table").render(build_report(claims(), "md"))
    assert "<blockquote>" not in page  # evidence is quoted inline, not a stray "> "
    assert "said <strong>459</strong> people" in page  # the figure in bold, spaces kept
    assert "<script>" not in page
    assert page.count("<ol>") == 1  # the flags, numbered
    assert "<table>" in page
    assert "<strong>stance shift</strong>" in page


def test_unknown_format_is_an_input_error() -> None:
    with pytest.raises(InputError, match="md.*html"):
        build_report([], "pdf")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_chromium_draws_the_charts(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(build_report(claims(), "html"), encoding="utf-8")
    shot = tmp_path / "report.png"
    base = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert dom.count("<svg") == 2
    assert "<circle" in dom
    assert "<polyline" in dom
    subprocess.run(
        [*base, f"--screenshot={shot}", "--window-size=1000,1400", page.as_uri()],
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


# --- a desk's report: header, provenance, marks, key, one-day counts, one name per person --------
def desk_claims() -> list:
    from claimtrack import Claim, Document

    texts = [
        ("2033-02-01", "Wire A", "https://a.example/1", "Quake hits Dorn",
         "The civil defence said on Tuesday that 40 people had been killed. "
         "Minister Ivo Lasker said on Tuesday he supports a ceasefire."),
        ("2033-02-02", "Wire B", None, "Dorn toll rises",
         "The civil defence said on Wednesday that 55 people had been killed, "
         "and 12 were missing. Lasker said on Wednesday he opposes a ceasefire."),
    ]  # fmt: skip
    claims: list[Claim] = []
    for n, (day, source, url, title, text) in enumerate(texts):
        doc = Document(
            text=text, published=day, source=source, url=url, title=title, doc_id=f"q{n}"
        )
        claims += claimtrack.extract(doc)
    return claims


def test_desk_html_report() -> None:
    page = build_report(desk_claims(), "html", header={"inputs": ["quake.jsonl"], "documents": 2})
    assert "inputs: quake.jsonl · 2 documents · 2 outlets: Wire A, Wire B" in page
    assert "published 1 Feb 2033 to 2 Feb 2033" in page
    assert f"claimtrack {claimtrack.__version__}" in page
    assert '<a href="https://a.example/1" rel="noopener">Quake hits Dorn</a>' in page
    assert "Dorn toll rises" in page  # a title without a url is named, not linked
    assert "<mark>" in page
    assert '<p class="key"><strong>Key</strong>' in page
    assert "Counts reported on one day" in page  # the missing count: one reading, a table row
    assert page.count("<svg") == 1  # the death toll alone is drawn
    assert "Ivo Lasker" in page
    assert ">Lasker<" not in page  # the surname alone is shown as the one Lasker named
    assert "ceasefire" in page


def test_desk_markdown_report_leads_with_flags() -> None:
    md = build_report(desk_claims(), "md")
    flags = md.index("## Flags")
    assert flags < md.index("## Counts")
    assert "1. **increase**" in md
    assert "[Quake hits Dorn](<https://a.example/1>)" in md
    assert "**40 people**" in md


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_chromium_draws_the_desk_page(tmp_path: Path) -> None:
    page = tmp_path / "desk.html"
    page.write_text(build_report(desk_claims(), "html"), encoding="utf-8")
    dom = subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri(),
        ],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    assert dom.count("<svg") == 1
    assert '<p class="key">' in dom
    assert "<mark>40 people</mark>" in dom
    assert 'href="https://a.example/1"' in dom
