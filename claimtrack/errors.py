"""Errors claimtrack raises on purpose.

::

    ClaimtrackError            base: catch this to catch everything claimtrack raises
    ├── InputError (ValueError) the caller passed something claimtrack cannot work with
    ├── LexiconError            a data file is malformed; names the file and the entry
    └── InternalError (RuntimeError) a bug: claimtrack failed on input it should read

Nothing found is not an error (an empty list); uncertainty is a field (``who=None``).
"""

from __future__ import annotations

from typing import Any


class ClaimtrackError(Exception):
    """Base for every error claimtrack raises on purpose."""


class InputError(ClaimtrackError, ValueError):
    """The caller passed something claimtrack cannot work with.

    ``value`` keeps the offending input and ``path`` the file it came from, when there is one.
    """

    def __init__(self, message: str, *, value: Any = None, path: str | None = None) -> None:
        super().__init__(message)
        self.value = value
        self.path = path


class LexiconError(ClaimtrackError):
    """A data file is malformed; the message names the file and the entry."""

    def __init__(self, message: str, *, file: str | None = None, key: str | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.key = key


class InternalError(ClaimtrackError, RuntimeError):
    """claimtrack failed on a document it should have read: a bug, to be reported.

    The original exception is its ``__cause__``; ``doc_id`` names the document when it had one.
    """

    def __init__(self, message: str, *, doc_id: str | None = None) -> None:
        super().__init__(message)
        self.doc_id = doc_id
