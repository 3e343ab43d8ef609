r"""Word-list phrases in a document, found by walking its words instead of trying every position.

A :class:`PhraseTable` finds exactly what the named-list pattern
``lazy(r"(?<![\\p{L}\\p{N}])\\L<cue>(?![\\p{L}\\p{N}])", cue=terms, flags=regex.I)``
finds: at each position from left to right, the longest term (ignoring case) that stands as a
whole word or phrase, matches never overlapping. Instead of trying the pattern at every
character, it looks up each word of the document (a run of ASCII letters and digits, listed once
per document in a :class:`WordIndex` that several tables share) among the first words of its
terms, and compares only the few phrases that begin with it.

The word walk is exact only when case-insensitive matching cannot pair an ASCII letter with
another character: a text holding the Kelvin sign, a long s or a Turkish dotted or dotless i
(which the regex engine matches to "k", "s" and "i"), and a table with a term that is not plain
ASCII or does not start with a letter or digit, use the compiled pattern instead. Either way
the result is the same list of :class:`Hit`.

    >>> table = PhraseTable(["ceasefire", "ceasefire agreement", "said"])
    >>> text = "Both sides SAID the ceasefire agreements held."
    >>> [(h.group(), h.span()) for h in table.find(text, WordIndex(text))]
    [('SAID', (11, 15)), ('ceasefire', (20, 29))]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence

import regex

from ..text.patterns import lazy

# A word of the lower-cased text: the only places an ASCII term can start.
_RUN = re.compile(r"([a-z0-9]+)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@functools.lru_cache(maxsize=4096)
def _pairs_with_ascii(char: str) -> bool:
    """Whether the regex engine, ignoring case, matches ``char`` to an ASCII character ("K")."""
    return _ascii_class().match(char) is not None


@functools.lru_cache(maxsize=4096)
def _word_char(char: str) -> bool:
    r"""Whether ``char`` is a letter or a digit as the regex engine sees it (``[\p{L}\p{N}]``)."""
    return _word_class().match(char) is not None


@functools.cache
def _ascii_class() -> regex.Pattern[str]:
    return lazy(r"[\x00-\x7f]", regex.IGNORECASE)


@functools.cache
def _word_class() -> regex.Pattern[str]:
    return lazy(r"[\p{L}\p{N}]")


class Hit:
    """One phrase found: the subset of ``regex.Match`` that callers use."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start = start
        self._end = end
        self._text = text

    def start(self) -> int:
        """Where the phrase starts in the document."""
        return self._start

    def end(self) -> int:
        """Where the phrase ends in the document."""
        return self._end

    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return self._start, self._end

    def group(self) -> str:
        """The phrase as written in the document."""
        return self._text

    def __repr__(self) -> str:
        return f"Hit({self._start}, {self._end}, {self._text!r})"


class WordIndex:
    r"""A document's ASCII words, lower-cased, with their starts; built once, shared by tables.

    ``lower`` is None when the text holds a character that the regex engine, ignoring case,
    pairs with an ASCII one ("\\u212a", the Kelvin sign): tables then use their patterns.
    ``others`` holds the text's characters outside ASCII, for callers with checks of their own.
    """

    __slots__ = ("_kept", "_where", "lower", "others", "starts", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower: str | None = None
        self.words: list[str] = []
        self.starts: list[int] = []
        self._where: dict[str, list[int]] | None = None
        self._kept: dict[frozenset[str], list[int]] = {}
        self.others = frozenset(_NON_ASCII.findall(text)) if not text.isascii() else frozenset()
        if any(_pairs_with_ascii(c) for c in self.others):
            return
        low = text.lower()
        if len(low) != len(text):  # pragma: no cover - only "\u0130" grows, and it pairs with "i"
            return
        self.lower = low
        parts = _RUN.split(low)  # separator, word, separator, word, ..., separator
        ends = list(itertools.accumulate(map(len, parts)))
        self.words = parts[1::2]
        self.starts = ends[0::2][: len(self.words)]

    def starts_of(self, wanted: frozenset[str]) -> list[int]:
        """Where the words in ``wanted`` start, in order; kept for the next caller to ask."""
        found = self._kept.get(wanted)
        if found is None:
            starts = self.starts
            found = self._kept[wanted] = [starts[k] for k in self.indices(wanted)]
        return found

    def letter_tails(self, wanted: frozenset[str]) -> list[int]:
        """Where a word's last run of letters starts when it is in ``wanted``, in order.

        The run is the whole word, or what follows its last digit ("called" of "2called").
        """
        starts = self.starts
        found = [starts[k] for k in self.indices(wanted)]
        found += [
            starts[k] + len(word) - len(tail.group())
            for word, places in self._places().items()
            if not word.isalpha()
            and (tail := _LETTER_TAIL.search(word)) is not None
            and tail.group() in wanted
            for k in places
        ]
        return sorted(found)

    def _places(self) -> dict[str, list[int]]:
        """Each word's indices into ``words``, made on first need."""
        where = self._where
        if where is None:
            where = self._where = {}
            for k, word in enumerate(self.words):
                found = where.get(word)
                if found is None:
                    where[word] = [k]
                else:
                    found.append(k)
        return where

    def indices(
        self,
        wanted: Iterable[str],
        *,
        numbers: bool = False,
        glued: frozenset[str] = frozenset(),
    ) -> list[int]:
        """Where (as indices into ``words``) the words in ``wanted`` stand, in order.

        With ``numbers``, the words that begin with a digit too; with ``glued``, the words
        that are one of those letters and then a digit ("oct2", "november21st").
        """
        where = self._places()
        lists = [where[w] for w in wanted if w in where]
        if numbers:
            lists += [found for w, found in where.items() if w[0].isdigit()]
        if glued:
            lists += [
                found
                for w, found in where.items()
                if (head := _LETTERS_THEN_DIGIT.match(w)) is not None and head.group(1) in glued
            ]
        return sorted(itertools.chain.from_iterable(lists))


# The letters at the end of a word: "called" of "2called".
_LETTER_TAIL = re.compile(r"[a-z]+$")
# A word that is letters, then a digit: "oct2", "november21st".
_LETTERS_THEN_DIGIT = re.compile(r"([a-z]+)[0-9]")


class PhraseTable:
    """The terms of one word list, ready to be found by walking a document's words.

    Args:
        terms: the phrases; case does not matter, duplicates are dropped.
    """

    __slots__ = ("_alone", "_lengths", "_pairs", "_pattern", "_phrases", "fast", "terms")

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = list(dict.fromkeys(terms))
        # A term the word walk cannot find the way the pattern would ("", " said", "'s",
        # "prêt") sends the whole table to the pattern.
        self.fast = all(t.isascii() and t[:1].isalnum() for t in self.terms)
        self._phrases = frozenset(t.lower() for t in self.terms)
        lengths: dict[str, set[int]] = {}
        alone: dict[str, set[int]] = {}  # phrases of one word: "said", "gen."
        pairs: dict[str, dict[str, set[int]]] = {}  # by their text to their second word's end
        for phrase in self._phrases:
            first = _RUN.match(phrase)
            if first is None:
                continue
            lengths.setdefault(first.group(), set()).add(len(phrase))
            second = _RUN.search(phrase, first.end())
            if second is None:
                alone.setdefault(first.group(), set()).add(len(phrase))
            else:
                two = pairs.setdefault(first.group(), {})
                two.setdefault(phrase[: second.end()], set()).add(len(phrase))
        # Longest first, as the pattern tries its named list.
        self._lengths = {w: sorted(n, reverse=True) for w, n in lengths.items()}
        self._alone = {w: sorted(n, reverse=True) for w, n in alone.items()}
        self._pairs = {
            w: {key: sorted(n | alone.get(w, set()), reverse=True) for key, n in two.items()}
            for w, two in pairs.items()
        }
        self._pattern: regex.Pattern[str] | None = None

    @property
    def pattern(self) -> regex.Pattern[str]:
        r"""The equivalent ``regex`` pattern (compiled on first use)."""
        if self._pattern is None:
            self._pattern = lazy(
                r"(?<![\p{L}\p{N}])\L<cue>(?![\p{L}\p{N}])",
                cue=self.terms or ["\x00"],
                flags=regex.IGNORECASE,
            )
        return self._pattern

    def find(
        self, text: str, index: WordIndex | None = None, pos: int = 0, endpos: int | None = None
    ) -> list[Hit]:
        """Every term in ``text[pos:endpos]``, in order, as ``pattern.finditer`` would find them.

        As with a pattern, the characters before ``pos`` count for the start of a word, and
        ``endpos`` counts as the end of the text. ``index`` is the :class:`WordIndex` of
        ``text``; without it (or when it cannot serve) the pattern does the work.

        >>> PhraseTable(["F-16", "F-16s"]).find("two F-16s, one F-16x")
        [Hit(4, 9, 'F-16s')]
        """
        end = len(text) if endpos is None else min(endpos, len(text))
        if not self.terms:
            return []
        if not self.fast or index is None or index.lower is None:
            return [
                Hit(m.start(), m.end(), m.group()) for m in self.pattern.finditer(text, pos, end)
            ]
        return self._walk(text, index, pos, end)

    def _walk(self, text: str, index: WordIndex, pos: int, end: int) -> list[Hit]:
        low, words, starts, lengths = index.lower, index.words, index.starts, self._lengths
        assert low is not None
        phrases, pairs, alone = self._phrases, self._pairs, self._alone
        lo = bisect.bisect_left(starts, pos) if pos > 0 else 0
        hi = bisect.bisect_left(starts, end) if end < len(text) else len(starts)
        hits: list[Hit] = []
        last = pos
        if lo == 0 and hi == len(starts):
            candidates = index.indices(lengths)
        else:
            candidates = list(
                itertools.compress(
                    range(lo, hi), map(lengths.__contains__, itertools.islice(words, lo, hi))
                )
            )
        # A word that ``end`` cuts counts as what is left of it ("said" of "saidx" at end 4).
        cut = hi - 1 if hi > lo and starts[hi - 1] + len(words[hi - 1]) > end else -1
        if cut >= 0 and (not candidates or candidates[-1] != cut):
            candidates.append(cut)
        for k in candidates:
            s = starts[k]
            if s < last:
                continue  # inside the phrase just found
            if s and not text[s - 1].isascii() and _word_char(text[s - 1]):
                continue  # "ésaid": not the start of a word
            word = words[k] if k != cut else low[s:end]
            tried: Sequence[int] = lengths.get(word, ())
            two = pairs.get(word) if k != cut and k + 1 < len(words) else None
            if two is not None and (stop := starts[k + 1] + len(words[k + 1])) <= end:
                # A phrase of two words or more matches only where the text up to the end of
                # the next word is the phrase's up to the end of its second word.
                tried = two.get(low[s:stop], alone.get(word, ()))
            for length in tried:
                e = s + length
                if e > end or low[s:e] not in phrases:
                    continue
                if e < end:
                    after = text[e]
                    if after.isalnum() if after.isascii() else _word_char(after):
                        continue  # "saidx": not the end of a word
                hits.append(Hit(s, e, text[s:e]))
                last = e
                break
        return hits


def first_words(terms: Iterable[str]) -> frozenset[str] | None:
    """The first words (lower case) of ``terms``, as a :class:`WordIndex` lists them.

    None when a term is not plain ASCII or does not start with a letter or digit: such a term
    can start where the index lists no word.

    >>> sorted(first_words(["half a dozen", "Twenty-one", "dozens"]))
    ['dozens', 'half', 'twenty']
    """
    out: set[str] = set()
    for term in terms:
        first = _RUN.match(term.lower()) if term.isascii() else None
        if first is None:
            return None
        out.add(first.group())
    return frozenset(out)


def word_starts(index: WordIndex, words: frozenset[str]) -> list[int] | None:
    """Where the words in ``words``, or words that begin with a digit, start in the document.

    None when the index cannot serve (see :class:`WordIndex`).
    """
    if index.lower is None:
        return None
    starts = index.starts
    return [starts[k] for k in index.indices(words, numbers=True)]
