"""Which way a year-less date points: read from the words that govern it, in its own clause.

"on Friday" in a news report is the last Friday; in "talks will resume on Friday" it is the next
one, and in "the dividend is payable Dec. 7" it is the Dec. 7 nearest the publication date,
whichever side it lies on. The word classes are data (``dates.toml``, ``[words]``):

- ``scheduled``: a word that schedules the date ("payable", "expires", "effective", "of
  record", "postponed until"), or ``scheduled_after``, a noun right after it ("the Jan. 14
  deadline"): the nearest such day ("near");
- ``future_cues``, ``past_cues`` and ``reporting_cues``: auxiliaries, modals and verbs of the
  date's clause; the one nearest before the date decides ("will vote on Tuesday" ahead;
  "funerals will be held for those killed on Friday" back). A reporting verb decides only for
  a date close after it ("said on Tuesday"), not for one in the clause it reports;
- a date that opens its clause ("On Friday, the council will vote") takes the first such cue
  after it;
- ``event_nouns`` right after the date ("the Oct. 23 slaying", "Saturday's quake"): the past;
- ``deadline_prepositions`` ("by Jan. 14", "until March 6") with no verb cue: "near";
- otherwise "unmarked": a weekday is then past, a day of the year the one of this year if that
  is past, else the nearer one (see :mod:`claimtrack.find.datecalc`).

The clause is cut at sentence ends, semicolons, colons, brackets, dashes, quotation marks (so a
quotation's tense does not leak into its reporting clause: '"We will win," he said on Tuesday')
and at the words in ``clause_openers`` ("who", "which", "after"). This is a word-class grammar
over the words near the date (a walk over a few dozen tokens, no pattern per position); when
the syntax layer can name a date's governing verb, :func:`direction` is the one place to ask
it instead.

    >>> from claimtrack.lexicon import load_lexicon
    >>> rules = tense_rules(load_lexicon())
    >>> text = "The rights, which expire Nov. 21, will trade on Friday, the firm said Monday."
    >>> [direction(text, text.index(w), rules) for w in ("Nov.", "Friday", "Monday")]
    ['near', 'future', 'past']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..lexicon import Lexicon
from ..text.patterns import lazy
from .datecalc import Direction

WINDOW = 160  # characters before a date read for its clause
# A word, or the suffix of a contraction ("won" "'t", "he" "'ll"). The stdlib engine: these two
# simple patterns run for every year-less date, and it reads them faster.
_WORD = re.compile(r"\w+|['\u2019]\w+")
# Where a clause ends: a sentence end before a capital ("end", checked in code: not the dot of
# "Nov. 30", "U.S." or "Mr."), a semicolon, colon, bracket, newline, a dash between blanks
# ("talks - which", not "mid-April"), or a quotation mark of any kind (curly, guillemets, the
# `` '' of older wires).
_BREAK = re.compile(
    r"(?P<end>[.!?][\"'\u201d\u2019)]*\s+[\"\u201c'\u2018(]*(?=\w))"
    r"|[;:()\[\]\n\"\u201c\u201d\u00ab\u00bb]|``|''|\s[-\u2013\u2014]{1,2}\s"
)
_LAST_WORD = lazy(r"\w+$")
_REPORTING_REACH = 3  # words between a reporting verb and a date it governs: "told reporters on"
_POSSESSIVE = frozenset(("'s", "\u2019s"))
_LONGEST = 4  # words in the longest cue the walk looks for


@dataclass(frozen=True, slots=True)
class TenseRules:
    """The word classes of :func:`direction`, as tuples of case-folded words."""

    # Cue -> "future", "near" (future in the past), "past", "reporting" or "scheduled".
    kinds: dict[tuple[str, ...], str]
    # The last word of every cue: the walk tries a cue only where one may end.
    last_words: frozenset[str]
    openers: frozenset[str]
    # ", who will retire," between a subject and its verb.
    aside: regex.Pattern[str]
    deadline: frozenset[str]
    after: frozenset[tuple[str, ...]]
    # Nouns of events a date before them names as told: "the Oct. 23 slaying".
    events: frozenset[tuple[str, ...]]
    passive: frozenset[str]
    # "The Dec. 2 count": a date after a determiner modifies a noun and opens no clause.
    determiners: frozenset[str]
    # Words whose dot ends no sentence ("Mr.", "Gen."), from segment.toml.
    abbreviations: frozenset[str]


def tense_rules(lexicon: Lexicon) -> TenseRules:
    """The direction grammar of ``lexicon``, built once and kept on it."""
    return lexicon.memo("dates.tense", _build)


def _words(text: str, lo: int = 0, hi: int | None = None) -> list[str]:
    """The case-folded words of ``text[lo:hi]``."""
    return _WORD.findall(text[lo:hi].casefold())


def _build(lexicon: Lexicon) -> TenseRules:
    w = lexicon.dates.words
    kinds = {tuple(_words(c)): "scheduled" for c in w.scheduled}
    kinds.update({tuple(_words(c)): "past" for c in w.past_cues})
    kinds.update({tuple(_words(c)): "reporting" for c in w.reporting_cues})
    kinds.update({tuple(_words(c)): "future" for c in w.future_cues})
    kinds.update({tuple(_words(c)): "near" for c in w.future_in_past_cues})
    kinds.pop((), None)

    def single(terms: Iterable[str]) -> frozenset[str]:
        return frozenset(" ".join(_words(t)) for t in terms)

    return TenseRules(
        kinds=kinds,
        last_words=frozenset(k[-1] for k in kinds),
        openers=single(w.clause_openers),
        aside=lazy(
            r",[^\S\n]*\L<openers>\b[^,;:\n]*,", regex.IGNORECASE, openers=list(w.clause_openers)
        ),
        deadline=single(w.deadline_prepositions),
        after=frozenset(tuple(_words(t)) for t in w.scheduled_after),
        events=frozenset(tuple(_words(t)) for t in w.event_nouns),
        passive=single(w.passive_auxiliaries),
        abbreviations=frozenset(lexicon.segment.abbreviations),
        determiners=single(w.year_determiners),
    )


def direction(text: str, start: int, rules: TenseRules, end: int | None = None) -> Direction:
    """Which way the year-less date at ``start`` (ending at ``end``) points.

    Args:
        text: the document.
        start: where the date expression begins.
        rules: from :func:`tense_rules`.
        end: where it ends; needed to read a noun after it ("the Jan. 14 deadline").

    Returns:
        "future", "near", "past", or "unmarked" when no word decides (see the module docstring).
    """
    lo = max(0, start - WINDOW)
    for brk in _breaks(text, lo, start, rules):
        lo = brk.end()
    # A relative clause set off by commas is left out: "The mayor, who will retire, spoke".
    clause: list[str] = []
    if text.count(",", lo, start) >= 2:
        for aside in rules.aside.finditer(text, lo, start):
            clause += _words(text, lo, aside.start())
            lo = aside.end()
    clause += _words(text, lo, start)
    for i in range(len(clause) - 1, -1, -1):
        if clause[i] in rules.openers:
            clause = clause[i + 1 :]
            break
    if end is not None:
        following = _words(text, end, end + 30)
        if _scheduled_after(following, rules.after):
            return "near"
        if _scheduled_after(following, rules.events):
            return "past"  # "the Oct. 23 slaying", "Saturday's quake": an event already told
        if following and following[0] in _POSSESSIVE:
            # "Wednesday's ruling": the date modifies a noun, not the verb of the clause
            return "unmarked"
    kind = _nearest_kind(clause, rules)
    if (
        kind is None
        and end is not None
        and len(clause) <= 2
        and rules.determiners.isdisjoint(clause)
    ):
        # "On Friday, the council will vote": the first cue after a date that opens its clause
        kind = _first_kind_after(text, end, rules)
    if kind is not None:
        return kind
    words = [w for w in clause if w != "the"]
    if words and words[-1] in rules.deadline:
        return "near"
    return "unmarked"


def _breaks(text: str, lo: int, hi: int, rules: TenseRules) -> Iterator[re.Match[str]]:
    """The clause breaks in ``text[lo:hi]``, in order (a sentence end needs a capital after)."""
    for brk in _BREAK.finditer(text, lo, min(len(text), hi + 1)):
        if brk.end() > hi:
            return
        if brk["end"] is None or (
            text[brk.end()].isupper() and not _abbreviation(text, brk.start(), rules)
        ):
            yield brk


def _abbreviation(text: str, dot: int, rules: TenseRules) -> bool:
    """Whether the dot at ``dot`` ends an abbreviation or an initial: "Mr. Smith", "P. Davison"."""
    if text[dot] != ".":
        return False
    word = _LAST_WORD.search(text, max(0, dot - 12), dot)
    if word is None:
        return False
    return (
        len(word.group()) == 1
        and word.group().isupper()
        or word.group() + "." in rules.abbreviations
    )


def _cue_ending(words: list[str], i: int, rules: TenseRules) -> tuple[int, str] | None:
    """The longest cue whose last word is ``words[i]``: (its first word, its kind)."""
    if words[i] not in rules.last_words:
        return None
    for n in range(min(_LONGEST, i + 1), 0, -1):
        kind = rules.kinds.get(tuple(words[i - n + 1 : i + 1]))
        if kind is not None:
            return i - n + 1, kind
    return None


def _nearest_kind(clause: list[str], rules: TenseRules) -> Direction | None:
    """The direction of the cue nearest before the date in its clause.

    A scheduling word reads the nearest day ("payable on Dec. 7", "extended its offer to Nov.
    30"). A past form after "be"/"been" is a participle of the verb group before it: "will be
    held on Friday". A reporting verb governs a date only close after it ("said on Tuesday",
    "told reporters Tuesday"); further on, the date belongs to the reported clause, which has
    no cue of its own: "Orlo said it is calling the notes on Dec. 7".
    """
    i = len(clause) - 1
    while i >= 0:
        found = _cue_ending(clause, i, rules)
        if found is None:
            i -= 1
            continue
        first, kind = found
        if kind == "near" and clause[i] == "to" and _object_after(clause, i, rules):
            kind = "past"  # "agreed to the sale in February": what was agreed, not an act
        if kind in ("scheduled", "near"):
            return "near"
        if kind == "reporting":
            return "past" if len(clause) - 1 - i <= _REPORTING_REACH else None
        if not (kind == "past" and first > 0 and clause[first - 1] in rules.passive):
            return "future" if kind == "future" else "past"
        i = first - 1
    return None


def _object_after(clause: list[str], i: int, rules: TenseRules) -> bool:
    """Whether "to" at ``i`` opens a noun phrase rather than an infinitive: "to the sale"."""
    return i + 1 < len(clause) and (
        clause[i + 1] in rules.determiners or clause[i + 1][0].isdigit()
    )


def _first_kind_after(text: str, end: int, rules: TenseRules) -> Direction | None:
    """The direction of the first verb cue after a date that opens its clause."""
    hi = min(len(text), end + WINDOW)
    brk = next(_breaks(text, end, hi, rules), None)
    words = _words(text, end, hi if brk is None else brk.start())
    for i, word in enumerate(words):
        if word in rules.openers:
            return None
        if word not in rules.last_words:
            continue
        found = _cue_ending(words, i, rules)
        if found is not None and found[1] != "scheduled":
            # "On Monday, X said"; "On Friday, the firm planned to pay": the planning's day
            return "future" if found[1] == "future" else "past"
    return None


def _scheduled_after(words: list[str], nouns: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``nouns`` follows the date, up to two words on: "the Jan. 14 deadline"."""
    for i in range(min(3, len(words))):
        if (words[i],) in nouns or tuple(words[i : i + 2]) in nouns:
            return True
    return False
