"""Places as canonical entities: names, demonyms, regions, containment, the data overlay."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.errors import LexiconError
from claimtrack.lexicon import load_lexicon
from claimtrack.model import Scope
from claimtrack.reconcile.counts import rules_for
from claimtrack.reconcile.places import country_named, fold, gazetteer


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Czechia", "CZ"),
        ("the Czech Republic", "CZ"),
        ("Burma", "MM"),
        ("Myanmar", "MM"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("the U.S.", "US"),
        ("United States", "US"),
        ("USA", "US"),
        ("Chilean", "CL"),
        ("Argentine", "AR"),
        ("Valparaíso region", "CL-VS"),
        ("Valparaiso", "CL-VS"),
        ("Mendoza province", "AR-M"),
        ("Sichuan", "CN-SC"),
        ("southern Chile", "CL:south"),
        ("Trinidad and Tobago", "TT"),
        ("Sylhet", "BD-G"),  # a division and its district of one name: the division
        ("Sylhet division", "BD-G"),
        ("Bangladeshi", "BD"),
    ],
)
def test_names_resolve_to_one_place(name: str, place_id: str) -> None:
    found = gazetteer().resolve(name)
    assert found is not None
    assert found.id == place_id


@pytest.mark.parametrize(
    "name", ["Atlantis", "the capital", "the north", "Mexico City", "city", "coast", "east", ""]
)
def test_names_of_no_known_place(name: str) -> None:
    assert gazetteer().resolve(name) is None


def test_a_region_name_shared_by_countries_needs_the_document_country() -> None:
    g = gazetteer()
    assert g.resolve("Punjab") is None  # Pakistan's or India's
    pk = g.resolve("Punjab", ["PK"])
    assert pk is not None
    assert pk.id == "PK-PB"
    us = g.resolve("Georgia", ["US"])
    assert us is not None
    assert us.id == "US-GA"
    country = g.resolve("Georgia")
    assert country is not None
    assert country.id == "GE"


def test_split_and_containment() -> None:
    g = gazetteer()
    assert g.split("Chile and Argentina") == ["Chile", "Argentina"]
    assert g.split("Bosnia and Herzegovina") == ["Bosnia and Herzegovina"]
    assert g.contains(["CL", "AR"], ["AR-M"])
    assert g.contains(["AR"], ["AR-M", "AR"])
    assert not g.contains(["CL"], ["AR-M"])
    assert g.ancestors("CL:south") == ["CL:south", "CL"]


@pytest.mark.parametrize(
    ("scope", "label"),
    [
        (Scope(places=("Chile", "Argentina")), "Argentina + Chile"),
        (Scope(place="Chile and Argentina"), "Argentina + Chile"),
        (Scope(places=("Argentine",)), "Argentina"),
        (Scope(place="the Czech Republic"), "Czechia"),
        (Scope(place="Mendoza province"), "Mendoza, Argentina"),
        (Scope(place="the whole country"), None),
        (Scope(place="country"), None),
        (Scope(place="the camp"), "camp"),
        (Scope(), None),
    ],
)
def test_count_key_place(scope: Scope, label: str | None) -> None:
    assert rules_for().place(scope) == label


def test_fold() -> None:
    assert fold("The  Valparaíso’s") == "valparaiso"
    assert fold("U.S.") == "u.s"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_overlay_adds_camps_and_parts_of_a_country(tmp_path: Path) -> None:
    overlay = write(
        tmp_path / "story.toml",
        '[places.entries."Kolvo camp"]\nwithin = "Mendoza"\nkind = "camp"\n'
        'aliases = ["Kolvo refugee camp"]\n'
        '[places.entries."the north"]\nwithin = "CL"\nkind = "area"\n',
    )
    g = gazetteer(load_lexicon(overlay))
    camp = g.resolve("the Kolvo refugee camp")
    assert camp is not None
    assert (camp.kind, camp.within, g.country(camp.id)) == ("camp", "AR-M", "AR")
    north = g.resolve("the north")
    assert north is not None
    assert g.contains(["CL"], [north.id])
    assert gazetteer().resolve("Kolvo camp") is None  # the default lexicon is untouched


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[places.aliases]\n"ruritania" = "QQ"\n', "places.aliases.ruritania"),
        ('[places.demonyms]\n"ruritanian" = "chile"\n', "places.demonyms.ruritanian"),
        ('[places.entries."Kolvo camp"]\nwithin = "Atlantis"\n', "places.entries.Kolvo camp"),
        ('[places.entries."Kolvo camp"]\nwithin = "CL"\nkind = "moon"\n', "places.entries"),
    ],
)
def test_bad_place_data_names_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    overlay = write(tmp_path / "bad.toml", text)
    with pytest.raises(LexiconError) as err:
        gazetteer(load_lexicon(overlay))
    assert key in str(err.value)


# A body's name that opens with its country: the owner, also when a "... of" names it.
@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Chile's emergency office", "CL"),
        ("Government of Nepal's Ministry of Home Affairs", "NP"),
        ("The Republic of Chile's health ministry", "CL"),
        ("Argentine officials", "AR"),
        ("Friends of Tomas Lind's campaign", None),
        ("the Syrian health ministry", None),
    ],
)
def test_the_country_a_body_is_named_for(name: str, country: str | None) -> None:
    found = country_named(name, gazetteer())
    assert (found[1].id if found else None) == country
