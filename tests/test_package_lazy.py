"""``import claimtrack`` imports only what extract() needs; the rest comes on first use."""

from __future__ import annotations

import subprocess
import sys
from typing import cast

import pytest

import claimtrack
from claimtrack.reconcile.flags import reconcile


def fresh(code: str) -> str:
    """What ``code`` prints in a new interpreter."""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return run.stdout.strip()


def test_import_leaves_reconciliation_and_batches_for_later() -> None:
    out = fresh(
        "import sys, claimtrack\n"
        "claimtrack.extract('Officials said 12 people died.')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('claimtrack.reconcile',"
        " 'claimtrack.batch'))))"
    )
    assert out == "[]"


@pytest.mark.parametrize(
    "first",
    [
        "import claimtrack.reconcile.track",
        "from claimtrack.reconcile import flags",
        "import claimtrack.report",
        "import claimtrack.scale",
    ],
)
def test_reconcile_is_the_function_whatever_was_imported_first(first: str) -> None:
    out = fresh(f"{first}\nimport claimtrack\nprint(claimtrack.reconcile.__module__)")
    assert out == "claimtrack.reconcile.flags"


def test_later_names_are_the_modules_own() -> None:
    from claimtrack.batch import extract_many
    from claimtrack.reconcile.track import CountTrack, Tracker, build_tracks

    assert claimtrack.reconcile is reconcile
    assert claimtrack.extract_many is extract_many
    assert (claimtrack.CountTrack, claimtrack.Tracker) == (CountTrack, Tracker)
    assert claimtrack.build_tracks is build_tracks
    assert {"reconcile", "extract_many", "Tracker"} <= set(dir(claimtrack))
    with pytest.raises(AttributeError, match="no attribute 'reconciled'"):
        _ = claimtrack.reconciled  # type: ignore[attr-defined]


def test_reconcile_can_be_patched(monkeypatch: pytest.MonkeyPatch) -> None:
    def patched(*args: object) -> str:
        return "patched"

    with monkeypatch.context() as patch:
        patch.setattr(claimtrack, "reconcile", patched)
        assert cast(object, claimtrack.reconcile) is patched
    assert claimtrack.reconcile is reconcile
