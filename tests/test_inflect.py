"""find/inflect.py: verb forms from a base form, and the irregular table's validation."""

from __future__ import annotations

import pytest

from claimtrack import LexiconError, load_lexicon
from claimtrack.find.inflect import verb_forms

IRREGULAR = load_lexicon().numbers.irregular


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("kill", ("kill", "kills", "killed", "killing")),
        ("die", ("die", "dies", "died", "dying")),
        ("perish", ("perish", "perishes", "perished", "perishing")),
        ("evacuate", ("evacuate", "evacuates", "evacuated", "evacuating")),
        ("flee", ("flee", "flees", "fled", "fleeing")),
        ("bury", ("bury", "buries", "buried", "burying")),
        ("stab", ("stab", "stabs", "stabbed", "stabbing")),
        ("shelter", ("shelter", "shelters", "sheltered", "sheltering")),  # no doubling
        ("jail", ("jail", "jails", "jailed", "jailing")),  # two vowels: no doubling
        ("gun down", ("gun down", "guns down", "gunned down", "gunning down")),
        ("kidnap", ("kidnap", "kidnaps", "kidnapped", "kidnapping")),
        (
            "take hostage",
            ("take hostage", "takes hostage", "took hostage", "taken hostage", "taking hostage"),
        ),
        ("fatally shoot", ("fatally shoot", "fatally shoots", "fatally shot", "fatally shooting")),
        (
            "lose their lives",
            ("lose their lives", "loses their lives", "lost their lives", "losing their lives"),
        ),
        ("seek refuge", ("seek refuge", "seeks refuge", "sought refuge", "seeking refuge")),
    ],
)
def test_verb_forms(lemma: str, forms: tuple[str, ...]) -> None:
    assert verb_forms(lemma, IRREGULAR) == forms


def test_irregular_needs_two_or_three_forms() -> None:
    with pytest.raises(LexiconError, match=r"numbers\.irregular\.shoot"):
        load_lexicon().extended({"numbers": {"irregular": {"shoot": ["shot"]}}})


def test_lemma_overlay_adds_every_form() -> None:
    from claimtrack.assemble.figures import find_figures
    from claimtrack.find.numbers import find_numbers

    lexicon = load_lexicon().extended({"categories": {"killed": {"lemmas": ["mow down"]}}})
    doc = "Soldiers mowed down 30 protesters in Tarsk."
    found = find_figures(doc, (0, len(doc)), find_numbers(doc, lexicon), lexicon)
    assert [(f.number.value, f.category) for f in found] == [(30, "killed")]
