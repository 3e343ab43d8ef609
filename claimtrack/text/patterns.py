"""Patterns compiled where they are first used, not where they are defined.

Compiling a ``regex`` pattern runs its parser in Python: a fraction of a millisecond for a
short pattern, tens of milliseconds for one with a named list of hundreds of words. Many of
claimtrack's patterns serve rare constructions, so compiling them all at import (or when a
lexicon's tables are built) made ``import claimtrack`` and the first ``extract`` slow for
patterns most documents never try. :func:`lazy` returns a stand-in that compiles on its first
use; from then on its methods are the compiled pattern's own, so a call costs nothing extra.

>>> p = lazy("fo+", regex.I)
>>> p.search("a FOO b").span()
(2, 5)
>>> p.pattern
'fo+'
"""

from __future__ import annotations

from typing import Any

import regex

__all__ = ["LazyPattern", "lazy"]

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
