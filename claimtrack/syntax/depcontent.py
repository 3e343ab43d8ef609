"""What a verb of saying or thinking governs, read from a dependency tree.

The first of: a quotation that follows the verb; its ``ccomp`` or ``xcomp`` (and what the parser
mistakes for an adverbial clause: one opened by "that", a bare infinitive); a quotation after a
colon in its own words; what a prepositional particle governs ("called for the mayor to
resign"); a "that" clause hung on a noun after its preposition ("said in a statement that
..."); a quotation before its subject, or before the sentence ('"...." Lund said.'); a clause
before it closed by a comma; its object ("confirmed the deaths of 12 people"); the clause it
interrupts or ends when set off by a comma ("the toll, he said, will rise"); or, for a verb of
speech, its topic ("warned of the dangers").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Span
from .content import HEARER_VERBS
from .deptree import Tree, left_edge, right_edge, under
from .structure import Phrase, Quote, VerbGroup
from .words import WordClasses

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SKIP_BEFORE_CONTENT = frozenset({",", ":", "that", "\u2014", "\u2013"})
_END_MARKS = frozenset({".", "!", "?", "\u2026", ",", ";", ":", "\u2014", "\u2013", "--"})
# Marks that set a reporting clause off from what it reports: "The toll, he said, will rise".
_SETTING_OFF = frozenset({",", "\u2014", "\u2013", "--", '"', "\u201d", "'", "\u2019"})
# Phrases that name people: one cannot say them, only say something to them.
_PEOPLE = frozenset({"pronoun", "name", "role", "group"})
# Classes of verbs whose content is a clause or a quotation, never an object alone.
_NEED_A_CLAUSE = frozenset({"cognition", "evidence", "quoting"})
# Prepositions after a verb of speech that give its topic: "warned of", "joked about".
_TOPIC = frozenset({"of", "about"})
# Marks that close a relative clause set off inside a sentence.
_ASIDE_ENDS = frozenset({",", "\u2014", "\u2013", "--", ";"})
# Signs of money before a figure: "$3 million" is a sum, not a count.
_CURRENCY = frozenset({"$", "\u20ac", "\u00a3", "\u00a5"})
# Labels of a particle that takes an object: "called for X", "referred to X".
_TAKES_OBJECT = frozenset({"prep", "mark", "dative", "agent"})
# Labels after which a verb's own words end: "pointed to X, noting ...", "... and left".
_ENDS_PREDICATE = frozenset({"punct", "cc", "conj", "parataxis"})


class ContentReader:
    """Reads the content of each verb of saying or thinking in one sentence's tree."""

    def __init__(
        self,
        tree: Tree,
        kids: list[list[int]],
        of_head: dict[int, Phrase],
        groups: dict[int, VerbGroup],
        quotes: Sequence[Quote],
        classes: WordClasses,
    ) -> None:
        self.tree, self.kids, self.of_head, self.groups = tree, kids, of_head, groups
        self.quotes, self.classes = quotes, classes

    def _first_conjunct(self, h: int) -> int:
        return first_conjunct(self.tree, h)

    def content(self, h: int, vg: VerbGroup, klass: str, first: int) -> Span | None:
        """What a verb of saying or thinking governs (see the module docstring).

        The verb's class (from the lexicon) limits it: a verb of quoting governs only a
        quotation ("Lund continued: '...'"), one of thinking or evidence a clause or a
        quotation, not an object. In a relative clause it ends where the clause does: "the
        attacks, which officials said were planned abroad, shocked the town".
        """
        span = self._content(h, vg, klass, first)
        if span is None or self.tree.deps[first_conjunct(self.tree, h)] != "relcl":
            return span
        words = self.tree.words
        for w in words[vg.last + 1 :]:
            inside = any(q.span[0] < w.start < q.span[1] for q in self.quotes)
            if span[0] < w.start < span[1] and w.text in _ASIDE_ENDS and not inside:
                end = max(v.end for v in words if span[0] <= v.start and v.end <= w.start)
                return (span[0], end)
        return span

    def _content(self, h: int, vg: VerbGroup, klass: str, first: int) -> Span | None:
        tree, words = self.tree, self.tree.words
        k = vg.last + 1
        while k < len(words) and (words[k].text.casefold() in _SKIP_BEFORE_CONTENT):
            k += 1
        if k < len(words) and self._quote_from(words[k].start) is not None:
            return self._quote_from(words[k].start)
        back = self._quote_before(first)
        if klass == "quoting":
            return back or self._quote_before_sentence(first)
        # "the storm, said to be the worst": an infinitive is no content of some verbs.
        no_infinitive: frozenset[str] = getattr(self.classes, "no_infinitive", frozenset())
        infinitive = vg.lemma not in no_infinitive
        particle = vg.last if vg.last > h else None
        comp = [c for c in self.kids[h] if c != particle and self._complement(h, c, infinitive)]
        after = [c for c in comp if c > h]
        if after:
            return self._clause_span(after[0], skip_mark=True, start=vg.last + 1)
        colon = self._after_colon(h, vg)
        if colon is not None:
            return colon
        if particle is not None and tree.deps[particle] in _TAKES_OBJECT:
            rest = self._rest_after(h, particle)  # "called for X to resign", "referred to X"
            if rest is not None:
                return rest
        that = self._that_clause(h, vg)
        if that is not None:
            return that
        if back is not None:
            return back
        before = [c for c in comp if c < h and self._closed_by_mark(c)]
        if before:
            return self._clause_span(before[-1], skip_mark=True)
        obj = next((c for c in self.kids[h] if tree.deps[c] in ("dobj", "attr") and c > h), None)
        if obj is not None and klass == "count":
            return self._count_given(h, obj)
        said = klass not in _NEED_A_CLAUSE or self._small_clause(h, obj)
        if obj is not None and said and not self._hearer(obj, klass):
            # "mentioned Lund by name", "saw prices as too high": the object and the verb's
            # words after it, up to a comma
            return self._rest_after(h, obj, keep=True)
        top = self._first_conjunct(h)
        if obj is None and tree.heads[top] >= 0 and self._set_off(top):
            return self._around(top, tree.heads[top])
        if obj is None and self._quote_before_sentence(first) is not None:
            return self._quote_before_sentence(first)
        if obj is None and klass == "speech":
            return self._topic(h, vg)
        return None

    def _small_clause(self, h: int, obj: int | None) -> bool:
        """An object with a predicate of its own, as a verb of thinking or showing takes it.

        "the poll showed Ruiz losing ground", "voters see the plan as a mistake": a clause
        without a verb of its own; "found ways to help", "want a ban" hold none.
        """
        if obj is None:
            return False
        tree = self.tree
        acting = any(
            tree.deps[c] == "acl" and tree.fine[c] in ("VBG", "VBN") for c in self.kids[obj]
        )
        return acting or any(
            tree.deps[c] == "prep" and tree.words[c].lemma == "as" and c > obj for c in self.kids[h]
        )

    def _count_given(self, h: int, obj: int) -> Span | None:
        """What a verb that gives a count reports: its object with the figure after it.

        "put the toll at 45", "raised the number of dead from 12 to 40": the object and the
        verb's prepositions up to the last that holds a number. A figure that is the object
        itself is what was raised or given, not a count reported: "raised $3 million".
        """
        tree, words = self.tree, self.tree.words
        first = left_edge(tree, self.kids, obj)
        if any(w.tag == "NUM" or w.text in _CURRENCY for w in words[first : obj + 1]):
            return None
        end = None
        for c in self.kids[h]:
            if c <= obj or tree.deps[c] != "prep":
                continue
            last = right_edge(tree, self.kids, c)
            if any(w.tag == "NUM" for w in words[c : last + 1]):
                end = last
        return None if end is None else self._quoted(first, end)

    def _complement(self, h: int, c: int, infinitive: bool) -> bool:
        """Whether child ``c`` of verb ``h`` is a clause it governs.

        A ``ccomp``; an ``xcomp`` (an infinitive only where the verb takes one); and what the
        parser mistakes for an adverbial clause: one opened by "that" ("recalled in 2008 that
        ..."), or a bare infinitive ("promised at a rally to end ...").
        """
        tree = self.tree
        dep = tree.deps[c]
        if dep == "ccomp":
            return True
        kids = self.kids[c]
        to = any(tree.deps[k] == "aux" and tree.words[k].lemma == "to" for k in kids)
        if dep == "xcomp":
            return infinitive or not to  # "said legalizing it would help": no infinitive
        if dep != "advcl" or c < h:
            return False
        if any(tree.deps[k] == "mark" and tree.words[k].lemma == "that" for k in kids):
            return True
        bare = to and not any(tree.deps[k] in _SUBJECTS for k in kids)
        objects = any(tree.deps[k] == "dobj" for k in self.kids[h])
        return (
            bare and infinitive and not objects and not any(t.text == "," for t in tree.words[h:c])
        )

    def _after_colon(self, h: int, vg: VerbGroup) -> Span | None:
        """A quotation after a colon in the verb's own words: "replied, smiling: '...'"."""
        words = self.tree.words
        for k in range(vg.last + 1, len(words) - 1):
            if words[k].text == ":" and under(self.tree, k, h):
                return self._quote_from(words[k + 1].start)
            if k != h and k in self.groups:
                break  # another verb's words
        return None

    def _topic(self, h: int, vg: VerbGroup) -> Span | None:
        """What a speaker spoke of: "warned of the dangers", "joked about moving"."""
        words = self.tree.words
        k = vg.last + 1
        if k < len(words) and self.tree.heads[k] == h and words[k].lemma in _TOPIC:
            return self._rest_after(h, k, keep=True)
        return None

    def _rest_after(self, h: int, particle: int, *, keep: bool = False) -> Span | None:
        """What a prepositional particle governs, with the verb's words after it up to a comma.

        "called for the council to act": spaCy hangs "to act" on the verb, and "the council"
        on "for"; "pointed to the deficit, noting ...": the comma ends it.
        """
        tree, words = self.tree, self.tree.words
        end = right_edge(tree, self.kids, particle)
        for c in self.kids[h]:
            if c <= particle:
                continue
            if tree.deps[c] in _ENDS_PREDICATE:
                break
            end = max(end, right_edge(tree, self.kids, c))
        a = left_edge(tree, self.kids, particle) if keep else particle + 1
        while end > a and words[end].text in _END_MARKS:
            end -= 1
        if a > end or words[a].text in _END_MARKS:
            return None
        return self._quoted(a, end)

    def _that_clause(self, h: int, vg: VerbGroup) -> Span | None:
        """A "that" clause the parser hung on a noun after the verb's preposition.

        "said in a statement that the dam held", "said on Friday during a visit that ...": the
        clause is what was said, not a complement of "statement" or "visit".
        """
        tree = self.tree
        todo = [c for c in self.kids[h] if c > vg.last and tree.deps[c] in ("prep", "npadvmod")]
        while todo:
            k = todo.pop(0)
            for c in self.kids[k]:
                that = next((m for m in self.kids[c] if self._opens_that(m)), None)
                if tree.deps[c] in ("acl", "relcl", "ccomp") and that is not None:
                    return self._clause_span(c, skip_mark=True, start=that + 1)
                if tree.deps[c] in ("pobj", "prep"):
                    todo.append(c)
        return None

    def _opens_that(self, m: int) -> bool:
        """A "that" that opens a clause: a mark, or an object of no preposition."""
        tree = self.tree
        if tree.words[m].lemma != "that":
            return False
        up = tree.heads[m]
        return tree.deps[m] == "mark" or (tree.deps[m] == "pobj" and tree.words[up].tag != "ADP")

    def _hearer(self, obj: int, klass: str) -> bool:
        """The object of a verb of telling that names people is the hearer: "told Holder".

        Other verbs of speech report the person they name: "did not mention Lund by name".
        """
        phrase = self.of_head.get(obj)
        lemma = self.tree.words[self.tree.heads[obj]].lemma
        return (
            klass == "speech"
            and phrase is not None
            and phrase.kind in _PEOPLE
            and lemma in HEARER_VERBS
        )

    def _closed_by_mark(self, c: int) -> bool:
        """A clause before its verb that a comma, dash or quotation mark closes ("X, he said").

        A semicolon does not: "the system worked; the sentence had confirmed my faith".
        """
        words = self.tree.words
        b = right_edge(self.tree, self.kids, c)
        while b + 1 < len(words) and words[b + 1].text in ('"', "\u201d", "'", "\u2019"):
            b += 1
        return words[b].text in _SETTING_OFF or (
            b + 1 < len(words) and words[b + 1].text in _SETTING_OFF
        )

    def _set_off(self, top: int) -> bool:
        """A reporting clause set off by a comma, dash, colon or quotation mark: ", he said"."""
        if self.tree.deps[top] not in ("parataxis", "prn", "ccomp", "advcl"):
            return False
        a = left_edge(self.tree, self.kids, top)
        b = right_edge(self.tree, self.kids, top)
        words = self.tree.words
        if words[a].text in _SETTING_OFF or (a > 0 and words[a - 1].text in _SETTING_OFF):
            return True
        # Before what it reports: "As the agency observed, ...", "We know: ...".
        marks = (*_SETTING_OFF, ":")
        return words[b].text in marks or (b + 1 < len(words) and words[b + 1].text in marks)

    def _quote_from(self, start: int) -> Span | None:
        return next((q.span for q in self.quotes if q.span[0] == start), None)

    def _quote_before(self, first: int) -> Span | None:
        """A quotation that ends just before word ``first``: "'...,' she said".

        ``first`` opens the verb's own subject, or the verb: a subject taken from another verb
        does not count ("through this 'night vision' I began to see": the quotation is no
        content of "see").
        """
        words = self.tree.words
        b = first - 1
        while b >= 0 and words[b].text in (",", "\u2014", "\u2013"):
            b -= 1
        if b < 0:
            return None
        quote = next((q.span for q in self.quotes if q.span[1] == words[b].end), None)
        if quote is None or quote[0] < words[0].start:
            return quote
        # "The plans are ''reckless,'' said Ek": the quotation ends a clause that opens before it
        opening = next(k for k, w in enumerate(words) if w.start >= quote[0])
        a = max((k + 1 for k in range(opening) if words[k].text in (";", ":")), default=0)
        while a < opening and words[a].tag == "PUNCT":
            a += 1
        return (min(words[a].start, quote[0]), quote[1])

    def _quote_before_sentence(self, first: int) -> Span | None:
        """The quotation that closed just before the sentence whose source opens it.

        '"The dam held." Lund said.': only when the verb governs nothing in its own sentence.
        """
        words = self.tree.words
        if any(w.text not in (",", "\u2014", "\u2013") for w in words[:first]) or not words:
            return None
        start = words[0].start
        return next((q.span for q in self.quotes if 0 <= start - q.span[1] <= 3), None)

    def _clause_span(self, c: int, *, skip_mark: bool, start: int = 0) -> Span | None:
        """The words under ``c`` from ``start`` on, without a leading "that" and end marks.

        ``start`` keeps a relative pronoun before the verb out: in "the wall, which he said
        Mexico would pay for" the parser hangs "which" on "pay", but what he said comes after.
        """
        words = self.tree.words
        a = max(left_edge(self.tree, self.kids, c), min(start, c))
        b = right_edge(self.tree, self.kids, c)
        while a < b and (words[a].text in _END_MARKS or (skip_mark and _is_mark(self.tree, a))):
            a += 1
        while b > a and words[b].text in _END_MARKS:
            b -= 1
        return self._quoted(a, b)

    def _quoted(self, a: int, b: int) -> Span:
        """``words[a..b]``, or the quotation around it with its marks when it is one."""
        words = self.tree.words
        for k in (a, a - 1):
            quote = self._quote_from(words[k].start) if k >= 0 else None
            if quote is not None and quote[1] >= words[b].end:
                return quote
        return (words[a].start, words[b].end)

    def _around(self, top: int, head: int) -> Span | None:
        """The clause a reporting clause interrupts or ends: "The toll, he said, will rise"."""
        words = self.tree.words
        a = left_edge(self.tree, self.kids, head)
        b = right_edge(self.tree, self.kids, head)
        own_a = left_edge(self.tree, self.kids, top)
        own_b = right_edge(self.tree, self.kids, top)
        if own_b >= b or all(words[k].text in _END_MARKS for k in range(own_b + 1, b + 1)):
            b = own_a - 1  # the reporting clause ends the sentence: what comes before it
        elif own_a <= a or head > own_b:
            a = own_b + 1  # it opens the clause, or interrupts it before its verb: after it
        else:
            b = own_a - 1
        while a < b and words[a].text in _END_MARKS:
            a += 1
        while b > a and words[b].text in _END_MARKS:
            b -= 1
        if b < a or b < 0:
            return None
        return self._quoted(a, b)


def first_conjunct(tree: Tree, h: int) -> int:
    """The first of the conjoined words ``h`` belongs to (``h`` itself if none)."""
    steps = 0
    while tree.deps[h] == "conj" and tree.heads[h] >= 0 and steps < 64:
        h = tree.heads[h]
        steps += 1
    return h


def _is_mark(tree: Tree, k: int) -> bool:
    """A "that", "whether" or "if" that opens a clause (spaCy may label it an object)."""
    opens = tree.deps[k] == "mark" or tree.fine[k] == "IN"
    return opens and tree.words[k].text.casefold() in ("that", "whether", "if")
