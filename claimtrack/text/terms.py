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

from collections.abc import Iterator, Sequence

import regex

__all__ = ["WordTerms"]


class WordTerms:
    r"""The terms of ``(?<!B)\L<t>(?!B)`` (``B`` a one-character class), case-blind, as a finder."""

    def __init__(self, terms: Sequence[str], boundary: str) -> None:
        self._terms = list(terms)
        self._boundary = boundary
        self._edge = regex.compile(boundary)
        firsts: dict[str, list[str]] = {}
        for term in self._terms:
            firsts.setdefault(term.split(" ", 1)[0].lower(), []).append(term.lower())
        # Longest first, as regex tries a named list's items (stable among equal lengths).
        self._by_first = {k: sorted(v, key=len, reverse=True) for k, v in firsts.items()}
        self._ascii = all(t.isascii() for t in self._terms)
        self._longest = max((len(t) for t in self._terms), default=0)
        self._starts = regex.compile(
            rf"(?<!{boundary})\L<f>", f=list(self._by_first), flags=regex.I
        )
        self._full: regex.Pattern[str] | None = None

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Each match's ``(start, end)`` in ``text[start:end]``, left to right, none overlapping."""
        after = start
        for m in self._starts.finditer(text, start, end, overlapped=True):
            at = m.start()
            if at < after:
                continue
            stop = self._match(text, at, end, m.group())
            if stop is not None:
                yield at, stop
                after = stop

    def _match(self, text: str, at: int, end: int, first: str) -> int | None:
        window = text[at : min(at + self._longest, end)]
        if not (self._ascii and window.isascii()):
            return self._slow(text, at, end)
        low = window.lower()
        for term in self._by_first.get(first.lower(), ()):
            stop = at + len(term)
            if low.startswith(term) and (stop >= end or not self._edge.match(text, stop)):
                return stop
        return None

    def _slow(self, text: str, at: int, end: int) -> int | None:
        if self._full is None:
            self._full = regex.compile(
                rf"(?<!{self._boundary})\L<t>(?!{self._boundary})", t=self._terms, flags=regex.I
            )
        m = self._full.match(text, at, end)
        return None if m is None else m.end()
