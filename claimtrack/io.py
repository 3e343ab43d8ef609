r"""Reading documents from files and writing results as JSON Lines.

This module and ``cli`` are the only ones that touch files or streams. Three kinds of path are
read, always in a deterministic order:

- a ``.txt`` file is one article; its ``doc_id`` is the file stem unless the caller gives one;
- a ``.jsonl`` file holds one document per line: ``{"id", "text", "published", "source"}``
  (only ``text`` is required; ``id`` defaults to ``<file stem>:<line number>``);
- a folder is read through its ``index.json`` (a list of ``{"file", "id", "published",
  "source", ...}``, extra keys ignored, in the index's order) or, without one, as every ``*.txt``
  file in it, sorted by name.

Text is decoded as UTF-8 and kept byte for byte, line endings included, so that claim spans
index the file's text exactly.

>>> import io
>>> from claimtrack import Document
>>> out = io.StringIO()
>>> write_jsonl([Document(text="Officials said 12 people died.", doc_id="a")], out)
1
>>> out.getvalue()
'{"text": "Officials said 12 people died.", "published": null, "source": null, "doc_id": "a"}\n'
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import InputError
from .model import Document
from .pipeline import parse_published

M = TypeVar("M", bound=BaseModel)

INDEX_NAME = "index.json"
_PATH_KINDS = "a .txt article, a .jsonl file of documents, or a folder of .txt articles"


class _JsonlRecord(BaseModel):
    """One line of a ``.jsonl`` file of documents."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    text: str
    published: dt.date | None = None
    source: str | None = None


class _IndexEntry(BaseModel):
    """One entry of a folder's ``index.json``; other keys ("language", "note") are ignored."""

    model_config = ConfigDict(extra="ignore")

    file: str
    id: str | None = None
    published: dt.date | None = None
    source: str | None = None


def read_documents(
    paths: str | Path | Iterable[str | Path],
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
) -> list[Document]:
    """Read articles from ``.txt`` files, ``.jsonl`` files and folders, in the order given.

    Args:
        paths: One path or several; each a ``.txt`` article, a ``.jsonl`` file of documents or
            a folder (see the module docstring).
        published: Publication date for the ``.txt`` files named directly (a date or an ISO
            string like "2023-11-30"); folders and ``.jsonl`` files carry their own.
        source: Outlet name for the ``.txt`` files named directly.
        doc_id: Document id for a single ``.txt`` file; defaults to the file stem.

    Returns:
        The documents, in the order of ``paths`` and, within a folder or ``.jsonl`` file, in
        its own order.

    Raises:
        InputError: a path is missing or of an unknown kind, a file is not UTF-8, a line or an
            index entry is malformed, ``published`` is not a date, or two documents share an id.

    >>> docs = read_documents("seeds/")
    >>> [d.doc_id for d in docs]
    ['000', '001', '002', '003', '004']
    >>> docs[4].published, docs[4].source
    (datetime.date(2024, 5, 9), 'Shafaq News')
    """
    path_list = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if not path_list:
        raise InputError("no input paths given; pass at least one .txt, .jsonl file or folder")
    day = parse_published(published)
    if doc_id is not None and (len(path_list) != 1 or Path(path_list[0]).is_dir()):
        raise InputError(
            "doc_id names a single .txt file; with several paths or a folder, ids come from "
            "file names, index.json or the .jsonl lines",
            value=doc_id,
        )
    documents: list[Document] = []
    for raw in path_list:
        path = Path(raw)
        if path.is_dir():
            documents.extend(_read_folder(path))
        elif path.suffix == ".jsonl" and path.is_file():
            documents.extend(_read_jsonl(path))
        elif path.suffix == ".txt" and path.is_file():
            documents.append(
                Document(
                    text=_read_text(path),
                    published=day,
                    source=source,
                    doc_id=doc_id if doc_id is not None else path.stem,
                )
            )
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder", value=str(path), path=str(path))
        else:
            raise InputError(
                f"{path}: cannot read this kind of file; expected {_PATH_KINDS}",
                value=str(path),
                path=str(path),
            )
    _check_unique_ids(documents)
    return documents


def write_jsonl(models: Iterable[BaseModel], stream: TextIO) -> int:
    """Write each model as one line of JSON (``model_dump(mode="json")``); return the count.

    Keys keep the model's field order and non-ASCII text is written as is, so the same models
    always give the same bytes.
    """
    count = 0
    for model in models:
        stream.write(json.dumps(model.model_dump(mode="json"), ensure_ascii=False) + "\n")
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


def _read_text(path: Path) -> str:
    # Bytes decoded without newline translation: "\r\n" stays two characters, so spans match
    # the file.
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(
            f"{path}: cannot read: {err.strerror}", value=str(path), path=str(path)
        ) from err
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path}: not UTF-8 text (byte {err.start}); re-save the file as UTF-8",
            value=str(path),
            path=str(path),
        ) from err


def _read_jsonl(path: Path) -> list[Document]:
    documents = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(
                f"{where}: not valid JSON: {err.msg}", value=line, path=str(path)
            ) from err
        if not isinstance(data, dict):
            raise InputError(
                f'{where}: expected a JSON object like {{"id": "a1", "text": "..."}}, '
                f"got {type(data).__name__}",
                value=line,
                path=str(path),
            )
        record = _validate(_JsonlRecord, data, where, path)
        documents.append(
            Document(
                text=record.text,
                published=record.published,
                source=record.source,
                doc_id=record.id if record.id is not None else f"{path.stem}:{number}",
            )
        )
    return documents


def _read_folder(folder: Path) -> list[Document]:
    index = folder / INDEX_NAME
    if not index.is_file():
        files = sorted(folder.glob("*.txt"))
        if not files:
            raise InputError(
                f"{folder}: no {INDEX_NAME} and no .txt files; expected {_PATH_KINDS}",
                value=str(folder),
                path=str(folder),
            )
        return [Document(text=_read_text(f), doc_id=f.stem) for f in files]
    try:
        entries = json.loads(_read_text(index))
    except json.JSONDecodeError as err:
        raise InputError(
            f"{index}: not valid JSON: {err.msg} (line {err.lineno})", path=str(index)
        ) from err
    if not isinstance(entries, list):
        raise InputError(
            f'{index}: expected a list of {{"file", "id", "published", "source"}} objects, '
            f"got {type(entries).__name__}",
            path=str(index),
        )
    documents = []
    for number, data in enumerate(entries, start=1):
        where = f"{index} entry {number}"
        if not isinstance(data, dict):
            raise InputError(f"{where}: expected an object with a 'file' key", path=str(index))
        entry = _validate(_IndexEntry, data, where, index)
        file = folder / entry.file
        if not file.is_file():
            raise InputError(f"{where}: {file} does not exist", value=entry.file, path=str(index))
        documents.append(
            Document(
                text=_read_text(file),
                published=entry.published,
                source=entry.source,
                doc_id=entry.id if entry.id is not None else file.stem,
            )
        )
    return documents


def _validate(model: type[M], data: dict[str, Any], where: str, path: Path) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(record)"
        raise InputError(f"{where}: {key}: {first['msg']}", value=data, path=str(path)) from err


def _check_unique_ids(documents: Sequence[Document]) -> None:
    # Claim ids are built from the document id, so two documents with one id would collide.
    seen: set[str] = set()
    for doc in documents:
        if doc.doc_id is None:
            continue
        if doc.doc_id in seen:
            raise InputError(
                f"two documents have the id {doc.doc_id!r}; give each document its own id",
                value=doc.doc_id,
            )
        seen.add(doc.doc_id)
