"""extract_many: each document's claims, in input order, from one process or a pool."""

from __future__ import annotations

import datetime as dt
import gc
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest

from claimtrack import Document, InputError, extract, load_lexicon
from claimtrack.batch import as_document, extract_many, json_lines
from claimtrack.scale.generate import news_documents


def dumped(lists: object) -> list[list[str]]:
    return [[c.model_dump_json() for c in claims] for claims in lists]  # type: ignore[attr-defined]


def test_one_list_per_document_in_input_order_equal_to_extract() -> None:
    docs = list(news_documents(40, seed=11))
    expected = dumped(extract(d) for d in docs)
    assert dumped(extract_many(docs)) == expected
    assert sum(map(len, expected)) > 40


def test_a_pool_gives_the_same_lists_in_the_same_order() -> None:
    docs = list(news_documents(90, seed=12))
    expected = dumped(extract(d) for d in docs)
    assert dumped(extract_many(docs, jobs=2, chunksize=7)) == expected


def test_a_pool_uses_the_lexicon_it_is_given() -> None:
    lexicon = load_lexicon().extended({"categories": {"killed": {"verbs": ["glorped"]}}})
    text = "The Velmar coastguard said 23 sailors glorped off Tarrow Point."
    plain = [c for c in next(extract_many([text], jobs=2)) if c.figure]
    mine = [c for c in next(extract_many([text], jobs=2, lexicon=lexicon)) if c.figure]
    assert [c.figure.category for c in mine if c.figure] == ["killed"]
    assert [c.figure.category for c in plain if c.figure] != ["killed"]


def test_strings_documents_and_dicts_are_accepted() -> None:
    text = "Officials in Rusk said 8 people were killed."
    docs: list[Any] = [
        text,
        Document(text=text, doc_id="d"),
        {"text": text, "doc_id": "e", "published": "2024-02-03", "url": "http://x"},
        {"text": text, "id": "f"},
    ]
    got = list(extract_many(docs))
    assert [c[0].doc_id for c in got] == [None, "d", "e", "f"]
    assert got[2][-1].date is not None
    assert got[2][-1].date.start == dt.date(2024, 2, 3)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (b"bytes", "document 0: expected a str.*got bytes; decode it first"),
        (42, "document 0: expected a str.*got int"),
        ({"id": "x"}, "document 0: text: Field required"),
        ({"text": "a", "published": "30/11/2023"}, "document 0: published"),
    ],
)
def test_bad_documents_raise_input_error_naming_their_position(item, message) -> None:
    with pytest.raises(InputError, match=message):
        list(extract_many([item]))


@pytest.mark.parametrize("jobs", [0, -1, 1.5, True, "2"])
def test_jobs_must_be_a_positive_int(jobs) -> None:
    with pytest.raises(InputError, match="jobs must be a positive int"):
        extract_many([], jobs=jobs)


def test_lexicon_must_be_a_lexicon() -> None:
    with pytest.raises(InputError, match="lexicon must be a claimtrack.Lexicon"):
        extract_many([], lexicon={"categories": {}})  # type: ignore[call-overload]


def test_input_is_read_lazily() -> None:
    pulled = []

    def docs() -> Iterator[str]:
        for i in range(1000):
            pulled.append(i)
            yield f"Officials said {i + 2} people were killed."

    stream = extract_many(docs())
    next(stream)
    assert len(pulled) == 1
    stream = extract_many(docs(), jobs=2, chunksize=4)
    next(stream)
    stream.close()  # type: ignore[attr-defined]
    assert len(pulled) <= 1 + 2 * 2 * 4 + 4


def test_memory_is_flat_in_the_number_of_documents() -> None:
    # The same 40 documents once and ten times over: the peak is that of the largest document
    # at work, whatever the number of documents before it (a larger sample would hold a larger
    # document and say nothing of flatness).
    docs = list(news_documents(40, seed=13))

    def peak(documents: list) -> int:
        # CPython keeps freed tuples, floats and the like on free lists that only a full
        # collection empties, at times of its own choosing; they would count as memory held.
        # Empty them between documents, so that what is measured is what the library holds.
        gc.collect()
        tracemalloc.start()
        for _ in extract_many(iter(documents)):
            gc.collect()
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    peak(docs[:10])  # caches and compiled patterns, once
    small, large = peak(docs), peak(docs * 10)
    assert large < 1.5 * small


def test_as_document_keeps_a_document() -> None:
    doc = Document(text="x")
    assert as_document(doc) is doc


@pytest.mark.parametrize("jobs", [1, 2])
def test_convert_runs_where_claims_are_made_and_its_result_is_yielded(jobs) -> None:
    docs = list(news_documents(20, seed=14))
    expected = ["".join(c.model_dump_json() + "\n" for c in extract(d)) for d in docs]
    assert list(extract_many(docs, jobs=jobs, chunksize=3, convert=json_lines)) == expected
    assert list(extract_many(docs[:3], jobs=jobs, convert=len)) == [
        len(extract(d)) for d in docs[:3]
    ]


def test_convert_must_be_callable() -> None:
    with pytest.raises(InputError, match="convert must be callable"):
        extract_many([], convert="json")  # type: ignore[call-overload]


def test_convert_that_cannot_reach_a_worker_is_refused_at_once() -> None:
    with pytest.raises(InputError, match="module-level function when jobs > 1"):
        extract_many([], jobs=2, convert=lambda claims: len(claims))
    assert list(extract_many(["Police said 3 died."], convert=lambda claims: 7)) == [7]
