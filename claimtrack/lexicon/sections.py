"""The schema of each TOML file under ``claimtrack/data/``: one pydantic model per section.

Every model forbids unknown keys, so a misspelt key in a default file or an overlay is a
:class:`claimtrack.LexiconError` naming the file and the key, never a silently ignored list.

Unlike the rest of the package, this module (and stance_sections.py) does without ``from
__future__ import annotations``: pydantic reads every field's annotation when it creates a model
class, and a string annotation costs it a ``compile`` each, ~2.5 ms of every start-up here.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Terms = tuple[str, ...]


class _Section(BaseModel):
    # The schema is built when data is first validated (an overlay; the tests), not at import.
    # For the same reason a section's default is ``Section.model_construct()``: it holds only
    # the section's own defaults, and ``Section()`` would build the schema to validate them.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


# --- categories.toml -------------------------------------------------------------------------
class CategoryTerms(_Section):
    """Words that make a nearby number a count of one category of people (or of a unit)."""

    # Words after the number: "1,400 dead", "35 bodies", "18 deaths".
    nouns: Terms = ()
    # Verbs and participles: "were killed", "killing at least 35", "have died".
    verbs: Terms = ()
    # Verbs in their base form, each standing for all its forms ("gun down" -> "guns down",
    # "gunned down", "gunning down"); see claimtrack.find.inflect.
    lemmas: Terms = ()
    # Words or symbols right before the number: "$100 million", "magnitude 7.8", "aged 65".
    before: Terms = ()
    # Base-form verbs that count their object in this category when it names people of the
    # numbers.toml [context] list `object_people`: "Sindh has lost 577 people" (people_as_such:
    # not "lost 300 employees"), "pirates seized 22 sailors" (people); not "lost 577 homes".
    object_lemmas: Terms = ()
    object_people: str = "people_as_such"
    # Base-form verbs that count their subject in this category when a place word (numbers.toml
    # [context] places) is their object: "1,800 had left the enclave", not "left 30 dead".
    place_lemmas: Terms = ()
    # A casualty category is counted and reconciled; else its name is a unit ("usd", "km").
    casualty: bool = True
    # False: a number counting this is no figure at all ("a 72-hour truce", "aged 65").
    figure: bool = True
    # True: an active verb of this category with an object makes the number before it count
    # the attackers ("two gunmen killed a guard"). False where the subject is who is counted
    # even with an object ("40,000 people fled the coast").
    object_counted: bool = True
    # True: the place a count leaves is its place when the clause names no other ("evacuated").
    origin: bool = False
    # True: a count that falls as people are found or freed (a lower later figure goes on).
    falls: bool = False
    # True: a harm done to people. Told by its predicate, it is the count's category whatever
    # the people are called: "Three hostages were killed", "Nine prisoners died" (the dead).
    harm: bool = False
    # Head nouns this category never counts: "4,000 troops crossed into Varn" is no count of the
    # displaced, "4,000 troops were killed" still a count of the dead.
    not_heads: Terms = ()


# --- numbers.toml ----------------------------------------------------------------------------
class VagueAmount(_Section):
    """A vague amount ("dozens") and the bounds it allows: the lowest it can mean, and a ceiling."""

    low: int
    high: int | None = None
    # Only a number when "of" follows: "scores of people", not "he scores".
    needs_of: bool = False


class NumbersLexicon(_Section):
    """Number words, scale words and vague amounts."""

    words: dict[str, int] = {}
    scales: dict[str, int] = {}
    # Abbreviated scales glued to digits, case-sensitive: "10k", "2.3m", "1MM".
    suffixes: dict[str, int] = {}
    # Words that make a number a fraction, not a count: "one-third".
    fractions: Terms = ()
    vague: dict[str, VagueAmount] = {}
    # Word lists figures.py uses to tell what a number counts, by role ("people", "links").
    context: dict[str, Terms] = {}
    # Subgroup words and the subgroup they name in a count key: "nurses" -> "health workers".
    subgroup_names: dict[str, str] = {}
    # Irregular verbs of the categories' lemmas: base -> [past, participle] or
    # [past, participle, -ing form] ("shoot" -> ["shot", "shot"]).
    irregular: dict[str, tuple[str, str] | tuple[str, str, str]] = {}


# --- qualifiers.toml -------------------------------------------------------------------------
class QualifiersLexicon(_Section):
    """Phrases that bound a number, keyed by qualifier ("more than" -> more_than)."""

    before: dict[str, Terms] = {}
    after: dict[str, Terms] = {}


# --- dates.toml ------------------------------------------------------------------------------
class DateWords(_Section):
    """Cue lists that decide whether a located date expression counts, and which way it points."""

    # Month and weekday names that are also ordinary words ("may", "march"): capitalised only.
    capital_only: Terms = ()
    # Month names that never stand alone, only with a day or a year: "May 2015", "May 4".
    number_required: Terms = ()
    # Words right before a bare year that make it a year: "in 2014", "since 1934".
    year_cues: Terms = ()
    # Words right before a month name alone that make it a month: "since December".
    month_cues: Terms = ()
    # Words after a bare year that make it a count: "in 2000 homes".
    not_after_year: Terms = ()
    # Future cues shortly before a date in its sentence: "will arrive on Friday".
    future_cues: Terms = ()
    # Shifts that count a weekday from the last day the text gave: "the previous Friday".
    anaphoric_shifts: Terms = ()
    # Future in the past, ahead of a moment before publication: the nearest day ("would vote
    # on Friday", "planned to leave on Thursday").
    future_in_past_cues: Terms = ()
    # Words between a future cue and the date that cancel it: "who will travel, said Friday".
    past_cues: Terms = ()
    # Reporting verbs: past for a date close after them ("said on Tuesday"), silent beyond.
    reporting_cues: Terms = ()
    # Year-less digit forms that name something, never a day: "24/7", "9/11".
    numeric_names: Terms = ()
    # Words right before a date that schedule it, read as the nearest such day: "payable Dec. 7".
    scheduled: Terms = ()
    # Nouns right after a date that schedule it: "the Jan. 14 deadline".
    scheduled_after: Terms = ()
    # Nouns of events told after they happen, right after a date: "the Oct. 23 slaying".
    event_nouns: Terms = ()
    # Prepositions of a deadline, read as the nearest day when no verb decides: "by Jan. 14".
    deadline_prepositions: Terms = ()
    # Words that open a new clause, which the direction of a date does not cross: "who", "after".
    clause_openers: Terms = ()
    # Auxiliaries after which a past form is a participle: "will be held on Friday".
    passive_auxiliaries: Terms = ()
    # Words before a bare year that make it a modifier: "a 2016 raid", "the 1959 embargo".
    year_determiners: Terms = ()
    # Year cues that belong to the mention: "fiscal 1989".
    year_prefixes: Terms = ()
    # Words between a shift and its unit: "the current fiscal year".
    period_words: Terms = ()
    # Shifts that name the next such weekday, not next week's: "this coming Sunday".
    next_occurrence: Terms = ()


class Anaphor(_Section):
    """A date named from the last date the text gave: "the day before" is that day, shift -1."""

    unit: Literal["day", "week", "month", "year"]
    shift: int = 0


class Holiday(_Section):
    """A named day of the year: a fixed day (month, day) or the nth weekday of a month.

    ``nth`` -1 is the last; ``offset`` moves the day ("Election Day": the Tuesday after the
    first Monday of November is that Monday, offset 1).
    """

    month: int = Field(ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: int | None = Field(default=None, ge=0, le=6)
    nth: int = Field(default=1, ge=-1, le=5)
    offset: int = 0

    @model_validator(mode="after")
    def _one_rule(self) -> "Holiday":
        if (self.day is None) == (self.weekday is None):
            raise ValueError("give either day or weekday (with nth), not both or neither")
        return self


class SpokenYears(_Section):
    """Number words of years said aloud: "nineteen" + "ninety" + "six", "two thousand" + "one"."""

    centuries: dict[str, int] = {}
    tens: dict[str, int] = {}
    units: dict[str, int] = {}
    thousands: dict[str, int] = {}


class DatesLexicon(_Section):
    """Month and weekday names, relative day words, counts, ordinals and date cues."""

    # How "3/7/2017" is read when both numbers could be the month: "unambiguous" says nothing
    # (the default: both orders are in use), "mdy" reads March 7 (US), "dmy" July 3.
    numeric_order: Literal["unambiguous", "mdy", "dmy"] = "unambiguous"
    # Month names and abbreviations -> 1..12.
    months: dict[str, int] = {}
    # Weekday names -> 0 (Monday) .. 6 (Sunday).
    weekdays: dict[str, int] = {}
    # "Wed", "Sat", "Sun": weekdays only before a date or as "on Wed.".
    weekday_abbreviations: dict[str, int] = {}
    # "yesterday" -> -1: days named relative to the publication date.
    relative_days: dict[str, int] = {}
    # "last" -> -1, "next" -> 1: moves of a weekday, week, month or year.
    shifts: dict[str, int] = {}
    # "two" -> 2 in "two days ago".
    counts: dict[str, int] = {}
    # "twenty-first" -> 21 in "May twenty-first".
    ordinals: dict[str, int] = {}
    # Dates named from the last date the text gave: "the day before" -> ["day", -1].
    anaphora: dict[str, Anaphor] = {}
    # Years in words, as transcripts write them: "nineteen ninety-six".
    spoken_years: SpokenYears = SpokenYears.model_construct()
    # Named days: "Thanksgiving" -> the fourth Thursday of November.
    holidays: dict[str, Holiday] = {}
    # Periods named from the publication date: "year-earlier" -> year, shift -1.
    relative_periods: dict[str, Anaphor] = {}
    # "the end of" -> "late": the part of a period a phrase names.
    period_parts: dict[str, Literal["early", "mid", "late"]] = {}
    words: DateWords = DateWords.model_construct()


# --- reporting.toml --------------------------------------------------------------------------
class BodyKind(_Section):
    """A kind of body: the last words of its names, and the general nouns that stand for it."""

    heads: Terms = ()
    nouns: Terms = ()


class ReportingLexicon(_Section):
    """Cues of attribution: who said it."""

    # Speech and reporting verbs in any tense form used in news: "said", "told", "warned".
    verbs: Terms = ()
    # Phrases before a source: "according to the ministry", "citing officials".
    according: Terms = ()
    # The "according" cues whose speaker stands before them: "the army, citing U.S. mediation".
    citing: Terms = ()
    # Titles and roles that precede or follow a name: "spokesman", "Secretary of State".
    titles: Terms = ()
    # Heads of organisation names: "Ministry", "Council", "Agency".
    org_heads: Terms = ()
    # Nouns that refer back to whichever body was named last: "the agency", "the company".
    general_bodies: Terms = ()
    # Kinds of body by the last word of their names: "the company" stands for no front or army.
    body_kinds: dict[str, BodyKind] = {}
    general_modifiers: Terms = ()  # "the rights group", "the UN agency", "the London-based ..."
    home_governments: Terms = ()  # "the government" alone: the document's own country's
    # Nouns that refer back to the last person named, whatever their title: "the official".
    general_people: Terms = ()
    # Verbs of asking, whose question is an attribution even with no one asking named:
    # "Asked whether the dam would hold, Lund said ...", "Lund was asked by Ruiz if ...".
    question_verbs: Terms = ()
    # Nouns for groups of people as sources: "officials", "rescuers", "police".
    groups: Terms = ()
    # Pronouns that stand for the last named speaker.
    pronouns: Terms = ()
    # Phrases that mark a claim as unverified or disputed.
    hedges: Terms = ()
    # Words that may stand inside a speaker's name or title without being capitalised:
    # "White House National Security Council spokesman John Kirby", "a senior administration
    # official".
    modifiers: Terms = ()
    # Lower-case words that join the parts of a name: "Secretary of State", "al-Burhan", "bin".
    connectors: Terms = ()
    # Words that may stand between a speaker and the verb: "Kirby also said", "Scholz on Monday".
    adverbs: Terms = ()
    # Words right before a date that make it the day of the event, not of the report:
    # "the attack on October 7", "since fighting broke out on April 15",
    # "the storm hit on Sept. 20".
    event_cues: Terms = ()
    # Nouns for a count whose owner is its source: "the Health Ministry's own count stood at 528".
    count_nouns: Terms = ()
    # Documents, polls, records and images that speak for whoever made them: "a poll showed",
    # "federal records show", "figures released by the ministry".
    documents: Terms = ()
    # Words of a sentence that goes on with a count just attributed, in the narrator's voice:
    # "The number of injured stood at 27,022", "Of all the dead, 5,655 were in the region".
    continuing: Terms = ()
    # Words opening a clause that goes on with the count before it in its sentence, in the same
    # source's voice: "The agency said 6,800 had been displaced, while 19 were still missing".
    continuing_clauses: Terms = ()
    # Words that stand for the two actors just named together: "Both welcome ...", "the two
    # leaders agreed".
    pairs: Terms = ()
    # Nouns of an event whose count is told in passing: "responding to the massacre of more
    # than 1,400 people", "to allow the release of two Americans".
    event_nouns: Terms = ()
    # Capitalised words that never name a speaker: "No country had...", "According to...".
    not_names: Terms = ()
    # Other names of one actor, lower case: "u.s." and "washington" -> "united states".
    aliases: dict[str, str] = {}
    # A title's short form and the noun that refers back to it: "Gov. Lund ... the governor".
    title_abbreviations: dict[str, str] = {}
    # Words for one title's head, and the word they stand for: "chief" -> "head".
    title_synonyms: dict[str, str] = {}


# --- topics.toml -----------------------------------------------------------------------------
class SegmentLexicon(_Section):
    """Words whose final dot does not end a sentence ("Gen.", "Oct.", "a.m.")."""

    abbreviations: Terms = ()


# --- reconcile.toml --------------------------------------------------------------------------
class ReconcileWords(_Section):
    """Word lists that decide which figures read one count (see ``docs/reconciliation.md``)."""

    # Adjectives before an event's name that leave it the same event: "the powerful quake".
    event_modifiers: Terms = ()
    # Words before an event's kind that make it another event of that kind: "a separate attack".
    other_event: Terms = ()
    # Kinds of events one side does: "the Dorn attack" is Dorn's, never the story's own event.
    sided_events: Terms = ()
    # Periods that only bound a running tally: "as of Friday", "since mid-April".
    running_periods: Terms = ()
    # Places that mean the whole country: "across the country".
    nationwide: Terms = ()
    # Sources named by a document alone ("the report said", "a separate tally"): no body is
    # named, so the figure is read like the writer's own.
    unnamed_sources: Terms = ()
    # Nouns after a group's name that speak for the group in a stance: "Houthi officials",
    # "a Chilean official", "Senior Velorian negotiator Ama Kest", "Velorian rebels".
    speaks_for: Terms = ()
    # Words before a group's name that are not part of it: "senior", "top".
    ranks: Terms = ()


class ReconcileLexicon(_Section):
    """Cues of official sources and independent bodies, and the kinds of events."""

    # Words that put a source in a government's official chain: "ministry", "police".
    official: Terms = ()
    # Words that keep a body independent even beside an official word: "UN officials".
    independent: Terms = ()
    # International bodies known by several names -> the names: unhcr = ["u.n. refugee agency"].
    bodies: dict[str, Terms] = {}
    # Kinds of event -> the words that name them: quake = ["quake", "earthquake"].
    events: dict[str, Terms] = {}
    words: ReconcileWords = ReconcileWords.model_construct()


# --- places.toml -----------------------------------------------------------------------------
_CODE = r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$"  # ISO 3166-1 alpha-2 or 3166-2: "CL", "CL-VS", "JP-17"
PlaceKind = Literal["country", "region", "city", "district", "camp", "crossing", "area"]


class PlaceEntry(_Section):
    """A place the ISO lists lack: a city, district, camp, crossing or area of a country."""

    # The place that contains it: an ISO 3166 code ("JP-17") or the name of a known place.
    within: str
    kind: PlaceKind = "city"
    # Other names and spellings: "Wajima city".
    aliases: Terms = ()


class PlacesLexicon(_Section):
    """Names of places beyond the ISO lists, read by ``claimtrack.reconcile.places``."""

    # Other names of countries and regions -> ISO 3166 code: "burma" = "MM".
    aliases: dict[str, Annotated[str, StringConstraints(pattern=_CODE)]] = {}
    # Demonyms -> ISO 3166 code: "chilean" = "CL" ("Chilean dead", "on the Argentine side").
    demonyms: dict[str, Annotated[str, StringConstraints(pattern=_CODE)]] = {}
    # Words with a demonym's ending that name a faith, a party or a period, no people's
    # country: "12 Christian pilgrims" has no place.
    not_demonyms: Terms = ()
    # Heads that count a nationality among others, not a side's own people: "Sixty Varnish
    # nationals are among the hostages" has no place ("65 Varnish civilians" is Varnia's).
    nationals: Terms = ()
    # Words around a name that do not change the place: "Sindh province", "Ishikawa prefecture".
    generic: Terms = ()
    # Ordinary words that are also the names of regions somewhere ("North", "Coast", "Capital
    # Territory"): a region named only by them needs its country named in the same document.
    common: Terms = ()
    # Place words that alone stand for a place the story names: "62 were detained in the city"
    # (claimtrack.reconcile.home reads them as the story's main place, when it has one).
    anaphoric: Terms = ()
    # Places below the first level, by name: [entries."Rafah crossing"] within = "PS".
    entries: dict[str, PlaceEntry] = {}
    # Capitals that news names for their governments -> ISO 3166-1 code: "moscow" = "RU"
    # ("Putin said Moscow wanted the fighting halted": Russia's position, told by its president).
    # Read only for who holds a position, never as a count's place.
    capitals: dict[str, Annotated[str, StringConstraints(pattern=_CODE)]] = {}
