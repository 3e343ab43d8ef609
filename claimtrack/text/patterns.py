"""Patterns compiled where they are first used, not where they are defined.

Compiling a ``regex`` pattern runs its parser in Python: a fraction of a millisecond for a
short pattern, tens of milliseconds for one with a named list of hundreds of words. Many of
claimtrack's patterns serve rare constructions, so compiling them all at import (or when a
lexicon's tables are built) made ``import claimtrack`` and the first ``extract`` slow for
patterns most documents never try. :func:`lazy` returns a stand-in that compiles on its first
use; from then on its methods are the compiled pattern's own, so a call costs nothing extra.

The patterns a first ``extract`` with the default lexicon needs are also compiled ahead
(:data:`PRECOMPILED`, written by ``bench/precompile_patterns.py``): the stand-in loads the
compiled code when its text, flags and word lists are those of an entry, and this version of
regex compiled it; otherwise it compiles, as it always did.

>>> p = lazy("fo+", regex.I)
>>> p.search("a FOO b").span()
(2, 5)
>>> p.pattern
'fo+'
"""

from __future__ import annotations

import functools
import pickle
from pathlib import Path
from typing import Any

import regex

__all__ = ["LazyPattern", "lazy"]

# Patterns compiled ahead, by bench/precompile_patterns.py: what a first extract() with the
# default lexicon compiles, as regex pickles them (its compiled code), for one regex version.
PRECOMPILED = Path(__file__).with_name("precompiled.pickle")
Key = tuple[str, int, int, tuple[tuple[str, tuple[str, ...]], ...]]

# What a compiled pattern offers that callers use; set on the stand-in when it compiles.
_SHARED = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
    "splititer", "scanner", "pattern", "flags", "groups", "groupindex", "named_lists",
)  # fmt: skip


class LazyPattern:
    """A ``regex`` pattern that compiles on first use (see :func:`lazy`)."""

    def __init__(self, pattern: str, flags: int, lists: dict[str, Any]) -> None:
        self._source = (pattern, flags, lists)

    def __getattr__(self, name: str) -> Any:
        # Only called for what the instance does not hold yet: the first use compiles.
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = self.compiled()
        return getattr(compiled, name)

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        pattern, flags, lists = self._source
        ahead = _precompiled().get(key(pattern, flags, lists))
        compiled = _load(ahead) if ahead is not None else None
        if compiled is None:
            # The stand-in keeps what it compiled: regex's own cache (500 patterns, emptied at
            # random when full) need not hold it too. A pattern with word lists is built from a
            # lexicon, and a new lexicon with the same lists finds it there.
            compiled = regex.compile(pattern, flags, cache_pattern=bool(lists), **lists)
        for name in _SHARED:
            setattr(self, name, getattr(compiled, name))
        self.compiled = lambda: compiled  # type: ignore[method-assign]
        return compiled

    def __getstate__(self) -> tuple[str, int, dict[str, Any]]:
        return self._source

    def __setstate__(self, state: tuple[str, int, dict[str, Any]]) -> None:
        self._source = state

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0, **lists: Any) -> Any:
    """``regex.compile(pattern, flags, **lists)``, done at the first use of the result."""
    return LazyPattern(pattern, flags, lists)


def key(pattern: str, flags: int, lists: dict[str, Any]) -> Key:
    """What decides a compiled pattern: its text, flags, regex's default version and lists."""
    words = tuple(sorted((name, tuple(items)) for name, items in lists.items()))
    return (pattern, int(flags), int(regex.DEFAULT_VERSION), words)


@functools.cache
def _precompiled() -> dict[Key, bytes]:
    """The patterns of :data:`PRECOMPILED`, if they were compiled by this version of regex.

    Compiling runs regex's parser in Python (~75 ms for the patterns of a first extract);
    loading its compiled code takes ~0.02 ms a pattern. A pattern whose text, flags or word
    lists changed since has another key and is compiled as before: the table only saves time.
    """
    try:
        # Plain data (text, numbers, bytes): each pattern is unpickled only when it is used.
        version, table = pickle.loads(PRECOMPILED.read_bytes())
    except Exception:  # missing, or unreadable: compile as if there were no table
        return {}
    if version != regex.__version__ or not isinstance(table, dict):
        return {}  # compiled code of another regex is never loaded
    return table


def _load(data: bytes) -> regex.Pattern[str] | None:
    try:
        compiled = pickle.loads(data)
    except Exception:
        return None
    return compiled if isinstance(compiled, regex.Pattern) else None
