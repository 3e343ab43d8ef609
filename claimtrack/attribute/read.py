"""Attributions read from sentence structure: who said, thought or found what, by which cue.

An attribution is one of:

- a clause whose verb says, thinks or finds (``data/verbs.toml``: speech, cognition, evidence)
  with a subject that can be a source and a content it governs: "The agency said 40 died",
  "'We will rebuild,' the mayor said", "a poll released Tuesday found ...";
- "according to X" (and the other ``reporting.according`` phrases) with the clause it stands in
  (:mod:`.according`);
- a source and a colon ("The minister's reply: 'We were not told.'", a headline's "Ruiz: Dam
  Will Hold"): :mod:`.colon`.

The source is the clause's subject phrase (any parser's: see :mod:`claimtrack.syntax`); a
coordinated subject gives one attribution per conjunct. Coreference is the caller's: this
module says which phrase, not which person.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from ..lexicon import Lexicon
from ..model import Span
from ..syntax.apposed import titled_at_end, with_owner_first
from ..syntax.clauses import BE_FORMS
from ..syntax.structure import Clause, Phrase, SentenceParse, VerbGroup
from ..syntax.words import WordClasses, word_classes
from .according import (
    according_mentions,
    according_table,
    document_heads,
    opens_clause,
    owner_of,
)
from .colon import colon_mentions, transcript_turns
from .contents import expected, thinks
from .given import given_back
from .inverted import comma_inverted
from .mention import AttributionMention
from .nesting import outermost
from .objects import counted, other_sense, says_something
from .parenthetical import parenthetical_sources
from .participles import participle_subject
from .passives import agent, passive_by
from .questions import asked_aside, question, question_verbs

# A subject that is a time, a place word alone or an expletive is no source.
_ANYONE = frozenset(
    "someone somebody everyone everybody anyone anybody nobody one half none each".split()
)
_NOT_SOURCES = frozenset({"it", "this", "that", "there", "what", "which", "these", "those"})
# Nouns of a count whose owner is its source: "the agency's official count stood at 1,774".
_COUNT_HEADS = frozenset("count tally toll figures figure data estimate estimates records".split())
# What a participle after a closing source may carry on: "..., bringing the total to 12,850".
_TALLIES = _COUNT_HEADS | {"total", "number"}


def find_attribution_mentions(
    text: str, parses: Sequence[SentenceParse], lexicon: Lexicon
) -> list[AttributionMention]:
    """Every attribution of the parsed sentences, in order of their cues."""
    classes = word_classes(lexicon)
    according = lexicon.memo("attribute.according", according_table)
    asking = lexicon.memo("attribute.asking", question_verbs)
    citing = frozenset(c.casefold() for c in lexicon.reporting.citing)
    documents = document_heads(lexicon)
    # owners of a count that tell it to no one: an event ("the storm's toll"), a place noun
    # ("the town's toll"; but a named place is its government: "Kell's toll rose")
    events = lexicon.memo(
        "attribute.events",
        lambda lex: frozenset(
            w.casefold()
            for w in (
                *lex.numbers.context.get("events", ()),
                *lex.numbers.context.get("places", ()),
                *lex.places.anaphoric,
            )
        ),
    )
    out: list[AttributionMention] = []
    turns = transcript_turns(text, parses)
    for index, parse in enumerate(parses):
        found: list[AttributionMention] = [turns[index]] if index in turns else []
        for clause in parse.clauses:
            found.extend(_from_clause(text, parse, clause, classes, asking, documents))
            found.extend(question(text, parse, clause, asking))
            found.extend(passive_by(text, parse, clause, classes, asking))
        found.extend(according_mentions(text, parse, according, classes, citing, documents))
        found.extend(_owned_counts(parse, classes, events))
        found.extend(parenthetical_sources(parse))
        if index > 0:  # "Health Minister Ana Ruiz gave the updated figures": the sentence before
            found.extend(given_back(parse, parses[index - 1].span, classes, documents))
        found.extend(colon_mentions(parse, classes.times, headline=index == 0))
        taken: set[tuple[Span, Span | None]] = set()
        kept: list[AttributionMention] = []
        for mention in sorted(found, key=lambda m: m.cue):
            if mention.content is not None and mention.content[0] >= mention.content[1]:
                continue  # a reading that went wrong must not become a claim
            key = (mention.cue, mention.source.span if mention.source else None)
            if key not in taken:
                taken.add(key)
                kept.append(mention)
        out += outermost(kept, parse.quotes)
    return _continued(text, parses, out)


def _continued(
    text: str, parses: Sequence[SentenceParse], mentions: list[AttributionMention]
) -> list[AttributionMention]:
    """Quotations that go on after their speaker is named belong to the same statement.

    '"The dam held," Lund said. "We were lucky."': the second quotation, opening the next
    sentence (or, as news writes a long quotation, the next paragraph) with no source of its
    own, is Lund's too; the content runs on to its end.
    """
    starts = [p.span[0] for p in parses]
    cued = {bisect.bisect_right(starts, m.cue[0]) - 1 for m in mentions}
    out: list[AttributionMention] = []
    for mention in mentions:
        content = mention.content
        if content is None or not mention.direct:
            out.append(mention)
            continue
        k = bisect.bisect_right(starts, mention.cue[0]) - 1
        end = content[1]
        while k + 1 < len(parses) and k + 1 not in cued:
            nxt = parses[k + 1]
            opening = next((q for q in nxt.quotes if q.span[0] == nxt.span[0]), None)
            gap = text[max(end, parses[k].span[1]) : nxt.span[0]]
            if opening is None or gap.count("\n") > 2 or gap.strip():
                break
            end = max(end, opening.span[1])
            k += 1
        out.append(replace(mention, content=(content[0], end)) if end > content[1] else mention)
    return out


def cue_words(lexicon: Lexicon) -> frozenset[str]:
    """Words (case-folded) one of which a sentence must hold to have an attribution."""
    return lexicon.memo("attribute.cue_words", _cue_words)


def _cue_words(lexicon: Lexicon) -> frozenset[str]:
    classes = word_classes(lexicon)
    forms = {form for form, found in classes.verbs.items() if any(f.klass for f in found)}
    forms |= {head for head, _ in classes.phrasal_class}
    return frozenset(forms | set(according_table(lexicon)) | {":"})


def _from_clause(
    text: str,
    parse: SentenceParse,
    clause: Clause,
    classes: WordClasses,
    asking: frozenset[str],
    documents: frozenset[str],
) -> list[AttributionMention]:
    vg = clause.verb
    if vg is None or clause.content is None or asked_aside(parse, clause, asking):
        return []  # "Lind, asked about his record, said": Lind was asked
    if vg.passive:
        return expected(text, parse, clause, classes)  # "Lund is expected to win": no one's
    if agent(parse, clause, classes) is not None:
        return []  # "The levy, opposed by most farmers, was dropped": the farmers' (.passives)
    head = parse.words[vg.head]
    forms = classes.verbs.get(head.text.casefold(), ())
    klass = next((f.klass for f in forms if f.klass is not None), None)
    if vg.particle is not None:
        klass = classes.phrasal_class.get((vg.lemma, vg.particle), klass)
    subject, content = participle_subject(parse, clause, classes), clause.content
    if (turned := comma_inverted(parse, clause, classes)) is not None:
        subject, content = turned  # "The town was white, said Ana Ruiz, a historian"
    if subject is not None and subject.first > vg.last:  # '"...," said Lund, the mayor.'
        subject = titled_at_end(parse.words, parse.phrases, subject)
    if klass is None or subject is None or not _source(subject, klass, parse, documents):
        return []
    if klass == "cognition" and subject.kind == "pronoun" and subject.text.casefold() in _WRITER:
        return []  # "I think", "you know" outside a quotation: the writer or the reader
    if subject.first > 0 and parse.words[subject.first - 1].lemma == "what":
        after = parse.words[vg.last + 1] if vg.last + 1 < len(parse.words) else None
        if after is None or after.tag != "AUX":
            return []  # "what she calls 'real solutions'": a name for something, not a statement
        # "what many analysts said was a sign of ...": a statement; its content is what follows
    cue = (head.start, parse.words[vg.last].end)
    if content[0] <= cue[0] < content[1]:
        return []
    if content[1] - content[0] < 2 and not text[content[0]].isdigit():
        return []  # (a gapped count may be one digit: "and the Red Crescent 8")
    if _predicate_after_aside(parse, vg, content):
        return []  # "The plan, announced Friday, would cut taxes": the plan was announced
    direct = text[content[0] : content[0] + 1] in _QUOTE_OPENERS
    if klass == "count" and not _counted(parse, content):
        return []  # "put pressure on", "raised concerns": no count ("put the toll at six" is)
    if klass == "count" and _passive(parse, vg, classes):
        return []  # "the toll was put at 40": no one named puts it
    if klass == "quoting" and not direct:
        return []  # "continued to rise", "spoke at a rally": no quotation, no statement
    if other_sense(parse, vg.lemma, content, classes):
        return []  # "the floods claimed 45 lives": a toll, not a claim
    lemma = f"{vg.lemma} {vg.particle}" if vg.particle else vg.lemma
    if klass == "cognition" and not thinks(parse, vg, classes):
        return []  # "a liberal think tank", "the hacker known as": no one thinks
    if (
        klass == "cognition"
        and subject.first == subject.last
        and parse.words[subject.head].tag == "NUM"
    ):
        return []  # "in 2026, which worries its leaders": a year thinks nothing
    if (klass == "evidence" or lemma in classes.clause_only) and not (
        says_something(text, parse, content)
    ):
        if klass == "evidence" and counted(parse, content):
            klass = "count"  # "the figures show 40 deaths": a count, and the figures its source
        elif klass != "evidence" or parse.words[subject.head].text.casefold() not in documents:
            return []  # "needs money", "maintained a lead": a thing, not a thought or a statement
    direct = text[content[0] : content[0] + 1] in ('"', "\u201c")
    sources = tuple(owner_of(s, parse, documents) for s in (subject.conjuncts or (subject,)))
    more = _goes_on(parse, vg.last) if content[1] <= cue[0] else _interrupted(parse, subject)
    site = _relative_site(parse, subject, vg.first, classes)
    return [AttributionMention(s, cue, content, direct, klass, more, site) for s in sources]


def _predicate_after_aside(parse: SentenceParse, vg: VerbGroup, content: Span) -> bool:
    """A bare participle set off by commas whose "content" is the sentence's own predicate.

    "The new plan, announced Friday, would cut taxes": what follows the closing comma opens
    with a verb, so the participle is an aside about the plan, which announced nothing.
    """
    words = parse.words
    if vg.first != vg.head or vg.first < 2 or words[vg.first - 1].text != ",":
        return False
    if words[vg.head].text.endswith("ing"):
        return False  # "Lee, writing in the Courier, shared those views": Lee's words
    k = next((i for i in range(vg.last + 1, len(words)) if words[i].start >= content[0]), None)
    return k is not None and words[k - 1].text == "," and words[k].tag in ("AUX", "VERB")


def _passive(parse: SentenceParse, vg: VerbGroup, classes: WordClasses) -> bool:
    """A form of "be" before a verb that can be a participle: "was put", "has been set"."""
    words = parse.words
    forms = classes.verbs.get(words[vg.head].text.casefold(), ())
    return any(f.form in ("past", "participle") for f in forms) and any(
        w.lemma == "be" or w.text.casefold() in BE_FORMS for w in words[vg.first : vg.head]
    )


def _relative_site(
    parse: SentenceParse, subject: Phrase, first: int, classes: WordClasses
) -> Span | None:
    """The relative pronoun that stands for the subject at its verb: "Jeb Bush, who said"."""
    words = parse.words
    k = subject.last + 1
    if k < first and words[k].text == ",":
        k += 1
    if k + 1 == first and words[k].lemma == "that" and words[subject.last].tag != "VERB":
        return words[k].start, words[k].end  # "the college that promised": "that" stands for it
    if k < first and words[k].lemma in classes.relatives and words[k].lemma != "which":
        # "Ed Dorn, who is running for mayor, said": the relative clause has a verb of its
        # own, and the cue's subject is the name
        if any(v.first < first and v.first > k for v in parse.verbs):
            return None
        return words[k].start, words[k].end
    return None


def _goes_on(parse: SentenceParse, last: int) -> Span | None:
    """What a closing source goes on to say: a count after ", and" or ", while", its parts, a tally.

    "The toll rose to 5,489, an official said, and almost 11,000 people had been injured";
    "..., the officials said, while nine people died in Hallen"; "..., the authority said,
    bringing the total to 12,850".
    """
    words = parse.words
    k = last + 1
    while k < len(words) and words[k].text != "," and words[k].tag not in ("VERB", "AUX"):
        k += 1  # past the verb's own modifiers: "on Monday", "in a statement"
    if k + 2 >= len(words) or words[k].text != ",":
        return None
    end = len(words)
    while end > k + 2 and not words[end - 1].text[:1].isalnum():
        end -= 1
    rest = (words[k + 1].start, words[end - 1].end)
    if words[k + 1].text.casefold().endswith("ing") and any(
        w.text.casefold() in _TALLIES for w in words[k + 2 : k + 5]
    ):
        return rest  # "..., the authority said, bringing the total to 12,850"
    if words[k + 1].text.casefold() not in ("and", "while", "including", "among", "with"):
        return None  # "..., the junta said, among them 117 children": a part of the count
    for w in words[k + 2 : k + 6]:
        if w.tag in ("VERB", "AUX", "PUNCT"):
            return None
        if w.tag == "NUM":
            return rest
    return None


def _counted(parse: SentenceParse, content: tuple[int, int]) -> bool:
    """Whether what a count verb governs holds a count.

    A numeral, or a number in words up to four words after "at", or after "to" on a count's
    noun: "put the toll at six", "at more than a dozen", "raised the toll to nine"; not "gives
    her two wins to one".
    """
    words = parse.words

    def in_words(k: int) -> bool:
        for j in range(k - 1, max(-1, k - 5), -1):
            if words[j].lemma == "at":
                return True
            if words[j].lemma == "to":
                return j > 0 and words[j - 1].text.casefold() in _TO_COUNT
        return False

    return any(
        w.text[:1].isdigit() or (w.tag == "NUM" and in_words(k))
        for k, w in enumerate(words)
        if content[0] <= w.start and w.end <= content[1]
    )


# The nouns of a count that a number follows after "to": "raised the toll to nine".
_TO_COUNT = _COUNT_HEADS | {"number", "dead", "death"}


def _owned_counts(
    parse: SentenceParse, classes: WordClasses, events: frozenset[str]
) -> list[AttributionMention]:
    """A count owned by a body, whatever its verb: "the agency's official count stood at 1,774".

    The owner is the source of the figures in the rest of the clause (a count, no statement);
    an event owns the count it caused, no source: "the storm's death toll rose to 133"; and so
    does a place named by its kind: "the town's toll stood at 41".
    """
    words = parse.words
    out: list[AttributionMention] = []
    for clause in parse.clauses:
        subject, vg = clause.subject, clause.verb
        if subject is None or vg is None or clause.content is not None:
            continue
        head = words[subject.head]
        if head.text.casefold() not in _COUNT_HEADS or vg.first <= subject.last:
            continue
        if subject.owner is None:  # "The toll, provided by the disaster agency, rose to 1,234"
            maker = _made_by(parse, subject)
            subject = replace(subject, owner=maker) if maker is not None else subject
        if subject.owner is None:
            continue
        if words[subject.owner.head].text.casefold().removesuffix("'s") in events:
            continue
        end = len(words)
        while end > vg.first and not words[end - 1].text[:1].isalnum():
            end -= 1
        # "The ministry's count of 61 dead was disputed": the figure after "of" is its own too
        after = subject.last + 1 if words[subject.last + 1].lemma in ("of", "at") else vg.first
        content = (words[after].start, words[end - 1].end)
        cue = (head.start, head.end)
        out.append(AttributionMention(subject.owner, cue, content, False, "count"))
    taken = {m.cue for m in out}
    return out + [m for m in _owned_of(parse, classes, events) if m.cue not in taken]


def _made_by(parse: SentenceParse, subject: Phrase) -> Phrase | None:
    """The body a participle names as the count's maker: "the toll, provided by the agency,"."""
    words = parse.words
    k = subject.last + 1
    k += 1 if k < len(words) and words[k].text == "," else 0
    if k + 2 >= len(words) or words[k].tag not in ("VERB", "ADJ") or words[k + 1].lemma != "by":
        return None
    maker = parse.phrase_at(k + 2)
    return maker if maker is not None and maker.kind != "other" else None


def _owned_of(
    parse: SentenceParse, classes: WordClasses, tellers: frozenset[str]
) -> list[AttributionMention]:
    """A body's count that gives its figure after "of" or "at": "the agency's count of 61".

    Wherever the phrase stands ("..., contradicting the agency's count of 61"), the owner is
    the source of that figure.
    """
    words = parse.words
    out: list[AttributionMention] = []
    for phrase in parse.phrases:
        head = words[phrase.head]
        k = phrase.last + 1
        if phrase.owner is None or head.text.casefold() not in _COUNT_HEADS:
            continue
        if words[phrase.owner.head].text.casefold().removesuffix("'s") in tellers:
            continue  # "the town's toll at 41": no one's count, the town's (see _owned_counts)
        if k + 1 >= len(words) or words[k].lemma not in ("of", "at"):
            continue
        verb = words[phrase.owner.first - 1] if phrase.owner.first > 0 else None
        if verb is not None and any(
            f.klass == "count" for f in classes.verbs.get(verb.text.casefold(), ())
        ):
            continue  # "AFAD put the country's toll at 41,156": the verb's subject gives it
        number = next((j for j in range(k + 1, min(len(words), k + 5)) if words[j].tag == "NUM"), 0)
        if not number or any(w.tag in ("VERB", "AUX", "PUNCT") for w in words[k + 1 : number]):
            continue
        end = number  # "of 61 dead", "at 1,400 people"
        while end + 1 < len(words) and words[end + 1].tag in ("NOUN", "ADJ", "NUM"):
            end += 1
        content = (words[k].start, words[end].end)
        out.append(
            AttributionMention(phrase.owner, (head.start, head.end), content, False, "count")
        )
    return out


def _interrupted(parse: SentenceParse, subject: Phrase) -> Span | None:
    """The start of the clause a source set off by commas interrupts, before the source.

    "Forty people, officials said, were killed": "Forty people" (the content is what follows).
    """
    words = parse.words
    k = with_owner_first(subject) - 1
    if k < 1 or words[k].text != "," or parse.clauses and opens_clause(words[:k]):
        return None
    return words[0].start, words[k - 1].end


# First and second person: outside a quotation, the writer and the reader, not a source.
_WRITER = frozenset({"i", "we", "you"})
_QUOTE_OPENERS = frozenset({'"', "\u201c", "'", "\u2018"})


def _source(subject: Phrase, klass: str, parse: SentenceParse, documents: frozenset[str]) -> bool:
    """Whether a clause's subject can be a source for a verb of this class."""
    low = subject.text.casefold()
    if (
        low in _NOT_SOURCES
        and subject.kind != "group"
        and not (low == "it" and klass in ("speech", "count"))
    ):
        return False  # "it said", "it reported 138 dead": a body named before, if any
    head_word = parse.words[subject.head]
    head = head_word.text.casefold()
    bare = subject.first == subject.last and subject.owner is None
    if bare and head_word.tag == "NOUN" and not subject.plural and head not in _ANYONE:
        # "increasingly diverse states that have": a bare singular noun before an "-s" form
        # is an adjective before a plural noun, not a subject and its verb
        verb = parse.words[subject.last + 1] if subject.last + 1 < len(parse.words) else None
        if verb is not None and verb.text.casefold().endswith("s") and verb.tag == "VERB":
            return False
    if klass == "evidence":
        return head in documents or subject.kind != "other"
    if subject.kind == "other" and head in documents and klass == "cognition":
        return False
    return True
