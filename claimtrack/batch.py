"""Many documents -> their claims, one list per document, in input order, in flat memory.

:func:`extract_many` reads its input lazily and yields each document's claims as soon as they
are ready, so a corpus of any size streams through in the memory of a few documents. With
``jobs > 1`` a pool of worker processes extracts chunks of documents; each worker loads the
lexicon once, and at most ``2 * jobs`` chunks are in flight at a time, so memory stays flat
however many documents come.

>>> from claimtrack import Document
>>> docs = ["Officials said 12 people died.", {"text": "Police said 3 were hurt.", "id": "b"}]
>>> [[c.kind for c in claims] for claims in extract_many(docs)]
[['statement', 'figure'], ['statement', 'figure']]
"""

from __future__ import annotations

import itertools
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar, overload

from .errors import InputError
from .lexicon import Lexicon, load_lexicon
from .model import Claim, Document
from .pipeline import extract

# Documents sent to a worker at a time: large enough that the cost of a round trip (pickling
# the claims back) is small beside the extraction, small enough to keep memory flat.
CHUNKSIZE = 32
# Chunks waiting in a worker's queue beside the one it runs, per worker.
PREFETCH = 2

DocumentLike = Document | str | Mapping[str, Any]
T = TypeVar("T")

# The lexicon of this worker process, set once by _start_worker.
_worker_lexicon: Lexicon | None = None


def as_document(item: object, *, where: str = "document") -> Document:
    """Turn one input of :func:`extract_many` into a :class:`Document`.

    A string is the text; a mapping holds the keys ``Document`` takes (``text``, ``published``,
    ``source``, ``doc_id``) and may name the id ``id``, as a line of a ``.jsonl`` file does;
    ``url``, ``title`` and ``authors`` are the document's; other keys are kept in ``meta``.

    Raises:
        InputError: ``item`` is neither, or its values do not fit (the message says which).

    >>> doc = as_document({"id": "a1", "text": "Rain.", "published": "2024-05-09", "url": "x"})
    >>> (doc.doc_id, doc.published, doc.url)
    ('a1', datetime.date(2024, 5, 9), 'x')
    """
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(text=item)
    if isinstance(item, Mapping):
        data = {k: v for k, v in item.items() if k in Document.model_fields and k != "meta"}
        meta = {k: v for k, v in item.items() if k not in Document.model_fields and k != "id"}
        if "doc_id" not in data and item.get("id") is not None:
            data["doc_id"] = item["id"]
        try:
            return Document(**data, meta={**dict(item.get("meta") or {}), **meta})
        except InputError as err:
            problem = str(err).removeprefix("Document: ")
            raise InputError(f"{where}: {problem}", value=item) from err
    kind = "bytes; decode it first" if isinstance(item, (bytes, bytearray)) else type(item).__name__
    raise InputError(
        f"{where}: expected a str, a claimtrack.Document or a dict with a 'text' key, got {kind}",
        value=item,
    )


@overload
def extract_many(
    documents: Iterable[DocumentLike],
    *,
    jobs: int = 1,
    lexicon: Lexicon | None = None,
    chunksize: int = CHUNKSIZE,
) -> Iterator[list[Claim]]: ...


@overload
def extract_many(
    documents: Iterable[DocumentLike],
    *,
    jobs: int = 1,
    lexicon: Lexicon | None = None,
    chunksize: int = CHUNKSIZE,
    convert: Callable[[list[Claim]], T],
) -> Iterator[T]: ...


def extract_many(
    documents: Iterable[DocumentLike],
    *,
    jobs: int = 1,
    lexicon: Lexicon | None = None,
    chunksize: int = CHUNKSIZE,
    convert: Callable[[list[Claim]], Any] | None = None,
) -> Iterator[Any]:
    """Extract the claims of many documents, yielding one list per document, in input order.

    Args:
        documents: Documents, strings or dicts (see :func:`as_document`), read lazily: a
            generator over a corpus on disk streams through without being held in memory.
        jobs: Worker processes; 1 extracts in this process.
        lexicon: Word lists to use instead of the defaults; sent once to each worker.
        chunksize: Documents per task sent to a worker (ignored when ``jobs`` is 1).
        convert: A function applied to each document's claims where they are extracted (in the
            worker), whose result is yielded instead of the claims: :func:`json_lines` sends
            text back, which costs a tenth of sending claims. A module-level function, so that
            it can be pickled, when ``jobs > 1``.

    Yields:
        Each document's claims, exactly as :func:`claimtrack.extract` returns them (or what
        ``convert`` makes of them).

    Raises:
        InputError: ``jobs`` or ``chunksize`` is not a positive int, or a document is not
            readable (the message gives its position in the input).
    """
    for name, value in (("jobs", jobs), ("chunksize", chunksize)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InputError(f"{name} must be a positive int, got {value!r}", value=value)
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise InputError(
            f"lexicon must be a claimtrack.Lexicon (see load_lexicon()), got "
            f"{type(lexicon).__name__}",
            value=lexicon,
        )
    if convert is not None and not callable(convert):
        raise InputError(f"convert must be callable, got {convert!r}", value=convert)
    if convert is not None and jobs > 1:
        _check_picklable(convert)
    docs = (as_document(d, where=f"document {i}") for i, d in enumerate(documents))
    if jobs == 1:
        lex = lexicon if lexicon is not None else load_lexicon()
        return (_one(doc, lex, convert) for doc in docs)
    return _pooled(docs, jobs, lexicon, chunksize, convert)


def _check_picklable(convert: Callable[[list[Claim]], Any]) -> None:
    try:
        pickle.dumps(convert)
    except (pickle.PicklingError, AttributeError, TypeError) as err:
        raise InputError(
            f"convert must be a module-level function when jobs > 1 (it is sent to the worker "
            f"processes), got {convert!r}: {err}",
            value=convert,
        ) from err


def json_lines(claims: list[Claim]) -> str:
    """One document's claims as JSON Lines (each claim's ``model_dump_json()`` and a newline).

    >>> from claimtrack import extract
    >>> len(json_lines(extract("Police said 3 people died.", doc_id="p")).splitlines())
    2
    """
    return "".join(f"{claim.model_dump_json()}\n" for claim in claims)


def _one(doc: Document, lexicon: Lexicon, convert: Callable[[list[Claim]], Any] | None) -> Any:
    claims = extract(doc, lexicon=lexicon)
    return claims if convert is None else convert(claims)


def _pooled(
    docs: Iterator[Document],
    jobs: int,
    lexicon: Lexicon | None,
    chunksize: int,
    convert: Callable[[list[Claim]], Any] | None,
) -> Iterator[Any]:
    chunks = iter(lambda: list(itertools.islice(docs, chunksize)), [])
    # Imported here: a pool is only needed with jobs > 1, and the import costs ~10 ms at startup.
    import concurrent.futures as cf

    with cf.ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(lexicon,)) as pool:
        pending: deque[cf.Future[list[Any]]] = deque()
        try:
            for chunk in itertools.islice(chunks, jobs * PREFETCH):
                pending.append(pool.submit(_extract_chunk, chunk, convert))
            while pending:
                done = pending.popleft().result()
                for chunk in itertools.islice(chunks, 1):
                    pending.append(pool.submit(_extract_chunk, chunk, convert))
                yield from done
        finally:
            # Closed early (a consumer that stops reading, an error): drop what is queued.
            for future in pending:
                future.cancel()


def _start_worker(lexicon: Lexicon | None) -> None:
    """Load the lexicon once per worker process (the default one when None)."""
    global _worker_lexicon
    _worker_lexicon = lexicon if lexicon is not None else load_lexicon()


def _extract_chunk(
    chunk: list[Document], convert: Callable[[list[Claim]], Any] | None
) -> list[Any]:
    assert _worker_lexicon is not None  # set by _start_worker
    return [_one(doc, _worker_lexicon, convert) for doc in chunk]
