"""A document's attributions with their sources resolved: who said what, as claim parts.

:func:`read_statements` parses the sentences, reads the attributions from their structure
(:mod:`.read`) and resolves each source through the document's coreference: a pronoun, a role
noun ("the spokesman") or a surname to the fullest name the text gives, over every person the
text names and not only those who speak. :class:`Covering` then answers, for any position,
which attribution's content holds it: the source of a figure or a stance inside a reported
clause or a quotation.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..lexicon import Lexicon
from ..model import Attribution, Excerpt, Span, Who, cut
from ..syntax.datelines import dateline_end, past_dateline
from ..syntax.gapping import with_gapped
from ..syntax.parse import Parser, RuleParser
from ..syntax.structure import Phrase, SentenceParse, Word
from ..text.tokens import Token
from .according import document_heads
from .coref import Speakers, speaker_mention
from .mention import AttributionMention
from .read import find_attribution_mentions


@dataclass(frozen=True, slots=True)
class Statement:
    """One attribution: what the text found, who it resolves to, and the claim's part."""

    mention: AttributionMention
    who: Who | None
    part: Attribution


def read_statements(
    text: str,
    sentences: Sequence[Span],
    quotes: Sequence[Span],
    lexicon: Lexicon,
    parser: Parser,
    tokens: Callable[[Span], Sequence[Token]] | None = None,
) -> tuple[list[SentenceParse], list[Statement]]:
    """Parse ``sentences`` and return their parses and every attribution, in order of cue."""
    if isinstance(parser, RuleParser) and tokens is not None:
        parses = parser.parse(text, sentences, quotes, lexicon, tokens=tokens)
    else:
        parses = parser.parse(text, sentences, quotes, lexicon)
    # gapped clauses ("and the Red Crescent 8") read alike from either parser's structure
    # and no content reaching into a dateline ("KHARTOUM (AP) — ..., the ministry said")
    parses = [past_dateline(with_gapped(text, p, lexicon)) for p in parses]
    mentions = find_attribution_mentions(text, parses, lexicon)
    speakers = Speakers(lexicon)
    documents = document_heads(lexicon)
    events, known = _events(parses, mentions, speakers.body_heads)
    starts = [p.span[0] for p in parses]
    out: list[Statement] = []
    sentence = -1
    for at, phrase, mention, body in events:
        if (k := bisect.bisect_right(starts, at) - 1) != sentence:
            sentence = k
            speakers.next_sentence()
        if body is not None:
            speakers.know_body(body)
            continue
        if mention is None:
            assert phrase is not None
            if id(phrase) in known:
                speakers.know(speaker_mention(phrase))
            elif phrase.kind != "role" or not speakers.knows_people:
                # a role noun only opens a text's people ("The governor toured the dam. She
                # said ..."): after a name it mostly refers back to one ("the senator")
                speakers.resolve(speaker_mention(phrase), speaks=False)
            continue
        who = None
        if mention.source is not None:
            who = speakers.resolve(speaker_mention(mention.source))
            if who is not None and mention.site is not None:
                site, said = cut(text, *mention.site)  # "who" in "Jeb Bush, who said"
                who = who.model_copy(update={"text": said, "span": site})
            if who is not None:
                for head in _issued(mention, parses, starts, documents):
                    speakers.issued(head)
        out.append(Statement(mention, who, _part(text, mention)))
    out.sort(key=lambda s: (s.mention.cue, s.mention.source.span if s.mention.source else ()))
    return parses, _first_person(out)


# "I", "we": inside what someone says, the speaker (or the body the speaker speaks for).
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def _first_person(statements: list[Statement]) -> list[Statement]:
    """Statements whose source says "I" or "we" inside another's words, given that speaker.

    "'We have counted 57 dead,' the mayor said", "Ruiz said: 'I think the toll will rise'":
    the mayor counted, Ruiz thinks. Outside anyone's words "I" is the writer, and stays
    unresolved.
    """
    covering: Covering | None = None
    out = []
    for statement in statements:
        source = statement.mention.source
        if (
            statement.who is None
            and source is not None
            and source.kind == "pronoun"
            and source.text.casefold() in _FIRST_PERSON
        ):
            covering = covering or Covering(statements)
            holder = covering.at(source.span[0])
            if holder is not None and holder.who is not None:
                who = holder.who.model_copy(update={"text": source.text, "span": source.span})
                statement = replace(statement, who=who)
        out.append(statement)
    return out


# One event of coreference, at its place: a phrase that names someone, an attribution, or a
# body named in passing.
_Event = tuple[int, Phrase | None, AttributionMention | None, str | None]


def _events(
    parses: Sequence[SentenceParse], mentions: Sequence[AttributionMention], heads: frozenset[str]
) -> tuple[list[_Event], set[int]]:
    """What coreference reads, in order, and the phrases that only make a name known.

    Every named person as they come, each source at its place, and every body named where it
    does not speak ("a spokesman for the Kell Relief Agency", "Lena Moss of the Varn Red
    Cross"), for a later "the agency". ``heads`` are the head nouns of bodies.
    """
    sources = {id(m.source) for m in mentions if m.source is not None}
    events: list[_Event] = []
    known: set[int] = set()
    subjects: set[int] = set()
    for parse in parses:
        dateline = dateline_end(parse.words)  # "BERLIN (AP) —" names no body
        for clause in parse.clauses:
            subject = clause.subject
            if subject is None or id(subject) in sources:
                continue
            # "Tim Lund and Ana Ruiz met": each person of a coordinated subject is named
            for person in subject.conjuncts or (subject,):
                if _named(person):
                    events.append((person.span[0], person, None, None))
                    subjects.add(id(person))
        # "thanked Ivo Moss": known by name, for a later "Moss"; each of "Moss and Ana Ruiz"
        for named in (one for p in parse.phrases for one in p.conjuncts or (p,)):
            if named.kind == "name" and named.name and id(named) not in sources:
                if id(named) not in subjects:
                    known.add(id(named))
                    events.append((named.span[0], named, None, None))
            elif named.kind == "organization" and named.name and named.first > dateline:
                if id(named) not in sources and id(named) not in subjects:
                    events.append((named.span[0], None, None, named.name))
            for at, body in bodies_inside(parse.words, named, heads):
                events.append((at, None, None, body))
    events += [(m.source.span[0] if m.source else m.cue[0], None, m, None) for m in mentions]
    events.sort(key=lambda e: (e[0], e[2] is not None))
    return events, known


def bodies_inside(
    words: Sequence[Word], phrase: Phrase, heads: frozenset[str]
) -> list[tuple[int, str]]:
    """The bodies a phrase names after a preposition, with where each starts.

    "a spokesman for the Kell Relief Agency", "director of the Orvan Health Ministry": a run
    of capitalised words (joined by "of" or "and") that ends in a body's head noun.
    """
    out = []
    k = phrase.first
    while k < phrase.last:
        if words[k].tag != "ADP":
            k += 1
            continue
        a = k + 1 if words[k + 1].tag != "DET" else k + 2
        j = a
        while j <= phrase.last and (
            words[j].tag == "PROPN"
            or (j > a and words[j].lemma in ("of", "and") and j < phrase.last)
        ):
            j += 1
        while j > a and words[j - 1].tag != "PROPN":
            j -= 1  # "of the Kell Agency and": not the joining word
        if j > a and words[j - 1].lemma in heads:
            out.append((words[a].start, " ".join(w.text for w in words[a:j])))
        k = max(j, k + 1)
    return out


def _issued(
    mention: AttributionMention,
    parses: Sequence[SentenceParse],
    starts: Sequence[int],
    documents: frozenset[str],
) -> list[str]:
    """The documents a source speaks through in its own clause: "said in its daily report".

    A document noun after "in" or "through", or owned by "its"/"their", outside what is said.
    """
    if mention.source is None or mention.klass == "according":
        return []
    k = bisect.bisect_right(starts, mention.cue[0]) - 1
    if k < 0:
        return []
    parse = parses[k]
    words = parse.words
    content = mention.content or (0, 0)
    heads = []
    for phrase in parse.phrases:
        if content[0] <= phrase.span[0] < content[1] or phrase is mention.source:
            continue
        head = words[phrase.head].text.casefold()
        if head not in documents:
            continue
        before = words[phrase.first - 1].text.casefold() if phrase.first > 0 else ""
        owner = words[phrase.first].text.casefold()
        if (before in ("in", "through") or owner in ("its", "their")) and _nearest(
            parse, phrase, mention.cue
        ):
            heads.append(head)
    return heads


def _nearest(parse: SentenceParse, phrase: Phrase, cue: Span) -> bool:
    """Whether ``cue`` is the verb nearest the document phrase, of the sentence's reports.

    "the agency said in its daily report on Tuesday, as forecasters warned of rain": the
    report is the agency's, whose verb stands next to it.
    """
    verbs = [c.verb for c in parse.clauses if c.verb is not None and c.content is not None]
    if not verbs:
        return True
    at = phrase.span[0]
    nearest = min(verbs, key=lambda v: min(abs(v.span[0] - at), abs(v.span[1] - at)))
    return nearest.span[0] <= cue[0] < nearest.span[1]


def _part(text: str, mention: AttributionMention) -> Attribution:
    cue_span, cue_text = cut(text, *mention.cue)
    content = None
    if mention.content is not None:
        span, said = cut(text, *mention.content)
        content = Excerpt(text=said, span=span)
    return Attribution(
        cue=Excerpt(text=cue_text, span=cue_span), content=content, direct=mention.direct
    )


def _named(phrase: Phrase) -> bool:
    """A phrase that names someone: a name of two words or more, or a name with a title.

    Or a group of people, for "they": "Rescue workers reached the village. They said ...";
    one person by a role, for "he" and "she": "The governor toured the dam. She said ...";
    or a body by its name, for "it".
    """
    if phrase.kind == "group" and phrase.plural and phrase.name is None:
        return True
    if phrase.kind == "role" and not phrase.plural:
        return True  # "The governor toured the dam. She said ...": a person, for "she"
    if phrase.kind == "organization" and phrase.name:
        return True  # "The Orsk interior ministry issued a statement. It said ...": for "it"
    if phrase.kind != "name" or not phrase.name:
        return False
    return phrase.title is not None or len(phrase.name.split()) >= 2


class Covering:
    """Which statement's content holds a position: the innermost, for a figure or a stance."""

    def __init__(
        self, statements: Sequence[Statement], places: frozenset[str] = frozenset()
    ) -> None:
        # Head nouns of places ("province", "state"): a place that records a count is where
        # the dead were counted, not who counted them.
        self._places = places
        # What each statement holds: its content, and what it goes on to say after its cue
        # ("..., an official said, and almost 11,000 people had been injured").
        # (not what a source cites: "..., citing figures from the ministry" is where the
        # figures come from, the source's own statement holds them)
        held = [
            (s.mention.content, s)
            for s in statements
            if s.mention.content is not None and s.mention.klass != "cited"
        ]
        held += [(s.mention.more, s) for s in statements if s.mention.more is not None]
        held.sort(key=lambda e: e[0])
        self._held = held
        # The statement each gapped one parallels: the one whose source stands before the
        # verb they share ("The ministry reported 12 deaths and the Red Crescent 8").
        self._parallel = {
            s.mention.cue: s
            for s in statements
            if s.mention.source is not None and s.mention.source.span[1] <= s.mention.cue[0]
        }
        self._starts = [span[0] for span, _ in held]
        # The longest span, so that a search never looks further back than it can reach.
        self._reach = max((span[1] - span[0] for span, _ in held), default=0)

    def at(self, pos: int) -> Statement | None:
        """The statement whose content holds ``pos`` most closely, or None.

        A count told inside what someone else says, by a bare name or a place ("Sindh
        province"), is theirs to tell: in "Verland counted 30 dead, the agency said" and
        "Verland, the worst-hit province, has recorded 30 deaths, the agency said" the count
        is the agency's.
        A body that counts keeps its count: "The council put the toll at 6,009, its spokesman
        said".
        """
        best = self._innermost(pos)
        if best is not None and best.mention.source is None and best.mention.klass == "cognition":
            # an unnamed belief inside someone's words is theirs to tell: "the militia is
            # believed to be holding 60 captives, Lind said" (Lind's count)
            outer = self._innermost(best.mention.cue[0], skip=best)
            best = outer if outer is not None and outer.mention.source is not None else best
        source = best.mention.source if best is not None else None
        if best is not None and source is not None:
            # a gapped count ("Sindh has recorded 405 deaths, Kell 257") stands as its parallel
            parallel = self._parallel.get(best.mention.cue)
            source = parallel.mention.source if parallel is not None else source
        # a count, or a finding told in another's words (not a speaker whose words a
        # newspaper relays: "Lund said 40 died, according to the Courier" stays Lund's)
        told = ("count", "relayed")
        if best is not None and best.mention.klass in told and source and self.is_place(source):
            outer = self._innermost(best.mention.cue[0])
            if (
                outer is not None
                and outer.mention.klass not in told
                and (best.mention.klass == "count" or outer.mention.klass != "according")
            ):
                return outer
        return best

    def _innermost(self, pos: int, skip: Statement | None = None) -> Statement | None:
        """The statement whose shortest span holds ``pos`` (other than ``skip``), or None."""
        k = bisect.bisect_right(self._starts, pos)
        best: tuple[Span, Statement] | None = None
        while k > 0:
            k -= 1
            span, statement = self._held[k]
            if span[0] + self._reach < pos:
                break
            if statement is skip:
                continue
            if span[0] <= pos < span[1] and (best is None or _inner(span, statement, *best)):
                best = (span, statement)
        return best[1] if best is not None else None

    def is_place(self, source: Phrase) -> bool:
        """A bare one-word name ("Kell") or a place noun's phrase ("Sindh province").

        Not a person named with a title or in full ("President Lund gave 2,500").
        """
        last = source.text.rsplit(None, 1)[-1].casefold()
        bare = source.kind == "name" and source.title is None and " " not in (source.name or "")
        return bare or last in self._places


def _inner(sa: Span, a: Statement, sb: Span, b: Statement) -> bool:
    """Whether ``a``'s span ``sa`` holds a position more closely than ``b``'s span ``sb``.

    A shorter span holds it more closely; on a tie, the one whose cue stands inside the other's
    span ("An estimate, given by officials, that 40 died is too high, he said").
    """
    if sa[1] - sa[0] != sb[1] - sb[0]:
        return sa[1] - sa[0] < sb[1] - sb[0]
    return sb[0] <= a.mention.cue[0] < sb[1]
