"""Claims from many documents -> count keys, source chains, flags, explanations, tracks."""

from .flags import reconcile

__all__ = ["reconcile"]
