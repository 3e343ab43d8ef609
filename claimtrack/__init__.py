"""claimtrack: structured, checkable claims from news text, tracked across sources."""

from .errors import ClaimtrackError, InputError, LexiconError
from .pipeline import extract
from .lexicon import Lexicon, load_lexicon
from .model import Claim, Document, Flag
from .reconcile.flags import reconcile

__all__ = [
    "Claim",
    "ClaimtrackError",
    "Document",
    "Flag",
    "InputError",
    "Lexicon",
    "LexiconError",
    "extract",
    "load_lexicon",
    "reconcile",
]
