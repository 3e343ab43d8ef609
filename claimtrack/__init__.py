"""claimtrack: structured, checkable claims from news text, tracked across sources."""

from .batch import extract_many
from .errors import ClaimtrackError, InputError, LexiconError
from .lexicon import Lexicon, load_lexicon
from .model import Claim, Document, Flag
from .pipeline import extract
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
    "extract_many",
    "load_lexicon",
    "reconcile",
]
