"""Compare the two parsers where it matters most: the subject and content of verbs of saying.

Run from the repository root, with spaCy and an English pipeline installed::

    .venv/bin/python bench/compare_parsers.py [DIR] [--limit N] [--examples K] [--model NAME]

DIR holds ``*.txt`` news texts (default: the PolNeAR training texts beside the repository,
``../shared/eval/external/polnear-train/text``). Each text is split with claimtrack's own
sentence splitter and quotation finder and parsed by both parsers. A reporting clause is a
clause with a content; the two parsers' reporting clauses are matched by the offset of their
verb, and each disagreement is counted by category, with a few examples printed. Nothing is
written to disk: the corpus's text appears on stdout only. Prints the speed of each parser in
sentences per second (parsing only; splitting is shared). Not a test.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import time
from collections import Counter, defaultdict
from pathlib import Path

from claimtrack.lexicon import load_lexicon
from claimtrack.model import Span
from claimtrack.syntax import Clause, RuleParser, SentenceParse
from claimtrack.syntax.spacy import SpacyParser
from claimtrack.text.segment import find_quotations, find_sentences

ROOT = Path(__file__).resolve().parents[1]
_EDGES = " \t\n\u00a0.,;:!?\"'\u201c\u201d\u2018\u2019()[]\u2014\u2013-"
POLNEAR = ROOT.parent / "shared" / "eval" / "external" / "polnear-train" / "text"


def reporting(parses: list[SentenceParse]) -> dict[int, tuple[int, Clause]]:
    """Every clause with a content, keyed by the start offset of its verb, with its sentence."""
    out: dict[int, tuple[int, Clause]] = {}
    for k, parse in enumerate(parses):
        for clause in parse.clauses:
            if clause.content is not None and clause.verb is not None:
                out[parse.words[clause.verb.head].start] = (k, clause)
    return out


def _relation(a: Span | None, b: Span | None) -> str:
    """How span ``a`` (the rule parser's) stands to ``b`` (spaCy's)."""
    if a == b:
        return "same"
    if a is None:
        return "rule none"
    if b is None:
        return "spacy none"
    if b[0] <= a[0] and a[1] <= b[1]:
        return "rule inside spacy"
    if a[0] <= b[0] and b[1] <= a[1]:
        return "spacy inside rule"
    if a[0] < b[1] and b[0] < a[1]:
        return "overlap"
    return "disjoint"


def _words_of(text: str, span: Span | None) -> str | None:
    """The text of a span without punctuation and spaces at its edges."""
    if span is None:
        return None
    return text[span[0] : span[1]].strip(_EDGES)


def categories(text: str, rule: Clause, spacy: Clause, verb_start: int) -> list[str]:
    """The categories of one matched pair's disagreements (empty when they agree)."""
    out = []
    if rule.content != spacy.content and _words_of(text, rule.content) == _words_of(
        text, spacy.content
    ):
        rule = dataclasses.replace(rule, content=spacy.content)
        out.append("content: same words, edge punctuation or quotation marks differ")
    subject = _relation(
        rule.subject.span if rule.subject else None, spacy.subject.span if spacy.subject else None
    )
    if subject != "same":
        where = ""
        if subject == "disjoint" and rule.subject and spacy.subject:
            sides = (rule.subject.span[0] > verb_start, spacy.subject.span[0] > verb_start)
            where = {(True, False): ", rule after verb", (False, True): ", spacy after verb"}.get(
                sides, ""
            )
        out.append(f"subject: {subject}{where}")
    content = _relation(rule.content, spacy.content)
    if content != "same":
        side = ""
        if content == "disjoint" and rule.content and spacy.content:
            rule_after = rule.content[0] > verb_start
            spacy_after = spacy.content[0] > verb_start
            if rule_after != spacy_after:
                side = ", rule after verb" if rule_after else ", spacy after verb"
        out.append(f"content: {content}{side}")
    return out


def _alone(who: str, other: SentenceParse, start: int) -> str:
    """Why only ``who`` has a reporting clause at ``start``: what the other parser made of it."""
    word = next((w for w in other.words if w.start == start), None)
    if word is None:
        return f"only {who}: the other splits the word differently"
    clause = next(
        (c for c in other.clauses if c.verb and other.words[c.verb.head].start == start), None
    )
    if clause is None:
        return f"only {who}: the other reads no verb there ({word.tag})"
    return f"only {who}: the other's verb has no content"


def _show(text: str, parse: SentenceParse, clause: Clause | None, who: str) -> str:
    if clause is None:
        return f"    {who}: (no reporting clause)"
    subject = clause.subject.text if clause.subject else None
    content = text[clause.content[0] : clause.content[1]] if clause.content else None
    verb = clause.verb.text if clause.verb else None
    return f"    {who}: verb={verb!r} subject={subject!r} content={content!r} kind={clause.kind}"


def main() -> int:
    """Run both parsers over a folder of texts and print where they disagree."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=POLNEAR)
    ap.add_argument("--limit", type=int, default=0, help="read only the first N texts")
    ap.add_argument("--examples", type=int, default=3, help="examples printed per category")
    ap.add_argument("--model", default=os.environ.get("CLAIMTRACK_SPACY_MODEL"))
    args = ap.parse_args()
    files = sorted(args.folder.glob("*.txt"))[: args.limit or None]
    lexicon = load_lexicon()
    rule, spacy = RuleParser(), SpacyParser(model=args.model)
    spacy.nlp  # load before timing  # noqa: B018
    seconds = {"claimtrack": 0.0, "spacy": 0.0}
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    sentences_seen = matched = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        sentences = [s.span for s in find_sentences(text, lexicon)]
        quotes = [q.span for q in find_quotations(text)]
        sentences_seen += len(sentences)
        parsed = {}
        for name, parser in (("claimtrack", rule), ("spacy", spacy)):
            began = time.perf_counter()
            parsed[name] = parser.parse(text, sentences, quotes, lexicon)
            seconds[name] += time.perf_counter() - began
        ours, theirs = reporting(parsed["claimtrack"]), reporting(parsed["spacy"])
        for start in sorted(set(ours) | set(theirs)):
            r, s = ours.get(start), theirs.get(start)
            k = r[0] if r is not None else s[0]  # type: ignore[index]
            parse = parsed["claimtrack"][k]
            if r is None:
                found = [_alone("spacy", parse, start)]
            elif s is None:
                found = [_alone("claimtrack", parsed["spacy"][k], start)]
            else:
                matched += 1
                found = categories(text, r[1], s[1], start)
            for category in found:
                counts[category] += 1
                if len(examples[category]) < args.examples:
                    examples[category].append(
                        "\n".join(
                            (
                                f"  {path.name}: {parse.text!r}",
                                _show(text, parse, r[1] if r else None, "claimtrack"),
                                _show(text, parse, s[1] if s else None, "spacy"),
                            )
                        )
                    )
    print(f"texts: {len(files)}  sentences: {sentences_seen}  matched reporting clauses: {matched}")
    for name, spent in seconds.items():
        print(f"speed {name}: {sentences_seen / spent:.0f} sentences/s ({spent:.1f} s)")
    for category, n in counts.most_common():
        print(f"{n:6d}  {category}")
    for category, _ in counts.most_common():
        print(f"\n== {category}")
        print("\n".join(examples[category]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
