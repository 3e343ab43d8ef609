"""The one clause reader: verb groups, their subjects, and the clause or quotation they govern.

A verb group is a run of auxiliaries, negations and adverbs ending in a verb ("has not yet
said", "will be asked"). Its subject is the noun phrase before it, past what may stand between
a subject and its verb: adverbs, a time ("on Monday", "last week"), an aside between commas
("The Red Cross, however, said", "Powell's office, when contacted, said", "Samantha Li, the
city's director, said"), a party tag in brackets, a relative pronoun ("officials who said").
With no subject before it, a verb that follows a quotation or a comma takes the phrase after it
("'...,' said the official"); a second predicate joined by "and" shares the subject of the
first ("The governor toured the site and said ..."). What a verb of saying or thinking governs
(its content) is what follows it ("that", an indirect object and a colon skipped), or, when
nothing follows, what comes before its subject ("'...,' she said.").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .apposed import named_apposition, with_owner_first
from .asides import (
    aside_start,
    back_to,
    floats_after_aside,
    is_aside,
    judges,
    listed_aside,
    relative_opening,
)
from .comparatives import compared_content, compared_subject
from .content import (
    ASIDE_MARKS,
    is_time,
    participle_at,
    read_content,
    reports,
)
from .control import bare_participle, controlled_subject, participle_subject, shared_subject
from .datelines import dateline_end
from .edges import described
from .inverted import inverted_subject, said_after_clause
from .relatives import (
    Described,
    antecedent,
    before_relative,
    described_subject,
    object_before,
    past_relative,
    present_participle,
    reduced_relative,
)
from .structure import DASHES, Clause, ClauseKind, Phrase, Quote, Tense, VerbGroup, Word
from .words import WordClasses

# How far left of a verb its subject may stand, in words.
_REACH = 40
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
_PAST_AUXILIARIES = frozenset({"had", "was", "were", "did"})
_PERFECT = frozenset({"has", "have"})  # "has said": past, as "had said" is


def verb_groups(
    text: str, words: Sequence[Word], inside: Sequence[bool], classes: WordClasses
) -> tuple[VerbGroup, ...]:
    """Every verb group of a sentence; ``inside[k]`` is true for words inside a noun phrase."""
    out: list[VerbGroup] = []
    k, n = 0, len(words)
    while k < n:
        w = words[k]
        if inside[k] or w.tag not in ("AUX", "VERB", "PART"):
            k += 1
            continue
        start = k
        j = k
        head = -1
        while j < n and not inside[j]:
            t = words[j].tag
            if t == "VERB":
                head = j
                j += 1
                break
            if t in ("AUX", "PART") or (t == "ADV" and j > start):
                if t == "AUX":
                    head = j
                j += 1
                continue
            break
        if head < 0:
            k = j if j > k else k + 1
            continue
        out.append(_group(text, words, start, head, classes))
        k = head + 1
    return tuple(out)


def _group(
    text: str, words: Sequence[Word], start: int, head: int, classes: WordClasses
) -> VerbGroup:
    lows = [w.text.casefold() for w in words[start : head + 1]]
    negated = any(low in classes.negations or low.endswith(("n't", "n\u2019t")) for low in lows)
    modal = next((low for low in lows if low in classes.modals), None)
    head_low = lows[-1]
    forms = classes.verbs.get(head_low, ())
    form = forms[0].form if forms else ("past" if head_low.endswith("ed") else "base")
    passive = form in ("past", "participle") and not BE_FORMS.isdisjoint(lows[:-1])
    tense: Tense
    if modal in ("will", "'ll", "\u2019ll", "shall"):
        tense = "future"
    elif form == "past" or not _PAST_AUXILIARIES.isdisjoint(lows):
        tense = "past"
    elif form in ("past", "participle") and not _PERFECT.isdisjoint(lows):
        tense = "past"
    else:
        tense = "present"
    particle = None
    lemma = words[head].lemma
    if head + 1 < len(words):
        nxt = words[head + 1].text.casefold()
        if nxt in classes.phrasal.get(lemma, ()):
            particle = nxt
    last = head + 1 if particle else head
    span = (words[start].start, words[last].end)
    return VerbGroup(
        span, text[span[0] : span[1]], start, last, head, lemma, negated=negated, modal=modal,
        tense=tense, passive=passive, particle=particle,
    )  # fmt: skip


def read_clauses(
    words: Sequence[Word],
    phrases: Sequence[Phrase],
    verbs: Sequence[VerbGroup],
    quotes: Sequence[Quote],
    classes: WordClasses,
    span: tuple[int, int],
) -> tuple[Clause, ...]:  # noqa: ARG001
    """A clause per verb group, with its subject, objects and content."""
    ending: dict[int, Phrase] = {}
    starting: dict[int, Phrase] = {}
    opening = dateline_end(words)
    for phrase in phrases:
        if phrase.first > opening:  # a dateline ("LIMA, Peru (AP) —") is never a subject
            ending[phrase.last] = phrase
            starting[phrase.first] = phrase
    out: list[Clause] = []
    grouped = frozenset(k for v in verbs for k in range(v.first, v.last + 1))
    described: Described = None  # the last reduced relative and the noun it describes
    for i, vg in enumerate(verbs):
        later = verbs[i + 1] if i + 1 < len(verbs) else None
        if reduced_relative(words, vg, ending, starting, classes, later):
            # "said in a report released on Monday": the participle describes the report
            span = (words[vg.first].start, words[vg.last].end)
            out.append(Clause(span, "relative", vg, parent=len(out) - 1 if out else None))
            if present_participle(words[vg.head], classes):  # "a group called X" names it
                described = (vg, ending.get(vg.first - 1))
            continue
        if bare_participle(words, vg, classes):
            subject, shares = participle_subject(words, vg, out, starting, classes)
        else:
            subject, shares = _subject(words, ending, vg, classes, verbs[i - 1] if i else None)
            if subject is None and not shares:  # "went on to say", "led Ruiz to declare"
                subject = controlled_subject(words, vg, out, starting, classes)
        subject, described = described_subject(subject, shares, described, starting), None
        inverted_after = (
            inverted_subject(words, starting, vg, classes)
            if said_after_clause(words, vg, out, (subject, shares), ending, classes)
            else None
        )
        if inverted_after is not None:
            subject, shares = inverted_after, False
        elif shares and out:
            # the nearest clause before with a subject of its own: "X called on Y to take back
            # his words and said ..." shares X's, not the infinitive's
            subject = shared_subject(words, vg, out, classes)
        elif shares and words[vg.first - 1].text == "," and vg.first > 1:
            # "The Courier, citing officials, reported": the subject the aside interrupts
            subject = ending.get(vg.first - 2)
            subject = subject if subject is not None and subject.first == 0 else None
        inverted = inverted_after is not None
        if subject is None and vg.passive is False:
            subject = inverted_subject(words, starting, vg, classes)
            inverted = subject is not None
        kind = _kind(words, vg, classes, grouped)
        obj = starting.get(vg.last + 1)
        objects = (obj,) if obj is not None else ()
        content = None
        says = reports(words[vg.head], classes) or (
            vg.particle is not None and (vg.lemma, vg.particle) in classes.phrasal_class
        )
        if says:
            aside = kind == "relative" or _in_aside(words, vg, classes)
            content = read_content(words, starting, vg, subject, inverted, quotes, classes, aside)
            content = content or compared_content(words, subject)  # "... than aides say"
        parent = len(out) - 1 if kind != "main" and out else None
        out.append(
            Clause(
                (words[vg.first].start, words[vg.last].end),
                kind,
                vg,
                subject,
                objects,
                content,
                parent,
                shares,
            )  # fmt: skip
        )
    return tuple(out)


def _finite(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """Whether a verb group can stand with a subject: not a bare participle ("given by")."""
    if vg.first != vg.head:
        return True
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    return not forms or any(f.form in ("base", "third", "past") for f in forms)


def _in_aside(words: Sequence[Word], vg: VerbGroup, classes: WordClasses) -> bool:
    """Whether the verb stands in a stretch opened by a comma after a noun: ", who said".

    A participle after the predicate is no aside: "The ministry gave a toll on Friday, saying
    400 had died, most of them in Kell" runs to the end; "The minister, saying ..., called"
    sets one off between its subject and its verb.
    """
    j = vg.first - 1
    while j >= 0 and j >= vg.first - 4:
        if words[j].text in ASIDE_MARKS:
            if j + 1 == vg.first and not participle_at(words, vg.first, classes):
                return False  # "Ruiz, the mayor, said": the comma closes what the subject set off
            if j + 1 == vg.first and any(w.tag in ("VERB", "AUX") for w in words[:j]):
                return False
            return j > 0 and words[j - 1].tag in ("NOUN", "PROPN")
        j -= 1
    return False


def _kind(
    words: Sequence[Word], vg: VerbGroup, classes: WordClasses, grouped: frozenset[int]
) -> ClauseKind:
    """The kind of the clause of ``vg``, from the word that opens it.

    ``grouped``: the indexes of the words in verb groups.
    """
    j = vg.first - 1
    coordinated = False
    while j >= 0 and j >= vg.first - 6:
        low = words[j].text.casefold()
        if words[j].tag == "PUNCT":
            if low in DASHES:  # one that closes a pair ends the aside: "Lund — who ... — said"
                return "main" if sum(w.text in DASHES for w in words[:j]) % 2 else "parenthetical"
            return "parenthetical" if low == "(" else "main"
        if words[j].tag == "CCONJ":
            coordinated = True  # "who has seen them but would say": one relative clause
        elif j in grouped and not coordinated:
            return "main"  # "Aides who spoke with X said": "who" is the other verb's
        if low in classes.relatives:
            return "relative"
        if low in classes.subordinators and words[j].tag != "CCONJ":  # not "as well as"
            return "adverbial"
        if low in classes.complementizers:
            return "complement"
        j -= 1
    return "main"


def _subject(
    words: Sequence[Word],
    ending: dict[int, Phrase],
    vg: VerbGroup,
    classes: WordClasses,
    before: VerbGroup | None,
) -> tuple[Phrase | None, bool]:
    """The subject of ``vg`` and whether it is shared with the predicate before."""
    j = vg.first - 1
    stop = max(-1, vg.first - _REACH)
    found, shares = _subject_walk(words, ending, vg, classes, before, j, stop)
    return found, shares


def _subject_walk(
    words: Sequence[Word],
    ending: dict[int, Phrase],
    vg: VerbGroup,
    classes: WordClasses,
    before: VerbGroup | None,
    j: int,
    stop: int,
) -> tuple[Phrase | None, bool]:
    """Walk left from ``j`` past what may stand between a subject and its verb."""
    apposition: Phrase | None = None
    attached: tuple[int, int] | None = None  # a prepositional phrase after the subject
    members: Phrase | None = None  # the phrase of an "of" right after the subject
    reach = 0  # the end of the prepositional phrases after the subject, once walked past
    while j > stop:
        low = words[j].text.casefold()
        phrase = ending.get(j)
        skipped = _skipped(words, ending, j, stop, classes) if phrase is None else None
        if skipped is not None:
            j = skipped
            continue
        if low in ASIDE_MARKS:
            k = listed_aside(words, ending, j, stop, aside_start(words, j, stop, classes))
            k = relative_opening(words, k, stop, classes)  # ", who founded X, a group in Y,"
            if k is not None and apposition is None:
                apposition = _apposed(ending, j, k)
            if (
                k is None
                and low == ","
                and not _then(words, j, vg)
                and j - 1 in ending
                and (before is None or before.last < j - 1 or before.first > j)
                and _finite(words, vg, classes)
            ):
                j -= 1  # "Gov. Lund (R-Ore.), said": a comma between a subject and its verb
                if before is None or ending[j].first > before.last or before.first > j:
                    continue
            if k is None:
                # "visited the camp, praised the volunteers": one of a list of predicates
                return None, before is not None and before.last < j and low == ","
            j = k - 1
            continue
        if low in classes.relatives or (low == "that" and j - 1 in ending):
            return before_relative(words, ending, j), False
        if low in ("and", "but") and before is not None and before.last < j:
            return None, True
        if phrase is None:
            return past_relative(words, ending, before, j, classes, adjacent=not reach), False
        if floats_after_aside(words, phrase, j, stop, classes):
            j -= 1  # "The two leaders, Lind and Varga, both said": the quantifier floats
            continue
        if object_before(words, phrase, vg, before, classes):
            j = phrase.first - 1  # "People who know Lund say": "Lund" is the object of "know"
            continue
        if is_aside(words, phrase, ending):
            j = phrase.first - 2  # past the comma that opens it
            continue
        if is_time(words, phrase):
            j = phrase.first - 1
            if j > stop and words[j].tag == "ADP":
                j -= 1
            continue
        first = with_owner_first(phrase)
        if compared_subject(words, phrase, first, vg, before):
            return phrase, False  # "got less credit than aides say": the aides say
        if first > 1 and words[first - 1].tag == "ADP":
            # "officials in the capital said", "75 percent of voters say", "aides to the
            # mayor say": the phrase the preposition hangs on.
            reach = reach or phrase.span[1]  # where what hangs on the subject ends
            if words[first - 1].lemma in ("of", "for", "at", "with") and attached is None:
                attached = (words[first - 1].start, phrase.span[1])
                members = phrase if words[first - 1].lemma == "of" else None
            j = first - 2
            continue
        if members is not None and _gathers(words, phrase, members, classes):
            return members, False  # "A coalition of some 30 senators said": the senators
        found = _found(words, ending, phrase, classes, before, apposition, attached, reach)
        return found, False
    return None, False


def _then(words: Sequence[Word], j: int, vg: VerbGroup) -> bool:
    """A comma, an adverb of time and the verb: ", then says", ", later said".

    A predicate of its own, where ", strongly endorsed by" describes the phrase before.
    """
    adverb = words[j + 1]
    return j + 2 == vg.first and adverb.tag == "ADV" and not adverb.text.endswith("ly")


def _skipped(
    words: Sequence[Word], ending: dict[int, Phrase], j: int, stop: int, classes: WordClasses
) -> int | None:
    """Where the subject walk goes on past a word that is no phrase of its own, or None."""
    low = words[j].text.casefold()
    if (
        words[j].tag == "ADV"
        or low in classes.negations
        or _bare_participle(words, j, ending, classes)
        or (j - 1 in ending and described(words, j))  # "a person familiar with the plan said"
    ):
        return j - 1  # an adverb; "a report published Wednesday said": past the participle
    if low == ")":
        return back_to(words, j, "(", stop)
    if low in ("and", "or") and words[j + 1].tag == "ADP" and j - 1 in ending:
        return j - 1  # "officials in the ministry and at the council said": one subject's places
    if low in ("both", "all", "each") and j - 1 in ending and j not in ending:
        return j - 1  # "Lind and Ruiz both said": a quantifier floated after its subject
    return None


def _apposed(ending: dict[int, Phrase], j: int, k: int) -> Phrase | None:
    """The phrase that fills the aside from ``k`` to ``j``, if it can be an apposition.

    "the WHO's representative, Dr. Omar Farah, said" (the name in the aside) or "Ana Lund, the
    region's governor, said" (the title in the aside).
    """
    named = ending.get(j - 1)
    if named is not None and with_owner_first(named) == k + 1 and named.kind in _APPOSITIVE:
        return named
    return None


def _gathers(words: Sequence[Word], phrase: Phrase, members: Phrase, classes: WordClasses) -> bool:
    """Whether ``phrase`` gathers the people right after its "of", so that they act.

    "a group of residents", "dozens of families", "a coalition of 30 senators".
    """
    head = words[phrase.head].lemma
    counted = phrase.first == phrase.last and words[phrase.head].tag == "NUM"  # "Two of the"
    return (
        (head in classes.collectives or head in classes.quantifiers or counted)
        and with_owner_first(members) == phrase.last + 2
        and (members.plural or members.kind in ("group", "name", "organization"))
    )


def _found(
    words: Sequence[Word],
    ending: dict[int, Phrase],
    phrase: Phrase,
    classes: WordClasses,
    before: VerbGroup | None,
    apposition: Phrase | None,
    attached: tuple[int, int] | None,
    reach: int,
) -> Phrase | None:
    """The subject, once the walk has reached the phrase before the verb."""
    if (
        before is not None
        and before.last == phrase.first - 1
        and (
            not reports(words[before.head], classes)
            or words[before.first - 1].lemma == "to"
            or judges(words, before, classes)  # "who have praised his plan warned"
        )
    ):
        # The object of a verb before: "officials who visited the site said" (the
        # relative's antecedent), else no subject of ours.
        return antecedent(words, ending, before, classes)
    if apposition is not None and words[with_owner_first(apposition) - 2].end in (
        phrase.span[1],
        reach,
    ):
        # the apposition right after the phrase (and what hangs on it), set off by its comma:
        # "the WHO's representative in Sudan, Dr. Nima Abid, said"
        named = named_apposition(words, phrase, apposition)
        if named is not None:
            return named
    if attached is not None and phrase.kind == "name" and phrase.span[1] < attached[0]:
        # "Inspector Lena Moss of the national police": the body goes with the title
        body = _span_text(words, attached)
        honorific = (phrase.title or "").casefold() in classes.honorifics  # "Dr." of Tarn
        title = f"{phrase.title} {body}" if phrase.title and not honorific else body
        return replace(phrase, title=title)
    return phrase


_APPOSITIVE = frozenset({"name", "role", "organization"})


def _bare_participle(
    words: Sequence[Word], j: int, ending: dict[int, Phrase], classes: WordClasses
) -> bool:
    """A participle right after a noun, with no auxiliary.

    "a report published ...", "the man speaking at the rally ...". Not the verb of a relative
    clause whose subject the noun is: "the farmers (that) the agency surveyed said".
    """
    if words[j].tag != "VERB" or j - 1 not in ending:
        return False
    k = ending[j - 1].first - 1
    by = j + 1 < len(words) and words[j + 1].lemma == "by"  # "directors contacted by CNN"
    if not by and k >= 0 and words[k].lemma in ("that", "whom"):
        return False
    if not by and k in ending and not is_time(words, ending[k]) and not ending[k].possessive:
        return False  # "Farmers the agency surveyed said", not "the IG's report issued in May"
    forms = classes.verbs.get(words[j].text.casefold())
    if forms is None:
        return words[j].text.casefold().endswith(("ed", "ing"))
    return any(f.form in ("past", "participle", "ing") for f in forms)


def _span_text(words: Sequence[Word], span: tuple[int, int]) -> str:
    """The words inside ``span``, joined by single spaces."""
    return " ".join(w.text for w in words if span[0] <= w.start and w.end <= span[1])
