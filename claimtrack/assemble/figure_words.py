"""The patterns the figure readers share, compiled once per lexicon.

Hand-written patterns (English closed classes: articles, auxiliaries, prepositions) sit at the
top; :func:`compile_patterns` builds the word-list patterns from ``categories.toml`` and
``numbers.toml`` [context]. :mod:`.figures`, :mod:`.govern` and :mod:`.scope` read them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ..find.inflect import irregular_forms, verb_forms
from ..find.phrases import first_words
from ..lexicon import Lexicon
from ..text.patterns import lazy
from .scope_patterns import EVENT, EVENT_SUBJECT, HOLDER, PERIOD, PLACE, PLACE_PREPOSITIONS, SITE

# --- hand-written patterns ---------------------------------------------------------------------
# Words that end a noun phrase after a number ("45 people had been killed": "people").
GRAMMAR = (
    "of in on at to from by with for as and or but nor the a an this that these those were was "
    "had have has are is be been being will would could can may might must should who whom "
    "which whose than into across near during since after before including while when where "
    "said says among its their his her our it they he she we not no also still now then so "
    "each per alone only all there them those whom us you him it last earlier later ago "
    "overnight yesterday today tonight once how what why late early"
).split()
# A word of a noun phrase, quotes around it allowed: 'the 11 "storm-related" deaths'.
TOKEN = lazy(r"[^\S\n]*+[\"“]?(?P<w>\p{L}[\p{L}'’-]*+|%)[\"”]?")
# A participle or past tense: "4.3 million affected", "Hundreds of onlookers cheered".
PAST = lazy(r"(?<![\w-])\p{L}{3,}ed(?!\w)", regex.I)
# "Judith Raanan, 59, and her daughter": an age after a name.
NAME_COMMA = lazy(r"\p{Lu}[\p{L}'’-]+\.?[^\S\n]*,[^\S\n]*\Z")
AGE_AFTER = lazy(r"[^\S\n]*[,.;)]")
# "1,052 more people than usual died" compares.
THAN = lazy(r"(?<!\w)than(?!\w)")
# "6:15 a.m.", "5/17/2018", "1-800-621-3362", "F-16": part of a time, date, code or name.
GLUED_BEFORE = lazy(r"(?:[0-9][:/.-]|\p{L}-|\p{L})\Z")
GLUED_AFTER = lazy(r"[:/][0-9]|-[0-9]")
# "a 72-hour truce", "a 12-year-old", "315-kph", "8,848-meter": a compound modifier.
COMPOUND = lazy(r"-\p{L}")
YEAR = lazy(r"1[5-9][0-9]{2}|20[0-9]{2}|2100")
THE = lazy(r"(?<!\w)the[^\S\n]++\Z", regex.I)
OF = lazy(r"[^\S\n]++of(?!\w)", regex.I)
# "About 1,000 of them", "30 of whom", "five children among them": part of the count before.
# "five children among them": blanks (and "were") before "among". In two parts, so that trying
# it never reads past the phrase: a pattern that requires "among" makes the regex engine look for
# the word in all the rest of the text first, once per figure (quadratic on long documents).
AMONG_BEFORE = lazy(r"[^\S\n]+(?:were[^\S\n]+)?", regex.I)
AMONG = lazy(r"among(?!\w)", regex.I)
PARTITIVE = lazy(r"[^\S\n]++of[^\S\n]++(?:the|its|their|his|her)[^\S\n]++", regex.I)
CLAUSE_STOP = lazy(r",(?!\d)|[;:()\[\]—–\n]")
# Not the comma in "2,403", nor the brackets of an acronym: "fighters of the Varn Front (VF)"
CLAUSE_END = lazy(r",(?!\d)|[;:\[\]—–]|\((?!\p{Lu}{2,8}\))|(?<!\(\p{Lu}{2,8})\)")
# A demonym's ending: "Kestrian", "Velorian", "Yemeni", "Sudanese", "Polish".
DEMONYM = lazy(r"\p{Lu}\p{L}+(?:an|i|ese|ish)")
SUBSET = lazy(r"(?<!\w)(?:of them|of whom|of those|among them)(?!\w)", regex.I)
# Right after a number: "four of whom died", "12 of them were wounded".
OF_WHOM = lazy(r"[^\S\n]++of[^\S\n]++(?:whom|them|those)(?!\w)", regex.I)
# The same before a number: "320 people died, of whom 41 are women", "among them 12 children",
# "Among them were 12 children".
SUBSET_BEFORE = lazy(
    r"(?<!\w)(?:of them|of whom|of those|among them|among whom)[^\S\n]*+,?[^\S\n]*+"
    r"(?:(?:were|are|was|is)[^\S\n]++)?\Z",
    regex.I,
)
# An opening after a comma that does not end the clause: "thousands of people, including many
# foreigners, have left the country", "3,000 families, or about 15,000 people, have fled".
ASIDE = lazy(
    r",[^\S\n]*(?:including|among them|mostly|mainly|many|most|or|"
    # "Twenty-two people, six of them children, were killed"
    r"(?:[\w-]+[^\S\n]++){1,3}of[^\S\n]++(?:them|whom|those)|"
    # a share of a whole: ", roughly half the population,", ", 20 percent of the shift,"
    r"(?:(?:roughly|about|around|nearly|almost|some|over|more[^\S\n]++than|less[^\S\n]++than|"
    r"just[^\S\n]++over|just[^\S\n]++under)[^\S\n]++)?"
    r"(?:half|a[^\S\n]++(?:third|quarter|fifth|tenth)|one[^\S\n]++in[^\S\n]++\w+|"
    r"two-thirds|three-quarters|\d+(?:\.\d+)?[^\S\n]*+(?:%|percent|per[^\S\n]++cent)))"
    r"(?!\w)(?:[^,;]|,(?=\d))*+,"
    # or in brackets: "Nine people (including two children) were killed"
    r"|[^\S\n]*+\((?:including|among|mostly|mainly|many|most|\d|\p{L}+[^\S\n]++of)[^()\n]{0,80}+\)",
    regex.I,
)
# A stretch set off by commas: ", according to the ministry,", ", the ministry said,".
SET_OFF = lazy(r",[^,;\n]*+,")
# A count restated in an aside, up to its words: ", or about 15,000 people" (a comma inside a
# number does not end it).
RESTATED = lazy(r",[^\S\n]*+or[^\S\n]++(?:[^,;\n]|,(?=\d))*+\Z", regex.I)
# The opening of a relative clause set off by commas: ", which includes", ", who".
RELATIVE_OPEN = lazy(r",[^\S\n]*(?:which|who|whose)(?!\w)", regex.I)
# A period names a time: "since October 7", "over the past 24 hours", "through Sunday".
WHEN = lazy(
    r"[0-9]|(?<!\w)(?:day|days|week|weeks|month|months|year|years|hours|start|beginning|"
    r"mid|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|fighting|war|invasion|conflict)(?!\w)",
)
# "the number of civilians killed": the people a tally counts.
TALLY_OF = lazy(
    # "The toll among health workers has risen to 41": two words, for two-word subgroups
    r"(?<!\w)(?:number|count|toll|tally|total)[^\S\n]++(?:of|among)[^\S\n]++"
    r"(?P<who>\p{L}+)(?:[^\S\n]++(?P<second>\p{L}+))?",
    regex.I,
)
# Between two coordinated counts: "7,110 civilians killed and 11,547 injured", "9,287 civilians
# killed in Ukraine and 16,384 injured".
AND_GAP = lazy(
    r"(?:[^\S\n]++(?:in|across|at)[^\S\n]++(?:the[^\S\n]++)?(?-i:\p{Lu}[\p{L}.'’-]*+"
    r"(?:[^\S\n]++\p{Lu}[\p{L}.'’-]*+){0,2}))?"
    r"[^\S\n]*+,?[^\S\n]*+(?:and|as[^\S\n]well[^\S\n]as)[^\S\n]++"
    r"(?:(?:at[^\S\n]least|more[^\S\n]than|about|some|nearly|almost)[^\S\n]++)?",
    regex.I,
)
# Between a verb and the number it governs: "killed another 12", "wounded a total of 40",
# "killed his two brothers" (a possessive determiner, like an article).
# (The longer words come first and each ends at a word's end: the repetition is possessive.)
OBJECT_GAP = (
    r"(?:[^\S\n]++(?:a[^\S\n]++total[^\S\n]++of|a[^\S\n]++further|an[^\S\n]++additional|"
    r"a[^\S\n]++combined|another|an?|the|all|only|just|his|her|its|their|our|my|your)(?!\w))*+"
    r"[^\S\n]++\Z"
)
# The same, alone: what may stand between a casualty verb found and its number.
OBJECT_GAP_ONLY = lazy(OBJECT_GAP, regex.I)
# A passive or perfect auxiliary before a verb: "were killed", "have been hurt", "was fatally".
AUX_BEFORE = lazy(
    r"(?<!\w)(?:were|was|been|be|being|are|is|am|get|got|gets)[^\S\n]++"
    r"(?:\p{L}+ly[^\S\n]++)?\Z",
    regex.I,
)
# An auxiliary and the word after it, right after a count: "140 have fallen ill".
AUX_PREDICATE = lazy(
    r"[^\S\n]++(?:have|has|had|were|was|are|is)[^\S\n]++(?:been[^\S\n]++)?(?P<w>\p{L}+)",
    regex.I,
)
# The start of an object noun phrase after an active verb: "killed a guard", "shot their father".
DETERMINER_AFTER = lazy(
    r"[^\S\n]++(?:an?|the|his|her|their|its|our|my|your|this|that|these|those)(?!\w)", regex.I
)
# An adverb in -ly after a sub-count: "four of them fatally", "three of them critically".
ADVERB = lazy(r"[^\S\n]++(?P<adv>\p{L}{2,}ly)(?!\w)", regex.I)
# A digit and one capital glued: "5G", "4K"; a designator unless money ("$3M").
GLUED_LETTER = lazy(r"[0-9]\p{Lu}")
CURRENCY_BEFORE = lazy(r"\p{Sc}[^\S\n]*+\Z")
# One capitalised (or camel-case: "iPhone") word right before a number: "the Varex 250 index".
NAME_BEFORE = lazy(r"(?<![\w.])(?P<w>\p{Lu}[\p{L}'’-]*+|\p{Ll}\p{Lu}\p{L}*+)[^\S\n]\Z")
# Capitalised words before a number that are no name: "Another 27", "Including 12", "Only 4".
NOT_NAMES = frozenset(
    (*GRAMMAR, "another", "just", "including", "exactly", "nearly", "almost", "roughly")
)
# Punctuation that closes a word's clause: "2 fatally, outside the arena".
CLAUSE_PUNCT = lazy(r"[^\S\n]*+(?:[,.;:)]|\Z)")
# Between two counts: "45 Chilean soldiers were among the 300 dead".
AMONG_THE = lazy(
    r"[^\S\n]++(?:(?:were|are|was|is)[^\S\n]++)?among[^\S\n]++(?:(?:the|its|their)[^\S\n]++)?",
    regex.I,
)
# Two coordinated counts: "Three nurses and two paramedics" (with a comma, "X, and 14,000
# others were injured" joins two clauses).
AND_ONLY = lazy(r"[^\S\n]++(?:and|or)[^\S\n]++", regex.I)
# Where a number (or its qualifier) may start: a digit or a letter.
NUMBER_START = lazy(r"[0-9\p{L}]")
# The words of OBJECT_GAP, for a quick test before the pattern.
# Words that may stand between a verb and the number it governs ("killed his two brothers").
GAP_WORDS = frozenset(
    "a an the another all only just total of further additional combined his her its their our "
    "my your".split()
)
# Items of a list that spreads a count over places (govern.listed).
_ITEM_NAME = r"\p{Lu}[\p{L}.-]*+(?:[^\S\n]++\p{Lu}[\p{L}.-]*+){0,3}+"
# ", Ostria 215", " and Upper Selm 12", "followed by Linden with 22", ", the town of Orr with 7"
NAME_ITEM = lazy(
    r"(?:[,;:]|(?<!\w)(?:and|by))[^\S\n]*+(?:the[^\S\n]++(?:\p{Ll}+[^\S\n]++of[^\S\n]++)?)?"
    r"(?P<name>" + _ITEM_NAME + r")(?:[^\S\n]++(?:with|for))?[^\S\n]++\Z"
)
# The list goes on or ends after an item: ", Calden 98 and Brisk 40."
LIST_END = lazy(r"[^\S\n]*+(?:[,;.)]|(?:and|or)(?!\w)|\Z)")
# ", 12 in Elm, where ...", ": 1,400 in Dorr, 610 in Ketter and 300 in Ambry."
ITEM_OPEN = lazy(r"(?:[,;:]|(?<!\w)(?:and|with))[^\S\n]*+\Z")
IN_ITEM = lazy(
    r"[^\S\n]++in[^\S\n]++(?:the[^\S\n]++)?"
    + _ITEM_NAME
    + r"[^\S\n]*+(?:[,;.)]|(?:and|or)(?!\w)|\Z)"
)
# A run of word characters: where a term of a word list can start.
WORD_RUN = lazy(r"\w+")
LETTERS = lazy(r"\p{L}+")
SENTENCE_OPEN = lazy(r"[\s\"'“‘(]*")
WORDS = lazy(r"\w+(?:[.'’-]\w+)*|,")
# A dash or a colon right before a number: the parts of the count before it.
SET_OFF_ITEMS = lazy(r"(?:[^\S\n]\u2014|[^\S\n]\u2013|[^\S\n]--|:)[^\S\n]*+\Z")
# A reporting clause ends where its content starts: "told a news conference in the capital,
# Lusaka, that 812 ..."; "that" after the reporting verb.
THAT = lazy(r"(?<!\w)that(?!\w)", regex.I)
# A period whose second word is a past verb is an adverb: "have since arrested 14 suspects".
PAST_SECOND = lazy(r"\S+[^\S\n]++\p{L}{3,}ed(?!\w)", regex.I)
# "to neighbouring Ardia, where 31,000 are sheltering": the place a "where" clause speaks of.
# " and " or " or " between two nouns: "1,400 fighters and civilians".
AND_WORD = lazy(r"[^\S\n]++(?:and|or)[^\S\n]++")
# A period that makes a count an addition: "36 people died in the past 24 hours".
WINDOW_PERIOD = lazy(
    r"(?<!\w)(?:in|over|during|within)[^\S\n]++the[^\S\n]++(?:past|last|previous)[^\S\n]++"
    r"(?:[0-9]+[^\S\n]++|twenty-four[^\S\n]++)?(?:hours?|days?|week)(?!\w)",
    regex.I,
)
# A year that sets a count apart: "against 6 million in 2010", "displaced this year".
YEAR_PERIOD = lazy(r"(?<!\w)(?:in[^\S\n]++[12][0-9]{3}|(?:this|last)[^\S\n]++year)(?!\w)", regex.I)


@dataclass(slots=True)
class Patterns:
    """Every pattern and word set the figure readers use, built from one lexicon."""

    cue: Any  # casualty words -> category
    cue_kind: dict[str, str]
    cue_terms: dict[str, tuple[str, ...]]  # first word -> casualty terms, longest first
    cue_longest: int
    tally_last: Any
    cue_nouns: frozenset[str]
    not_heads: dict[str, frozenset[str]]  # category -> head nouns it never counts
    subject_counted: frozenset[str]  # categories whose active verbs count their subject
    object_cue: Any  # a casualty verb right before a number it governs
    cue_last_words: frozenset[str]  # the last word of every casualty term
    unit: Any  # nouns of non-casualty categories -> unit
    unit_kind: dict[str, str]
    before: Any  # words right before a number ("$", "magnitude", "aged")
    before_kind: dict[str, str]
    dropped: frozenset[str]  # categories whose numbers are no figures
    people: Any
    people_before: Any  # people right before a qualified number: "residents over 65"
    links: frozenset[str]
    link_verbs: frozenset[str]  # the links that are verbs: a period ends before one
    link_words: frozenset[str]  # every word of a link: "stood", "at" of "stood at"
    # Auxiliaries and adverbs a verb group may hold: "the count had been 64", "later rose to 45"
    link_fillers: frozenset[str]
    joins: Any
    breaks: Any
    comma_joins: frozenset[str]  # joins that may follow a comma: "..., up from 96"
    transparent: frozenset[str]
    passive_links: frozenset[str]  # "were found dead": a passive verb of finding, as "be"
    verbs: Any
    inc_before: Any
    inc_after: frozenset[str]
    subgroups: frozenset[str]
    months: Any
    calendar: frozenset[str]
    place: Any
    place_from: Any  # "evacuated from Varn": the place a count of an ``origin`` category leaves
    place_to: Any  # "fled into Varn": where a count of an ``origin`` category went
    crossed: frozenset[str]  # place nouns that are a path when crossed ("across the border")
    site: Any  # a name that modifies a site after a determiner: "a Velk school"
    origin: frozenset[str]
    harms: frozenset[str]  # "Three hostages were killed": the predicate's category wins
    event_subject: Any
    holder: Any  # a place as the subject of a tallying verb
    tallying: frozenset[str]  # the words of the tallying verbs, for a quick test
    org_heads: frozenset[str]  # words that make a subject an organisation, not a place
    reporting: Any  # reporting verbs: a place before them is where the source spoke
    reporting_words: frozenset[str]  # their first words, for a quick test before the pattern
    reporting_first: frozenset[str] | None  # the same for a WordIndex (None: cannot serve)
    subgroup_names: dict[str, str]
    event: Any
    period: Any
    # The first words of the event names, to skip the event pattern where none stands (None:
    # always run it).
    event_words: frozenset[str] | None
    national: Any  # a tally of the whole country: "the national total", "the country's toll"
    demonyms: frozenset[str]  # "chilean": a people's country ("65 Chilean soldiers")
    not_demonyms: frozenset[str]  # "christian": a faith or a party, no people's country
    nationals: frozenset[str]  # "nationals": a nationality among others, no side's people
    holidays: frozenset[str]  # "New Year's Day" is a time, not a place
    partitive: Any  # "five of the six crew members": a part of a group the text counts
    place_kinds: frozenset[str]  # "province", "city": "Sindh remains the worst-hit province"
    place_bodies: frozenset[str]  # a place's own bodies: "Orsk's interior ministry said"
    # Verbs counting people as such as their object ("has lost 577 people"), and those nouns.
    loss_kind: dict[str, str]
    as_such: frozenset[str]
    object_people: dict[str, frozenset[str]]  # category -> the people its object_lemmas count
    # Participles before a noun that describe the people counted: "57 suspected militiamen".
    describing: frozenset[str]


def _terms(terms: Sequence[str]) -> list[str]:
    return [t for t in terms] or ["\x00"]


# Links that are no verbs: "to", "at", "of", "from", "as", "now".
_LINK_PREPOSITIONS = frozenset({"to", "at", "of", "from", "as", "now", "combined", "total"})


def _by_first_word(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Terms keyed by their first run of word characters, longest first."""
    out: dict[str, list[str]] = {}
    for term in terms:
        first = WORD_RUN.match(term)
        if first is not None:
            out.setdefault(first.group(), []).append(term)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def compile_patterns(lexicon: Lexicon) -> Patterns:
    """Build the figure readers' patterns from ``lexicon`` (cached with ``Lexicon.memo``)."""
    cue_kind: dict[str, str] = {}
    unit_kind: dict[str, str] = {}
    before_kind: dict[str, str] = {}
    loss_kind: dict[str, str] = {}
    irregular = irregular_forms(lexicon)
    for name, terms in lexicon.categories.items():
        target = cue_kind if terms.casualty else unit_kind
        forms = (verb_forms(lemma, irregular) for lemma in terms.lemmas)
        for term in (*terms.nouns, *terms.verbs, *(f for group in forms for f in group)):
            target[term.casefold()] = name
        for term in terms.before:
            before_kind[term.casefold()] = name
        kinds = lexicon.numbers.context.get("places", ())
        for lemma in terms.place_lemmas:
            for form in verb_forms(lemma, irregular):
                target.update((f"{form} the {kind}".casefold(), name) for kind in kinds)
        for lemma in terms.object_lemmas:
            loss_kind.update((form.casefold(), name) for form in verb_forms(lemma, irregular))
    return Patterns(
        **_casualty_fields(lexicon, cue_kind),
        # "62%" and "a.m." end in a non-word character, so no (?!\w) after them.
        unit=lazy(r"\L<w>(?!\w)|%", regex.I, w=_terms(list(unit_kind))),
        unit_kind=unit_kind,
        before=lazy(
            r"(?r)(?:(?<!\w)|(?<=\s))\L<w>[^\S\n]*+-?\Z", regex.I, w=_terms(list(before_kind))
        ),
        before_kind=before_kind,
        dropped=frozenset(n for n, t in lexicon.categories.items() if not t.figure),
        loss_kind=loss_kind,
        as_such=frozenset(t.casefold() for t in lexicon.numbers.context.get("people_as_such", ())),
        object_people={
            name: frozenset(
                t.casefold() for t in lexicon.numbers.context.get(terms.object_people, ())
            )
            for name, terms in lexicon.categories.items()
            if terms.object_lemmas
        },
        describing=frozenset(t.casefold() for t in lexicon.numbers.context.get("describing", ())),
        **_context_fields(lexicon),
        **_scope_fields(lexicon),
    )


def _casualty_fields(lexicon: Lexicon, cue_kind: dict[str, str]) -> dict[str, Any]:
    """The casualty terms, as a table, by first word and as patterns."""
    return {
        "cue": lazy(r"(?<!\w)\L<w>(?!\w)", regex.I, w=_terms(list(cue_kind))),
        "cue_terms": _by_first_word(cue_kind),
        "cue_longest": max((len(t) for t in cue_kind), default=0),
        "cue_kind": cue_kind,
        "cue_last_words": frozenset(t.split()[-1] for t in cue_kind),
        "subject_counted": frozenset(
            n for n, t in lexicon.categories.items() if t.casualty and not t.object_counted
        ),
        "object_cue": lazy(r"(?<!\w)(?P<w>\L<w>)" + OBJECT_GAP, regex.I, w=_terms(list(cue_kind))),
        "cue_nouns": frozenset(
            t.casefold() for c in lexicon.categories.values() if c.casualty for t in c.nouns
        ),
        "not_heads": {
            n: frozenset(h.casefold() for h in t.not_heads)
            for n, t in lexicon.categories.items()
            if t.not_heads
        },
    }


def _context_fields(lexicon: Lexicon) -> dict[str, Any]:
    """The word lists of ``numbers.toml`` [context] that read a number's clause."""
    ctx = lexicon.numbers.context

    def words(key: str) -> Any:
        return lazy(r"(?<!\w)\L<w>(?!\w)", regex.I, w=_terms(ctx.get(key, ())))

    def folded(key: str) -> frozenset[str]:
        return frozenset(t.casefold() for t in ctx.get(key, ()))

    months = list(lexicon.dates.months)
    return {
        "people": words("people"),
        "people_before": lazy(
            r"(?r)(?<!\w)(?:\L<w>|those)[^\S\n]++\Z", regex.I, w=_terms(ctx.get("people", ()))
        ),
        "tally_last": lazy(r"(?r)(?<!\w)\L<w>(?!\w)", regex.I, w=_terms(ctx.get("tallies", ()))),
        "links": folded("links"),
        "link_verbs": frozenset(
            t for t in folded("links") if " " not in t and t not in _LINK_PREPOSITIONS
        ),
        "link_words": frozenset(w for t in folded("links") for w in t.split()),
        "link_fillers": frozenset(
            w.casefold()
            for w in (*lexicon.syntax.words.auxiliaries, *lexicon.syntax.words.adverbs)
            if " " not in w
        ),
        "joins": lazy(
            # "from 64 to 2,975", "to 95 from the 72 it had given"
            r"[\s,]*+(?P<j>(?:up[^\S\n]++|down[^\S\n]++)?\L<w>)(?:[^\S\n]++the)?[^\S\n]*+\Z",
            regex.I,
            w=_terms(ctx.get("joins", ())),
        ),
        # A break word that opens an adverb of more than one word is none: "had so far died".
        # Nor is a determiner before a time: "the number of deaths in that period was ...",
        # nor "after" or "before" and a noun phrase before a count's verb (count_verbs).
        "breaks": lazy(
            r"(?<!\w)(?!\L<adv>(?!\w))(?!(?:that|this)[^\S\n]++\L<time>(?!\w))"
            r"(?!(?:after|before)[^\S\n]++(?:the|a|an|its|their|this|last|(?-i:\p{Lu}))"
            r"[^,;:]{0,30}?\L<verb>(?!\w))\L<w>(?!\w)",
            regex.I,
            w=_terms(ctx.get("breaks", ())),
            verb=_terms(ctx.get("count_verbs", ())),
            adv=_terms([a for a in lexicon.syntax.words.adverbs if " " in a]),
            time=_terms([n for c in lexicon.categories.values() if not c.figure for n in c.nouns]),
        ),
        "comma_joins": folded("comma_joins"),
        "transparent": folded("transparent"),
        "passive_links": folded("passive_links"),
        "verbs": words("verbs"),
        "inc_before": lazy(
            r"(?<!\w)\L<w>[^\S\n]++\Z", regex.I, w=_terms(ctx.get("incremental_before", ()))
        ),
        "inc_after": folded("incremental_after"),
        "subgroups": folded("subgroups"),
        "subgroup_names": {k.casefold(): v for k, v in lexicon.numbers.subgroup_names.items()},
        "months": lazy(r"(?<!\w)\L<m>\.?[^\S\n]++\Z", regex.I, m=_terms(months)),
        "calendar": frozenset(w.casefold() for w in (*months, *lexicon.dates.weekdays)),
    }


def _scope_fields(lexicon: Lexicon) -> dict[str, Any]:
    """The patterns of places, events, periods and reporting clauses (:mod:`.scope`)."""
    ctx = lexicon.numbers.context
    # Verb forms only ("said", "told", "announced", "according to"): "state" and "note" are
    # nouns too.
    reporting = [
        v
        for v in (*lexicon.reporting.verbs, *lexicon.reporting.according)
        if v.endswith(("ed", "id", "ld", "ing", "ays", "ells", " to"))
    ]
    events = _terms(ctx.get("events", ()))
    # kinds of place and of site: "in the port of Tarvik" is in Tarvik
    kinds = {
        "places": _terms(ctx.get("places", ())),
        "sites": _terms(ctx.get("sites", ())) or ["\x00"],
    }
    return {
        "place": lazy(PLACE, regex.X, **kinds),
        # the place a count leaves ("evacuated from Varn"), for categories with ``origin``
        "place_from": lazy(
            PLACE.replace(PLACE_PREPOSITIONS, r"(?i:from|out[^\S\n]++of)"),
            regex.X,
            **kinds,
        ),
        # where a count of an ``origin`` category went ("fled into Varn"), when it left no place
        "place_to": lazy(
            # "to" after a verb: "fled to Varn", not "lost their homes to Varn's floods"
            PLACE.replace(PLACE_PREPOSITIONS, r"(?i:into|(?<=ed[^\S\n]++)to)"),
            regex.X,
            **kinds,
        ),
        "crossed": frozenset(w.casefold() for w in ctx.get("crossed", ())),
        "site": lazy(SITE, sites=_terms(ctx.get("sites", ())) or ["\x00"]),
        "origin": frozenset(n for n, t in lexicon.categories.items() if t.origin),
        "harms": frozenset(n for n, t in lexicon.categories.items() if t.harm),
        "reporting": lazy(r"(?<!\w)\L<w>(?!\w)", regex.I, w=_terms(reporting)),
        "reporting_words": frozenset(term.split()[0].casefold() for term in reporting),
        "reporting_first": first_words(reporting),
        "event": lazy(EVENT, regex.X | regex.I, events=events),
        "event_subject": lazy(EVENT_SUBJECT, regex.X | regex.I, events=events),
        "holder": lazy(
            HOLDER,
            regex.X | regex.I,
            places=_terms(ctx.get("places", ())),
            tallying=_terms(ctx.get("tallying", ())),
        ),
        "tallying": frozenset(w.casefold() for t in ctx.get("tallying", ()) for w in t.split()),
        "org_heads": frozenset(t.casefold() for t in lexicon.reporting.org_heads),
        "period": lazy(PERIOD, regex.I, periods=_terms(ctx.get("periods", ()))),
        "event_words": first_words(ctx["events"]) if ctx.get("events") else None,
        "demonyms": frozenset(d.casefold() for d in lexicon.places.demonyms),
        "not_demonyms": frozenset(d.casefold() for d in lexicon.places.not_demonyms),
        "nationals": frozenset(d.casefold() for d in lexicon.places.nationals),
        "national": lazy(
            r"(?<!\w)\L<w>(?:['’]s)?+[^\S\n]++(?:\p{L}++[^\S\n]++){0,2}?\L<t>(?!\w)",
            regex.I,
            w=_terms(lexicon.reconcile.words.nationwide),
            t=_terms([*ctx.get("tallies", ()), "toll"]),
        ),
        "holidays": frozenset(h.casefold() for h in lexicon.dates.holidays),
        "place_kinds": frozenset(w.casefold() for w in ctx.get("places", ())),
        "place_bodies": frozenset(w.casefold() for w in ctx.get("place_bodies", ())),
        "partitive": lazy(
            r"[^\S\n]++of[^\S\n]++the[^\S\n]++(?:[0-9][0-9,.]*+|\L<n>)[^\S\n]++"
            r"(?P<group>\p{Ll}[\p{L}-]*+(?:[^\S\n]++\p{Ll}[\p{L}-]*+){0,3})",
            regex.I,
            n=_terms(list(lexicon.numbers.words)),
        ),
    }
