"""Stances read from structure: one table of invented sentences per construction.

Every actor, place and number here is made up (Delmar, Veldan, Orlan and Ostrava are not
countries; Lind, Holm, Darn and Mund are nobody). Each construction has positive rows and at
least one negative row (a sentence that must give no stance, or a different one). A row is
``(construction, text, expected)``; ``expected`` is the set of ``(holder, topic, polarity)``
that :func:`claimtrack.extract` must return, exactly. New constructions add rows here; a
known miss goes to ``KNOWN_MISSES`` as a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import extract
from claimtrack.lexicon import load_lexicon

Row = tuple[str, str, set[tuple[str, str, str]]]

TABLE: list[Row] = [
    # --- "both X and Y", "neither X nor Y": each actor holds the position (neither: negated) -
    (
        "coordinated holders",
        "Both Velt and Orlan backed the truce.",
        {("Velt", "ceasefire", "support"), ("Orlan", "ceasefire", "support")},
    ),
    (
        "coordinated holders",
        "Neither Velt nor Orlan supports a ceasefire.",
        {("Velt", "ceasefire", "oppose"), ("Orlan", "ceasefire", "oppose")},
    ),
    (
        "coordinated holders",
        "Both the army and the rebels agreed to the truce.",
        {("army", "ceasefire", "support"), ("rebels", "ceasefire", "support")},
    ),
    # "Both sides" with nobody named before names no one
    ("coordinated holders", "Both sides agreed to the truce.", set()),
    # --- a vote for or against what a resolution asks ---------------------------------------
    (
        "vote",
        "Velt voted for a resolution demanding a humanitarian pause.",
        {("Velt", "humanitarian_pause", "support")},
    ),
    (
        "vote",
        "Orlan voted against a resolution demanding a ceasefire.",
        {("Orlan", "ceasefire", "oppose")},
    ),
    ("vote", "Velt voted for Lund in the election.", set()),
    (
        "vote",
        "The Velan Assembly voted 112 to 40 on Saturday to authorise a ground operation.",
        {("Velan Assembly", "military_operation", "support")},
    ),
    (
        "vote",
        "The Velan Assembly voted to reject the truce.",
        {("Velan Assembly", "ceasefire", "oppose")},
    ),
    ("vote", "The Velan Assembly voted on the budget on Monday.", set()),
    # --- a bare "operation" is the operation named before it ----------------------------------
    (
        "the operation named before",
        "The Assembly approved a ground operation against the rebels. Velt backed the operation.",
        {("Assembly", "military_operation", "support"), ("Velt", "military_operation", "support")},
    ),
    ("the operation named before", "Velt backed the operation.", set()),
    (
        "the operation named before",
        "Rescuers began a rescue operation on Monday. The mayor backed the operation.",
        set(),
    ),
    # --- an act with a negated modal, or in the past: "will not let aid through" -------------
    (
        "act",
        "Orlan let aid through the crossing on Monday.",
        {("Orlan", "humanitarian_aid", "support")},
    ),
    (
        "act",
        "Orlan won't open the crossings, Lund said.",
        {("Orlan", "humanitarian_aid", "oppose")},
    ),
    ("act", "A deal to let aid through was discussed.", set()),
    (
        "act",
        "Lund said Orlan was ready to send two more air-defence batteries to Velia.",
        {("Orlan", "weapons_supply", "support")},
    ),
    # --- "open to": openness after a copula, the verb after a modal --------------------------
    ("open to", "Lund said Orlan was open to a truce.", {("Orlan", "ceasefire", "neutral")}),
    (
        "open to",
        "Lund announced on Monday that the Tesk crossing will open to aid convoys on Wednesday.",
        {("Lund", "humanitarian_aid", "support")},
    ),
    # --- a truce that will (not) be extended: going ahead, with the truce as subject ---------
    (
        "extended",
        "Lund said the truce would be extended by two days.",
        {("Lund", "humanitarian_pause", "support")},
    ),
    (
        "extended",
        "Lund said the pause would not be extended.",
        {("Lund", "humanitarian_pause", "oppose")},
    ),
    ("extended", "The truce was extended on Monday.", set()),
    # --- bare "the jets": the weapons named before, or none ---------------------------------
    (
        "the jets named before",
        "Orlan asked for F-16 fighter jets in May. Velt welcomed the decision to send the jets.",
        {("Orlan", "weapons_supply", "support"), ("Velt", "weapons_supply", "support")},
    ),
    ("the jets named before", "Lund said Velan jets were ready to join the operation.", set()),
    # --- an appeal in the progressive --------------------------------------------------------
    (
        "appealing",
        '"I am appealing to our partners to send aid," Lund said.',
        {("Lund", "humanitarian_aid", "support")},
    ),
    ("appealing", "The plan was appealing to voters, Lund said.", set()),
    # --- a purpose after a cue's object takes the cue's frame ---------------------------------
    (
        "purpose",
        "Orlan will not provide weapons to support the offensive.",
        {("Orlan", "weapons_supply", "oppose"), ("Orlan", "military_operation", "oppose")},
    ),
    (
        "purpose",
        "Orlan will provide weapons to support the offensive.",
        {("Orlan", "weapons_supply", "support"), ("Orlan", "military_operation", "support")},
    ),
    # --- "resuming" before another topic resumes that topic -----------------------------------
    (
        "resuming",
        "Lund said she would not rule out resuming arms shipments to Velia.",
        {("Lund", "weapons_supply", "neutral")},
    ),
    (
        "resuming",
        "Orlan refused to resume arms shipments to Velia.",
        {("Orlan", "weapons_supply", "oppose")},
    ),
    # --- a possessor's call judged in the passive: the possessor's, and the judge's ---------
    (
        "passive judge",
        "Tarsk's call for a ceasefire was rejected by Varn.",
        {("Tarsk", "ceasefire", "support"), ("Varn", "ceasefire", "oppose")},
    ),
    (
        "passive judge",
        "Tarsk's call for a ceasefire was welcomed by Varn on Monday.",
        {("Tarsk", "ceasefire", "support"), ("Varn", "ceasefire", "support")},
    ),
    (
        "passive judge",
        "Tarsk's support for the aid convoys was criticised by Varn.",
        {("Tarsk", "humanitarian_aid", "support"), ("Varn", "humanitarian_aid", "oppose")},
    ),
    # no agent: only the possessor's
    (
        "passive judge",
        "Tarsk's call for a ceasefire was rejected on Monday.",
        {("Tarsk", "ceasefire", "support")},
    ),
    # --- an act or a topic ruled out after it: "out of the question", "off the table" -------
    (
        "judged after",
        "Lund said sending tanks to Kestria was out of the question.",
        {("Lund", "weapons_supply", "oppose")},
    ),
    (
        "judged after",
        "A ceasefire is off the table, Lund said.",
        {("Lund", "ceasefire", "oppose")},
    ),
    (
        "judged after",
        "Lund said the question of a ceasefire was on the table.",
        set(),
    ),
    # --- a subject that opens with a count: the group, without the count ------------------
    (
        "holder",
        "Some 40 aid agencies called for a lasting ceasefire.",
        {("aid agencies", "ceasefire", "support")},
    ),
    (
        "holder",
        "More than 40 aid agencies called for a lasting ceasefire.",
        {("aid agencies", "ceasefire", "support")},
    ),
    ("holder", "The plan calls for a lasting ceasefire.", set()),
    # --- a noun cue with a named possessor: the possessor holds the position ----------------
    (
        "named possessor",
        "Velt's support for the aid corridor surprised her allies.",
        {("Velt", "humanitarian_aid", "support")},
    ),
    (
        "named possessor",
        "President Ana Velt's call for a ceasefire was ignored.",
        {("Ana Velt", "ceasefire", "support")},
    ),
    ("named possessor", "The call for a ceasefire was ignored.", set()),
    # a noun cue after a cue of the clause's own holder stays that holder's
    (
        "named possessor",
        "Lund rejected Kell's request for tanks.",
        {("Lund", "weapons_supply", "oppose")},
    ),
    # --- going on with an operation or a plan supports it --------------------------------
    (
        "going on",
        "Osk said the army would continue its offensive in the north.",
        {("Osk", "military_operation", "support")},
    ),
    (
        "going on",
        "He said the army would press on with its offensive.",
        set(),  # "he" with no one before: no holder
    ),
    (
        "going on",
        "The army pressed ahead with the offensive on Monday.",
        {("army", "military_operation", "support")},
    ),
    (
        "going on",
        "Osk said Kell would continue to oppose a ceasefire.",
        {("Osk", "ceasefire", "oppose")},  # a modal: the speaker's own commitment
    ),
    # --- the accuser holds the opposite of what it blames: named in an apposition too ------
    (
        "accuser",
        "Its spokesman, Rami Dahl, accused Veldan of blocking aid convoys.",
        {("Rami Dahl", "humanitarian_aid", "support"), ("Veldan", "humanitarian_aid", "oppose")},
    ),
    # --- "X as Y": the verb and the judgement after "as" say one thing of X ---------------
    (
        "as judgement",
        "The Kell government dismissed the ceasefire proposal as a ploy.",
        {("Kell government", "ceasefire", "oppose")},
    ),
    ("as judgement", "Lund criticised the truce as premature.", {("Lund", "ceasefire", "oppose")}),
    (
        "as judgement",
        "Ruiz hailed the aid corridor as a lifeline.",
        {("Ruiz", "humanitarian_aid", "support")},
    ),
    (
        "as judgement",
        "Lund dismissed calls for a ceasefire as premature.",
        {("Lund", "ceasefire", "oppose")},
    ),
    # --- a passive cue with its agent: the agent holds the position --------------------------
    (
        "passive agent",
        "The ceasefire was rejected by the Orsk government on Sunday.",
        {("Orsk government", "ceasefire", "oppose")},
    ),
    (
        "passive agent",
        "The aid corridor was backed by the Kell council on Monday.",
        {("Kell council", "humanitarian_aid", "support")},
    ),
    ("passive agent", "The truce plan was welcomed by Dorva.", {("Dorva", "ceasefire", "support")}),
    ("passive agent", "The truce has been renewed.", set()),
    # the agent is a common noun of people or bodies, not only a name
    (
        "passive agent",
        "The truce plan was rejected by the rebels on Sunday.",
        {("rebels", "ceasefire", "oppose")},
    ),
    (
        "passive agent",
        "A ceasefire deal was welcomed by residents of Kaspo.",
        {("residents of Kaspo", "ceasefire", "support")},
    ),
    (
        "passive agent",
        "The aid corridor was endorsed by local officials.",
        {("local officials", "humanitarian_aid", "support")},
    ),
    (
        "passive agent",
        "Calls for a truce were rejected by the rebels.",
        {("rebels", "ceasefire", "oppose")},
    ),
    # a sentence that opens with a noun cue: a thing that grew, nobody's position
    ("noun cue", "Calls for a ceasefire grew louder, Lund said.", set()),
    ("noun cue", "Demands for an aid corridor were heard in Kell.", set()),
    # a noun cue the parse reads as a noun phrase, with no determiner: a thing, not a position
    ("noun cue", "Lund said calls for a truce were naive.", set()),
    ("noun cue", "Officials said demands for an aid corridor had grown.", set()),
    ("noun cue", "Dorva said support for the ceasefire was fading in Kell.", set()),
    # ... but a verb before it still takes it as its object
    ("noun cue", "Kell backs calls for a truce.", {("Kell", "ceasefire", "support")}),
    ("noun cue", "The rebels rejected calls for a truce.", {("rebels", "ceasefire", "oppose")}),
    # "by" and a measure or a time: no agent, so no one's position
    ("passive agent", "The ceasefire was extended by another month, the army said.", set()),
    ("passive agent", "The truce was extended by two weeks.", set()),
    ("passive agent", "The truce was renewed by Friday.", set()),
    # --- "against" after a copula or a verb of arguing opposes -----------------------------
    (
        "against",
        "Senator Ina Voss is against sending more tanks to Pell.",
        {("Ina Voss", "weapons_supply", "oppose")},
    ),
    (
        "against",
        "The Kell party came out against the hostage deal.",
        {("Kell party", "hostage_release", "oppose")},
    ),
    ("against", "Voss argued against a ceasefire.", {("Voss", "ceasefire", "oppose")}),
    ("against", "The war against the rebels continued.", set()),
    # --- openness to a position leaves it open ------------------------------------------------
    (
        "openness",
        "Kellish officials have signalled openness to a temporary pause in fighting.",
        {("Kellish officials", "humanitarian_pause", "neutral")},
    ),
    (
        "openness",
        "Dorian leaders showed openness to talks on the aid corridors.",
        {("Dorian leaders", "humanitarian_aid", "neutral")},
    ),
    (
        "openness",
        "The Orsk government expressed openness to a ceasefire on Friday.",
        {("Orsk government", "ceasefire", "neutral")},
    ),
    (
        "openness",
        "The Orsk government expressed support for a ceasefire on Friday.",
        {("Orsk government", "ceasefire", "support")},
    ),
    # --- a role in lower case that opens a reported clause holds its stance ---------------
    (
        "holder",
        "The president supports a ceasefire, officials said.",
        {("president", "ceasefire", "support")},
    ),
    (
        "holder",
        "The president is considering sending tanks to Kestria, officials said.",
        {("president", "weapons_supply", "neutral")},
    ),
    (
        "holder",
        "Officials said the prime minister had rejected a ceasefire.",
        {("prime minister", "ceasefire", "oppose")},
    ),
    # ... but what a speaker says a role "would" do is the speaker's own commitment
    (
        "holder",
        "Kirby said the president would send tanks.",
        {("Kirby", "weapons_supply", "support")},
    ),
    # --- an actor's own determiner where a cue has "the" --------------------------------
    (
        "cue",
        "The army said it would resume its offensive once the truce ends.",
        {("army", "military_operation", "support")},
    ),
    (
        "cue",
        "The rebels vowed to resume their offensive on Monday.",
        {("rebels", "military_operation", "support")},
    ),
    # --- a verb that renews another cue renews that, not the truce ------------------------
    ("cue", "Lund renewed calls for a ceasefire.", {("Lund", "ceasefire", "support")}),
    (
        "cue",
        "The UN chief renewed his call for a humanitarian ceasefire.",
        {("UN chief", "ceasefire", "support")},
    ),
    (
        "cue",
        "Veldan said it would renew the truce.",
        {("Veldan", "humanitarian_pause", "support")},
    ),
    # --- a thing ruled out, as a predicate after it ----------------------------------------
    (
        "cue",
        "The Kell envoy said a ceasefire was out of the question.",
        {("Kell envoy", "ceasefire", "oppose")},
    ),
    (
        "cue",
        "Prime Minister Ana Lund said a truce was off the table.",
        {("Ana Lund", "ceasefire", "oppose")},
    ),
    # --- negation and negative implicatives -----------------------------------------------
    (
        "negation",
        "The Orlan cabinet would not agree to a ceasefire.",
        {("Orlan cabinet", "ceasefire", "oppose")},
    ),
    (
        "negation",
        "Ilse Darn refused to send more shells to the front.",
        {("Ilse Darn", "weapons_supply", "oppose")},
    ),
    (
        "negation",
        "The Veldan army ruled out a ground offensive.",
        {("Veldan army", "military_operation", "oppose")},
    ),
    ("negation", "Ostrava won't send the shells.", {("Ostrava", "weapons_supply", "oppose")}),
    ("negation", "Ostrava will send the shells.", {("Ostrava", "weapons_supply", "support")}),
    (
        "implicative",
        "The Orlan cabinet stopped short of endorsing the truce.",
        {("Orlan cabinet", "ceasefire", "neutral")},
    ),
    (
        "implicative",
        "Senator Pia Mund stopped short of calling for a ceasefire.",
        {("Pia Mund", "ceasefire", "neutral")},
    ),
    (
        "implicative",
        "The Delmar government declined to back a lasting ceasefire.",
        {("Delmar government", "ceasefire", "neutral")},
    ),
    (
        "implicative",
        "Marek Holm fell short of endorsing the aid convoys.",
        {("Marek Holm", "humanitarian_aid", "neutral")},
    ),
    (
        "implicative",
        "The Orlan cabinet endorsed the truce.",
        {("Orlan cabinet", "ceasefire", "support")},
    ),
    # --- conditions -----------------------------------------------------------------------
    (
        "condition",
        "The council will support a ceasefire only if the militias withdraw.",
        {("council", "ceasefire", "neutral")},
    ),
    (
        "condition",
        "Darn said Delmar would back the truce unless the shelling resumed.",
        {("Darn", "ceasefire", "neutral")},
    ),
    (
        "condition",
        "Lind said Ostrava will not sign a ceasefire without guarantees.",
        {("Lind", "ceasefire", "neutral")},
    ),
    (
        "condition",
        "Lind said Ostrava will not agree to a ceasefire until the hostages are freed.",
        {("Lind", "ceasefire", "neutral")},
    ),
    (
        "condition",
        "The Veldan army said it would agree to a pause provided that the convoys were inspected.",
        {("Veldan army", "humanitarian_pause", "neutral")},
    ),
    ("condition", "Darn said Delmar would back the truce.", {("Darn", "ceasefire", "support")}),
    (
        "condition",
        "The Orlan cabinet called for a ceasefire once again.",
        {("Orlan cabinet", "ceasefire", "support")},
    ),
    (
        "condition",
        "The Veldan army said it was ready to fight until victory.",
        {("Veldan army", "military_operation", "support")},
    ),
    # --- modality and deliberation ----------------------------------------------------------
    (
        "modality",
        "The alliance said it could consider sending more tanks.",
        {("alliance", "weapons_supply", "neutral")},
    ),
    (
        "modality",
        "Senator Pia Mund may back a humanitarian pause.",
        {("Pia Mund", "humanitarian_pause", "neutral")},
    ),
    (
        "modality",
        "The Orlan government is weighing an extension of the truce.",
        {("Orlan government", "humanitarian_pause", "neutral")},
    ),
    (
        "modality",
        "The Delmar cabinet is still studying the proposal for a lasting ceasefire.",
        {("Delmar cabinet", "ceasefire", "neutral")},
    ),
    (
        "modality",
        "Senator Pia Mund will back a humanitarian pause.",
        {("Pia Mund", "humanitarian_pause", "support")},
    ),
    (
        "modality",
        "Senator Pia Mund could not support a humanitarian pause.",
        {("Pia Mund", "humanitarian_pause", "oppose")},
    ),
    # --- evaluative opposition and support ----------------------------------------------------
    (
        "evaluative",
        "Lind said a ceasefire would only reward the militants.",
        {("Lind", "ceasefire", "oppose")},
    ),
    (
        "evaluative",
        "Opposition leader Hanna Lode called the truce a gift to the rebels.",
        {("Hanna Lode", "ceasefire", "oppose")},
    ),
    (
        "evaluative",
        "Darn said sending more shells would be a grave mistake.",
        {("Darn", "weapons_supply", "oppose")},
    ),
    (
        "evaluative",
        "Darn said refusing the aid convoys would be a grave mistake.",
        {("Darn", "humanitarian_aid", "support")},
    ),
    (
        "evaluative",
        "The Veldan foreign ministry called the offensive unacceptable.",
        {("Veldan foreign ministry", "military_operation", "oppose")},
    ),
    (
        "evaluative",
        "Holm said the truce was a step in the right direction.",
        {("Holm", "ceasefire", "support")},
    ),
    ("evaluative", "Holm said the truce would benefit farmers.", set()),
    ("evaluative", "The minister admitted a mistake in the count.", set()),
    # --- support verbs and nouns with their objects ------------------------------------------
    (
        "support",
        "Senator Rua Bell put her weight behind a lasting ceasefire.",
        {("Rua Bell", "ceasefire", "support")},
    ),
    (
        "support",
        "The envoy pressed for a halt to the fighting.",
        {("envoy", "ceasefire", "support")},
    ),
    (
        "support",
        "The Orlan cabinet threw its weight behind the aid convoys.",
        {("Orlan cabinet", "humanitarian_aid", "support")},
    ),
    (
        "support",
        "Marek Holm welcomed the two-month truce.",
        {("Marek Holm", "humanitarian_pause", "support")},
    ),
    ("support", "The Orlan cabinet discussed the aid convoys.", set()),
    ("support", "His weight was a concern before the talks on a ceasefire.", set()),
    # --- questions and denials ----------------------------------------------------------------
    ("question", "Did the Orlan cabinet back the truce?", set()),
    ("question", "Holm asked whether Delmar would send the shells.", set()),
    (
        "question",
        'Asked whether Delmar would send the shells, Holm replied: "No."',
        {("Holm", "weapons_supply", "oppose")},
    ),
    (
        "denial",
        "Lind denied reports that his government had agreed to an extension of the truce.",
        {("Lind", "humanitarian_pause", "oppose")},
    ),
    (
        "denial",
        "Lind confirmed that his government had agreed to an extension of the truce.",
        {("Lind", "humanitarian_pause", "support")},
    ),
    # --- topics, synonyms and idioms, decided per mention ---------------------------------------
    (
        "topic",
        "The army agreed to a two-month truce. Later, Holm said he wanted a lasting ceasefire.",
        {("army", "humanitarian_pause", "support"), ("Holm", "ceasefire", "support")},
    ),
    (
        "topic",
        "A 48-hour truce began on Monday. The rebels said they would respect the truce.",
        {("rebels", "humanitarian_pause", "support")},
    ),
    (
        "topic",
        "Lode called for a lasting truce. On Friday the rebels said they would respect the truce.",
        {("Lode", "ceasefire", "support"), ("rebels", "ceasefire", "support")},
    ),
    (
        "topic",
        "The Veldan army said it would renew the truce for another two months.",
        {("Veldan army", "humanitarian_pause", "support")},
    ),
    (
        "topic",
        "Holm urged the rebels to free the hostages.",
        {("Holm", "hostage_release", "support")},
    ),
    (
        "topic",
        "Holm called for more food and fuel to reach the valley.",
        {("Holm", "humanitarian_aid", "support")},
    ),
    ("topic", "Darn backed a prisoner swap.", {("Darn", "hostage_release", "support")}),
    (
        "topic",
        "Lind opposed a ground invasion of the valley.",
        {("Lind", "military_operation", "oppose")},
    ),
    (
        "topic",
        "Talks on a hostage-release deal stalled in Orla. "
        "Holm said both sides must show courage to reach an agreement.",
        {("Holm", "hostage_release", "support")},
    ),
    ("topic", "Holm said both sides must show courage to reach an agreement.", set()),
    (
        "topic",
        "The Orla council backed the relief effort after the storm.",
        {("Orla council", "humanitarian_aid", "support")},
    ),
    # --- holders ------------------------------------------------------------------------------
    (
        "holder",
        "A coalition of some 30 senators urged the president to back a ceasefire.",
        {("coalition of some 30 senators", "ceasefire", "support")},
    ),
    (
        "holder",
        "A group of about 40 aid agencies called for a lasting ceasefire.",
        {("group of about 40 aid agencies", "ceasefire", "support")},
    ),
    (
        "holder",
        "Holm and Darn welcomed the truce.",
        {("Holm", "ceasefire", "support"), ("Darn", "ceasefire", "support")},
    ),
    (
        "holder",
        "Delmar, Veldan and Orlan said in a joint statement that they supported the truce.",
        {
            ("Delmar", "ceasefire", "support"),
            ("Veldan", "ceasefire", "support"),
            ("Orlan", "ceasefire", "support"),
        },
    ),
    (
        "holder",
        "In a joint statement with Holm and Darn, Lind called for a lasting ceasefire.",
        {
            ("Lind", "ceasefire", "support"),
            ("Holm", "ceasefire", "support"),
            ("Darn", "ceasefire", "support"),
        },
    ),
    (
        "holder",
        "Lind said the rebels oppose any extension of the truce.",
        {("rebels", "humanitarian_pause", "oppose")},
    ),
    (
        "holder",
        "Lind said the Veldan army had rejected the truce.",
        {("Veldan army", "ceasefire", "oppose")},
    ),
    ("holder", "Lind said Delmar would send the shells.", {("Lind", "weapons_supply", "support")}),
    ("holder", "Lind and Holm met in Orla. The three leaders welcomed the truce on Friday.", set()),
]

TABLE += [
    # --- a position credited to the object of praise or blame ----------------------------
    (
        "credited",
        "Holm commended the Delmar government for agreeing to the truce.",
        {("Delmar government", "ceasefire", "support"), ("Holm", "ceasefire", "support")},
    ),
    (
        "credited",
        "Lind accused the rebels of blocking the aid convoys.",
        {("rebels", "humanitarian_aid", "oppose"), ("Lind", "humanitarian_aid", "support")},
    ),
    (
        "credited",
        "Delmar and Veldan signed the truce on Monday. "
        "On Tuesday, Holm commended the two governments for agreeing to the truce.",
        {
            ("Delmar", "ceasefire", "support"),
            ("Veldan", "ceasefire", "support"),
            ("Holm", "ceasefire", "support"),
        },
    ),
    ("credited", "Holm praised the volunteers for their work.", set()),
    # --- the subject of a "with" clause ------------------------------------------------------
    (
        "absolute",
        "The truce was extended, with the Veldan army accepting the extension.",
        {("Veldan army", "humanitarian_pause", "support")},
    ),
    (
        "absolute",
        "Delmar and Veldan signed the truce on Monday. "
        "It was extended by a week, with both sides rejecting a lasting ceasefire.",
        {
            ("Delmar", "ceasefire", "support"),
            ("Veldan", "ceasefire", "support"),
            ("Delmar", "ceasefire", "oppose"),
            ("Veldan", "ceasefire", "oppose"),
        },
    ),
    ("absolute", "The envoy arrived with the aid convoys.", set()),
    # --- an acronym of a name given before is the same actor ----------------------------------
    (
        "holder",
        "The Orla Liberation Front agreed to a truce on Monday. The OLF said it backed the truce.",
        {("Orla Liberation Front", "ceasefire", "support")},
    ),
]

TABLE += [
    # --- more holders: appositions, subordinate clauses, lists, anaphors ---------------------
    (
        "holder",
        "Lind, the Delmar envoy, called for a lasting ceasefire.",
        {("Lind", "ceasefire", "support")},
    ),
    (
        "holder",
        "The truce expired on Sunday after the Varn rebels refused to sign on to an extension, "
        "the envoy said.",
        {("Varn rebels", "humanitarian_pause", "oppose")},
    ),
    (
        "holder",
        "Foreign ministers of Ossa, Pelland and Tarvia said they backed an extension of the truce.",
        {
            ("Ossa", "humanitarian_pause", "support"),
            ("Pelland", "humanitarian_pause", "support"),
            ("Tarvia", "humanitarian_pause", "support"),
        },
    ),
    (
        "holder",
        "The Varn rebels said on Monday they would respect the truce. "
        "Their spokesman, Dal Osric, said on Friday the group rejected the extension of the truce.",
        # "the truce" is the one the report extends later; "the group" in the spokesman's words
        # is the group he speaks for: his position
        {
            ("Varn rebels", "humanitarian_pause", "support"),
            ("Dal Osric", "humanitarian_pause", "oppose"),
        },
    ),
    (
        "holder",
        "Kestria and the Varn rebels agreed on Friday to a 60-day truce. "
        "The envoy said both sides had committed to the truce.",
        {
            ("Kestria", "humanitarian_pause", "support"),
            ("Varn rebels", "humanitarian_pause", "support"),
        },
    ),
    # --- a bare "the agreement" is the truce or deal named before --------------------------------
    (
        "topic",
        "Kestria agreed to a 60-day truce on Friday. "
        "Prime Minister Aren Voll welcomed the agreement.",
        {
            ("Kestria", "humanitarian_pause", "support"),
            ("Aren Voll", "humanitarian_pause", "support"),
        },
    ),
    ("topic", "Prime Minister Aren Voll welcomed the agreement on fishing rights.", set()),
    # --- undecided, passive -------------------------------------------------------------------
    (
        "modality",
        "Dal Osric said the rebels had not decided whether to renew the truce.",
        # a truce that is renewed is a time-limited one
        {("rebels", "humanitarian_pause", "neutral")},
    ),
    ("negation", "If a truce is agreed upon now, the rebels may regroup.", set()),
]

TABLE += [
    # --- more scope: open doors, stopping, judged calls, idioms of action --------------------
    (
        "negation",
        "The Tarvian government has not ruled out sending air defence systems.",
        {("Tarvian government", "weapons_supply", "neutral")},
    ),
    (
        "negation",
        "Hale said Washington should stop sending weapons to Ostrava.",
        {("Hale", "weapons_supply", "oppose")},
    ),
    (
        "topic",
        "The envoy urged both armies to stop the fighting.",
        {("envoy", "ceasefire", "support")},
    ),
    (
        "evaluative",
        "Krohn dismissed calls for a ceasefire as premature.",
        {("Krohn", "ceasefire", "oppose")},
    ),
    (
        "evaluative",
        "Aid groups warned that an assault on the city would be catastrophic for civilians.",
        {("Aid groups", "military_operation", "oppose")},
    ),
    (
        "support",
        "The Ostravan army chief vowed to press ahead with the ground offensive in the north.",
        {("Ostravan army chief", "military_operation", "support")},
    ),
    ("support", "The mediators said a deal to free the hostages was close.", set()),
]

TABLE += [
    # --- acts that state a position, relative clauses, descriptions, possessives --------------
    (
        "topic",
        "The Dastani-led coalition, which backs the government, said it would halt all military "
        "operations.",
        {("Dastani-led coalition", "humanitarian_pause", "support")},
    ),
    ("topic", "The army refused to halt the bombing.", {("army", "humanitarian_pause", "oppose")}),
    (
        "topic",
        "The rebels said they would free the hostages.",
        {("rebels", "hostage_release", "support")},
    ),
    ("topic", "The mediators said a deal to free the hostages was close.", set()),
    (
        "holder",
        "The Iran-backed Sarn rebels and Veldan's internationally recognised government welcomed "
        "the truce.",
        {
            ("Sarn rebels", "ceasefire", "support"),
            ("Veldan's internationally recognised government", "ceasefire", "support"),
        },
    ),
    (
        "holder",
        "ORLA (AP) — Veldan's warring sides agreed on Tuesday to extend the truce, the envoy said.",
        {("Veldan's warring sides", "humanitarian_pause", "support")},
    ),
    (
        "holder",
        "The truce expired after the warring parties failed to agree on extending it, the envoy "
        "said.",
        {("warring parties", "humanitarian_pause", "oppose")},
    ),
    (
        "condition",
        "Tess said the group had agreed to the extension of the truce only after the coalition "
        "paid the salaries.",
        {("Tess", "humanitarian_pause", "support")},
    ),
]

TABLE += [
    # --- a truce that is extended or renewed is a time-limited one, for every later mention ---
    (
        "topic",
        "Orlan backed the push to extend Veldan's truce. Later, Kestria said it remained "
        "committed to the truce.",
        {
            ("Orlan", "humanitarian_pause", "support"),
            ("Kestria", "humanitarian_pause", "support"),
        },
    ),
    (
        "topic",
        "Kestria said it remained committed to the truce. Orlan called for a lasting truce.",
        {("Kestria", "ceasefire", "support"), ("Orlan", "ceasefire", "support")},
    ),
    # --- names with a particle, appositions of any kind ---------------------------------------
    (
        "holder",
        "On Saturday, Mahdi al-Rasi, who heads the council, said the group backed the truce.",
        {("Mahdi al-Rasi", "ceasefire", "support")},
    ),
    (
        "holder",
        "On Wednesday, Orlan, a member of the Dastani-led coalition, welcomed the extension.",
        {("Orlan", "humanitarian_pause", "support")},
    ),
    (
        "holder",
        "Kestria, the United Arab Emirates, Veldan and Orlan have thrown their weight behind "
        "the truce.",
        {
            ("Kestria", "ceasefire", "support"),
            ("United Arab Emirates", "ceasefire", "support"),
            ("Veldan", "ceasefire", "support"),
            ("Orlan", "ceasefire", "support"),
        },
    ),
]

TABLE += [
    # --- praise of a list, passives, times that are no conditions, evidence, postmodifiers ----
    (
        "credited",
        "Delmar, Veldan and the Sarn rebels signed the truce on Monday. On Friday, Maria Osk "
        "commended Delmar, the Dastani-led coalition and the Sarn rebels for agreeing to the "
        "truce.",
        {
            ("Delmar", "ceasefire", "support"),
            ("Veldan", "ceasefire", "support"),
            ("Sarn rebels", "ceasefire", "support"),
            ("Dastani-led coalition", "ceasefire", "support"),
            ("Maria Osk", "ceasefire", "support"),
        },
    ),
    (
        "credited",
        'Holm thanked the Veldan government for "backing" the truce.',
        {("Holm", "ceasefire", "support"), ("Veldan government", "ceasefire", "support")},
    ),
    ("negation", "Veldan's truce has been renewed for another two months, the envoy said.", set()),
    ("negation", "The army is opposed to a ceasefire.", {("army", "ceasefire", "oppose")}),
    (
        "condition",
        "The rebels had agreed to the extension, which runs until Oct. 2.",
        {("rebels", "humanitarian_pause", "support")},
    ),
    (
        "condition",
        'Rasi said the group stood ready to turn its truce into "a final commitment", but only '
        "if the siege ended.",
        {("Rasi", "ceasefire", "neutral")},
    ),
    (
        "holder",
        "Minister Lind said on Friday that there were signs the Sarn rebels would not agree to "
        "extend the truce.",
        {("Sarn rebels", "humanitarian_pause", "oppose")},
    ),
    (
        "holder",
        "The Dastani-led coalition fighting in Veldan said on Tuesday it would halt military "
        "operations.",
        {("Dastani-led coalition", "humanitarian_pause", "support")},
    ),
]

TABLE += [
    # --- passives that renew a truce make it a pause; objects that stand for the topic -------
    (
        "topic",
        "Veldan's truce has been renewed for two months, the envoy said. "
        "On Wednesday, Orlan urged all sides to respect the truce.",
        {("Orlan", "humanitarian_pause", "support")},
    ),
    (
        "credited",
        "The Sarn rebels signed a lasting truce. "
        "Holm thanked the Veldan government for engaging positively in the talks.",
        {
            ("Sarn rebels", "ceasefire", "support"),
            ("Holm", "ceasefire", "support"),
            ("Veldan government", "ceasefire", "support"),
        },
    ),
]

TABLE += [
    (
        "evaluative",
        "The aid trucks were sent to the wrong crossing by mistake, the agency said.",
        set(),
    ),
    (
        "topic",
        "Orlan pledged more military supplies to Veldan.",
        {("Orlan", "weapons_supply", "support")},
    ),
]

TABLE += [
    (
        "support",
        "The Orlan government announced on Tuesday the sending of three planes with aid.",
        {("Orlan government", "humanitarian_aid", "support")},
    ),
    ("support", "The Orlan government discussed the sending of three planes with aid.", set()),
]

TABLE += [
    # --- a parenthetical inside a cue or between a cue and its object -------------------------
    # ("called, by a large majority, for": the insert is no part of the phrase; a place
    # described between commas does not take the object away from its verb)
    (
        "parenthetical",
        "The Varnish Assembly called, by a large majority, for a lasting truce in Dunmere.",
        {("Varnish Assembly", "ceasefire", "support")},
    ),
    (
        "parenthetical",
        "The Kestrian cabinet pressed, after a long night of talks, for a halt to the fighting.",
        {("Kestrian cabinet", "ceasefire", "support")},
    ),
    (
        "parenthetical",
        "Senator Ilse Darn objected, in a letter to the committee, to the arms shipments.",
        {("Ilse Darn", "weapons_supply", "oppose")},
    ),
    (
        "parenthetical",
        "The Orlan ministry announced on Monday the sending of four cargo ships to the northern "
        "port of Tesk, located some 35 kilometres from the border, with aid for the enclave.",
        {("Orlan ministry", "humanitarian_aid", "support")},
    ),
    (
        "parenthetical",
        "The Varnish Assembly called, by a large majority, for new elections in Dunmere.",
        set(),
    ),
    (
        "parenthetical",
        "The Kestrian cabinet met, after a long night of talks, for a vote on the truce.",
        set(),
    ),
]

TABLE += [
    # --- a judgement of a decision named before: "called the decision a big step toward ..." --
    (
        "evaluative",
        "Kestria announced it would send tanks to Veldan. Prime Minister Ivo Marsh called the "
        "decision a big step toward peace.",
        {("Kestria", "weapons_supply", "support"), ("Ivo Marsh", "weapons_supply", "support")},
    ),
    (
        "evaluative",
        "Kestria announced it would send tanks to Veldan. Ivo Marsh called the move a big step "
        "forward, and President Lena Varga said she was grateful.",
        {
            ("Kestria", "weapons_supply", "support"),
            ("Ivo Marsh", "weapons_supply", "support"),
            ("Lena Varga", "weapons_supply", "support"),
        },
    ),
    (
        "evaluative",
        "Kestria announced it would send tanks to Veldan. Ivo Marsh called the decision a big step "
        "toward stopping the invaders.",
        {("Kestria", "weapons_supply", "support"), ("Ivo Marsh", "weapons_supply", "support")},
    ),
    (
        "evaluative",
        "Kestria announced it would send tanks to Veldan. Ivo Marsh called the decision a grave "
        "mistake.",
        {("Kestria", "weapons_supply", "support"), ("Ivo Marsh", "weapons_supply", "oppose")},
    ),
]

TABLE += [
    # --- a bare "the halt" is the halt named before it: of operations (a pause), of the
    # fighting (a ceasefire); judged, it takes the judgement, and a condition leaves it open
    (
        "topic",
        "The Tesk alliance said on Monday it would halt military operations in Orla. Ivo Kamen "
        "said the halt would only reward the militants.",
        {
            ("Tesk alliance", "humanitarian_pause", "support"),
            ("Ivo Kamen", "humanitarian_pause", "oppose"),
        },
    ),
    (
        "condition",
        "The Tesk alliance said on Monday it would halt military operations in Orla. Senior rebel "
        "official Ivo Kamen said on Monday that the alliance's halt would mean something only if "
        "the blockade of the port were lifted.",
        {
            ("Tesk alliance", "humanitarian_pause", "support"),
            ("Ivo Kamen", "humanitarian_pause", "neutral"),
        },
    ),
    (
        "topic",
        "The Tesk alliance called for a halt to the fighting. Ivo Kamen said the halt would be a "
        "grave mistake.",
        {("Tesk alliance", "ceasefire", "support"), ("Ivo Kamen", "ceasefire", "oppose")},
    ),
    ("topic", "The halt of the factory would mean something for the workers.", set()),
    ("topic", "The minister said the halt was a grave mistake.", set()),
]

TABLE += [
    # --- a passive description with its agent: "X is described as ... by Y" is Y's judgement;
    # an obstruction so described is criticised (Y supports what it blocks), a judgement kept
    (
        "credited",
        'The closure of the Tesk crossing is described as "choking off the entry of aid into '
        'Orla" by the Orla Relief Council.',
        {("Orla Relief Council", "humanitarian_aid", "support")},
    ),
    (
        "credited",
        "The siege of Dunmere was branded as blocking every aid convoy by the Vanta Red Cross.",
        {("Vanta Red Cross", "humanitarian_aid", "support")},
    ),
    (
        "credited",
        'The truce was described as "a step in the right direction" by the Kestrian foreign '
        "ministry.",
        {("Kestrian foreign ministry", "ceasefire", "support")},
    ),
    (
        "credited",
        'The offensive was described as "reckless" by Senator Pia Mund.',
        {("Pia Mund", "military_operation", "oppose")},
    ),
    ("credited", "The aid convoy was described as large by the drivers.", set()),
]

TABLE += [
    # --- "the three leaders", "both" after the actors were named together without a position:
    # each of them holds it; never the bare head noun ("leaders")
    (
        "holder",
        "The leaders of Kestria, Veldan and Orlan met in Tesk on Monday. The three leaders said "
        "in a joint statement that they backed a lasting truce.",
        {
            ("Kestria", "ceasefire", "support"),
            ("Veldan", "ceasefire", "support"),
            ("Orlan", "ceasefire", "support"),
        },
    ),
    (
        "holder",
        "President Ana Ruiz of Kestria and Prime Minister Ivo Marsh of Veldan met in Tesk. Both "
        "rejected a ground offensive.",
        {
            ("Ana Ruiz", "military_operation", "oppose"),
            ("Ivo Marsh", "military_operation", "oppose"),
        },
    ),
    (
        "holder",
        "Kestria hosted the talks in Tesk. The two leaders rejected a ground offensive.",
        set(),
    ),
    (
        "holder",
        "President Ana Ruiz of Kestria and Prime Minister Ivo Marsh of Veldan met in Tesk. In a "
        "joint statement on Monday, the two leaders rejected a ground offensive.",
        {
            ("Ana Ruiz", "military_operation", "oppose"),
            ("Ivo Marsh", "military_operation", "oppose"),
        },
    ),
    # a quotation's speaker; a reported stance is the reported actor's
    (
        "holder",
        '"We oppose the ground offensive," Lind said.',
        {("Lind", "military_operation", "oppose")},
    ),
    (
        "holder",
        "Darn said on Monday that the Veldan government opposes a ground offensive.",
        {("Veldan government", "military_operation", "oppose")},
    ),
    # a quantifier before a plural: the phrase, not the bare quantifier
    (
        "holder",
        "Dozens of Orlan lawmakers urged a lasting ceasefire.",
        {("Dozens of Orlan lawmakers", "ceasefire", "support")},
    ),
    (
        "holder",
        "An alliance of 12 Orlan parties called for a lasting ceasefire.",
        {("alliance of 12 Orlan parties", "ceasefire", "support")},
    ),
]

TABLE += [
    # --- a reported clause goes on after a comma with its own auxiliary ("had agreed ..., and
    # had committed to"): the same actors hold both; a new verb without it is the speaker's
    (
        "holder",
        "Envoy Ana Ruiz said Kestria and the Varn rebels had agreed to the extension, which runs "
        "until May 2, and had committed to a lasting ceasefire.",
        {
            ("Kestria", "humanitarian_pause", "support"),
            ("Varn rebels", "humanitarian_pause", "support"),
            ("Kestria", "ceasefire", "support"),
            ("Varn rebels", "ceasefire", "support"),
        },
    ),
    (
        "holder",
        "Envoy Ana Ruiz said the Varn rebels would accept the extension, and would respect a "
        "lasting ceasefire.",
        {("Ana Ruiz", "humanitarian_pause", "support"), ("Ana Ruiz", "ceasefire", "support")},
    ),
    (
        "holder",
        "Envoy Ana Ruiz said the Varn rebels had received the proposal, and urged Kestria to back "
        "the extension.",
        {("Ana Ruiz", "humanitarian_pause", "support")},
    ),
]

TABLE += [
    # --- a call for operations to stop is a call for a pause ("topics.halt_of"): the topic as
    # the subject of "should cease", "must stop"; a narrated stop is no position
    (
        "topic",
        '"As of tonight, all ground and naval military operations should cease," envoy Ana Ruiz '
        "said.",
        {("Ana Ruiz", "humanitarian_pause", "support")},
    ),
    (
        "topic",
        "Lind said the shelling of Tesk must stop.",
        {("Lind", "humanitarian_pause", "support")},
    ),
    (
        "topic",
        "Lind said the bombing would not stop.",
        {("Lind", "humanitarian_pause", "oppose")},
    ),
    ("topic", "The shelling of Tesk stopped on Monday.", set()),
    ("topic", "The trucks must stop at the border.", set()),
]

TABLE += [
    # --- the purposes of a position supported are supported too (FORMAT: purpose clauses
    # count as support); not the purposes of one rejected
    (
        "purpose",
        "Officials said they were pressing for pauses for two purposes: the release of hostages "
        "and the delivery of aid.",
        {
            ("Officials", "humanitarian_pause", "support"),
            ("Officials", "hostage_release", "support"),
            ("Officials", "humanitarian_aid", "support"),
        },
    ),
    (
        "purpose",
        "The Orlan cabinet backed a lasting truce in order to free the hostages.",
        {
            ("Orlan cabinet", "ceasefire", "support"),
            ("Orlan cabinet", "hostage_release", "support"),
        },
    ),
    (
        "purpose",
        "The Orlan cabinet rejected a lasting truce aimed at freeing the hostages.",
        {("Orlan cabinet", "ceasefire", "oppose")},
    ),
    # --- a topic that goes on after a modal: "the offensive would continue" ------------------
    (
        "goes on",
        "Delmar said the offensive would continue.",
        {("Delmar", "military_operation", "support")},
    ),
    (
        "goes on",
        "Veldan insisted the ground operation will go on.",
        {("Veldan", "military_operation", "support")},
    ),
    ("goes on", "Delmar said the truce would not continue.", {("Delmar", "ceasefire", "oppose")}),
    ("goes on", "The fighting would continue, Delmar said.", set()),
    # --- a counted "X of Y" topic phrase: "the release of 12 hostages" --------------------
    (
        "counted topic",
        "Veldan welcomed the release of 12 hostages.",
        {("Veldan", "hostage_release", "support")},
    ),
    (
        "counted topic",
        "Delmar called for the release of all the remaining hostages.",
        {("Delmar", "hostage_release", "support")},
    ),
    ("counted topic", "Delmar welcomed the release of 12 reports.", set()),
    # --- an object that stands for the topic named before: "backs one", "the idea" ---------
    (
        "refers back",
        "Veldan, which had opposed a truce, now backs one.",
        {("Veldan", "ceasefire", "oppose"), ("Veldan", "ceasefire", "support")},
    ),
    (
        "refers back",
        "Delmar has called for a ceasefire, but Veldan has rejected the idea.",
        {("Delmar", "ceasefire", "support"), ("Veldan", "ceasefire", "oppose")},
    ),
    (
        "refers back",
        "Delmar has called for a ceasefire, but Veldan rejected the report.",
        {("Delmar", "ceasefire", "support")},
    ),
    # --- a noun cue is never its own holder: "Calls for a ceasefire grew" names no one ------
    ("noun cue", "Calls for a ceasefire grew louder in Orlan.", set()),
    ("noun cue", "Demands for a truce went unanswered.", set()),
    (
        "noun cue",
        "Delmar's calls for a ceasefire grew louder.",
        {("Delmar", "ceasefire", "support")},
    ),
    # --- an abstention is neither for nor against -------------------------------------------
    (
        "abstention",
        "Ostrava abstained on a resolution calling for a ceasefire.",
        {("Ostrava", "ceasefire", "neutral")},
    ),
    (
        "abstention",
        "Ostrava voted for a resolution calling for a ceasefire.",
        {("Ostrava", "ceasefire", "support")},
    ),
    # --- "not on the table" rules a topic out, as "off the table" does ----------------------
    (
        "ruled out",
        "A ceasefire is not on the table, Lind said.",
        {("Lind", "ceasefire", "oppose")},
    ),
    (
        "ruled out",
        "A ceasefire is on the table, Lind said.",
        set(),
    ),
]

# Constructions the readers do not get yet: strict xfails, promoted when fixed.
TABLE += [
    # --- a directive verb, its object, a phrase, then the infinitive: the urger's position ---
    (
        "urged with a phrase before the infinitive",
        "Delmar's President Ana Lind urged Holm in a phone call on Monday to agree to a "
        "humanitarian pause.",
        {("Ana Lind", "humanitarian_pause", "support")},
    ),
    (
        "urged with a phrase before the infinitive",
        "Envoy Ana Lind pressed the rebels during talks in Orlan to reject the ceasefire.",
        {("Ana Lind", "ceasefire", "oppose")},
    ),
    # ... but a reported clause's own finite verb after its phrase is its subject's
    (
        "urged with a phrase before the infinitive",
        "Delmar's envoy Ana Lind said the rebels on Sunday agreed to a ceasefire.",
        {("rebels", "ceasefire", "support")},
    ),
    # --- a dateline of two places and a date is no holder ------------------------------------
    (
        "dateline",
        "VELDAN/ORLAN, Nov 7 (Reuters) - Prime Minister Tim Holm has rejected calls for a "
        "ceasefire.",
        {("Tim Holm", "ceasefire", "oppose")},
    ),
    (
        "dateline",
        "VELDAN/ORLAN, Nov 7 (Reuters) - Prime Minister Tim Holm has backed calls for a ceasefire.",
        {("Tim Holm", "ceasefire", "support")},
    ),
    # --- weapons by their kind ---------------------------------------------------------------
    (
        "weapons by kind",
        '"We will not send rocket systems to Veldan," President Ana Lind said.',
        {("Ana Lind", "weapons_supply", "oppose")},
    ),
    (
        "weapons by kind",
        "Delmar has agreed to send a long-range missile system to Veldan, officials said.",
        {("Delmar", "weapons_supply", "support")},
    ),
    ("weapons by kind", "The rebels fired a rocket at the base, the army said.", set()),
    # --- keeping from doing it, and judging it pointless ------------------------------------
    (
        "refrain from",
        "Foreign Minister Ana Lind urged Veldan to refrain from any ground incursion into Orlan.",
        {("Ana Lind", "military_operation", "oppose")},
    ),
    (
        "refrain from",
        "Foreign Minister Ana Lind urged Veldan to launch a ground incursion into Orlan.",
        {("Ana Lind", "military_operation", "support")},
    ),
    (
        "pointless",
        "Talk of a ceasefire, Holm said, was pointless while the shelling went on.",
        {("Holm", "ceasefire", "oppose")},
    ),
    (
        "pointless",
        "Holm said a ceasefire was the only way forward.",
        {("Holm", "ceasefire", "support")},
    ),
]

TABLE += [
    # --- one subject, whatever stands around it: an apposition, a place before it --------
    (
        "one subject",
        "Ana Lind, the Kestrian envoy who spent months in Orlan, urged both sides to honour "
        "the ceasefire.",
        {("Ana Lind", "ceasefire", "support")},
    ),
    (
        "one subject",
        "On Tuesday night in Orlan, Tim Holm hailed the ceasefire as a big step.",
        {("Tim Holm", "ceasefire", "support")},
    ),
    (
        "one subject",
        "Veldan's caretaker prime minister, Tim Holm, rejected the truce on Wednesday.",
        {("Tim Holm", "ceasefire", "oppose")},
    ),
    (
        "one subject",
        "Tim Holm, Veldan's caretaker prime minister, welcomed the truce on Wednesday.",
        {("Tim Holm", "ceasefire", "support")},
    ),
]

TABLE += [
    # --- "he" after a person named where no one speaks: the parse's coreference --------------
    (
        "pronoun holder",
        '"We do not need them," said Tim Holm, the spokesman. In May, President Ana Lind had '
        'drawn the line herself. "We will not send tanks to Veldan," she told reporters.',
        {("Ana Lind", "weapons_supply", "oppose")},
    ),
    (
        "pronoun holder",
        '"We do not need them," said Tim Holm, the spokesman. "We will send tanks to '
        'Veldan," he told reporters.',
        {("Tim Holm", "weapons_supply", "support")},
    ),
    # --- going on with strikes or a war, or resuming them: a position on the operation -------
    (
        "continuing an operation",
        "Prime Minister Avi Dorran said Delmar would keep striking the Orlan militia until "
        "residents of the north could return.",
        {("Avi Dorran", "military_operation", "support")},
    ),
    (
        "continuing an operation",
        '"We will keep up the strikes until the militia is gone," Dorran said.',
        {("Dorran", "military_operation", "support")},
    ),
    (
        "continuing an operation",
        "Delmar resumed its offensive against the militia on Friday.",
        {("Delmar", "military_operation", "support")},
    ),
    (
        "continuing an operation",
        "The army resumed air strikes on the southern towns within minutes.",
        {("army", "military_operation", "support")},
    ),
    # a war that goes on, or talks resumed, is no one's position
    ("continuing an operation", "The war continued for a second month.", set()),
    ("continuing an operation", "Talks resumed in Velt on Friday.", set()),
    ("continuing an operation", "Residents said the shelling kept them awake.", set()),
    # a refusal until something happens is a condition
    (
        "continuing an operation",
        "Dorran said Delmar would not agree to a ceasefire until the hostages were freed.",
        {("Dorran", "ceasefire", "neutral")},
    ),
    # --- an option kept, no decision, a judgement of harm ---------------------------------
    (
        "options and judgements",
        '"We have not taken it off the table," Lind said of sending the shells to Veldan.',
        {("Lind", "weapons_supply", "neutral")},
    ),
    (
        "options and judgements",
        "Lind said sending the shells to Veldan was off the table.",
        {("Lind", "weapons_supply", "oppose")},
    ),
    (
        "options and judgements",
        'Delmar is weighing sending shells to Veldan. "No decision has been made," Holm said.',
        {("Delmar", "weapons_supply", "neutral"), ("Holm", "weapons_supply", "neutral")},
    ),
    (
        "options and judgements",
        "Mund said sending the shells to Veldan would cross a red line.",
        {("Mund", "weapons_supply", "oppose")},
    ),
    (
        "options and judgements",
        'Delmar will send shells to Veldan. Mund called the move "extremely negative".',
        {("Delmar", "weapons_supply", "support"), ("Mund", "weapons_supply", "oppose")},
    ),
    ("options and judgements", "The red line on the map marks the border.", set()),
    # --- a time between a verb and its preposition; an end that is no condition ---------------
    (
        "time inside a cue",
        'Ana Lind, the Veldan foreign minister, called yesterday for "an immediate ceasefire".',
        {("Ana Lind", "ceasefire", "support")},
    ),
    ("time inside a cue", "Holm pressed again for a truce.", {("Holm", "ceasefire", "support")}),
    # a word between that is no time: no cue
    ("time inside a cue", "Holm called Lind for a meeting.", set()),
    (
        "no end is no condition",
        "Dorran rejected calls for a ceasefire, saying the offensive would continue for as long "
        "as it takes.",
        {("Dorran", "ceasefire", "oppose"), ("Dorran", "military_operation", "support")},
    ),
    (
        "no end is no condition",
        "Dorran said the offensive would continue as long as the rockets kept falling.",
        {("Dorran", "military_operation", "neutral")},
    ),
    (
        "judged after",
        "Holm said that demanding an immediate ceasefire now would simply not work.",
        {("Holm", "ceasefire", "oppose")},
    ),
    # suspending strikes for a time is a pause; aid workers and rescue teams are aid
    (
        "pause acts",
        "Delmar agreed on Sunday to suspend air strikes in the south for 48 hours.",
        {("Delmar", "humanitarian_pause", "support")},
    ),
    ("pause acts", "The air strikes were suspended for 48 hours.", set()),
    (
        "aid by who brings it",
        "Flood hits delta. The junta refused to allow foreign aid workers into the delta.",
        {("junta", "humanitarian_aid", "oppose")},
    ),
    (
        "aid by who brings it",
        "Flood hits delta. Orlan's regime said it was ready to receive rescue teams from abroad.",
        {("Orlan's regime", "humanitarian_aid", "support")},
    ),
    # aid workers who report are no topic of a position
    ("aid by who brings it", "Aid workers said 40 people were missing.", set()),
    # --- a request turned down; a position on a condition; a ceasefire declared ----------------
    (
        "turned down",
        "The UN asked Delmar to let aid convoys into the valley. Delmar declined the UN's "
        "request to reach the valley.",
        {("UN", "humanitarian_aid", "support"), ("Delmar", "humanitarian_aid", "oppose")},
    ),
    (
        "turned down",
        "Veldan rebuffed calls for a ceasefire.",
        {("Veldan", "ceasefire", "oppose")},
    ),
    # "declined to" keeps its reading: no position taken
    (
        "turned down",
        "Delmar declined to comment on the ceasefire.",
        {("Delmar", "ceasefire", "neutral")},
    ),
    ("turned down", "The number of deaths declined sharply in May.", set()),
    (
        "possible only if",
        "Holm said a lasting ceasefire would only be possible if the militias left Veldan.",
        {("Holm", "ceasefire", "neutral")},
    ),
    ("possible only if", "Holm said the talks were only possible in Velt.", set()),
    (
        "declared",
        '"We declare a ceasefire so that aid can reach our people," a rebel spokesman said.',
        {("rebel spokesman", "ceasefire", "support")},
    ),
    ("declared", "Delmar declared a state of emergency on Monday.", set()),
    # --- a topic judged by what it would bring: "would let us", "would only give them time" --
    (
        "judged by its effects",
        '"A pause would let us reach the wounded in Orlan," said Lind.',
        {("Lind", "humanitarian_pause", "support")},
    ),
    (
        "judged by its effects",
        "Holm said a truce would allow families to return to their homes.",
        {("Holm", "ceasefire", "support")},
    ),
    (
        "judged by its effects",
        'A ceasefire "would only give the militia time to regroup," Darn said.',
        {("Darn", "ceasefire", "oppose")},
    ),
    (
        "judged by its effects",
        "Mund warned that a humanitarian pause would only help the rebels rearm.",
        {("Mund", "humanitarian_pause", "oppose")},
    ),
    # a narrated effect is no judgement
    ("judged by its effects", "The pause allowed 40 trucks to cross on Monday.", set()),
    # --- a position left to depend on something ----------------------------------------------
    (
        "depends on",
        "Darn said any further hostage releases would depend on a halt to the shelling.",
        {("Darn", "hostage_release", "neutral")},
    ),
    (
        "depends on",
        "A truce will depend on the withdrawal of Veldan troops, Holm told reporters.",
        {("Holm", "ceasefire", "neutral")},
    ),
    # --- a person speaking for their own country: the speaker holds its position ------------
    (
        "own side",
        "Velish Foreign Minister Ana Lund said Velia had agreed to the truce.",
        {("Ana Lund", "ceasefire", "support")},
    ),
    (
        "own side",
        "Ana Lund, the Velish foreign minister, said Velia had rejected the truce.",
        {("Ana Lund", "ceasefire", "oppose")},
    ),
    # another side, or none named: the subject's own position, reported
    (
        "own side",
        "Velish Foreign Minister Ana Lund said Orlan had agreed to the truce.",
        {("Orlan", "ceasefire", "support")},
    ),
    (
        "own side",
        "Ana Lund said Orlan had agreed to the truce.",
        {("Orlan", "ceasefire", "support")},
    ),
    # what people depend on is no position
    ("depends on", "Thousands of families depend on aid deliveries, Lind said.", set()),
    # needing help: a call for it; not needing it, a refusal
    (
        "needs",
        "Mayor Ana Lund said the town needed more federal help, not less.",
        {("Ana Lund", "humanitarian_aid", "support")},
    ),
    (
        "needs",
        '"We need international help, especially medical supplies," Holm told reporters.',
        {("Holm", "humanitarian_aid", "support")},
    ),
    (
        "needs",
        "Orlan said it did not need foreign rescue teams.",
        {("Orlan", "humanitarian_aid", "oppose")},
    ),
    ("needs", "The bridge needed repairs, Lind said.", set()),
    # sending a team to help is aid
    (
        "sends a team",
        "Veldan said it was sending a 40-member rescue team.",
        {("Veldan", "humanitarian_aid", "support")},
    ),
    ("sends a team", "Veldan said it was sending a team to the football final.", set()),
    # halting all combat operations: an end of hostilities
    (
        "halts combat",
        "The army said it would halt all combat operations from midnight.",
        {("army", "ceasefire", "support")},
    ),
    (
        "halts combat",
        "Delmar's army said it would cease combat operations across the country.",
        {("Delmar's army", "ceasefire", "support")},
    ),
    ("halts combat", "The army said combat operations went on in the north.", set()),
    # a pronoun object stands for a topic named before it, never for one named after
    (
        "pronoun object",
        '"We reject them," said Tim Holm. "We will send tanks to Veldan," he told reporters.',
        {("Tim Holm", "weapons_supply", "support")},
    ),
    (
        "pronoun object",
        "Orlan asked for tanks on Monday. Holm said Veldan rejected them.",
        {("Orlan", "weapons_supply", "support"), ("Veldan", "weapons_supply", "oppose")},
    ),
    # people named by a plural and listed by name: each holds it, "both" floating after them
    (
        "listed holders",
        "The two envoys, Ana Lind and Piet Varga, both called for a ceasefire.",
        {("Ana Lind", "ceasefire", "support"), ("Piet Varga", "ceasefire", "support")},
    ),
    (
        "listed holders",
        "The three envoys, Ana Lind, Piet Varga and Ole Berg, all rejected the truce.",
        {
            ("Ana Lind", "ceasefire", "oppose"),
            ("Piet Varga", "ceasefire", "oppose"),
            ("Ole Berg", "ceasefire", "oppose"),
        },
    ),
    (
        "listed holders",
        "A truce was agreed on Friday. The envoys, Ana Lind and Piet Varga, both signed the deal.",
        {("Ana Lind", "ceasefire", "support"), ("Piet Varga", "ceasefire", "support")},
    ),
    # "After the talks, both ...": a lone "both" after one comma is the subject, no one named
    ("listed holders", "After the talks in Orsk, both called for a ceasefire.", set()),
    # a denial or a negation before "and" reaches no predicate of its own after it
    (
        "denial before and",
        "Veldan denied targeting civilians and accused Orlan of shelling Tarn.",
        {("Veldan", "military_operation", "oppose")},
    ),
    (
        "denial before and",
        "Veldan said it was not responsible and accused Orlan of shelling Tarn.",
        {("Veldan", "military_operation", "oppose")},
    ),
    (
        "denial before and",
        "Veldan denied that Orlan had agreed to a truce.",
        {("Orlan", "ceasefire", "oppose")},
    ),
    (
        "denial before and",
        "Veldan denied that Orlan and Ostrava had agreed to a truce.",
        {("Orlan", "ceasefire", "oppose"), ("Ostrava", "ceasefire", "oppose")},
    ),
    (
        "denial before and",
        "Veldan would not back and would not sign a truce.",
        {("Veldan", "ceasefire", "oppose")},
    ),
    (
        "denial before and",
        "Veldan agreed to a truce and denied any losses.",
        {("Veldan", "ceasefire", "support")},
    ),
]

# "if X is to Y" says what the position is for, not a condition on it
TABLE += [
    (
        "purpose if",
        "Lind said aid must flow to every part of Tarn if a famine is to be averted.",
        {("Lind", "humanitarian_aid", "support")},
    ),
    (
        "purpose if",
        "Lind said aid must be allowed into Tarn if the truce is to hold.",
        {("Lind", "humanitarian_aid", "support")},
    ),
    (
        "purpose if",
        "Veldan will allow aid into Tarn only if the rebels withdraw.",
        {("Veldan", "humanitarian_aid", "neutral")},
    ),
    # what kind of access, or help, is needed; who funds relief, asked
    (
        "needed and asked",
        '"We need safe, unimpeded access, and we need it now," Lind said.',
        {("Lind", "humanitarian_aid", "support")},
    ),
    (
        "needed and asked",
        "Lind urged donors to act quickly.",
        {("Lind", "humanitarian_aid", "support")},
    ),
    ("needed and asked", "Republican donors backed Lind in the primary.", set()),
    ("needed and asked", '"We do not need them," Lind said.', set()),
    # an armed advance on a place, halted; a chance seen for a ceasefire
    (
        "advance and chance",
        "Lind urged the rebels to halt their advance on the capital.",
        {("Lind", "military_operation", "oppose")},
    ),
    ("advance and chance", "Lind paid in advance on Monday.", set()),
    (
        "advance and chance",
        "Lind said he saw a window for a ceasefire.",
        {("Lind", "ceasefire", "support")},
    ),
    ("advance and chance", "Lind said there was no chance for a ceasefire.", set()),
]

# offering help to those hit is a position on aid: ready to, offered to, will help
TABLE += [
    (
        "offering help",
        # an act told by a speaker is the speaker's position, as with "would send"
        "Veldan stood ready to assist the people of Tarn, Holm said.",
        {("Holm", "humanitarian_aid", "support")},
    ),
    (
        "offering help",
        "Orlan is ready to help the victims.",
        {("Orlan", "humanitarian_aid", "support")},
    ),
    ("offering help", "Orlan offered to help.", {("Orlan", "humanitarian_aid", "support")}),
    (
        "offering help",
        "Orlan will help with the relief.",
        {("Orlan", "humanitarian_aid", "support")},
    ),
    ("offering help", "An offer to help came from Orlan.", set()),
    (
        "offering help",
        "Orlan is not ready to help the survivors.",
        {("Orlan", "humanitarian_aid", "oppose")},
    ),
]

# a bare "be" passive is a subjunctive, a call; a threat states an intention; a welcome first
# step judges its topic; an armed front is a body that "it" refers to
TABLE += [
    (
        "calls and threats",
        "Holm insisted that aid be allowed into Tarn.",
        {("Holm", "humanitarian_aid", "support")},
    ),
    (
        "calls and threats",
        "Holm demanded that the truce be extended.",
        {("Holm", "humanitarian_pause", "support")},
    ),
    (
        "calls and threats",
        "Aid will not be allowed into Tarn, Holm said.",
        {("Holm", "humanitarian_aid", "oppose")},
    ),
    (
        "calls and threats",
        "Holm threatened to launch a ground offensive.",
        {("Holm", "military_operation", "support")},
    ),
    (
        "calls and threats",
        "Holm called the truce a welcome first step.",
        {("Holm", "ceasefire", "support")},
    ),
    ("calls and threats", "The first step of the offensive began on Monday.", set()),
    (
        "calls and threats",
        "The Tarn Liberation Front said it agreed to a truce. It also insisted that aid be "
        "allowed into the region.",
        {
            ("Tarn Liberation Front", "ceasefire", "support"),
            ("Tarn Liberation Front", "humanitarian_aid", "support"),
        },
    ),
]

# an intention composes with a verb of giving up what it names: "vowed to scrap the truce"
TABLE += [
    ("giving up", "Holm vowed to scrap the truce.", {("Holm", "ceasefire", "oppose")}),
    (
        "giving up",
        "Holm threatened to pull out of the ceasefire.",
        {("Holm", "ceasefire", "oppose")},
    ),
    ("giving up", "Holm would not abandon the truce.", {("Holm", "ceasefire", "support")}),
    ("giving up", "Holm said Veldan would never abandon the people of Tarn.", set()),
]

# shutting or reopening a way with its object; dropping aid from the air
TABLE += [
    (
        "ways for aid",
        "Orlan closed the Kerr border crossing on Monday.",
        {("Orlan", "humanitarian_aid", "oppose")},
    ),
    (
        "ways for aid",
        "Orlan reopened the Kerr crossing for aid trucks.",
        {("Orlan", "humanitarian_aid", "support")},
    ),
    (
        "ways for aid",
        "Veldan airdropped food and water over Tarn.",
        {("Veldan", "humanitarian_aid", "support")},
    ),
    ("ways for aid", "The crossing remained closed, officials said.", set()),
    ("ways for aid", "Police closed the road to Tarn.", set()),
]

# an act as the purpose of an act done: "deployed 300 troops to help with rescue efforts"
TABLE += [
    (
        "purpose of a done act",
        "Veldan has deployed 300 troops to help with rescue efforts.",
        {("Veldan", "humanitarian_aid", "support")},
    ),
    (
        "purpose of a done act",
        "Veldan mobilised its navy to help the victims.",
        {("Veldan", "humanitarian_aid", "support")},
    ),
    ("purpose of a done act", "A brokered deal to end the fighting took hold.", set()),
    ("purpose of a done act", "A plan to help the victims was discussed.", set()),
    (
        "purpose of a done act",
        "Orlan refused to help the victims.",
        {("Orlan", "humanitarian_aid", "oppose")},
    ),
]

KNOWN_MISSES: list[Row] = [
    # "observed" supports a truce only: as a cue it read "UN monitors observed the shelling" as
    # support for the shelling; it needs its object's topic (a verb of abiding by a truce).
    (
        "observed",
        "Velt and Orlan had both observed a five-hour humanitarian truce on Thursday.",
        {("Velt", "humanitarian_pause", "support"), ("Orlan", "humanitarian_pause", "support")},
    ),
    # bare "jets" with no weapons named before is no topic (so that "Velan jets were ready to
    # join the operation" is none), which also loses a promise of them
    ("jets", "Britain has promised jets to Orlan.", {("Britain", "weapons_supply", "support")}),
    # "would not be extended" with a time after it reads no stance (without one it does)
    (
        "extended",
        "Lund said the pause in Tesk would not be extended beyond midnight.",
        {("Lund", "humanitarian_pause", "oppose")},
    ),
    # "X said Y would not agree": Y's refusal, but the reader cannot tell it from the speaker's
    # own commitment ("Lind said Delmar would send the shells") without knowing who speaks
    # for whom.
    (
        "holder",
        "Lind said the rebels would not agree to a ceasefire.",
        {("rebels", "ceasefire", "oppose")},
    ),
]


def stances(text: str, lexicon: object = None) -> set[tuple[str, str, str]]:
    claims = extract(text, published="2031-03-04", lexicon=lexicon)  # type: ignore[arg-type]
    return {
        (c.who.name if c.who else "", c.stance.topic, c.stance.polarity)
        for c in claims
        if c.stance is not None
    }


@pytest.mark.parametrize(
    ("construction", "text", "expected"),
    TABLE,
    ids=[f"{row[0]}-{k}" for k, row in enumerate(TABLE)],
)
def test_construction(construction: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("construction", "text", "expected"),
    [pytest.param(*row, marks=pytest.mark.xfail(strict=True)) for row in KNOWN_MISSES],
)
def test_known_misses(construction: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text) == expected


def test_every_construction_has_a_negative_or_contrasting_row() -> None:
    polarities: dict[str, set[str]] = {}
    for construction, _, expected in TABLE:
        seen = {p for _, _, p in expected} or {"none"}
        polarities.setdefault(construction, set()).update(seen)
    assert all(len(seen) > 1 for seen in polarities.values()), polarities


def test_a_new_topic_is_an_overlay(tmp_path: Path) -> None:
    overlay = tmp_path / "embargo.toml"
    overlay.write_text(
        "[topics.grain_embargo]\n"
        'description = "An embargo on grain exports."\n'
        'cues = ["grain embargo", "embargo on grain", "ban on grain exports"]\n'
        "[polarity]\n"
        'oppose = ["lift"]\n',
        encoding="utf-8",
    )
    lexicon = load_lexicon(overlay)
    assert stances("Minister Tarla Quen backed a grain embargo.", lexicon) == {
        ("Tarla Quen", "grain_embargo", "support")
    }
    assert stances("The Pelvan council would not back an embargo on grain.", lexicon) == {
        ("Pelvan council", "grain_embargo", "oppose")
    }
    assert stances("Quen said Pelvan may back a ban on grain exports.", lexicon) == {
        ("Quen", "grain_embargo", "neutral")
    }
    assert stances("Minister Tarla Quen backed a grain embargo.") == set()


def test_a_counted_topic_phrase_is_found_as_written() -> None:
    from claimtrack.assemble.stance_cues import tables
    from claimtrack.assemble.stance_words import phrase_of

    text = "Delmar welcomed the release of 12 hostages and the release of the hostages."
    hits = tables(load_lexicon()).topics.find(text)
    assert all(text[h.start() : h.end()] == h.group() for h in hits)
    counted = [h for h in hits if h.group() == "release of 12 hostages"]
    assert len(counted) == 1
    assert phrase_of(counted[0]) in ("release of hostages", "release of the hostages")
