"""Verb forms from a base form, so that word lists name a verb once: "kill" -> killed, killing.

A lexicon entry such as ``lemmas = ["kill", "gun down", "fatally shoot", "lose their lives"]``
stands for every form news uses: the base, the third person ("kills"), the past and past
participle ("killed", "gunned down", "fatally shot", "lost their lives") and the -ing form
("killing"). The verb of a phrase is its first word that is not an adverb in -ly. Regular verbs
are inflected by the spelling rules below; irregular ones take their past and participle (and,
for a doubled consonant in a longer verb, the -ing form) from the lexicon's ``irregular`` table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lexicon import Lexicon

_VOWELS = frozenset("aeiou")
# Sibilant endings take -es: "pushes", "catches", "taxes".
_SIBILANT = ("s", "sh", "ch", "x", "z", "o")
# A final consonant doubles after one short vowel in one syllable: "gun" -> "gunned", "stab" ->
# "stabbing"; never w, x or y ("row" -> "rowed").
_NEVER_DOUBLED = frozenset("wxy")


def verb_forms(lemma: str, irregular: Mapping[str, Sequence[str]] | None = None) -> tuple[str, ...]:
    """Every form of the verb phrase ``lemma``: base, -s, past, participle, -ing (no repeats).

    Args:
        lemma: a verb in its base form, alone or in a phrase ("kill", "gun down",
            "fatally shoot", "lose their lives").
        irregular: base -> [past, participle] or [past, participle, -ing form].

    Returns:
        The phrase with its verb in each form, in that order, repeats dropped.

    >>> verb_forms("gun down")
    ('gun down', 'guns down', 'gunned down', 'gunning down')
    >>> verb_forms("fatally shoot", {"shoot": ["shot", "shot"]})
    ('fatally shoot', 'fatally shoots', 'fatally shot', 'fatally shooting')
    >>> verb_forms("bury")
    ('bury', 'buries', 'buried', 'burying')
    >>> verb_forms("fly off", {"fly": ["flew", "flown"]})
    ('fly off', 'flies off', 'flew off', 'flown off', 'flying off')
    """
    words = lemma.split()
    # the verb is the first word that is no adverb in -ly ("fatally shoot"; "fly", "rely" and
    # "supply" are verbs)
    at = next((i for i, w in enumerate(words) if not _adverb(w)), 0)
    verb = words[at]
    forms = _forms(verb, (irregular or {}).get(verb))
    out = (" ".join([*words[:at], form, *words[at + 1 :]]) for form in forms)
    return tuple(dict.fromkeys(out))


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and not word.endswith("ply")


def _forms(verb: str, irregular: Sequence[str] | None) -> tuple[str, str, str, str, str]:
    third = _third(verb)
    if irregular:
        past, participle = irregular[0], irregular[1]
        ing = irregular[2] if len(irregular) > 2 else _ing(verb)
        return verb, third, past, participle, ing
    past = _past(verb)
    return verb, third, past, past, _ing(verb)


def base_of_third(form: str) -> str | None:
    """The base of a regular third-person form, or None if ``form`` is none.

    >>> base_of_third("heads"), base_of_third("buries"), base_of_third("chairs")
    ('head', 'bury', 'chair')
    >>> base_of_third("crisis") is None, base_of_third("pushes"), base_of_third("houses")
    (True, 'push', 'house')
    """
    if form.endswith("ies"):
        base = form[:-3] + "y"
    elif form.endswith(("sses", "shes", "ches", "xes", "zzes")):
        base = form[:-2]  # "pushes", "watches"; but "houses", "seizes" drop the "s" only
    elif form.endswith("s") and not form.endswith(("ss", "us", "is")):
        base = form[:-1]
    else:
        return None
    return base if len(base) > 1 and _third(base) == form else None


def _third(verb: str) -> str:
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"  # "bury" -> "buries"
    if verb.endswith(_SIBILANT):
        return verb + "es"  # "perish" -> "perishes"
    return verb + "s"


def _doubles(verb: str) -> bool:
    """One syllable ending consonant-vowel-consonant: "gun", "stab", "jail" does not."""
    if len(verb) < 3 or verb[-1] in _VOWELS or verb[-1] in _NEVER_DOUBLED:
        return False
    if verb[-2] not in _VOWELS or verb[-3] in _VOWELS:
        return False
    groups = sum(
        1 for i, c in enumerate(verb) if c in _VOWELS and (i == 0 or verb[i - 1] not in _VOWELS)
    )
    return groups == 1


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"  # "evacuate" -> "evacuated", "die" -> "died"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb[:-1] + "ied"  # "bury" -> "buried"
    if _doubles(verb):
        return verb + verb[-1] + "ed"  # "gun" -> "gunned"
    return verb + "ed"


def _ing(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"  # "die" -> "dying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"  # "evacuate" -> "evacuating", but "flee" -> "fleeing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"  # "stab" -> "stabbing"
    return verb + "ing"


def irregular_forms(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Irregular verb forms for :func:`verb_forms`: ``verbs.toml``'s, then ``numbers.toml``'s."""
    out: dict[str, tuple[str, ...]] = {}
    for verb, f in lexicon.verbs.irregular.items():
        if f.past is not None:
            forms = (f.past, f.participle or f.past)
            out[verb.casefold()] = (*forms, f.ing) if f.ing is not None else forms
    out.update(lexicon.numbers.irregular)
    return out
