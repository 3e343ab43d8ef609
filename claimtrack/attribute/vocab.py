"""The lexicon's attribution words as sets, built once per lexicon."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..find.phrases import PhraseTable
from ..lexicon import Lexicon
from ..text.patterns import lazy


class Words:
    """The lexicon's word lists as sets, built once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        rep = lexicon.reporting
        self.verbs = _phrases(rep.verbs)
        self.according = _phrases(rep.according)
        self.titles = _phrases(rep.titles)
        self.title_words = {w for phrase in self.titles for w in phrase}
        self.org_heads = {w.casefold() for w in rep.org_heads}
        self.general_bodies = {w.casefold() for w in rep.general_bodies}
        self.general_modifiers = {w.casefold() for w in rep.general_modifiers}
        self.groups = _phrases(rep.groups)
        self.group_words = {p[-1] for p in self.groups}
        self.pronouns = {w.casefold() for w in rep.pronouns}
        self.modifiers = {w.casefold() for w in rep.modifiers}
        self.connectors = {w.casefold() for w in rep.connectors}
        self.adverbs = {w.casefold() for w in rep.adverbs}
        dates = lexicon.dates
        self.time_words = {
            w.casefold().rstrip(".") for w in [*dates.months, *dates.weekdays, *dates.relative_days]
        } | {"week", "month", "year", "morning", "afternoon", "evening", "night"}
        self.aliases = {k.casefold(): v.casefold() for k, v in rep.aliases.items()}
        self.name_suffixes = frozenset(w.casefold() for w in lexicon.syntax.names.suffixes)
        self.general_people = {w.casefold() for w in rep.general_people}
        self.title_abbreviations = {
            k.casefold(): v.casefold() for k, v in rep.title_abbreviations.items()
        }
        self.title_synonyms = {k.casefold(): v.casefold() for k, v in rep.title_synonyms.items()}
        self.not_names = {w.casefold() for w in rep.not_names}
        self.abbreviations = frozenset(a.casefold() for a in lexicon.segment.abbreviations)
        self.according_text = {" ".join(p) for p in self.according}
        self.citing = {c.casefold() for c in rep.citing}
        # "The Health Ministry's own count stood at 528": the owner of a count is its source.
        self.possessive_count = (
            lazy(
                r"['\u2019]s\s+(?:(?:own|official|latest|confirmed|updated|new|overall|total|"
                r"preliminary|revised|daily)\s+)*\L<noun>(?![\p{L}])",
                noun=list(rep.count_nouns),
                flags=regex.IGNORECASE,
            )
            if rep.count_nouns
            else None
        )
        self.verbs_low = {v.casefold() for v in rep.verbs if " " not in v}
        # One walk over the words finds every reporting cue; tokens are made only where one is.
        self.cues = PhraseTable([*rep.verbs, *rep.according])
        # each kind's name heads, and the kinds each general noun of a body stands for
        self.kind_heads = {
            k: frozenset(h.casefold() for h in b.heads) for k, b in rep.body_kinds.items()
        }
        self.noun_kinds: dict[str, frozenset[str]] = {}
        for kind, body in rep.body_kinds.items():
            for noun in body.nouns:
                self.noun_kinds[noun.casefold()] = self.noun_kinds.get(
                    noun.casefold(), frozenset()
                ) | {kind}

    def other_kind(self, name: str, noun: str) -> bool:
        """Does a body's ``name`` say it is of a kind the general ``noun`` never stands for?

        "Tarn Liberation Front" for "the company"; a name that tells no kind ("Orlan Air"), or
        the noun's own kind in any word ("Vessa Relief Council": a charity), or a noun of no kind
        ("the group") never is.
        """
        kinds = self.noun_kinds.get(noun)
        if not kinds:
            return False
        words = name.casefold().split() or [""]
        if any(w in self.kind_heads[k] for k in kinds for w in words):
            return False  # "the Vessa Relief Council" for "the charity"
        return any(
            words[-1] in heads for kind, heads in self.kind_heads.items() if kind not in kinds
        )


def _phrases(terms: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(t.casefold().split()) for t in terms}


def words(lexicon: Lexicon) -> Words:
    """The cached word sets of ``lexicon``."""
    return lexicon.memo("attribution.words", Words)
