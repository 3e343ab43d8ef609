"""A noun phrase that names a source, as coreference reads it: name, title, kind and form.

:func:`speaker_mention` makes one from a parsed phrase; :func:`bare_possessor` drops the "'s"
of a possessor ("Velt's support for": Velt).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from ..model import Span, WhoKind
from ..syntax.structure import POSSESSIVE_ENDS, Gender, Phrase
from ..text.patterns import lazy

_POSSESSIVE_END = lazy(r"['\u2019]s?$")
_ARTICLE = lazy(r"^(?:the|a|an)\s+", regex.I)


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """A noun phrase that names a source, as written, split into name and title."""

    span: Span
    text: str
    name: str
    title: str | None
    kind: WhoKind
    # "name": a proper name; "role": a title or group alone ("the official", "officials");
    # "pronoun": he/she/they.
    form: str
    # Introduced with "a"/"an" ("a protester"): someone new, never the last person named.
    indefinite: bool = False
    # A person's sex where the words tell it ("Mrs.", "queen", a given name): "m" or "f".
    gender: Gender | None = None
    # The name that owns a role or a body, as written: "Germany's" (foreign minister).
    owner: str | None = None


def bare_possessor(mention: SpeakerMention) -> SpeakerMention:
    """A mention without a possessive ending: "Velt's" (support) names Velt."""
    text = mention.text
    if text.endswith(POSSESSIVE_ENDS):
        text = _POSSESSIVE_END.sub("", text)
    if text == mention.text:
        return mention
    name = _POSSESSIVE_END.sub("", mention.name)
    return replace(
        mention, span=(mention.span[0], mention.span[0] + len(text)), text=text, name=name
    )


def speaker_mention(phrase: Phrase) -> SpeakerMention:
    """The speaker a source phrase names, for coreference (:class:`Speakers`)."""
    if phrase.possessive:  # "the ministry's" (tally): the ministry, without the "'s"
        bare = _POSSESSIVE_END.sub("", phrase.text)
        span = (phrase.span[0], phrase.span[0] + len(bare))
        name = _POSSESSIVE_END.sub("", phrase.name) if phrase.name else phrase.name
        phrase = replace(phrase, text=bare, span=span, possessive=False, name=name)
    kind: WhoKind
    if phrase.kind == "pronoun":
        low = phrase.text.casefold()
        kind = "person" if low in ("he", "she", "i", "him", "her", "me") else "group"
        return SpeakerMention(phrase.span, phrase.text, phrase.text, None, kind, "pronoun")
    indefinite = phrase.text.casefold().startswith(("a ", "an "))
    if phrase.kind == "name" and phrase.name:
        return SpeakerMention(
            phrase.span, phrase.text, phrase.name, phrase.title, "person", "name", indefinite,
            phrase.gender,
        )  # fmt: skip
    owner = _owner(phrase)
    if phrase.kind == "organization" and phrase.name:
        return SpeakerMention(
            phrase.span, phrase.text, phrase.name, None, "organization", "name", owner=owner
        )
    if phrase.kind == "organization":
        # "the council", "the ministry": the body named before, if there is one
        return SpeakerMention(
            phrase.span, phrase.text, phrase.text, None, "organization", "role", owner=owner
        )
    kind = "person" if phrase.kind == "role" and not phrase.plural else "group"
    if phrase.kind == "other" and not phrase.plural:
        kind = "organization"
    return SpeakerMention(
        phrase.span, phrase.text, phrase.text, None, kind, "role", indefinite, owner=owner
    )


def _owner(phrase: Phrase) -> str | None:
    """The proper name that owns a role or a body: "Germany's" (foreign minister), as written."""
    owner = phrase.owner
    if owner is None or owner.kind not in ("name", "organization"):
        return None
    said = _ARTICLE.sub("", owner.text)  # as written, with its "'s" or "'"
    return said if said[:1].isupper() and said.endswith(("'s", "\u2019s", "'", "\u2019")) else None
