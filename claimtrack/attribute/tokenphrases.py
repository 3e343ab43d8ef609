"""A source's noun phrase read over tokens, next to a reporting cue or at a clause's start.

The older readers (:mod:`.attribution`, :mod:`.subjects`) find a speaker as the run of name-like
tokens next to a cue: before it ("the Interior Ministry said"), after it ('", said Kirby'), with
titles and appositions split from names ("Dr. Amina Haddad, a ministry spokesperson, said").
The structural reader (:mod:`.read`) asks :mod:`claimtrack.syntax` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import WhoKind, cut
from ..syntax.structure import without_apostrophe_s
from ..text.patterns import lazy
from ..text.tokens import Token
from .coref import SpeakerMention
from .vocab import Words as _Words

_INITIALS = lazy(r"(?:\p{Lu}\.)+\p{Lu}?\.?")
# A name that opens with a lower-case particle joined by a hyphen: "al-Mashat", "el-Sisi".
_PARTICLE_NAME = lazy(r"(?:al|el|ad|ash|as|at|az|ar|an|ibn|bin|abu|ben)-\p{Lu}[\p{L}'\u2019]*")
# Words a speaker's phrase may open with, past which its words start; modifiers of a title.
_LEADING = frozenset({"the", "a", "an", "and"})
_LOCAL = frozenset({"city", "provincial", "regional"})


def np_word(tok: Token, w: _Words) -> bool:
    """Can ``tok`` stand inside a speaker's noun phrase?"""
    low = tok.low
    if tok.text[:1].isalpha() and tok.capital:
        core = without_apostrophe_s(tok.text)
        if len(core) > 1 and core.isupper():
            return True  # an acronym ("WHO's representative", "US"), never a function word
        return low in {"the", "a", "an"} or without_apostrophe_s(low) not in w.not_names
    return (
        low in w.modifiers
        or low in w.connectors
        or low in w.title_words
        or low in w.group_words
        or low in w.org_heads
        or bool(_INITIALS.fullmatch(tok.text))
        or bool(_PARTICLE_NAME.fullmatch(tok.text))
    )


def head_word(tok: Token, w: _Words) -> bool:
    """Can ``tok`` end a speaker's noun phrase (a name, a title, a group, an organisation)?"""
    low = without_apostrophe_s(tok.low)
    core = without_apostrophe_s(tok.text)
    if len(core) > 1 and core.isupper() and core.isalpha():
        return True  # an acronym: "WHO", "UNICEF"
    if low in w.connectors or low in w.not_names:
        return False
    if tok.text[:1].isalpha() and tok.capital or _PARTICLE_NAME.fullmatch(tok.text):
        return True  # "Mahdi al-Mashat", "Rashad al-Alimi"
    return low in w.title_words or low in w.group_words or low in w.org_heads


def walk_left(tokens: Sequence[Token], i: int, w: _Words) -> int:
    """Index of the first token of the noun phrase that ends at token ``i`` (i+1 if none)."""
    if i < 0 or not head_word(tokens[i], w):
        if i >= 0 and tokens[i].low in w.pronouns:
            return i
        return i + 1
    j = i
    while j - 1 >= 0 and np_word(tokens[j - 1], w):
        j -= 1
    while j <= i and (tokens[j].low in w.connectors or tokens[j].low == "and"):
        j += 1
    return j


def walk_right(tokens: Sequence[Token], i: int, w: _Words) -> int:
    """Index just past the noun phrase that starts at token ``i``."""
    j = i
    while j < len(tokens) and np_word(tokens[j], w):
        j += 1
    while j > i and not head_word(tokens[j - 1], w):
        j -= 1
    return j


def speaker_at(
    text: str, tokens: Sequence[Token], a: int, b: int, w: _Words, title: str | None = None
) -> SpeakerMention | None:
    """Build a speaker from tokens[a:b], splitting a leading title from a trailing name."""
    indefinite = False
    while a < b and (tokens[a].low in _LEADING or tokens[a].low in w.connectors):
        indefinite = tokens[a].low in {"a", "an"}
        a += 1
    if a >= b:
        return None
    if indefinite:
        found = speaker_at(text, tokens, a, b, w, title)
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
    heads = {without_apostrophe_s(lo) for lo in lows}
    if (
        cut_at >= 0
        and part[cut_at].capital
        and names
        and without_apostrophe_s(names[-1].low) in w.org_heads
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
    last = without_apostrophe_s(lows[-1])
    if last in w.org_heads and not any(t.capital for t in part):
        return SpeakerMention(span, written, written, None, "organization", "role")
    if any(t.capital for t in part) and last in w.org_heads:
        return SpeakerMention(span, written, written, None, "organization", "name")
    if last in w.group_words or lows[-1] in w.group_words:
        return SpeakerMention(span, written, written, None, "group", "role")
    return SpeakerMention(span, written, written, None, "person", "role")


def apposition(text: str, tokens: Sequence[Token], comma: int, w: _Words) -> SpeakerMention | None:
    """Read "NAME, TITLE," or "TITLE, NAME," ending at the comma token ``comma``."""
    start = comma - 1
    plain = True  # every word can stand in a name or title phrase
    while start >= 0 and tokens[start].text != "," and comma - start <= 12:
        if tokens[start].text in {".", ";", ":", '"', "\u201c", "\u201d"}:
            return None
        plain = plain and (np_word(tokens[start], w) or tokens[start].low in {"'s", "who"})
        start -= 1
    if start < 0 or tokens[start].text != ",":
        return None
    if not plain and not _starts_with_title(tokens, start + 1, comma, w):
        return None
    inner = speaker_at(text, tokens, start + 1, comma, w)
    outer_start = walk_left(tokens, start - 1, w)
    outer = speaker_at(text, tokens, outer_start, start, w) if outer_start < start else None
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


def before_participle(tokens: Sequence[Token], j: int, w: _Words) -> int:
    """Step back over a participle and its time words before a verb.

    "a New York Times analysis published earlier this month found that ...": the speaker ends
    before "published".
    """
    k = j
    while k > 0 and j - k < 5 and (timely(tokens[k], w) or tokens[k].low in _TIME_FILLERS):
        k -= 1
    if k < j and k > 0 and participle(tokens[k]) and tokens[k].low.endswith("ed"):
        return k - 1
    return j


_TIME_FILLERS = frozenset("earlier later this last on in at late early".split())


def chained_apposition(
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
            return apposition(text, tokens, k, w)
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


def title_before_complement(tokens: Sequence[Token], j: int, w: _Words) -> int | None:
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


def participle(tok: Token) -> bool:
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
    while k < b and (tokens[k].low in w.modifiers or tokens[k].low in _LOCAL):
        k += 1
    return k < b and tokens[k].low in w.title_words and not tokens[k].capital


def skip_relative(tokens: Sequence[Token], j: int) -> int:
    """Step back over ", which ... ," ending at the comma token ``j``; -1 if there is none.

    "The national disaster agency, which adds deaths to its tally only after local officials file
    reports, put the confirmed death toll at 229": the speaker stands before the relative clause.
    """
    k = j - 1
    while k > 0 and j - k <= 25:
        if tokens[k - 1].text == "," and (
            tokens[k].low in {"which", "who"} or participle(tokens[k])
        ):
            return k - 1
        if tokens[k].text in {".", ";", '"', "\u201c", "\u201d"}:
            return -1
        k -= 1
    return -1


def timely(tok: Token, w: _Words) -> bool:
    """A time word, singular or plural: "days", "ago", "weeks", "Monday"."""
    low = tok.low
    return low in w.time_words or low.rstrip("s") in w.time_words or low in {"ago", "day", "days"}
