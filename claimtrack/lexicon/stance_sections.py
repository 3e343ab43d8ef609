"""The schema of the stance files: topics, polarity and holders (``topics.toml``, ...).

No ``from __future__ import annotations`` here, as in sections.py: see there.
"""

from .sections import Terms, _Section


class TopicTerms(_Section):
    """Cue phrases of one stance topic."""

    cues: Terms = ()
    description: str = ""
    # Bare cues that, in a document which has named a time-limited truce ("a 72-hour
    # ceasefire"), refer back to that truce: "both sides agreed to the truce" -> a pause.
    refers_back: Terms = ()
    # Those of ``refers_back`` that name an arrangement and so refer back to any phrase of
    # this topic, not only to one that says which kind of it: "a deal to end the fighting ...
    # welcomed the agreement" (the ceasefire). Not "the jets": they need jets named before.
    arrangements: Terms = ()
    # Polarity cues that make the topic phrase they govern this topic: "it was extending the
    # humanitarian truce" and "agreed to extend the ceasefire by another 72 hours" are pauses.
    recasts: Terms = ()
    # Phrases that name the act itself: an actor who says it will do it supports the topic,
    # with no other cue ("the coalition said it would halt all military operations").
    acts: Terms = ()
    # Topics whose halt is this topic: a call for them to stop ("all military operations
    # should cease", "the shelling must stop") is a call for this one (a pause).
    halt_of: Terms = ()
    # Nouns whose stopping is this topic, in any wording: with the one-word verbs of
    # ``polarity.halting``, "the fighting to stop", "wanted the fighting halted", "an end to
    # the bloodshed" name it (a cue), and "end the clashes" is the act itself.
    stopped: Terms = ()


# --- polarity.toml ---------------------------------------------------------------------------
class EvaluativeTerms(_Section):
    """Judgements of what stands before them: "a ceasefire would only reward the militants"."""

    support: Terms = ()
    oppose: Terms = ()
    neutral: Terms = ()


class PolarityLexicon(_Section):
    """Cues of support, opposition and deliberation, and negators that flip them."""

    support: Terms = ()
    oppose: Terms = ()
    neutral: Terms = ()
    negators: Terms = ()
    # Cues that speak to the document's main question even when their clause names no topic:
    # "Zelensky said he was sincerely grateful", "there is no consensus".
    topicless: Terms = ()
    # Verbs of stopping after a modal ("should cease", "must stop"): with a topic as their
    # subject, a call for its halt (see ``TopicTerms.halt_of``).
    halting: Terms = ()
    # Verbs of giving, in the past: a position taken ("Velt sent 20 tonnes of relief supplies",
    # support), but in a passive with no "by" only narration ("were sent to the area", "were
    # sent to help").
    given: Terms = ()
    # Verbs of going on with an act: support for the topic that is their object right after
    # them ("would continue the air strikes"), and nothing without one ("the shelling continued").
    continuing: Terms = ()
    # Verbs of going ahead whose object is where the topic goes: "aid must reach the town".
    arriving: Terms = ()
    # Cues that state a position only of a topic right after them: "will be no (truce)",
    # "breaking (the truce)"; their polarity is in the lists above.
    object_only: Terms = ()
    # Nouns of stopping with their preposition, right before a topic: the position is taken the
    # other way round on it ("called for a halt to arms shipments" opposes the shipments).
    stopping: Terms = ()
    # Verbs of going ahead after a modal, with a topic as their subject: "a ceasefire must go
    # ahead" (support), "cannot go ahead" (oppose), "could go ahead" (neutral).
    proceeding: Terms = ()
    # Words that name the purpose of a position: the topics after them, in its clause, are
    # supported with it ("pressing for pauses for two purposes: the release of hostages ...").
    purposes: Terms = ()
    # Nouns that, as the object of a cue, stand for a topic named elsewhere: "rejected
    # Ukraine's request", "hailed Biden's move", "urged them to uphold it".
    objects: Terms = ()
    # Words that open an indirect question; a cue inside one is no position: "asked whether
    # Washington would send F-16s", "will decide when to provide the jets".
    questions: Terms = ()
    # Words that open a condition; a cue inside one is neutral: "so that Germany could move
    # quickly if it decided to send them". A cue before it is held by ``restrictions`` and
    # ``clause_restrictions``, unless the condition is a request ("would not stand in the way
    # if Poland asked": an offer, see ``offers``).
    conditions: Terms = ()
    # Verbs that make a possessive cue a position: "affirmed his support for", "voiced their
    # opposition to" (but "the call for a ceasefire", "his support base" name no position).
    expressing: Terms = ()
    # Verbs of giving up a position, read before a possessive: "dropped its opposition to a
    # ceasefire" (support), "withdrew its support for the truce" (oppose).
    relinquishing: Terms = ()
    # Verbs that announce one's own act named by a noun cue after "the": "announced the sending
    # of three planes with aid" (but "welcomed the call for a ceasefire" is no such act).
    announcing: Terms = ()
    # Phrases that hold a cue word but state no position: "food is in short supply".
    ignore: Terms = ()
    # Frames that deny what follows them, further back than a negator: "we do not believe that
    # the time is right for a truce".
    denials: Terms = ()
    # Judgements whose subject is the topic before them ("sending more shells would be a grave
    # mistake", "called the truce a gift to the rebels"); they also work as cues before a topic.
    evaluative: EvaluativeTerms = EvaluativeTerms.model_construct()
    # Verbs of a position in their base form, each standing for all its forms: "deplore" is
    # also "deplores", "deplored", "deploring" (under ``support``, ``oppose``, ``neutral``).
    lemmas: EvaluativeTerms = EvaluativeTerms.model_construct()
    # Conditions after a cue that make the position neutral: "will back a truce only if ...".
    restrictions: Terms = ()
    # ... that hold only in the cue's own clause: "will support a ceasefire if ...".
    clause_restrictions: Terms = ()
    # Restrictions that name a goal after a position held, and restrict a refusal only: "would
    # keep striking until residents return", "will not agree until the hostages are freed".
    goals: Terms = ()
    # Verbs of a restriction that waits only for a request, an offer: "if Orlan asked".
    offers: Terms = ()
    # Words after which "if" asks, not conditions: "asked if", "unclear if".
    inquiring: Terms = ()
    # Exceptions after a negated cue that make it a condition: "will not sign without guarantees".
    exceptions: Terms = ()
    # Modal words right before a cue that leave the position open: "may back", "could consider".
    modals: Terms = ()


# --- holders.toml ----------------------------------------------------------------------------
class HoldersLexicon(_Section):
    """Words for who holds a stance beyond the subject of its clause."""

    # Phrases after which the partners of a joint position are named: "in a joint statement
    # with Kestria and Veldan, Ostrava called for ..." (each partner holds the stance).
    joint: Terms = ()
    # Verbs of praise or blame whose object holds the position after "for"/"of": "commended
    # the parties for agreeing to the truce", "accused the rebels of blocking the convoys".
    crediting: Terms = ()
    # Singular nouns that, alone with "the", refer back to the group named before: "the
    # movement", "the group".
    anaphors: Terms = ()
    # Nouns that report a clause as evidence, so that its own subject holds it, even with a
    # modal: "said there were signs the rebels would not agree to extend the truce".
    evidence: Terms = ()
    # Verbs of replying: a reply that names no day of its own is given on the day of the
    # exchange the sentence before tells ("confronted Lund on Tuesday ... Lund replied: ...").
    replies: Terms = ()
    # Verbs of a passive description whose agent holds the judgement: "the closure is described
    # as choking off aid by the relief council" (the council's position).
    describing: Terms = ()


# --- segment.toml ----------------------------------------------------------------------------
