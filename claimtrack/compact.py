"""Claims that share what they hold in common, so a corpus's claims take less memory.

Three things were held once per claim although they repeat: the evidence sentence (every claim
of one sentence had its own copy of it), equal ``Who`` objects (a source named in several
sentences), and pydantic's per-instance set of field names (``__pydantic_fields_set__``, 200
to 700 bytes for every model and part, the largest single cost). None of this changes a
claim's value or its JSON: equal values are simply held once.

>>> from claimtrack import extract
>>> text = "Officials said 12 people died and 30 were hurt."
>>> a, b, *_ = [c for c in extract(text) if c.kind == "figure"] + [None]
>>> a.text is b.text
True
"""

from __future__ import annotations

import contextlib
import gc
import typing
from collections.abc import Iterator

from pydantic import BaseModel

from .model import Span, Who

# One field-name set per model class and set of names: a few dozen in a whole run.
_FIELD_SETS: dict[tuple[type[BaseModel], frozenset[str]], set[str]] = {}


def share_field_sets(model: BaseModel) -> None:
    """Give ``model`` and its parts the one field-name set of their shape.

    The shared sets are never mutated: the models are frozen, and pydantic copies the set
    before ``model_copy(update=...)`` changes it.
    """
    stack: list[BaseModel] = [model]
    while stack:
        item = stack.pop()
        fields = item.__pydantic_fields_set__
        kind = type(item)
        key = (kind, frozenset(fields))
        shared = _FIELD_SETS.setdefault(key, fields)
        if shared is not fields:
            object.__setattr__(item, "__pydantic_fields_set__", shared)
        # Parts are models, or tuples of them; strings, numbers and dates hold no field sets.
        values = item.__dict__
        for name in _model_fields(kind):
            value = values[name]
            if isinstance(value, BaseModel):
                stack.append(value)
            elif isinstance(value, tuple):
                stack.extend(x for x in value if isinstance(x, BaseModel))


# The fields of a model class that may hold models (by their annotations), once per class.
_PARTS: dict[type[BaseModel], tuple[str, ...]] = {}


def _model_fields(kind: type[BaseModel]) -> tuple[str, ...]:
    found = _PARTS.get(kind)
    if found is None:
        found = _PARTS[kind] = tuple(
            name for name, info in kind.model_fields.items() if _holds_model(info.annotation)
        )
    return found


def _holds_model(annotation: object) -> bool:
    """Whether a type annotation names a model anywhere inside it (``Who | None``, tuples)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(annotation))


class Interner:
    """One document's shared pieces: one string per evidence span, one ``Who`` per value."""

    __slots__ = ("_spans", "_text", "_whos")

    def __init__(self, text: str) -> None:
        self._text = text
        self._spans: dict[Span, str] = {}
        self._whos: dict[Who, Who] = {}

    def cut(self, span: Span) -> str:
        """``text[span[0]:span[1]]``, the same string object for the same span."""
        found = self._spans.get(span)
        if found is None:
            found = self._spans[span] = self._text[span[0] : span[1]]
        return found

    def who(self, who: Who | None) -> Who | None:
        """The first ``Who`` seen that equals ``who`` (None stays None)."""
        if who is None:
            return None
        return self._whos.setdefault(who, who)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while one document is read, back on after.

    Reading a document makes tens of thousands of objects that live until it is done and
    none that form a reference cycle (there is nothing for the collector to free), yet each of
    its full passes walks them all: a sixth of the time of a long document. Reference counting
    still frees everything as usual; the collector runs at its next turn after the document.
    It is switched back on only if it was on, so a caller who turned it off keeps it off.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
