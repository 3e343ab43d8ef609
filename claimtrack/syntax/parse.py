"""The Parser protocol, and the pure-Python parser that is claimtrack's default.

A parser turns a document's sentences into :class:`~.structure.SentenceParse` objects. Two
exist: :class:`RuleParser` (here: word classes from data, one chunker, one clause reader;
deterministic and fast) and the optional spaCy backend (:mod:`.spacy`, installed with
``pip install 'claimtrack[nlp]'``). Readers never ask which one made the structure.

>>> from claimtrack import load_lexicon
>>> text = "The Red Cross, however, said at least 47 people had died."
>>> [parse] = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
>>> [c.subject.text for c in parse.clauses if c.verb.lemma == "say"]
['The Red Cross']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from ..errors import InputError
from ..lexicon import Lexicon
from ..model import Span
from ..text.patterns import lazy
from ..text.tokens import Token, tokenize
from .chunk import chunk
from .clauses import read_clauses, verb_groups
from .demonstratives import demonstrative_phrases
from .structure import Quote, SentenceParse
from .words import tag, word_classes


@runtime_checkable
class Parser(Protocol):
    """Anything that reads sentences into :class:`SentenceParse` structures."""

    name: str

    def parse(
        self, text: str, sentences: Sequence[Span], quotes: Sequence[Span], lexicon: Lexicon
    ) -> list[SentenceParse]:
        """One parse per sentence span of ``text``; ``quotes`` are the quotation spans."""
        ...


class RuleParser:
    """The pure-Python parser: word classes from ``data/``, one chunker, one clause reader."""

    name = "claimtrack"

    def parse(
        self,
        text: str,
        sentences: Sequence[Span],
        quotes: Sequence[Span],
        lexicon: Lexicon,
        *,
        tokens: Callable[[Span], Sequence[Token]] | None = None,
    ) -> list[SentenceParse]:
        """Parse each sentence of ``text``; ``tokens`` gives a sentence's tokens if already made."""
        classes = word_classes(lexicon)
        abbreviations = lexicon.memo(
            "syntax.abbreviations",
            lambda lex: frozenset(a.casefold() for a in lex.segment.abbreviations),
        )
        marked = [marked_quote(text, q) for q in quotes if q[0] > 0 and q[1] < len(text)]
        out: list[SentenceParse] = []
        q = 0
        for span in sentences:
            read = tokens(span) if tokens is not None else tokenize(text, span, abbreviations)
            words = tag(split_clitics(read, classes.pronouns), classes)
            phrases = demonstrative_phrases(text, words, chunk(text, words, classes), classes)
            inside = [False] * len(words)
            for phrase in phrases:
                for k in range(phrase.first, phrase.last + 1):
                    inside[k] = True
            verbs = verb_groups(text, words, inside, classes)
            while q < len(marked) and marked[q].span[1] <= span[0]:
                q += 1
            # The quotations in the sentence, and one that closed right before it ("...”
            # Lund said.").
            lo = q - 1 if q > 0 and span[0] - marked[q - 1].span[1] <= 3 else q
            near = tuple(
                mark
                for mark in marked[lo : q + 50]
                if mark.span[0] < span[1] and mark.span[1] > span[0] - 3
            )
            clauses = read_clauses(words, phrases, verbs, near, classes, span)
            out.append(
                SentenceParse(
                    span, text[span[0] : span[1]], words, phrases, verbs, clauses, near, self.name
                )
            )
        return out


# What a contracted auxiliary follows as its own word: a subject pronoun, or a word that
# stands for one ("that's", "there's", "who's").
_HOSTS = frozenset({"that", "there", "here", "what", "who", "where"})
_CLITIC = lazy(r"(?i)(\p{L}+)(['\u2019](?:s|re|m|ve|ll|d))")


def split_clitics(tokens: Sequence[Token], pronouns: frozenset[str]) -> Sequence[Token]:
    """Tokens with a pronoun's contracted auxiliary as a word of its own.

    "she's leaving", "they're saying", "I'd": the pronoun, then "'s", "'re", "'d" (auxiliaries
    in ``data/syntax.toml``), as the subject and the verb group they are. A noun's "'s" stays
    whole: "Lund's" is a possessor, and so is an acronym's ("WHO's").
    """
    out: list[Token] | None = None
    for k, tok in enumerate(tokens):
        m = _CLITIC.fullmatch(tok.text) if "'" in tok.text or "\u2019" in tok.text else None
        # "WHO's": an acronym's possessive, not "who's"
        host = m[1].casefold() if m and (len(m[1]) == 1 or m[1][1:].islower()) else ""
        if m is None or (host not in pronouns and host not in _HOSTS):
            if out is not None:
                out.append(tok)
            continue
        if out is None:
            out = list(tokens[:k])
        cut = tok.start + len(m[1])
        out += (Token(tok.start, cut, m[1]), Token(cut, tok.end, m[2]))
    return tokens if out is None else out


def marked_quote(text: str, quote: Span) -> Quote:
    """A quotation's span with its marks: one character each, or two for ''...''."""
    a = 2 if text[max(0, quote[0] - 2) : quote[0]] == "''" else 1
    b = 2 if text[quote[1] : quote[1] + 2] == "''" else 1
    return Quote((quote[0] - a, min(len(text), quote[1] + b)))


def get_parser(parser: str | Parser | None) -> Parser:
    """The parser an option names: None or "claimtrack" (the default), "spacy", or an instance.

    Raises:
        InputError: an unknown name or an object that is not a parser.
    """
    if parser is None or parser == "claimtrack":
        return _DEFAULT
    if parser == "spacy":
        from .spacy import SpacyParser  # optional: needs claimtrack[nlp]

        return SpacyParser()
    if isinstance(parser, Parser):
        return parser
    raise InputError(
        f'parser must be "claimtrack", "spacy" or a claimtrack.syntax Parser, got {parser!r}',
        value=parser,
    )


_DEFAULT = RuleParser()
