"""Number mentions: "1,400", "1.5 million", "more than 300", "dozens" -> values with bounds.

Three steps, each linear in the text:

1. One pattern finds the pieces numbers are made of, left to right: digits ("1,400", "12 391",
   "2.3m"), number and scale words ("thirty", "hundred", "a million") and vague amounts
   ("tens of thousands"). Pieces separated only by a space, a hyphen, "and" or ", " form a run.
2. A small left-to-right reader turns each run into one or more numbers ("one hundred and
   sixty-one" is one number; "4000 3 hundred and 21" is two).
3. Neighbouring numbers joined by "to", "-" or "between ... and" become ranges, and the
   qualifier phrases of ``qualifiers.toml`` right before or after a number set its bounds.

Every word list comes from the lexicon (``numbers.toml``, ``qualifiers.toml``); patterns are
compiled once per lexicon with :meth:`Lexicon.memo`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import regex

from ..errors import LexiconError
from ..find.phrases import WordIndex, first_words, word_starts
from ..lexicon import Lexicon, load_lexicon, lookup
from ..model import QUALIFIERS, REACH, Qualifier, Span, cut
from ..text.patterns import lazy
from .numreader import Piece, Raw, read_run


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in text, with the qualifier words in front of or after it.

    ``span``/``text`` cover the qualifier and the number ("more than 1,400"); ``number_span``
    covers the number alone ("1,400"). ``value`` is the number as written (the lower number of a
    range, the lowest a vague amount can mean); ``low``/``high`` are the bounds the wording allows.
    """

    span: Span
    text: str
    number_span: Span
    value: int | float
    low: int | float | None
    high: int | float | None
    qualifier: Qualifier


# --- patterns --------------------------------------------------------------------------------
# Possessive quantifiers (`++`) everywhere a run could be re-tried: 1 MB of "1,1,1,..." or of
# digits must stay linear.
_ELEMENT = r"""
(?<!\w)(?=[\p{L}0-9])                                    # fail fast between words
(?:
  (?P<vague>(?<!\w)(?:\L<vague>|\L<vague_of>(?=[^\S\n]++of\b))(?!\w))
| (?P<dotted>(?<!\w)[0-9]++(?:\.[0-9]++){2,}+(?![0-9]))   # "192.168.1.2": four numbers
| (?P<digits>(?<!\w)
    (?:[0-9]{1,3}(?:,[0-9]{3})++(?![0-9])                 # "1,400", "22,240,260,310"
      |[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})++(?![0-9])  # "12 391", "40 000"
      |[0-9]++)
    (?:\.[0-9]++)?+)                                      # "1.5", "1,674.5"
  (?:(?P<sfx>(?-i:\L<sfx>))(?!\w)                         # "10k", "2.3m", "1MM"
    |[ \u00a0](?P<ssfx>(?-i:\L<ssfx>))(?!\w)              # "10 bln", "1,674.5 G"
    |(?!\p{L}))                                           # not "29km", "180ml", "4th"
| (?P<word>(?<!\w)\L<words>(?!\w))                        # "thirty", "hundred", "half a dozen"
| (?P<art>(?<!\w)an?(?=[^\S\n]++\L<scales>(?!\w)))        # "a dozen", "a million"
)
"""
# What may stand between two pieces of one number: "fifty two", "thirty-five", "one hundred and
# one", "three million, two hundred", "two hundred & forty".
_JOIN = lazy(
    r"(?P<space>[^\S\n]++)(?:(?P<and>and|&)[^\S\n]++)?"
    r"|(?P<hyphen>[^\S\n]*+-[^\S\n]*+)|[^\S\n]*+(?P<amp>&)[^\S\n]*+|(?P<comma>,[^\S\n]++)",
    regex.I,
)
# Between the two numbers of a range: "300-500", "300 to 500", "two or three".
_RANGE_JOIN = lazy(r"[^\S\n]*+(?:-|–|—)[^\S\n]*+|[^\S\n]++(?:to|or)[^\S\n]++", regex.I)
_AND = lazy(r"[^\S\n]++and[^\S\n]++", regex.I)
# "rose from 64 to 2,975" is a change, not a range.
_FROM_BEFORE = lazy(r"(?<!\w)from[^\S\n]++\Z", regex.I)
# "The one you mentioned", "no one", "this one": a pronoun, not a number.
_ONE_PRONOUN = lazy(
    r"(?<!\w)(?:the|this|that|which|each|every|any|no|another|someone|anyone)[^\S\n]++\Z", regex.I
)
_ONE_ANOTHER = lazy(r"[^\S\n]++another\b", regex.I)
_THE_BEFORE = lazy(r"(?<!\w)the[^\S\n]++\Z", regex.I)

_WINDOW = 48  # characters searched for a qualifier before a number
_MAX_DIGITS = 40  # longer digit strings are codes, not numbers
_JOIN_CHARS = frozenset(" \t\u00a0\u2009\u202f-&,")  # may start a join
_NO_GROUPING = str.maketrans("", "", ", \u00a0\u2009\u202f")


@dataclass(slots=True)
class _Patterns:
    element: Any
    before: Any
    after: Any
    fraction: Any
    before_kind: dict[str, str]
    after_kind: dict[str, str]
    # The words a piece may start with (besides digits), or None: try the pattern everywhere.
    openers: frozenset[str] | None
    # A month name right before a number: "on March 3 to 1,206" holds a day, not a range.
    month_before: Any


def _compile(lexicon: Lexicon) -> _Patterns:
    nums = lexicon.numbers
    quals = lexicon.qualifiers
    for table, name in ((quals.before, "before"), (quals.after, "after")):
        for key in table:
            if key not in QUALIFIERS:
                raise LexiconError(
                    f"qualifiers.toml: [{name}] {key!r} is not a qualifier; "
                    f"use one of {', '.join(QUALIFIERS)}",
                    file="qualifiers.toml",
                    key=f"{name}.{key}",
                )
    plain = [k for k, v in nums.vague.items() if not v.needs_of]
    with_of = [k for k, v in nums.vague.items() if v.needs_of]
    spaced = [k for k in nums.suffixes if len(k) > 1 or k in "MBGT"]
    element = lazy(
        _ELEMENT,
        regex.I | regex.X,
        vague=plain or ["\x00"],
        vague_of=with_of or ["\x00"],
        words=[*nums.words, *nums.scales] or ["\x00"],
        sfx=list(nums.suffixes) or ["\x00"],
        ssfx=spaced or ["\x00"],
        scales=list(nums.scales) or ["\x00"],
    )
    before_kind = {p.casefold(): q for q, phrases in quals.before.items() for p in phrases}
    after_kind = {p.casefold(): q for q, phrases in quals.after.items() for p in phrases}
    # Searched backwards from the number ((?r)): the phrase must end right before it.
    before = lazy(r"(?r)(?<!\w)(?P<q>\L<q>)[^\S\n]*+\Z", regex.I, q=list(before_kind) or ["\x00"])
    after = lazy(r"(?:[^\S\n]++|-)(?P<q>\L<q>)(?!\w)", regex.I, q=list(after_kind) or ["\x00"])
    fraction = lazy(r"[^\S\n]*+-?[^\S\n]*+\L<f>(?!\w)", regex.I, f=list(nums.fractions) or ["\x00"])
    # Every branch of _ELEMENT starts with a digit, a list entry or the article "a"/"an".
    openers = first_words([*nums.vague, *nums.words, *nums.scales, "a", "an"])
    month_before = lazy(
        r"(?r)(?<!\w)\L<m>\.?[^\S\n]++\Z", regex.I, m=list(lexicon.dates.months) or ["\x00"]
    )
    return _Patterns(
        element, before, after, fraction, before_kind, after_kind, openers, month_before
    )


def _pieces_of(m: Any, lexicon: Lexicon) -> list[Piece]:
    """The pieces one pattern match stands for (a dotted "192.168.1.2" gives four)."""
    nums = lexicon.numbers
    if m.group("dotted") is not None:
        out, pos = [], m.start()
        for part in m.group().split("."):
            out.append(Piece("digit", Decimal(part), pos, pos + len(part), False))
            pos += len(part) + 1
        return out
    if m.group("digits") is not None:
        raw = m.group("digits").translate(_NO_GROUPING)
        if len(raw) > _MAX_DIGITS:
            return []  # 1 MB of digits is no count; Decimal would be slow on it
        value = Decimal(raw)
        suffix = m.group("sfx") or m.group("ssfx")
        if suffix:
            factor = nums.suffixes[suffix]
            return [Piece("sdigit", value * factor, m.start(), m.end(), False, factor)]
        return [Piece("digit", value, m.start(), m.end(), False)]
    if m.group("art") is not None:
        return [Piece("art", Decimal(1), m.start(), m.end(), True)]
    key = m.group().casefold()
    key = " ".join(key.split())
    if key in nums.words:
        value = Decimal(nums.words[key])
        if " " in key:
            kind = "phrase"
        elif value < 10:
            kind = "unit"
        elif value < 20:
            kind = "teen"
        else:
            kind = "tens"
        return [Piece(kind, value, m.start(), m.end(), True)]
    value = Decimal(nums.scales[key])
    kind = "hundred" if value == 100 else "dozen" if value == 12 else "big"
    return [Piece(kind, value, m.start(), m.end(), True)]


def _elements(text: str, pats: _Patterns, words: WordIndex | None) -> Iterator[Any]:
    """The matches of ``pats.element`` in ``text``, as ``finditer`` finds them.

    With the document's words, the pattern is tried only at the words a piece can start with.
    """
    places = (
        word_starts(words, pats.openers) if words is not None and pats.openers is not None else None
    )
    if places is None:
        yield from pats.element.finditer(text)
        return
    end = 0
    for start in places:
        if start >= end and (m := pats.element.match(text, start, start + REACH)) is not None:
            end = m.end()
            yield m


def _read_runs(
    text: str, lexicon: Lexicon, pats: _Patterns, words: WordIndex | None = None
) -> list[Raw]:
    """Every number and vague amount in ``text``, before ranges and qualifiers."""
    out: list[Raw] = []
    run: list[tuple[Piece, str]] = []
    nums = lexicon.numbers

    def flush() -> None:
        out.extend(read_run(run))
        run.clear()

    prev_end = -1
    for m in _elements(text, pats, words):
        if m.group("vague") is not None:
            key = " ".join(m.group().casefold().split())
            # "three dozens": a scale after a number, not a vague amount.
            if run and key in nums.scales and _JOIN.fullmatch(text, prev_end, m.start()):
                piece = Piece("dozen", Decimal(12), m.start(), m.end(), True)
                run.append((piece, "space"))
                prev_end = m.end()
                continue
            if run:
                flush()
            amount = nums.vague[key]
            out.append(
                Raw(
                    m.start(),
                    m.end(),
                    Decimal(amount.low),
                    1,
                    True,
                    "vague",
                    amount.low,
                    amount.high,
                )
            )
            prev_end = -1
            continue
        if (
            not run
            and m.group("digits") is not None
            and m.group("sfx") is None
            and m.group("ssfx") is None
        ):
            # Fast path: a lone number in digits ("1,1,1,..." must stay cheap).
            after = text[m.end() : m.end() + 2]
            if after[:1] not in _JOIN_CHARS or after[:1] == "," and not after[1:].isspace():
                digits = m.group("digits").translate(_NO_GROUPING)
                if len(digits) <= _MAX_DIGITS:
                    value = int(digits) if "." not in digits else Decimal(digits)
                    out.append(Raw(m.start(), m.end(), value, 1, False))  # type: ignore[arg-type]
                continue
        for piece in _pieces_of(m, lexicon):
            join = ""
            if run:
                gap = piece.start - prev_end
                j = _JOIN.fullmatch(text, prev_end, piece.start) if 0 < gap <= 12 else None
                if j is None:
                    flush()
                else:
                    join = next(k for k in ("and", "amp", "comma", "hyphen", "space") if j.group(k))
                    join = "and" if join == "amp" else join
            run.append((piece, join))
            prev_end = piece.end
    if run:
        flush()
    return [raw for raw in out if _keep(text, raw, pats)]


def _keep(text: str, raw: Raw, pats: _Patterns) -> bool:
    if raw.kind == "vague" or not raw.words_only:
        return True
    # "about one-third of the excess deaths", "two thirds": a fraction, not a count.
    if pats.fraction.match(text, raw.end, raw.end + 24):
        return False
    if text[raw.start : raw.end].casefold() == "one":
        lo = max(0, raw.start - 16)
        if _ONE_PRONOUN.search(text, lo, raw.start) or _ONE_ANOTHER.match(
            text, raw.end, raw.end + 16
        ):
            return False
    return True


# --- ranges and qualifiers -----------------------------------------------------------------------
def _number(value: Decimal | int) -> int | float:
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def find_numbers(
    text: str, lexicon: Lexicon, *, words: WordIndex | None = None
) -> list[NumberMention]:
    """Every number mention in ``text``, sorted by start.

    Args:
        text: any text; offsets index it exactly as passed.
        lexicon: the word lists to use (``load_lexicon()`` for the defaults).
        words: the text's :class:`~claimtrack.find.phrases.WordIndex`, when the caller has one: the
            pattern is then tried only where a number can start.

    Returns:
        One :class:`NumberMention` per number, range or vague amount; none found is ``[]``.

    >>> found = find_numbers("more than 1,400 dead", load_lexicon())
    >>> [(m.text, m.value, m.qualifier) for m in found]
    [('more than 1,400', 1400, 'more_than')]
    """
    pats: _Patterns = lexicon.memo("numbers.patterns", _compile)
    raws = _read_runs(text, lexicon, pats, words)
    out: list[NumberMention] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        before = (
            pats.before.search(text, max(0, a.start - _WINDOW), a.start)
            if a.kind != "vague"
            else None
        )
        between = before.start() if before and _kind(before, pats) == "range" else None
        if (
            b is not None
            and _is_range(text, a, b, between)
            and not pats.month_before.search(text, max(0, a.start - 12), a.start)
        ):
            low = a.value
            if b.scale > 1 and a.scale == 1 and a.value * b.scale <= b.value:
                low = a.value * b.scale  # "2 to 3 million"
            start = between if between is not None else a.start
            out.append(_mention(text, start, b.end, (a.start, b.end), low, low, b.value, "range"))
            i += 2
            continue
        out.append(_qualified(text, a, pats, before))
        i += 1
    return out


def _kind(m: Any, pats: _Patterns) -> str:
    """The qualifier a phrase found before a number stands for."""
    return pats.before_kind.get(" ".join(m.group("q").casefold().split()), "exact")


def _is_range(text: str, a: Raw, b: Raw, between: int | None) -> bool:
    if a.kind == "vague" or b.kind == "vague":
        return False
    if between is not None:
        return _AND.fullmatch(text, a.end, b.start) is not None and a.value < b.value
    if b.start - a.end > 6 or _RANGE_JOIN.fullmatch(text, a.end, b.start) is None:
        return False
    if a.scale > 1 and b.scale > 1 and a.scale != b.scale:  # "10 bln or 10 tln"
        return False
    low = (
        a.value * b.scale
        if b.scale > 1 and a.scale == 1 and a.value * b.scale <= b.value
        else a.value
    )
    if not low < b.value:
        return False
    gap = text[a.end : b.start].strip()
    if gap in "-–—":
        if a.words_only or b.words_only:  # "three-nought-four", "twenty-one"
            return False
        # "1-800-621-3362", "1-222-2222": a phone number or code, not a range.
        if a.start >= 2 and text[a.start - 1] in "-–/" and text[a.start - 2].isdigit():
            return False
        if text[b.end : b.end + 2][:1] in ("-", "–", "/") and text[b.end + 1 : b.end + 2].isdigit():
            return False
        return True
    return not _FROM_BEFORE.search(text, max(0, a.start - 12), a.start)


def _qualified(text: str, raw: Raw, pats: _Patterns, m: Any) -> NumberMention:
    if raw.kind == "vague":
        # A qualifier before a vague amount adds nothing: "more than hundreds" is still vague.
        return _mention(
            text, raw.start, raw.end, (raw.start, raw.end), raw.value, raw.low, raw.high, "vague"
        )
    start, end, qualifier = raw.start, raw.end, "exact"
    if m is not None:
        kind = _kind(m, pats)
        # "over the past 24 hours": after "the", "past" is no qualifier ("the roughly 17,000"
        # keeps its "about").
        if kind != "range" and not (
            kind in ("more_than", "fewer_than")
            and _THE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        ):
            start, qualifier = m.start(), kind
    if qualifier == "exact":
        a = pats.after.match(text, raw.end, raw.end + 24)
        if a is not None:
            end, qualifier = a.end(), lookup(pats.after_kind, " ".join(a.group("q").split()))
    v = raw.value
    low, high = {
        "exact": (v, v),
        "more_than": (v, None),
        "at_least": (v, None),
        "about": (None, None),
        "nearly": (None, v),
        "up_to": (None, v),
        "fewer_than": (None, v),
    }[qualifier]
    return _mention(text, start, end, (raw.start, raw.end), v, low, high, qualifier)  # type: ignore[arg-type]


def _mention(
    text: str,
    start: int,
    end: int,
    number_span: Span,
    value: Decimal,
    low: Decimal | int | None,
    high: Decimal | int | None,
    qualifier: Qualifier,
) -> NumberMention:
    span, said = cut(text, start, end)
    number = _number(value)
    return NumberMention(
        span=span,
        text=said,
        number_span=number_span,
        value=number,
        low=None if low is None else number if low is value else _number(Decimal(low)),
        high=None if high is None else number if high is value else _number(Decimal(high)),
        qualifier=qualifier,
    )


def parse_number(s: str, lexicon: Lexicon | None = None) -> int | float | None:
    """Read one number written in digits or words; None when it is not one.

    The whole string (leading and trailing spaces aside) must be one number, range or vague
    amount, with or without a qualifier; its value is returned (a range's lower number, the
    lowest a vague amount can mean).

    Args:
        s: the string, such as "1,400", "1.5 million", "thirty-five" or "more than 300".
        lexicon: word lists to use; the defaults when None.

    Returns:
        An ``int`` for whole numbers, a ``float`` otherwise, or None.

    >>> parse_number("1.5 million")
    1500000
    >>> parse_number("one hundred and sixty-one")
    161
    >>> parse_number("several") is None
    True
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    found = find_numbers(s, lex)
    stripped = s.strip()
    if len(found) != 1 or found[0].text != stripped:
        return None
    return found[0].value
