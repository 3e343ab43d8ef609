"""News-like documents made up from templates, for tests and benchmarks at any size.

Each story is a disaster or a conflict in an invented place, told by several outlets over
several days: an official body and an independent one give rising (now and then revised or
disputed) tolls of the killed, injured, missing or displaced, with varied qualifiers ("at
least", "more than", "about"), and named officials take and change positions on a topic. Every
name is invented from syllables, so nothing here copies a real article.

The output depends only on ``n`` and ``seed``: the same call gives the same documents, and a
corpus of a million is produced one document at a time, in constant memory.

>>> docs = list(news_documents(3, seed=7))
>>> [d.doc_id for d in docs]
['gen7-0000000', 'gen7-0000001', 'gen7-0000002']
>>> docs == list(news_documents(3, seed=7))
True
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from ..model import Document

# Articles per story: enough readings of one toll for rises, revisions and conflicts.
STORY_LENGTH = 8

_SYLLABLES = (
    "var dra kel mor vik ost lan ter bel sun qua rim tol nev ash cor pel zan fir gol mab hen "
    "lis tor uva ber kan sel dor"
).split()
_FIRST = (
    "Tomas Ilsa Marek Odile Rafi Sunniva Kenji Amara Lev Noor Dario Hedda Yusuf Petra Ivo Lina"
).split()
_TITLES = ("Interior Minister", "Mayor", "Governor", "spokesperson", "Prime Minister")
_EVENTS = ("earthquake", "floods", "landslide", "clashes", "cyclone", "fire")
_CATEGORIES = (
    ("killed", ("people were killed", "people have died", "people died", "deaths")),
    ("injured", ("people were injured", "people were wounded", "people have been hurt")),
    ("missing", ("people are missing", "people remain missing")),
    ("displaced", ("people have been displaced", "people were displaced")),
)
_QUALIFIERS = ("", "", "at least ", "more than ", "about ", "nearly ")
_TOPICS = (
    ("ceasefire", "a ceasefire"),
    ("humanitarian_aid", "humanitarian aid"),
    ("humanitarian_pause", "a humanitarian pause"),
)
_SUPPORT = ("supported", "backed", "supports")
_OPPOSE = ("opposed", "rejected", "opposes")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NOISE = (
    "Roads into the area remained closed and power was cut to several districts.",
    "Rescue teams worked through the night with heavy machinery.",
    "Residents described scenes of panic as buildings shook.",
    "Schools were turned into shelters for families who lost their homes.",
    "Aid convoys were expected to arrive later in the week.",
)


def _upper(s: str) -> str:
    return s[:1].upper() + s[1:]


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


class _Story:
    """One event told over several days: its place, sources, tolls and speakers."""

    def __init__(self, rng: random.Random) -> None:
        self.place = _name(rng, rng.choice((2, 3)))
        self.country = _name(rng)
        self.event = rng.choice(_EVENTS)
        self.start = dt.date(2020, 1, 1) + dt.timedelta(rng.randrange(2000))
        self.outlets = [f"The {_name(rng)} {rng.choice(('Courier', 'Post', 'Herald'))}"]
        self.outlets.append(f"{_name(rng)} News")
        self.official = f"the {self.country} Health Ministry"
        self.independent = f"the {_name(rng)} Relief Network"
        self.categories = rng.sample(_CATEGORIES, 2)
        self.toll = {c: rng.randrange(5, 400) for c, _ in _CATEGORIES}
        self.speaker = f"{rng.choice(_TITLES)} {rng.choice(_FIRST)} {_name(rng)}"
        self.topic = rng.choice(_TOPICS)
        self.polarity = rng.random() < 0.5


def _figure_sentence(rng: random.Random, story: _Story, day: dt.date, published: dt.date) -> str:
    category, phrases = rng.choice(story.categories)
    # Tolls mostly rise; now and then one is revised down.
    step = rng.randrange(0, 60) if rng.random() < 0.85 else -rng.randrange(1, 20)
    story.toll[category] = max(1, story.toll[category] + step)
    value = story.toll[category]
    source = story.official
    if rng.random() < 0.3:
        source = story.independent
        value = value + rng.randrange(10, 90)  # an independent count, often higher
    number = f"{rng.choice(_QUALIFIERS)}{value:,}"
    when = "" if day == published else f" on {_WEEKDAYS[day.weekday()]}"
    phrase = rng.choice(phrases)
    if phrase == "deaths":
        return f"{_upper(source)} reported{when} {number} deaths in {story.place}."
    if rng.random() < 0.5:
        return f"{_upper(source)} said{when} that {number} {phrase} in the {story.event}."
    return f"{_upper(number)} {phrase} in {story.place}, {source} said{when}."


def _stance_sentence(rng: random.Random, story: _Story) -> str:
    if rng.random() < 0.3:
        story.polarity = not story.polarity  # a change of mind, flagged as a stance shift
    verb = rng.choice(_SUPPORT if story.polarity else _OPPOSE)
    if rng.random() < 0.5:
        return f"{story.speaker} said the government {verb} {story.topic[1]}."
    return f"{story.speaker} said on {rng.choice(_WEEKDAYS)} that he {verb} {story.topic[1]}."


def _document(index: int, story: _Story, rng: random.Random, seed: int) -> Document:
    part = index % STORY_LENGTH
    published = story.start + dt.timedelta(part + rng.randrange(2))
    sentences = [
        f"{story.place} {story.event}: toll climbs",
        "",
    ]
    body: list[str] = []
    for _ in range(rng.randrange(2, 5)):
        day = published - dt.timedelta(rng.randrange(2))
        body.append(_figure_sentence(rng, story, day, published))
    if rng.random() < 0.6:
        body.append(_stance_sentence(rng, story))
    body.extend(rng.sample(_NOISE, rng.randrange(1, 3)))
    rng.shuffle(body)
    sentences.append(" ".join(body))
    return Document(
        text="\n".join(sentences),
        published=published,
        source=story.outlets[index % 2],
        doc_id=f"gen{seed}-{index:07d}",
    )


def news_documents(n: int, *, seed: int = 0) -> Iterator[Document]:
    """Yield ``n`` news-like documents, ``STORY_LENGTH`` consecutive ones per story.

    Args:
        n: how many documents.
        seed: another seed gives other stories; the same seed the same documents.

    Yields:
        Documents with ids ``gen<seed>-<index>``, a publication date and an outlet.
    """
    story: _Story | None = None
    rng = random.Random(seed)
    for index in range(n):
        if index % STORY_LENGTH == 0:
            rng = random.Random(f"{seed}:{index // STORY_LENGTH}")
            story = _Story(rng)
        assert story is not None
        yield _document(index, story, rng, seed)
