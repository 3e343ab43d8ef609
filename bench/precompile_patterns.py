"""Write what a first extract() would otherwise build: the default lexicon and its patterns.

Run from the repository root after changing a pattern, a word list under claimtrack/data, or the
lexicon's modules: ``.venv/bin/python bench/precompile_patterns.py``.

claimtrack/lexicon/default.pickle is the default lexicon as read from the data files, stamped
with what it was made from; see ``claimtrack.lexicon.snapshot``. A stale one is never used:
tests/test_lexicon_snapshot.py says when it is stale.

claimtrack/text/precompiled.pickle holds the compiled patterns. Every pattern that
:func:`claimtrack.text.patterns.lazy` compiles while extracting the seed articles (and the dev
cases, when present) with the default lexicon is compiled again here and stored as regex pickles
it, with regex's version; see ``claimtrack.text.patterns._precompiled``. A stale table is never
wrong, only slower: tests/test_precompiled.py says when it is stale.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import regex

import claimtrack
from claimtrack import lexicon
from claimtrack.lexicon import snapshot
from claimtrack.text import patterns

ROOT = Path(__file__).resolve().parents[1]
DEV_CASES = ROOT.parent / "shared" / "eval" / "dev" / "cases"


def texts() -> list[str]:
    """The seed articles, and the dev cases when present."""
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if DEV_CASES.is_dir():
        cases = sorted(DEV_CASES.glob("*.json"))
        out += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in cases]
    return out


def write_lexicon() -> None:
    """Read the default lexicon from its files, and pickle it."""
    data = snapshot.dumps(lexicon._from_files(), lexicon.Lexicon.model_fields)
    snapshot.SNAPSHOT.write_bytes(data)
    print(f"{snapshot.SNAPSHOT}: {len(data)} bytes")


def main() -> None:
    """Pickle the lexicon; record, compile and write the patterns."""
    write_lexicon()
    seen: dict[patterns.Key, tuple[str, int, dict[str, Any]]] = {}
    original = patterns.LazyPattern.compiled

    def recording(self: patterns.LazyPattern) -> regex.Pattern[str]:
        pattern, flags, lists = self._source
        seen.setdefault(patterns.key(pattern, flags, lists), self._source)
        return original(self)

    patterns.LazyPattern.compiled = recording  # type: ignore[method-assign]
    old = patterns._precompiled()  # the table as it is
    patterns._precompiled = dict  # type: ignore[assignment]  # compile everything afresh
    for text in texts():
        claimtrack.extract(text, published="2024-01-01")
    # regex's compiled code varies from run to run in the order of sets it holds (the same
    # pattern either way): an entry already in the table is kept as it is, so that running this
    # again changes only what changed.
    table = {
        k: old.get(k) or pickle.dumps(regex.compile(pattern, flags, **lists), protocol=4)
        for k, (pattern, flags, lists) in sorted(seen.items())
        if not int(flags) & regex.LOCALE
    }
    data = pickle.dumps((regex.__version__, table), protocol=4)
    patterns.PRECOMPILED.write_bytes(data)
    size = f"{len(table)} patterns, {len(data)} bytes"
    print(f"{patterns.PRECOMPILED}: {size}, regex {regex.__version__}")


if __name__ == "__main__":
    main()
