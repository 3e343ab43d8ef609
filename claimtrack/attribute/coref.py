"""Coreference inside a document: "he", "the official", "Kirby" and "the report" to one source.

:class:`Speakers` reads a document's source mentions in order and resolves each to the fullest
name the text gives: a pronoun to the last person or group, a role noun ("the spokesman", "the
ministry") to the last entity with that head, a surname to the person who bears it, and a
document ("the report", "the bulletin") to the body that issued it.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..lexicon import Lexicon
from ..model import Span, Who, WhoKind
from ..syntax.names import initials
from ..syntax.structure import Gender, without_apostrophe_s
from ..text.patterns import lazy
from .according import document_heads
from .entities import Entity, canonical_name, lone_name, unconfirmed, without_suffix
from .speaker import SpeakerMention as SpeakerMention
from .speaker import bare_possessor as bare_possessor
from .speaker import speaker_mention as speaker_mention
from .vocab import words

# A document named by no one ("the updated figures", "its latest breakdown"): whose it is,
# the text told before.
_UNNAMED_DOC = lazy(
    r"(?i)(?:the|its|their|this|that|these|those)(?:\s+(?:updated|latest|new|official|"
    r"final|preliminary|revised|daily|weekly|same|full|own))*\s+\p{Ll}+"
)
_ARTICLE = lazy(r"^(?:the|a|an)\s+", regex.I)
_BASED = lazy(r"^.*-based\b\s*", regex.I)  # "New York-based group": "group"
# An officer of a body told by a general noun: "spokesman for the service".
_SERVES = lazy(
    r"(?P<role>\p{Ll}[\p{Ll} ]*?\s(?:for|of|at|with))\s+(?P<body>the\s+\p{Ll}[\p{Ll} ]*)"
)
# A body's own people or officer, by a possessive pronoun: "Its spokesman", "their own medics".
_OWNED_BY = lazy(r"(?i)(its|their)\s+\p{L}")
_PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "she": "f", "her": "f"}


class Speakers:
    """A document's speakers, so that "he", "the official" and "Kirby" resolve to full names."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._w = words(lexicon)
        self._people: list[Entity] = []
        # People only named so far ("thanked Ivo Moss"): known by name, not yet of the people
        # "he", "the official" or knows_people count.
        self._known: list[Entity] = []
        self._orgs: list[Entity] = []
        # Bodies only named so far, in a title or an object ("a spokesman for the Kell Relief
        # Agency"): for a later "the agency", never for "it".
        self._bodies: list[Entity] = []
        # The entities referred to in the sentence being read (see :meth:`next_sentence`).
        self._here: set[int] = set()
        self._last_person: Entity | None = None
        self._last_group: Entity | None = None
        self._last: Entity | None = None
        self._mentions = 0
        # The documents a body issued, by their head noun: "said in its daily report".
        self._documents: dict[str, Entity] = {}
        self._document_heads = document_heads(lexicon)

    def issued(self, head: str) -> None:
        """The source resolved last issued a document with this head noun ("report")."""
        if self._last is not None:
            self._documents[head.casefold()] = self._last

    def know(self, mention: SpeakerMention) -> None:
        """A person named where no one speaks ("thanked Ivo Moss"), for a later "Moss".

        Known by name only: the last person, whom "he" and "the official" mean, stays as it is.
        """
        w = self._w
        parts = without_suffix(mention.name.split(), w.name_suffixes)
        if mention.kind != "person" or mention.form != "name" or len(parts) < 2:
            return
        canonical = canonical_name(mention.name, "person", w.aliases, w.name_suffixes)
        last = parts[-1].casefold()
        if any(e.canonical == canonical or e.last == last for e in [*self._people, *self._known]):
            return
        # no title: the one a later mention as a speaker gives ("Dr. Abid, the WHO's
        # representative, said") is the one to keep
        entity = Entity(mention.name, canonical, "person", None, gender=mention.gender)
        entity.rename(mention.name, w.name_suffixes)
        self._mentions += 1
        entity.seen = self._mentions
        self._known.append(entity)

    def next_sentence(self) -> None:
        """A new sentence starts: "the agency" may again mean a body its subject named.

        Within one sentence a general noun is not the body named before it there: in "The Red
        Crescent said 70 died, contradicting the agency's count of 61" the agency is another.
        """
        self._here.clear()

    @property
    def body_heads(self) -> frozenset[str]:
        """The head nouns of bodies ("ministry", "agency"), case-folded."""
        return frozenset(self._w.org_heads | self._w.general_bodies)

    def know_body(self, name: str) -> None:
        """A body named where it does not speak ("a spokesman for the Kell Relief Agency").

        A later "the agency" or "the organisation" may refer back to it; "it" still means the
        last body that spoke or acted.
        """
        name = _ARTICLE.sub("", name)
        canonical = canonical_name(name, "organization", self._w.aliases)
        if any(e.canonical == canonical for e in [*self._orgs, *self._bodies]):
            return
        heads = {without_apostrophe_s(p) for p in canonical.split()}
        entity = Entity(name, canonical, "organization", None, heads, named=True)
        self._mentions += 1
        entity.seen = self._mentions
        self._bodies.append(entity)

    def _all_bodies(self) -> list[Entity]:
        """The bodies only named, then those that spoke or acted: the last is asked first."""
        return [*self._bodies, *self._orgs]

    def _take(self, entity: Entity) -> None:
        """Refer to ``entity`` now; a body only named becomes one that speaks ("it")."""
        if entity in self._bodies:
            self._bodies.remove(entity)
            self._orgs.append(entity)
        self._note(entity)

    @property
    def knows_people(self) -> bool:
        """Whether a person has been named or referred to yet."""
        return bool(self._people)

    def resolve(self, mention: SpeakerMention, *, speaks: bool = True) -> Who | None:
        """The :class:`Who` for ``mention``; None for a pronoun with nobody to refer to.

        ``speaks`` false (the subject of a verb that attributes nothing, "Lund toured"): None.
        """
        entity = self._resolve(mention)
        if entity is None:
            return None
        entity.spoke = entity.spoke or speaks
        role = _ARTICLE.sub("", mention.name).casefold() == entity.name.casefold()
        if mention.owner and role and not entity.owner:
            entity.owner = mention.owner  # "Germany's foreign minister": whose minister
        if not speaks:
            return None
        return Who(
            name=f"{entity.owner} {entity.name}" if entity.owner else entity.name,
            canonical=entity.canonical,
            kind=entity.kind,
            title=entity.title,
            text=mention.text,
            span=mention.span,
        )

    def _resolve(self, m: SpeakerMention) -> Entity | None:
        w = self._w
        if m.form == "name" and m.kind == "organization" and self._general(m.text):
            m = replace(m, name=m.text, form="role")  # "The UN agency": capitalised, no name
        low = m.name.casefold()
        if m.form == "pronoun":
            return self._pronoun(low)
        if m.form == "role":
            head = without_apostrophe_s(low.split()[-1])
            # "Its spokesman said", "its own medics counted": the body's voice
            issuer = self._owner_body(m) or (
                self._documents.get(head) if m.kind != "person" else None
            )
            if issuer is None and head in self._document_heads and _UNNAMED_DOC.fullmatch(m.text):
                issuer = self._last  # "The updated figures showed": who gave the last figures
            if issuer is not None:  # "the report said": the body whose report it is
                self._note(issuer)
                return issuer
            titled = self._titled(m, head)
            if titled is not None:
                self._take(titled)
                return titled
            body = self._last_body(m, head)
            if body is not None:  # "the agency", "the company": the body named last
                self._take(body)
                return body
            if m.kind == "person" and (served := self._served(m)) is not None:
                return served
            if self._the_official(m, head):  # "the official said", "the spokesman added"
                return self._last_person
            name = _ARTICLE.sub("", m.name)
            entity = Entity(name, canonical_name(name, m.kind, w.aliases), m.kind, None, {head})
            (self._people if m.kind == "person" else self._orgs).append(entity)
            self._note(entity)
            return entity
        parts = [p for p in m.name.split() if p.casefold() not in w.connectors]
        if not parts:  # a "name" of joining words only ("La", "Van"): no person to find
            return self._org(m)
        parts = without_suffix(parts, w.name_suffixes)
        surname = without_apostrophe_s(parts[-1].casefold())
        if m.kind == "person":
            for entity in [*self._known, *reversed(self._people)]:
                if entity.last == surname and (
                    len(parts) == 1 or parts[0].casefold() == entity.first
                ):
                    if entity in self._known:  # named before, now spoken of: one of the people
                        self._known.remove(entity)
                        self._people.append(entity)
                    if len(m.name) > len(entity.name):
                        entity.rename(m.name, w.name_suffixes)
                    if m.title:
                        entity.title = entity.title or m.title
                        entity.heads |= self._heads(m.title)
                    entity.gender = entity.gender or m.gender
                    self._note(entity)
                    return entity
            if len(parts) == 1 and m.title is None:
                # A lone capitalised word never introduced as a person: a country or body.
                return self._org(m)
            entity = Entity(
                m.name,
                canonical_name(m.name, "person", w.aliases, w.name_suffixes),
                "person",
                m.title,
                self._heads(m.title) if m.title else set(),
                gender=m.gender,
            )
            entity.rename(m.name, w.name_suffixes)
            self._people.append(entity)
            self._note(entity)
            return entity
        return self._org(m)

    def _the_official(self, m: SpeakerMention, head: str) -> bool:
        """Whether a role noun of a person is the last person who spoke: "the official said"."""
        return (
            m.kind == "person"
            and self._last_person is not None
            # "President Lund" is not "the governor", but any titled person is "the official"
            and (not self._last_person.heads or head in self._w.general_people)
            and head in self._w.title_words
            and not m.indefinite
            # "the Saudi crown prince" is someone new; "The spokesman" opens a sentence
            and not any(c.isupper() for c in _ARTICLE.sub("", m.text))
        )

    def _owner_body(self, m: SpeakerMention) -> Entity | None:
        """The body a possessive pronoun opening a role names, if it spoke: "Its spokesman".

        Not "their" after a count of people ("5 fighters died ... Their commanders said").
        """
        owned = _OWNED_BY.match(m.text)
        body = self._pronoun(owned.group(1).casefold()) if owned is not None else None
        return body if body is not None and body.spoke else None

    def _titled(self, m: SpeakerMention, head: str) -> Entity | None:
        """The person or body named before whose title or name has this role's head noun.

        "the governor" after "Gov. Ana Lund"; "the agency chief" after "Mara Quist, head of the
        Tarsk Disaster Agency" (another word for the title's head, with the role's other words
        in the title too).
        """
        pool = self._people if m.kind == "person" else self._all_bodies()
        # "other Israeli officials" are not the "White House officials" named before: a
        # group's capitalised modifier must be in the name it refers back to. (A person's
        # title may be capitalised: "the Secretary of State" is Blinken.)
        marks = {
            without_apostrophe_s(p.casefold())
            for p in m.text.split()[:-1]
            if p[:1].isupper() and m.kind != "person" and not _ARTICLE.match(p + " ")
        }  # ("The office" at the start of a sentence has no mark: "The" is an article)
        same = self._w.title_synonyms.get(head)
        modifiers = {w.casefold() for w in _ARTICLE.sub("", m.text).split()[:-1]}
        # "the foreign ministry" is not the health ministry named before: a body's own
        # modifiers must be in the name it refers back to ("the health ministry": "Kell's
        # Health Ministry")
        own = modifiers - self._w.general_modifiers if m.kind == "organization" else set()
        owned = {without_apostrophe_s(w) for w in own}
        for entity in reversed(pool):
            heads = entity.heads
            if not (head in heads or (same in heads and modifiers <= heads)):
                continue
            if marks and not marks <= set(entity.canonical.split()):
                continue
            if owned and not owned <= {*entity.canonical.split(), *heads}:
                continue
            if _owned_apart(m, entity):
                continue  # "Orlan's defense ministry" is not Kell's
            return entity
        return None

    def _pronoun(self, low: str) -> Entity | None:
        """He and she: the last person; it: the last body; they: the last group or body."""
        if low in {"he", "she", "i", "him", "her", "me"}:  # "according to her"
            if self._last_person is None and lone_name(self._last):
                return self._last  # "Lund said ... She later said": nobody else to be her
            return self._person(_PRONOUN_GENDER.get(low))
        if low in {"it", "its"}:  # a body, never "officials" or "rescuers"
            bodies = [e for e in self._orgs if e.kind == "organization"]
            return max(bodies, key=lambda e: e.seen, default=None)
        return self._last_group

    def _person(self, gender: Gender | None) -> Entity | None:
        """The last person, unless "he" or "she" says otherwise: then the last that fits.

        "Ana Ruiz met Tomas Lind. He said": Lind, named only as the one met. A person whose sex
        nothing told before takes it from the pronoun that refers to them. Where nobody fits,
        nobody: "he" is never the woman named last.
        """
        person = self._last_person
        if gender is None or person is None or person.gender in (None, gender):
            if person is not None and gender is not None:
                person.gender = gender
            return person
        # a speaker whose sex nothing told may be the one; one only named, when its name tells
        fits = [e for e in self._people if e.gender in (None, gender)]
        fits += [e for e in self._known if e.gender == gender]
        best = max(fits, key=lambda e: (e.gender == gender, e.seen), default=None)
        if best is not None and best in self._known:  # named before, now spoken of
            self._known.remove(best)
            self._people.append(best)
        if best is not None:
            best.gender = gender
            self._note(best)
        return best

    def _heads(self, title: str) -> set[str]:
        """The words a later mention may use for a title: "Gov." gives "governor" too."""
        words = title.casefold().split()
        short, same = self._w.title_abbreviations, self._w.title_synonyms
        return {*words, *(short[w] for w in words if w in short)} | {
            same[w] for w in words if w in same
        }

    def _last_body(self, m: SpeakerMention, head: str) -> Entity | None:
        """The body named last, for a general noun with no mark of its own ("the agency")."""
        if m.kind == "person" or m.indefinite or head not in self._w.general_bodies:
            return None
        if not self._general(m.text):
            return None  # "the Kell agency", "the national disaster agency": a body of its own
        named = [
            e
            for e in [*self._orgs, *self._bodies]
            if e.named and e.kind == "organization" and id(e) not in self._here
            if not self._w.other_kind(e.name, head)  # "the company": no front named before
        ]
        # a name read as a person's for want of a title, that nothing tells is one: "Human
        # Rights Watch said ... the group said"
        named += [e for e in self._people if unconfirmed(e) and id(e) not in self._here]
        best = max(named, key=lambda e: e.seen, default=None)
        if best is not None and best in self._people:
            best.kind = "organization"  # "the group" tells what it is
        return best

    def _served(self, m: SpeakerMention) -> Entity | None:
        """An unnamed officer of the body named last: "a spokesman for the service".

        After "the National Coast Watch" (in this sentence too), "a spokesman for the service"
        is the Coast Watch's: named so, as "the agency" alone would be the body itself.
        """
        found = _SERVES.fullmatch(_ARTICLE.sub("", m.name))
        if found is None or not self._general(found["body"]):
            return None
        bodies = [e for e in self._all_bodies() if e.named and e.kind == "organization"]
        body = max(bodies, key=lambda e: e.seen, default=None)
        if body is None:
            return None
        self._take(body)
        # (the body's canonical name: its officer's counts are the body's)
        name = f"{found['role']} the {body.name}"
        entity = Entity(name, body.canonical, "person", None)
        self._people.append(entity)
        self._note(entity)
        return entity

    def _general(self, text: str) -> bool:
        """Whether a body's noun phrase only describes it: "the agency", "the UN agency".

        Its head is a general noun (``reporting.general_bodies``) and every word before it a
        general modifier (``reporting.general_modifiers``) or part of an "X-based" ("the New
        York-based group").
        """
        words = _BASED.sub("", _ARTICLE.sub("", text)).casefold().split()
        if not words or words[-1] not in self._w.general_bodies:
            return False
        return all(w in self._w.general_modifiers for w in words[:-1])

    def _org(self, m: SpeakerMention) -> Entity:
        w = self._w
        name = _ARTICLE.sub("", m.name)
        canonical = canonical_name(name, "organization", w.aliases)
        for entity in reversed(self._all_bodies()):
            if entity.canonical == canonical:
                self._take(entity)
                return entity
        if len(name) >= 3 and name.isupper():
            # "the RSF" after "the Rapid Support Forces": an acronym of a name given before
            # (which may have been read as a person's name: it has no organisation head word).
            for entity in reversed([*self._people, *self._all_bodies()]):
                if initials(entity.name) == name:
                    self._take(entity)
                    return entity
        kind: WhoKind = "group" if m.kind == "group" else "organization"
        heads = {without_apostrophe_s(p) for p in canonical.split()}
        entity = Entity(name, canonical, kind, None, heads, named=m.form == "name")
        self._orgs.append(entity)
        self._note(entity)
        return entity

    def _note(self, entity: Entity) -> None:
        self._mentions += 1
        entity.seen = self._mentions
        self._here.add(id(entity))
        self._last = entity
        if entity.kind == "person":
            self._last_person = entity
        else:
            self._last_group = entity


def _owned_apart(m: SpeakerMention, entity: Entity) -> bool:
    """Do a mention and an entity name different owners: "Orlan's" and "Kell's defense ministry"?"""
    if not m.owner or not entity.owner:
        return False
    mine: str = without_apostrophe_s(m.owner.casefold())
    theirs: str = without_apostrophe_s(entity.owner.casefold())
    return mine != theirs


class ParsedSpeakers(Speakers):
    """Speakers whose token-read mentions take the name and title the sentence parse gives.

    The older token reader keeps "Senior Houthi official Mohammed al-Bukhaiti" whole; the
    parse splits it into the name "Mohammed al-Bukhaiti" and the title "Senior Houthi
    official". A mention that spans exactly one parsed name phrase is read as that phrase.
    """

    def __init__(self, lexicon: Lexicon, named: dict[Span, SpeakerMention]) -> None:
        super().__init__(lexicon)
        self._named = named

    def resolve(self, mention: SpeakerMention, *, speaks: bool = True) -> Who | None:
        """The :class:`Who` for ``mention``, read as the parsed phrase of the same span."""
        parsed = self._named.get(mention.span)
        if parsed is not None and mention.form != "pronoun":
            mention = parsed
        return super().resolve(mention, speaks=speaks)
