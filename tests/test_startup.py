"""A first extract() does no work that start-up can be spared (issue #9/#11's speed criterion).

Each check runs in a new interpreter: what it imports and reads is what a user's first call
imports and reads. The time itself is measured by ``bench/bench_startup.py`` (in a fresh venv).
"""

from __future__ import annotations

import json
import subprocess
import sys

FIRST_CALL = (
    "import sys, json, claimtrack\n"
    "from claimtrack import lexicon\n"
    "claimtrack.extract('Officials said on Tuesday that at least 1,400 people were killed.',"
    " published='2023-11-30')\n"
)


def fresh(code: str) -> object:
    """What ``code`` prints as JSON on its last line, in a new interpreter."""
    run = subprocess.run(
        [sys.executable, "-c", FIRST_CALL + code], capture_output=True, text=True, check=True
    )
    return json.loads(run.stdout.splitlines()[-1])


def test_first_extract_reads_no_data_file() -> None:
    # The default lexicon comes from the snapshot (when it is fresh: test_lexicon_trusted.py),
    # so neither TOML reader is imported; dateparser is imported by find_dates() only.
    modules = ["claimtrack.lexicon.fasttoml", "claimtrack.lexicon.trusted", "tomllib", "dateparser"]
    loaded = fresh(f"print(json.dumps([m for m in {modules!r} if m in sys.modules]))")
    assert loaded == [], "a stale lexicon snapshot? run bench/precompile_patterns.py"


def test_first_extract_builds_no_flag_validator() -> None:
    built = fresh(
        "from claimtrack.model import Flag\nprint(json.dumps(Flag.__pydantic_complete__))"
    )
    assert built is False


def test_flags_validate_when_first_asked() -> None:
    from claimtrack.model import Flag

    claim = {"id": "c1", "kind": "statement", "text": "x", "span": [0, 1]}
    code = (
        "from claimtrack.model import Flag\n"
        "from pydantic import ValidationError\n"
        f"claim = {claim!r}\n"
        "try:\n"
        "    Flag.model_validate({'kind': 'stance_shift', 'before': claim, 'after': claim})\n"
        "except ValidationError as err:\n"
        "    print(json.dumps([e['loc'][0] for e in err.errors()]))\n"
    )
    assert "explanation" in fresh(code)  # type: ignore[operator]
    assert Flag.model_json_schema()["required"] == ["kind", "before", "after", "explanation"]
