"""The pipeline: text or Document -> list[Claim]. STUB: being written."""

from __future__ import annotations

from .model import Claim


def extract(text: object, **kwargs: object) -> list[Claim]:
    return []
