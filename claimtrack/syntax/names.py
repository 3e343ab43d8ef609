"""Where a capitalised name begins and ends inside a noun phrase: titles before it, "of" after.

"Ministry of Health" and "Bill and Melinda Gates Foundation" are one name; "Ivo Moss of Tarn" is
a person and the place after "of"; "Biden and Netanyahu" are two names.
"""

from __future__ import annotations

from collections.abc import Sequence

from .structure import Gender, Word
from .words import WordClasses


def initials(name: str) -> str | None:
    """The acronym of a name of two or more capitalised words ("Rapid Support Forces": "RSF").

    >>> initials("Rapid Support Forces"), initials("Kremlin")
    ('RSF', None)
    """
    caps = [w[0] for w in name.split() if w[:1].isupper()]
    return "".join(caps) if len(caps) >= 2 else None


def given_gender(name: str | None, classes: WordClasses) -> Gender | None:
    """The sex a person's name tells by its given name ("Ana Ruiz": "f"), if it tells one.

    Only a name of two words or more: "Georgia" alone is a country, "Georgia Lund" a woman.
    """
    if not name or " " not in name:
        return None
    return classes.given.get(name.split(None, 1)[0].casefold().rstrip("."))


def capital_run(words: Sequence[Word], k: int, j: int) -> bool:
    """The phrase so far ends in a capitalised word ("Ministry" of Health)."""
    return words[j - 1].tag == "PROPN" and any(w.tag == "PROPN" for w in words[k:j])


def is_person_pair(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> bool:
    """Two names joined, not one name with "and" inside.

    "Biden and Netanyahu", "Dr. Ana Ruiz and Tim Lund" are two; a longer run before "and" is
    one name ("Ministry of Trade and Industry").
    """
    if words[k].text.casefold() in classes.honorifics:
        k += 1  # "Dr. Ana Ruiz": the title is no part of the name
    if _portfolio_title(words, k, j, classes):
        return False  # "Land and Environment Minister Celso Lund": one title, one person
    titled = [t for t in range(k, j) if words[t].text.casefold() in classes.titles]
    if titled:
        t = titled[-1]
        if t + 2 < j and words[t + 1].text.casefold() == "of":
            t += 2  # "Secretary of State Ana Lind and ..."
        if 1 <= j - t - 1 <= 2:
            k = t + 1  # "Foreign Minister Ana Lind and ...": the name after the title
    return j - k <= 2 and not _body_after_and(words, k, j, classes)


def _portfolio_title(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> bool:
    """Portfolios joined by "and" (at ``j``) before a title: "Land and Environment Minister".

    Every word before "and" is a portfolio, and after it portfolios (one word or two) lead to a
    title word.
    """
    if not all(w.text.casefold() in classes.portfolios for w in words[k:j]):
        return False
    m = j + 1
    while m < len(words) and m <= j + 2 and words[m].text.casefold() in classes.portfolios:
        m += 1
    title = words[m].text.casefold() if m < len(words) else ""
    return m > j + 1 and (title in classes.titles or title.removesuffix("s") in classes.titles)


def _body_after_and(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> bool:
    """A body's name goes on after "and": "Water and Power Authority", "Disaster and ...".

    Two capitalised words or more after "and", the last a body's head, no noun after them
    ("Biden and White House officials" are two), and no given name before "and".
    """
    m = j + 1
    while m < len(words) and words[m].tag == "PROPN":
        m += 1
    if m - (j + 1) < 2 or words[m - 1].text.casefold() not in classes.org_heads:
        return False
    if m < len(words) and words[m].tag == "NOUN":
        return False
    return not any(w.text.casefold() in classes.given for w in words[k:j])


def person_name(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> bool:
    """A person's name before "of" and a place or body: "Ivo Moss" of Tarn, not "the Bank".

    Two capitalised words or more, no determiner before them, none of them a body's head or
    a title ("Ministry of Health", "Secretary of State", "the Democratic Republic of").
    """
    if words[k].tag == "DET":
        return False
    if words[k].text.casefold() in classes.honorifics:
        k += 1  # "Dr. Ivo Moss of Tarn": a person, whatever follows
    names = words[k:j]
    return (
        len(names) >= 2
        and all(w.tag == "PROPN" for w in names)
        and not any(
            w.text.casefold() in classes.org_heads or w.text.casefold() in classes.titles
            for w in names
        )
    )


def complement_of_title(
    words: Sequence[Word],
    low: list[str],
    k: int,
    name_start: int,
    name_end: int,
    classes: WordClasses,
) -> bool:
    """Whether the name is the body after a title: "Ambassador to (the) UN", "Secretary of State".

    The preposition may open the name run itself ("of State" after "Secretary").
    """
    j = name_start
    if low[j - k] in ("of", "for", "to"):
        # the run took the preposition in: "Secretary" "of State" (not "Chief" "of Staff Ana
        # Lund", a name after the body)
        return j - 1 >= k and low[j - 1 - k] in classes.titles and name_end == j + 2
    if j - 1 > k and low[j - 1 - k] == "the":
        j -= 1
    return (
        j - 2 >= k
        and low[j - 1 - k] in ("of", "for", "to")
        and low[j - 2 - k] in classes.titles
        and words[j - 2].tag == "PROPN"  # capitalised: the lower-case title reads as before
    )


def name_start_of(words: Sequence[Word], k: int, j: int, classes: WordClasses) -> int:
    """Where the run of capitalised words ending at ``j`` begins, with what joins them."""
    start = j
    while start - 1 >= k and (
        words[start - 1].tag == "PROPN"
        or words[start - 1].text.casefold() in classes.particles
        or words[start - 1].text in ("-",)
        or (  # "Ministry of Home Affairs", "Department for Education"
            words[start - 1].text.casefold() in ("of", "for", "and")
            and start - 2 >= k
            and words[start - 2].tag == "PROPN"
        )
        or (  # "Office for the Coordination of Humanitarian Affairs"
            words[start - 1].lemma == "the"
            and start - 3 >= k
            and words[start - 2].text.casefold() in ("of", "for")
            and words[start - 3].tag == "PROPN"
        )
    ):
        start -= 1
    return start


def past_title(words: Sequence[Word], start: int, end: int, classes: WordClasses) -> int:
    """Where a person's name begins after a capitalised title of several words.

    "Secretary of State Antony J. Blinken", "Foreign Minister Ana Lund": the last title (a
    word or a listed phrase) before a name of two words or more closes the title.
    """
    titles = classes.titles
    lows = [w.text.casefold() for w in words[start:end]]
    best = start
    for t in range(len(lows)):
        if end - (start + t + 1) < 2:
            break  # no name of two words is left after a title ending here
        if lows[t + 1] in ("of", "for", "to"):
            # a name opens with no preposition: "King of New York"; after the title's body,
            # a known given name opens it ("Chief of Staff Katie Walsh")
            if lows[t] in titles and (given := _given_after(lows, t + 2, classes)) is not None:
                return start + given
            continue
        for m in range(min(4, t + 1), 0, -1):
            if " ".join(lows[t - m + 1 : t + 1]) in titles:
                best = start + t + 1
                break
    return best


def _given_after(lows: list[str], at: int, classes: WordClasses) -> int | None:
    """The first known given name from ``at`` with a surname after it, or None."""
    for q in range(at + 1, len(lows) - 1):  # the body has one word at least
        if lows[q].rstrip(".") in classes.given:
            return q
    return None


def gender_told(low: Sequence[str], classes: WordClasses) -> Gender | None:
    """The gender the last gendered word of a phrase tells ("Mr.", "she"), if any."""
    for word in reversed(low):
        if word in classes.male or word in classes.female:
            return "m" if word in classes.male else "f"
    return None


def words_text(words: Sequence[Word], a: int, b: int) -> str:
    """The words ``a`` to ``b`` as written, joined by single spaces (hyphens kept tight)."""
    out = ""
    for j in range(a, b):
        w = words[j]
        if j > a and words[j - 1].end < w.start:
            out += " "
        out += w.text
    return out


def named_after(words: Sequence[Word], end: int) -> bool:
    """A name set off by a comma right after a phrase that ends before ``end``.

    "Defence Secretary, Ana Lind, said": the capitalised words before it are a title.
    """
    return end + 1 < len(words) and words[end].text == "," and words[end + 1].tag == "PROPN"
