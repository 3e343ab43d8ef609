"""The speakers the stance readers take: the cue-window reading, with the parse's sources.

The stance holders still read :class:`~claimtrack.attribute.attribution.Attribution` (a cue, its
speaker and the stretch it governs). Where the parse read an attribution at the same cue, its
source is the speaker ("Tomas al-Vell, head of the council, said"), so that statements and
stances name the same person; the cue-window reader then gives only the stretch.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..attribute.attribution import Attribution, find_attributions
from ..attribute.coref import SpeakerMention, speaker_mention
from ..attribute.statements import Statement
from ..find.phrases import Hit
from ..lexicon import Lexicon
from ..model import Span, Who
from ..syntax.structure import SentenceParse
from ..text.patterns import lazy
from ..text.segment import Quotation, QuoteIndex, Sentence
from ..text.tokens import Tokens

# A bullet that opens a line: "* At the current stage, we do not believe ...".
_BULLET = lazy(r"[*\u2022\u2013\-]\s")


def older_attributions(
    text: str,
    lexicon: Lexicon,
    sentences: Sequence[Sentence],
    quotes: QuoteIndex,
    cues: Sequence[Sequence[Hit]],
    tokens: Tokens,
    statements: Sequence[Statement],
) -> list[list[Attribution]]:
    """Each sentence's attributions as the cue-window reader finds them, speakers from the parse.

    ``cues`` are each sentence's reporting cues; ``statements`` the attributions the parse read.
    """
    parsed = {
        st.mention.cue[0]: st
        for st in statements
        if st.mention.source is not None
        and st.mention.site is None
        and st.mention.klass in ("speech", "cognition")  # not "citing Y": Y is no speaker
    }

    def speaker_at(cue: Span) -> tuple[SpeakerMention, Span | None] | None:
        statement = parsed.get(cue[0])
        if statement is None:
            return None
        return _parsed_speaker(statement), statement.mention.content

    return [
        [
            _with_parsed_speaker(att, parsed.get(att.cue[0]))
            for att in find_attributions(text, s, quotes, lexicon, cues[k], tokens, speaker_at)
        ]
        for k, s in enumerate(sentences)
    ]


def _with_parsed_speaker(att: Attribution, statement: Statement | None) -> Attribution:
    """``att`` with the speaker the parse reads at its cue, when that is another phrase."""
    source = statement.mention.source if statement is not None else None
    if statement is None or source is None or source.span == att.speaker.span:
        return att
    return replace(att, speaker=_parsed_speaker(statement))


def _parsed_speaker(statement: Statement) -> SpeakerMention:
    """The speaker of a statement the parse read (its source must be known)."""
    assert statement.mention.source is not None
    speaker = speaker_mention(statement.mention.source)
    who = statement.who
    if speaker.form == "name" and speaker.title is None and who is not None and who.title:
        speaker = replace(speaker, title=who.title)  # from an apposition: "Lund, the mayor,"
    return speaker


def _named_for(holder: Who, said: Who) -> bool:
    """A role noun alone ("the agency") that the statement resolved to a body's name."""
    return (
        said.kind == holder.kind
        and holder.name[:1].islower()
        and said.name[:1].isupper()
        and holder.name.casefold() not in said.name.casefold()  # not "Some 40 aid agencies"
    )


class CueSources:
    """The named sources the parse read for each cue (one per conjunct), by where cues start.

    A stance whose cue a statement's verb governs ("The premier, Tomas Arle, rejected calls for
    a truce") is held by that statement's source.
    """

    def __init__(self, statements: Sequence[Statement]) -> None:
        self._by_start: dict[int, tuple[int, list[SpeakerMention]]] = {}
        for st in statements:
            if st.mention.source is not None and st.mention.site is None:
                if st.mention.source.kind != "name":
                    continue  # "The plan calls for": only a named source stands in
                end, found = self._by_start.setdefault(st.mention.cue[0], (st.mention.cue[1], []))
                found.append(_parsed_speaker(st))
        self._starts = sorted(self._by_start)
        # who each statement's source mention was resolved to ("the agency": the KRO)
        self._who = sorted(
            ((st.who.span, st.who) for st in statements if st.who is not None),
            key=lambda e: e[0],
        )
        self._who_starts = [span[0] for span, _ in self._who]

    def resolved(self, holders: list[Who]) -> list[Who]:
        """Holders read at a statement's source mention, as the statement resolved it.

        "The Kell Relief Office (KRO) said ... The agency called on all sides to ...": the
        stance is the KRO's, as the statement is.
        """
        out: list[Who] = []
        for holder in holders:
            who = holder
            k = bisect.bisect_right(self._who_starts, holder.span[1])
            while k > 0 and self._who[k - 1][0][1] > holder.span[0]:
                k -= 1
                span, said = self._who[k]
                if span[0] < holder.span[1] and _named_for(holder, said):
                    who = said  # the same mention, whichever words each kept of it
                    break
            if who not in out:
                out.append(who)
        return out

    def together(
        self, text: str, cue: int, resolve: Callable[[SpeakerMention], Who | None]
    ) -> list[Who]:
        """The named sources of the cue at ``cue`` when it has several ("Lind and Varga")."""
        found = self.at(text, cue)
        if len(found) < 2:
            return []
        return [who for who in map(resolve, found) if who is not None]

    def at(self, text: str, cue: int) -> list[SpeakerMention]:
        """The sources of the statement cue at ``cue``, or right before it with its object."""
        k = bisect.bisect_right(self._starts, cue) - 1
        if k < 0:
            return []
        end, found = self._by_start[self._starts[k]]
        return found if end >= cue or _GOVERNED.fullmatch(text, end, cue) else []


# What may stand between a verb and the stance cue that is its object: "rejected (new) calls".
_GOVERNED = lazy(
    r"(?:[^\S\n]++(?:the|an?|his|her|its|their|new|renewed|fresh|repeated))*+[^\S\n]++"
)


def named_role(
    text: str,
    holders: list[Who],
    parsed: Sequence[SpeakerMention],
    resolve: Callable[[SpeakerMention], Who | None],
) -> list[Who]:
    """A lone role holder with a name in apposition is that person: "The premier, Lund, said".

    ``parsed`` are the sources the parse read at the cue; the one set off by a comma right
    after the role (a title of its own may open it: "The army chief, General Bo Harrin,")
    replaces it. With no holder read at all, the parse's sources hold the stance. They are
    resolved (which tells coreference they were mentioned) only when they are taken.
    """
    if not holders:  # no subject read before the cue: the parse's sources at it
        return [who for who in map(resolve, parsed) if who is not None]
    if len(holders) != 1 or len(parsed) != 1:
        return holders
    role = holders[0]
    if role.title is None and _APPOSED.fullmatch(text, role.span[1], parsed[0].span[0]):
        named = resolve(parsed[0])
        return [named] if named is not None else holders
    return holders


_APPOSED = lazy(r"[^\S\n]*+,[^\S\n]*+(?:\p{Lu}[\p{L}.]*+[^\S\n]++){0,2}+")


def named_phrases(
    parses: Sequence[SentenceParse], statements: Sequence[Statement]
) -> dict[Span, SpeakerMention]:
    """The parsed phrases that name a person with a title, by their span.

    A source's title may come from an apposition the statement read ("Tomas al-Vell, head of
    the council, said"): its phrase takes that title.
    """
    named = {
        phrase.span: speaker_mention(phrase)
        for parse in parses
        for phrase in parse.phrases
        if phrase.kind == "name" and phrase.name and phrase.title
    }
    for st in statements:
        source, who = st.mention.source, st.who
        if source is None or who is None or not who.title or source.span in named:
            continue
        if source.kind == "name" and source.name and who.name == source.name:
            named[source.span] = replace(speaker_mention(source), title=who.title)
    return named


def list_speakers(
    text: str, sentences: Sequence[Sentence], attributions: Sequence[Sequence[Attribution]]
) -> dict[int, Attribution]:
    """The speaker of each bulleted line that follows "X specified ..., saying:"."""
    out: dict[int, Attribution] = {}
    speaker: Attribution | None = None
    paragraph = -1
    for index, sentence in enumerate(sentences):
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            if not _BULLET.match(text, sentence.span[0], sentence.span[1]):
                speaker = None
        if speaker is not None:
            out[index] = speaker
        if sentence.text.rstrip().endswith(":") and attributions[index]:
            speaker = attributions[index][-1]
    return out


def quote_speakers(
    quotes: Sequence[Quotation],
    sentences: Sequence[Sentence],
    attributions: Sequence[Sequence[Attribution]],
) -> dict[int, Attribution]:
    """The attribution of each quotation: the reporting cue nearest to it, outside it.

    Cues are looked for in the quotation's paragraph: in the sentences it spans and the one
    after it; failing those, in the sentence before it, for a quotation that goes on after its
    speaker is named ('..., Kirby said Monday. "We support that. We do not support ..."').
    """
    out: dict[int, Attribution] = {}
    starts = [s.span[0] for s in sentences]
    for qi, quote in enumerate(quotes):
        first = max(0, bisect.bisect_right(starts, quote.span[0]) - 1)
        last = bisect.bisect_left(starts, quote.span[1])
        paragraph = sentences[first].paragraph if sentences else -1
        candidates = [
            a
            for k in range(first, min(last + 1, len(sentences)))
            if sentences[k].paragraph == paragraph
            for a in attributions[k]
        ]
        if (
            not candidates
            and first > 0
            and sentences[first - 1].paragraph == paragraph
            and quote.span[0] - sentences[first].span[0] <= 2  # the quotation opens its sentence
        ):
            candidates = list(attributions[first - 1][-1:])
        if candidates:
            out[qi] = min(
                candidates,
                key=lambda a: min(abs(a.cue[0] - quote.span[1]), abs(a.cue[1] - quote.span[0])),
            )
    return out
