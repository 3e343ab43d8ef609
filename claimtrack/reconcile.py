"""Claims from many documents -> flags. STUB: being written."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Claim, Flag


def reconcile(claims: Iterable[Claim]) -> list[Flag]:
    """Compare claims about the same count or actor and topic; return the changes."""
    return []
