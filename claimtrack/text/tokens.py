"""Tokens with offsets: the words and punctuation marks that attributions are read from.

:func:`tokenize` reads one stretch of a document. A document's steps read the same sentences
more than once (its attributions, then the subjects of its clauses), so :class:`Tokens` keeps
each sentence's tokens and hands out a window inside a sentence as a slice of them: the same
tokens :func:`tokenize` would make for that window, since tokens never span white space and a
window that would cut a token is tokenized afresh.
"""

from __future__ import annotations

import bisect
from itertools import repeat
from typing import NamedTuple

import regex

from ..model import Span
from .patterns import lazy

# A token: a word (letters/digits with inner apostrophes, dots or hyphens: "U.S.", "al-Burhan",
# "Germany's", "F-16s") or one punctuation mark.
# A number with thousands separators is one token ("4,000", "1,400.5"), as is a word with
# inner apostrophes, dots or hyphens ("al-Rashidi", "U.S.") or a plural's possessive apostrophe
# before a word ("Moss' campaign", "the rebels' Supreme Council"); two hyphens are one dash;
# any other mark stands alone.
_TOKEN = lazy(
    r"\p{Nd}{1,3}(?:,\p{Nd}{3})+(?:\.\p{Nd}+)?(?!\p{N}|,\p{Nd})"
    r"|[\p{L}\p{N}](?:[\p{L}\p{N}'\u2019.\-]*[\p{L}\p{N}.])?"
    r"(?:(?<=s)['\u2019](?=[^\S\n]++\p{L}))?|--(?!-)|[^\s\p{L}\p{N}]"
)
_INITIALS = lazy(r"(?:\p{Lu}\.)+\p{Lu}?\.?")
_AFTER_ABBREVIATION = frozenset({",", ")", ";"})
_GROUP, _START, _END = regex.Match.group, regex.Match.start, regex.Match.end
_TUPLE = tuple.__new__


class Token(NamedTuple):
    """One token of a sentence, with its offsets in the document."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        """The text case-folded, for matching word lists."""
        return self.text.casefold()

    @property
    def capital(self) -> bool:
        """Whether the token opens with a capital or a digit, as a name or a number may."""
        return self.text[:1].isupper() or self.text[:1].isdigit()


def tokenize(text: str, span: Span, abbreviations: frozenset[str] = frozenset()) -> list[Token]:
    """Tokens of ``text[span[0]:span[1]]``; a sentence's final dot is its own token.

    >>> [t.text for t in tokenize("U.S. officials said.", (0, 20))]
    ['U.S.', 'officials', 'said', '.']
    """
    matches = list(_TOKEN.finditer(text, span[0], span[1]))
    words = list(map(_GROUP, matches))
    # Tokens are built by map() and zip() rather than one by one in a loop: a sentence has
    # dozens of them and tokenizing is the largest part of finding attributions.
    columns = zip(map(_START, matches), map(_END, matches), words, strict=True)
    tokens = list(map(_TUPLE, repeat(Token), columns))
    # A dot that ends a word is its own token ("said."), unless the word is an abbreviation or
    # initials ("Gen.", "U.S.").
    last = len(words) - 1
    split = [
        k
        for k, word in enumerate(words)
        if word[-1] == "."
        and len(word) > 1
        and not _INITIALS.fullmatch(word)
        and word.casefold() not in abbreviations
        # a dot before a comma or a closing bracket ends no sentence: "Dunmore, Ala., says"
        and (k == last or words[k + 1] not in _AFTER_ABBREVIATION)
    ]
    if not split:
        return tokens
    out: list[Token] = []
    done = 0
    for k in split:
        start, end, word = tokens[k]
        out += tokens[done:k]
        out += (Token(start, end - 1, word[:-1]), Token(end - 1, end, "."))
        done = k + 1
    out += tokens[done:]
    return out


class Tokens:
    """The tokens of one document's sentences, made once and shared by the steps that read them.

    Args:
        text: the document.
        abbreviations: words whose final dot stays with them (see :func:`tokenize`).
    """

    def __init__(self, text: str, abbreviations: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.abbreviations = abbreviations
        # End of a stretch already read -> its start, its tokens and their starts.
        self._read: dict[int, tuple[int, list[Token], list[int]]] = {}

    def of(self, span: Span) -> list[Token]:
        """The tokens of ``text[span[0]:span[1]]`` (a sentence), kept for later windows."""
        kept = self._read.get(span[1])
        if kept is not None and kept[0] == span[0]:
            return kept[1]
        tokens = tokenize(self.text, span, self.abbreviations)
        self._read[span[1]] = (span[0], tokens, [t.start for t in tokens])
        return tokens

    def window(self, span: Span, within: int) -> list[Token]:
        """The tokens of ``text[span[0]:span[1]]``, a window of the stretch ending at ``within``.

        A slice of that stretch's tokens when it was read and the window cuts none of them;
        else the window is tokenized.
        """
        kept = self._read.get(within)
        if kept is not None and kept[0] <= span[0] and span[1] <= within:
            start, end = span
            _, tokens, starts = kept
            first = bisect.bisect_left(starts, start)
            stop = bisect.bisect_left(starts, end)
            if (
                (first == 0 or tokens[first - 1].end <= start)
                and (stop == 0 or tokens[stop - 1].end <= end)
                and not _split_at(tokens, stop, end)
                and not _kept_dot(tokens, stop, end)
                and not _grouped_after(self.text, end, within)
            ):
                return tokens[first:stop]
        return tokenize(self.text, span, self.abbreviations)


def _kept_dot(tokens: list[Token], k: int, end: int) -> bool:
    """Whether the window ends with a word whose dot a comma after it kept ("Ala.,").

    Alone at the end of the window, the word would lose its dot: read the window afresh.
    """
    if k == 0:
        return False
    last = tokens[k - 1]
    return last.end == end and len(last.text) > 1 and last.text.endswith(".")


def _grouped_after(text: str, end: int, within: int) -> bool:
    """Whether a number's groups run on past ``end``: "1,400" or "1,400," of "1,400,5".

    What follows decides whether "1,400" is one number or three tokens, and a window cannot
    see it: read the window afresh.
    """
    if not 0 < end < within:
        return False
    before, after = text[end - 1], text[end]
    return (before.isdigit() and after == ",") or (before == "," and after.isdigit())


def _split_at(tokens: list[Token], k: int, end: int) -> bool:
    """Whether ``end`` falls where a final dot was split off a word read otherwise without it.

    "said." is read as "said" and ".": a window that ends before the dot reads "said" too. But
    "said.." is read as "said." and ".", and "F-16s.'." as "F-16s.'" and ".": without the last
    dot they are split again, or end earlier ("F-16s." and "'").
    """
    if not 0 < k < len(tokens) or tokens[k].start != end or tokens[k - 1].end != end:
        return False
    last = tokens[k - 1].text[-1]
    return tokens[k].text == "." and not (last.isascii() and last.isalnum())
