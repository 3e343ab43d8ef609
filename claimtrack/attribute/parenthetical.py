"""A source named in brackets beside its figures, as situation reports and fact boxes give it.

"1,127 people confirmed dead (Armed Forces Division, 13 May)": the body in brackets after a
count gives it; "Official casualty figures (Government of Kell, as of 16 May): 77,738 dead,
55,917 missing": the body in a label's brackets gives the counts after its colon. Only a
body or a person, alone or with a date, and only beside a number: "(D-Mont.)" after a name
or "(pictured)" give nothing. These are sources of figures, no statements of their own.
"""

from __future__ import annotations

from ..syntax.structure import SentenceParse, Word
from .mention import SPEAKER_KINDS, AttributionMention

# Words a date in the brackets may hold after the body's name: "13 May", "as of 16 May".
_DATE_TAGS = frozenset({"NUM", "PROPN", "ADP", "NOUN", "PUNCT", "ADV", "SCONJ"})
_MAX_DATE_WORDS = 6


def parenthetical_sources(parse: SentenceParse) -> list[AttributionMention]:
    """Bodies in brackets that give the figures beside them (module docstring)."""
    words = parse.words
    out: list[AttributionMention] = []
    for k, w in enumerate(words[:-2]):
        if w.text != "(":
            continue
        source = parse.phrase_at(k + 1)
        if source is None or source.first != k + 1 or source.kind not in SPEAKER_KINDS:
            continue
        if any(words[j].tag == "NUM" for j in range(source.first, source.last + 1)):
            continue  # "(3.6 degrees Fahrenheit)": a measure, no body
        close = _close(words, source.last + 1)
        if close is None:
            continue
        if close + 1 < len(words) and words[close + 1].text == ":":
            content = (close + 2, len(words) - 1)  # a label's source: the counts after its colon
        else:
            content = (_line_start(words, k), k - 1)  # a count's source: the count before it
        lo, hi = content
        if lo > hi or not any(words[j].tag == "NUM" for j in range(lo, hi + 1)):
            continue
        span = (words[lo].start, words[hi].end)
        out.append(AttributionMention(source, (w.start, w.end), span, False, "count"))
    return out


def _close(words: list[Word] | tuple[Word, ...], j: int) -> int | None:
    """The closing bracket at ``j``, or after a comma and a date: ", 13 May)"."""
    if j < len(words) and words[j].text == ")":
        return j
    if j >= len(words) or words[j].text != ",":
        return None
    for i in range(j + 1, min(len(words), j + 2 + _MAX_DATE_WORDS)):
        if words[i].text == ")":
            return i
        if words[i].tag not in _DATE_TAGS:
            return None
    return None


def _line_start(words: list[Word] | tuple[Word, ...], k: int) -> int:
    """The first word of the stretch before ``k``: after a bullet, a semicolon or a colon."""
    start = 0
    for i in range(k):
        if words[i].text in (";", ":", "\u2022", "-", "*") and i + 1 < k:
            start = i + 1
    return start
