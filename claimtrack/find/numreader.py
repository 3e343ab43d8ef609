"""Reading one run of number pieces ("three", "hundred", "and", "two") into numbers.

:mod:`claimtrack.find.numbers` finds the pieces a run is made of; :class:`Reader` reads them
left to right: "one hundred and sixty-one" is one number, "4000 3 hundred and 21" two.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(slots=True)
class Piece:
    """One piece of a number: digits, a number word, a scale word or an article."""

    kind: str  # digit, sdigit, unit, teen, tens, hundred, big, dozen, art, phrase
    value: Decimal
    start: int
    end: int
    word: bool
    scale: int = 1  # a suffix's factor: "10k" -> 1000


@dataclass(slots=True)
class Raw:
    """A number read from a run, before qualifiers and ranges."""

    start: int
    end: int
    value: Decimal
    scale: int  # the last scale word's factor ("3 million" -> 10**6), 1 if none
    words_only: bool
    kind: str = "number"  # or "vague"
    low: int | None = None
    high: int | None = None


class Reader:
    """Reads pieces left to right into numbers; ``take`` says False when a new number starts."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.total = Decimal(0)
        self.chunk = Decimal(0)
        self.last = ""
        self.last_atom = Decimal(0)
        self.last_added = Decimal(0)
        self.min_big: Decimal | None = None
        self.scale = 1

    def take(self, p: Piece, join: str, nxt: Piece | None) -> bool:
        """Add piece ``p`` (joined by ``join``) to the number, or say False: a new one starts."""
        last, chunk = self.last, self.chunk
        if not self.pieces:
            return self._start(p)
        if last in ("sdigit", "phrase", "dozen", "art") and not (
            last == "art" and p.kind in ("hundred", "big", "dozen")
        ):
            return False
        if join in ("and", "comma") and not (
            last in ("hundred", "big")
            and p.kind in ("unit", "teen", "tens", "digit")
            and (join == "and" or last == "big")
        ):
            return False
        if join == "hyphen" and not (last == "tens" and p.kind == "unit"):
            return False
        # "3 hundred and 2 hundred": a second hundreds part starts a new number.
        if (
            nxt is not None
            and nxt.kind == "hundred"
            and p.kind in ("unit", "teen", "tens", "digit")
        ):
            if chunk >= 100:
                return False
        if p.kind == "digit":
            small = p.value == p.value.to_integral_value() and p.value < 1000
            if last == "hundred" and chunk % 100 == 0 and 0 < p.value < 100 and small:
                self.chunk += p.value
            elif last == "big" and small and not p.word:
                self.chunk = p.value
            else:
                return False
        elif p.kind in ("unit", "teen", "tens"):
            if (
                last == "tens"
                and p.kind == "unit"
                and chunk % 10 == 0
                and join in ("space", "hyphen")
            ):
                self.chunk += p.value
            elif last == "hundred" and chunk % 100 == 0:
                self.chunk += p.value
            elif last == "big":
                self.chunk = p.value
            else:
                return False
        elif p.kind == "hundred":
            if last == "art":
                self.chunk = Decimal(100)
            elif last in ("unit", "teen", "tens", "digit") and chunk < 100 or last == "digit":
                self.chunk = chunk * 100
            else:
                return False
            self.scale = 100
        elif p.kind == "dozen":
            if last not in ("unit", "teen", "tens", "digit", "art"):
                return False
            atom = Decimal(1) if last == "art" else self.last_atom
            self.chunk = chunk - atom + atom * 12 if last != "art" else Decimal(12)
        elif p.kind == "big":
            if not self._big(p):
                return False
        else:  # sdigit, phrase, art in the middle of a number
            return False
        self._push(p)
        return True

    def _big(self, p: Piece) -> bool:
        """Take a scale word above a hundred ("thousand", "million", "lakh")."""
        last, chunk = self.last, self.chunk
        if last == "big":  # "three lakh crore"
            self.total -= self.last_added
            self.last_added *= p.value
            self.total += self.last_added
        elif last == "art":
            self.last_added = p.value
            self.total += p.value
            self.chunk = Decimal(0)
            self.min_big = p.value
        elif self.min_big is not None and p.value >= self.min_big or chunk == 0:
            return False
        else:
            self.last_added = chunk * p.value
            self.total += self.last_added
            self.chunk = Decimal(0)
            self.min_big = p.value
        self.scale = int(p.value)
        return True

    def _start(self, p: Piece) -> bool:
        if p.kind in ("big", "hundred", "dozen"):  # "hundred thousand dollars", "dozen eggs"
            if p.kind == "big":
                self.total = self.last_added = p.value
                self.min_big = p.value
                self.scale = int(p.value)
            else:
                self.chunk = p.value
                self.scale = int(p.value) if p.kind == "hundred" else 1
        elif p.kind == "sdigit":
            self.total = p.value
            self.scale = p.scale
        else:
            self.chunk = p.value if p.kind != "art" else Decimal(0)
        self._push(p)
        return True

    def _push(self, p: Piece) -> None:
        self.pieces.append(p)
        self.last = p.kind
        if p.kind in ("unit", "teen", "tens", "digit"):
            self.last_atom = p.value

    def result(self) -> Raw | None:
        """The number read so far, or None when there is none ("a" alone)."""
        if not self.pieces or self.last == "art":
            return None
        value = self.total + self.chunk
        words_only = all(p.word for p in self.pieces)
        return Raw(self.pieces[0].start, self.pieces[-1].end, value, self.scale, words_only)


def read_run(run: list[tuple[Piece, str]]) -> list[Raw]:
    """The numbers one run of pieces holds; each piece comes with the join before it."""
    if len(run) == 1:  # the common case: one piece, one number
        piece = run[0][0]
        if piece.kind == "art":
            return []
        scale = (
            piece.scale
            if piece.kind == "sdigit"
            else int(piece.value)
            if piece.kind in ("hundred", "big")
            else 1
        )
        return [Raw(piece.start, piece.end, piece.value, scale, piece.word)]
    out: list[Raw] = []
    reader = Reader()
    for i, (piece, join) in enumerate(run):
        nxt = run[i + 1][0] if i + 1 < len(run) else None
        if not reader.take(piece, join, nxt):
            raw = reader.result()
            if raw is not None:
                out.append(raw)
            reader = Reader()
            reader.take(piece, "", nxt)
    raw = reader.result()
    if raw is not None:
        out.append(raw)
    return out
