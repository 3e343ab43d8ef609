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

import operator
from collections.abc import Sequence

from ..model import cut
from ..text.patterns import lazy
from .coordination import coordinate
from .edges import described, joined_inside, own_end, past_time, quantity_start
from .names import (
    capital_run,
    complement_of_title,
    gender_told,
    given_gender,
    initials,
    is_person_pair,
    name_start_of,
    named_after,
    past_title,
    person_name,
    words_text,
)
from .nouns import noun_here, plural, plural_next, plural_object
from .structure import POSSESSIVE_ENDS, Gender, Phrase, PhraseKind, Word
from .words import WordClasses

_POSSESSIVE = lazy(r"['\u2019]s?$")
_TEXT = operator.itemgetter(2)  # a Word's text
# A party tag after a name, in brackets or between commas: "(D-Mont.)", ", R-Fla.,".
PARTY_TAG = lazy(r"[DRI]-\p{Lu}[\p{L}.]*")
_ACRONYM = lazy(r"\p{Lu}[\p{Lu}\p{N}&.\-]*|[DRI]-[\p{L}.]+")
# Words that open a noun phrase besides nouns: determiners, adjectives, numbers.
_OPENERS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ"})
_INSIDE = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
# The classes of the words where a phrase may open: the openers, pronouns, verb forms read
# as nouns.
_MAY_OPEN = _OPENERS | {"PRON", "VERB"}


def chunk(text: str, words: Sequence[Word], classes: WordClasses) -> tuple[Phrase, ...]:
    """The noun phrases of one sentence's words, in order, coordination folded in."""
    base: list[Phrase] = []
    k, n = 0, len(words)
    owner: Phrase | None = None
    while k < n:
        w = words[k]
        if w.tag not in _MAY_OPEN:  # no phrase opens at a preposition, an auxiliary, a mark
            k += 1
            owner = None
            continue
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
        end = own_end(words, k, past_time(words, k, end, classes), classes)
        phrase = _phrase(text, words, quantity_start(words, k, classes), end, classes, owner)
        end = phrase.last + 1
        if phrase.possessive:
            owner = phrase
        else:
            owner = None
        base.append(phrase)
        k = end
    return coordinate(text, words, base, classes)


_YEAR = lazy(r"1[5-9]\d\d|20\d\d")


def _opens(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    w = words[k]
    if w.tag == "DET":
        if w.lemma == "that" and k + 1 < len(words) and words[k + 1].tag in ("PROPN", "PRON"):
            return False  # "the estimate that President Lund gave": a relative pronoun
        if w.lemma == "that" and plural_next(words, k + 1, classes):
            return False  # "noted that (local) experts say": no demonstrative before a plural
        if (
            w.lemma == "that"
            and k > 0
            and k + 1 < len(words)
            and words[k + 1].tag == "NUM"
            and not _YEAR.fullmatch(words[k + 1].text)  # "that 1985 quake"
        ):
            return False  # "said in a bulletin that 310 people died": it opens the clause
        if w.lemma in classes.quantifiers and k + 1 < len(words):
            if (
                w.lemma in _FLOATING
                and k > 0
                and words[k - 1].tag in ("PROPN", "NOUN", "PRON")
                and words[k + 1].tag in ("VERB", "AUX", "ADV")
            ):
                return False  # "Lind and Ruiz both said": the subject's, not a phrase
            if words[k + 1].lemma == "of" or words[k + 1].tag in ("VERB", "AUX"):
                return True  # "Several said", "Most of the candidates said": people
        if _degree(words, k + 1):
            return True  # "the most recent data"
        # A determiner alone is no other phrase: "said that ...".
        return k + 1 < len(words) and (
            words[k + 1].tag in _INSIDE
            or _opens_after_det(words, k + 1, classes)
            or _modifier(words, k + 1, classes) > 0
        )
    if w.tag == "ADJ" and k > 0 and described(words, k):
        return False  # "a person familiar with the plan": the adjective describes the person
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
    return noun_here(words, k, classes)


# Quantifiers that may float after their subject: "Lind and Ruiz both said", "they all agree".
_FLOATING = frozenset({"both", "all", "each"})


def _opens_after_det(words: Sequence[Word], k: int, classes: WordClasses) -> bool:
    return words[k].tag == "VERB" and noun_here(words, k, classes)


def _modifier(words: Sequence[Word], j: int, classes: WordClasses) -> int:
    """An adverb and a participle before a noun: "widely reported", "recently revised".

    Returns how many words the modifier takes (2), or 0 when ``words[j]`` opens none. The word
    after it must be a noun, or a verb form read as one ("a widely reported estimate").
    """
    if j + 2 >= len(words) or words[j].tag != "ADV" or not words[j].text.endswith("ly"):
        return 0
    participle, head = words[j + 1], words[j + 2]
    forms = classes.verbs.get(participle.text.casefold(), ())
    reads = participle.tag == "ADJ" or (
        participle.tag == "VERB"
        and (
            any(f.form in ("past", "participle") for f in forms)
            or (not forms and participle.text.endswith("ed"))
        )
    )
    head_forms = classes.verbs.get(head.text.casefold(), ())
    noun = head.tag in ("NOUN", "PROPN") or (
        head.tag == "VERB"
        and bool(head_forms)
        and all(f.form in ("base", "third") for f in head_forms)
    )
    return 2 if reads and noun else 0


def _acronym_before_title(words: Sequence[Word], j: int, classes: WordClasses) -> bool:
    """A body's acronym in brackets at ``j``, after its name and before a title noun."""
    return (
        j + 3 < len(words)
        and words[j].text == "("
        and words[j - 1].tag == "PROPN"
        and words[j + 2].text == ")"
        and _ACRONYM.fullmatch(words[j + 1].text) is not None
        and words[j + 3].text.casefold() in classes.titles
    )


def _extend(words: Sequence[Word], k: int, classes: WordClasses) -> int:
    """One past the last word of the phrase that opens at ``k``."""
    n = len(words)
    j = k + 1
    owned = -1  # a possessor inside a title's complement: "head of Kestria's council"
    while j < n:
        w = words[j]
        if (
            words[j - 1].text.endswith(POSSESSIVE_ENDS)
            and words[j - 1].tag != "DET"
            and j - 1 >= k
            and j - 1 != owned
        ):
            if j - 1 > k or words[j - 1].tag in ("PROPN", "NOUN"):
                return j  # "Peru's" ends a possessor phrase
        if w.tag in _INSIDE or (
            w.tag == "VERB"
            and (
                noun_here(_as_nouns(words, k, j), j, classes) or plural_object(words, k, j, classes)
            )
        ):
            j += 1
            continue
        low = w.text.casefold()
        if joined_inside(words, j) or (low == "and" and _shared_head(words, j, classes)):
            j += 2  # "Current and former officials", "the search and rescue agency"
            continue
        # "a widely reported estimate", but not a name's verb: "Ana Ruiz recently urged women"
        size = _modifier(words, j, classes) if words[j - 1].tag not in ("NOUN", "PROPN") else 0
        if size:
            j += size + 1  # "a widely reported estimate": the adverb, the participle, the noun
            continue
        if _acronym_before_title(words, j, classes):
            j += 3  # "Relief Agency (KRA) spokesman Arif Hanno": the body names the title
            continue
        if low in classes.particles and j + 1 < n and words[j + 1].tag == "PROPN" and j > k:
            j += 1  # "Ursula von der Leyen"
            continue
        if _degree(words, j):
            j += 1  # "the most recent data": "most" before an adjective
            continue
        if words[j - 1].tag == "NUM" and _share(words, j):
            j += _share(words, j)  # "one in five", "nine out of 10": one share of people
            continue
        if w.text in ("-", "\u2013") and j + 1 < n and words[j + 1].tag in _INSIDE:
            if words[j - 1].end < w.start and w.end < words[j + 1].start:
                return j  # "seen as better - 60 percent of voters said": a dash, spaced
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
        if low in ("of", "for", "and") and j + 1 < n and capital_run(words, k, j):
            nxt = j + 1
            if nxt < n and words[nxt].tag == "DET" and nxt + 1 < n:
                nxt += 1
            if (
                words[nxt].tag == "PROPN"
                and not (low == "and" and is_person_pair(words, k, j, classes))
                and not (low == "of" and person_name(words, k, j, classes))
            ):
                j = nxt + 1  # "Ministry of Health", "Department for Education"
                continue
        if low in ("of", "for", "to") and _title_head(words, j - 1, classes) and j + 1 < n:
            nxt = j + 1
            while nxt < n and words[nxt].tag in ("DET", "ADJ"):
                nxt += 1
            if nxt < n and words[nxt].tag in ("PROPN", "NOUN"):
                j = nxt + 1  # "spokesman for the Interior Ministry", "envoy to the country"
                owned = nxt
                continue
        return j
    return j


def _shared_head(words: Sequence[Word], j: int, classes: WordClasses) -> bool:
    """Two bare nouns joined by "and" (at ``j``) before one body's or group's head.

    "the search and rescue agency", "the oil and gas company"; not "the army and police chief".
    """
    if j + 2 >= len(words):
        return False
    a, b, head = words[j - 1], words[j + 1], words[j + 2]
    heads = (classes.org_heads, classes.groups, classes.titles)
    bare = ("NOUN", "VERB")  # a verb only in its base form: "rescue", not "said" or "injured"
    return (
        a.tag in bare
        and b.tag in bare
        and a.text.casefold() == a.lemma
        and b.text.casefold() == b.lemma
        and head.tag == "NOUN"
        and any(head.text.casefold() in h for h in heads)
        and not any(a.text.casefold() in h or b.text.casefold() in h for h in heads)
        and not a.text.casefold().endswith("s")
    )


def _as_nouns(words: Sequence[Word], k: int, j: int) -> Sequence[Word]:
    """The words with the verb forms already taken into the phrase ``k..j-1`` read as nouns.

    "according to press reports": "press" is in the phrase, so "reports" follows a noun.
    """
    if not any(words[i].tag == "VERB" for i in range(k, j)):
        return words
    out = list(words)
    for i in range(k, j):
        if out[i].tag == "VERB":
            out[i] = out[i]._replace(tag="NOUN")
    return out


def _degree(words: Sequence[Word], j: int) -> bool:
    """A degree before an adjective, inside the phrase: "the most recent", "less likely"."""
    return (
        j + 1 < len(words)
        and words[j].lemma in ("most", "least", "more", "less")
        and words[j + 1].tag == "ADJ"
    )


def _share(words: Sequence[Word], j: int) -> int:
    """How many words "in 10" or "out of 10" take at ``j`` after a number; 0 if neither."""
    n, low = len(words), words[j].lemma
    if low == "in" and j + 1 < n and words[j + 1].tag == "NUM":
        return 2
    if low == "out" and j + 2 < n and words[j + 1].lemma == "of" and words[j + 2].tag == "NUM":
        return 3
    return 0


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


def phrase_of(text: str, words: Sequence[Word], k: int, end: int, classes: WordClasses) -> Phrase:
    """The noun phrase ``words[k:end]``, read for its kind, name and title."""
    return _phrase(text, words, k, end, classes, None)


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
    low = list(map(str.casefold, map(_TEXT, words[k:end])))  # low[i - k]: words[i] case-folded
    head = _head(words, k, end, classes, low)
    possessive = words[end - 1].text.endswith(POSSESSIVE_ENDS) and words[end - 1].tag != "DET"
    kind, name, title, gender = _read(words, k, end, head, classes, low)
    if kind == "name" and name and acronym and acronym == initials(name):
        kind, gender = "organization", None  # "the National Coast Watch (NCW)": no person's
    if gender is None and kind == "name":
        gender = given_gender(name, classes)  # "Ana Ruiz": nothing else says it
    is_plural = plural(words[head], classes)
    span, said = cut(text, words[k].start, words[last].end)
    return Phrase(
        span, said, k, last, head, kind, name=name, title=title, acronym=acronym,
        possessive=possessive, owner=owner, gender=gender, plural=is_plural,
    )  # fmt: skip


def _without_possessive(low: str) -> str:
    """``_POSSESSIVE.sub("", low)`` for one word (no line break inside), without the pattern."""
    if low.endswith(("'s", "\u2019s")):
        return low[:-2]
    return low[:-1] if low.endswith(("'", "\u2019")) else low


def _head(words: Sequence[Word], k: int, end: int, classes: WordClasses, low: Sequence[str]) -> int:
    """The head: the last noun before a title's complement ("spokesman" for the ministry).

    ``low`` holds the phrase's words case-folded (``low[j - k]`` is ``words[j]``).
    """
    # A verb form inside a phrase is there because it reads as a noun: "a separate tally".
    for j in range(k + 1, end):
        if low[j - k] in ("of", "for", "to"):
            if words[j - 1].tag in ("NOUN", "VERB"):
                return j - 1
            break
    # A body's head read as an adjective is the noun: "the Kell military".
    if end - 1 > k and words[end - 1].tag == "ADJ" and low[-1] in classes.org_heads:
        return end - 1
    for j in range(end - 1, k - 1, -1):
        if words[j].tag in ("NOUN", "PROPN", "NUM", "VERB"):
            return j
    return end - 1


def _read(
    words: Sequence[Word], k: int, end: int, head: int, classes: WordClasses, low: list[str]
) -> tuple[PhraseKind, str | None, str | None, Gender | None]:
    """Kind, name, title and gender of ``words[k:end]`` (``low``: them case-folded)."""
    head_low = _without_possessive(low[head - k])
    if head >= end - 2 and end - k >= 2 and " ".join(low[-2:]) in classes.titles:
        head, head_low = end - 1, " ".join(low[-2:])  # "attorney general": one title
    gender = gender_told(low, classes)
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
            return "role", None, words_text(words, k, end), gender
        return "other", None, None, gender
    name_end = j + 1
    # Titles and honorifics at the front of the name belong to the title.
    name_start = past_title(words, name_start_of(words, k, j, classes), name_end, classes)
    while name_start < name_end - 1 and (
        low[name_start - k] in classes.titles or low[name_start - k] in classes.honorifics
    ):
        name_start += 1
    name = words_text(words, name_start, name_end)
    name = _POSSESSIVE.sub("", name) if name.endswith(("'s", "\u2019s", "'", "\u2019")) else name
    title_words = words_text(words, k, name_start) if name_start > k else None
    if title_words is not None:
        if low[0] in classes.determiners:
            title_words = words_text(words, k + 1, name_start) if name_start > k + 1 else None
    name_heads = set(low[name_start - k : name_end - k])
    if low[name_start - k] in classes.events:
        return "other", None, None, gender  # "Cyclone Idai": an event, nobody who speaks
    if complement_of_title(words, low, k, name_start, name_end, classes):
        # "the US Ambassador to the UN", "the Secretary of State": a role, and its body
        return "role", None, words_text(words, k, end), gender
    if head < name_start and head_low in classes.titles:
        # "spokesman for the Interior Ministry": a role, its body in the complement.
        return "role", None, words_text(words, k, end), gender
    if head > name_end - 1 and head_low in classes.org_heads:
        # "the United Nations humanitarian agency", "a New York Times analysis": the body is
        # the whole phrase, not the name inside it
        opening = k + 1 if low[0] in classes.determiners else k
        return "organization", words_text(words, opening, end), title_words, gender
    if head > name_end - 1 and head_low in classes.groups:
        return "group", name, None, gender  # "Hospital sources", "Kell officials"
    if head > name_end - 1 and head_low in classes.documents:
        return "organization", name, title_words, gender  # "the KDMA data": the body's count
    if head_low in classes.org_heads or name_heads & classes.org_heads:
        return "organization", name, title_words, gender
    if head > name_end - 1 and head_low in classes.titles:
        return "role", name, words_text(words, k, end), gender
    if head > name_end - 1 and plural(words[head], classes):
        return "group", name, None, gender  # "Kell voters": a plural noun named by a place
    if (
        head == name_end - 1
        and head_low in classes.titles
        and name_start < head
        and (
            low[0] in classes.determiners
            or " ".join(low[-2:]) in classes.titles
            or named_after(words, end)
        )
        and not any(w.rstrip(".") in classes.given for w in low[name_start - k : head - k])
    ):
        # "the Velish Foreign Minister", "Defence Secretary, Ana Lind,": a capitalised title
        # with no person's name in it (a person's name takes no "the" and no name set off
        # after it: "Billie Jean King", "Pete King" are names)
        return "role", None, words_text(words, k, end), gender
    if name.isupper() and len(name) > 1:
        return "organization", name, title_words, gender
    if title_words is not None and " of " in name:
        # "Prime Minister Benjamin Lund of Kestria": a titled person and the body of the title
        person, _, body = name.partition(" of ")
        return "name", person, f"{title_words} of {body}", gender
    return "name", name, title_words, gender
