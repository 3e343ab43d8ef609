"""What a verb of saying or thinking governs: the reported clause, quotation or thing.

:func:`read_content` finds it after the verb ("said (that) the toll rose", "pledged to support
X"), past what stands between ("said on Monday in a statement that ..."), or before the subject
when the verb closes the sentence ("The levee held, the utility said"). Small word tests too.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from .adverbials import adverbial_content, spoken_of
from .apposed import title_of
from .between import YEAR, number_ahead, past_modifiers
from .between import is_time as is_time
from .between import past_participle as past_participle
from .structure import DASHES, Phrase, Quote, VerbGroup, Word
from .words import WordClasses

ASIDE_MARKS = frozenset({",", *DASHES})
# Verbs whose first object is the hearer: "told reporters (that)", "assured allies".
HEARER_VERBS = frozenset("tell inform assure warn remind brief notify promise".split())
# Of those, the ones whose only object may be what was said: "promised a fair count".
_HEARER_OR_MESSAGE = frozenset({"promise", "warn"})
SENTENCE_END = frozenset({".", "!", "?", "\u2026"})
QUOTE_CLOSERS = frozenset({'"', "\u201d", "\u2019", "'"})
QUOTE_OPENERS = frozenset({'"', "\u201c", "\u2018", "'"})


def participle_at(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether ``words[k]`` is an "-ing" form only: "saying", "pushing"."""
    forms = classes.verbs.get(words[k].text.casefold())
    if forms is None:
        return words[k].tag == "VERB" and words[k].text.casefold().endswith("ing")
    return all(f.form == "ing" for f in forms)


def reports(word: Word, classes: WordClasses) -> bool:
    """Whether the word is a form of a verb that attributes (any class)."""
    return word.text.casefold() in classes.reporting


def read_content(
    words: Sequence[Word],
    starting: dict[int, Phrase],
    vg: VerbGroup,
    subject: Phrase | None,
    inverted: bool,
    quotes: Sequence[Quote],
    classes: WordClasses,
    aside: bool,
) -> tuple[int, int] | None:
    """What a verb of saying or thinking governs: after it, or before its subject."""
    n = len(words)
    k = vg.last + 1
    if k < n and vg.particle is None and (vg.lemma, words[k].lemma) in classes.other_phrasal:
        return None  # "add up to", "back down": another verb than the one that reports
    if not inverted and (topic := spoken_of(words, k, vg, subject, classes)) is not None:
        return topic  # "warned of floods", "complained about the noise, then left"
    if (
        not inverted
        and not _comment_after(words, subject, k, classes)
        and not _host_before(words, subject, vg, starting)
    ):
        k = _past_hearer(words, starting, vg, subject, k, classes)
        if not (
            k + 1 < n and words[k].lemma == "to" and _infinitive_noun(words, k + 1, vg, classes)
        ):
            k = past_modifiers(words, starting, k, classes)  # not "to" and a verb read as a noun
        if k + 1 < n and words[k].text.casefold() == "that" and words[k + 1].tag != "PUNCT":
            # "said that ...": whatever clause follows is what was said
            return (
                words[k + 1].start,
                words[_next_predicate(words, k + 1, _trim(words, n), starting, classes) - 1].end,
            )
        if k + 1 < n and words[k].lemma == "to" and _infinitive_at(words, k + 1, vg, classes):
            if vg.lemma in classes.no_infinitive:
                return None  # "said to be the worst": a passive report
            end = _next_predicate(words, k + 1, _trim(words, n), starting, classes)
            return (words[k].start, words[end - 1].end)  # "pledged to support X"
        # "..., the council said, pushing the count past 2,500": a clause of its own
        adjunct = k < n and k > vg.last + 1 and words[k - 1].text == ","
        adjunct = adjunct and participle_at(words, k, classes)
        ends = partial(_next_predicate, words, end=_trim(words, n), starting=starting)
        opened = None if aside else adverbial_content(words, k, vg.last, ends, classes)
        if opened is not None:
            return opened  # "said because the levy is popular, the council will keep it"
        counted = k < n and words[k].tag == "ADP" and number_ahead(words, k, vg, classes)
        if k < n and (_opens_content(words[k]) or counted) and not adjunct:
            quote = next((q for q in quotes if q.span[0] == words[k].start), None)
            if quote is not None:
                return quote.span
            end = _close_aside(words, k, classes) if aside else ends(k, classes=classes)
            closing = _set_off_before(words, subject) and any(
                w.text == "," for w in words[vg.last + 1 : k]
            )
            if closing and (
                not any(w.tag in ("VERB", "AUX") for w in words[k:end]) or _when(words, k)
            ):
                end = k  # "145 died, the junta said on Friday, among them 117 children": no
                # clause after the source, or a time ("..., hours after Varga toured the
                # island"), so what was said is before it
            if end > k:
                return (words[k].start, words[end - 1].end)
    return _content_before(words, starting, vg, (subject, inverted), quotes, classes)


def _content_before(
    words: Sequence[Word],
    starting: dict[int, Phrase],
    vg: VerbGroup,
    subject_of: tuple[Phrase | None, bool],
    quotes: Sequence[Quote],
    classes: WordClasses,
) -> tuple[int, int] | None:
    """What was said before the subject, set off: "The toll will rise, he said.".

    ``subject_of`` is the subject and whether it follows the verb ("'...,' said Lund": then
    what was said is before the verb).
    """
    subject, inverted = subject_of
    # set off by a comma, a dash or a closing quotation mark
    first = vg.first
    if subject is not None and not inverted:
        first = subject.owner.first if subject.owner is not None else subject.first
        first = _titled_first(words, starting, subject, first)
        if (
            first > 1
            and words[first - 1].lemma == "of"
            and _counts_people(words[first - 2], classes)
        ):
            first -= 2  # "..., one of its doctors said": the part opens the subject
    b = first - 1
    if b < 0:
        # "... missing.” Trump said.": the quotation that closed just before the sentence
        before_start = [q for q in quotes if 0 <= words[0].start - q.span[1] <= 3]
        return before_start[-1].span if before_start else None
    a = b - 2 if b > 1 and words[b - 1].text == "," else b - 1  # "the plan, which he praised"
    if b > 0 and words[b].lemma in ("that", "which") and a in ending_at(starting):
        # "the estimate of 2,500 that the president gave": what was given is the antecedent
        return ending_at(starting)[a].span
    closes = any(q.span[1] == words[b].end for q in quotes)  # '"Not yet,\u201c he said'
    if words[b].text not in (",", *DASHES, *QUOTE_CLOSERS) and not closes:
        return None
    while b >= 0 and words[b].text in (",", *DASHES):
        b -= 1
    if b < 0:
        return None
    quote = next((q for q in quotes if q.span[1] == words[b].end), None)
    return quote.span if quote is not None else (words[0].start, words[b].end)


def _infinitive_at(words: Sequence[Word], j: int, vg: VerbGroup, classes: WordClasses) -> bool:
    """Whether an infinitive opens at ``j``, after "to": "to support", "to immediately act".

    Also "to \u201cbring our fight\u201d" (a quotation that opens with the verb) and, after a
    verb of wanting or planning, which never takes "to" and a noun, a plain form read as a
    noun: "plans to focus on", "hopes to compete".
    """
    w = words[j]
    if w.tag in ("VERB", "AUX"):
        return True
    ahead = words[j + 1] if j + 1 < len(words) else None
    if ahead is not None and (w.tag == "ADV" or w.text in QUOTE_OPENERS):
        return ahead.tag in ("VERB", "AUX") or ahead.text.islower() and ahead.tag == "NOUN"
    thinks = any(
        f.klass == "cognition" for f in classes.verbs.get(words[vg.head].text.casefold(), ())
    )
    return thinks and w.tag == "NOUN" and w.text.islower() and not w.text.endswith("s")


def _infinitive_noun(words: Sequence[Word], j: int, vg: VerbGroup, classes: WordClasses) -> bool:
    """An infinitive at ``j`` that the words after "to" alone would read as a phrase."""
    return words[j].tag not in ("VERB", "AUX") and _infinitive_at(words, j, vg, classes)


def _host_before(
    words: Sequence[Word], subject: Phrase | None, vg: VerbGroup, starting: dict[int, Phrase]
) -> bool:
    """A source set off by commas after a clause that goes on past it: what was said is before.

    "It is his job, he said, to talk to them", "He found no taker, he said, on condition of
    anonymity": an infinitive or a prepositional phrase after the closing comma goes on with
    the clause before, not with the verb of saying ("said to talk" would be its infinitive).
    When no clause stands before ("The vote, a source said, is set") or what follows is a
    clause or a quotation of its own ("Asked why, Lund said, '...'"), it is read as usual.
    """
    if subject is None or subject.first < 2 or vg.last + 1 >= len(words):
        return False
    if words[subject.first - 1].text != "," or words[vg.last + 1].text != ",":
        return False
    after = words[vg.last + 2] if vg.last + 2 < len(words) else None
    if after is None or after.tag != "ADP":
        return False  # "When ..., he said, 'We ...'": what follows is what was said
    nouns = {k for p in starting.values() for k in range(p.first, p.last + 1)}
    return any(
        w.tag in ("VERB", "AUX") and k not in nouns  # "The vote, ...": a noun, not a verb
        for k, w in enumerate(words[: subject.first - 1])
    )


def _comment_after(
    words: Sequence[Word], subject: Phrase | None, k: int, classes: WordClasses
) -> bool:
    """A comment after a closing source: what was said is before the source.

    Verbless ("..., Kell Prefecture announced, 10 more than a day earlier"), a comparison with
    an earlier count ("..., the ministry said on Monday, up from 164 reported last week"), or a
    clause of its own ("..., the UN said on Friday, citing the Red Crescent, as rescuers dug",
    "..., the agency said on Monday, with 27 people still missing").
    """
    if subject is None or subject.first < 2 or words[subject.first - 1].text != ",":
        return False
    while k < len(words) and words[k].tag not in ("PUNCT", "VERB", "AUX"):
        k += 1  # past the saying's own modifiers: "said on Monday,"
    if k + 1 >= len(words) or words[k].text != ",":
        return False
    if words[k + 1].lemma in _COMPARING or _described_after(words, k + 1):
        return True
    after = words[k + 1]
    ing = after.tag == "VERB" and after.text.casefold().endswith("ing")  # "citing", "adding"
    if after.tag == "SCONJ" or after.lemma == "with" or ing:  # a clause of its own after it
        return any(w.tag in ("VERB", "AUX") for w in words[: subject.first - 1])
    rest = words[k:]
    if words[k + 1].lemma in classes.quantifiers or _part_of_them(words, k + 1):
        # a part of the count before: "many of them families whose homes were destroyed" has
        # no verb of its own
        for i, w in enumerate(rest):
            if w.lemma in _RELATIVES:
                rest = rest[:i]
                break
    return not any(w.tag in ("VERB", "AUX") or w.text in QUOTE_OPENERS for w in rest)


def _described_after(words: Sequence[Word], k: int) -> bool:
    """A noun phrase that sums up what was said: "..., an increase of 12 on the day".

    "..., officials said, a sign that the search is nearing its end".
    """
    if words[k].lemma not in ("a", "an"):
        return False
    j = k + 1
    while j < len(words) and j <= k + 3 and words[j].tag in ("NOUN", "ADJ", "VERB", "PROPN"):
        j += 1
    return j > k + 1 and j < len(words) and words[j].lemma in ("that", "of", "which")


def _part_of_them(words: Sequence[Word], k: int) -> bool:
    """A part of the count before at ``k``: "nearly 900 of them children", "41 of whom"."""
    for j in range(k, min(len(words) - 1, k + 4)):
        if words[j].lemma == "of" and words[j + 1].lemma in ("them", "whom"):
            return True
    return False


# The openers of a relative clause, whose verb is no verb of the phrase it describes.
_RELATIVES = frozenset({"who", "whom", "whose", "which", "where"})
# What opens a comparison with another count: "up from 164", "compared with 90 a week ago".
_COMPARING = frozenset({"up", "down", "compared", "against", "versus"})


def _opens_content(word: Word) -> bool:
    """A reported clause or quotation may open here: not a preposition, a conjunction, an end.

    "when", "because" and the other subordinators open an adverbial clause, not what was said;
    "whether" and "if" open a reported question ("asked whether ...").
    """
    if word.text in SENTENCE_END or word.tag in ("ADP", "CCONJ"):
        return False
    if word.tag == "SCONJ" and word.lemma not in ("whether", "if"):
        return False
    return word.tag != "PUNCT" or word.text in ('"', "\u201c", "'", "\u2018")


def _titled_first(
    words: Sequence[Word], starting: dict[int, Phrase], subject: Phrase, first: int
) -> int:
    """Where a named subject opens with the role it was given before it, set off by a comma.

    "..., the governor, Ana Lind, said": the subject is the name with its title from the role,
    so what was said ends before the role.
    """
    role = ending_at(starting).get(first - 2) if first > 1 else None
    if (
        role is None
        or words[first - 1].text != ","
        or role.kind != "role"
        or subject.title != title_of(role, bare=True)
    ):
        return first
    return role.owner.first if role.owner is not None else role.first


def ending_at(starting: dict[int, Phrase]) -> dict[int, Phrase]:
    """The same phrases keyed by their last word."""
    return {p.last: p for p in starting.values()}


def _past_hearer(
    words: Sequence[Word],
    starting: dict[int, Phrase],
    vg: VerbGroup,
    subject: Phrase | None,
    k: int,
    classes: WordClasses,
) -> int:
    """Where what was said starts past a hearer: "told reporters (that) ...".

    "promised a fair count": when nothing follows the only object of "promise" or "warn" and
    nothing stands before the subject, that object is what was said.
    """
    if vg.lemma not in HEARER_VERBS or k not in starting or _verb_at(words, starting[k].last + 1):
        return k
    after = starting[k].last + 1
    if (
        vg.lemma in _HEARER_OR_MESSAGE
        and past_modifiers(words, starting, after, classes) >= _trim(words, len(words))
        and not _set_off_before(words, subject)
    ):
        return k
    return after


def _counts_people(word: Word, classes: WordClasses) -> bool:
    """A word that counts a part of the people after "of": "one", "some", "two", "most"."""
    return word.tag == "NUM" or word.lemma in classes.quantifiers


def _when(words: Sequence[Word], k: int) -> bool:
    """A time that opens at ``k``: "hours after ...", "two days before ...", "shortly after"."""
    for w in words[k : k + 4]:
        if w.lemma in _WHEN:
            return True
        if w.tag not in ("DET", "NUM", "ADJ", "NOUN", "ADV"):
            return False
    return False


_WHEN = frozenset({"after", "before", "since", "until"})


def _set_off_before(words: Sequence[Word], subject: Phrase | None) -> bool:
    """Whether a comma, a dash or a closing quotation mark stands right before the subject."""
    if subject is None:
        return False
    b = (subject.owner.first if subject.owner is not None else subject.first) - 1
    return b >= 0 and words[b].text in (",", *DASHES, *QUOTE_CLOSERS)


def _verb_at(words: Sequence[Word], k: int) -> bool:
    return k < len(words) and words[k].tag in ("AUX", "VERB")


def _next_predicate(
    words: Sequence[Word],
    k: int,
    end: int,
    starting: dict[int, Phrase] | None = None,
    classes: WordClasses | None = None,
) -> int:
    """Where what a verb governs ends.

    At a second predicate of the same subject ("criticized the plan and says ..."), or at a
    clause joined after a comma or a semicolon ("said the dam held, but the mayor said ..."):
    the reported clause does not run on into the next statement.
    """
    for j in range(k + 1, end - 1):
        if (
            words[j].text == ","
            and starting is not None
            and classes is not None
            and _trailing_attribution(words, j + 1, end, starting, classes)
        ):
            return j  # "the council lists 1,779 missing, the spokesman said"
        if (
            words[j].text == ","
            and classes is not None
            and participle_at(words, j + 1, classes)
            and any(f.klass == "speech" for f in classes.verbs.get(words[j + 1].lemma, ()))
        ):
            return j  # "pointed to the levy, noting that ...": the speaker's next statement
        if words[j].text == ";" or (
            words[j].text == ","
            and words[j + 1].lemma
            in ("and", "but", "while", "whereas", "although", "though", "according", "citing")
            and not _more_said(words, j + 1, end)
        ):
            return j
        if words[j].tag == "CCONJ" and words[j].lemma in ("and", "but"):
            nxt = j + 1
            while nxt < end and words[nxt].tag == "ADV":
                nxt += 1
            if nxt < end and words[nxt].tag in ("VERB", "AUX") and words[j - 1].text != ",":
                if words[j].lemma == "but" or not _in_clause(words, k, j, nxt, starting, classes):
                    return j
    return end


def _main_verb_after(words: Sequence[Word], j: int, k: int, classes: WordClasses) -> bool:
    """A finite verb of saying right after a verb (not a noun: "the state records")."""
    if j <= k or words[j - 1].tag != "VERB" or words[j].tag != "VERB":
        return False
    if j - 2 >= 0 and words[j - 2].tag in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        return False
    forms = classes.verbs.get(words[j].text.casefold(), ())
    return any(f.klass and f.form in ("past", "third") for f in forms)


def _in_clause(
    words: Sequence[Word],
    k: int,
    j: int,
    verb: int,
    starting: dict[int, Phrase] | None,
    classes: WordClasses | None,
) -> bool:
    """Whether "and" + a verb at ``j`` goes on with the reported clause that opens at ``k``.

    "said he was proud of the team and expects to win": when what was said is a clause, a
    second verb is its own subject's ("he expects"), and what was said goes on; after a thing
    ("criticized the plan and said ...") it is the speaker's next predicate. A verb of saying
    that governs a "that" clause of its own is a statement of its own ("said she heard shots
    and suspected that ...").
    """
    # a verb of its own: "he is proud", not "the plan", nor "posts to staff, who review"
    i = k
    while i < j and words[i].tag not in ("VERB", "AUX"):
        if words[i].text == "," or words[i].lemma in _relatives(classes):
            return False
        i = starting[i].last + 1 if starting is not None and i in starting else i + 1
    if i >= j:
        return False
    after = verb + 1
    while after < len(words) and words[after].tag == "ADV":
        after += 1
    return not (
        classes is not None
        and reports(words[verb], classes)
        and after < len(words)
        and words[after].lemma == "that"
    )


def _relatives(classes: WordClasses | None) -> frozenset[str]:
    return classes.relatives if classes is not None else frozenset({"who", "which"})


def _more_said(words: Sequence[Word], k: int, end: int) -> bool:
    """Whether ", and" at ``k`` goes on with what was said: "and that ...", "and 2,174 people".

    A second "that" clause, or a count, is more of the same report; any other clause is the
    writer's own.
    """
    if words[k].lemma != "and" or k + 1 >= end:
        return False
    if words[k + 1].lemma == "that":
        return True
    for w in words[k + 1 : min(end, k + 5)]:
        if w.tag in ("VERB", "AUX", "PUNCT"):
            return False
        if w.tag == "NUM" and not YEAR.fullmatch(w.text):
            return True
    return False


def _trailing_attribution(
    words: Sequence[Word], k: int, end: int, starting: dict[int, Phrase], classes: WordClasses
) -> bool:
    """Whether a source and a verb of saying close the sentence here: ", the spokesman said"."""
    phrase = starting.get(k)
    j = phrase.last + 1 if phrase is not None else k
    while j < end and words[j].tag == "ADV":
        j += 1
    if j >= end or not reports(words[j], classes):
        return False
    if phrase is None:  # ", said the spokesman."
        return j + 1 < end and j + 1 in starting
    return True


def _close_aside(words: Sequence[Word], k: int, classes: WordClasses) -> int:
    """The end of a clause inside an aside: the comma or dash that closes it, or the main verb.

    "An aide who asked not to be named said ...": the main clause's verb of saying right after
    the aside's own verb ends it.
    """
    j = k
    while j < len(words) and words[j].text not in ASIDE_MARKS and words[j].text not in SENTENCE_END:
        if _main_verb_after(words, j, k, classes):
            break
        j += 1
    return j


def _trim(words: Sequence[Word], n: int) -> int:
    end = n
    while end > 0 and words[end - 1].text in SENTENCE_END:
        end -= 1
    return end
