"""claimtrack: structured, checkable claims from news text, tracked across sources."""

__version__ = "0.1.0"

from .batch import extract_many
from .errors import ClaimtrackError, InputError, InternalError, LexiconError
from .find.dates import find_dates
from .lexicon import Lexicon, load_lexicon
from .model import Claim, DateRange, Document, Flag
from .pipeline import extract
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
