r"""A reader for the plain TOML of ``claimtrack/data``, about twice as fast as tomllib.

tomllib reads a document one character at a time in Python: the package's thirteen files, mostly
long arrays of words, take it ~20 ms at every start of a process, this reader ~10 ms. It reads
the subset those files are written in with compiled patterns, a key, a value or a whole array
of words at a time: tables and subtables (``[dates.words]``, ``[vague."several dozen"]``), bare
and quoted keys, one-line basic strings, integers, booleans, arrays (over several lines, with
comments) and inline tables.

Anything else, and anything tomllib would refuse (a key given twice, a table defined twice),
raises :class:`Unsupported`, and the caller reads the text with tomllib, which gives the answer
or the error. The tests check that every data file reads the same both ways. Overlays are read
by tomllib only.

>>> loads('a = ["x", "y"]  # words\n[b."c d"]\nn = -2\nok = true')
{'a': ['x', 'y'], 'b': {'c d': {'n': -2, 'ok': True}}}
"""

from __future__ import annotations

import re
from typing import Any


class Unsupported(Exception):
    """Not in the subset this module reads (or not valid TOML): read it with tomllib."""


_COMMENT = r"#[^\x00-\x08\x0a-\x1f\x7f]*+"  # no control character but a tab, as TOML says
# Blanks, newlines and comments; possessive, so that nothing is ever tried twice.
_G = rf"(?:[ \t\n]++|\r\n|{_COMMENT})*+"
_GAP = re.compile(_G)
_BLANK = re.compile(r"[ \t]*+")
_LINE_END = re.compile(rf"[ \t]*+(?:{_COMMENT})?(?:\r?\n|\Z)")
_STRING = r'"((?:[^"\\\x00-\x08\x0a-\x1f\x7f]|\\(?:[btnfr"\\]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}))*)"'
_KEY = re.compile(rf"[ \t]*(?:([A-Za-z0-9_-]+)|{_STRING})[ \t]*")
_WORD = _STRING.replace("(", "(?:", 1)  # the same, without its group
# An array of strings to its closing bracket, commas and all: most of the data, matched whole.
_WORDS = re.compile(
    rf"(?:{_G}{_WORD}{_G},)*"
    rf"(?:{_G}{_WORD})?{_G}\]"
)
_WORD_OR_COMMENT = re.compile(rf"({_COMMENT})|{_STRING}")
_SCALAR = re.compile(
    rf"{_STRING}|([+-]?(?:0|[1-9][0-9]*))(?![0-9A-Za-z_.:+-])|(true|false)(?![0-9A-Za-z_-])"
)
_ESCAPE = re.compile(r"\\(?:([btnfr\"\\])|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def loads(text: str) -> dict[str, Any]:
    """The document ``text`` as tomllib reads it; :class:`Unsupported` outside the subset."""
    root: dict[str, Any] = {}
    table = root
    defined: set[tuple[str, ...]] = set()
    headed = {id(root)}  # tables made by headers, which a later header may extend
    pos = _GAP.match(text, 0).end()  # type: ignore[union-attr]  # matches even nothing
    while pos < len(text):
        if text.startswith("[", pos):
            if text.startswith("[[", pos):
                raise Unsupported("array of tables")
            path, pos = _keys(text, pos + 1, "]")
            if path in defined:
                raise Unsupported(f"table {'.'.join(path)} defined twice")
            defined.add(path)
            table = root
            for part in path:
                inner = table.get(part)
                if inner is None:
                    inner = table[part] = {}
                    headed.add(id(inner))
                elif type(inner) is not dict or id(inner) not in headed:
                    raise Unsupported(f"{part!r} is a value, not a table")
                table = inner
        else:
            path, pos = _keys(text, pos, "=")
            if len(path) != 1:
                raise Unsupported("dotted key")
            if path[0] in table:
                raise Unsupported(f"key {path[0]!r} given twice")
            table[path[0]], pos = _value(text, pos)
        end = _LINE_END.match(text, pos)
        if end is None:
            raise Unsupported(f"text after a value at {pos}")
        pos = _GAP.match(text, end.end()).end()  # type: ignore[union-attr]
    return root


def _keys(text: str, pos: int, stop: str) -> tuple[tuple[str, ...], int]:
    """A dotted key up to ``stop`` (``]`` of a header, ``=`` of a pair), and where it ends."""
    parts: list[str] = []
    while True:
        m = _KEY.match(text, pos)
        if m is None or m.end() == pos:
            raise Unsupported(f"no key at {pos}")
        parts.append(m[1] if m[1] is not None else _unescape(m[2]))
        pos = m.end()
        if text.startswith(".", pos):
            pos += 1
        elif text.startswith(stop, pos):
            return tuple(parts), _BLANK.match(text, pos + 1).end()  # type: ignore[union-attr]
        else:
            raise Unsupported(f"no {stop!r} at {pos}")


def _value(text: str, pos: int) -> tuple[Any, int]:
    if text.startswith("[", pos):
        return _array(text, pos + 1)
    if text.startswith("{", pos):
        return _inline_table(text, pos + 1)
    m = _SCALAR.match(text, pos)
    if m is None:
        raise Unsupported(f"no value at {pos}")
    if m[1] is not None:
        return _unescape(m[1]), m.end()
    if m[2] is not None:
        return int(m[2]), m.end()
    return m[3] == "true", m.end()


def _array(text: str, pos: int) -> tuple[list[Any], int]:
    whole = _WORDS.match(text, pos)
    if whole is not None:  # strings only: found in one pass, the comments between them left out
        found = _WORD_OR_COMMENT.findall(text, pos, whole.end())
        return [_unescape(word) for comment, word in found if not comment], whole.end()
    out: list[Any] = []
    while True:
        pos = _GAP.match(text, pos).end()  # type: ignore[union-attr]
        if text.startswith("]", pos):
            return out, pos + 1
        item, pos = _value(text, pos)
        out.append(item)
        pos = _GAP.match(text, pos).end()  # type: ignore[union-attr]
        if not text.startswith(",", pos):
            if not text.startswith("]", pos):
                raise Unsupported(f"no ',' or ']' at {pos}")
            return out, pos + 1
        pos += 1


def _inline_table(text: str, pos: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    pos = _BLANK.match(text, pos).end()  # type: ignore[union-attr]
    if text.startswith("}", pos):
        return out, pos + 1
    while True:
        path, pos = _keys(text, pos, "=")
        if len(path) != 1 or path[0] in out:
            raise Unsupported("dotted or repeated key in an inline table")
        out[path[0]], pos = _value(text, pos)
        pos = _BLANK.match(text, pos).end()  # type: ignore[union-attr]
        if text.startswith("}", pos):
            return out, pos + 1
        if not text.startswith(",", pos):
            raise Unsupported(f"no ',' or '}}' at {pos}")
        pos += 1


def _unescape(raw: str) -> str:
    if "\\" not in raw:
        return raw

    def one(m: re.Match[str]) -> str:
        if m[1] is not None:
            return _ESCAPES[m[1]]
        code = int(m[2] or m[3], 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise Unsupported("not a scalar value")
        return chr(code)

    return _ESCAPE.sub(one, raw)
