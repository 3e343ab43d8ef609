"""Reading documents from .txt, .jsonl and folders; writing JSON Lines."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Claim, Document, InputError
from claimtrack.io import _Reader, iter_records, read_documents, write_jsonl, write_text
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


# --- desk inputs: scrapers' keys, timestamps, folders, stdin, claims ------------------------------
def test_jsonl_scraper_keys(tmp_path: Path) -> None:
    lines = [
        {
            "url": "https://a.example/1",
            "title": "Quake",
            "authors": ["Ana Rui", "Bo Li"],
            "published": "2031-03-01T22:10:00-04:00",
            "source": "Wire",
            "section": "World",
            "tags": ["quake"],
            "text": "Officials said 4 people died.",
        },
        {"doc_id": "b", "author": "Cy Do", "date": "2031-03-02T01:00:00Z", "text": "B."},
    ]
    path = write(tmp_path / "scraped.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    a, b = read_documents(path)
    assert (a.url, a.title, a.authors) == ("https://a.example/1", "Quake", ("Ana Rui", "Bo Li"))
    assert a.published == dt.date(2031, 3, 1)  # the day where it was written, not UTC's
    assert a.meta == {"section": "World", "tags": ["quake"]}
    assert (b.doc_id, b.authors, b.published) == ("b", ("Cy Do",), dt.date(2031, 3, 2))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "B.", "authors": 3}', "line 2: authors: "),
        ('{"text": "B.", "published": "2031-02-30T10:00Z"}', "line 2: published: published must"),
        ('{"text": 5}', "line 2: text: Input should be a valid string"),
        ('{"kind": "figure_increase", "before": {}, "after": {}}', "line 2: this is a flag"),
        ('{"id": "c", "kind": "figure", "span": [0, 1]}', "line 2: doc_id: Field required"),
    ],
)
def test_bad_desk_lines(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path / "docs.jsonl", '{"id": "a", "text": "A."}\n' + line + "\n")
    with pytest.raises(InputError, match=message) as info:
        read_documents([path])
    assert info.value.path == str(path)


def test_on_error_skips_a_bad_line_and_goes_on(tmp_path: Path) -> None:
    body = '{"id": "a", "text": "A."}\n{oops\n\xff\n{"id": "a", "text": "again"}\n{"text": "C."}\n'
    path = tmp_path / "docs.jsonl"
    path.write_bytes(body.encode("utf-8").replace("\xff".encode(), b"\xff"))
    errors: list[InputError] = []
    docs = read_documents(path, on_error=errors.append)
    assert [d.doc_id for d in docs] == ["a", "docs:5"]
    assert [str(e).split(": ", 2)[0].rsplit(" ", 2)[-2:] for e in errors] == [
        ["line", "2"],
        ["line", "3"],
        ["line", "4"],
    ]
    assert "not UTF-8" in str(errors[1])
    assert "two documents have the id 'a'" in str(errors[2])


def test_surrogate_escapes_become_replacement_characters(tmp_path: Path) -> None:
    path = write(tmp_path / "s.jsonl", '{"id": "s", "text": "Bad \\ud800 here: 12 died."}\n')
    [doc] = read_documents(path)
    assert doc.text == "Bad \ufffd here: 12 died."  # one character for one: offsets hold
    out = io.StringIO()
    write_jsonl(claimtrack.extract(doc), out)
    out.getvalue().encode("utf-8")  # valid UTF-8, or this raises


def test_folder_is_read_recursively(tmp_path: Path) -> None:
    write(tmp_path / "b.TXT", "B.")
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "notes.md", "not an article")
    write(tmp_path / "feed.jsonl", '{"id": "f1", "text": "F."}\n')
    (tmp_path / "2024").mkdir()
    write(tmp_path / "2024" / "c.txt", "C.")
    write(tmp_path / "2024" / "d.txt", "D.")
    write(
        tmp_path / "2024" / "index.json",
        '[{"file": "d.txt", "id": "dee", "published": "2024-01-02"}]',
    )
    (tmp_path / ".cache").mkdir()
    write(tmp_path / ".cache" / "x.txt", "hidden")
    docs = read_documents(tmp_path, published="2030-01-01", source="Desk")
    assert [d.doc_id for d in docs] == ["a", "b", "f1", "dee", "2024/c"]
    assert [d.published for d in docs] == [dt.date(2030, 1, 1)] * 3 + [
        dt.date(2024, 1, 2),  # its own date wins over --published
        dt.date(2030, 1, 1),
    ]
    assert {d.source for d in docs} == {"Desk"}


def test_claims_are_read_back(tmp_path: Path, seeds: Path) -> None:
    claims = [c for d in read_documents(seeds) for c in claimtrack.extract(d)]
    path = tmp_path / "claims.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        write_jsonl(claims, stream)
    assert list(iter_records(path)) == claims
    with pytest.raises(InputError, match="found a claim .* where documents were expected"):
        read_documents(path)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin(b"Officials said 3 people died.\r\n"))
    [doc] = read_documents("-", published="2030-01-01")
    assert (doc.doc_id, doc.text, doc.published) == (
        "stdin",
        "Officials said 3 people died.\r\n",
        dt.date(2030, 1, 1),
    )
    monkeypatch.setattr("sys.stdin", Stdin(b'\n{"id": "x", "text": "X."}\n{"text": "Y."}\n'))
    assert [d.doc_id for d in read_documents("-")] == ["x", "<stdin>:3"]


def test_a_folder_whose_documents_were_all_skipped_is_not_empty(seeds: Path) -> None:
    errors: list[InputError] = []
    docs = read_documents([seeds, seeds], on_error=errors.append)
    assert len(docs) == 5
    assert len(errors) == 5
    assert all("two documents have the id" in str(e) for e in errors)


# --- any line: a record or an InputError, never another exception --------------------------------
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
KEYS = st.sampled_from(
    ["id", "doc_id", "text", "published", "date", "source", "url", "title", "authors", "author",
     "kind", "span", "before", "after", "file", "meta"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.dictionaries(KEYS, JSON_VALUES, max_size=6), JSON_VALUES, st.text(max_size=40)))
def test_any_jsonl_line_is_a_record_or_an_input_error(value: object) -> None:
    line = value if isinstance(value, str) else json.dumps(value)
    path = Path("fuzz.jsonl")
    errors: list[InputError] = []
    reader = _Reader(None, None, errors.append)
    records = list(reader._jsonl([line.encode("utf-8", "surrogatepass")], path))
    assert len(records) + len(errors) <= 1
    for record in records:
        assert isinstance(record, (Document, Claim))


def test_deeply_nested_line_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path / "deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(InputError, match="line 1: nested too deeply"):
        read_documents(path)


def test_deep_line_with_a_surrogate_is_an_input_error_or_a_record(tmp_path: Path) -> None:
    depth = 900
    line = '{"text": "x", "k": ' + "[" * depth + '"\\ud800"' + "]" * depth + "}\n"
    path = write(tmp_path / "deep.jsonl", line)
    errors: list[InputError] = []
    docs = read_documents(path, on_error=errors.append)
    assert [d.text for d in docs] + [str(e) for e in errors] in (
        ["x"],
        [f"{path} line 1: nested too deeply"],
    )
