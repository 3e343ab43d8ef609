"""Datelines: "KHARTOUM, Sudan (AP) —" opens a story and is no part of any clause.

:func:`dateline_end` finds the dash that closes one; :func:`past_dateline` keeps every
clause's content out of it, whichever parser made the structure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from ..model import Span
from ..text.tokens import tokenize
from .structure import SentenceParse


class _Spanned(Protocol):
    """A word or a token: its text and where it stands."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def past_dateline(parse: SentenceParse) -> SentenceParse:
    """``parse`` with no content reaching into its dateline, whichever parser made it.

    "KHARTOUM, Sudan (AP) — 512 were killed, the ministry said": what was said starts after
    the dash.
    """
    words = parse.words
    opening = dateline_end(words)
    if opening < 0 or opening >= len(words) - 1:
        return parse
    first = words[opening + 1].start
    clauses = tuple(
        replace(c, content=(first, c.content[1]) if c.content[1] > first else None)
        if c.content is not None and c.content[0] < first
        else c
        for c in parse.clauses
    )
    return replace(parse, clauses=clauses)


def dateline_end(words: Sequence[_Spanned]) -> int:
    """The index of the dash that closes a dateline ("SAN JUAN, Kell (AP) —"), else -1.

    A dateline has a place in capitals, a comma or an agency in brackets: "Tim Lund — a
    teacher — says" opens with a name and its apposition. It holds names, numbers and marks
    only ("JERUSALEM/GAZA, Nov 7 (Reuters) -"): the parse's words or the tokens of a sentence.
    """
    for k, w in enumerate(words[:12]):
        spaced = w.text == "-" and 0 < k < len(words) - 1 and words[k - 1].end < w.start
        if w.text in ("\u2014", "\u2013", "--") or spaced:  # "NEW YORK - Voters said"
            marked = any(
                v.text in (",", "(") or (len(v.text) > 1 and v.text.isupper()) for v in words[:k]
            )
            return k if k > 0 and marked else -1
        if w.text[:1].islower():  # "BERLIN, Jan 3 (Reuters) -": no word in lower case
            return -1
    return -1


def after_dateline(text: str, span: Span) -> int:
    """Where a clause's words begin, after a dateline: "ORLA (AP) — Veldan's warring sides"."""
    tokens = tokenize(text, (span[0], min(span[1], span[0] + 120)), frozenset())
    k = dateline_end(tokens)
    return tokens[k + 1].start if 0 <= k < len(tokens) - 1 else span[0]
