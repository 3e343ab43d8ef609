"""claimtrack: structured, checkable claims from news text, tracked across sources."""

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .errors import ClaimtrackError, InputError, InternalError, LexiconError
from .find.dates import find_dates
from .lexicon import Lexicon, load_lexicon
from .model import Claim, DateRange, Document, Flag
from .pipeline import extract

if TYPE_CHECKING:
    from .batch import extract_many
    from .reconcile.flags import reconcile
    from .reconcile.track import CountTrack, StanceTrack, Tracker, build_tracks

__all__ = [
    "Claim",
    "ClaimtrackError",
    "CountTrack",
    "DateRange",
    "Document",
    "Flag",
    "InputError",
    "InternalError",
    "Lexicon",
    "LexiconError",
    "StanceTrack",
    "Tracker",
    "build_tracks",
    "extract",
    "extract_many",
    "find_dates",
    "load_lexicon",
    "reconcile",
]

# Imported when first asked for: extract() needs none of them, and they cost a start-up ~8 ms.
_LATER = {
    "extract_many": "claimtrack.batch",
    "reconcile": "claimtrack.reconcile.flags",
    "CountTrack": "claimtrack.reconcile.track",
    "StanceTrack": "claimtrack.reconcile.track",
    "Tracker": "claimtrack.reconcile.track",
    "build_tracks": "claimtrack.reconcile.track",
}


class _Package(types.ModuleType):
    """The module ``claimtrack``: the names of ``_LATER`` are imported on first use.

    ``claimtrack.reconcile`` is the function, as it always was, never the subpackage of the same
    name: importing any ``claimtrack.reconcile.*`` binds the subpackage to that name here (every
    import of a submodule does), and the property below keeps the function in its place.
    """

    def __getattr__(self, name: str) -> Any:
        if name not in _LATER:
            raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
        value = getattr(importlib.import_module(_LATER[name]), name)
        if name != "reconcile":
            setattr(self, name, value)
        return value

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *_LATER})

    @property
    def reconcile(self) -> Any:
        """:func:`claimtrack.reconcile.flags.reconcile`, or what was set in its place."""
        own = self.__dict__.get("_reconcile")
        return own if own is not None else self.__getattr__("reconcile")

    @reconcile.setter
    def reconcile(self, value: Any) -> None:
        if not isinstance(value, types.ModuleType):  # the subpackage, bound by the import system
            self.__dict__["_reconcile"] = value  # anything else: a caller's own (a test's patch)


sys.modules[__name__].__class__ = _Package
