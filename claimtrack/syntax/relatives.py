"""Reduced relative clauses: a bare participle that describes the noun before it.

"in a report released Monday", "officials contacted by the Kell Post said", "a new group
called Kell Votes Matter": the participle is no predicate of its own. One with an object or a
clause after it is ("Aides who spoke with the Courier said the group ..."), since a passive
participle takes neither.
"""

from __future__ import annotations

from collections.abc import Sequence

from .content import ASIDE_MARKS, QUOTE_OPENERS, is_time, past_participle
from .structure import Phrase, VerbGroup, Word
from .words import WordClasses

# What a participle of finding or reporting says of the people before it: "confirmed dead",
# "reported missing", "feared dead".
_STATES = frozenset({"dead", "missing", "injured", "wounded", "alive", "safe", "killed"})


def reduced_relative(
    words: Sequence[Word],
    vg: VerbGroup,
    ending: dict[int, Phrase],
    starting: dict[int, Phrase],
    classes: WordClasses,
    later: VerbGroup | None,
) -> bool:
    """A bare past participle that describes the noun before it: "in a report released".

    After the object of a preposition (never a subject), or with its agent before another
    verb ("officials contacted by the Post said").
    """
    if vg.first != vg.head or vg.first == 0:
        return False
    if _hung(words, _before_adverbs(words, vg.first, ending), ending):
        # "..., well above the nine first reported,": no subject can stand there
        return past_participle(words[vg.head], classes) and not _takes_object(words, vg, starting)
    if _closing(words, vg, classes):
        return False  # "..., a report released on Monday said.": the sentence's own verb
    phrase = ending.get(vg.first - 1)
    if (
        phrase is not None
        # "the number of people confirmed dead rose to 688"; a count alone, as a fact box
        # gives it: "1,127 people confirmed dead (Armed Forces Division)"
        and (later is not None or words[phrase.first].tag == "NUM")
        and vg.last + 1 < len(words)
        and words[vg.last + 1].lemma in _STATES
        and past_participle(words[vg.head], classes)
    ):
        return True  # who was confirmed
    if (
        phrase is not None
        and later is not None
        and (
            _agent_after(words, vg, starting)
            or _modifiers_only(words, vg, later, starting, classes)
        )
    ):
        # "funeral directors contacted by the Kell Post reported 499 deaths", "a report
        # released on Monday put the toll at 40", "rebels fighting near Tarn said": the
        # participle and what hangs on it describe the noun; the verb after them is the clause's
        return past_participle(words[vg.head], classes) or present_participle(
            words[vg.head], classes
        )
    if (
        phrase is not None
        and later is not None
        and present_participle(words[vg.head], classes)
        and words[vg.head].text.casefold() not in classes.reporting  # "50 percent saying she"
        and (obj := starting.get(vg.last + 1)) is not None
        and obj.kind != "pronoun"  # "viewing him", "saying they want": a clause's subject
        and _skip_modifiers(words, obj.last + 1, later.first, starting) == later.first
        and not (later.first == later.head and present_participle(words[later.head], classes))
    ):
        # "A minibus carrying farm workers plunged into a ravine": the "-ing" form and its
        # object describe the noun; the verb right after them is the clause's
        return True
    if (
        phrase is not None
        and words[phrase.first].lemma in ("a", "an")
        and _naming(words, vg, classes)
    ):
        # "a new group called Black Votes Matter": the name it goes by; but "A senator called
        # Lund a liar" gives a second object, a judgement
        name = starting.get(vg.last + 1)
        second = starting.get(name.last + 1) if name is not None else None
        return second is None or is_time(words, second)  # "... Analytics last year"
    adp = phrase.first - 1 if phrase is not None else -1
    if phrase is None or adp < 1 or words[adp].tag != "ADP" or words[adp].lemma == "by":
        return False  # after an agent ("contacted by the Post reported"): the main verb
    noun = words[adp - 1].tag != "VERB" or adp - 1 in ending  # "a report from the agency"
    if noun and not _naming(words, vg, classes):
        return False  # "officials in the capital said": the phrase before may be a subject
    if _takes_object(words, vg, starting):
        return False  # "Aides who spoke with the Courier said the group ...": a finite verb
    return past_participle(words[vg.head], classes)


def _hung(words: Sequence[Word], phrase: Phrase | None, ending: dict[int, Phrase]) -> bool:
    """The object of a preposition that hangs on no noun, which is never a subject.

    After a comma, an adverb or an adjective the preposition's phrase modifies the clause or
    the adjective ("..., well above the nine first reported,", "far above the 150 reported");
    after a noun it may modify a subject ("officials in the capital reported").
    """
    if phrase is None or phrase.first < 2 or words[phrase.first].tag not in ("DET", "NUM"):
        return False  # "the nine", "150"; not "outside groups", an adjective and a noun
    adp = phrase.first - 1
    before = words[adp - 1]
    if words[adp].tag != "ADP" or words[adp].lemma == "by":
        return False
    if before.text == ",":
        return True
    # "killed, well above", "destroyed, far above"; not "people close to the president", "a
    # source familiar with the talks": an adjective after a noun describes it
    lone = ending.get(adp - 1)
    return (
        before.tag in ("ADV", "ADJ")
        and (lone is None or lone.first == lone.last)
        and adp > 1
        and (words[adp - 2].text == "," or words[adp - 2].tag == "VERB")
    )


def _before_adverbs(words: Sequence[Word], k: int, ending: dict[int, Phrase]) -> Phrase | None:
    """The noun phrase that ends before word ``k`` and the adverbs before it, if any."""
    k -= 1
    while k > 0 and words[k].tag == "ADV":
        k -= 1
    return ending.get(k)


def _modifiers_only(
    words: Sequence[Word],
    vg: VerbGroup,
    later: VerbGroup,
    starting: dict[int, Phrase],
    classes: WordClasses,
) -> bool:
    """Only prepositional phrases, times and adverbs between the verb and the next verb.

    Two verbs with nothing but modifiers between them cannot both be predicates of one
    subject: the first is a participle that describes it.
    """
    k = _skip_modifiers(words, vg.last + 1, later.first, starting)
    # the verb after them takes an object, as only a finite verb can ("put the toll at 40");
    # "said in figures published on Monday that": the second is the participle. An "-ing"
    # form is no finite verb: "Lind spent the morning saying ..." has one predicate.
    return (
        k == later.first
        and k > vg.last + 1
        and not (later.first == later.head and present_participle(words[later.head], classes))
        and _takes_object(words, later, starting)
    )


def _skip_modifiers(words: Sequence[Word], k: int, end: int, starting: dict[int, Phrase]) -> int:
    """Past the prepositional phrases, times and adverbs from ``k`` on, up to ``end``."""
    while k < end:
        if words[k].tag == "ADP" and k + 1 in starting and words[k].lemma != "that":
            k = starting[k + 1].last + 1
        elif k in starting and is_time(words, starting[k]):
            k = starting[k].last + 1
        elif words[k].tag == "ADV":
            k += 1
        else:
            break
    return k


def _closing(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """A verb of saying or showing that ends its sentence: "..., documents filed ... showed."."""
    k = vg.last + 1
    return words[vg.head].text.casefold() in classes.reporting and (
        k >= len(words) or words[k].text in (".", "!", "?", ",")
    )


def _takes_object(words: Sequence[Word], vg: VerbGroup, starting: dict[int, Phrase]) -> bool:
    """An object or a clause right after the verb, which a passive participle cannot take.

    "said the group had collapsed", "said that ...", but "released Monday", "built in 1950".
    """
    k = vg.last + 1
    if k >= len(words):
        return False
    if words[k].lemma == "that" or words[k].text in QUOTE_OPENERS:
        return True
    after = starting.get(k)
    if after is not None and after.kind == "pronoun":
        # "said it would halt": a pronoun that opens a clause, which a participle cannot take
        nxt = after.last + 1
        return nxt < len(words) and words[nxt].tag in ("VERB", "AUX")
    return after is not None and not is_time(words, after)


def _agent_after(words: Sequence[Word], vg: VerbGroup, starting: dict[int, Phrase]) -> bool:
    """Whether "by" and a named agent follow the verb group: "contacted by the Kell Post"."""
    k = vg.last + 1
    agent = starting.get(k + 1) if k + 1 < len(words) and words[k].lemma == "by" else None
    return agent is not None and agent.kind != "other"


def _naming(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """A verb of naming before the name it gives: "a group called Citizens for Kell"."""
    k = vg.last + 1
    return (
        vg.lemma in classes.naming
        and k < len(words)
        and (words[k].tag == "PROPN" or words[k].text in QUOTE_OPENERS)
    )


def present_participle(word: Word, classes: WordClasses) -> bool:
    """Whether the word is an "-ing" form of a verb: "fighting", "sheltering".

    Or an "-ing" word in no list that the tagger read as a verb ("guarding").
    """
    low = word.text.casefold()
    forms = classes.verbs.get(low)
    if forms is None:
        return word.tag == "VERB" and low.endswith("ing")
    return any(f.form == "ing" for f in forms)


def past_relative(
    words: Sequence[Word],
    ending: dict[int, Phrase],
    before: VerbGroup | None,
    j: int,
    classes: WordClasses,
    *,
    adjacent: bool = False,
) -> Phrase | None:
    """The walk has reached the verb before: the subject is its antecedent if it is relative.

    "Aides who spoke with the Kell Courier said": past the relative clause to "Aides". A
    relative clause with a subject of its own and no object (the object is the phrase it hangs
    on) ends right before the verb, ``adjacent`` (only adverbs and times between): "the farmers
    (that) the agency surveyed said".
    """
    if before is None or not before.first <= j <= before.last:
        return None
    found = antecedent(words, ending, before, classes)
    own = ending.get(before.first - 1)  # the relative clause's own subject
    if found is not None or own is None or own.first == 0 or not adjacent:
        return found
    k = own.first - 1
    if words[k].lemma in ("that", "whom"):
        return before_relative(words, ending, k)
    outer = ending.get(k)  # no relative pronoun: the two phrases stand side by side
    if outer is None or outer.kind == "pronoun" or outer.possessive:
        return None  # "Lund's aides ...": an owner, not a phrase a clause hangs on
    return outer


def object_before(
    words: Sequence[Word],
    phrase: Phrase,
    vg: VerbGroup,
    before: VerbGroup | None,
    classes: WordClasses,
) -> bool:
    """A singular phrase right after the verb before, and a plain present verb: "Lund say".

    A singular noun phrase cannot be the subject of "say", so it is the object of the verb
    before it ("People who know Lund say").
    """
    if before is None or phrase.first - 1 != before.last:
        return False
    if vg.first != vg.head or phrase.plural or phrase.conjuncts or phrase.kind == "pronoun":
        return False
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    return bool(forms) and all(f.form == "base" for f in forms)


def antecedent(
    words: Sequence[Word], ending: dict[int, Phrase], vg: VerbGroup, classes: WordClasses
) -> Phrase | None:
    """The phrase a relative clause that holds ``vg`` hangs on ("An aide who asked ...")."""
    k = vg.first - 1
    stop = max(0, k - 15)  # "An aide who asked not to be named said": back to "who"
    while k >= stop and words[k].text not in ASIDE_MARKS:
        if words[k].text.casefold() in classes.relatives or (
            words[k].lemma == "that" and k == vg.first - 1
        ):
            return before_relative(words, ending, k)
        k -= 1
    return None


def before_relative(words: Sequence[Word], ending: dict[int, Phrase], k: int) -> Phrase | None:
    """The phrase before the relative pronoun at ``k`` (and a comma): "officials (,) who"."""
    k -= 1
    if k >= 0 and words[k].text == ",":
        k -= 1
    return ending.get(k)


Described = tuple[VerbGroup, Phrase | None] | None


def described_subject(
    subject: Phrase | None, shares: bool, described: Described, starting: dict[int, Phrase]
) -> Phrase | None:
    """The subject of the verb right after a reduced relative: the noun it describes.

    "A minibus carrying farm workers plunged": not the participle's object ("farm workers"),
    nor nothing; a subject of its own past a comma stays ("In a report carried by the Post,
    the ministry said").
    """
    if described is None or described[1] is None or shares:
        return subject
    if subject is None or subject is starting.get(described[0].last + 1):
        return described[1]
    return subject
