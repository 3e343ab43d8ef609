"""The place a count's clause points back to: "there", "on its side", the sentence before.

"Orsk's interior ministry said 10 people had died there" (the last place named before "there");
"Velan's ministry said 63 died on its side" (the place whose own body gives the count); "A
landslide buried Orlo. At least 17 were killed there." (the sentence before, when the count's
own sentence names none).
"""

from __future__ import annotations

from ..model import Span
from ..text.patterns import lazy
from .figure_words import Patterns

# "there" standing for a place (not "there were"), and a place's body before it: "Orsk's
# interior ministry said 10 people had died there".
_THERE = lazy(
    r"(?i)(?<!\w)there(?!\w)(?![^\S\n]++(?:is|are|was|were|has|have|had|will|would|may|might)\b)"
)
# A place as a verb's object, in the sentence before "there": "drove into Amlo", "swept through
# Varn province", "buried the village of Orlo" (``kind``: a place word, checked by the caller).
_PLACE_OBJECT = lazy(
    r"(?<!\w)(?:(?i:through|into|toward|towards)|(?P<kind>\p{Ll}+)[^\S\n]++of)[^\S\n]++"
    r"(?:the[^\S\n]++)?(?P<name>\p{Lu}\p{Ll}[\p{L}-]*+(?:[^\S\n]++\p{Lu}\p{Ll}[\p{L}-]*+){0,2})"
    r"(?![\p{L}'’])"
)
_PLACE_BODY = lazy(
    r"(?<![\p{L}'’])(?P<name>\p{Lu}\p{Ll}[\p{L}-]*+(?:[^\S\n]++\p{Lu}\p{Ll}[\p{L}-]*+){0,2})"
    r"['’]s[^\S\n]++(?P<body>(?:\p{L}++[^\S\n]++){0,2}\p{L}++)"
)


def there(text: str, before: Span, right: Span, p: Patterns) -> str | None:
    """The place "there" in the count's clause stands for: the last one named before it.

    "Orsk's interior ministry said 10 people had died there", "Rescuers in Orsk said 10 had
    died there". A person's possessive is no place ("Ruiz's aide said ... there"). A sentence
    that names no place before "there" takes the last place of the sentence before it: "A
    landslide buried Orlo. At least 17 were killed there."
    """
    if _THERE.search(text, *right) is None and _THERE.search(text, *before) is None:
        return None
    return _last_place(text, before, p) or _last_place(
        text, _sentence_before(text, before[0]), p, objects=True
    )


def own_side(text: str, before: Span, right: Span, p: Patterns) -> str | None:
    """The place whose own body counts "on its side": "Orsk's ministry said 63 died on its side".

    The last body named for a place before the number ("Tarvel's interior ministry", "Corvan's
    civil defence agency put the toll on its own side at 41"); a body of no place ("the army
    said 12 died on its side") gives none.
    """
    own = _OWN_SIDE.search(text, *right) or _OWN_SIDE.search(
        text, max(before[0], before[1] - 60), before[1]
    )
    if own is None:
        return None
    place = None
    for found in _PLACE_BODY.finditer(text, before[0], min(before[1], own.start())):
        if any(word.casefold() in p.place_bodies for word in found.group("body").split()):
            place = " ".join(found.group("name").split())
    return place


# "on its side of the border", "on their own side"
_OWN_SIDE = lazy(r"(?i)(?<!\w)on[^\S\n]++(?:its|their)[^\S\n]++(?:own[^\S\n]++)?side(?!\w)")


def _last_place(text: str, span: Span, p: Patterns, *, objects: bool = False) -> str | None:
    """The last place named in ``text[span]``: after a preposition, or owning a body.

    With ``objects``, also a place a verb moves through or into, or one its kind names as an
    object: "swept through Varn province", "buried the village of Orlo".
    """
    place = None
    at = -1
    for found in p.place.finditer(text, *span):
        name = found.group("named") or found.group("name")
        if name is not None and name.split()[0].casefold().rstrip(".") not in p.calendar:
            place, at = " ".join(name.split()).rstrip("."), found.start()
    if objects:
        for found in _PLACE_OBJECT.finditer(text, *span):
            kind = found.group("kind")
            name = found.group("name")
            if (
                found.start() > at
                and (kind is None or kind.casefold() in p.place_kinds)
                and name.split()[0].casefold().rstrip(".") not in p.calendar
            ):
                place, at = " ".join(name.split()).rstrip("."), found.start()
    for found in _PLACE_BODY.finditer(text, *span):
        if any(word.casefold() in p.place_bodies for word in found.group("body").split()):
            place = " ".join(found.group("name").split())
    return place


def _sentence_before(text: str, start: int) -> Span:
    """The sentence that ends right before ``start`` (at most 400 characters of it)."""
    end = start
    while end > 0 and text[end - 1] in " \t\n\"'\u201d\u2019)":
        end -= 1
    lo = max(0, end - 400)
    stop = max(text.rfind(mark, lo, end - 1) for mark in (". ", "! ", "? ", "\n"))
    return (stop + 1 if stop >= 0 else lo, end)
