"""The actors that open a clause, read over tokens: "Germany held off ...", "The UN and Canada".

Used by the stance holders (:mod:`claimtrack.assemble.positions`) where a position has no
attribution of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Lexicon
from ..model import Span
from ..syntax.datelines import dateline_end
from ..text.segment import Sentence
from ..text.tokens import Token, Tokens, tokenize
from .coref import SpeakerMention
from .tokenphrases import head_word, np_word, participle, speaker_at, timely, walk_right
from .vocab import Words as _Words
from .vocab import words


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
    i = dateline_end(tokens) + 1  # past "JERUSALEM, Nov 7 (Reuters) -", if any
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
                    not walk_right(tokens, i, w) > i
                    or first.low in _LEADING
                    or first.low.endswith("ly")
                    or participle(first)
                    or any(timely(t, w) for t in tokens[i:k])  # "Two days ago, ..."
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
    if i + 1 < len(tokens) and tokens[i].low in ("both", "neither") and _named_next(tokens[i + 1]):
        i += 1  # "Both Velt and Orlan", "Neither the army nor": the actors after it
    if i + 1 < len(tokens) and tokens[i].low in _QUANTIFIERS and not tokens[i + 1].capital:
        pass  # "Several of them", "Some say": no actor named
    elif i < len(tokens) and tokens[i].low in _QUANTIFIERS:
        i += 1  # "Several Democratic lawmakers in the House have introduced ..."
    subjects, _ = _subjects_at(text, tokens, i, w)
    return subjects


def _named_next(token: Token) -> bool:
    """Whether a name or a definite phrase follows "both" or "neither" ("Both sides": not)."""
    return token.capital or token.low == "the"


_QUANTIFIERS = frozenset("several some many most two three four five dozens".split())


# Words that open a leading phrase before the subject.
_LEADING = frozenset(
    "at in on during after before amid despite following earlier later since with under "
    "throughout over for as by from to according unlike like besides beyond within without "
    "upon across along speaking asked addressing meanwhile however again still".split()
)


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
    # a name or a role, in capitals or not ("the Saudi crown prince", "the president")
    actors = [s for s in subjects if s.form in ("name", "role")]
    if not subjects or len(actors) < len(subjects):
        return [], ""
    k = verb_at
    if k < len(tokens) and tokens[k].low in _PREPOSITIONS:
        k = _infinitive_after(tokens, k)  # "urged Israel in a call on Monday to agree"
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


def _infinitive_after(tokens: Sequence[Token], k: int) -> int:
    """The "to" of an infinitive after a phrase at ``k``, before any finite verb; else ``k``.

    "urged Israel in a call on Monday to agree": Israel is the object of the urging; "said the
    rebels on Sunday agreed to": the rebels' own verb comes first.
    """
    for j in range(k, min(len(tokens), k + 10)):
        low = tokens[j].low
        if low == "to":
            return j
        if low in _MODALS or low.endswith("ed") or low in ("is", "are", "was", "were", "has"):
            return k
    return k


_PREPOSITIONS = frozenset({"in", "on", "at", "during", "by", "over", "after", "before", "via"})


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
        speaker = speaker_at(text, tokens, i, end, w)
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
            if nxt.low in {"who", "which"} or participle(nxt):
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
        if end < len(tokens) and tokens[end].low in ("and", "nor"):
            i = end + 1
            continue
        # The subject must be followed by a verb-like lower-case word, not more names.
        if end >= len(tokens) or tokens[end].capital or len(subjects) > 4:
            return [], i
        return subjects, end
    return [], i


def _walk_right_simple(tokens: Sequence[Token], i: int, w: _Words) -> int:
    """Like :func:`walk_right` but stops at "and", so coordinated subjects come apart."""
    j = i
    while j < len(tokens) and np_word(tokens[j], w) and tokens[j].low != "and":
        j += 1
    while j > i and not head_word(tokens[j - 1], w):
        j -= 1
    return j
