"""The schema of ``syntax.toml`` and ``verbs.toml``: word classes and verb lemmas.

No ``from __future__ import annotations`` here, as in sections.py: see there.
"""

from typing import Literal

from .sections import Terms, _Section


# --- syntax.toml and verbs.toml --------------------------------------------------------------
class PronounFacts(_Section):
    """What a personal pronoun says of what it stands for."""

    gender: Literal["m", "f"] | None = None
    plural: bool = False
    object: bool = False


class SyntaxWords(_Section):
    """Closed word classes: the words that mark where clauses and phrases begin and end."""

    subordinators: Terms = ()
    relatives: Terms = ()
    complementizers: Terms = ()
    coordinators: Terms = ()
    joins: Terms = ()  # coordinators of more than one word: "as well as"
    prepositions: Terms = ()
    auxiliaries: Terms = ()
    modals: Terms = ()
    negations: Terms = ()
    adverbs: Terms = ()
    interjections: Terms = ()
    degree_nouns: Terms = ()  # nouns that are also adverbs of degree: "well above"
    plurals: Terms = ()
    # Nouns that count or gather the people after "of": "a coalition of 30 senators".
    collectives: Terms = ()
    # Determiners that stand alone for people: "Several said", "Some of the women said".
    quantifiers: Terms = ()
    # Nouns spelled like an "-ing" form: "a town hall meeting in Kell", "the shelling of".
    ing_nouns: Terms = ()


class NameWords(_Section):
    """The grammar of personal names: particles, prefixes, honorifics, suffixes, gender."""

    particles: Terms = ()
    prefixes: Terms = ()
    honorifics: Terms = ()
    male: Terms = ()
    female: Terms = ()
    suffixes: Terms = ()
    # Words that describe the person named after them: "Former AG Mukasey" (syntax.toml).
    descriptors: Terms = ()
    # Words that open the name of an event, never a person's: "Cyclone Idai", "Storm Daniel".
    events: Terms = ()
    portfolios: Terms = ()  # "Land and Environment Minister Celso Lund": one title, one person


class NamesLexicon(_Section):
    """Given names that tell a person's sex (names.toml), read as a person's first name only."""

    male: Terms = ()
    female: Terms = ()
    # Names the data should not read, whatever the lists say: an overlay's "Jordan".
    neither: Terms = ()

    def genders(self) -> dict[str, Literal["m", "f"]]:
        """Each name, case-folded, with its sex; ``neither`` and names in both left out."""
        male = {n.casefold() for n in self.male}
        female = {n.casefold() for n in self.female}
        drop = male & female | {n.casefold() for n in self.neither}
        given: dict[str, Literal["m", "f"]] = dict.fromkeys(male - drop, "m")
        given.update(dict.fromkeys(female - drop, "f"))
        return given


class SyntaxLexicon(_Section):
    """Word classes the pure-Python parser reads sentences with."""

    determiners: Terms = ()
    adjectives: Terms = ()
    pronouns: dict[str, PronounFacts] = {}
    words: SyntaxWords = SyntaxWords.model_construct()
    names: NameWords = NameWords.model_construct()


class VerbClasses(_Section):
    """Verbs, by lemma, whose subject is a source: speech, cognition, evidence."""

    speech: Terms = ()
    evaluation: Terms = ()
    quoting: Terms = ()
    count: Terms = ()
    no_infinitive: Terms = ()
    clause_only: Terms = ()
    other_senses: Terms = ()  # "claim lives": a verb of saying and an object that make it another
    naming: Terms = ()
    cognition: Terms = ()
    evidence: Terms = ()


class IrregularForms(_Section):
    """The forms of a verb that its regular inflection does not give."""

    third: str | None = None
    past: str | None = None
    participle: str | None = None
    ing: str | None = None


class OtherVerbs(_Section):
    """Frequent verbs with no source of their own, known so that clauses can be read."""

    common: Terms = ()
    # Verbs that take a plain infinitive after them: "helped rebuild", "let go".
    bare_infinitive: Terms = ()
    # Verbs no form of which (but the "-ing" one) is a noun: "One says", "another tells".
    never_nouns: Terms = ()
    # Verbs that make their object act: the object is who does the infinitive after it ("the
    # vote led Ruiz to declare"); after another verb and an object the infinitive is a purpose
    # of the subject's ("took the stage to announce").
    object_control: Terms = ()
    # Verbs whose object says what follows "as": "quoted the mayor as saying".
    as_saying: Terms = ()


class OtherPhrasal(_Section):
    """Phrasal verbs whose particle makes another verb: "add up to", "back down"."""

    phrasal: Terms = ()


class VerbsLexicon(_Section):
    """Verb lemmas by class, with the irregular forms inflection cannot derive."""

    doubled: Terms = ()
    other_phrasal: OtherPhrasal = OtherPhrasal.model_construct()
    attribution: VerbClasses = VerbClasses.model_construct()
    other: OtherVerbs = OtherVerbs.model_construct()
    # lemma -> the forms regular inflection gets wrong: say = { past = "said", ... }.
    irregular: dict[str, IrregularForms] = {}
