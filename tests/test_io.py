"""Reading documents from .txt, .jsonl and folders; writing JSON Lines."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from claimtrack import Claim, Document, InputError
from claimtrack.io import read_documents, write_jsonl, write_text
from claimtrack.model import Figure, Who
from claimtrack.pipeline import parse_published  # still importable from its old home


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# --- .txt ------------------------------------------------------------------------------------
def test_txt_doc_id_defaults_to_stem(tmp_path: Path) -> None:
    path = write(tmp_path / "kirby.txt", "Kirby said on Thursday.")
    [doc] = read_documents([path])
    assert doc == Document(text="Kirby said on Thursday.", doc_id="kirby")


def test_txt_takes_published_source_and_doc_id(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Text.")
    [doc] = read_documents(path, published="2024-05-09", source="Shafaq News", doc_id="004")
    assert (doc.published, doc.source, doc.doc_id) == (dt.date(2024, 5, 9), "Shafaq News", "004")


def test_txt_keeps_text_exactly(tmp_path: Path) -> None:
    # Spans index the file's text: no newline translation, no stripping.
    text = "  Line one,\r\nline “two” — 1,400 dead.\n\n"
    [doc] = read_documents([write(tmp_path / "a.txt", text)])
    assert doc.text == text


def test_txt_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.txt: not UTF-8"):
        read_documents([path])


def test_doc_id_needs_a_single_file(tmp_path: Path, seeds: Path) -> None:
    a = write(tmp_path / "a.txt", "A.")
    b = write(tmp_path / "b.txt", "B.")
    with pytest.raises(InputError, match="single .txt file"):
        read_documents([a, b], doc_id="x")
    with pytest.raises(InputError, match="single .txt file"):
        read_documents([seeds], doc_id="x")


@pytest.mark.parametrize("bad", ["30/11/2023", "yesterday", "", 20231130])
def test_bad_published(tmp_path: Path, bad: object) -> None:
    path = write(tmp_path / "a.txt", "A.")
    with pytest.raises(InputError, match=r'ISO string like "2023-11-30"') as info:
        read_documents([path], published=bad)
    assert info.value.value == bad


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, None),
        ("2023-11-30", dt.date(2023, 11, 30)),
        (dt.date(2023, 11, 30), dt.date(2023, 11, 30)),
        (dt.datetime(2023, 11, 30, 14, 5), dt.date(2023, 11, 30)),
    ],
)
def test_parse_published(given: object, expected: dt.date | None) -> None:
    assert parse_published(given) == expected


# --- paths -----------------------------------------------------------------------------------
def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder") as info:
        read_documents([tmp_path / "nope.txt"])
    assert info.value.path == str(tmp_path / "nope.txt")


def test_unknown_kind_of_file(tmp_path: Path) -> None:
    path = write(tmp_path / "article.pdf", "%PDF")
    with pytest.raises(InputError, match=r"article\.pdf: cannot read this kind of file"):
        read_documents([path])


def test_no_paths() -> None:
    with pytest.raises(InputError, match="no input paths"):
        read_documents([])


def test_duplicate_ids(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "A.")
    with pytest.raises(InputError, match="two documents have the id 'a'"):
        read_documents([path, path])


# --- folders ---------------------------------------------------------------------------------
def test_seeds_folder_uses_index(seeds: Path) -> None:
    docs = read_documents([seeds])
    index = json.loads((seeds / "index.json").read_text(encoding="utf-8"))
    assert [d.doc_id for d in docs] == [entry["id"] for entry in index]
    assert [d.published for d in docs] == [
        dt.date.fromisoformat(entry["published"]) for entry in index
    ]
    assert [d.source for d in docs] == [entry["source"] for entry in index]
    assert docs[0].text == (seeds / index[0]["file"]).read_bytes().decode("utf-8")


def test_folder_without_index_is_sorted_txt(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "c.md"]:
        write(tmp_path / name, name)
    docs = read_documents([tmp_path])
    assert [(d.doc_id, d.text, d.published) for d in docs] == [
        ("a", "a.txt", None),
        ("b", "b.txt", None),
    ]


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no index.json, .txt or .jsonl files"):
        read_documents([tmp_path])


@pytest.mark.parametrize(
    ("index", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"file": "a.txt"}', "expected a list"),
        ('["a.txt"]', "entry 1: expected an object"),
        ('[{"id": "1"}]', "entry 1: file: Field required"),
        ('[{"file": "gone.txt"}]', "entry 1: .*gone.txt does not exist"),
        ('[{"file": "a.txt", "published": "May 9"}]', "entry 1: published: "),
    ],
)
def test_bad_index(tmp_path: Path, index: str, message: str) -> None:
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "index.json", index)
    with pytest.raises(InputError, match=message) as info:
        read_documents([tmp_path])
    assert info.value.path == str(tmp_path / "index.json")


# --- .jsonl ----------------------------------------------------------------------------------
def test_jsonl(tmp_path: Path) -> None:
    lines = [
        {"id": "x1", "text": "One.", "published": "2023-10-24", "source": "AP"},
        {"text": "Two."},
    ]
    path = write(tmp_path / "docs.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n\n")
    docs = read_documents([path])
    assert docs == [
        Document(text="One.", published=dt.date(2023, 10, 24), source="AP", doc_id="x1"),
        Document(text="Two.", doc_id="docs:2"),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "line 2: not valid JSON"),
        ("[1, 2]", "line 2: expected a JSON object"),
        ('{"id": "b"}', "line 2: text: Field required"),
        ('{"text": "B.", "published": "30/11/2023"}', "line 2: published: "),
        ('{"text": "B.", "url": 3}', "line 2: url: Input should be a valid string"),
        ('{"text": "B.", "id": "a"}', "line 2: two documents have the id 'a'"),
    ],
)
def test_bad_jsonl_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path / "docs.jsonl", '{"id": "a", "text": "A."}\n' + line + "\n")
    with pytest.raises(InputError, match=message) as info:
        read_documents([path])
    assert str(info.value).startswith(f"{path} line 2:")
    assert info.value.path == str(path)


def test_order_follows_arguments(tmp_path: Path, seeds: Path) -> None:
    path = write(tmp_path / "zz.txt", "Z.")
    docs = read_documents([path, seeds])
    assert [d.doc_id for d in docs] == ["zz", "000", "001", "002", "003", "004"]
    assert read_documents([path, seeds]) == docs


# --- writing ---------------------------------------------------------------------------------
def sample_claim() -> Claim:
    text = "Officials said 12 people were killed."
    return Claim(
        id="d1-0",
        doc_id="d1",
        kind="figure",
        who=Who(
            name="Officials", canonical="officials", kind="group", text="Officials", span=(0, 9)
        ),
        what="12 killed",
        figure=Figure(value=12, qualifier="exact", category="killed", text="12", span=(15, 17)),
        text=text,
        span=(0, len(text)),
    )


def test_write_jsonl_round_trips() -> None:
    claim = sample_claim()
    out = io.StringIO()
    assert write_jsonl([claim, claim], out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert Claim.model_validate(json.loads(lines[0])) == claim
    assert list(json.loads(lines[0]))[:3] == ["id", "doc_id", "source"]


def test_write_jsonl_is_deterministic_and_keeps_unicode() -> None:
    doc = Document(text="“Ceasefire” — ٣ days", doc_id="u")
    first, second = io.StringIO(), io.StringIO()
    write_jsonl([doc], first)
    write_jsonl([doc], second)
    assert first.getvalue() == second.getvalue()
    assert "“Ceasefire” — ٣ days" in first.getvalue()


def test_write_jsonl_nothing() -> None:
    out = io.StringIO()
    assert write_jsonl([], out) == 0
    assert out.getvalue() == ""


def test_write_text(tmp_path: Path) -> None:
    write_text(tmp_path / "r.md", "# Report\n")
    assert (tmp_path / "r.md").read_text(encoding="utf-8") == "# Report\n"
    with pytest.raises(InputError, match="cannot write"):
        write_text(tmp_path / "missing" / "r.md", "x")
