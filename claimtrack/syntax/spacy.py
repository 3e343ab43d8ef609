"""The spaCy backend: claimtrack's sentence structure read from spaCy's dependency parse.

Optional: ``pip install 'claimtrack[nlp]'`` brings spaCy, and an English pipeline is installed
the way spaCy documents it (``python -m spacy download en_core_web_sm``). The pipeline is named
by ``SpacyParser(model=...)``; without a name, the environment variable
``CLAIMTRACK_SPACY_MODEL`` names it, else ``en_core_web_sm``. spaCy is imported, and the pipeline
loaded, on the first parse, never at import time.

Sentences are claimtrack's own (:func:`claimtrack.text.segment.find_sentences`): each is parsed
as one spaCy sentence, so spaCy never segments the text differently; a document is parsed once
and kept for the next call on the same text. A ``Doc`` parsed beforehand
(:meth:`SpacyParser.from_doc`) is read as it is: its words are mapped to the sentences by their
offsets, and a head outside a word's sentence makes that word a root.

Before parsing, two caps keep the time linear on adversarial text (spaCy's tokenizer strips
prefixes and suffixes one at a time, so a long run of quotes or brackets takes quadratic time:
20,000 quotes take about 50 s):

- a run of more than :data:`MAX_RUN` characters without white space is replaced by as many
  spaces, so that offsets stay exact (its words are missing from the parse);
- only the first :data:`MAX_SENTENCE` characters of a sentence are parsed (claimtrack's
  splitter already cuts sentences there).

Each sentence's tree is first mended where its own labels contradict each other
(:mod:`.deprepair`: a name tagged as a verb, a verb read as an adjective), then read by
:mod:`.deptree` (phrases), :mod:`.depclauses` (verb groups, clauses, subjects) and
:mod:`.depcontent` (what a verb of saying or thinking governs) with the lexicon's word
classes, so phrases have the same kinds as :class:`~.parse.RuleParser` gives them. Quotation
marks are found as the rule parser finds them (two apostrophes are one mark), and the quotation
that closed just before a sentence is given to it, for '"...." Lund said.'.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
from collections.abc import Sequence
from typing import Any

import regex

from ..errors import InputError
from ..lexicon import Lexicon
from ..model import Span
from .depclauses import read
from .deprepair import repair
from .deptree import Tree
from .parse import marked_quote
from .structure import Quote, SentenceParse, Tag, Word
from .words import word_classes

DEFAULT_MODEL = "en_core_web_sm"
MODEL_VARIABLE = "CLAIMTRACK_SPACY_MODEL"
# A run of this many characters without white space is longer than any word in the news.
MAX_RUN = 64
# The longest sentence parsed, in characters (claimtrack's splitter cuts sentences there too).
MAX_SENTENCE = 2000
# Documents kept parsed, so that readers asking again about the same text cost nothing.
_KEPT = 4
_LONG_RUN = regex.compile(rf"\S{{{MAX_RUN + 1},}}")
_TAGS: dict[str, Tag] = {
    t: t  # type: ignore[misc]
    for t in ("NOUN PROPN PRON VERB AUX ADJ ADV DET ADP CCONJ SCONJ PART NUM PUNCT X".split())
}
_TAGS.update({"CONJ": "CCONJ", "INTJ": "X"})
_INSTALL = "pip install 'claimtrack[nlp]'"


class SpacyParser:
    """Claimtrack's sentence structure from a spaCy English pipeline's parse.

    Args:
        model: the name of an installed English pipeline; default ``$CLAIMTRACK_SPACY_MODEL``,
            else ``en_core_web_sm``. Loaded on the first parse.
        nlp: an already loaded pipeline (``spacy.load(...)``), used instead of ``model``.
        doc: a ``spacy.tokens.Doc`` parsed beforehand; :meth:`parse` then reads it and
            accepts only its text.

    Raises:
        InputError: spaCy is not installed, or ``doc`` has no dependency parse.

    Example (needs an installed pipeline, so not run as a doctest)::

        parser = SpacyParser(model="en_core_web_sm")
        text = "The Red Cross, however, said at least 47 people had died."
        [parse] = parser.parse(text, [(0, len(text))], [], load_lexicon())
        [c.subject.text for c in parse.clauses if c.verb.lemma == "say"]  # ['The Red Cross']
    """

    name = "spacy"

    def __init__(self, model: str | None = None, *, nlp: Any = None, doc: Any = None) -> None:
        if nlp is None and doc is None:
            _require_spacy()
        if doc is not None and not callable(getattr(doc, "has_annotation", None)):
            raise InputError(f"doc must be a spacy.tokens.Doc, got {type(doc).__name__}")
        if doc is not None and not doc.has_annotation("DEP"):
            raise InputError(
                "doc has no dependency parse: make it with a pipeline that has a parser, "
                "e.g. spacy.load('en_core_web_sm')(text)",
                value=doc,
            )
        self.model = model or os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL
        self._nlp = nlp
        self._doc = doc
        self._kept: dict[str, dict[Span, Tree]] = {}

    @classmethod
    def from_doc(cls, doc: Any) -> SpacyParser:
        """A parser that reads ``doc``, a ``spacy.tokens.Doc`` parsed beforehand."""
        return cls(doc=doc)

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            self._nlp = _load(self.model)
        return self._nlp

    def parse(
        self, text: str, sentences: Sequence[Span], quotes: Sequence[Span], lexicon: Lexicon
    ) -> list[SentenceParse]:
        """One parse per sentence span of ``text``; ``quotes`` are the quotation spans.

        Raises:
            InputError: ``text`` is not a str, a span lies outside it, or ``text`` is not the
                text of the ``doc`` this parser was given.
        """
        if not isinstance(text, str):
            raise InputError(f"parse() expects text as str, got {type(text).__name__}")
        for a, b in sentences:
            if not 0 <= a <= b <= len(text):
                raise InputError(
                    f"sentence span ({a}, {b}) lies outside a text of {len(text)} characters",
                    value=(a, b),
                )
        trees = self.trees(text, sentences)
        classes = word_classes(lexicon)
        marked = [marked_quote(text, q) for q in quotes if q[0] > 0 and q[1] < len(text)]
        marked.sort(key=lambda q: q.span)
        ends = list(itertools.accumulate((q.span[1] for q in marked), max))
        out: list[SentenceParse] = []
        for span, tree in zip(sentences, trees, strict=True):
            near = _quotes_in(marked, ends, span)
            tree = repair(tree, classes)
            phrases, verbs, clauses = read(text, tree, near, classes)
            out.append(
                SentenceParse(
                    span,
                    text[span[0] : span[1]],
                    tree.words,
                    phrases,
                    verbs,
                    clauses,
                    near,
                    self.name,
                )  # fmt: skip
            )
        return out

    def trees(self, text: str, sentences: Sequence[Span]) -> list[Tree]:
        """The dependency tree of each sentence, parsing what this text has not had parsed."""
        kept = self._kept.pop(text, None)
        if kept is None:
            kept = {}
            while len(self._kept) >= _KEPT:
                self._kept.pop(next(iter(self._kept)))
        self._kept[text] = kept
        missing = [s for s in dict.fromkeys(sentences) if s not in kept]
        if missing and self._doc is not None:
            if self._doc.text != text:
                raise InputError(
                    "this SpacyParser reads one parsed Doc, whose text differs from the text "
                    "given: pass the Doc's own text (doc.text)",
                    value=text[:80],
                )
            kept.update(zip(missing, _trees_of_doc(text, self._doc, missing), strict=True))
        elif missing:
            kept.update(zip(missing, _parse(self.nlp, text, missing), strict=True))
        return [kept[s] for s in sentences]


def _require_spacy() -> None:
    import importlib.util

    if importlib.util.find_spec("spacy") is None:
        raise InputError(f"the spaCy parser needs spaCy, which is not installed: {_INSTALL}")


@functools.cache
def _load(model: str) -> Any:
    """Load an English spaCy pipeline by name, once per process."""
    _require_spacy()
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise InputError(
            f"the spaCy parser needs the English pipeline {model!r}, which is not installed: "
            f"{_INSTALL}, then `python -m spacy download {model}` (or pip install the "
            f"pipeline's package), or name an installed one with SpacyParser(model=...) or "
            f"the {MODEL_VARIABLE} environment variable",
            value=model,
        ) from err
    if nlp.lang != "en" or "parser" not in nlp.pipe_names:
        raise InputError(
            f"the spaCy parser needs an English pipeline with a dependency parser; {model!r} "
            f"is {nlp.lang!r} with {', '.join(nlp.pipe_names) or 'no components'}",
            value=model,
        )
    return nlp


def capped(text: str) -> str:
    """``text`` with every run of more than :data:`MAX_RUN` non-blank characters blanked.

    >>> capped("said " + "(" * 70 + " nothing") == "said " + " " * 70 + " nothing"
    True
    """
    blanked: str = _LONG_RUN.sub(lambda m: " " * len(m.group()), text)
    return blanked


def _parse(nlp: Any, text: str, sentences: Sequence[Span]) -> list[Tree]:
    """Parse each sentence as one spaCy sentence, all in one batch."""
    docs = []
    for a, b in sentences:
        doc = nlp.make_doc(capped(text[a : min(b, a + MAX_SENTENCE)]))
        for k, token in enumerate(doc):
            token.is_sent_start = k == 0  # one sentence: ours
        docs.append(doc)
    parsed = list(nlp.pipe(docs))
    return [
        _tree(text, doc, a, 0, len(doc), b) for (a, b), doc in zip(sentences, parsed, strict=True)
    ]


def _trees_of_doc(text: str, doc: Any, sentences: Sequence[Span]) -> list[Tree]:
    """Map a parsed Doc's tokens onto the sentences by their offsets."""
    starts = [token.idx for token in doc]
    out = []
    for a, b in sentences:
        lo = bisect.bisect_left(starts, a)
        hi = bisect.bisect_left(starts, b, lo)
        out.append(_tree(text, doc, 0, lo, hi, b))
    return out


def _tree(text: str, doc: Any, offset: int, lo: int, hi: int, limit: int) -> Tree:
    """The tree of ``doc[lo:hi]``; words are cut at ``limit``, the sentence's end."""
    kept = [t for t in doc[lo:hi] if not t.is_space]
    local = {t.i: k for k, t in enumerate(kept)}
    words: list[Word] = []
    fine: list[str] = []
    deps: list[str] = []
    heads: list[int] = []
    ents: list[tuple[int, int, str]] = []
    for k, t in enumerate(kept):
        start = offset + t.idx
        end = min(start + len(t.text), limit)
        said = text[start:end]
        tag = _TAGS.get(t.pos_) or ("PUNCT" if not said[:1].isalnum() else "X")
        words.append(Word(start, end, said, tag, (t.lemma_ or said).casefold()))
        fine.append(t.tag_)
        head = local.get(t.head.i, -1) if t.head.i != t.i else -1
        heads.append(head)
        deps.append(t.dep_ if head >= 0 else "ROOT")
        if t.ent_iob_ == "B" or (t.ent_iob_ == "I" and (not ents or ents[-1][1] != k - 1)):
            ents.append((k, k, t.ent_type_))
        elif t.ent_iob_ == "I":
            ents[-1] = (ents[-1][0], k, ents[-1][2])
    return Tree(tuple(words), tuple(fine), tuple(deps), tuple(heads), tuple(ents))


def _quotes_in(marked: Sequence[Quote], ends: Sequence[int], span: Span) -> tuple[Quote, ...]:
    """The quotations that overlap ``span``; whether each opens and closes inside it.

    A quotation that closed just before the span comes first ('"...." Lund said.': the
    sentence that names its speaker). ``marked`` is sorted by start and ``ends[k]`` is the
    furthest end of ``marked[:k + 1]``, so every quotation before the first ``k`` with
    ``ends[k] > span[0]`` ends before the span.
    """
    a, b = span
    out = []
    first = bisect.bisect_right(ends, a)
    before = next(
        (q for q in reversed(marked[max(0, first - 4) : first]) if 0 <= a - q.span[1] <= 3), None
    )
    if before is not None:
        out.append(Quote(before.span, opens=False, closes=False))
    for k in range(first, len(marked)):
        q = marked[k]
        if q.span[0] >= b:
            break
        if q.span[1] > a:
            out.append(Quote(q.span, opens=q.span[0] >= a, closes=q.span[1] <= b))
    return tuple(out)
