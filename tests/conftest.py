"""Shared fixtures: paths into the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    """The repository root (README.md, seeds/, docs/, examples/)."""
    return ROOT


@pytest.fixture
def seeds() -> Path:
    """The bundled seed articles, with their index.json."""
    return ROOT / "seeds"
