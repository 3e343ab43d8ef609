"""Patterns compiled ahead (claimtrack/text/precompiled.pickle): the same patterns, and fresh."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from claimtrack.text import patterns

ROOT = Path(__file__).resolve().parent.parent


def stored() -> tuple[str, dict[patterns.Key, bytes]]:
    version, table = pickle.loads(patterns.PRECOMPILED.read_bytes())
    return version, table


def test_table_holds_what_its_keys_say() -> None:
    version, table = stored()
    if version != regex.__version__:
        pytest.skip(f"table compiled by regex {version}, this is {regex.__version__}")
    assert table
    for key, data in table.items():
        compiled = pickle.loads(data)
        pattern, flags, default_version, lists = key
        assert compiled.pattern == pattern
        fresh = regex.compile(pattern, flags, **{name: list(words) for name, words in lists})
        assert compiled.flags == fresh.flags
        assert compiled.groupindex == fresh.groupindex
        assert compiled.named_lists == fresh.named_lists
        assert default_version == int(regex.DEFAULT_VERSION)


def test_table_is_fresh() -> None:
    """A first extract() of every seed finds all its patterns in the table.

    If this fails, a pattern or a word list changed: run bench/precompile_patterns.py.
    """
    version, _ = stored()
    if version != regex.__version__:
        pytest.skip(f"table compiled by regex {version}, this is {regex.__version__}")
    code = """
import sys
from pathlib import Path
import claimtrack
from claimtrack.text import patterns
missed = []
original = patterns.LazyPattern.compiled
def compiled(self):
    if patterns._precompiled().get(patterns.key(*self._source)) is None:
        missed.append(self._source[0][:80])
    return original(self)
patterns.LazyPattern.compiled = compiled
for path in sorted(Path(sys.argv[1], "seeds").glob("*.txt")):
    claimtrack.extract(path.read_text(encoding="utf-8"), published="2024-01-01")
print(len(missed), *missed, sep="\\n")
"""
    run = subprocess.run(
        [sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, check=True
    )
    missed = run.stdout.splitlines()
    assert missed[0] == "0", "stale: run bench/precompile_patterns.py\n" + "\n".join(missed[1:])


def test_changed_lists_are_compiled_afresh() -> None:
    words = patterns.lazy(r"(?<!\w)\L<w>(?!\w)", regex.IGNORECASE, w=["kell", "ostrava"])
    assert patterns._precompiled().get(patterns.key(*words._source)) is None
    assert words.search("in Ostrava today").span() == (3, 10)


def test_a_table_of_another_regex_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "precompiled.pickle"
    # An entry that would be loaded if the version matched: a bytes object that is no pattern.
    path.write_bytes(pickle.dumps(("0.0", {("x", 0, 0, ()): b"not a pattern"})))
    monkeypatch.setattr(patterns, "PRECOMPILED", path)
    patterns._precompiled.cache_clear()
    try:
        assert patterns._precompiled() == {}
        path.write_bytes(b"garbage")
        patterns._precompiled.cache_clear()
        assert patterns._precompiled() == {}
        entry = {patterns.key("x", 0, {}): b"no pickle"}
        path.write_bytes(pickle.dumps((regex.__version__, entry)))
        patterns._precompiled.cache_clear()
        assert patterns._precompiled() == entry
        assert patterns.lazy("x").search("a x").span() == (2, 3)  # compiled, not loaded
    finally:
        patterns._precompiled.cache_clear()
