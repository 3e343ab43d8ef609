"""Verb groups and clauses from a dependency tree, and :func:`read`, the whole sentence.

A verb group is a verb with the auxiliaries, negation and adverbs just before it and an adjacent
particle; a clause per verb group, its kind from the verb's label (``ccomp`` complement,
``relcl`` relative, ``advcl`` adverbial, ``parataxis`` parenthetical; a conjoined verb takes its
first conjunct's), its subject the ``nsubj`` (a relative pronoun stands for the antecedent; a
conjoined verb without one shares its first conjunct's, ``shares_subject``).

Content, for a verb of saying or thinking, the first of: a quotation that follows it, its
``ccomp`` or ``xcomp``, a quotation before its subject, its object ("confirmed the deaths of 12
people"), or the clause it interrupts or ends when set off by a comma ("the toll, he said, will
rise").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Span, cut
from .deptree import Tree, left_edge, noun_phrases, right_edge
from .structure import Clause, ClauseKind, Phrase, Quote, Tense, VerbGroup
from .words import WordClasses

_CLAUSE_KIND: dict[str, ClauseKind] = {
    "ROOT": "main",
    "ccomp": "complement",
    "xcomp": "complement",
    "csubj": "complement",
    "csubjpass": "complement",
    "relcl": "relative",
    "acl": "relative",
    "advcl": "adverbial",
    "pcomp": "adverbial",
    "parataxis": "parenthetical",
    "prn": "parenthetical",
}
_NOT_CLAUSES = frozenset({"aux", "auxpass", "amod", "compound", "nmod"})
_OBJECTS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FUTURE = frozenset({"will", "'ll", "\u2019ll", "shall", "wo"})
_SKIP_BEFORE_CONTENT = frozenset({",", ":", "that", "\u2014", "\u2013"})
_END_MARKS = frozenset({".", "!", "?", "\u2026", ",", ";", ":", "\u2014", "\u2013", "--"})
# Marks that set a reporting clause off from what it reports: "The toll, he said, will rise".
_SETTING_OFF = frozenset({",", "\u2014", "\u2013", "--", '"', "\u201d", "'", "\u2019"})
# Phrases that name people: one cannot say them, only say something to them.
_PEOPLE = frozenset({"pronoun", "name", "role", "group"})
# Classes of verbs whose content is a clause or a quotation, never an object alone.
_NEED_A_CLAUSE = frozenset({"cognition", "evidence", "quoting"})
_DASHES = frozenset({"\u2014", "\u2013", "--"})
# A Penn tag that marks the past: "said", "was", "had".
_PAST = frozenset({"VBD"})


def read(
    text: str, tree: Tree, quotes: Sequence[Quote], classes: WordClasses
) -> tuple[tuple[Phrase, ...], tuple[VerbGroup, ...], tuple[Clause, ...]]:
    """The phrases, verb groups and clauses of one sentence's tree."""
    kids = tree.kids()
    phrases, of_head = noun_phrases(text, tree, kids, classes)
    inside = [False] * len(tree.words)
    for phrase in phrases:
        for k in range(phrase.first, phrase.last + 1):
            inside[k] = True
    groups = _verb_groups(text, tree, kids, inside, classes)
    for phrase in phrases:
        for k in range(phrase.first, phrase.last + 1):
            of_head.setdefault(k, phrase)  # a word inside a phrase stands for it
    reader = _ClauseReader(text, tree, kids, of_head, groups, quotes, classes)
    return phrases, tuple(groups), reader.clauses()


# Verb groups ------------------------------------------------------------------------------


def _verb_groups(
    text: str, tree: Tree, kids: list[list[int]], inside: list[bool], classes: WordClasses
) -> list[VerbGroup]:
    """A verb group per verb (and per auxiliary that heads a clause, as a copula does)."""
    out: list[VerbGroup] = []
    words = tree.words
    for h, w in enumerate(words):
        if w.tag not in ("VERB", "AUX") or tree.deps[h] in _NOT_CLAUSES or inside[h]:
            continue
        helpers = [c for c in kids[h] if c < h and tree.deps[c] in ("aux", "auxpass", "neg")]
        members = set(helpers) | {c for c in kids[h] if c < h and tree.deps[c] == "advmod"}
        first = h
        while first - 1 >= 0 and first - 1 in members:
            first -= 1
        while first < h and words[first].tag == "ADV" and tree.deps[first] == "advmod":
            first += 1  # an adverb opens no verb group: "Separately, officials said"
        last = h
        particle = None
        prt = next((c for c in kids[h] if tree.deps[c] == "prt"), None)
        if prt is not None:
            particle = words[prt].text.casefold()
            last = prt if prt == h + 1 else h
        modal = None
        for c in helpers:
            if tree.fine[c] == "MD":
                low = words[c].text.casefold()
                modal = words[c].lemma if low in ("wo", "ca") else low  # "won't", "can't"
        span, said = cut(text, words[first].start, words[last].end)
        out.append(
            VerbGroup(
                span,
                said,
                first,
                last,
                h,
                w.lemma,
                negated=any(tree.deps[c] == "neg" for c in helpers),
                modal=modal,
                tense=_tense(tree, h, helpers, modal),
                passive=any(tree.deps[c] in ("auxpass", "nsubjpass", "csubjpass") for c in kids[h]),
                particle=particle,
            )  # fmt: skip
        )
    return out


def _tense(tree: Tree, h: int, helpers: list[int], modal: str | None) -> Tense:
    if modal is not None and modal in _FUTURE:
        return "future"
    if tree.fine[h] in _PAST or any(tree.fine[c] in _PAST for c in helpers):
        return "past"
    if tree.fine[h] == "VBN" and any(tree.words[c].lemma == "have" for c in helpers):
        return "past"
    return "present"


# Clauses ---------------------------------------------------------------------------------


class _ClauseReader:
    """Reads a clause per verb group: kind, parent, subject, objects and content."""

    def __init__(
        self,
        text: str,
        tree: Tree,
        kids: list[list[int]],
        of_head: dict[int, Phrase],
        groups: list[VerbGroup],
        quotes: Sequence[Quote],
        classes: WordClasses,
    ) -> None:
        self.text, self.tree, self.kids, self.of_head = text, tree, kids, of_head
        self.groups = {g.head: g for g in groups}
        self.index = {g.head: i for i, g in enumerate(groups)}
        self.quotes, self.classes = quotes, classes

    def clauses(self) -> tuple[Clause, ...]:
        """A clause per verb group, in the order of the verb groups."""
        out: list[Clause] = []
        for h, vg in self.groups.items():
            subject, shares = self._subject(h)
            top = self._first_conjunct(h)
            kind = _CLAUSE_KIND.get(self.tree.deps[top], "complement")
            parent = self._parent(top)
            if parent is None:
                kind = "main" if kind == "complement" else kind
            objects = tuple(self._phrase(c) for c in self.kids[h] if self.tree.deps[c] in _OBJECTS)
            klass = self._class(h, vg)
            content = self._content(h, vg, klass) if klass else None
            out.append(
                Clause(
                    vg.span,
                    kind,
                    vg,
                    subject,
                    tuple(p for p in objects if p is not None),
                    content,
                    parent,
                    shares,
                )  # fmt: skip
            )
        return tuple(out)

    def _phrase(self, k: int) -> Phrase | None:
        return self.of_head.get(k)

    def _first_conjunct(self, h: int) -> int:
        steps = 0
        while self.tree.deps[h] == "conj" and self.tree.heads[h] >= 0 and steps < 64:
            h = self.tree.heads[h]
            steps += 1
        return h

    def _parent(self, top: int) -> int | None:
        k = self.tree.heads[top]
        steps = 0
        while k >= 0 and steps < 64:
            if k in self.index:
                return self.index[k]
            k = self.tree.heads[k]
            steps += 1
        return None

    def _subject(self, h: int) -> tuple[Phrase | None, bool]:
        """The ``nsubj`` of ``h``; a conjoined verb without one shares its first conjunct's."""
        tree = self.tree
        own = self._own_subject(h)
        if own is not None:
            if tree.fine[own] in ("WP", "WDT") or tree.words[own].lemma == "that":
                # "officials who visited": the antecedent the relative pronoun stands for.
                return self._phrase(tree.heads[h]), False
            return self._phrase(self._past_dateline(own)), False
        if tree.deps[h] == "conj" and tree.heads[h] >= 0:
            return self._subject(tree.heads[h])[0], True
        if self._participle(h):
            # "..., saying the toll would rise", "by saying": the subject of its clause.
            up = self._parent(h)
            if up is not None:
                return self._subject(list(self.groups)[up])[0], True
        if tree.deps[h] == "xcomp" and tree.heads[h] in self.groups:
            # "declined to say": the subject of the verb that controls it.
            return self._subject(tree.heads[h])[0], False
        return None, False

    def _own_subject(self, h: int) -> int | None:
        """The ``nsubj`` of ``h``; of two, the one after a dash ("(AP) — Ana Ruiz says")."""
        tree = self.tree
        subjects = [c for c in self.kids[h] if tree.deps[c] in _SUBJECTS]
        if len(subjects) > 1:
            a, b = subjects[0], subjects[1]
            if any(tree.words[k].text in _DASHES for k in range(a + 1, b)):
                return b  # the first is a dateline
        return subjects[0] if subjects else None

    def _participle(self, h: int) -> bool:
        """A bare "-ing" verb after a comma or "by", "after"...: "..., saying", "by adding"."""
        tree = self.tree
        if tree.fine[h] != "VBG" or tree.deps[h] not in ("advcl", "pcomp", "conj"):
            return False
        first = self.groups[h].first
        before = tree.words[first - 1] if first > 0 else None
        return before is not None and (
            before.text == "," or before.lemma in ("by", "after", "before", "while", "when")
        )

    def _past_dateline(self, own: int) -> int:
        """A dateline is never the subject: "LIMA, Peru — Ana Ruiz said" is Ana Ruiz's.

        The parser may take the place opening the sentence for the subject and the name after
        the dash for its apposition.
        """
        tree, words = self.tree, self.tree.words
        dash = next((c for c in self.kids[own] if c > own and words[c].text in _DASHES), None)
        verb = tree.heads[own]
        if dash is None or left_edge(tree, self.kids, own) != 0 or verb < dash:
            return own
        # A place, and one dash: "Kofi Mensah — the mayor — said" holds an aside instead.
        place = words[own].text.isupper() or any(
            a <= own <= b and label in ("GPE", "LOC") for a, b, label in tree.ents
        )
        if not place or any(words[k].text in _DASHES for k in range(dash + 1, verb)):
            return own
        after = next((c for c in self.kids[own] if c > dash and tree.deps[c] == "appos"), None)
        return own if after is None else after

    def _class(self, h: int, vg: VerbGroup) -> str | None:
        """The reporting class of a verb ("speech", "cognition"...), as the lexicon lists it."""
        w = self.tree.words[h]
        phrasal: dict[tuple[str, str], str] = getattr(self.classes, "phrasal_class", {})
        if vg.particle is not None and (vg.lemma, vg.particle) in phrasal:
            return phrasal[(vg.lemma, vg.particle)]
        verbs = self.classes.verbs
        forms = verbs.get(w.text.casefold(), ()) or verbs.get(w.lemma, ())
        return next((f.klass for f in forms if f.klass is not None), None)

    def _content(self, h: int, vg: VerbGroup, klass: str) -> Span | None:
        """What a verb of saying or thinking governs (see the module docstring).

        The verb's class (from the lexicon) limits it: a verb of quoting governs only a
        quotation ("Lund continued: '...'"), one of thinking or evidence a clause or a
        quotation, not an object.
        """
        tree, words = self.tree, self.tree.words
        k = vg.last + 1
        while k < len(words) and (words[k].text.casefold() in _SKIP_BEFORE_CONTENT):
            k += 1
        if k < len(words) and self._quote_from(words[k].start) is not None:
            return self._quote_from(words[k].start)
        back = self._quote_before(h, vg)
        if klass == "quoting":
            return back
        # "the storm, said to be the worst": an infinitive is no content of some verbs.
        no_infinitive: frozenset[str] = getattr(self.classes, "no_infinitive", frozenset())
        infinitive = vg.lemma not in no_infinitive
        comp = [
            c
            for c in self.kids[h]
            if tree.deps[c] == "ccomp" or (tree.deps[c] == "xcomp" and infinitive)
        ]
        after = [c for c in comp if c > h]
        if after:
            return self._clause_span(after[0], skip_mark=True)
        if back is not None:
            return back
        before = [c for c in comp if c < h and self._closed_by_mark(c)]
        if before:
            return self._clause_span(before[-1], skip_mark=True)
        obj = next((c for c in self.kids[h] if tree.deps[c] in ("dobj", "attr") and c > h), None)
        if obj is not None and klass not in _NEED_A_CLAUSE and not self._hearer(obj, klass):
            return self._clause_span(obj, skip_mark=False)
        top = self._first_conjunct(h)
        if obj is None and tree.heads[top] >= 0 and self._set_off(top):
            return self._around(top, tree.heads[top])
        return None

    def _hearer(self, obj: int, klass: str) -> bool:
        """The object of a verb of speech that names people is the hearer: "told Holder"."""
        phrase = self.of_head.get(obj)
        return klass == "speech" and phrase is not None and phrase.kind in _PEOPLE

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

    def _quote_before(self, h: int, vg: VerbGroup) -> Span | None:
        """A quotation that ends just before the verb's own subject or the verb: "'...,' she said".

        A subject taken from another verb does not count ("through this 'night vision' I began
        to see": the quotation is no content of "see").
        """
        words = self.tree.words
        own = next((c for c in self.kids[h] if self.tree.deps[c] in _SUBJECTS), None)
        first = vg.first
        if own is not None and own < vg.first:
            first = left_edge(self.tree, self.kids, own)
        b = first - 1
        while b >= 0 and words[b].text in (",", "\u2014", "\u2013"):
            b -= 1
        if b < 0:
            return None
        return next((q.span for q in self.quotes if q.span[1] == words[b].end), None)

    def _clause_span(self, c: int, *, skip_mark: bool) -> Span | None:
        """The words under ``c``, without a leading "that" and trailing punctuation."""
        words = self.tree.words
        a = left_edge(self.tree, self.kids, c)
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


def _is_mark(tree: Tree, k: int) -> bool:
    return tree.deps[k] == "mark" and tree.words[k].text.casefold() in ("that", "whether", "if")
