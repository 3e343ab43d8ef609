"""Sentences, paragraphs and quotations, with character offsets into the original text.

Offsets always index the text exactly as given; nothing is normalised in place.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..lexicon import Lexicon
from ..model import Span, cut
from .patterns import lazy

# A sentence ends at . ! or ? (optionally followed by closing quotes or brackets), then white
# space, then something that can start a sentence: a capital, a digit or an opening quote.
# "... the official said. Israel ..." splits; "U.S. officials" is kept whole by the abbreviation
# check in code, since a regex look-behind over a word list would not run in linear time.
_BOUNDARY = lazy(
    r"""
    [.!?]+                      # the end mark(s)
    [\"'\u201d\u2019)\]]*       # closing quotes or brackets that belong to the sentence
    (?=[ \t\u00a0]+             # white space on the same line, then
       [\"'\u201c\u2018(\[]*    # maybe an opening quote or bracket
       [\p{Lu}\p{N}])           # a capital or a digit
    """,
    regex.VERBOSE,
)
# Paragraphs are separated by a line break; a bare line ("HomeU.S.") is its own paragraph.
_LINE = lazy(r"[^\n\r]+")
_WORD_BEFORE = lazy(r"(\S+)$")
_INITIALS = lazy(r"(?:\p{Lu}\.)+\p{Lu}?")  # "U.S", "U.N."

# Opening and closing quotation marks. Straight double quotes pair up left to right.
# Two apostrophes stand for a double quotation mark in some newsrooms' text: ''We won.''
_QUOTE = lazy(r"''|[\"\u201c\u201d]")
_OPEN_CURLY, _CLOSE_CURLY = "\u201c", "\u201d"
_OPENS_PARAGRAPH = lazy(r"[ \t\u00a0]*+(?:''|[\"\u201c])")
# Real sentences are far shorter; a longer run without an end mark (a table, a run of digits)
# is cut into pieces of at most this many characters, so that the work done per sentence stays
# bounded and the whole pipeline stays linear in the length of the text.
MAX_SENTENCE = 2000
_SPACE = lazy(r"\s")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span and text, and the paragraph it belongs to (0-based)."""

    span: Span
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Quotation:
    """Text between a pair of quotation marks; ``span`` covers the content, not the marks."""

    span: Span
    text: str


def _abbreviations(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.memo(
        "segment.abbreviations",
        lambda lex: frozenset(a.casefold() for a in lex.segment.abbreviations),
    )


def _ends_with_abbreviation(text: str, end: int, abbreviations: frozenset[str]) -> bool:
    """True when the '.' at ``end - 1`` belongs to an abbreviation ("Gen.", "U.S.", "F.")."""
    match = _WORD_BEFORE.search(text, max(0, end - 30), end)
    if not match:
        return False
    word = match.group(1).lstrip("\"'(\u201c\u2018")
    if word.casefold() in abbreviations:
        return True
    core = word.rstrip(".")
    # A single capital ("John F. Kirby") or dotted initials ("U.S.", "U.N.") rather than a word.
    return len(core) == 1 and core.isupper() or bool(_INITIALS.fullmatch(word))


def find_sentences(text: str, lexicon: Lexicon) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; blank stretches belong to no sentence.

    >>> from claimtrack.lexicon import load_lexicon
    >>> text = "Gen. Ali said 5 died. U.S. officials agreed."
    >>> [s.text for s in find_sentences(text, load_lexicon())]
    ['Gen. Ali said 5 died.', 'U.S. officials agreed.']
    """
    abbreviations = _abbreviations(lexicon)
    sentences: list[Sentence] = []
    for paragraph, line in enumerate(_LINE.finditer(text)):
        start = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            mark = boundary.start()
            if text[mark] == "." and _ends_with_abbreviation(text, mark + 1, abbreviations):
                continue
            _add(text, start, boundary.end(), paragraph, sentences)
            start = boundary.end()
        _add(text, start, line.end(), paragraph, sentences)
    return sentences


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        space = text.rfind(" ", start + MAX_SENTENCE // 2, limit)
        piece_end = space if space > start else limit
        _add(text, start, piece_end, paragraph, out)
        start = piece_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        span, sentence_text = cut(text, start, end)
        out.append(Sentence(span, sentence_text, paragraph))


class QuoteIndex:
    """A document's quotations, to ask in O(log n) which one (if any) holds a position."""

    def __init__(self, quotes: Sequence[Quotation]) -> None:
        self.quotes = list(quotes)
        self._starts = [q.span[0] for q in self.quotes]

    def at(self, pos: int) -> int | None:
        """Index of the quotation that contains ``pos``, or None."""
        k = bisect.bisect_right(self._starts, pos) - 1
        if k >= 0 and self.quotes[k].span[0] <= pos < self.quotes[k].span[1]:
            return k
        return None


def _closes(text: str, at: int, end: int) -> bool:
    """An opening mark typed where a closing one belongs: "“The port is unsafe,“ said Lind".

    Right after the quotation's last punctuation, and before a space or the end of the line.
    """
    after = text[at + 1 : at + 2] if at + 1 < end else ""
    return at > 0 and text[at - 1] in _CLOSING_PUNCTUATION and (not after or after.isspace())


_CLOSING_PUNCTUATION = frozenset(",.?!\u2026")


def find_quotations(text: str) -> list[Quotation]:
    """Quoted stretches, paired within a paragraph; an unbalanced mark is skipped, not fatal.

    A curly opening mark pairs with the next closing one; straight marks pair with the next
    straight (or curly closing) mark. A quotation never crosses a blank line.

    >>> [q.text for q in find_quotations('He said: “We support that.” Then "no".')]
    ['We support that.', 'no']
    """
    quotes: list[Quotation] = []
    lines = list(_LINE.finditer(text))
    for k, line in enumerate(lines):
        open_at: int | None = None
        for mark in _QUOTE.finditer(text, line.start(), line.end()):
            char = mark.group()
            if open_at is None:
                if char != _CLOSE_CURLY:
                    open_at = mark.end()
                continue
            if char == _OPEN_CURLY and not _closes(text, mark.start(), line.end()):
                # Two openings in a row: the first was unbalanced; start again here.
                open_at = mark.end()
                continue
            span, quote_text = cut(text, open_at, mark.start())
            quotes.append(Quotation(span, quote_text))
            open_at = None
        if (
            open_at is not None
            and k + 1 < len(lines)
            and _OPENS_PARAGRAPH.match(text, lines[k + 1].start())
        ):
            # A quotation that runs on: its paragraph ends with no closing mark and the next
            # opens with a mark again, as news prints a quotation of several paragraphs.
            span, quote_text = cut(text, open_at, line.end())
            quotes.append(Quotation(span, quote_text.rstrip()))
    return quotes
