"""Word classes from data: every form of a verb, the closed classes, and a tag per token.

A verb is named once, by its lemma, in ``data/verbs.toml``; :func:`inflect` makes its forms by
the rules of English spelling and the irregular table beside it. The closed classes
(determiners, pronouns, prepositions, auxiliaries, subordinators...) come from
``data/syntax.toml``. :func:`tag` gives each token a coarse class (Universal Dependencies tags)
and a lemma; a word in none of the lists is a proper noun when capitalised inside the sentence,
else a noun, and the clause reader decides what the ambiguous ones are in context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..find.inflect import base_of_third
from ..lexicon import Lexicon
from ..text.tokens import Token
from . import retag
from .structure import DASHES, Gender, Tag, Word

_VOWELS = frozenset("aeiou")
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "o")
_TUPLE = tuple.__new__  # a named tuple made from its fields in one call
# How many distinct lower-case words a lexicon remembers the tags of (a bound on memory).
_SEEN_MAX = 200_000
# The classes a verb lemma may have; a reporting lemma's class is the first it is listed in.
VERB_CLASSES = ("speech", "evaluation", "quoting", "cognition", "evidence", "count")


def inflect(lemma: str, doubled: frozenset[str] = frozenset()) -> tuple[str, str, str, str]:
    """The regular forms of a verb: third person, past, past participle, present participle.

    >>> inflect("argue")
    ('argues', 'argued', 'argued', 'arguing')
    >>> inflect("deny")
    ('denies', 'denied', 'denied', 'denying')
    >>> inflect("slam")
    ('slams', 'slammed', 'slammed', 'slamming')
    >>> inflect("admit", frozenset({"admit"}))
    ('admits', 'admitted', 'admitted', 'admitting')
    >>> inflect("visit")
    ('visits', 'visited', 'visited', 'visiting')
    """
    if lemma.endswith(_SIBILANT_ENDS):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
        ing = lemma + "ing" if lemma.endswith(("ee", "ye", "oe")) else lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif lemma in doubled or _short_closed(lemma):
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    return third, past, past, ing


def _short_closed(lemma: str) -> bool:
    """One syllable ending in one vowel and one consonant: "slam", "plan", "stop" (not "vow")."""
    if len(lemma) < 3 or lemma[-1] in _VOWELS or lemma[-1] in "wxy":
        return False
    if lemma[-2] not in _VOWELS or lemma[-3] in _VOWELS:
        return False
    vowel_groups = sum(
        1 for k, ch in enumerate(lemma) if ch in _VOWELS and (k == 0 or lemma[k - 1] not in _VOWELS)
    )
    # "qu" is a consonant: "quip" has one syllable, and so do "slam" and "plan".
    return vowel_groups == 1 or (vowel_groups == 2 and "qu" in lemma[:-2])


@dataclass(frozen=True, slots=True)
class VerbForm:
    """What one verb form is: its lemma, its reporting class and which form it is."""

    lemma: str
    klass: str | None
    form: str  # "base", "third", "past", "participle", "ing"


# Classes of verbs that say or judge, not think: a report goes on with them ("said the rebels
# had shelled Orsk and demanded an inquiry"), where "hates", "wants" do not.
SPEAKING = frozenset({"speech", "evaluation"})


@dataclass(frozen=True, slots=True)
class WordClasses:
    """The lexicon's word classes as sets and tables, built once per lexicon."""

    verbs: dict[str, tuple[VerbForm, ...]]
    # The names of the forms a listed form is ("states": {"third"}; "put": {"base", "past",
    # "participle"}), for the readers that ask only which forms a word may be.
    form_names: dict[str, frozenset[str]]
    reporting: frozenset[str]  # forms of verbs that attribute (of any class): "said", "urges"
    phrasal: dict[str, tuple[str, ...]]  # first word of a phrasal lemma -> its particles
    phrasal_class: dict[tuple[str, str], str]  # (verb, particle) -> reporting class
    no_infinitive: frozenset[str]
    clause_only: frozenset[str]  # verbs that report only a clause or a quotation
    other_senses: frozenset[str]  # "claim lives": a verb and an object head, another verb
    bare_infinitive: frozenset[str]  # verbs followed by a plain infinitive: "helped rebuild"
    object_control: frozenset[str]  # verbs whose object does the infinitive: "led Ruiz to say"
    as_saying: frozenset[str]  # verbs whose object says what follows "as": "quoted X as saying"
    never_nouns: frozenset[str]  # verbs no form of which is a noun: "One says", "another tells"
    naming: frozenset[str]  # verbs that give a thing its name: "a group called X"
    times: frozenset[str]  # months and weekdays, case-folded: they open no compound noun
    other_phrasal: frozenset[tuple[str, str]]  # (verb, particle): "add up", "back down"
    closed: dict[str, Tag]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    subordinators: frozenset[str]
    relatives: frozenset[str]
    complementizers: frozenset[str]
    coordinators: frozenset[str]
    prepositions: frozenset[str]
    auxiliaries: frozenset[str]
    modals: frozenset[str]
    negations: frozenset[str]
    adverbs: frozenset[str]
    interjections: tuple[tuple[str, ...], ...]
    joins: tuple[tuple[str, ...], ...]  # coordinators of more than one word: "as well as"
    degree_nouns: frozenset[str]  # nouns that are also adverbs of degree: "well above"
    plurals: frozenset[str]  # plural nouns without an "-s": "data", "people", "police"
    particles: frozenset[str]
    prefixes: tuple[str, ...]
    honorifics: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    suffixes: frozenset[str]
    not_nouns: frozenset[str]  # forms of verbs only, never nouns, no "-ing": "says", "tells"
    descriptors: frozenset[str]  # "Former AG Mukasey", "Liberal actor Sarandon": not a name
    events: frozenset[str]  # "Cyclone Idai", "Operation Sand": an event's name, no person
    portfolios: frozenset[str]  # "Land and Environment Minister": one title with "and" inside
    titles: frozenset[str]
    org_heads: frozenset[str]
    groups: frozenset[str]
    documents: frozenset[str]  # a body's count or record: "the KDMA data", "ministry figures"
    collectives: frozenset[str]  # "a coalition of 30 senators": the senators act
    quantifiers: frozenset[str]  # "Several said", "Most of the candidates said"
    ing_nouns: frozenset[str]  # "a town hall meeting in Kell": nouns spelled like "-ing" forms
    fractions: frozenset[str]  # "said about half of them ...": a share a count may open with
    given: dict[str, Gender]  # given names that tell a person's sex: "ana" -> "f" (names.toml)
    seen: dict[str, tuple[Tag, str]] = field(default_factory=dict)  # context-free tags read


def word_classes(lexicon: Lexicon) -> WordClasses:
    """The word classes of ``lexicon``, built once and kept on it."""
    return lexicon.memo("syntax.words", _build)


def _verb_forms(
    lexicon: Lexicon,
) -> tuple[dict[str, list[VerbForm]], dict[str, set[str]], dict[tuple[str, str], str]]:
    """Every form of every listed verb, the particles of phrasal verbs, and their classes."""
    verbs = lexicon.verbs
    doubled = frozenset(verbs.doubled)
    forms: dict[str, list[VerbForm]] = {}
    phrasal: dict[str, set[str]] = {}
    phrasal_class: dict[tuple[str, str], str] = {}
    lemmas: dict[str, str | None] = {}
    made: set[tuple[str, str, str]] = set()  # (form, lemma, which form) already in ``forms``
    klass: str | None
    for klass in VERB_CLASSES:
        for entry in getattr(verbs.attribution, klass):
            lemmas.setdefault(entry.casefold(), klass)
    for lemma in (*verbs.other.common, *verbs.irregular):
        lemmas.setdefault(lemma.casefold(), None)
    for entry, listed in lemmas.items():
        klass = listed
        head, _, particle = entry.partition(" ")
        if particle:
            # "go on", "point out": the class goes with the particle, not with "go" alone.
            phrasal.setdefault(head, set()).add(particle)
            if klass is not None:
                phrasal_class.setdefault((head, particle), klass)
            klass = lemmas.get(head)
        regular = inflect(head, doubled)
        irregular = verbs.irregular.get(head)
        names = ("third", "past", "participle", "ing")
        pairs = [("base", head)] + [
            (name, (getattr(irregular, name) if irregular else None) or reg)
            for name, reg in zip(names, regular, strict=True)
        ]
        for name, form in pairs:
            if (form, head, name) not in made:
                made.add((form, head, name))
                forms.setdefault(form, []).append(VerbForm(head, klass, name))
    return forms, phrasal, phrasal_class


def _build(lexicon: Lexicon) -> WordClasses:
    syn, verbs, rep, dates = lexicon.syntax, lexicon.verbs, lexicon.reporting, lexicon.dates
    forms, phrasal, phrasal_class = _verb_forms(lexicon)
    closed: dict[str, Tag] = {}
    never_nouns = frozenset(v.casefold() for v in verbs.other.never_nouns)
    words = syn.words
    numerals = (*lexicon.numbers.words, *lexicon.numbers.scales)
    for tag, terms in (
        ("NUM", numerals),
        ("ADP", words.prepositions),
        ("SCONJ", words.subordinators),
        ("CCONJ", words.coordinators),
        ("ADV", words.adverbs),
        ("PART", words.negations),
        ("ADJ", syn.adjectives),
        ("DET", syn.determiners),
        ("AUX", (*words.auxiliaries, *words.modals)),
        ("PRON", (*syn.pronouns, *words.relatives)),
    ):
        for term in terms:
            closed[term.casefold()] = tag  # type: ignore[assignment]
    low = frozenset
    return WordClasses(
        verbs={form: tuple(found) for form, found in forms.items()},
        form_names={form: frozenset(f.form for f in found) for form, found in forms.items()},
        reporting=frozenset(form for form, found in forms.items() if any(f.klass for f in found)),
        phrasal={head: tuple(sorted(p)) for head, p in phrasal.items()},
        phrasal_class=phrasal_class,
        no_infinitive=frozenset(v.casefold() for v in verbs.attribution.no_infinitive),
        clause_only=frozenset(v.casefold() for v in verbs.attribution.clause_only),
        other_senses=frozenset(v.casefold() for v in verbs.attribution.other_senses),
        bare_infinitive=frozenset(v.casefold() for v in verbs.other.bare_infinitive),
        object_control=frozenset(v.casefold() for v in verbs.other.object_control),
        as_saying=frozenset(v.casefold() for v in verbs.other.as_saying),
        never_nouns=never_nouns,
        not_nouns=frozenset(
            form
            for form, found in forms.items()
            if all(f.lemma in never_nouns and f.form != "ing" for f in found)
        ),
        naming=frozenset(v.casefold() for v in verbs.attribution.naming),
        times=frozenset(w.casefold().rstrip(".") for w in (*dates.months, *dates.weekdays)),
        other_phrasal=_pairs(verbs.other_phrasal.phrasal),
        closed=closed,
        pronouns=low(p.casefold() for p in syn.pronouns),
        determiners=low(d.casefold() for d in syn.determiners),
        subordinators=low(w.casefold() for w in words.subordinators),
        relatives=low(w.casefold() for w in words.relatives),
        complementizers=low(w.casefold() for w in words.complementizers),
        coordinators=low(w.casefold() for w in words.coordinators),
        prepositions=low(w.casefold() for w in words.prepositions),
        auxiliaries=low(w.casefold() for w in words.auxiliaries),
        modals=low(w.casefold() for w in words.modals),
        negations=low(w.casefold() for w in words.negations),
        adverbs=low(w.casefold() for w in words.adverbs),
        interjections=tuple(tuple(t.casefold().split()) for t in words.interjections),
        joins=tuple(tuple(t.casefold().split()) for t in words.joins),
        degree_nouns=low(w.casefold() for w in words.degree_nouns),
        plurals=low(w.casefold() for w in words.plurals),
        collectives=low(w.casefold() for w in words.collectives),
        quantifiers=low(w.casefold() for w in words.quantifiers),
        ing_nouns=low(w.casefold() for w in words.ing_nouns),
        particles=low(w.casefold() for w in syn.names.particles),
        prefixes=tuple(w.casefold() for w in syn.names.prefixes),
        honorifics=low(w.casefold() for w in syn.names.honorifics),
        male=low(w.casefold() for w in syn.names.male),
        female=low(w.casefold() for w in syn.names.female),
        suffixes=low(w.casefold() for w in syn.names.suffixes),
        descriptors=low(w.casefold() for w in syn.names.descriptors),
        events=low(w.casefold() for w in syn.names.events),
        portfolios=low(w.casefold() for w in syn.names.portfolios),
        titles=low(w.casefold() for w in rep.titles),
        org_heads=low(w.casefold() for w in rep.org_heads),
        groups=low(w.casefold() for w in rep.groups),
        documents=low(w.casefold() for w in lexicon.reporting.count_nouns if " " not in w),
        fractions=low(w.casefold() for w in lexicon.numbers.fractions),
        given=lexicon.names.genders(),
    )


def _pairs(phrasal: Sequence[str]) -> frozenset[tuple[str, str]]:
    """Phrasal verbs as (verb, particle): "add up" -> ("add", "up")."""
    return frozenset(
        tuple(p.casefold().split(" ", 1))  # type: ignore[misc]
        for p in phrasal
        if " " in p
    )


def tag(tokens: Sequence[Token], classes: WordClasses) -> tuple[Word, ...]:
    """Give each token a word class and a lemma.

    Closed-class words and known verb forms are looked up; a word in no list is a proper noun
    when capitalised (anywhere but at the start of the sentence or of a quotation, where it
    must also not be a known word), else what :func:`_unknown` makes of it.
    """
    out: list[Word] = []
    seen = classes.seen
    headline = _headline(tokens, classes)
    for k, tok in enumerate(tokens):
        text = tok.text
        known = seen.get(text)
        if known is not None:
            # the token's (start, end, text) and the (tag, lemma) kept: the word's fields
            out.append(_TUPLE(Word, tok + known))
            continue
        first = text[:1]
        if first.isupper() and k > 0 and not _opens_clause(tokens, k):
            low = text.casefold()
            if headline and _reads_lower(low, classes):
                read = _context_free(low, classes)  # "Lund Says He Will Run"
                out.append(Word(tok.start, tok.end, text, read[0], read[1]))
                continue
            if (
                low in classes.closed
                and classes.closed[low] != "ADJ"  # "the Civil Defence Agency": a name
                and _named(low, text, classes) is False
                # "Harbour Watch Now", "Peace Now": an adverb after a name is part of it
                and not (classes.closed[low] == "ADV" and out and out[-1].tag == "PROPN")
            ):
                tag_: Tag = classes.closed[low]
            elif low.endswith(("n't", "n\u2019t")) and len(low) > 3:
                tag_ = "AUX"
            elif retag.participle_compound(text, classes):
                tag_ = "ADJ"  # "the Dastani-led coalition", "a UN-backed panel": a modifier
            else:
                tag_ = "PROPN"  # "the United States", "Washington Post": a name, not a verb
            out.append(Word(tok.start, tok.end, text, tag_, low))
            continue
        if text == "US":  # the country, also where a clause opens ('"...," US officials said')
            out.append(Word(tok.start, tok.end, text, "PROPN", "us"))
            continue
        tag_, lemma = _context_free(text, classes)
        if not first.isupper() and len(seen) < _SEEN_MAX:
            seen[text] = (tag_, lemma)
        out.append(Word(tok.start, tok.end, text, tag_, lemma))
    if len(out) > 2 and retag.name_not_modal(out, classes):
        out[0] = out[0]._replace(tag="PROPN")
    elif len(out) > 2 and retag.opening_participle(out, classes):
        out[0] = out[0]._replace(tag="ADJ")  # "Retired neurosurgeon Ben Vey told ..."
    retag.in_context(out, classes)
    return tuple(_by_neighbours(out, classes))


def _headline(tokens: Sequence[Token], classes: WordClasses) -> bool:
    """A sentence in title case ("Lund Says He Will Not Run"), where capitals name nothing.

    Four words or more, nearly all capitalised, and a capitalised word of a closed class
    after the first.
    """
    # the words' first letters, counted by str methods (every sentence asks)
    initials = list(filter(str.isalpha, [t.text[:1] for t in tokens]))
    if len(initials) < 4 or sum(map(str.isupper, initials)) < 0.8 * len(initials):
        return False
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    return any(w[:1].isupper() and w.casefold() in classes.closed for w in words[1:])


def _reads_lower(low: str, classes: WordClasses) -> bool:
    """Whether a word a headline capitalises reads as in lower case.

    A closed-class word or a form of a verb of saying ("Says", "Urges"); never a name.
    """
    if low in classes.closed:
        return classes.closed[low] != "ADJ"
    return low in classes.reporting


def _by_neighbours(out: list[Word], classes: WordClasses) -> list[Word]:
    """The classes that the word before decides.

    After a modal, a word in no list is a verb ("would resume", "could not reopen"); between a
    determiner and a word, an adverb is an adjective ("an earlier report"). Each rule reads
    words of one class; the others pass by.
    """
    n = len(out)
    for k in range(1, n):
        w = out[k]
        tag_ = w.tag
        if w.lemma == "to" and out[k - 1].lemma in ("according", "prior", "due"):
            # "according to", "prior to", "due to": one preposition, not an infinitive's "to"
            out[k - 1] = out[k - 1]._replace(tag="ADP")
        elif tag_ == "ADJ":
            _adjective(out, k, classes)
        elif tag_ == "SCONJ":
            if out[k - 1].tag == "AUX" and k + 1 < n and out[k + 1].tag == "VERB":
                out[k] = Word(w.start, w.end, w.text, "ADV", w.lemma)  # "has since said"
        elif tag_ == "ADV":
            if out[k - 1].tag == "DET" and k + 1 < n:
                if w.lemma.endswith("ly") and out[k + 1].tag in ("VERB", "ADJ"):
                    continue  # "a widely reported estimate": the chunker reads the -ly adverb
                if out[k + 1].tag in ("NOUN", "VERB", "ADJ", "PROPN"):  # "a yearly Kell poll"
                    out[k] = Word(w.start, w.end, w.text, "ADJ", w.lemma)
        elif tag_ == "NOUN" and w.text.islower():
            if out[k - 1].lemma == "who" and (base := base_of_third(w.lemma)) is not None:
                out[k] = Word(w.start, w.end, w.text, "VERB", base)  # "who heads the agency"
                continue
            j = k - 1
            while j > 0 and out[j].tag in ("ADV", "PART"):
                j -= 1
            if out[j].tag == "AUX" and _modal(out[j].lemma, classes):
                out[k] = Word(w.start, w.end, w.text, "VERB", w.lemma)
    return out


def _adjective(out: list[Word], k: int, classes: WordClasses) -> None:
    """The rules of :func:`_by_neighbours` for a word read as an adjective, ``out[k]``."""
    w = out[k]
    after = out[k + 1].tag if k + 1 < len(out) else None
    if w.lemma in classes.prepositions and after in ("DET", "PROPN", "PRON", "NUM"):
        out[k] = Word(w.start, w.end, w.text, "ADP", w.lemma)  # "near Tarn", "near the dam"
    elif w.lemma in classes.plurals and out[k - 1].lemma in ("a", "one"):
        out[k] = Word(w.start, w.end, w.text, "NOUN", w.lemma)  # "a third": a share
    elif (
        w.lemma in classes.adverbs
        and after in ("VERB", "AUX")
        and out[k - 1].tag in ("PRON", "PROPN", "NOUN", "AUX")
    ):
        # "Dorn first learned", "who first said": an adverb before the verb
        out[k] = Word(w.start, w.end, w.text, "ADV", w.lemma)
    elif _after_have(out, k, classes):
        # "have closed", "had not opened": the perfect, not the adjective "a closed road"
        participle = next(
            (f for f in classes.verbs.get(w.lemma, ()) if f.form == "participle"), None
        )
        if participle is not None:
            out[k] = Word(w.start, w.end, w.text, "VERB", participle.lemma)


def _after_have(out: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether a form of "have" stands before ``out[k]``, past adverbs and "not"."""
    j = k - 1
    while j > 0 and out[j].tag in ("ADV", "PART"):
        j -= 1
    return out[j].tag == "AUX" and any(
        f.lemma == "have" for f in classes.verbs.get(out[j].lemma, ())
    )


def _modal(low: str, classes: WordClasses) -> bool:
    """A modal, with its negation or not: "would", "won't", "cannot"."""
    if low in classes.modals:
        return True
    stem = low.replace("\u2019", "'").removesuffix("n't")
    return stem in classes.modals or stem in ("wo", "ca", "sha") or low == "cannot"


def _context_free(text: str, classes: WordClasses) -> tuple[Tag, str]:
    """The class of a word that does not stand capitalised inside a sentence."""
    first = text[:1]
    low = text.casefold()
    if not first.isalnum():
        # "%" is a noun ("60 % say"); "'s", "'re": a contracted auxiliary the parser split from
        # its pronoun; other marks are punctuation
        if low in classes.closed:
            return classes.closed[low], low
        return ("NOUN" if low in classes.plurals else "PUNCT"), low
    if first.isdigit():
        return "NUM", low
    if low.endswith(("n't", "n\u2019t")) and len(low) > 3:
        return "AUX", low  # "didn't", "won't": an auxiliary with its negation
    if low in classes.closed:
        return classes.closed[low], low
    if low in classes.verbs:
        return "VERB", classes.verbs[low][0].lemma
    if first.isupper() and low in classes.groups:
        return "NOUN", low  # "Officials said", "Rescuers found": people, capitalised to open
    if first.isupper():
        return "PROPN", low
    if _prefixed_name(text, low, classes):
        return "PROPN", low  # "al-Rashidi", "el-Sisi", "d'Estaing"
    return _unknown(low)


def _opens_clause(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` opens a sentence or a quotation, where any word is capitalised."""
    prev = tokens[k - 1].text
    return prev in ('"', "\u201c", "'", "\u2018", ":", "(", "-", *DASHES) and (
        k == 1 or not tokens[k - 2].text[:1].isupper() or tokens[k - 2].text.isupper()
    )  # and after a dateline in capitals: "NEW YORK - Presidential campaigns are"


def _unknown(low: str) -> tuple[Tag, str]:
    """A lower-case word in no list: the one place where the ending decides.

    "-ly" words are adverbs ("sharply"); "-ed" and "-ing" words are verb forms ("toured",
    "visiting"): the chunker still reads them as nouns after a determiner ("the wounded", "a
    meeting"). Everything else is a noun.
    """
    if len(low) > 4 and low.endswith("ly"):
        return "ADV", low
    if len(low) > 4 and low.endswith(("ed", "ing")) and low.isalpha():
        return "VERB", low
    return "NOUN", low


def _prefixed_name(text: str, low: str, classes: WordClasses) -> bool:
    for prefix in classes.prefixes:
        if low.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix)].isupper()
    return False


def _named(low: str, text: str, classes: WordClasses) -> bool:
    """A capitalised closed-class word inside a sentence may be a name: "May", "Will", "US"."""
    return low in classes.modals or (low == "us" and text.isupper())
