"""The one noun-phrase chunker: names, titles, organisations, pronouns, groups.

A noun phrase is a run of determiners, adjectives, nouns, proper nouns and numbers, with what
names hold inside them: particles ("Hamid al-Rashidi", "Ursula von der Leyen"), honorifics and
titles ("Dr.", "spokesman John Kirby"), a title's complement ("spokesman for the Interior
Ministry", "the UN envoy to the country"), "of", "for" and "and" inside a capitalised name
("Ministry of Health", "Bill and Melinda Gates Foundation"), a parenthetical acronym or party tag
("the National Emergency Coordination Agency (NECA)", "Sen. Jon Tester (D-Mont.)") and a
possessor ("Peru's civil defence institute": the institute, owned by Peru). Coordinated phrases
("Chile and Argentina", "the mayor and the governor") become one phrase with ``conjuncts``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import cut
from .structure import Gender, Phrase, PhraseKind, Word
from .words import WordClasses

_POSSESSIVE = regex.compile(r"['\u2019]s?$")
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&.\-]*|[DRI]-[\p{L}.]+")
# Words that open a noun phrase besides nouns: determiners, adjectives, numbers.
_OPENERS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ"})
_INSIDE = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})


def chunk(text: str, words: Sequence[Word], classes: WordClasses) -> tuple[Phrase, ...]:
    """The noun phrases of one sentence's words, in order, coordination folded in."""
    base: list[Phrase] = []
    k, n = 0, len(words)
    owner: Phrase | None = None
    while k < n:
        w = words[k]
        possessive = (
            w.tag == "PRON"
            and w.lemma in classes.determiners
            and k + 1 < n
            and words[k + 1].tag in ("NOUN", "ADJ", "PROPN", "NUM")
        )  # "her deputies": a determiner, not the pronoun "her"
        if w.tag == "PRON" and w.lemma in classes.pronouns and not possessive:
            base.append(_pronoun(text, words, k, classes))
            k += 1
            owner = None
            continue
        if not possessive and not _opens(words, k, classes):
            k += 1
            owner = None
            continue
        end = _extend(words, k, classes)
        phrase = _phrase(text, words, k, end, classes, owner)
        end = phrase.last + 1
        if phrase.possessive:
            owner = phrase
        else:
            owner = None
        base.append(phrase)
        k = end
    return _coordinate(text, words, base)


_YEAR = regex.compile(r"1[5-9]\d\d|20\d\d")


def _opens(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    w = words[k]
    if w.tag == "DET":
        if w.lemma == "that" and k + 1 < len(words) and words[k + 1].tag in ("PROPN", "PRON"):
            return False  # "the estimate that President Lund gave": a relative pronoun
        if (
            w.lemma == "that"
            and k > 0
            and k + 1 < len(words)
            and words[k + 1].tag == "NUM"
            and not _YEAR.fullmatch(words[k + 1].text)  # "that 1985 quake"
        ):
            return False  # "said in a bulletin that 310 people died": it opens the clause
        # A determiner alone is no phrase: "said that ...", "all of them".
        return k + 1 < len(words) and (
            words[k + 1].tag in _INSIDE or _opens_after_det(words, k + 1, classes)
        )
    if w.tag in _OPENERS:
        return True
    if w.tag != "VERB":
        return False
    if k == 0:
        # "Campaign chair Ana Ruiz said": a capitalised verb form opening a sentence before a
        # noun is a noun (news does not open with a command).
        forms = classes.verbs.get(w.text.casefold(), ())
        aside = False
        return (
            len(words) > 1
            and (words[1].tag in ("NOUN", "PROPN") or (words[1].tag == "VERB" and not aside))
            and all(f.form in ("base", "third") for f in forms)
        )
    # A verb form after a determiner or possessor is a noun: "the report", "his claim".
    return _noun_context(words, k, classes)


def _opens_after_det(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    return words[k].tag == "VERB" and _noun_context(words, k, classes)


def _noun_context(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether a verb form reads as a noun here: "the report", "30 states", "state Rep. X"."""
    low = words[k].text.casefold()
    forms = classes.verbs.get(low)
    prev = words[k - 1]
    nxt = words[k + 1] if k + 1 < len(words) else None
    if (
        nxt is not None
        and nxt.tag == "NOUN"
        and prev.tag in ("DET", "ADP", "NUM", "CCONJ")
        and (forms is None or any(f.form in ("past", "participle", "ing") for f in forms))
    ):
        return True  # "of registered voters", "the injured workers": a participle before a noun
    if (
        forms is not None
        and nxt is not None
        and nxt.tag in ("NOUN", "PROPN", "ADJ")
        and all(f.form == "base" for f in forms)
        and prev.tag in ("DET", "NUM", "ADJ", "CCONJ", "VERB", "ADP", "PUNCT")
        and prev.lemma != "to"
    ):
        return True  # "state party officials", "eight state candidates": a noun before a noun
    if (
        forms is not None
        and any(f.form == "third" for f in forms)
        and prev.tag in ("NOUN", "ADJ", "NUM")
        and (nxt is None or nxt.text in (",", ".", ";", ":") or nxt.lemma == "where")
    ):
        return True  # "all battleground states.", "the blue states, where": a plural noun
    if forms is not None and all(f.form in ("base", "third") for f in forms):
        if nxt is not None and _finite(nxt, classes) and not _gap_before(words, k, classes):
            return True  # "the tax plans would", "a report published": no two verbs side by side
        adjective = prev.tag == "ADJ" or (
            classes.closed.get(prev.lemma) == "ADJ"  # "traditionally Republican states like"
            and words[k - 2].tag not in ("DET", "PROPN", "NOUN")  # "the Wisconsin Republican"
        )
        if adjective and nxt is not None and nxt.tag in ("ADP", "CCONJ", "PUNCT"):
            return True  # "bold plans from", "coastal states like": a noun after an adjective
        if all(f.form == "base" for f in forms) and _inside_phrase(words, k, classes):
            return True  # "the Kell Post report", "a 2019 report": a singular takes no "report"
    if (
        prev.tag == "ADP"
        and prev.lemma != "to"
        and forms is not None
        and any(f.form in ("base", "third") for f in forms)
    ):
        return True  # "in figures published", "for help": a noun after a preposition
    if prev.tag == "NUM" and prev.text.casefold() not in ("one", "1"):
        # "30 states" (a plural noun), but "six in 10 say" (a verb): after a number above one
        # only the "-s" form can be a noun.
        return forms is not None and any(f.form == "third" for f in forms)
    after_det = (
        prev.tag in ("DET", "ADJ", "NUM")
        or prev.text.casefold() in classes.determiners
        or _POSSESSIVE.search(prev.text) is not None
    )
    if (
        prev.tag in ("NOUN", "PROPN")
        and nxt is not None
        and nxt.tag in ("VERB", "AUX")
        and (forms is None or any(f.form == "ing" for f in forms))
    ):
        return True  # "a court filing released Monday says": a noun before the verb
    if (
        forms is not None
        and nxt is not None
        and nxt.tag == "VERB"
        and any(f.form == "third" for f in forms)
        and any(f.form == "base" for f in classes.verbs.get(nxt.text.casefold(), ()))
    ):
        return True  # "Coastal states limit fishing": two verbs cannot stand side by side
    if forms is not None and not any(f.form in ("base", "third", "ing") for f in forms):
        return False  # "said", "told": never nouns
    if forms is not None and not any(f.form in ("base", "third") for f in forms):
        return after_det  # "his telling of", "the reporting": a gerund after a determiner
    if after_det:
        return True  # an unknown "-ed"/"-ing" word too: "the wounded", "a meeting"
    if (
        prev.tag == "NOUN"
        and not _plural(prev, classes)
        and forms is not None
        and all(f.form == "base" for f in forms)
        and not (k > 1 and words[k - 2].tag == "NUM")  # "9 percent say"
    ):
        return True  # "health care": a singular noun takes no plain verb form
    if (
        prev.tag in ("NOUN", "PROPN")
        and not prev.text.casefold().endswith("s")  # "officials believe X": a verb
        and nxt is not None
        and (nxt.tag in ("NOUN", "PROPN") or (forms is None and nxt.tag in ("VERB", "AUX")))
        and (forms is None or all(f.form == "base" for f in forms))
    ):
        # "Lund campaign manager", "a court filing released": a noun inside a compound
        return True
    return (
        forms is not None
        and all(f.form == "base" for f in forms)
        and prev.tag not in ("PROPN", "NOUN", "PRON")
        and nxt is not None
        and nxt.tag == "PROPN"
        and nxt.text.casefold() in classes.honorifics
    )


def _extend(words: Sequence[Word], k: int, classes: WordClasses) -> int:
    """One past the last word of the phrase that opens at ``k``."""
    n = len(words)
    j = k + 1 if words[k].tag != "DET" else k + 1
    while j < n:
        w = words[j]
        low = w.text.casefold()
        if _POSSESSIVE.search(words[j - 1].text) and words[j - 1].tag != "DET" and j - 1 >= k:
            if j - 1 > k or words[j - 1].tag in ("PROPN", "NOUN"):
                return j  # "Peru's" ends a possessor phrase
        if w.tag in _INSIDE or (w.tag == "VERB" and _noun_context(words, j, classes)):
            j += 1
            continue
        if low in classes.particles and j + 1 < n and words[j + 1].tag == "PROPN" and j > k:
            j += 1  # "Ursula von der Leyen"
            continue
        if w.text in ("-", "\u2013") and j + 1 < n and words[j + 1].tag in _INSIDE:
            j += 1
            continue
        if (
            w.text == ","
            and words[j - 1].tag == "NUM"
            and j + 1 < n
            and words[j + 1].start == w.end
            and len(words[j + 1].text) == 3
            and words[j + 1].text.isdigit()
        ):
            j += 2  # "1,020": one number
            continue
        if low in ("of", "for", "and") and j + 1 < n and _capital_run(words, k, j):
            nxt = j + 1
            if nxt < n and words[nxt].tag == "DET" and nxt + 1 < n:
                nxt += 1
            if words[nxt].tag == "PROPN" and not (low == "and" and _is_person_pair(words, k, j)):
                j = nxt + 1  # "Ministry of Health", "Department for Education"
                continue
        if low in ("of", "for", "to") and _title_head(words, j - 1, classes) and j + 1 < n:
            nxt = j + 1
            while nxt < n and words[nxt].tag in ("DET", "ADJ"):
                nxt += 1
            if nxt < n and words[nxt].tag in ("PROPN", "NOUN"):
                j = nxt + 1  # "spokesman for the Interior Ministry", "envoy to the country"
                continue
        return j
    return j


def _capital_run(words: Sequence[Word], k: int, j: int) -> bool:
    """The phrase so far ends in a capitalised word ("Ministry" of Health)."""
    return words[j - 1].tag == "PROPN" and any(w.tag == "PROPN" for w in words[k:j])


def _is_person_pair(words: Sequence[Word], k: int, j: int) -> bool:
    """Two names joined ("Biden and Netanyahu"), not one name with "and" inside."""
    return j - k <= 2


def _title_head(words: Sequence[Word], j: int, classes: WordClasses) -> bool:
    return words[j].text.casefold() in classes.titles


def _pronoun(text: str, words: Sequence[Word], k: int, classes: WordClasses) -> Phrase:
    w = words[k]
    low = w.lemma
    gender: Gender | None = "m" if low in classes.male else "f" if low in classes.female else None
    span, said = cut(text, w.start, w.end)
    return Phrase(
        span, said, k, k, k, "pronoun", name=said, gender=gender,
        plural=low in ("they", "them", "we", "us"),
    )  # fmt: skip


def _phrase(
    text: str,
    words: Sequence[Word],
    k: int,
    end: int,
    classes: WordClasses,
    owner: Phrase | None,
) -> Phrase:
    """The phrase ``words[k:end]``, with a parenthetical acronym after it, read for its kind."""
    last = end - 1
    acronym = None
    if end + 2 < len(words) and words[end].text == "(" and _ACRONYM.fullmatch(words[end + 1].text):
        close = end + 2 if words[end + 2].text != "." else end + 3
        if close < len(words) and words[close].text == ")":
            acronym = words[end + 1].text  # "(NECA)", "(D-Mont.)"
            last = close
    head = _head(words, k, end)
    possessive = bool(_POSSESSIVE.search(words[end - 1].text)) and words[end - 1].tag != "DET"
    kind, name, title, gender = _read(words, k, end, head, classes)
    plural = _plural(words[head], classes)
    span, said = cut(text, words[k].start, words[last].end)
    return Phrase(
        span, said, k, last, head, kind, name=name, title=title, acronym=acronym,
        possessive=possessive, owner=owner, gender=gender, plural=plural,
    )  # fmt: skip


def _finite(word: Word, classes: WordClasses) -> bool:
    """A word that can only be a finite verb or an auxiliary: "would", "was", "cheered"."""
    low = word.text.casefold()
    if low in classes.modals or low in _FINITE_AUX:
        return True
    forms = classes.verbs.get(low)
    return (
        word.tag == "VERB"
        and forms is not None
        and all(f.form in ("past", "third", "participle") for f in forms)
        and not (low.endswith("s") and any(f.form == "third" for f in forms))  # "officials"
    )


def _gap_before(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether the phrase before ``k`` opens a relative clause with a gap after its verb.

    "a trend that the agency predicts will continue", "a step Lund hopes will help": the verb
    and the finite verb after it may stand side by side there.
    """
    j = k - 1
    while j >= 0 and words[j].tag in ("NOUN", "PROPN", "NUM", "ADJ", "DET"):
        if words[j].lemma == "that":
            break
        j -= 1
    if j < 0:
        return False
    low = words[j].text.casefold()
    return (
        low in classes.relatives
        or low == "that"
        or (j + 1 < k and words[j + 1].tag != "DET" and words[j].tag == "NOUN")
    )


def _inside_phrase(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    """Whether nouns, names, numbers or adjectives run back from ``k`` to a determiner.

    "the Kell Post report", "a 2019 report": a singular run before a plain verb form makes
    the form a noun; a plural one ("the harbour officials report") may be its subject.
    """
    prev = words[k - 1]
    if _plural(prev, classes) or prev.text.endswith(("s", "S")):
        return False
    j = k - 1
    while j >= 0 and words[j].tag in ("NOUN", "PROPN", "NUM", "ADJ"):
        if words[j].tag == "NUM" and not _YEAR.fullmatch(words[j].text):
            return False  # "a mere 9 percent say": a number makes a plural
        j -= 1
    article = j >= 0 and (
        words[j].lemma in ("a", "an", "the") or _POSSESSIVE_DET.match(words[j].text) is not None
    )
    return j < k - 1 and article


_POSSESSIVE_DET = regex.compile(r"(?i)(?:its|his|her|their|our|my|your)$")
_FINITE_AUX = frozenset("is are was were has have had does did".split())


def _plural(word: Word, classes: WordClasses) -> bool:
    """A plural common noun: "officials", and the plurals without an "-s" ("data", "police")."""
    low = word.text.casefold()
    return word.tag == "NOUN" and (low.endswith("s") or low in classes.plurals)


def _head(words: Sequence[Word], k: int, end: int) -> int:
    """The head: the last noun before a title's complement ("spokesman" for the ministry)."""
    # A verb form inside a phrase is there because it reads as a noun: "a separate tally".
    for j in range(k, end):
        if words[j].text.casefold() in ("of", "for", "to") and j > k:
            if words[j - 1].tag in ("NOUN", "VERB"):
                return j - 1
            break
    for j in range(end - 1, k - 1, -1):
        if words[j].tag in ("NOUN", "PROPN", "NUM", "VERB"):
            return j
    return end - 1


def _read(
    words: Sequence[Word], k: int, end: int, head: int, classes: WordClasses
) -> tuple[PhraseKind, str | None, str | None, Gender | None]:
    """Kind, name, title and gender of ``words[k:end]``."""
    low = [w.text.casefold() for w in words[k:end]]
    head_low = _POSSESSIVE.sub("", words[head].text.casefold())
    gender: Gender | None = None
    for word in low:
        if word in classes.male:
            gender = "m"
        elif word in classes.female:
            gender = "f"
    # The name: the last run of capitalised words (with particles) not in the title lists.
    j = end - 1
    while j >= k and words[j].tag != "PROPN":
        j -= 1
    if j < k:
        if head_low in classes.org_heads:
            return "organization", None, None, gender
        if head_low in classes.groups or " ".join(low[-2:]) in classes.groups:
            return "group", None, None, gender  # "officials", "aid workers"
        if head_low in classes.titles:
            return "role", None, _text(words, k, end), gender
        return "other", None, None, gender
    name_end = j + 1
    name_start = j
    while name_start - 1 >= k and (
        words[name_start - 1].tag == "PROPN"
        or words[name_start - 1].text.casefold() in classes.particles
        or words[name_start - 1].text in ("-",)
        or (  # "Ministry of Home Affairs", "Department for Education"
            words[name_start - 1].text.casefold() in ("of", "for", "and")
            and name_start - 2 >= k
            and words[name_start - 2].tag == "PROPN"
        )
    ):
        name_start -= 1
    if name_end < end and any(w.text.casefold() in ("of", "for", "to") for w in words[j:end]):
        pass
    # Titles and honorifics at the front of the name belong to the title.
    while (
        name_start < name_end - 1
        and words[name_start].text.casefold() in classes.titles | classes.honorifics
    ):
        name_start += 1
    name = _text(words, name_start, name_end)
    name = _POSSESSIVE.sub("", name) if name.endswith(("'s", "\u2019s", "'", "\u2019")) else name
    title_words = _text(words, k, name_start) if name_start > k else None
    if title_words is not None:
        first = words[k].text.casefold()
        if first in classes.determiners:
            title_words = _text(words, k + 1, name_start) if name_start > k + 1 else None
    name_heads = {w.text.casefold() for w in words[name_start:name_end]}
    if head < name_start and head_low in classes.titles:
        # "spokesman for the Interior Ministry": a role, its body in the complement.
        return "role", None, _text(words, k, end), gender
    if head > name_end - 1 and head_low in classes.org_heads:
        # "the United Nations humanitarian agency", "a New York Times analysis": the body is
        # the whole phrase, not the name inside it
        opening = k + 1 if words[k].text.casefold() in classes.determiners else k
        return "organization", _text(words, opening, end), title_words, gender
    if head_low in classes.org_heads or name_heads & classes.org_heads:
        return "organization", name, title_words, gender
    if head > name_end - 1 and head_low in classes.titles:
        return "role", name, _text(words, k, end), gender
    if head > name_end - 1 and head_low in classes.groups:
        return "group", name, None, gender
    if name.isupper() and len(name) > 1:
        return "organization", name, title_words, gender
    return "name", name, title_words, gender


def _text(words: Sequence[Word], a: int, b: int) -> str:
    """The words ``a`` to ``b`` as written, joined by single spaces (hyphens kept tight)."""
    out = ""
    for j in range(a, b):
        w = words[j]
        if j > a and words[j - 1].end < w.start:
            out += " "
        out += w.text
    return out


def _coordinate(text: str, words: Sequence[Word], base: list[Phrase]) -> tuple[Phrase, ...]:
    """Fold "A and B" (and "A, B and C") of like phrases into one phrase with conjuncts."""
    out: list[Phrase] = []
    k = 0
    while k < len(base):
        group = [base[k]]
        j = k
        while j + 1 < len(base):
            a, b = base[j], base[j + 1]
            gap = words[a.last + 1 : b.first]
            joined = [w.text.casefold() for w in gap]
            if joined in (["and"], ["or"], [","], [",", "and"]) and _alike(a, b):
                if joined == [","] and not _list_goes_on(words, base, j + 1):
                    break
                group.append(b)
                j += 1
                continue
            break
        if len(group) == 1:
            out.append(base[k])
            k += 1
            continue
        first, last = group[0], group[-1]
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


_SOURCES = frozenset({"name", "role", "organization", "group"})


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


def _list_goes_on(words: Sequence[Word], base: list[Phrase], j: int) -> bool:
    """A comma joins phrases only where an "and" closes the list: "A, B and C"."""
    if j + 1 >= len(base):
        return False
    a, b = base[j], base[j + 1]
    gap = [w.text.casefold() for w in words[a.last + 1 : b.first]]
    return gap in (["and"], [",", "and"])
