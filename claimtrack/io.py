r"""Reading documents and claims from files and stdin; writing JSON Lines.

This module, ``export`` and ``cli`` are the only ones that touch files or streams. Documents are
read one at a time (a generator), so memory stays flat however many there are. Paths:

- a ``.txt`` file (any case: ``.TXT``) is one article; its ``doc_id`` is the file stem unless
  the caller gives one;
- a ``.jsonl`` file holds one record per line. A **document** is ``{"text", "id",
  "published", "source", "url", "title", "authors", ...}`` (only ``text`` is required; ``id``
  defaults to ``<file stem>:<line number>``; ``doc_id`` is taken for ``id``, ``date`` for
  ``published`` and ``author`` for ``authors``; every other key is kept in ``Document.meta``).
  A **claim** (a line ``claimtrack extract`` wrote: it has ``id``, ``kind`` and ``span``) is read
  back as a :class:`~claimtrack.model.Claim`, so extraction can run in shards and
  reconciliation once;
- a folder is read recursively, in name order: its ``index.json`` first (a list of ``{"file",
  "id", "published", "source", ...}``), then the ``.txt`` and ``.jsonl`` files the index does
  not list, then its subfolders, each the same way. A file below the top folder gets an id
  with its folder: ``2024/article``;
- ``-`` is stdin: JSON Lines if its first character is ``{``, else one article (id ``stdin``).

Dates follow :func:`claimtrack.model.parse_published` (ISO dates and timestamps with zones).
Text is decoded as UTF-8 and kept byte for byte, line endings included, so that claim spans
index the file's text exactly. A lone surrogate escape in JSON (``"\ud800"``) cannot be
written as UTF-8; it becomes U+FFFD, one character for one, so offsets do not move.

>>> import io
>>> from claimtrack import Document
>>> out = io.StringIO()
>>> write_jsonl([Document(text="Officials said 12 people died.", doc_id="a")], out)
1
>>> out.getvalue()[:60]
'{"text": "Officials said 12 people died.", "published": null'
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .errors import InputError
from .model import Claim, Document, describe, parse_published

INDEX_NAME = "index.json"
STDIN = "-"
_PATH_KINDS = "a .txt article, a .jsonl file, a folder, or - for stdin"
# Keys scrapers use for the fields a Document names otherwise.
ALIASES = {"doc_id": "id", "date": "published", "author": "authors"}
_SURROGATE = re.compile("[\ud800-\udfff]")

Record = Document | Claim
OnError = Callable[[InputError], None]


class _Fields(BaseModel):
    """The document fields of one ``.jsonl`` line or ``index.json`` entry."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    text: str | None = None
    file: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()

    @field_validator("published", mode="before")
    @classmethod
    def _day(cls, value: object) -> dt.date | None:
        return parse_published(value)

    @field_validator("authors", mode="before")
    @classmethod
    def _authors(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else (() if value is None else value)


def iter_records(
    paths: str | Path | Iterable[str | Path],
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
    on_error: OnError | None = None,
) -> Iterator[Record]:
    """Yield the documents and claims of ``paths``, one at a time, in a deterministic order.

    Args:
        paths: One path or several: ``.txt``, ``.jsonl``, folders, ``-`` (see the module doc).
        published: Publication date of every document that has none of its own.
        source: Outlet of every document that has none of its own.
        doc_id: Document id for a single ``.txt`` file or stdin text; defaults to the stem.
        on_error: Called with the error of a bad record (a malformed line, an unreadable file,
            a repeated id), after which reading goes on; None raises it.

    Raises:
        InputError: a path is missing or of an unknown kind, or (without ``on_error``) a record
            is bad. Messages name the file, the line or entry, and the key.
    """
    path_list = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if not path_list:
        raise InputError("no input paths given; pass at least one .txt, .jsonl file or folder")
    reader = _Reader(parse_published(published), source, on_error)
    if doc_id is not None and (len(path_list) != 1 or Path(path_list[0]).is_dir()):
        raise InputError(
            "doc_id names a single .txt file; with several paths or a folder, ids come from "
            "file names, index.json or the .jsonl lines",
            value=doc_id,
        )
    for raw in path_list:
        yield from reader.path(raw, doc_id)


def iter_documents(paths: str | Path | Iterable[str | Path], **options: Any) -> Iterator[Document]:
    """Like :func:`iter_records`, for documents only: a line holding a claim is an error."""
    for record in iter_records(paths, **options):
        if isinstance(record, Claim):
            raise InputError(
                f"found a claim ({record.id}) where documents were expected; claims are read "
                "by reconcile and report",
                value=record.id,
            )
        yield record


def read_documents(paths: str | Path | Iterable[str | Path], **options: Any) -> list[Document]:
    """Read articles from ``.txt`` files, ``.jsonl`` files and folders, in the order given.

    Takes the options of :func:`iter_records`.

    >>> docs = read_documents("seeds/")
    >>> [d.doc_id for d in docs]
    ['000', '001', '002', '003', '004']
    >>> docs[4].published, docs[4].source
    (datetime.date(2024, 5, 9), 'Shafaq News')
    """
    return list(iter_documents(paths, **options))


class _Reader:
    """Defaults for undated documents, the ids seen so far, and what to do with a bad record."""

    def __init__(self, published: dt.date | None, source: str | None, on_error: OnError | None):
        self.published, self.source, self.on_error = published, source, on_error
        self.seen: set[str] = set()
        self.files = 0  # articles and .jsonl files met in folders, read or skipped

    def path(self, raw: str | Path, doc_id: str | None) -> Iterator[Record]:
        if str(raw) == STDIN:
            yield from self._stdin(doc_id)
            return
        path = Path(raw)
        kind = path.suffix.lower()
        if path.is_dir():
            before = self.files
            yield from self._folder(path, path)
            if self.files == before:
                raise InputError(
                    f"{path}: no {INDEX_NAME}, .txt or .jsonl files; expected {_PATH_KINDS}",
                    value=str(path),
                    path=str(path),
                )
        elif kind == ".jsonl" and path.is_file():
            yield from self._guarded(self._jsonl_file(path), path)
        elif kind == ".txt" and path.is_file():
            yield from self._guarded(self._txt(path, doc_id or path.stem), path)
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder", value=str(path), path=str(path))
        else:
            raise InputError(
                f"{path}: cannot read this kind of file; expected {_PATH_KINDS}",
                value=str(path),
                path=str(path),
            )

    def _guarded(self, records: Iterator[Record], path: Path) -> Iterator[Record]:
        # A file that cannot be opened or decoded is one bad record with --skip-errors.
        try:
            yield from records
        except InputError as err:
            if self.on_error is None:
                raise
            self.on_error(err)
        except OSError as err:
            self._fail(InputError(f"{path}: cannot read: {err.strerror}", path=str(path)))

    def _fail(self, err: InputError) -> None:
        if self.on_error is None:
            raise err
        self.on_error(err)

    def _document(self, fields: _Fields, text: str, doc_id: str, meta: dict[str, Any]) -> Record:
        if doc_id in self.seen:
            # Claim ids are built from the document id, so two documents with one id collide.
            raise InputError(
                f"two documents have the id {doc_id!r}; give each document its own id",
                value=doc_id,
            )
        self.seen.add(doc_id)
        return Document(
            text=text,
            published=fields.published if fields.published is not None else self.published,
            source=fields.source if fields.source is not None else self.source,
            doc_id=doc_id,
            url=fields.url,
            title=fields.title,
            authors=fields.authors,
            meta=meta,
        )

    def _txt(
        self,
        path: Path,
        doc_id: str,
        fields: _Fields | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Iterator[Record]:
        text = _decode(path.read_bytes(), str(path))
        yield self._document(fields or _Fields(), text, doc_id, meta or {})

    def _stdin(self, doc_id: str | None) -> Iterator[Record]:
        stream: BinaryIO = sys.stdin.buffer
        head = [stream.readline()]
        while head[-1] and not head[-1].strip():  # blank lines before the first record
            head.append(stream.readline())
        if head[-1].lstrip().startswith(b"{"):
            yield from self._jsonl(itertools.chain(head, stream), Path("<stdin>"))
        else:
            text = _decode(b"".join(head) + stream.read(), "<stdin>")
            yield self._document(_Fields(), text, doc_id or "stdin", {})

    def _jsonl_file(self, path: Path) -> Iterator[Record]:
        with path.open("rb") as stream:
            yield from self._jsonl(stream, path)

    def _jsonl(self, lines: Iterable[bytes], path: Path) -> Iterator[Record]:
        for number, raw in enumerate(lines, start=1):
            line = raw.rstrip(b"\r\n")
            if not line.strip():
                continue
            try:
                yield self._line(line, number, path)
            except InputError as err:
                self._fail(err)

    def _line(self, raw: bytes, number: int, path: Path) -> Record:
        where = f"{path} line {number}"
        line = _decode(raw, where).lstrip("\ufeff") if number == 1 else _decode(raw, where)
        try:
            data = json.loads(line)
            if "\\ud" in line.lower():
                data = _no_surrogates(data)
        except json.JSONDecodeError as err:
            raise InputError(
                f"{where}: not valid JSON: {err.msg}", value=line, path=str(path)
            ) from err
        except RecursionError as err:  # "[[[[...": the decoder gives up before the line does
            raise InputError(
                f"{where}: nested too deeply", value=line[:80], path=str(path)
            ) from err
        if not isinstance(data, dict):
            raise InputError(
                f'{where}: expected a JSON object like {{"id": "a1", "text": "..."}}, '
                f"got {type(data).__name__}",
                value=line,
                path=str(path),
            )
        if {"id", "kind", "span"} <= data.keys():
            try:
                return Claim.model_validate(data)
            except ValidationError as err:
                raise InputError(f"{where}: {describe(err)}", value=data, path=str(path)) from err
        if {"before", "after"} <= data.keys():
            raise InputError(
                f"{where}: this is a flag; give documents or the claims extract writes",
                value=data,
                path=str(path),
            )
        fields, meta = _split(data, where, path)
        if fields.text is None:
            raise InputError(f"{where}: text: Field required", value=data, path=str(path))
        doc_id = fields.id if fields.id is not None else f"{path.stem}:{number}"
        try:
            return self._document(fields, fields.text, doc_id, meta)
        except InputError as err:
            raise InputError(f"{where}: {err}", value=err.value, path=str(path)) from err

    def _folder(self, folder: Path, root: Path) -> Iterator[Record]:
        index = folder / INDEX_NAME
        listed: set[str] = set()
        if index.is_file():
            for number, (file, fields, meta) in enumerate(self._index(index), start=1):
                listed.add(file.name)
                self.files += 1
                where = f"{index} entry {number}"
                if not file.is_file():
                    self._fail(InputError(f"{where}: {file} does not exist", path=str(index)))
                    continue
                doc_id = fields.id if fields.id is not None else _rel_id(file, root)
                yield from self._guarded(self._txt(file, doc_id, fields, meta), file)
        children = sorted(folder.iterdir(), key=lambda p: p.name)
        for child in children:
            kind = child.suffix.lower()
            if child.name in listed or not child.is_file() or child.name.startswith("."):
                continue
            if kind in (".txt", ".jsonl"):
                self.files += 1
            if kind == ".txt":
                yield from self._guarded(self._txt(child, _rel_id(child, root)), child)
            elif kind == ".jsonl":
                yield from self._guarded(self._jsonl_file(child), child)
        for child in children:
            if child.is_dir() and not child.name.startswith((".", "_")):
                yield from self._folder(child, root)

    def _index(self, index: Path) -> Iterator[tuple[Path, _Fields, dict[str, Any]]]:
        try:
            entries = json.loads(_decode(index.read_bytes(), str(index)))
        except json.JSONDecodeError as err:
            raise InputError(
                f"{index}: not valid JSON: {err.msg} (line {err.lineno})", path=str(index)
            ) from err
        except RecursionError as err:
            raise InputError(f"{index}: nested too deeply", path=str(index)) from err
        if not isinstance(entries, list):
            raise InputError(
                f'{index}: expected a list of {{"file", "id", "published", "source"}} objects, '
                f"got {type(entries).__name__}",
                path=str(index),
            )
        for number, data in enumerate(entries, start=1):
            where = f"{index} entry {number}"
            try:
                if not isinstance(data, dict):
                    raise InputError(f"{where}: expected an object with a 'file' key")
                fields, meta = _split(data, where, index)
                if fields.file is None:
                    raise InputError(f"{where}: file: Field required", value=data)
            except InputError as err:
                self._fail(InputError(str(err), value=err.value, path=str(index)))
                continue
            yield index.parent / fields.file, fields, meta


def _split(data: dict[str, Any], where: str, path: Path) -> tuple[_Fields, dict[str, Any]]:
    """The known fields of a record (aliases applied) and the rest, kept as ``meta``."""
    known: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    for key, value in data.items():
        name = ALIASES.get(key, key)
        if name in _Fields.model_fields and name not in known:
            known[name] = value
        else:
            meta[key] = value
    try:
        return _Fields.model_validate(known), meta
    except ValidationError as err:
        raise InputError(f"{where}: {describe(err)}", value=data, path=str(path)) from err


def _rel_id(file: Path, root: Path) -> str:
    """``stem`` for a file in the top folder, ``sub/stem`` below it."""
    rel = file.relative_to(root).with_suffix("")
    return rel.as_posix()


def _decode(data: bytes, where: str) -> str:
    # Bytes decoded without newline translation: "\r\n" stays two characters, so spans match.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{where}: not UTF-8 text (byte {err.start}); re-save the file as UTF-8",
            value=where,
            path=where.split(" line ")[0],
        ) from err


def _no_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_no_surrogates(k): _no_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_no_surrogates(v) for v in value]
    return value


def seeds_path() -> Path:
    """The folder of sample articles that ships with claimtrack (``claimtrack seeds`` copies it).

    An installed wheel holds it as ``claimtrack/seeds``; a source checkout as ``seeds/``.
    """
    here = Path(__file__).resolve().parent
    for folder in (here / "seeds", here.parent / "seeds"):
        if (folder / INDEX_NAME).is_file():
            return folder
    raise InputError("the sample articles are missing from this installation; reinstall it")


def dump_line(model: BaseModel) -> str:
    """One model as one line of JSON, keys in field order, non-ASCII as is, valid UTF-8."""
    line = json.dumps(model.model_dump(mode="json"), ensure_ascii=False)
    return _SURROGATE.sub("\ufffd", line) + "\n"


def write_jsonl(models: Iterable[BaseModel], stream: TextIO) -> int:
    """Write each model as one line of JSON (``model_dump(mode="json")``); return the count.

    Keys keep the model's field order and non-ASCII text is written as is, so the same models
    always give the same bytes.
    """
    count = 0
    for model in models:
        stream.write(dump_line(model))
        count += 1
    return count


def write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8.

    Raises:
        InputError: the file cannot be written (missing folder, no permission).
    """
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as err:
        raise InputError(
            f"{path}: cannot write: {err.strerror}", value=str(path), path=str(path)
        ) from err
