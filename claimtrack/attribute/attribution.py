"""The older cue-window reader: a reporting cue, the speaker next to it, the stretch it governs.

A reporting verb or "according to" outside quotation marks anchors an :class:`Attribution`; the
speaker is the token phrase next to it (:mod:`.tokenphrases`) and the attribution governs the
stretch of the sentence around the cue. Attribution itself is read from structure
(:mod:`.read`, :mod:`.statements`), which alone names the source of figures and statements; this
reader still serves the stance holders (:mod:`claimtrack.assemble.positions`) until they read
:class:`claimtrack.syntax.SentenceParse` too.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from ..find.phrases import Hit, WordIndex
from ..lexicon import Lexicon
from ..model import Span, cut
from ..text.patterns import lazy
from ..text.segment import QuoteIndex, Sentence
from ..text.tokens import Token, Tokens, tokenize

# Re-exported for the readers that still import them from here.
from .coref import SpeakerMention as SpeakerMention
from .coref import Speakers as Speakers
from .subjects import clause_subjects as clause_subjects
from .subjects import find_subjects as find_subjects
from .tokenphrases import (
    apposition,
    before_participle,
    chained_apposition,
    skip_relative,
    speaker_at,
    title_before_complement,
    walk_left,
    walk_right,
)
from .vocab import Words as _Words
from .vocab import words as words

_POSSESSIVE = lazy(r"['\u2019]s$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporting cue in a sentence: who, the cue, and the stretch of text it governs."""

    speaker: SpeakerMention
    cue: Span
    governs: Span


def document_tokens(text: str, lexicon: Lexicon) -> Tokens:
    """A :class:`~claimtrack.text.tokens.Tokens` for ``text``, to share between the readers here."""
    return Tokens(text, words(lexicon).abbreviations)


def find_cues(text: str, lexicon: Lexicon, index: WordIndex | None = None) -> list[Hit]:
    """Every reporting cue ("said", "according to") of a document, in one walk over its words.

    ``index`` is the document's :class:`~claimtrack.find.phrases.WordIndex` when the caller has one.
    """
    return words(lexicon).cues.find(text, index if index is not None else WordIndex(text))


# What may stand right before a subject: a comma, a dash or bracket of a dateline, "and", "but".
_BEFORE_SUBJECT = frozenset({",", "\u2014", "\u2013", "-", "(", ")", ":", "and", "but"})


def find_attributions(
    text: str,
    sentence: Sentence,
    quotes: QuoteIndex,
    lexicon: Lexicon,
    cues: Sequence[Hit] | None = None,
    shared: Tokens | None = None,
    parsed: Callable[[Span], tuple[SpeakerMention, Span | None] | None] | None = None,
) -> list[Attribution]:
    """Reporting cues of one sentence, with their speakers, in order.

    ``cues`` are the sentence's share of :func:`find_cues` when the caller scanned the whole
    document once; without them the sentence is scanned here. ``shared`` (from
    :func:`document_tokens`) keeps the sentence's tokens for later readers of the sentence.
    ``parsed`` gives the speaker and the content the parse read at a cue: the speaker of a verb
    whose speaker the window before it does not show ("The three leaders, Ana Lind, Piet Varga
    and Ole Berg, said"), and the side of the verb its content is on, which says what it governs.

    >>> from claimtrack.lexicon import load_lexicon
    >>> from claimtrack.text.segment import find_sentences
    >>> doc = "The death toll rose to 3,432, the Interior Ministry said."
    >>> from claimtrack.text.segment import QuoteIndex
    >>> sentence = find_sentences(doc, load_lexicon())[0]
    >>> [a.speaker.name for a in find_attributions(doc, sentence, QuoteIndex([]), load_lexicon())]
    ['Interior Ministry']
    """
    w = words(lexicon)
    if cues is None:
        cues = w.cues.find(text, None, sentence.span[0], sentence.span[1])
    cues = [m for m in cues if quotes.at(m.start()) is None]
    if not cues:
        return []
    tokens = (
        shared.of(sentence.span)
        if shared is not None
        else tokenize(text, sentence.span, w.abbreviations)
    )
    starts = [t.start for t in tokens]
    found: list[Attribution] = []
    content_after: set[int] = set()  # cues whose content the parse read after them
    contents: list[Span] = []  # the contents the parse read at the cues before
    for cue in cues:
        i = bisect.bisect_left(starts, cue.start())
        if i >= len(tokens) or tokens[i].start != cue.start():
            continue
        n = bisect.bisect_left(starts, cue.end()) - i
        if i > 0 and _POSSESSIVE.search(tokens[i - 1].text):
            continue  # "the envoy's updated proposal": a word after a possessor is no verb
        if cue.group().casefold() in w.citing and i > 0:
            citer = _citer(text, tokens, i, found, w)
            if citer is not None:
                found.append(Attribution(citer, cue.span(), sentence.span))
            continue
        if cue.group().casefold() in w.according_text:
            end = walk_right(tokens, i + n, w)
            speaker = speaker_at(text, tokens, i + n, end, w)
            if speaker is not None:
                found.append(Attribution(speaker, cue.span(), sentence.span))
        elif not tokens[i].capital:
            attribution = _with_parse(
                _attribution_at(text, tokens, i, n, sentence, w),
                parsed(cue.span()) if parsed is not None else None,
                (cue.span(), sentence.span),
                contents,
                content_after,
            )
            if attribution is not None:
                found.append(attribution)
    owned = _possessive_sources(text, sentence, tokens, starts, w)
    # "the agency's official count": "count" is the owned noun here, not a verb.
    found = [a for a in found if not any(o.cue[0] <= a.cue[0] < o.cue[1] for o in owned)]
    found.extend(owned)
    found.sort(key=lambda a: a.cue[0])
    return _govern(text, found, sentence, w.according_text, content_after)


def _with_parse(
    attribution: Attribution | None,
    said: tuple[SpeakerMention, Span | None] | None,
    where: tuple[Span, Span],
    contents: list[Span],
    content_after: set[int],
) -> Attribution | None:
    """The window's attribution at a cue, or the parse's where the window read none.

    ``said`` is the parse's speaker and content at the cue (``where``: the cue and its
    sentence). A speaker inside the content of a cue before it is none: "X wrote that Berlin had
    received the request and urged ...", where the parse may give "urged" to Berlin. Where the
    parse's speaker is not the window's and its content follows the verb, ``content_after``
    notes the cue.
    """
    if said is None:
        return attribution
    cue, sentence = where
    window = attribution.speaker.span if attribution is not None else None
    if attribution is None and not any(
        a <= said[0].span[0] and said[0].span[1] <= b for a, b in contents
    ):
        attribution = Attribution(said[0], cue, sentence)
    if said[1] is not None:
        contents.append(said[1])
        if attribution is not None and window != said[0].span and said[1][0] >= cue[1]:
            content_after.add(cue[0])
    return attribution


def _citer(
    text: str, tokens: Sequence[Token], i: int, found: Sequence[Attribution], w: _Words
) -> SpeakerMention | None:
    """Who cites, for the citing cue at token ``i``: the speaker is who cites, not who is cited.

    "The ministry, citing hospital data, put the toll at 500", "the army citing U.S. mediation":
    the phrase before it. Not after a verb of saying ("..., the agency said, citing officials":
    the verb speaks); a phrase after a verb or a preposition is no subject ("Velt said it would
    halt exports to Tarn, citing reports"): who cites is who spoke before it, if anyone did.
    """
    j = i - 1 if tokens[i - 1].text != "," else i - 2
    if j >= 0 and tokens[j].low in w.verbs_low:
        return None
    start = walk_left(tokens, j, w) if j >= 0 else i
    if 0 < start <= j and tokens[start - 1].low not in _BEFORE_SUBJECT:
        return found[-1].speaker if found and tokens[i - 1].text == "," else None
    speaker = speaker_at(text, tokens, start, j + 1, w) if start <= j else None
    return speaker if speaker is not None and speaker.form != "pronoun" else None


def _possessive_sources(
    text: str, sentence: Sentence, tokens: Sequence[Token], starts: Sequence[int], w: _Words
) -> list[Attribution]:
    """Sources named as the owner of a count: "the national disaster agency's official count"."""
    if w.possessive_count is None:
        return []
    out: list[Attribution] = []
    for match in w.possessive_count.finditer(text, sentence.span[0], sentence.span[1]):
        k = bisect.bisect_right(starts, match.start()) - 1
        if k < 0 or not _POSSESSIVE.search(tokens[k].text):
            continue
        first = walk_left(tokens, k, w)
        speaker = speaker_at(text, tokens, first, k + 1, w) if first <= k else None
        if speaker is None or speaker.form == "pronoun":
            continue
        end = speaker.span[1] - 2  # without the "'s"
        span, written = cut(text, speaker.span[0], end)
        name = _POSSESSIVE.sub("", speaker.name)
        out.append(
            Attribution(
                SpeakerMention(span, written, name, speaker.title, speaker.kind, speaker.form),
                match.span(),
                sentence.span,
            )
        )
    return out


def _attribution_at(
    text: str, tokens: Sequence[Token], i: int, n_verb: int, sentence: Sentence, w: _Words
) -> Attribution | None:
    verb = (tokens[i].start, tokens[i + n_verb - 1].end)
    # Speaker before the verb, skipping adverbs and time words: "the army said early on Friday".
    j = i - 1
    while j >= 0 and tokens[j].low in w.adverbs and not tokens[j].capital:
        j -= 1
    while j >= 0 and tokens[j].low in w.adverbs and j >= i - 4:
        j -= 1
    j = before_participle(tokens, j, w)
    speaker: SpeakerMention | None = None
    if j >= 1 and tokens[j].low in {"which", "who"} and tokens[j - 1].text == ",":
        # "according to the Ministry of Home Affairs, which put the number of injured at 10,915"
        j -= 2
    if j >= 0 and tokens[j].text == ",":
        speaker = apposition(text, tokens, j, w) or chained_apposition(text, tokens, j, w)
        if speaker is None:
            before = skip_relative(tokens, j)
            if before > 0:
                start = walk_left(tokens, before - 1, w)
                if start <= before - 1:
                    speaker = speaker_at(text, tokens, start, before, w)
    elif j >= 0:
        start = walk_left(tokens, j, w)
        if start > j and (title := title_before_complement(tokens, j, w)) is not None:
            # "the United Nations envoy to the country said": the title heads the phrase.
            j = title
            start = walk_left(tokens, j, w)
        if start <= j:
            speaker = speaker_at(text, tokens, start, j + 1, w)
    if speaker is None and i + n_verb < len(tokens):
        # Inverted order after a quote or comma: '..." said Kirby', ', said the official.'
        left = tokens[i - 1].text if i > 0 else ""
        if left in {",", "\u201d", '"', "\u2019", "'"}:
            end = walk_right(tokens, i + n_verb, w)
            if end > i + n_verb:
                speaker = speaker_at(text, tokens, i + n_verb, end, w)
    if speaker is None or speaker.name.casefold() in {"this", "that", "which"}:
        return None
    return Attribution(speaker, verb, sentence.span)


# After a trailing attribution ("..., the Interior Ministry said on Monday, after ...") the verb
# is followed only by a time or setting phrase and then punctuation.
_TRAILING = lazy(
    r"\s*(?:(?:on|late|early|last|this|in|at|during)\s+)?(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]*\s*[,.;:]|\s*$"
)


# Words that turn a sentence back to the narrator after a trailing attribution.
_NARRATOR_TURN = lazy(
    r"\s*(?:after|as|while|when|because|since|before|despite|amid|although|though|even|where|"
    r"which|who|but|days|hours|weeks)\b",
    regex.I,
)


def _govern(
    text: str,
    found: list[Attribution],
    sentence: Sentence,
    according: set[str],
    content_after: set[int] | None = None,
) -> list[Attribution]:
    """Give each attribution the stretch of the sentence it speaks for.

    "X said (that) ..." governs what follows the verb, up to the next attribution; "..., X said."
    at the end (or "..., X said, after ...") governs what comes before it; "according to X"
    governs its whole sentence up to the next attribution, wherever it stands. Where the parse
    read a speaker the window did not, and the verb's content after it (``content_after``: those
    cues), the verb governs what follows it, however little: "The two
    leaders, Ana Lind and Piet Varga, said they ...".
    """
    content_after = content_after or set()
    out: list[Attribution] = []
    s0, s1 = sentence.span
    for k, att in enumerate(found):
        nxt = s1
        if k + 1 < len(found):  # the next speaker, or its verb when they share a subject
            following = found[k + 1]
            nxt = following.speaker.span[0]
            if nxt < att.cue[1]:  # "The government confirmed ... and said ..."
                nxt = following.cue[0]
        if att.cue[0] in content_after and s0 + 20 < att.speaker.span[0] < att.cue[0]:
            governs = (att.cue[1], nxt)
        elif text[att.cue[0] : att.cue[1]].casefold() in according:
            governs = (s0, max(nxt, att.speaker.span[1]))
        elif att.speaker.span[0] > att.cue[0]:  # inverted: the speaker follows the verb
            governs = (s0, att.cue[0])
        elif att.speaker.span[0] - s0 > 20 and (
            trailing := _TRAILING.match(text, att.cue[1], min(s1, att.cue[1] + 40))
        ):
            # "..., X said on Monday, and 2,174 were wounded" and "..., X said, putting the toll
            # at ..." go on in X's voice; "..., X said, after tens of thousands fled" does not.
            governs = (s0, att.speaker.span[0])
            if _NARRATOR_TURN.match(text, trailing.end(), s1) is None and trailing.end() < s1:
                governs = (s0, nxt)
        elif att.speaker.span[0] - s0 <= 20:
            governs = (s0, _turn(text, att.cue[1], nxt))
        else:
            governs = (att.cue[1], _turn(text, att.cue[1], nxt))
        out.append(Attribution(att.speaker, att.cue, governs))
    return out


# ", but" and a subject of its own: the writer turns to another actor ("X said it backed the
# draft, but the rebel committee dismissed the text"); "but added" goes on with X.
_NEW_SUBJECT = lazy(r",[^\S\n]+but[^\S\n]+(?:(?:the|a|an)(?![\p{L}])|\p{Lu})")


def _turn(text: str, start: int, end: int) -> int:
    """Where what a verb before governs ends: at a turn to another subject, or ``end``."""
    m = _NEW_SUBJECT.search(text, start, end)
    return m.start() if m is not None else end
