r"""Whole-word term lists found without compiling one big pattern.

``regex.compile(r"(?<!B)\L<t>(?!B)", t=terms, flags=regex.I)`` costs tens of milliseconds for a
list of hundreds of terms and scans slowly, because every position of the text tries the
branches. :class:`WordTerms` finds the same matches: a small pattern finds where a term's first
word stands, and the terms with that first word are compared there, longest first. Where the
text or a term is not ASCII the comparison falls back to the big pattern (compiled on first
need), so case-blind matching stays exactly that of ``regex``.

>>> terms = WordTerms(["must stop", "must not stop", "should cease"], r"[\p{L}\p{N}]")
>>> [(s, e) for s, e in terms.finditer("They MUST NOT STOP; it should cease.", 0, 36)]
[(5, 18), (23, 35)]
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ..find.phrases import WordIndex

__all__ = ["WordTerms"]

_ASCII_WORD = re.compile(r"[a-z0-9]+")
_NONE: tuple[frozenset[str], list[int]] = (frozenset(), [])


class WordTerms:
    r"""The terms of ``(?<!B)\L<t>(?!B)`` (``B`` a one-character class), case-blind, as a finder."""

    def __init__(self, terms: Sequence[str], boundary: str) -> None:
        self._terms = list(terms)
        self._boundary = boundary
        self._edge = regex.compile(boundary)
        firsts: dict[str, list[str]] = {}
        for term in self._terms:
            firsts.setdefault(term.split(" ", 1)[0].lower(), []).append(term.lower())
        # Each first word's terms and their lengths, longest first, as regex tries a named
        # list's items: at one place one term of a length at most matches, so each length is
        # asked once.
        self._by_first = {
            k: (frozenset(v), sorted({len(t) for t in v}, reverse=True)) for k, v in firsts.items()
        }
        self._ascii = all(t.isascii() for t in self._terms)
        self._longest = max((len(t) for t in self._terms), default=0)
        self._starts = regex.compile(
            rf"(?<!{boundary})\L<f>", f=list(self._by_first), flags=regex.I
        )
        self._full: regex.Pattern[str] | None = None
        # Whether a document's word index can list where a match may start: every first word
        # is ASCII letters and digits, and the boundary holds every ASCII letter and digit.
        self._indexed = (
            self._ascii
            and all(_ASCII_WORD.fullmatch(f) for f in self._by_first)
            and all(self._edge.match(c) for c in string.ascii_letters + string.digits)
        )

    def finditer(
        self, text: str, start: int, end: int, index: WordIndex | None = None
    ) -> Iterator[tuple[int, int]]:
        """Each match's ``(start, end)`` in ``text[start:end]``, left to right, none overlapping.

        ``index`` is the :class:`~claimtrack.find.phrases.WordIndex` of ``text``, if the caller
        has one: over the whole text, the first words are then looked up in it.
        """
        after = start
        for at, first in self._firsts(text, start, end, index):
            if at < after:
                continue
            stop = self._match(text, at, end, first)
            if stop is not None:
                yield at, stop
                after = stop

    def _firsts(
        self, text: str, start: int, end: int, index: WordIndex | None
    ) -> Iterable[tuple[int, str]]:
        """Where a term's first word may stand, and that word.

        From the index, only the words that are a first word: a match ends its first word at a
        space or at the boundary (which holds every ASCII letter and digit), so it is that
        whole word of the index, which no character pairs with an ASCII one (``lower``).
        """
        if (
            index is None
            or not self._indexed
            or index.lower is None
            or index.text is not text
            or start != 0
            or end != len(text)
        ):
            found = self._starts.finditer(text, start, end, overlapped=True)
            return ((m.start(), m.group()) for m in found)
        words, starts, edge = index.words, index.starts, self._edge
        return [
            (starts[k], words[k])
            for k in index.indices(self._by_first)
            if not (starts[k] and edge.match(text, starts[k] - 1))  # (?<!B)
        ]

    def _match(self, text: str, at: int, end: int, first: str) -> int | None:
        window = text[at : min(at + self._longest, end)]
        if not (self._ascii and window.isascii()):
            return self._slow(text, at, end)
        low = window.lower()
        terms, lengths = self._by_first.get(first.lower(), _NONE)
        for length in lengths:
            stop = at + length
            if length > len(low) or low[:length] not in terms:
                continue  # (a term longer than what is left of the text does not fit)
            if stop >= end or not self._edge.match(text, stop):
                return stop
        return None

    def _slow(self, text: str, at: int, end: int) -> int | None:
        if self._full is None:
            self._full = regex.compile(
                rf"(?<!{self._boundary})\L<t>(?!{self._boundary})", t=self._terms, flags=regex.I
            )
        m = self._full.match(text, at, end)
        return None if m is None else m.end()
