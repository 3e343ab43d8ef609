"""syntax/: word classes, noun phrases, verb groups and clauses, on sentences with invented names.

Each row is a construction in several wordings: the subject and the content of the reporting
verb the parser must find. Add a row for every construction a bug report shows.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import InputError, load_lexicon
from claimtrack.syntax import RuleParser, SentenceParse, get_parser
from claimtrack.syntax.words import inflect, word_classes

LEX = load_lexicon()


def parse(text: str) -> SentenceParse:
    [result] = RuleParser().parse(text, [(0, len(text))], _quotes(text), LEX)
    return result


def _quotes(text: str) -> list[tuple[int, int]]:
    from claimtrack.text.segment import find_quotations

    return [q.span for q in find_quotations(text)]


def reporting(text: str, lemma: str) -> tuple[str | None, str | None]:
    """(subject, content) of the clause whose verb has ``lemma``."""
    p = parse(text)
    for clause in p.clauses:
        if clause.verb is not None and clause.verb.lemma == lemma:
            subject = clause.subject.text if clause.subject else None
            content = text[clause.content[0] : clause.content[1]] if clause.content else None
            return subject, content
    raise AssertionError(f"no clause with {lemma!r} in {text!r}")


SUBJECTS = [
    # "about" before a share or a number makes it approximate; it is no preposition
    ("In Kell, about half of the farmers said prices fell.", "say", "about half"),
    (
        "Among voters, roughly two-thirds of women said they would vote.",
        "say",
        "roughly two-thirds",
    ),
    # an aside with a place and its state inside, then the verb
    ("Ruiz, during a town hall meeting in Dorn, Kell, said she would run.", "say", "Ruiz"),
    # ", then" and a verb: one more predicate of the subject before
    ("Lund offered Ruiz a job as Minister of Trade, then says he will resign.", "say", "Lund"),
    # a time before a comma is no member of the list after it
    (
        "On Sunday, Ana Ruiz and Senator Tim Lund urged the party to unite.",
        "urge",
        "Ana Ruiz and Senator Tim Lund",
    ),
    # a count of money before a noun: "a $2 million ad buy" is one phrase, no verb "buy"
    (
        "The Lund campaign made a $2 million ad buy and announced a recount.",
        "announce",
        "The Lund campaign",
    ),
    # a name and a role with no determiner after a comma: an apposition, not a list
    (
        '"It will pass," said Ana Ruiz, senior strategist for the Kell party and a friend of Lund.',
        "say",
        "Ana Ruiz",
    ),
    # a noun after "a" and a name is the phrase's head, not a verb
    (
        "One in four voters in a Kell Times poll last year said taxes were too high.",
        "say",
        "One in four voters",
    ),
    # a dash with spaces around it ends a phrase
    ("Lund was seen as stronger - 60 percent of voters said she would win.", "say", "60 percent"),
    # "and" inside a body's name, when the name goes on to a body's head
    (
        "Kell's Water and Power Authority (KWPA) said 12 people had died.",
        "say",
        "Water and Power Authority (KWPA)",
    ),
    ("Dorn Fire and Rescue Service said 3 died.", "say", "Dorn Fire and Rescue Service"),
    # ... but two sources where what follows "and" is no body's name or describes a noun
    (
        "Biden and White House officials said the talks would go on.",
        "say",
        "Biden and White House officials",
    ),
    # a time closes a clause before ", and" and the next clause's subject: no list
    (
        "Kell's ministry reported 14 deaths on Tuesday, and the Dorn Helmets, who work in the "
        "north, said they found 22 bodies.",
        "say",
        "the Dorn Helmets",
    ),
    # a verb of saying after a clause and a comma, its subject after it
    ("Forty people died across the state, said a farmer.", "say", "a farmer"),
    ("The dam broke, said a community leader in a camp outside Orsk.", "say", "a community leader"),
    # ... but not after an aside that follows the subject, nor in a list of verbs of saying
    ("Lund, who leads in many Kell polls, stressed defense issues.", "stress", "Lund"),
    ("Lund, delivering the speech, asked the Kell crowd to vote.", "ask", "Lund"),
    # a pronoun and a role joined by "and"
    ("It was a mistake, she and another reporter said.", "say", "she and another reporter"),
    # an inverted subject described by a participle or an adjective with its preposition
    ('"It will be hard," says a source involved in the talks.', "say", "a source"),
    ('"We are ready," said an aide familiar with the plan.', "say", "an aide"),
    (
        '"It is late," said the officer known as Bob, speaking for the first time.',
        "say",
        "the officer",
    ),
    ('"It is late," says a farmer known locally as Tam.', "say", "a farmer"),
    # a participle after an inverted verb of saying describes the person named after it
    ('"It was a mistake," said retired Army Col. Pia Marsh.', "say", "retired Army Col. Pia Marsh"),
    (
        '"I am not sure," said undecided voter Lia Brant of Kell.',
        "say",
        "undecided voter Lia Brant of Kell",
    ),
    ('"We are tired," said displaced farmer Oro Tamm, 54.', "say", "displaced farmer Oro Tamm"),
    # ... but not a bare name after a comma: a verb and its object
    ("Gunmen stormed the village, killed Ana Ruiz and fled, Lund said.", "say", "Lund"),
    ("A person familiar with the plan says the talks will go on.", "say", "A person"),
    ("The official familiar with the plan confirmed the meeting.", "confirm", "The official"),
    ("The average of recent polls shows Lund ahead.", "show", "The average"),
    # an "-s" noun after an opening modifier, before a prepositional phrase and a verb of showing
    ("Exit polls from the Kell primary showed Lund ahead.", "show", "Exit polls"),
    ("Polls from the Kell primary showed that Lund was ahead.", "show", "Polls"),
    # documents, images and polling that show
    ("Recent polling shows that Lund remains popular.", "show", "Recent polling"),
    ("A video of the clash shows her clutching her phone.", "show", "A video"),
    # a name's noun before a comma is a noun: "a Kell Court advocate, Ana Ruiz"
    (
        '"It will pass," said a leading Kell Court advocate, Ana Ruiz.',
        "say",
        "a leading Kell Court advocate",
    ),
    # an adverb in "-ly" and a verb after a name: the name's verb, not a modifier of a noun
    (
        "Former Secretary of State Ana Ruiz recently urged women to vote for Lund.",
        "urge",
        "Former Secretary of State Ana Ruiz",
    ),
    ("Kell officials quietly reported gains in May.", "report", "Kell officials"),
    # a place or an event named before an honorific, with no comma: no title of the name
    (
        "At the party's state convention Sen. Ana Ruiz said the vote was rigged.",
        "say",
        "Sen. Ana Ruiz",
    ),
    (
        "After the town hall debate Gov. Tim Lund told reporters he would run.",
        "tell",
        "Gov. Tim Lund",
    ),
    # ... but a title or a modifier before the honorific stays in the phrase
    ("Kell state Sen. Ana Ruiz said the vote was rigged.", "say", "Kell state Sen. Ana Ruiz"),
    (
        "Committee chairman Sen. Ana Ruiz said the vote was rigged.",
        "say",
        "Committee chairman Sen. Ana Ruiz",
    ),
    # "US" in capitals after a quotation is the country, not "us"
    ('"We will win," US Senator Ana Ruiz said.', "say", "US Senator Ana Ruiz"),
    # a relative clause with its own subject and a gap for its object, then the main verb
    (
        "The party chairs that the Kell Post interviewed predicted Lund would win.",
        "predict",
        "The party chairs",
    ),
    ("Farmers the agency surveyed in May said prices fell.", "say", "Farmers"),
    (
        "The Kell inspector's report issued in May said 40 died.",
        "say",
        "report",
    ),
    ("Most officials that Dorn Radio contacted said the dam held.", "say", "Most officials"),
    ("The farmers the agency surveyed said prices fell.", "say", "The farmers"),
    ("The report the ministry released on Monday said 40 died.", "say", "The report"),
    # a day and a time of day before a name are no part of it
    ("On Thursday evening Ana Ruiz told the crowd she would run.", "tell", "Ana Ruiz"),
    ("Late Monday night Tim Lund said the dam had held.", "say", "Tim Lund"),
    # adjectives joined by "and" before one noun
    (
        "Current and former officials said the plan had failed.",
        "say",
        "Current and former officials",
    ),
    # names joined by a slash
    (
        "A Kell Times/Dorn College poll found 40 percent backed Lund.",
        "find",
        "A Kell Times/Dorn College poll",
    ),
    # an apposition with "the" and roles joined by "and", closed by a comma, is no list
    (
        "Democrat Ana Ruiz, the former Kell mayor and state treasurer, told reporters she won.",
        "tell",
        "Democrat Ana Ruiz",
    ),
    # an "-ing" form after a noun for people or a body describes it: a participle, no noun
    (
        "The Dastani-led coalition fighting in Veldan said it would halt its raids.",
        "say",
        "The Dastani-led coalition",
    ),
    ("Rebels fighting near Tarn said the road was cut.", "say", "Rebels"),
    ("The alliance fighting in the north said 12 men were held.", "say", "The alliance"),
    # a particle inside a name
    (
        "Dr. Samir al-Haddad, spokesman for the Water Ministry, said 31 wells ran dry.",
        "say",
        "Dr. Samir al-Haddad",
    ),
    ("Ursula van der Berg said the bridge would reopen.", "say", "Ursula van der Berg"),
    # a parenthetical acronym or party tag
    (
        "The Coastal Relief Agency (CORA) said 1,020 homes were flooded.",
        "say",
        "The Coastal Relief Agency (CORA)",
    ),
    (
        "Sen. Mara Quist (D-Ore.) told reporters that she would vote no.",
        "tell",
        "Sen. Mara Quist (D-Ore.)",
    ),
    # an interjected adverb or aside between the subject and the verb
    ("The Red Crescent, however, said at least 47 people were missing.", "say", "The Red Crescent"),
    ("The port authority, for its part, said the cranes were safe.", "say", "The port authority"),
    (
        "Tomas Reyes, 44, a ferry captain from Vellport, said the storm came fast.",
        "say",
        "Tomas Reyes",
    ),
    (
        "Several council members, who asked not to be named, said they feared a strike.",
        "say",
        "Several council members",
    ),
    # a time between the subject and the verb
    (
        "The Ministry of Health on Tuesday said 12 clinics had closed.",
        "say",
        "The Ministry of Health",
    ),
    ("Governor Ilsa Marr last week said the dam was sound.", "say", "Governor Ilsa Marr"),
    # a reduced relative or a prepositional phrase after the subject
    ("A report released Thursday says the river is rising.", "say", "A report"),
    ("Officials in the northern province said roads were cut.", "say", "Officials"),
    ("Sixty percent of the workers said they would strike.", "say", "Sixty percent"),
    # inverted after a quotation
    ("\u201cWe are overwhelmed,\u201d said Petra Lind, a nurse.", "say", "Petra Lind"),
    ("\u201cThe levee held,\u201d the utility said.", "say", "the utility"),
    # a second predicate shares the subject
    ("The governor toured the site and said the toll would rise.", "say", "The governor"),
    (
        "Mayor Oduya visited the camp, praised the volunteers and said more aid was coming.",
        "say",
        "Mayor Oduya",
    ),
    # a participle after a comma takes the subject of its clause
    ("The agency raised its estimate, saying 80 houses were lost.", "say", "The agency"),
    # a predicate after an infinitive shares the subject of the clause, not the infinitive's
    ("Ruiz urged the council to take back its vote and said the count was wrong.", "say", "Ruiz"),
    # an inverted source with a relative clause of its own
    (
        "\u201cThe gate held,\u201d said one engineer who asked not to be named.",
        "say",
        "one engineer",
    ),
    # a comma between a subject with a party tag and its verb
    ("Gov. Ilsa Marr (R-Ore.), said the roads were open.", "say", "Gov. Ilsa Marr (R-Ore.)"),
    # a pronoun and a name together
    ("He and Mr. Allen said the vote was close.", "say", "He and Mr. Allen"),
    # a name and people named by a plural noun; a group of two words
    ("Mayor Lund and her deputies said the dam held.", "say", "Mayor Lund and her deputies"),
    ("Medics and aid workers said the road was cut.", "say", "Medics and aid workers"),
    # a bare participle with only modifiers before the next verb describes the subject
    ("A report released on Monday put the toll at 40.", "put", "A report"),
    ("The plan approved by voters in May calls for a new dam.", "call", "The plan"),
    # a quantifier floated after the subject, and a sentence adverb before it, are not in it
    ("Ana Ruiz and Ivo Lind both said the dam was unsafe.", "say", "Ana Ruiz and Ivo Lind"),
    ("The two ministers all agreed that the dam was unsafe.", "agree", "The two ministers"),
    ("Perhaps Kestria will say the dam is safe.", "say", "Kestria"),
    ("Maybe Lind thinks the dam will hold.", "think", "Lind"),
    # "that" before a plural noun opens a clause: no demonstrative takes a plural
    ("Ruiz noted that experts say the dam is unsafe.", "say", "experts"),
    ("Ruiz said that local officials warn the dam is unsafe.", "warn", "local officials"),
    # a plural's possessive apostrophe stays with its word
    ("Piet Orr, Moss' campaign manager, said the vote was close.", "say", "Piet Orr"),
    ("Piet Orr, Moss\u2019 campaign manager, said the vote was close.", "say", "Piet Orr"),
    (
        "Ana Ruiz, who heads the rebels' Supreme Council, had said the group was ready.",
        "say",
        "Ana Ruiz",
    ),
    # an "-ing" modifier inside a prepositional phrase after the subject is no verb
    ("Rescuers from neighbouring Tarn said 12 people died.", "say", "Rescuers"),
    ("Officials in Oran and in neighboring Sela said the road was cut.", "say", "Officials"),
    ("Aides to the outgoing mayor of Kell said she would not run.", "say", "Aides"),
    # but a gerund after a preposition takes its object, and the subject comes after
    ("After visiting Kell, the minister said the road was cut.", "say", "the minister"),
    # an "-ing" form and its object that describe the subject (a reduced relative clause)
    ("Rebels holding the town said on Monday that 40 people had died.", "say", "Rebels"),
    ("A minibus carrying farm workers plunged into a ravine above Tesk.", "plunge", "A minibus"),
    ("A plane carrying 50 passengers crashed near Orv on Sunday.", "crash", "A plane"),
    ("Soldiers guarding the border near Kell said 12 people had died.", "say", "Soldiers"),
    # but past a comma, a subject of its own
    ("In a report carried by the Kell Post, the ministry said 40 died.", "say", "the ministry"),
    # a restrictive relative clause between the subject and its verb
    ("Aides who spoke with the Kell Courier said the group had collapsed.", "say", "Aides"),
    ("The officials who met on Monday agreed that the dam was safe.", "agree", "The officials"),
    ("Farmers who lost their crops in May say the plan came too late.", "say", "Farmers"),
    ("Residents who know Mayor Lund say she will run again.", "say", "Residents"),
    # but a verb of saying inside the relative clause has the antecedent as its subject
    ("Officials who said the dam would fail were fired.", "say", "Officials"),
    # an aside with a relative clause and names of its own
    (
        "Ana Ruiz, who lives in a village outside the capital, Dunmore, said she hoped for a deal.",
        "say",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "subject"), SUBJECTS, ids=[r[0][:40] for r in SUBJECTS])
def test_subject_of_a_reporting_verb(text: str, lemma: str, subject: str) -> None:
    assert reporting(text, lemma)[0] == subject


CONTENTS = [
    # a comparison with an earlier count after a closing source: what was said is before it
    (
        "The toll rose to 212, the ministry said on Monday, up from 164 reported last week.",
        "say",
        "The toll rose to 212",
    ),
    # so does an absolute phrase of "with" after it, past the saying's own modifiers
    (
        "The death toll stands at 31, the Varn Coast Watch said on Monday, with 27 people still "
        "missing.",
        "say",
        "The death toll stands at 31",
    ),
    (
        "Nine bodies were recovered, the agency said late on Friday, with rescuers still "
        "searching the hills.",
        "say",
        "Nine bodies were recovered",
    ),
    # an apposition of the place where the words were said is no part of what was said
    (
        "Rescuers pulled 14 people from the mud, Ana Ruiz told reporters in Pella, the capital.",
        "tell",
        "Rescuers pulled 14 people from the mud",
    ),
    ("The toll rose to 40, the mayor said in Kell, a town of 4,000.", "say", "The toll rose to 40"),
    ("The mayor said in Kell, the capital, that 40 died.", "say", "40 died"),
    # a verb of speech with no object: what it spoke of, up to a comma or another predicate
    ("Ek complained about the noise, then left.", "complain", "about the noise"),
    ("Lund complained about the tone but defended Ruiz.", "complain", "about the tone"),
    # ... not where a quotation before the subject or a "that" clause says what was said
    ("\u201cIt will fail,\u201d Lund said of the plan.", "say", "\u201cIt will fail,\u201d"),
    ("Lund said of the plan that it would fail.", "say", "it would fail"),
    (
        "The agency warned of floods and landslides in Kell.",
        "warn",
        "of floods and landslides in Kell",
    ),
    (
        "Ana Ruiz says despite being a Dorn graduate, she backs Kell.",
        "say",
        "she backs Kell",
    ),
    # a prepositional phrase set off by a comma between the verb and what was said
    (
        "Ruiz says despite all that, the council was not swayed.",
        "say",
        "the council was not swayed",
    ),
    (
        "Lund said despite the rain, the turnout had been high.",
        "say",
        "the turnout had been high",
    ),
    (
        "Ana Ruiz said unlike her rivals, she would debate.",
        "say",
        "she would debate",
    ),
    ("Reed said after a lunch on Tuesday that he had no answer.", "say", "he had no answer"),
    (
        "The toll rose to 40, the ministry said, after dozens of families of miners left.",
        "say",
        "The toll rose to 40",
    ),
    ("People who know Lund say she will run.", "say", "she will run"),
    ("The agency said on Monday in a statement that 40 people died.", "say", "40 people died"),
    ("Ruiz told reporters the count was wrong.", "tell", "the count was wrong"),
    ("The governor has not yet said whether she will run.", "say", "whether she will run"),
    ("Lund has pledged to support the treaty.", "pledge", "to support the treaty"),
    ("\u201cThe levee held,\u201d the utility said.", "say", "\u201cThe levee held,\u201d"),
    ("The levee held, the utility said.", "say", "The levee held"),
    ("Ruiz criticized the plan and said the council was wrong.", "criticize", "the plan"),
    ("The study states that the toll rose.", "state", "the toll rose"),
    ("The mayor will state her case on Monday.", "state", "her case on Monday"),
    # a participle after a document noun modifies the noun: no clause of its own
    (
        "The toll rose to 140, the Harbour Authority said in a report released on Monday.",
        "say",
        "The toll rose to 140",
    ),
    (
        "Forty homes collapsed, the water board said in a statement issued late Friday.",
        "say",
        "Forty homes collapsed",
    ),
    (
        "The agency said in figures published on Sunday that 31 people had died.",
        "say",
        "31 people had died",
    ),
    # "that" before a number opens the reported clause, not a phrase
    (
        "The Relief Office said in its weekly bulletin that 310 people had died.",
        "say",
        "310 people had died",
    ),
    ("Officials told reporters that 12 bridges were closed.", "tell", "12 bridges were closed"),
    # a document noun is a subject of its own ("the statement said"), after a clause
    ("Twelve people died, the statement said.", "say", "Twelve people died"),
    # a share after "about" opens what was said, as a number does
    (
        "The Kell office said about half of the residents had fled.",
        "say",
        "about half of the residents had fled",
    ),
    ("The Kell office said about 40 residents had fled.", "say", "about 40 residents had fled"),
    # "about" and a number is an approximate count, not what was spoken of; a second "that"
    # clause goes on with what was said
    (
        "Kell says about 1,400 people were killed, and that some 240 were taken as hostages.",
        "say",
        "about 1,400 people were killed, and that some 240 were taken as hostages",
    ),
    ("Lund complained about the noise, then left.", "complain", "about the noise"),
    # a closing source that names a part of a group: what was said is before it
    (
        "The clinic had taken in 300 wounded, one of its doctors said.",
        "say",
        "The clinic had taken in 300 wounded",
    ),
    ("The toll will rise, some of the residents said.", "say", "The toll will rise"),
]


@pytest.mark.parametrize(("text", "lemma", "content"), CONTENTS, ids=[r[0][:40] for r in CONTENTS])
def test_content_of_a_reporting_verb(text: str, lemma: str, content: str) -> None:
    assert reporting(text, lemma)[1] == content


NOT_SUBJECTS = [
    # a verb form that is a noun here
    "That makes 30 states with new laws.",
    "The states rejected the plan.",
    # nothing before the verb can be its subject
    "After the storm said to be the worst in years, roads closed.",
]


@pytest.mark.parametrize("text", NOT_SUBJECTS)
def test_no_reporting_subject(text: str) -> None:
    p = parse(text)
    for clause in p.clauses:
        if clause.verb is not None and clause.verb.lemma in ("say", "state"):
            assert clause.subject is None or clause.content is None


# A verb form inside a noun phrase is a noun: (sentence, the word, whether it is a verb there).
NOUN_OR_VERB = [
    # after a determiner and nouns, names, numbers or adjectives
    ("A harbour report published Monday said the pier held.", "report", False),
    ("The Kell Post report was wrong, the mayor said.", "report", False),
    ("A 2019 report by the Verland Institute found 40 leaks.", "report", False),
    # before a finite verb or a modal: two verbs cannot stand side by side
    ("The council tax plans would cost 40 million.", "plans", False),
    ("The storm damage figures are not final.", "figures", False),
    ("The river survey shows were cancelled.", "shows", False),
    # after an adjective, before a preposition, a conjunction or a mark
    ("The council unveiled new plans for the port.", "plans", False),
    ("Voters in several states like Verland voted no.", "states", False),
    # an "-s" form after a noun inside the object of a preposition, before a preposition
    ("According to the exit polls in Tarn, 24% backed Lund.", "polls", False),
    ("The numbers came from the state reports on Monday.", "reports", False),
    ("The minister travels to Tarn on Monday.", "travels", True),
    # an adverb and a participle before it
    ("A widely reported estimate put the toll at 40.", "estimate", False),
    ("The recently revised figures show 40 dead.", "figures", False),
    # still verbs: after a plural subject or a name, before an object or a clause
    ("Harbour officials report 40 boats sank.", "report", True),
    ("The Kell Post reports that 40 boats sank.", "reports", True),
    ("Lund plans to visit the site.", "plans", True),
    ("Local figures show the toll rose.", "show", True),
    # a relative clause with a gap after its verb: "a trend the agency predicts will go on"
    ("It is a trend that the agency predicts will continue.", "predicts", True),
    ("It was a step that Lund hopes will help.", "hopes", True),
    ("It is the job that many analysts say is the future.", "say", True),
    # a source that closes the sentence after a comma or a quotation: a verb of saying
    ("Forty farms have shut since 2006, the union says.", "says", True),
    ("\u201cWe will rebuild,\u201d the Kell council states.", "states", True),
    ("The levee held, the agency reports.", "reports", True),
    # a name in "-s" before a noun and a title or a group: a compound, not a plural subject
    ("Sanders campaign manager Jeff Weaver said the data was safe.", "campaign", False),
    ("Williams campaign officials said the count was close.", "campaign", False),
    ("Democrats campaign hard in Kell every year.", "campaign", True),
    ("It is the judge many Republicans fear Mrs. Lund would choose.", "fear", True),
    # a verb in "-ed" that no list knows, between a subject and its object, is the verb
    ("The army renewed attacks on the port.", "renewed", True),
    ("Kell rebels relaunched raids near Tarn.", "relaunched", True),
    # a past form after "and" before a complement and its object is a coordinated verb; before
    # a noun alone, a participle that describes it
    ("Gunmen seized 36 miners on Friday and shot dead two guards.", "shot", True),
    ("Rebels killed 12 people and shot dead the village chief.", "shot", True),
    ("The dead and injured workers were taken to Kell.", "injured", False),
    # an "-s" form right after a verb in "-s": two finite verbs cannot stand side by side
    ("Kell backs calls for a truce.", "calls", False),
    ("The council rejects demands for a new vote.", "demands", False),
    ("Lund says talks with Orlan will resume.", "talks", False),
    ("The union says Lund plans to resign.", "plans", True),
    ("Harbour police reports show 40 boats sank.", "show", True),
    ("An average of harbour polls shows Lund ahead.", "shows", True),
    # but a plural noun where no comma sets a source off
    ("Turnout was high in the battleground states.", "states", False),
    ("Lund visited Kell, Dunmore and the other border states.", "states", False),
    ("The race shifts to larger, more diverse states.", "states", False),
]


@pytest.mark.parametrize(("text", "word", "verb"), NOUN_OR_VERB)
def test_a_verb_form_inside_a_noun_phrase_is_a_noun(text: str, word: str, verb: bool) -> None:
    p = parse(text)
    heads = {p.words[v.head].text for v in p.verbs}
    assert (word in heads) == verb, [(w.text, w.tag) for w in p.words]


def test_noun_phrases_read_names_titles_and_owners() -> None:
    p = parse("Peru's civil defence institute said 9 died.")
    institute = next(ph for ph in p.phrases if ph.owner is not None)
    assert institute.owner is not None
    assert (institute.text, institute.owner.text) == ("civil defence institute", "Peru's")
    p = parse("Dr. Samir al-Haddad said so.")
    [name] = [ph for ph in p.phrases if ph.kind == "name"]
    assert (name.name, name.title) == ("Samir al-Haddad", "Dr.")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Secretary of State Ana J. Lund said so.", "Ana J. Lund", "Secretary of State"),
        ("Foreign Minister Tomas Reyes said so.", "Tomas Reyes", "Foreign Minister"),
        ("Senior Kestrian official Omar al-Haddad said so.", "Omar al-Haddad", None),
        (
            "Prime Minister Mara Quist of Verland said so.",
            "Mara Quist",
            "Prime Minister of Verland",
        ),
    ],
)
def test_a_title_of_several_words_is_split_from_the_name(
    text: str, name: str, title: str | None
) -> None:
    phrase = parse(text).phrases[0]
    assert phrase.name == name
    if title is not None:
        assert phrase.title == title


def test_a_titled_name_and_another_name_are_two_people() -> None:
    p = parse("The ministry praised Dr. Ana Ruiz and Tim Lund on Monday.")
    pair = next(ph for ph in p.phrases if ph.conjuncts)
    assert [c.text for c in pair.conjuncts] == ["Dr. Ana Ruiz", "Tim Lund"]


def test_coordinated_subjects_are_one_phrase_with_conjuncts() -> None:
    p = parse("Chile and Argentina said the pass was closed.")
    subject = p.clauses[0].subject
    assert subject is not None
    assert [c.text for c in subject.conjuncts] == ["Chile", "Argentina"]


def test_a_list_of_people_ends_without_a_comma_before_its_verb() -> None:
    p = parse("Lund, the mayor and the governor said the dam was safe.")
    subject = p.clauses[0].subject
    assert subject is not None
    assert [c.text for c in subject.conjuncts] == ["Lund", "the mayor", "the governor"]


def test_verb_groups_know_negation_modality_tense_and_voice() -> None:
    p = parse("The minister would not say whether 12 were arrested.")
    say = next(v for v in p.verbs if v.lemma == "say")
    assert say.negated
    assert say.modal == "would"
    arrested = next(v for v in p.verbs if v.lemma == "arrest")
    assert arrested.passive
    assert arrested.tense == "past"
    will = next(v for v in parse("The council will vote on Friday.").verbs)
    assert will.tense == "future"


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("say", ("says", "said", "said", "saying")),
        ("deny", ("denies", "denied", "denied", "denying")),
        ("argue", ("argues", "argued", "argued", "arguing")),
        ("admit", ("admits", "admitted", "admitted", "admitting")),
        ("visit", ("visits", "visited", "visited", "visiting")),
        ("stress", ("stresses", "stressed", "stressed", "stressing")),
    ],
)
def test_every_form_of_a_verb_is_known_from_its_lemma(lemma: str, forms: tuple[str, ...]) -> None:
    classes = word_classes(LEX)
    for form in forms:
        assert any(f.lemma == lemma for f in classes.verbs[form]), form


def test_regular_inflection_matches_lemminflect_where_installed() -> None:
    lemminflect = pytest.importorskip("lemminflect", reason="lemminflect is not installed")
    classes = word_classes(LEX)
    checked = 0
    for lemma in LEX.verbs.attribution.speech:
        if " " in lemma or lemma in LEX.verbs.irregular:
            continue
        ours = inflect(lemma, frozenset(LEX.verbs.doubled))
        past = lemminflect.getInflection(lemma, tag="VBD")
        if past:
            assert ours[1] in past, lemma
            checked += 1
    assert checked > 100
    assert classes.verbs


def test_unknown_parser_is_an_input_error() -> None:
    with pytest.raises(InputError, match="parser"):
        get_parser("nonsense")


@given(st.text(max_size=200))
def test_any_text_parses_with_spans_that_point_at_their_text(text: str) -> None:
    if not text:
        return
    p = parse(text)
    for word in p.words:
        assert text[word.start : word.end] == word.text
    for phrase in p.phrases:
        assert text[phrase.span[0] : phrase.span[1]] == phrase.text
    for verb in p.verbs:
        assert text[verb.span[0] : verb.span[1]] == verb.text
    for clause in p.clauses:
        if clause.content is not None:
            assert 0 <= clause.content[0] <= clause.content[1] <= len(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("A gunman opened fire at a bar.", "fire"),
        ("The ruling sparked fears of unrest.", "fears"),
        ("Officials said work would resume on Monday.", "work"),
    ],
)
def test_a_plain_form_after_a_past_verb_is_its_object(text: str, noun: str) -> None:
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    assert not any(c.verb is not None and c.verb.text == noun for c in parse.clauses)


def test_a_plain_infinitive_after_help_is_a_verb() -> None:
    text = "Volunteers helped rebuild the school."
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    assert any(c.verb is not None and c.verb.lemma == "rebuild" for c in parse.clauses)


@pytest.mark.parametrize("form", ["swept", "sank", "withdrew", "hurt", "fled", "dug"])
def test_irregular_past_forms_are_verbs(form: str) -> None:
    text = f"The storm {form} the town."
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    assert parse.words[2].tag == "VERB"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Forty farms have closed since 2006.", "closed"),
        ("The port has already closed, officials said.", "closed"),
        ("Crews had not opened the gates by Friday.", "opened"),
    ],
)
def test_a_participle_after_have_is_a_verb(text: str, verb: str) -> None:
    # "have closed": the perfect, though "closed" alone may be an adjective ("a closed road")
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    assert any(parse.words[c.verb.head].text == verb for c in parse.clauses if c.verb), [
        (w.text, w.tag) for w in parse.words
    ]


def test_an_adjective_that_is_no_participle_stays_after_have() -> None:
    text = "The farms have open fields and closed barns."
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    assert [w.tag for w in parse.words if w.text == "open"] == ["ADJ"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Officials said work would resume on Monday.", "resume"),
        ("The plant won't reopen before May.", "reopen"),
        ("Crews could not yet reconnect the line.", "reconnect"),
    ],
)
def test_a_word_in_no_list_after_a_modal_is_a_verb(text: str, verb: str) -> None:
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    assert any(c.verb is not None and c.verb.lemma == verb for c in parse.clauses)


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("The Dastani-led coalition said it would halt its raids.", "Dastani-led", "ADJ"),
        ("A UN-backed panel said 40 people were held.", "UN-backed", "ADJ"),
        ("The Kell-based group said the road was closed.", "Kell-based", "ADJ"),
        # a name with a particle or a double name stays a name
        ("Officials told Hamid al-Rashidi the road was closed.", "al-Rashidi", "PROPN"),
        ("The mayor met Anne-Marie Lund on Monday.", "Anne-Marie", "PROPN"),
    ],
)
def test_a_capitalised_compound_ending_in_a_participle_is_a_modifier(
    text: str, word: str, tag: str
) -> None:
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], LEX)
    assert {w.text: w.tag for w in parse.words}[word] == tag


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Ivo Lind, who heads the Tarsk Relief Agency, said 22 people died.", "head", "Ivo Lind"),
        ("Ana Ruiz, who chairs the Kell panel, told reporters the dam held.", "chair", "Ana Ruiz"),
        ("Lena Moss, who houses 40 refugees, said more would come.", "house", "Lena Moss"),
        ("Piet Orr, who watches the river, said it had risen.", "watch", "Piet Orr"),
    ],
)
def test_a_third_person_form_after_who_is_its_verb(text: str, verb: str, subject: str) -> None:
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    assert any(c.verb is not None and c.verb.lemma == verb for c in parse.clauses)
    said = [c for c in parse.clauses if c.verb is not None and c.verb.lemma in ("say", "tell")]
    subjects = [c.subject.text if c.subject is not None else None for c in said]
    assert subjects[:1] == [subject]


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        # an "-s" form after "and"/"but" with a prepositional phrase and then a finite verb
        # heads the next clause's subject
        ("Kestria opposed a ceasefire, but demands for a truce grew.", "demands", "NOUN"),
        ("Orsk backed the plan, and calls for talks were ignored.", "calls", "NOUN"),
        ("Lund left the party and fears for its future have grown.", "fears", "NOUN"),
        # with no verb after, or a verb of another clause, it is the verb the subject shares
        ("Kestria opposed a ceasefire but calls for a truce.", "calls", "VERB"),
        ("Ruiz opposed the deal and warns of strikes that killed 9 people.", "warns", "VERB"),
        ("Ruiz opposed the deal and warns of more strikes.", "warns", "VERB"),
    ],
)
def test_an_s_form_after_a_coordinator_before_a_verb_is_a_noun(
    text: str, word: str, tag: str
) -> None:
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    assert [w.tag for w in parse.words if w.text == word] == [tag]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # after ", and" a finite predicate goes on with the main clause, past an adverbial one
        ("Ana Ruiz was upset when she visited Orvik, and admitted she was late.", "Ana Ruiz"),
        ("Lind left the hall after Ruiz spoke, but later said he agreed.", "Lind"),
        # with no comma it goes on inside the adverbial clause
        ("The crowd cheered when Lind spotted a sign and said it was his.", "Lind"),
    ],
)
def test_a_predicate_after_an_adverbial_clause_shares_the_right_subject(
    text: str, who: str
) -> None:
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    said = [c for c in parse.clauses if c.verb is not None and c.verb.lemma in ("say", "admit")]
    assert [c.subject.text if c.subject else None for c in said] == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a thing says nothing: a second report after a clause about a thing goes on with the
        # reporter's subject
        ("Lind argued that the plan would fail and said the dam was unsafe.", "Lind"),
        (
            "The Kell council confirmed that the request had arrived and said it would reply.",
            "The Kell council",
        ),
        # so does a second report after a reported act: the reporter goes on
        ("Lind said Ruiz had visited Kell and said she was tired.", "Lind"),
    ],
)
def test_a_second_report_after_a_clause_about_a_thing(text: str, who: str) -> None:
    (parse,) = RuleParser().parse(text, [(0, len(text))], [], load_lexicon())
    said = [c for c in parse.clauses if c.verb is not None and c.verb.lemma == "say"]
    assert said[-1].subject is not None
    assert said[-1].subject.text == who
