"""The package's own lexicon data made into models without pydantic's validation.

Validating ``claimtrack/data`` runs pydantic's schema build for each of the ~40 section models
the first time, at every start of a process (~10 ms), for data that ships with the package.
That data is validated by the tests instead (``tests/test_lexicons.py`` validates every file,
``tests/test_lexicon_trusted.py`` checks that :func:`construct` gives the very same lexicon as
validation), so :func:`claimtrack.load_lexicon` builds the defaults here: each table becomes
its section model by ``model_construct``, each list the tuple the model declares, read off the
models' own field annotations.

Shapes and scalar types are still checked on the way (a table where a list belongs, a word
where a number belongs): a mismatch raises :class:`Untrusted`, and the caller validates the
data the slow way, which names the file and the key. Constraints beyond types (ranges,
patterns, the models' own validators) are left to the tests. Overlays never come here: user
data is always validated.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
Convert = Callable[[Any], Any]


class Untrusted(Exception):
    """The data does not have the shape the models declare: validate it instead."""


def construct(model: type[M], data: Mapping[str, Any]) -> M:
    """``model`` holding ``data``, built without validation (see the module's docstring).

    >>> from claimtrack.lexicon.sections import Anaphor
    >>> construct(Anaphor, {"unit": "day", "shift": -1})
    Anaphor(unit='day', shift=-1)
    >>> construct(Anaphor, {"unit": "day", "shift": "-1"})
    Traceback (most recent call last):
    ...
    claimtrack.lexicon.trusted.Untrusted: shift: '-1'
    """
    fields = _fields(model)
    values: dict[str, Any] = {}
    for key, value in data.items():
        convert = fields.get(key)
        if convert is None:
            raise Untrusted(f"unknown key {key!r}")
        try:
            values[key] = convert(value)
        except Untrusted as err:
            raise Untrusted(f"{key}: {err}") from None
    return model.model_construct(**values)


_FIELDS: dict[type[BaseModel], dict[str, Convert]] = {}


def _fields(model: type[BaseModel]) -> dict[str, Convert]:
    """How each field of ``model`` turns a TOML value into what validation would make of it."""
    found = _FIELDS.get(model)
    if found is None:
        found = _FIELDS[model] = {
            name: _converter(field.annotation) for name, field in model.__pydantic_fields__.items()
        }
    return found


def _converter(annotation: Any) -> Convert:  # noqa: C901  (one case per kind of annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        model = annotation

        def to_model(value: Any) -> Any:
            if type(value) is not dict:
                raise Untrusted(repr(value))
            return construct(model, value)

        return to_model
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _converter(args[0])
    if origin is dict and args[0] is str:
        if isinstance(args[1], type) and args[1] in _as_is:  # dict[str, int]: kept as it is
            kind = args[1]

            def to_plain_dict(value: Any) -> Any:
                if type(value) is not dict or any(type(v) is not kind for v in value.values()):
                    raise Untrusted(repr(value))
                return value

            return to_plain_dict
        item = _converter(args[1])

        def to_dict(value: Any) -> Any:
            if type(value) is not dict:
                raise Untrusted(repr(value))
            return {key: item(v) for key, v in value.items()}

        return to_dict
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis and args[0] is str:
        return _to_words
    if origin is tuple and Ellipsis not in args:
        items = [_converter(arg) for arg in args]

        def to_tuple(value: Any) -> Any:
            if type(value) is not list or len(value) != len(items):
                raise Untrusted(repr(value))
            return tuple(convert(v) for convert, v in zip(items, value, strict=True))

        return to_tuple
    if origin is typing.Literal:
        allowed = [(type(arg), arg) for arg in args]

        def to_literal(value: Any) -> Any:
            if (type(value), value) not in allowed:
                raise Untrusted(repr(value))
            return value

        return to_literal
    if origin is typing.Union or origin is types.UnionType:
        choices = [_converter(arg) for arg in args]

        def to_union(value: Any) -> Any:
            for choice in choices:
                try:
                    return choice(value)
                except Untrusted:
                    continue
            raise Untrusted(repr(value))

        return to_union
    if annotation in _as_is:
        return _as_is[annotation]
    raise TypeError(f"claimtrack.lexicon.trusted: no rule for {annotation!r}")


def _to_words(value: Any) -> Any:
    if type(value) is not list or any(type(v) is not str for v in value):
        raise Untrusted(repr(value))
    return tuple(value)


def _exactly(kind: type) -> Convert:
    def as_is(value: Any) -> Any:
        if type(value) is not kind:
            raise Untrusted(repr(value))
        return value

    return as_is


_as_is: dict[Any, Convert] = {kind: _exactly(kind) for kind in (str, int, bool, type(None))}
