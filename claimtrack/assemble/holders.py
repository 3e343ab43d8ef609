"""Who holds a stance: the readings of a subject that the pipeline's holder rules share.

The pipeline finds a stance's subject (the speaker, or the actors that open the stance's
clause); these helpers read the subject as a whole: a collective noun with its members ("a
coalition of some 30 senators", not "coalition"), the partners of a joint statement ("in a
joint statement with Kestria and Veldan"), and the subject the parse reads for a verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

import regex

from ..attribute.attribution import SpeakerMention, words
from ..find.phrases import Hit
from ..lexicon import Lexicon, term_pattern
from ..model import Span, Who, WhoKind, cut
from ..text.patterns import lazy
from ..text.segment import Sentence
from .figure_words import DEMONYM
from .stance_cues import Tables

# After a collective head: "of", an optional quantifier, an optional number, up to two
# modifiers, and a plural noun: "coalition of some 30 senators", "a group of about 40 Western
# governments", "an alliance of aid agencies".
_MEMBERS = lazy(
    r"\s+of\s+(?:(?:some|about|around|nearly|almost|over|roughly|at\s+least|more\s+than|"
    r"dozens\s+of|hundreds\s+of|several|many)\s+)?(?:[\d,]+\s+)?"
    # up to two modifiers, then the plural: no article, no "-ing" ("accused the army of
    # shelling the towns" is no membership)
    r"(?:(?!(?:the|a|an|their|its)\b|\p{L}+ing\b)[\p{L}\-]+\s+){0,2}?"
    r"(?!\p{L}+ing\b)[\p{L}\-]+s\b"
)
# Between a verb of praise or blame and the cue it credits: its object, then "for" or "of".
# The object may be a list ("commended Kestria, the coalition and the rebels for agreeing"), and
# the cue may open a quotation ('thanked the government for "engaging positively"').
_CREDIT_GAP = lazy(
    r"\s+((?:the\s+|its\s+|their\s+)?[\p{L}\-'\u2019]+(?:,?\s+[\p{L}\-'\u2019]+){0,11}?)"
    r"\s+(?:for|of)\s+[\"\u201c]?"
)
# "with <subject> <cue>-ing": the subject of an absolute clause, up to four words.
_WITH_SUBJECT = lazy(
    r"(?<![\p{L}])with\s+((?:the\s+|both\s+|all\s+)?[\p{L}\-'\u2019]+"
    r"(?:\s+[\p{L}\-'\u2019]+){0,3}?)\s+$",
    regex.I,
)
# A subject that is only a possessive ("Veldan's"), and up to three lower-case modifiers then
# the head it owns: "Veldan's internationally recognised government", "Veldan's warring sides".
_POSSESSIVE_END = lazy(r"['\u2019]s$")
_LOWER_WORD = lazy(r"\s+\p{Ll}[\p{L}\-]*")
# A description before a name: "Iran-backed", "Western-supported" (not "Saudi-led": a name).
_DESCRIBED = lazy(
    r"\p{L}+-(?:backed|allied|aligned|supported|funded|sponsored|armed)\s+(?=\p{Lu})", regex.I
)
# A partner of a joint statement: capitalised words, "of" or "the" between them ("the Kingdom
# of Veldan"); lower-case organisation heads may follow ("the Veldan government").
_PARTNER = lazy(r"(?:the\s+)?\p{Lu}[\p{L}.\-']*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.\-']*)*")
# "<plural title or group> of <Name>": "foreign ministers of Ossa", "leaders of Veldan".
_MEMBER_OF = lazy(r"(\p{L}+s)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.\-']*(?:\s+\p{Lu}[\p{L}.\-']*)*)$")
_WORD_AFTER = lazy(r"\s+(\p{Ll}+)")
_PARTNER_GAP = lazy(r",\s*(?:and\s+)?|\s+and\s+")
# After a comma, the list goes on only if another "and" comes before the next comma or verb:
# "with Kestria, Veldan and Ostrava" (a list), "with Kestria, Darn said" (Darn is the subject).
_LIST_GOES_ON = lazy(r"[^,;:.]{0,80}?\sand\s+(?:the\s+)?\p{Lu}")
_FIRST_WORD = lazy(r"[\s\"\u201c*]*(\p{L}+)")
# A time phrase that opens a clause before its verb: "(but) on Friday backed ...", "late on
# May 9 agreed ...".
_OPENING_TIME = lazy(
    r"\s*(?:(?:on|late|early|by|last|this|earlier|later|in|at|since)\s+)+"
    r"(?:\p{Lu}[\p{L}.]*|\d[\d,]*)(?:\s+(?:\p{Lu}[\p{L}.]*|\d[\d,]*))*\s*,?",
)
# Verbs that may open a clause whose subject is the one before: "but remains opposed".
_VERBS = frozenset(
    "is are was were has have had will would can could should must remains remain seems seem "
    "appears appear did does do wants want intends intend".split()
)
# Between a subject and its verb: nothing, or a few adverbs and auxiliaries ("the rebels still
# oppose", "the rebels had not decided"; a cue may hold its own "not"). Not any "-ly" word:
# "Blinken said Washington fully supported ..." states his government's view.
_ADVERBS_ONLY = lazy(
    r"\s*(?:(?:also|still|now|all|both|is|are|was|were|has|have|had|did|does|do)\s+)*"
)
_MODAL_WORDS = frozenset("would will could should must can may might shall".split())


def whole(text: str, mention: SpeakerMention, lexicon: Lexicon) -> SpeakerMention:
    """A collective noun with its members, named as a whole.

    "A coalition of some 30 senators urged ..." is the coalition of some 30 senators, a group
    of its own; a bare "coalition" would join any other coalition the document names.

    >>> from claimtrack.lexicon import load_lexicon
    >>> doc = "A coalition of some 30 senators urged a truce."
    >>> m = SpeakerMention((2, 11), "coalition", "coalition", None, "organization", "role")
    >>> whole(doc, m, load_lexicon()).name
    'coalition of some 30 senators'
    """
    w = words(lexicon)
    if _POSSESSIVE_END.search(mention.text):
        return _possessor(text, mention, w.org_heads | w.group_words)
    described = _DESCRIBED.match(mention.name)
    if described is not None:
        # "the Iran-backed Sarn rebels" are the Sarn rebels: who backs them is a description.
        return replace(mention, name=mention.name[described.end() :])
    if mention.form != "role" or mention.kind == "person":
        return mention
    head = mention.name.casefold().split()[-1]
    if head.endswith("s") or head not in w.org_heads and head not in w.group_words:
        return mention  # a collective is one body: "coalition", "group", not "rebels"
    found = _MEMBERS.match(text, mention.span[1], min(len(text), mention.span[1] + 60))
    if found is None:
        return mention
    span, written = cut(text, mention.span[0], found.end())
    name = regex.sub(r"^(?:the|a|an)\s+", "", written, flags=regex.I)
    return replace(mention, span=span, text=written, name=name, kind="group", form="name")


def _possessor(text: str, mention: SpeakerMention, heads: AbstractSet[str]) -> SpeakerMention:
    """A possessive subject with its head: "Veldan's internationally recognised government"."""
    following: list[regex.Match[str]] = []
    pos = mention.span[1]
    while len(following) < 4:
        word = _LOWER_WORD.match(text, pos, min(len(text), pos + 40))
        if word is None:
            break
        following.append(word)
        pos = word.end()
    for k in range(len(following)):
        for n in (2, 1):  # "warring sides", "government"
            if k + n <= len(following):
                head = " ".join(w.group().strip() for w in following[k : k + n])
                if head.casefold() in heads:
                    span, written = cut(text, mention.span[0], following[k + n - 1].end())
                    return replace(
                        mention,
                        span=span,
                        text=written,
                        name=f"{mention.text} {head}",  # "Veldan's government"
                        kind="organization",
                        form="name",
                    )
    return mention


def member_of(text: str, mention: SpeakerMention, lexicon: Lexicon) -> SpeakerMention:
    """In a list of actors, "the foreign ministers of Ossa" stands for Ossa.

    "Foreign ministers of Ossa, Pelland and Tarvia said ..." names three countries, each
    speaking through its minister.

    >>> from claimtrack.lexicon import load_lexicon
    >>> doc = "Foreign ministers of Ossa, Pelland and Tarvia said"
    >>> m = SpeakerMention((0, 25), doc[:25], doc[:25], None, "person", "role")
    >>> member_of(doc, m, load_lexicon()).name
    'Ossa'
    """
    found = _MEMBER_OF.search(mention.text)
    if found is None:
        return mention
    w = words(lexicon)
    plural = found.group(1).casefold()
    if plural not in w.group_words and plural[:-1] not in w.title_words:
        return mention
    start = mention.span[0] + found.start(2)
    span, written = cut(text, start, mention.span[1])
    return replace(mention, span=span, text=written, name=written, kind="organization", form="name")


def partners(text: str, sentence: Span, lexicon: Lexicon) -> list[SpeakerMention]:
    """The partners named after "a joint statement with" (or "together with") in a sentence.

    >>> from claimtrack.lexicon import load_lexicon
    >>> doc = "In a joint statement with Kestria and the Veldan government, Ostrava backed it."
    >>> [m.name for m in partners(doc, (0, len(doc)), load_lexicon())]
    ['Kestria', 'Veldan government']
    """
    pattern = lexicon.memo(
        "stance.joint",
        lambda lex: term_pattern(r"(?<![\p{L}])\L<t>\s+", lex.holders.joint),
    )
    if pattern is None:
        return []
    found = pattern.search(text, sentence[0], sentence[1])
    if found is None:
        return []
    heads = words(lexicon).org_heads
    names: list[SpeakerMention] = []
    pos, closed = found.end(), False
    end = min(sentence[1], found.end() + 300)  # a list of partners, not the rest of the text
    while len(names) < 8:
        name = _PARTNER.match(text, pos, end)
        if name is None:
            break
        stop = name.end()
        for more in _WORD_AFTER.finditer(text, stop, min(end, stop + 40)):
            if more.group(1).casefold() not in heads or more.start() != stop:
                break
            stop = more.end()  # "the Veldan government", "the Kestrian armed forces"
        span, written = cut(text, name.start(), stop)
        bare = regex.sub(r"^the\s+", "", written)
        kind: WhoKind = "organization" if bare.split()[-1].casefold() in heads else "person"
        names.append(SpeakerMention(span, written, bare, None, kind, "name"))
        gap = _PARTNER_GAP.match(text, stop, end)
        if gap is None or closed:
            break
        closed = "and" in gap.group()  # the name after "and" is the last of the list
        pos = gap.end()
        if not closed and not _LIST_GOES_ON.match(text, pos, end):
            break
    return names if closed else names[:1]


def credited_object(text: str, verb: Hit, gap: str, t: Tables) -> Span | None:
    """The object a verb of praise or blame credits the next cue to, if it is one.

    "commended the three parties for agreeing", "accused the rebels of blocking": the span of
    "the three parties", "the rebels".
    """
    if verb.group().casefold() not in t.crediting:
        return None
    found = _CREDIT_GAP.fullmatch(gap)
    if found is None:
        return None
    return verb.end() + found.start(1), verb.end() + found.end(1)


def absolute_subject(text: str, cue: Hit, floor: int) -> Span | None:
    """The subject of a "with" clause whose verb is the cue: "with both sides agreeing to".

    Its subject, not the sentence's, holds the position: "The truce was extended on Monday,
    with both sides agreeing to the extension".
    """
    if not cue.group().split()[0].casefold().endswith("ing"):
        return None
    found = _WITH_SUBJECT.search(text, max(floor, cue.start() - 60), cue.start())
    return found.span(1) if found is not None else None


def opens_with_pair(text: str, clause: Span, lexicon: Lexicon) -> bool:
    """Does the clause open with "Both" or "the two leaders" and then its verb?"""
    pattern, openers = lexicon.memo(
        "extract.pairs",
        lambda lex: (
            term_pattern(r"[\s\"\u201c*]*\L<t>\s+\p{Ll}", lex.reporting.pairs),
            frozenset(p.split()[0].casefold() for p in lex.reporting.pairs if p.split()),
        ),
    )
    first = _FIRST_WORD.match(text, clause[0], min(clause[1], clause[0] + 40))
    if pattern is None or first is None or first.group(1).casefold() not in openers:
        return False  # most clauses: a word lookup says no before the pattern runs
    return pattern.match(text, clause[0], clause[1]) is not None


def pair_opens(text: str, clause: Span, lexicon: Lexicon) -> bool:
    """Does "Both" or "the three governments" open the clause, or follow its opening?"""
    if opens_with_pair(text, clause, lexicon):
        return True
    opening = after_opening(text, clause, lexicon)
    return opening is not None and opens_with_pair(text, (opening, clause[1]), lexicon)


def after_opening(text: str, clause: Span, lexicon: Lexicon) -> int | None:
    """Where a clause goes on after an opening phrase: "In a joint statement on Monday, (the".

    A clause whose first word is a preposition opens with an adverbial that ends at its first
    comma; its subject comes after it.
    """
    prepositions = lexicon.memo(
        "stance.prepositions",
        lambda lex: frozenset(p.casefold() for p in lex.syntax.words.prepositions),
    )
    first = _FIRST_WORD.match(text, clause[0], min(clause[1], clause[0] + 40))
    if first is None or first.group(1).casefold() not in prepositions:
        return None
    comma = text.find(",", first.end(), min(clause[1], clause[0] + 120))
    return comma + 1 if comma != -1 else None


def subjectless(text: str, clause: Span, lexicon: Lexicon) -> bool:
    """Does a clause open with its verb ("but appeared receptive to ...")?

    A time phrase ("but on Friday backed ...") and adverbs ("but now backs a truce") may stand
    before it; a verb in "-s" is known by the determiner of its object right after it ("but
    now supports a truce", not "but officials oppose it"). A reporting verb there ("but
    clarified that ...") goes back to the sentence's speaker, who holds the clause anyway.
    """
    adverbs, determiners = lexicon.memo("stance.clause_words", _clause_words)
    opening = _OPENING_TIME.match(text, clause[0], clause[1])
    first = _FIRST_WORD.match(text, opening.end() if opening else clause[0], clause[1])
    while first is not None and first.group(1) in adverbs:
        first = _FIRST_WORD.match(text, first.end(), clause[1])
    if first is None:
        return False
    word = first.group(1)
    verbs = words(lexicon).verbs_low
    if not word.islower() or word in verbs:
        return False
    if word.endswith("ed") or word in _VERBS:
        return True
    after = _FIRST_WORD.match(text, first.end(), clause[1])
    return word.endswith("s") and after is not None and after.group(1).casefold() in determiners


def _clause_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    syntax = lexicon.syntax
    return (
        frozenset(w.casefold() for w in syntax.words.adverbs),
        frozenset(w.casefold() for w in syntax.determiners),
    )


def cue_is_verb(text: str, end: int, cue: str, cue_start: int) -> bool:
    """Is the stance cue the verb right after a subject that ends at ``end``?

    "Ebb said the rebels oppose": yes. Not a modal one: "Biden said the United States would
    send tanks" is the speaker's own commitment, which the speaker holds.
    """
    first = cue.split()[0].casefold() if cue.split() else ""
    # An adverb that opens the cue ("fully supported") is no verb: the clause reader
    # decided on it already.
    return (
        first not in _MODAL_WORDS
        and not first.endswith("ly")
        and bool(_ADVERBS_ONLY.fullmatch(text, end, cue_start))
    )


def evidence_start(text: str, lexicon: Lexicon, said: int, cue_start: int) -> int | None:
    """Where a clause reported as evidence begins: "said there were signs (that) ...".

    ``said`` is the end of the reporting cue, ``cue_start`` the start of the stance cue.
    """
    if not said <= cue_start <= said + 120:
        return None
    pattern = lexicon.memo(
        "stance.evidence",
        lambda lex: term_pattern(r"(?<![\p{L}])\L<t>\s+(?:that\s+)?", lex.holders.evidence),
    )
    found = pattern.search(text, said, cue_start) if pattern else None
    return found.end() if found is not None else None


# The agent of a passive: "by" and what follows, up to the end of the clause.
_AGENT = lazy(r"[\"\u201d']?\s+by\s+(?=(?:the\s+)?\p{Lu})")


def passive_agent(text: str, cue: Hit, topic_end: int, clause: Span, t: Tables) -> Span | None:
    """Who judges in a passive description: "X is described as <cue ...> by Y" gives Y's span.

    ``topic_end`` is where the judged or described phrase ends; the agent comes after it.
    """
    if t.describing is None or not t.describing.search(
        text, max(clause[0], cue.start() - 40), cue.start()
    ):
        return None
    found = _AGENT.search(text, max(cue.end(), topic_end), clause[1])
    return (found.end(), clause[1]) if found is not None else None


def side_of(title: str | None, lexicon: Lexicon) -> str | None:
    """The side a title names, or None: "Chilean Foreign Minister" -> "CL", "UN envoy" -> "un".

    A country (or its demonym) that opens the title, a demonym of a place the gazetteer does
    not know ("Kestrian Foreign Minister" -> "kestrian"), an international body
    (``reconcile.independent``), or the capitalised words before a lower-case role ("Houthi
    negotiator" -> "houthi"). "Foreign Minister" or "President" alone name no side.
    """
    from ..reconcile.places import fold, gazetteer  # the gazetteer, loaded on first use

    ranks = lexicon.memo(
        "stance.ranks", lambda lex: frozenset(r.casefold() for r in lex.reconcile.words.ranks)
    )
    parts = (title or "").split()
    while parts and parts[0].casefold() in ranks:
        parts = parts[1:]
    if len(parts) < 2:
        return None
    for n in (2, 1):
        place = gazetteer(lexicon).resolve(" ".join(parts[:n]))
        if place is not None and place.kind == "country":
            return place.id
    first = fold(parts[0])
    if first in {fold(b) for b in lexicon.reconcile.independent} or DEMONYM.fullmatch(parts[0]):
        return first
    # "Houthi negotiator"; not "Secretary of State", nor a body of a government whose side
    # the gazetteer cannot name ("White House spokesman", "Kremlin spokesman")
    run = next((i for i, w in enumerate(parts) if not w[:1].isupper()), len(parts))
    role = tuple(w.casefold() for w in parts[run:])
    vocab = words(lexicon)
    if not run or parts[run - 1].casefold() in vocab.org_heads:
        return None
    return (
        fold(" ".join(parts[:run]))
        if any(role[:n] in vocab.titles for n in range(1, len(role) + 1))
        else None
    )


def another_side(speaker: Who | None, subjects: Sequence[SpeakerMention], lexicon: Lexicon) -> bool:
    """Does the speaker's title name a side none of the subjects is of?

    "UN envoy Lund said the rebels would ...": yes; "Chilean Foreign Minister Lund said Chile
    would ...": no (her own side); "Minister Lund said ...": no side named.
    """
    side = side_of(speaker.title, lexicon) if speaker is not None else None
    return side is not None and not any(same_side(side, s.name, lexicon) for s in subjects)


def subjects_hold(
    text: str,
    subjects: Sequence[SpeakerMention],
    verb: str,
    cue: tuple[str, int],
    speaker: Who | None,
    lexicon: Lexicon,
    *,
    any_verb: bool,
) -> bool:
    """Whether the subjects of a reported clause hold its stance, not the speaker.

    A narrated act is theirs ("said the rebels had agreed"), so is any verb when ``any_verb``;
    a modal one only when the cue is their verb or the speaker's title names another side
    ("UN envoy Lund said the rebels would agree"). Never the speaker's own side ("Velish
    Foreign Minister Lund said Velia had agreed": hers). ``cue``: its text and start.
    """
    if not subjects or own_side(speaker, subjects, lexicon):
        return False
    if verb == "narrated" or any_verb and bool(verb):
        return True
    return verb == "modal" and (
        cue_is_verb(text, subjects[-1].span[1], *cue) or another_side(speaker, subjects, lexicon)
    )


def own_side(speaker: Who | None, subjects: Sequence[SpeakerMention], lexicon: Lexicon) -> bool:
    """Is every subject the named speaker's own country, by the side the title names?

    "Velish Foreign Minister Ana Lund said Velia had agreed": yes; "UN envoy Lund said the
    rebels had agreed", "Lund said Orlan had agreed" (no side named): no. Only a person speaks
    for a side this way: "the prime minister's office said the government had accepted" is
    the government's.
    """
    if speaker is None or speaker.kind != "person" or not subjects:
        return False
    side = side_of(speaker.title, lexicon)
    return side is not None and all(same_side(side, s.name, lexicon) for s in subjects)


def same_side(side: str, name: str, lexicon: Lexicon) -> bool:
    """Does a subject's ``name`` belong to ``side`` (from :func:`side_of`)?

    "Chile" and "the Chilean government" to "CL", by the name or demonym of the country;
    otherwise a word of the name that is the side's word, its plural, or its stem ("the
    Velorians" to "velorian", "Kestria" to "kestrian").
    """
    from ..reconcile.places import fold, gazetteer

    places = gazetteer(lexicon)
    folded = fold(name)
    if lexicon.places.capitals.get(folded) == side:
        return True  # "Moscow wanted the fighting halted": the Russian president's own side
    for part in (folded, *folded.split()):
        place = places.resolve(part)  # "Washington" is of the United States' side
        if place is not None and places.country(place.id) == side:
            return True
    return any(_stem_match(word, side) for word in folded.split())


def _stem_match(word: str, side: str) -> bool:
    short, long = sorted((word, side), key=len)
    return short == long or (
        len(short) >= 4 and long.startswith(short[:-1]) and len(long) - len(short) <= 2
    )


# The auxiliary that opens a reported clause's verb, and one repeated after "and" at its end.
_AUXILIARY = lazy(r"\s+(had|has|have|were|was|are|is)\s+(?:\p{Ll}+ly\s+)?\p{Ll}", regex.I)
_AND_AUXILIARY = lazy(
    r",?\s+and\s+(had|has|have|were|was|are|is)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+\s+)?$", regex.I
)
_FINAL_MARKS = (".", "!", "?", '"', "\u201d", "\u2019", "'", ")", "\u2026", ":", ";")


def same_auxiliary(gap: str) -> bool:
    """Does the gap open and end with one auxiliary: " had agreed ..., and had (committed)"?"""
    first = _AUXILIARY.match(gap)
    last = _AND_AUXILIARY.search(gap)
    return bool(first and last and first.group(1).casefold() == last.group(1).casefold())


def headline_line(sentences: Sequence[Sentence], index: int) -> bool:
    """A line of its own without final punctuation: a headline, a caption, a page link."""
    sentence = sentences[index]
    alone = (index == 0 or sentences[index - 1].paragraph != sentence.paragraph) and (
        index + 1 == len(sentences) or sentences[index + 1].paragraph != sentence.paragraph
    )
    return alone and not sentence.text.rstrip().endswith(_FINAL_MARKS)
