"""claimtrack: structured, checkable claims from news text, tracked across sources."""

from .errors import ClaimtrackError, InputError, LexiconError
from .find.dates import find_dates
from .lexicon import Lexicon, load_lexicon
from .model import Claim, DateRange, Document, Flag
from .pipeline import extract
from .reconcile.flags import reconcile

__all__ = [
    "Claim",
    "ClaimtrackError",
    "DateRange",
    "Document",
    "Flag",
    "InputError",
    "Lexicon",
    "LexiconError",
    "extract",
    "find_dates",
    "load_lexicon",
    "reconcile",
]
