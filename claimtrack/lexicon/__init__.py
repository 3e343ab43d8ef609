"""Load, validate and cache the word lists under ``claimtrack/data/``.

Each TOML file in ``data/`` is one section of a :class:`Lexicon` (``numbers.toml`` is
``lexicon.numbers``). A user extends the defaults with overlay files of the same shape, whose
top-level tables are section names::

    # my_terms.toml
    [topics.sanctions]
    cues = ["sanctions", "asset freeze"]

    >>> lex = load_lexicon()            # the defaults, cached
    >>> "said" in lex.reporting.verbs
    True

Lists in an overlay are added to the defaults (duplicates dropped, order kept); tables are merged
key by key; scalars replace. Every overlay is validated into pydantic models on load, and a
mistake raises :class:`LexiconError` naming the file and the key. The defaults, validated by the
tests, come from the build's snapshot of them (snapshot.py), or are read from their files while
it is stale.

Compiled patterns built from a lexicon are cached on that lexicon with :meth:`Lexicon.memo`,
so each pattern is compiled once per lexicon, never per call.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    PrivateAttr,
    ValidationError,
)

from ..errors import LexiconError
from ..text.patterns import lazy
from . import snapshot
from .sections import (
    CategoryTerms,
    NumbersLexicon,
    PlacesLexicon,
    QualifiersLexicon,
    ReconcileLexicon,
    ReportingLexicon,
    SegmentLexicon,
)
from .sections import (
    DatesLexicon as DatesLexicon,
)
from .stance_sections import HoldersLexicon, PolarityLexicon, TopicTerms
from .syntax_sections import NamesLexicon, SyntaxLexicon, VerbsLexicon

T = TypeVar("T")
Terms = tuple[str, ...]


class Lexicon(BaseModel):
    """Every word list claimtrack uses, one field per data file."""

    # Built when first needed (validating an overlay): the defaults are constructed (trusted.py).
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    categories: dict[str, CategoryTerms] = {}
    numbers: NumbersLexicon = NumbersLexicon.model_construct()
    qualifiers: QualifiersLexicon = QualifiersLexicon.model_construct()
    dates: DatesLexicon = DatesLexicon.model_construct()
    reporting: ReportingLexicon = ReportingLexicon.model_construct()
    topics: dict[str, TopicTerms] = {}
    polarity: PolarityLexicon = PolarityLexicon.model_construct()
    holders: HoldersLexicon = HoldersLexicon.model_construct()
    segment: SegmentLexicon = SegmentLexicon.model_construct()
    reconcile: ReconcileLexicon = ReconcileLexicon.model_construct()
    syntax: SyntaxLexicon = SyntaxLexicon.model_construct()
    verbs: VerbsLexicon = VerbsLexicon.model_construct()
    places: PlacesLexicon = PlacesLexicon.model_construct()
    names: NamesLexicon = NamesLexicon.model_construct()

    _cache: dict[str, Any] = PrivateAttr(default_factory=dict)

    def memo(self, key: str, build: Callable[[Lexicon], T]) -> T:
        """Build something from this lexicon once (a compiled pattern) and keep it."""
        # The cache is read straight from pydantic's private-attribute dict: ``self._cache``
        # goes through BaseModel.__getattr__, which costs a microsecond on every sentence.
        private = self.__pydantic_private__
        assert private is not None  # a model with private attributes always has the dict
        cache: dict[str, Any] = private["_cache"]
        try:
            return cache[key]  # type: ignore[no-any-return]
        except KeyError:
            value = cache[key] = build(self)
            return value

    def extended(self, overlay: Mapping[str, Any], *, origin: str = "<overlay>") -> Lexicon:
        """Return a new lexicon with ``overlay`` (shaped like the TOML files) merged in."""
        unknown = sorted(set(overlay) - set(type(self).model_fields))
        if unknown:
            raise LexiconError(
                f"{origin}: unknown section {unknown[0]!r}; "
                f"sections are {', '.join(sorted(type(self).model_fields))}",
                file=origin,
                key=unknown[0],
            )
        merged = _merge(self.model_dump(), dict(overlay))
        return _validate(merged, origin)


def lookup(table: Mapping[str, T], found: str) -> T:
    """The entry of ``table`` (keys case-folded) for a term a case-blind pattern found.

    The pattern and ``str.casefold`` may disagree on rare letters: a pattern reads "AİD" as
    "aid", but it folds to "ai̇d". Such a term is then matched against the keys the way the
    pattern matched it. Raises KeyError only if no key matches at all.

    >>> lookup({"aid": "humanitarian_aid"}, "A\u0130D")
    'humanitarian_aid'
    """
    key = found.casefold()
    if key in table:
        return table[key]
    for candidate, value in table.items():
        if regex.fullmatch(regex.escape(candidate), found, flags=regex.IGNORECASE):
            return value
    raise KeyError(found)


def term_pattern(template: str, terms: Sequence[str]) -> Any:
    r"""``template`` with the word list ``terms`` as its named list ``\L<t>``, ignoring case.

    None when the list is empty (a user may empty it in an overlay): the rule then never fires.

    >>> term_pattern(r"\L<t>\s+of$", ["massacre", "killing"]).search("the killing of")
    <regex.Match object; span=(4, 14), match='killing of'>
    >>> term_pattern(r"\L<t>", []) is None
    True
    """
    if not terms:
        return None
    return lazy(template, regex.IGNORECASE, t=list(terms))  # compiled where first used


def _merge(base: Any, extra: Any) -> Any:
    """Lists are unioned in order, tables merged key by key, scalars replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, (list, tuple)) and isinstance(extra, (list, tuple)):
        return list(dict.fromkeys([*base, *extra]))
    return extra


def _validate(data: dict[str, Any], origin: str) -> Lexicon:
    try:
        return Lexicon.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        raise LexiconError(f"{origin}: {key}: {first['msg']}", file=origin, key=key) from err


def _read_toml(name: str, text: str) -> dict[str, Any]:
    import tomllib  # here: the package's own files are read by fasttoml, and start-up is faster

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise LexiconError(f"{name}: not valid TOML: {err}", file=name) from err


@functools.cache
def _default() -> Lexicon:
    """The package's own lexicon: the build's snapshot of it while fresh (snapshot.py)."""
    lexicon: Lexicon | None = snapshot.load(Lexicon, Lexicon.model_fields)
    return lexicon if lexicon is not None else _from_files()


def _from_files() -> Lexicon:
    """The package's own lexicon, read from the files under ``claimtrack/data``."""
    from . import fasttoml  # here: only when the snapshot is stale (its patterns cost ~3 ms)

    data: dict[str, Any] = {}
    folder: Any = snapshot.PACKAGE / "data"
    if not folder.is_dir():  # not a folder on disk (a zip): ask the package's loader for it
        from importlib import resources

        folder = resources.files("claimtrack") / "data"
    for field in Lexicon.model_fields:
        entry = folder / f"{field}.toml"
        if entry.is_file():
            text = entry.read_text(encoding="utf-8")
            try:  # the package's own files: the fast reader (checked against tomllib by tests)
                data[field] = fasttoml.loads(text)
            except fasttoml.Unsupported:
                data[field] = _read_toml(f"data/{field}.toml", text)
    return _trusted(data, "claimtrack/data")


def _trusted(data: dict[str, Any], origin: str) -> Lexicon:
    """The package's own data, validated by the tests: built with no schema build at start-up.

    Data that does not have the declared shape is validated after all: pydantic may accept it
    (coercing it), or raise a LexiconError that names the file and the key.
    """
    from . import trusted

    try:
        return trusted.construct(Lexicon, data)
    except trusted.Untrusted:
        return _validate(data, origin)


def load_lexicon(*overlays: str | Path) -> Lexicon:
    """Return the default lexicon, extended by the given overlay TOML files in order.

    Raises:
        LexiconError: an overlay is missing, not TOML, or does not fit the lexicon's shape.
    """
    lexicon = _default()
    for overlay in overlays:
        path = Path(overlay)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise LexiconError(
                f"{path}: cannot read lexicon overlay: {err}", file=str(path)
            ) from err
        lexicon = lexicon.extended(_read_toml(str(path), text), origin=str(path))
    return lexicon
