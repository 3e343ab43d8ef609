"""Who said it: "according to the ministry", "officials said", "Kirby told reporters".

A sentence is read as tokens with offsets (:mod:`.text.tokens`). A reporting verb (from the
lexicon) outside quotation marks anchors an attribution; the speaker is the noun phrase next to
it: before it ("the Interior Ministry said"), after it ('", said Kirby'), or after "according
to". Titles and appositions are split from names ("Dr. Amina Haddad, a ministry spokesperson,
said"), and a document-level :class:`Speakers` registry resolves "he", "the official" and
"Kirby" to the fullest name used before.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from ..find.phrases import Hit, WordIndex
from ..lexicon import Lexicon
from ..model import Span, WhoKind, cut
from ..text.segment import QuoteIndex, Sentence
from ..text.tokens import Token, Tokens, tokenize

# Re-exported for the readers that still import them from here.
from .coref import SpeakerMention as SpeakerMention
from .coref import Speakers as Speakers
from .vocab import Words as _Words
from .vocab import words as words

_INITIALS = regex.compile(r"(?:\p{Lu}\.)+\p{Lu}?\.?")
# A name that opens with a lower-case particle joined by a hyphen: "al-Mashat", "el-Sisi".
_PARTICLE_NAME = regex.compile(
    r"(?:al|el|ad|ash|as|at|az|ar|an|ibn|bin|abu|ben)-\p{Lu}[\p{L}'\u2019]*"
)
_POSSESSIVE = regex.compile(r"['\u2019]s$")
_ARTICLE = regex.compile(r"^(?:the|a|an)\s+", regex.I)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporting cue in a sentence: who, the cue, and the stretch of text it governs."""

    speaker: SpeakerMention
    cue: Span
    governs: Span


def _np_word(tok: Token, w: _Words) -> bool:
    """Can ``tok`` stand inside a speaker's noun phrase?"""
    low = tok.low
    if tok.text[:1].isalpha() and tok.capital:
        core = _POSSESSIVE.sub("", tok.text)
        if len(core) > 1 and core.isupper():
            return True  # an acronym ("WHO's representative", "US"), never a function word
        return low in {"the", "a", "an"} or _POSSESSIVE.sub("", low) not in w.not_names
    return (
        low in w.modifiers
        or low in w.connectors
        or low in w.title_words
        or low in w.group_words
        or low in w.org_heads
        or bool(_INITIALS.fullmatch(tok.text))
        or bool(_PARTICLE_NAME.fullmatch(tok.text))
    )


def _head_word(tok: Token, w: _Words) -> bool:
    """Can ``tok`` end a speaker's noun phrase (a name, a title, a group, an organisation)?"""
    low = _POSSESSIVE.sub("", tok.low)
    core = _POSSESSIVE.sub("", tok.text)
    if len(core) > 1 and core.isupper() and core.isalpha():
        return True  # an acronym: "WHO", "UNICEF"
    if low in w.connectors or low in w.not_names:
        return False
    if tok.text[:1].isalpha() and tok.capital or _PARTICLE_NAME.fullmatch(tok.text):
        return True  # "Mahdi al-Mashat", "Rashad al-Alimi"
    return low in w.title_words or low in w.group_words or low in w.org_heads


def _walk_left(tokens: Sequence[Token], i: int, w: _Words) -> int:
    """Index of the first token of the noun phrase that ends at token ``i`` (i+1 if none)."""
    if i < 0 or not _head_word(tokens[i], w):
        if i >= 0 and tokens[i].low in w.pronouns:
            return i
        return i + 1
    j = i
    while j - 1 >= 0 and _np_word(tokens[j - 1], w):
        j -= 1
    while j <= i and tokens[j].low in w.connectors | {"and"}:
        j += 1
    return j


def _walk_right(tokens: Sequence[Token], i: int, w: _Words) -> int:
    """Index just past the noun phrase that starts at token ``i``."""
    j = i
    while j < len(tokens) and _np_word(tokens[j], w):
        j += 1
    while j > i and not _head_word(tokens[j - 1], w):
        j -= 1
    return j


def _speaker(
    text: str, tokens: Sequence[Token], a: int, b: int, w: _Words, title: str | None = None
) -> SpeakerMention | None:
    """Build a speaker from tokens[a:b], splitting a leading title from a trailing name."""
    indefinite = False
    while a < b and tokens[a].low in {"the", "a", "an", "and"} | w.connectors:
        indefinite = tokens[a].low in {"a", "an"}
        a += 1
    if a >= b:
        return None
    if indefinite:
        found = _speaker(text, tokens, a, b, w, title)
        return None if found is None else replace(found, indefinite=True)
    span, written = cut(text, tokens[a].start, tokens[b - 1].end)
    part = tokens[a:b]
    lows = [t.low for t in part]
    if b - a == 1 and lows[0] in w.pronouns:
        return SpeakerMention(span, written, written, None, "person", "pronoun")
    # The last title phrase in the noun phrase: what follows it is the name.
    cut_at = -1
    for k in range(len(part)):
        for n in range(1, 5):
            if k - n + 1 >= 0 and tuple(lows[k - n + 1 : k + 1]) in w.titles:
                cut_at = k
                break
    names = part[cut_at + 1 :]
    heads = {_POSSESSIVE.sub("", lo) for lo in lows}
    if (
        cut_at >= 0
        and part[cut_at].capital
        and names
        and _POSSESSIVE.sub("", names[-1].low) in w.org_heads
        and all(t.capital or t.low in w.connectors for t in part)
    ):
        # A capitalised title word inside an organisation's name: "the United Nations General
        # Assembly", "the Attorney General's Office".
        return SpeakerMention(span, written, written, None, "organization", "name")
    if (
        names
        and names[0].capital
        and names[0].low not in w.connectors
        and all(t.capital or t.low in w.connectors for t in names)
    ):
        kind: WhoKind = "organization" if heads & w.org_heads and cut_at < 0 else "person"
        of = next((k for k, t in enumerate(names) if t.low in {"of", "from"}), len(names))
        if kind == "person" and of >= 2:
            names = names[:of]  # "Prime Minister Benjamin Netanyahu of Israel"
        name_text = text[names[0].start : names[-1].end]
        own_title = text[part[0].start : part[cut_at].end] if cut_at >= 0 else None
        return SpeakerMention(span, written, name_text, own_title or title, kind, "name")
    # Only titles, groups or an organisation: "the official", "officials", "the ministry".
    last = _POSSESSIVE.sub("", lows[-1])
    if last in w.org_heads and not any(t.capital for t in part):
        return SpeakerMention(span, written, written, None, "organization", "role")
    if any(t.capital for t in part) and last in w.org_heads:
        return SpeakerMention(span, written, written, None, "organization", "name")
    if last in w.group_words or lows[-1] in w.group_words:
        return SpeakerMention(span, written, written, None, "group", "role")
    return SpeakerMention(span, written, written, None, "person", "role")


def _apposition(text: str, tokens: Sequence[Token], comma: int, w: _Words) -> SpeakerMention | None:
    """Read "NAME, TITLE," or "TITLE, NAME," ending at the comma token ``comma``."""
    start = comma - 1
    plain = True  # every word can stand in a name or title phrase
    while start >= 0 and tokens[start].text != "," and comma - start <= 12:
        if tokens[start].text in {".", ";", ":", '"', "\u201c", "\u201d"}:
            return None
        plain = plain and (_np_word(tokens[start], w) or tokens[start].low in {"'s", "who"})
        start -= 1
    if start < 0 or tokens[start].text != ",":
        return None
    if not plain and not _starts_with_title(tokens, start + 1, comma, w):
        return None
    inner = _speaker(text, tokens, start + 1, comma, w)
    outer_start = _walk_left(tokens, start - 1, w)
    outer = _speaker(text, tokens, outer_start, start, w) if outer_start < start else None
    if inner is None or outer is None:
        return None
    inner_is_title = _starts_with_title(tokens, start + 1, comma, w)
    if outer.form == "name" and (inner.form == "role" or inner_is_title) and outer.kind == "person":
        # "Dr. Amina Haddad, a ministry spokesperson, said"; "John Kirby, spokesman for the
        # White House National Security Council, stated"
        return SpeakerMention(outer.span, outer.text, outer.name, inner.text, "person", "name")
    if outer.form == "name" and inner.form == "role":
        return SpeakerMention(outer.span, outer.text, outer.name, inner.text, "person", "name")
    if (
        inner.form == "name"
        and outer.form == "role"
        or (inner.form == "name" and outer.title is not None and outer.name == outer.text)
    ):
        # "Germany's new defense minister, Boris Pistorius, told reporters"
        return SpeakerMention(inner.span, inner.text, inner.name, outer.text, "person", "name")
    if inner.form == "name" and inner.kind == "person" and len(inner.name.split()) >= 2:
        # "the WHO's representative in Sudan, Dr. Nima Saeed Abid, put the toll at 459"
        return SpeakerMention(
            inner.span, inner.text, inner.name, inner.title or outer.text, "person", "name"
        )
    if inner.form == "name" and outer.form == "name" and outer.title and outer.kind == "person":
        return SpeakerMention(inner.span, inner.text, inner.name, outer.title, "person", "name")
    return None


def _before_participle(tokens: Sequence[Token], j: int, w: _Words) -> int:
    """Step back over a participle and its time words before a verb.

    "a New York Times analysis published earlier this month found that ...": the speaker ends
    before "published".
    """
    k = j
    while k > 0 and j - k < 5 and (_timely(tokens[k], w) or tokens[k].low in _TIME_FILLERS):
        k -= 1
    if k < j and k > 0 and _participle(tokens[k]) and tokens[k].low.endswith("ed"):
        return k - 1
    return j


_TIME_FILLERS = frozenset("earlier later this last on in at late early".split())


def _chained_apposition(
    text: str, tokens: Sequence[Token], comma: int, w: _Words
) -> SpeakerMention | None:
    """Read "NAME, TITLE of PLACE, what PLACE is," ending at the comma token ``comma``.

    "Tecson Lim, the city administrator of Tacloban, the provincial capital of 220,000 people,
    said": the last apposition describes the place, so the speaker's apposition ends at the
    comma before it. A comma inside a number ("220,000") is not a break.
    """
    k = comma - 1
    while k > 0 and comma - k <= 15:
        tok = tokens[k]
        if tok.text in {".", ";", ":", '"', "\u201c", "\u201d"}:
            return None
        if tok.text == "," and not _inside_number(tokens, k):
            return _apposition(text, tokens, k, w)
        k -= 1
    return None


def _inside_number(tokens: Sequence[Token], k: int) -> bool:
    """Is the comma token ``k`` a thousands separator ("220,000")?"""
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start
        and tokens[k + 1].start == tokens[k].end
        and tokens[k - 1].text[-1:].isdigit()
        and tokens[k + 1].text[:1].isdigit()
    )


def _title_before_complement(tokens: Sequence[Token], j: int, w: _Words) -> int | None:
    """Index of the title in "envoy to the country" / "minister for the region" ending at ``j``."""
    k = j
    while k > 0 and j - k <= 4:
        tok = tokens[k]
        if tok.low in _COMPLEMENT_PREPOSITIONS:
            return k - 1 if tokens[k - 1].low in w.title_words and k < j else None
        if tok.capital or not tok.text.isalpha():
            return None
        k -= 1
    return None


_COMPLEMENT_PREPOSITIONS = frozenset({"to", "for", "in", "at", "on", "of"})


def _participle(tok: Token) -> bool:
    """A lower-case "-ed"/"-ing" word opening a phrase: ", led by his former deputy,"."""
    return (
        not tok.capital
        and tok.text.isalpha()
        and (tok.low.endswith(("ed", "ing")) or tok.low == "led")
    )


def _starts_with_title(tokens: Sequence[Token], a: int, b: int, w: _Words) -> bool:
    """Does tokens[a:b] open with a title ("spokesman for ...", "the city administrator of ...")?"""
    while a < b and tokens[a].low in {"the", "a", "an"}:
        a += 1
    for n in range(min(4, b - a), 0, -1):
        if tuple(t.low for t in tokens[a : a + n]) in w.titles:
            return True
    # "the city administrator of Tacloban": modifiers, then a title word.
    k = a
    while k < b and tokens[k].low in w.modifiers | {"city", "provincial", "regional"}:
        k += 1
    return k < b and tokens[k].low in w.title_words and not tokens[k].capital


def _skip_relative(tokens: Sequence[Token], j: int) -> int:
    """Step back over ", which ... ," ending at the comma token ``j``; -1 if there is none.

    "The national disaster agency, which adds deaths to its tally only after local officials file
    reports, put the confirmed death toll at 229": the speaker stands before the relative clause.
    """
    k = j - 1
    while k > 0 and j - k <= 25:
        if tokens[k - 1].text == "," and (
            tokens[k].low in {"which", "who"} or _participle(tokens[k])
        ):
            return k - 1
        if tokens[k].text in {".", ";", '"', "\u201c", "\u201d"}:
            return -1
        k -= 1
    return -1


def document_tokens(text: str, lexicon: Lexicon) -> Tokens:
    """A :class:`~claimtrack.text.tokens.Tokens` for ``text``, to share between the readers here."""
    return Tokens(text, words(lexicon).abbreviations)


def find_cues(text: str, lexicon: Lexicon, index: WordIndex | None = None) -> list[Hit]:
    """Every reporting cue ("said", "according to") of a document, in one walk over its words.

    ``index`` is the document's :class:`~claimtrack.find.phrases.WordIndex` when the caller has one.
    """
    return words(lexicon).cues.find(text, index if index is not None else WordIndex(text))


def find_attributions(
    text: str,
    sentence: Sentence,
    quotes: QuoteIndex,
    lexicon: Lexicon,
    cues: Sequence[Hit] | None = None,
    shared: Tokens | None = None,
) -> list[Attribution]:
    """Reporting cues of one sentence, with their speakers, in order.

    ``cues`` are the sentence's share of :func:`find_cues` when the caller scanned the whole
    document once; without them the sentence is scanned here. ``shared`` (from
    :func:`document_tokens`) keeps the sentence's tokens for later readers of the sentence.

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
    for cue in cues:
        i = bisect.bisect_left(starts, cue.start())
        if i >= len(tokens) or tokens[i].start != cue.start():
            continue
        n = bisect.bisect_left(starts, cue.end()) - i
        if cue.group().casefold() in w.citing and i > 0:
            # "The ministry, citing hospital data, put the toll at 500", "the army citing U.S.
            # mediation": the speaker is who cites, not who is cited.
            j = i - 1 if tokens[i - 1].text != "," else i - 2
            if j >= 0 and tokens[j].low in w.verbs_low:
                continue  # "..., the agency said, citing officials": the verb speaks
            start = _walk_left(tokens, j, w) if j >= 0 else i
            speaker = _speaker(text, tokens, start, j + 1, w) if start <= j else None
            if speaker is not None and speaker.form != "pronoun":
                found.append(Attribution(speaker, cue.span(), sentence.span))
            continue
        if cue.group().casefold() in w.according_text:
            end = _walk_right(tokens, i + n, w)
            speaker = _speaker(text, tokens, i + n, end, w)
            if speaker is not None:
                found.append(Attribution(speaker, cue.span(), sentence.span))
        elif not tokens[i].capital:
            attribution = _attribution_at(text, tokens, i, n, sentence, w)
            if attribution is not None:
                found.append(attribution)
    owned = _possessive_sources(text, sentence, tokens, starts, w)
    # "the agency's official count": "count" is the owned noun here, not a verb.
    found = [a for a in found if not any(o.cue[0] <= a.cue[0] < o.cue[1] for o in owned)]
    found.extend(owned)
    found.sort(key=lambda a: a.cue[0])
    return _govern(text, found, sentence, w.according_text)


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
        first = _walk_left(tokens, k, w)
        speaker = _speaker(text, tokens, first, k + 1, w) if first <= k else None
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
    j = _before_participle(tokens, j, w)
    speaker: SpeakerMention | None = None
    if j >= 1 and tokens[j].low in {"which", "who"} and tokens[j - 1].text == ",":
        # "according to the Ministry of Home Affairs, which put the number of injured at 10,915"
        j -= 2
    if j >= 0 and tokens[j].text == ",":
        speaker = _apposition(text, tokens, j, w) or _chained_apposition(text, tokens, j, w)
        if speaker is None:
            before = _skip_relative(tokens, j)
            if before > 0:
                start = _walk_left(tokens, before - 1, w)
                if start <= before - 1:
                    speaker = _speaker(text, tokens, start, before, w)
    elif j >= 0:
        start = _walk_left(tokens, j, w)
        if start > j and (title := _title_before_complement(tokens, j, w)) is not None:
            # "the United Nations envoy to the country said": the title heads the phrase.
            j = title
            start = _walk_left(tokens, j, w)
        if start <= j:
            speaker = _speaker(text, tokens, start, j + 1, w)
    if speaker is None and i + n_verb < len(tokens):
        # Inverted order after a quote or comma: '..." said Kirby', ', said the official.'
        left = tokens[i - 1].text if i > 0 else ""
        if left in {",", "\u201d", '"', "\u2019", "'"}:
            end = _walk_right(tokens, i + n_verb, w)
            if end > i + n_verb:
                speaker = _speaker(text, tokens, i + n_verb, end, w)
    if speaker is None or speaker.name.casefold() in {"this", "that", "which"}:
        return None
    return Attribution(speaker, verb, sentence.span)


# After a trailing attribution ("..., the Interior Ministry said on Monday, after ...") the verb
# is followed only by a time or setting phrase and then punctuation.
_TRAILING = regex.compile(
    r"\s*(?:(?:on|late|early|last|this|in|at|during)\s+)?(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]*\s*[,.;:]|\s*$"
)


# Words that turn a sentence back to the narrator after a trailing attribution.
_NARRATOR_TURN = regex.compile(
    r"\s*(?:after|as|while|when|because|since|before|despite|amid|although|though|even|where|"
    r"which|who|but|days|hours|weeks)\b",
    regex.I,
)


def _govern(
    text: str, found: list[Attribution], sentence: Sentence, according: set[str]
) -> list[Attribution]:
    """Give each attribution the stretch of the sentence it speaks for.

    "X said (that) ..." governs what follows the verb, up to the next attribution; "..., X said."
    at the end (or "..., X said, after ...") governs what comes before it; "according to X"
    governs its whole sentence up to the next attribution, wherever it stands.
    """
    out: list[Attribution] = []
    s0, s1 = sentence.span
    for k, att in enumerate(found):
        nxt = found[k + 1].speaker.span[0] if k + 1 < len(found) else s1
        if text[att.cue[0] : att.cue[1]].casefold() in according:
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
            governs = (s0, nxt)
        else:
            governs = (att.cue[1], nxt)
        out.append(Attribution(att.speaker, att.cue, governs))
    return out


def find_subjects(
    text: str,
    sentence: Sentence,
    lexicon: Lexicon,
    start: int | None = None,
    shared: Tokens | None = None,
) -> list[SpeakerMention]:
    """The actors that open a clause: "Germany held off ...", "The UN, the US and Canada ...".

    A dateline ("BERLIN (AP) —") and a leading phrase that ends in a comma ("On Sunday, ...",
    "In Moscow, ...") are skipped. Coordinated subjects give one mention each.
    """
    w = words(lexicon)
    begin = sentence.span[0] if start is None else start
    # The subject stands at the start: 400 characters are plenty and keep this bounded.
    window = (begin, min(sentence.span[1], begin + 400))
    tokens = (
        shared.window(window, sentence.span[1])
        if shared is not None
        else tokenize(text, window, w.abbreviations)
    )
    i = 0
    for k, tok in enumerate(tokens[:10]):
        if tok.text in {"\u2014", "\u2013", "--"}:
            i = k + 1
            break
    # Leading phrases: "Earlier this week, on Tuesday, British Prime Minister ..."; "On Sunday
    # the army accepted ...".
    for _ in range(3):
        i = _skip_time(tokens, i, w)
        skipped = False
        # "At a fundraiser in Minneapolis on Wednesday night, a protester ...": a phrase that
        # opens with a preposition may run longer before its comma.
        reach = 14 if i < len(tokens) and tokens[i].low in _LEADING else 8
        for k in range(i, min(i + reach, len(tokens))):
            if tokens[k].text == ",":
                first = tokens[i]
                if (
                    not _walk_right(tokens, i, w) > i
                    or first.low in _LEADING
                    or first.low.endswith("ly")
                    or _participle(first)
                    or any(_timely(t, w) for t in tokens[i:k])  # "Two days ago, ..."
                ):
                    i = k + 1
                    skipped = True
                break
        if not skipped:
            break
    while i < len(tokens) and tokens[i].low in {
        "but",
        "and",
        "however",
        "meanwhile",
        "also",
        "then",
    }:
        i += 1
    if i + 1 < len(tokens) and tokens[i].low in _QUANTIFIERS and not tokens[i + 1].capital:
        pass  # "Several of them", "Some say": no actor named
    elif i < len(tokens) and tokens[i].low in _QUANTIFIERS:
        i += 1  # "Several Democratic lawmakers in the House have introduced ..."
    subjects, _ = _subjects_at(text, tokens, i, w)
    return subjects


_QUANTIFIERS = frozenset("several some many most two three four five dozens".split())


# Words that open a leading phrase before the subject.
_LEADING = frozenset(
    "at in on during after before amid despite following earlier later since with under "
    "throughout over for as by from to according unlike like besides beyond within without "
    "upon across along speaking asked addressing meanwhile however again still".split()
)


def _timely(tok: Token, w: _Words) -> bool:
    """A time word, singular or plural: "days", "ago", "weeks", "Monday"."""
    low = tok.low
    return low in w.time_words or low.rstrip("s") in w.time_words or low in {"ago", "day", "days"}


_MODALS = frozenset({"would", "will", "could", "should", "must", "can", "may", "might", "shall"})
_BETWEEN = frozenset(
    {
        "also",
        "both",
        "all",
        "still",
        "now",
        "already",
        "previously",
        "since",
        "later",
        "then",
        "jointly",
        "each",
    }
)


def clause_subjects(
    text: str, span: Span, lexicon: Lexicon, shared: Tokens | None = None
) -> tuple[list[SpeakerMention], str]:
    """The actors that open a reported or subordinate clause, and how their verb reads.

    ``span`` starts right after the reporting verb or subordinator ("said on Monday that the
    army and the RSF had both agreed", "days after Washington agreed"). The second value is
    "narrated" when the verb tells what the actors did or do ("had agreed", "remained",
    "intends"), "modal" for a speaker's own commitment ("the United States would send"), "" if
    there is no subject.

    >>> from claimtrack.lexicon import load_lexicon
    >>> doc = "on Monday that the army and the RSF had both agreed to the truce"
    >>> subjects, verb = clause_subjects(doc, (0, len(doc)), load_lexicon())
    >>> [s.name for s in subjects], verb
    (['army', 'RSF'], 'narrated')
    """
    w = words(lexicon)
    window = (span[0], min(span[1], span[0] + 300))
    tokens = (
        shared.window(window, span[1])
        if shared is not None
        else tokenize(text, window, w.abbreviations)
    )
    i = 0
    for k, tok in enumerate(tokens[:7]):
        if tok.low == "that":
            i = k + 1
            break
    i = _skip_time(tokens, i, w)
    subjects, verb_at = _subjects_at(text, tokens, i, w)
    actors = [
        s
        for s in subjects
        if s.form == "name"
        or s.form == "role"
        and (s.kind != "person" or any(c.isupper() for c in s.text))  # "the Saudi crown prince"
    ]
    if not subjects or len(actors) < len(subjects):
        return [], ""
    k = verb_at
    # Skip adverbs and time words: "the army on Sunday agreed", "Israel this Thursday to ...".
    # ... and an opening quotation mark: 'that Biden "does not want ..."'.
    while k < len(tokens) and (
        tokens[k].low in _BETWEEN or tokens[k].low in w.adverbs or tokens[k].text in _OPENING
    ):
        k += 1
    if k >= len(tokens) or tokens[k].low == "to":
        # "urged Israel to create safe zones": Israel is the object of the urging, not an actor.
        return [], ""
    verb = tokens[k].low
    if verb in _MODALS:
        return actors, "modal"
    if verb in {"had", "has", "have"}:
        k += 1
        while k < len(tokens) and tokens[k].low in _BETWEEN:
            k += 1
        if k < len(tokens) and tokens[k].low.endswith(("ed", "en")):
            return actors, "narrated"
        return actors, "modal"  # "Israel has the right to defend itself": the speaker's view
    if verb in {"is", "are", "was", "were", "remained", "remains"} or verb.endswith(("ed", "s")):
        return actors, "narrated"
    return actors, "modal"


_OPENING = frozenset({'"', "\u201c"})


def _skip_time(tokens: Sequence[Token], i: int, w: _Words) -> int:
    """Skip a leading time phrase without a comma: "On Sunday the army ...", "Late Friday"."""
    j = i
    while (
        j < len(tokens)
        and j - i < 4
        and (tokens[j].low in w.adverbs or tokens[j].low in w.time_words)
    ):
        j += 1
    if j > i and j < len(tokens) and tokens[j].text == ",":
        j += 1
    return j if j > i and any(t.low in w.time_words for t in tokens[i:j]) else i


def _subjects_at(
    text: str, tokens: Sequence[Token], i: int, w: _Words
) -> tuple[list[SpeakerMention], int]:
    """Coordinated noun phrases from token ``i`` that stand before a verb, and the verb's index."""
    subjects: list[SpeakerMention] = []
    after_comma = False  # the noun phrase being read follows a bare comma
    while i < len(tokens):
        end = _walk_right_simple(tokens, i, w)
        if end == i and tokens[i].low in w.pronouns:
            end = i + 1
        if end == i and after_comma and len(subjects) == 1:
            # "the United Arab Emirates, a member of the coalition, welcomed ...": an
            # apposition of any kind up to the next comma, then the verb.
            k = next((k for k in range(i, min(i + 12, len(tokens))) if tokens[k].text == ","), -1)
            if k > i and k + 1 < len(tokens) and tokens[k + 1].text.isalpha():
                if not tokens[k + 1].capital and tokens[k + 1].low not in {"the", "a", "an"}:
                    return subjects, k + 1
        if end == i:
            return [], i
        speaker = _speaker(text, tokens, i, end, w)
        if speaker is None:
            return [], i
        subjects.append(speaker)
        if end < len(tokens) and tokens[end].text == "," and end + 1 < len(tokens):
            nxt = tokens[end + 1]
            if (
                after_comma
                and len(subjects) == 2
                and nxt.text.isalpha()
                and not nxt.capital
                and nxt.low not in {"the", "a", "an", "and", "or", "its", "their"}
            ):
                # "Lind, the Delmar envoy, called for ...": an apposition, not a second actor.
                return subjects[:1], end + 1
            if nxt.low in {"who", "which"} or _participle(nxt):
                # "Zelensky, who is due to join the summit, hailed ...": skip to the next comma.
                k = end + 1
                while k < len(tokens) and tokens[k].text != "," and k - end < 25:
                    k += 1
                if (
                    k < len(tokens)
                    and tokens[k].text == ","
                    and k + 1 < len(tokens)
                    and not tokens[k + 1].capital
                ):
                    end = k + 1
                    return subjects, end
                return [], i
            i = end + 1
            after_comma = tokens[i].low != "and"
            if tokens[i].low == "and":
                i += 1
            continue
        if end < len(tokens) and tokens[end].low == "and":
            i = end + 1
            continue
        # The subject must be followed by a verb-like lower-case word, not more names.
        if end >= len(tokens) or tokens[end].capital or len(subjects) > 4:
            return [], i
        return subjects, end
    return [], i


def _walk_right_simple(tokens: Sequence[Token], i: int, w: _Words) -> int:
    """Like :func:`_walk_right` but stops at "and", so coordinated subjects come apart."""
    j = i
    while j < len(tokens) and _np_word(tokens[j], w) and tokens[j].low != "and":
        j += 1
    while j > i and not _head_word(tokens[j - 1], w):
        j -= 1
    return j
