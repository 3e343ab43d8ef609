"""Who gives each figure: the statement whose content holds it, or the count just before it.

:class:`FigureSources` reads a document's figures sentence by sentence. A figure's source is
the source of the innermost statement whose content holds it (:class:`.statements.Covering`,
read from each sentence's structure); a figure in a narrator's relative clause (", which left
1,400 dead,") or told in passing as an event's ("the massacre of 1,400 people") has none. A
sentence of its own right after an attributed count goes on with that count's source when it
speaks in tally words ("The number of injured stood at 27,022", "Forty-one of the new deaths
were in Torvik"): the same source, unless a verb of saying before the figure names another.
Coordinated speakers ("Kirby and Lund said 20 people died") give one statement each; the figure
is the first speaker's, the first of those statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from ..attribute.statements import Covering, Statement
from ..lexicon import Lexicon, term_pattern
from ..model import Span, Who
from ..text.patterns import lazy
from ..text.segment import QuoteIndex, Sentence
from .figures import FigureMention

# A figure inside a narrator's relative clause (", which left more than 1,400 dead,") is the
# writer's background, not the speaker's words.
RELATIVE = lazy(r",\s+(?:which|who)\s+[^,]*$")
# A number that takes a part of a set already named: "Forty-one of the new deaths".
_PART_OF = lazy(r"\s+of\s+(?:the|these|those|them)\b", regex.I)


# A count joined to the one before it by "and": "fifty-one dead and 130 injured".
_JOINED = lazy(r"[^\S\n]*+(?:\p{Ll}++[^\S\n]++)?and[^\S\n]++")
# After the verb that gave a count, the number it is compared with: "said (on Tuesday), up from".
_COMPARED_AFTER = lazy(
    r"[^,;.!?\n]{0,30}+,[^\S\n]*+(?:up|down)[^\S\n]++from[^\S\n]++(?:the[^\S\n]++)?"
)
# The rest of a closing saying clause, then a part of the count before: "12,000 have fled, the
# council said on Monday, (4,500) of them from Tarn", "..., police said, (six) of them children".
_PART_AFTER = lazy(r"[^,;.!?\n]{0,30}+,[^\S\n]*+(?:[\p{L}-]++[^\S\n]++){0,2}?\Z")
_OF_THEM = lazy(r"[^\S\n]++of[^\S\n]++(?:them|whom|those)\b", regex.I)


class FigureSources:
    """The sources of a document's figures, read in order; one per document."""

    def __init__(
        self, text: str, lexicon: Lexicon, statements: Sequence[Statement], quotes: QuoteIndex
    ) -> None:
        self.text = text
        self.lex = lexicon
        self.quotes = quotes
        places = (*lexicon.places.generic, *lexicon.numbers.context.get("places", ()))
        self.covering = Covering(statements, frozenset(w.casefold() for w in places))
        # a count verb whose subject is a place: the count's place, no source that interrupts
        # a count going on ("By prefecture, Orsk has confirmed 8,069 deaths")
        self._place_cues = {
            s.mention.cue[0]
            for s in statements
            if s.mention.source is not None and self.covering.is_place(s.mention.source)
        }
        # "citing the health ministry", "quoting officials": who a relayed figure comes from
        citing = {c.casefold() for c in lexicon.reporting.citing}
        self._citing = [
            s
            for s in statements
            if s.who is not None and text[s.mention.cue[0] : s.mention.cue[1]].casefold() in citing
        ]
        # A statement equal to a citing one has its cue: a set of cues answers most of
        # ``statement in self._citing`` without comparing statements field by field.
        self._citing_cues = {s.mention.cue for s in self._citing}
        # Coordinated speakers ("Kirby and Lund said") give one statement each, with the same cue
        # and content; a figure they give is the first's, as the first of those statements.
        self._first: dict[tuple[Span, Span | None], Statement] = {}
        for s in statements:
            self._first.setdefault((s.mention.cue, s.mention.content), s)
        self._previous: Who | None = None  # the source of the last attributed count
        self._previous_place: str | None = None  # and its place
        self._carried_place: str | None = None
        self._previous_paragraph = -1
        self._carried: Who | None = None
        self._goes_on = False  # whether the sentence being read may go on with the count before

    def begin(
        self,
        sentence: Sentence,
        opens_paragraph: bool,
        figures: Sequence[FigureMention],
    ) -> None:
        """Start a sentence: may it go on with the count of the sentence before?"""
        self._carried, self._carried_place = None, None
        # the last attributed count of the sentence: its source, end, place and cue
        self._in_sentence: tuple[Who, int, str | None, Span | None] | None = None
        near = sentence.paragraph == self._previous_paragraph or (
            sentence.paragraph == self._previous_paragraph + 1 and opens_paragraph
        )
        # one figure in tally words carries the sentence: "32 of the deaths were in Kell and
        # five in Morra"
        self._goes_on = (
            self._previous is not None
            and near
            and any(self._continues_count(f.number.span, sentence) for f in figures if f.category)
        )

    def source(
        self, fig: FigureMention, sentence: Sentence, cue_starts: Sequence[int]
    ) -> tuple[Who | None, Statement | None, bool]:
        """The figure's source, the statement that holds it, and whether it is told in passing.

        ``cue_starts`` are the starts of the sentence's reporting cues.
        """
        background = self.in_passing(fig.span[0], sentence)
        # (the number's last character: "about 2,500" is held where "2,500" is)
        statement = None if background else self.covering.at(fig.span[1] - 1)
        if statement is not None:
            statement = self._first[(statement.mention.cue, statement.mention.content)]
        held = statement.mention.content if statement is not None else None
        relative = RELATIVE.search(self.text, held[0], fig.span[0]) if held else None
        if relative is not None and not self._counts_before(relative.start()):
            statement = None  # ", which left 1,400 dead,": the writer's background
        who = statement.who if statement is not None else None
        if (
            who is None
            and self._goes_on
            and fig.category
            and not any(
                start < fig.span[0] and start not in self._place_cues for start in cue_starts
            )
            and self.quotes.at(fig.span[0]) is None
            and not self._elsewhere(fig)
        ):
            # "The council lists 1,779 missing, spokesman X said. The number of injured stood
            # at 27,022."
            who = self._previous
        if who is None and fig.category and self._in_sentence is not None:
            who = self._goes_on_in_sentence(fig, cue_starts)
        if who is not None and fig.category:
            self._carried, self._carried_place = who, fig.scope.place
            cue = statement.mention.cue if statement is not None else None
            self._in_sentence = (who, fig.span[1], fig.scope.place, cue)
        return who, statement, background

    def origin(
        self, who: Who | None, statement: Statement | None, sentence: Sentence
    ) -> Who | None:
        """Who a relayed figure comes from: the one its source cites in the same sentence.

        "The toll rose to 73, the Courier reported, citing the prefectural government": the
        Courier gives the figure (``who``), the government is where it comes from.
        """
        if who is None or statement is None:
            return None
        if statement.mention.cue in self._citing_cues and statement in self._citing:
            return None
        for cited in self._citing:
            cue = cited.mention.cue
            if sentence.span[0] <= cue[0] < sentence.span[1] and cited.who != who:
                # a body or a person, not a group with no name ("government sources"), whose
                # chain a reconciler could not follow
                return cited.who if cited.who and cited.who.kind != "group" else None
        return None

    def _goes_on_in_sentence(self, fig: FigureMention, cue_starts: Sequence[int]) -> Who | None:
        """The source of the count before, when a clause goes on with it: ", while 19 were ...".

        The count opens the clause, as its subject ("while Israel had freed 240" is Israel's
        act), and names no other place than the count before ("Turkish officials put the toll
        at 19,388, while 3,377 deaths have been confirmed in Syria" is no count of theirs).
        """
        assert self._in_sentence is not None
        who, after, place, cue = self._in_sentence
        if (
            cue is not None
            and after <= cue[0] < fig.span[0]
            and _COMPARED_AFTER.fullmatch(self.text, cue[1], fig.span[0])
        ):
            return who  # "99 had died, the governor said, up from 96 on Monday": hers too
        if (
            cue is not None
            and after <= cue[0] < fig.span[0]
            and _PART_AFTER.match(self.text, cue[1], fig.span[0])
            and _OF_THEM.match(self.text, fig.number.number_span[1])
        ):
            return who  # "..., police said, six of them children": a part of their count
        if any(after <= start < fig.span[0] for start in cue_starts):
            return None  # ", while rescuers said 60 were missing": a source of its own
        pattern = self.lex.memo(
            "extract.continuing_clauses",
            lambda lex: term_pattern(r",\s*\L<t>(?![\p{L}])", lex.reporting.continuing_clauses),
        )
        if _JOINED.fullmatch(self.text, after, fig.span[0]):
            return who  # "the toll stood at fifty-one dead and 130 injured": joined to it
        found = pattern.search(self.text, after, fig.span[0]) if pattern is not None else None
        if found is None or fig.scope.place not in (None, place):
            return None
        opening = self.text[found.end() : fig.span[0]].split()
        if any(w[:1].isupper() for w in opening):
            return None
        tally = self._tally_words()
        if len(opening) > 2 and (
            tally is None or not tally.search(self.text, found.end(), fig.span[0])
        ):
            return None  # but "while the nationwide toll stood at 51": the tally goes on
        return who

    def _elsewhere(self, fig: FigureMention) -> bool:
        """A place that gave its own count before is no source of another place's count.

        "Velora's toll climbed to 20. The number missing in Ahrn fell to 1,000": not Velora's.
        """
        previous, own, place = self._previous, self._previous_place, fig.scope.place
        return (
            previous is not None
            and own is not None
            and place is not None
            and (previous.name or "").casefold() == own.casefold() != place.casefold()
        )

    def end(self, sentence: Sentence) -> None:
        """Close a sentence: its last attributed count is what the next one may go on with."""
        self._previous, self._previous_place = self._carried, self._carried_place
        self._previous_paragraph = sentence.paragraph

    def _counts_before(self, pos: int) -> bool:
        """Whether a tally word (``reporting.continuing``) ends right before ``pos``.

        "The death toll, which stood at 78," is the source's own count, not an event's
        background ("The quake, which left 1,400 dead,").
        """
        pattern = self._tally_words()
        return pattern is not None and any(
            m.end() == pos for m in pattern.finditer(self.text, max(0, pos - 20), pos)
        )

    def in_passing(self, pos: int, sentence: Sentence) -> bool:
        """Is the count at ``pos`` an event's, told in passing ("the massacre of 1,400 people")?

        Not when a reporting verb governs the event noun: "officials confirmed the deaths of 35".
        """
        pattern, verbs = self.lex.memo(
            "extract.in_passing",
            lambda lex: (
                term_pattern(
                    r"(?<![\p{L}])([\p{L}]+)\s+the\s+(?:[\p{L}\-]+\s+){0,2}?\L<t>\s+of\s+$",
                    lex.reporting.event_nouns,
                ),
                frozenset(v.casefold() for v in lex.reporting.verbs),
            ),
        )
        if pattern is None:
            return False
        found = pattern.search(self.text, max(sentence.span[0], pos - 80), pos)
        return found is not None and found.group(1).casefold() not in verbs

    def _tally_words(self) -> Any:
        """The pattern of ``reporting.continuing``: tally words that go on with a count."""
        return self.lex.memo(
            "extract.continuing",
            lambda lex: term_pattern(r"(?<![\p{L}])\L<t>(?![\p{L}])", lex.reporting.continuing),
        )

    def _continues_count(self, number: Span, sentence: Sentence) -> bool:
        """Does the sentence speak of a count in tally words ("the toll", "of the dead")?"""
        pattern = self._tally_words()
        if _PART_OF.match(self.text, number[1]):
            return True  # "Forty-one of the new deaths": a part of a set named before
        end = min(sentence.span[1], number[1] + 20)
        return pattern is not None and pattern.search(self.text, sentence.span[0], end) is not None
