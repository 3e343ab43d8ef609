"""Verb groups and clauses from a dependency tree, and :func:`read`, the whole sentence.

A verb group is a verb with the auxiliaries, negation and adverbs just before it and an adjacent
particle; a clause per verb group, its kind from the verb's label (``ccomp`` complement,
``relcl`` relative, ``advcl`` adverbial, ``parataxis`` parenthetical; a conjoined verb takes its
first conjunct's), its subject the ``nsubj`` (a relative pronoun stands for the antecedent; a
conjoined verb without one shares its first conjunct's, ``shares_subject``).

A subject inside a quotation that closes before its verb is the parser's mistake: the speaker
is the phrase after the quotation ('"...," Lund, the mayor, said'). The content of a verb of
saying or thinking is read by :mod:`.depcontent`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import cut
from .apposed import named_apposition, with_owner_first
from .depcontent import ContentReader, first_conjunct
from .deptree import Tree, left_edge, noun_phrases, under
from .structure import DASHES, Clause, ClauseKind, Phrase, Quote, Tense, VerbGroup
from .words import SPEAKING, WordClasses

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
        last, particle = _particle(tree, kids, h, classes)
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


def _particle(
    tree: Tree, kids: list[list[int]], h: int, classes: WordClasses
) -> tuple[int, str | None]:
    """The last word of the verb and its particle: "pointed out", "called for", "made clear".

    spaCy labels "out" in "pointed out" a particle, but "for" in "called for" a preposition
    (or the mark of the clause after it) and "clear" in "made clear" a complement: the word
    right after the verb, under it, is the particle when the lexicon lists the pair.
    """
    words = tree.words
    prt = next((c for c in kids[h] if tree.deps[c] == "prt"), None)
    nxt = h + 1
    if (
        (prt is None or (words[h].lemma, words[prt].text.casefold()) not in classes.phrasal_class)
        and nxt < len(words)
        and (words[h].lemma, words[nxt].text.casefold()) in classes.phrasal_class
        and under(tree, nxt, h)
    ):
        prt = nxt
    if prt is None:
        return h, None
    return (prt if prt == nxt else h), words[prt].text.casefold()


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
        self.contents = ContentReader(tree, kids, of_head, self.groups, quotes, classes)

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
            content = None
            if klass:
                content = self.contents.content(h, vg, klass, self._subject_start(h, vg))
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
        return first_conjunct(self.tree, h)

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
            if self._quoted_word(own, h):
                return self._after_quote(own, h), False
            return self._apposed(self._past_dateline(own)), False
        if tree.deps[h] == "conj" and tree.heads[h] >= 0:
            head = tree.heads[h]
            if h in self.groups and head in self.groups:
                head = self._goes_on(h, head)  # "said the rebels had shelled Orsk and demanded"
            return self._subject(head)[0], True
        quoted = self._quoted_object(h)
        if quoted is not None:
            return quoted, False  # "quoted the mayor as saying": the mayor
        if self._participle(h):
            # "..., saying the toll would rise", "by saying": the subject of its clause; a
            # participle of saying goes on with the report ("said the talks had failed,
            # saying ..."): the reporting clause's.
            up = self._parent(h)
            if up is not None:
                head = list(self.groups)[up]
                if h in self.groups and self._class(h, self.groups[h]) == "speech":
                    head = self._reporter(head)
                return self._subject(head)[0], True
        up = tree.heads[h]
        if tree.deps[h] == "xcomp" and up in self.groups:
            if self._reported_by(h, up):
                # "declined to say whether ...", "pledged to oppose ...": what the verb that
                # controls it reports, not a statement of its own ("went on to say", "is
                # expected to say" report nothing of it)
                return None, False
            # "tried to ask": the subject of the verb that controls it.
            return self._subject(up)[0], False
        return None, False

    def _reported_by(self, h: int, up: int) -> bool:
        """Whether verb ``h`` lies in what verb ``up`` reports."""
        controller = self.groups[up]
        klass = self._class(up, controller)
        if klass is None or controller.passive:
            return False  # "is expected to say": the passive reports nothing of its own
        span = self.contents.content(up, controller, klass, self._subject_start(up, controller))
        return span is not None and span[0] <= self.tree.words[h].start < span[1]

    def _quoted_word(self, k: int, h: int) -> bool:
        """Whether word ``k`` is inside a quotation that closes before word ``h``."""
        start, verb = self.tree.words[k].start, self.tree.words[h].start
        return any(q.span[0] < start < q.span[1] <= verb for q in self.quotes)

    def _after_quote(self, own: int, h: int) -> Phrase | None:
        """The speaker named between a quotation and its verb: '"...," Lund, the mayor, said'.

        The parser may take a noun inside the quotation for the subject; the words quoted are
        the speaker's, so the subject is the phrase that follows the quotation.
        """
        words = self.tree.words
        start = words[own].start
        end = max(q.span[1] for q in self.quotes if q.span[0] < start < q.span[1])
        k = next((j for j in range(own, h) if words[j].start >= end), h)
        while k < h and words[k].tag == "PUNCT":
            k += 1
        phrase = self._phrase(k) if k < h else None
        return phrase if phrase is not None and phrase.first == k else None

    def _subject_start(self, h: int, vg: VerbGroup) -> int:
        """The first word of the verb's own subject before it, else of the verb group."""
        own = self._own_subject(h)
        if own is None or own >= vg.first:
            return vg.first
        # the subject's own words: the parser may hang a quotation before it on it
        phrase = self._after_quote(own, h) if self._quoted_word(own, h) else self._phrase(own)
        return phrase.first if phrase is not None else left_edge(self.tree, self.kids, own)

    def _own_subject(self, h: int) -> int | None:
        """The ``nsubj`` of ``h``; of two, the one after a dash ("(AP) — Ana Ruiz says").

        A noun inside a quotation before the verb gives way to one outside it: in "'..., the
        cost of inaction,' said Ana Ruiz" the parser makes both subjects of "said".
        """
        tree = self.tree
        subjects = [c for c in self.kids[h] if tree.deps[c] in _SUBJECTS]
        outside = [c for c in subjects if not self._quoted_word(c, h)]
        if outside:
            subjects = outside
        if len(subjects) > 1:
            a, b = subjects[0], subjects[1]
            if any(tree.words[k].text in DASHES for k in range(a + 1, b)):
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

    def _apposed(self, k: int) -> Phrase | None:
        """The subject headed by ``k``, or the name its apposition gives ("The premier, Lund,")."""
        phrase = self._phrase(k)
        tree = self.tree
        aside = self._apposition(k)
        apposed = self._phrase(aside) if aside is not None else None
        if (
            phrase is None
            or apposed is None
            or tree.words[with_owner_first(apposed) - 1].text != ","
        ):
            return phrase
        return named_apposition(tree.words, phrase, apposed) or phrase

    def _apposition(self, k: int) -> int | None:
        """The apposition after ``k`` or after what hangs on it ("the envoy in Kell, Dr. Abid")."""
        tree, node = self.tree, k
        for _ in range(4):
            kids = [c for c in self.kids[node] if c > node]
            aside = next((c for c in kids if tree.deps[c] == "appos"), None)
            prep = next((c for c in kids if tree.deps[c] == "prep"), None)
            if aside is not None or prep is None:
                return aside
            pobj = next((c for c in self.kids[prep] if tree.deps[c] == "pobj"), None)
            if pobj is None:
                return None
            node = pobj
        return None

    def _goes_on(self, h: int, head: int) -> int:
        """The verb whose subject a verb of saying joined to ``head`` shares.

        Joined to a reported act that says nothing, it goes on with the report that holds the
        act (the nearest); else with ``head``.
        """
        if self._class(h, self.groups[h]) not in SPEAKING or self._class(head, self.groups[head]):
            return head
        top = self._first_conjunct(head)
        up = self._parent(top) if self.tree.deps[top] == "ccomp" else None
        if up is None:
            return head
        above = list(self.groups)[up]
        return above if self._class(above, self.groups[above]) in SPEAKING else head

    def _reporter(self, head: int) -> int:
        """The outermost reporting verb whose reported clause holds verb ``head``."""
        steps = 0
        while self.tree.deps[self._first_conjunct(head)] == "ccomp" and steps < 16:
            up = self._parent(self._first_conjunct(head))
            if up is None:
                break
            above = list(self.groups)[up]
            if self._class(above, self.groups[above]) is None:
                break
            head, steps = above, steps + 1
        return head

    def _quoted_object(self, h: int) -> Phrase | None:
        """The object of "quoted X as saying" (``as_saying`` verbs), for the participle ``h``."""
        tree, group = self.tree, self.groups.get(h)
        if group is None or tree.fine[h] != "VBG" or group.first < 1:
            return None
        if tree.words[group.first - 1].lemma != "as":
            return None
        up = self._parent(h)
        if up is None:
            return None
        verb = list(self.groups)[up]
        if tree.words[verb].lemma not in getattr(self.classes, "as_saying", frozenset()):
            return None
        if self.groups[verb].passive:
            return self._subject(verb)[0]  # "Ana Ruiz was quoted (by the Courier) as saying"
        objects = [c for c in self.kids[verb] if tree.deps[c] in ("dobj", "obj")]
        return self._phrase(objects[0]) if objects else None

    def _past_dateline(self, own: int) -> int:
        """A dateline is never the subject: "LIMA, Peru — Ana Ruiz said" is Ana Ruiz's.

        The parser may take the place opening the sentence for the subject and the name after
        the dash for its apposition.
        """
        tree, words = self.tree, self.tree.words
        dash = next((c for c in self.kids[own] if c > own and words[c].text in DASHES), None)
        verb = tree.heads[own]
        if dash is None or left_edge(tree, self.kids, own) != 0 or verb < dash:
            return own
        # A place, and one dash: "Kofi Mensah — the mayor — said" holds an aside instead.
        place = words[own].text.isupper() or any(
            a <= own <= b and label in ("GPE", "LOC") for a, b, label in tree.ents
        )
        if not place or any(words[k].text in DASHES for k in range(dash + 1, verb)):
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
