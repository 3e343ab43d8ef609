"""Coordination of noun phrases: "Chile and Argentina", "the mayor and the governor".

Like phrases joined by "and" or "or", or listed with commas up to an "and" ("A, B, C and D"),
become one phrase whose ``conjuncts`` are the members. An apposition after a comma ("Tim Lund,
a Republican and former legislator, said") and a clause of its own after ", and" are no list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import cut
from .content import is_time
from .structure import Phrase, Word
from .words import WordClasses

# What may join two like phrases: "A and B", "A or B", "A, B", "A, B, and C"; and the
# coordinators of more than one word of syntax.toml ("A as well as B").
_JOINS = frozenset({("and",), ("or",), ("nor",), (",",), (",", "and")})


def coordinate(
    text: str, words: Sequence[Word], base: list[Phrase], classes: WordClasses
) -> tuple[Phrase, ...]:
    """Fold "A and B" (and "A, B and C") of like phrases into one phrase with conjuncts."""
    joins = _JOINS.union(classes.joins)
    widest = max(map(len, joins))
    out: list[Phrase] = []
    k = 0
    while k < len(base):
        group = [base[k]]
        j = k
        while j + 1 < len(base):
            a, b = base[j], base[j + 1]
            gap = words[a.last + 1 : b.first]
            if not 0 < len(gap) <= widest:
                break  # no "and", "or", "," or ", and" between them
            joined = tuple([w.text.casefold() for w in gap])
            if joined in joins and _alike(a, b):
                if is_time(words, a) != is_time(words, b):
                    # "On Sunday, Ruiz and Lund urged": a time, then the subject; "... on
                    # Tuesday, and the rescue group said": a time, then the next clause
                    break
                if joined == (",",) and not _list_goes_on(words, base, j + 1):
                    break
                if joined == (",",) and any(
                    w.text.casefold() in ("and", "or", "nor")
                    for w in words[group[0].last + 1 : a.first]
                ):
                    break  # "of Velora, Tarsa and Orsk, Ana Lind, ...": a list ends at its "and"
                if joined == (",",) and (
                    words[b.first].lemma in _DESCRIBING or _bare_role(words, a, b)
                ):
                    # "Tim Lund, a Republican and former legislator, said", "said Tim Lund,
                    # senior strategist for the party and a friend": an apposition
                    break
                if joined == (",",) and len(group) == 1 and _described(words, base, j):
                    break  # "Ana Ruiz, the former mayor and state treasurer, said": apposition
                if joined == (",",) and len(group) == 1 and _named_members(words, base, j):
                    break  # "The two leaders, Ana Lind and Piet Varga, said": who they are
                if joined == (",", "and") and len(group) == 1 and _verb_after(words, b):
                    break  # "according to X, and Y says ...": a clause of its own
                group.append(b)
                j += 1
                continue
            break
        if len(group) == 1:
            out.append(base[k])
            k += 1
            continue
        first, last = group[0], group[-1]
        one = titles_of_one(text, words, group)
        if one is not None:
            out.append(one)  # "party leader and former mayor Ana Lind": one person
            k = j + 1
            continue
        span, said = cut(text, first.span[0], last.span[1])
        plural = True
        out.append(
            Phrase(
                span,
                said,
                first.first,
                last.last,
                last.head,
                first.kind,
                name=None,
                conjuncts=tuple(group),
                plural=plural,
            )  # fmt: skip
        )
        k = j + 1
    return tuple(out)


def titles_of_one(text: str, words: Sequence[Word], group: list[Phrase]) -> Phrase | None:
    """Two titles of one person, the name after the second, as one phrase, or None.

    "Tarn party leader and former mayor Ana Lind"; a role with a determiner ("the mayor and
    Governor Ana Lind") is someone else.
    """
    if len(group) != 2:
        return None
    role, named = group
    if (
        role.kind != "role"
        or role.plural
        or words[role.first].tag == "DET"
        or [w.lemma for w in words[role.last + 1 : named.first]] != ["and"]
        or named.kind != "name"
        or named.title is None
        or not named.text.startswith(named.title)
    ):
        return None
    span, said = cut(text, role.span[0], named.span[1])
    title = text[role.span[0] : named.span[0] + len(named.title)]
    return replace(named, span=span, text=said, first=role.first, title=title)


_SOURCES = frozenset({"name", "role", "organization", "group"})
# Words that open a description after a name and a comma, never a member of a list: "Tim
# Lund, a Republican", "Ana Lind, its president and CEO" (a body's officer; "her husband" may
# be one more of a list).
_DESCRIBING = frozenset({"a", "an", "its"})


def _alike(a: Phrase, b: Phrase) -> bool:
    """Phrases that coordinate: sources with sources ("he and Mr. Allen", "Chile and Peru").

    People named by a plural common noun join a source ("Bush and his rivals").
    """
    kinds = _SOURCES | {"pronoun"}
    if a.possessive:
        return False
    return (
        (a.kind in kinds or a.plural)
        and (b.kind in kinds or b.plural)
        and (a.kind in kinds or b.kind in kinds)
    )


def _verb_after(words: Sequence[Word], phrase: Phrase) -> bool:
    k = phrase.last + 1
    return k < len(words) and words[k].tag in ("VERB", "AUX")


def _list_goes_on(words: Sequence[Word], base: list[Phrase], j: int) -> bool:
    """A comma joins phrases only where an "and" closes the list: "A, B and C", "A, B, C and D".

    From ``base[j]`` on, each gap is a comma between like phrases until "and" (or ", and").
    """
    while j + 1 < len(base):
        a, b = base[j], base[j + 1]
        gap = [w.text.casefold() for w in words[a.last + 1 : b.first]]
        if gap in (["and"], [",", "and"]):
            return True
        if gap != [","] or not _alike(a, b):
            return False
        j += 1
    return False


def _bare_role(words: Sequence[Word], a: Phrase, b: Phrase) -> bool:
    """A name, then one role with no determiner: what the name is, not one more of a list."""
    return a.kind == "name" and b.kind == "role" and not b.plural and words[b.first].tag != "DET"


def _described(words: Sequence[Word], base: list[Phrase], j: int) -> bool:
    """A name, then "the" and the rest of a list closed by a comma: one apposition, no list.

    "Ana Ruiz, the former Kell mayor and state treasurer, told reporters": the roles describe
    Ruiz. A list of people ends without a comma before its verb ("Lund, the mayor and Ruiz said").
    """
    if base[j].kind != "name" or words[base[j + 1].first].lemma != "the":
        return False
    k = j + 1
    while k + 1 < len(base):
        gap = [w.text.casefold() for w in words[base[k].last + 1 : base[k + 1].first]]
        if gap not in (["and"], [",", "and"], [","]):
            break
        k += 1
    end = base[k].last + 1
    return k > j + 1 and end < len(words) and words[end].text == ","


def _named_members(words: Sequence[Word], base: list[Phrase], j: int) -> bool:
    """People named by a plural, then their names closed by a comma: one apposition.

    "The two leaders, Ana Lind and Piet Varga, said": the names say who the leaders are. A
    list of people ends without a comma before its verb ("Officials, Lind and Ruiz said").
    """
    if base[j].kind == "name" or not (base[j].plural or base[j].kind == "group"):
        return False
    k = j + 1
    while base[k].kind == "name" and k + 1 < len(base) and base[k + 1].kind == "name":
        gap = [w.text.casefold() for w in words[base[k].last + 1 : base[k + 1].first]]
        if gap not in (["and"], [",", "and"], [","]):
            break
        k += 1
    end = base[k].last + 1
    return (
        base[k].kind == "name"
        and all(p.kind == "name" for p in base[j + 1 : k + 1])
        and end < len(words)
        and words[end].text == ","
    )
