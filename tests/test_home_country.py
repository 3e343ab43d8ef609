"""A government named by no country is the government of the one country a document is about.

Invented sentences about real countries (the gazetteer knows countries, not invented ones):
"the government" in a report that names Chile, its regions and its people again and again is
Chile's government, the same actor as "Chile's government" in another report; a report about
two countries named alike, or about none, leaves it as it is.
"""

from __future__ import annotations

from claimtrack import extract, reconcile
from claimtrack.assemble.home_country import home_country
from claimtrack.lexicon import load_lexicon

LEX = load_lexicon()


def holders(text: str) -> set[str]:
    return {c.who.name for c in extract(text, published="2031-05-12") if c.stance and c.who}


CHILE = (
    "SANTIAGO, Chile - Floods hit central Chile on Monday. Chilean officials said roads to "
    "Valparaíso were cut. On Tuesday, the government rejected a truce with the rebels."
)


def test_the_government_of_a_document_about_one_country_is_that_countrys() -> None:
    assert home_country(CHILE, LEX) == "Chile"
    assert holders(CHILE) == {"Chile's government"}


def test_a_document_about_two_countries_names_no_government() -> None:
    text = (
        "Chile and Peru traded fire on Monday. Chilean and Peruvian officials met in Lima and "
        "Santiago. On Tuesday, the government rejected a truce."
    )
    assert home_country(text, LEX) is None
    assert holders(text) == {"government"}


def test_a_country_named_once_is_no_home() -> None:
    assert holders("On Tuesday, in Chile, the government rejected a truce.") == {"government"}


def test_a_named_government_and_a_person_stay_as_they_are() -> None:
    text = CHILE.replace("the government rejected", "Ana Lind rejected")
    assert holders(text) == {"Ana Lind"}


def test_the_home_government_shifts_across_reports() -> None:
    first = extract(
        "Chile's government backed a truce with the rebels on Monday.",
        published="2031-05-12",
        doc_id="a",
    )
    later = extract(CHILE, published="2031-05-20", doc_id="b")
    shifts = [f for f in reconcile([*first, *later]) if f.kind == "stance_shift"]
    assert len(shifts) == 1
