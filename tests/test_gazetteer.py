"""Tests of the actor gazetteer (kg/gazetteer.py) on the shipped data in kg/data/."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kg.errors import BadInput, UnknownActor
from kg.gazetteer import DATA_DIR, JOINT_OFFICES, Gazetteer, fold, load_default

# Rows of countries.csv without a Wikidata id, each with its reason (none today).
WIKIDATA_EXCEPTIONS: dict[str, str] = {}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_default()


def test_gazetteer_has_every_iso_country_once(gaz):
    # the 249 ISO 3166-1 codes, plus Kosovo under its user-assigned code XKX
    assert len(gaz.countries) == 250 and "XKX" in gaz.countries
    assert len({c.iso2 for c in gaz.countries.values()}) == 250
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in gaz.countries)
    assert sum(c.status == "un" for c in gaz.countries.values()) == 193


def test_gazetteer_countries_have_wikidata_ids(gaz):
    missing = [c.iso3 for c in gaz.countries.values()
               if not re.fullmatch(r"Q\d+", c.wikidata or "") and c.iso3 not in WIKIDATA_EXCEPTIONS]
    assert missing == []
    assert len({c.wikidata for c in gaz.countries.values()}) == 250
    assert gaz.countries["USA"].wikidata == "Q30"
    assert gaz.countries["COL"].wikidata == "Q739"
    assert gaz.countries["GRL"].wikidata == "Q223"


def test_gazetteer_un_members_have_capital_and_demonym_or_name(gaz):
    no_capital = [c.iso3 for c in gaz.countries.values() if c.status == "un" and not c.metonyms]
    # Monaco and Singapore are city-states; the Seychelles' "Victoria" is left out as too ambiguous.
    assert sorted(no_capital) == ["MCO", "SGP", "SYC"]
    assert sum(bool(c.demonyms) for c in gaz.countries.values() if c.status == "un") >= 190


@pytest.mark.parametrize("office", ["head_of_state", "head_of_government"])
def test_gazetteer_every_un_member_has_office_holder_on_2026_01_01(gaz, office):
    on = date(2026, 1, 1)
    missing = [iso for iso, c in gaz.countries.items() if c.status == "un" and not gaz.holders(iso, office, on)]
    assert missing == []


def test_gazetteer_office_intervals_never_overlap(gaz):
    by_office: dict[tuple[str, str], list] = {}
    for role in gaz.all_roles():
        by_office.setdefault((role.country, role.role), []).append(role)
    overlaps = []
    for office, roles in by_office.items():
        if office in JOINT_OFFICES:
            continue
        roles.sort(key=lambda r: r.start)
        for a, b in zip(roles, roles[1:]):
            if a.end is None or a.end > b.start:
                overlaps.append((office, a.person, b.person))
    assert overlaps == []
    assert all(r.end is None or r.end > r.start for r in gaz.all_roles())


@pytest.mark.parametrize("on,role", [
    (date(2026, 1, 7), "head_of_state"),
    (date(2019, 5, 1), "head_of_state"),
    (date(2022, 3, 1), None),
])
def test_gazetteer_trump_by_date(gaz, on, role):
    best = gaz.resolve("Trump", on)[0]
    assert best.id == "person/donald-trump"
    assert best.country == "USA"
    assert best.role == role
    assert best.wikidata == "Q22686"
    assert gaz.country_of(best, on) == "USA"


def test_gazetteer_us_presidents_hand_over_on_inauguration_day(gaz):
    assert [r.person for r in gaz.holders("USA", "head_of_state", date(2021, 1, 20))] == ["joe-biden"]
    assert [r.person for r in gaz.holders("USA", "head_of_state", date(2025, 1, 20))] == ["donald-trump"]


@pytest.mark.parametrize("on,person", [
    (date(2025, 12, 31), "nicolas-maduro"),
    (date(2026, 1, 2), "nicolas-maduro"),
    (date(2026, 1, 3), "delcy-rodriguez"),
    (date(2026, 1, 7), "delcy-rodriguez"),
])
def test_gazetteer_venezuela_head_of_state_around_2026_01_03(gaz, on, person):
    assert [r.person for r in gaz.holders("VEN", "head_of_state", on)] == [person]


def test_gazetteer_former_leader_keeps_country(gaz):
    maduro = gaz.actor("person/nicolas-maduro", date(2026, 1, 7))
    assert (maduro.country, maduro.role) == ("VEN", None)


@pytest.mark.parametrize("name,on,country,role", [
    ("Vance", date(2025, 6, 1), "USA", "vice_president"),
    ("JD Vance", date(2024, 6, 1), "USA", None),  # a senator then: no office in the gazetteer
    ("Pence", date(2018, 1, 1), "USA", "vice_president"),
    ("Biden", date(2015, 1, 1), "USA", "vice_president"),
    ("Biden", date(2022, 1, 1), "USA", "head_of_state"),
    ("Delcy Rodríguez", date(2025, 6, 1), "VEN", "vice_president"),
    ("Delcy Rodríguez", date(2026, 1, 7), "VEN", "head_of_state"),
    ("Mokhber", date(2023, 1, 1), "IRN", "vice_president"),
    ("Mokhber", date(2024, 6, 1), "IRN", "head_of_government"),  # acting president and still first VP
    ("Aref", date(2025, 6, 1), "IRN", "vice_president"),
])
def test_gazetteer_vice_presidents_by_date(gaz, name, on, country, role):
    best = gaz.resolve(name, on)[0]
    assert (best.country, best.role) == (country, role)


@pytest.mark.parametrize("country,on,president,vice", [
    ("USA", date(2025, 6, 1), "donald-trump", "jd-vance"),
    ("CHN", date(2025, 6, 1), "xi-jinping", "han-zheng"),
    ("VEN", date(2025, 6, 1), "nicolas-maduro", "delcy-rodriguez"),
    ("BRA", date(2025, 6, 1), "lula-da-silva", "geraldo-alckmin"),
])
def test_gazetteer_a_vice_president_is_not_the_head_of_state(gaz, country, on, president, vice):
    assert [r.person for r in gaz.holders(country, "head_of_state", on)] == [president]
    assert [r.person for r in gaz.holders(country, "vice_president", on)] == [vice]
    assert gaz.actor(f"person/{vice}", on).role == "vice_president"


@pytest.mark.parametrize("name,actor_id", [
    ("U.S.", "country/USA"),
    ("the States", "country/USA"),
    ("Washington", "country/USA"),
    ("the White House", "country/USA"),
    ("the Kremlin", "country/RUS"),
    ("Downing Street", "country/GBR"),
    ("Zhongnanhai", "country/CHN"),
    ("the Élysée", "country/FRA"),
    ("Colombian", "country/COL"),
    ("Danish", "country/DNK"),
    ("Britain", "country/GBR"),
    ("Turkey", "country/TUR"),
    ("Burma", "country/MMR"),
    ("NATO", "org/NATO"),
    ("Arab League", "org/LAS"),
    ("World Economic Forum", "org/WEF"),
    ("Hamas", "group/HAMAS"),
    ("Ansar Allah", "group/HOUTHIS"),
    ("Zelenskyy", "person/volodymyr-zelensky"),
    ("MBS", "person/mohammed-bin-salman"),
    ("Erdogan", "person/recep-tayyip-erdogan"),
])
def test_gazetteer_resolves_aliases(gaz, name, actor_id):
    assert gaz.resolve(name, date(2026, 1, 7))[0].id == actor_id


def test_gazetteer_names_are_accent_and_case_insensitive(gaz):
    assert gaz.resolve("Bogota") == gaz.resolve("Bogotá") == gaz.resolve("BOGOTÁ")
    assert gaz.resolve("Bogota")[0].id == "country/COL"
    assert fold("the  Élysée's") == "elysee"


def test_gazetteer_acronyms_match_only_in_capitals(gaz):
    assert gaz.resolve("WHO")[0].id == "org/WHO"
    assert gaz.resolve("who") == []
    assert gaz.resolve("us") == []


def test_gazetteer_person_role_changes_with_date(gaz):
    petro = gaz.resolve("Petro", date(2026, 1, 7))[0]
    assert (petro.country, petro.role) == ("COL", "head_of_state")
    assert gaz.resolve("Petro", date(2020, 1, 1))[0].role is None
    rubio_roles = {r.role for r in gaz.roles_on("person/marco-rubio", date(2026, 1, 7))}
    assert rubio_roles == {"foreign_minister"}


def test_gazetteer_context_breaks_ties(tmp_path):
    data = tmp_path
    (data / "countries.csv").write_text(
        "iso3,iso2,name,wikidata,aliases,demonyms,metonyms,status\n"
        "AAA,AA,Aland,Q1,,,,un\nBBB,BB,Bland,Q2,,,,un\n", encoding="utf-8")
    (data / "orgs.csv").write_text("id,kind,name,wikidata,aliases\n", encoding="utf-8")
    (data / "roles.csv").write_text(
        "person,name,aliases,role,country,start,end,wikidata\n"
        "ann-kim,Ann Kim,Kim,head_of_state,AAA,2020-01-01,,\n"
        "bo-kim,Bo Kim,Kim,head_of_state,BBB,2020-01-01,,\n", encoding="utf-8")
    gaz = Gazetteer.load(data)
    on = date(2024, 1, 1)
    assert [a.code for a in gaz.resolve("Kim", on)] == ["ann-kim", "bo-kim"]
    assert [a.code for a in gaz.resolve("Kim", on, context={"BBB"})] == ["bo-kim", "ann-kim"]


def test_gazetteer_rejects_bad_rows(tmp_path):
    (tmp_path / "countries.csv").write_text(
        "iso3,iso2,name,wikidata,aliases,demonyms,metonyms,status\nAAA,AA,Aland,Q1,,,,un\n", encoding="utf-8")
    (tmp_path / "orgs.csv").write_text("id,kind,name,wikidata,aliases\n", encoding="utf-8")
    (tmp_path / "roles.csv").write_text(
        "person,name,aliases,role,country,start,end,wikidata\nx,X,,king,AAA,2020-01-01,,\n", encoding="utf-8")
    with pytest.raises(BadInput, match="roles.csv line 2: role 'king'"):
        Gazetteer.load(tmp_path)


def test_gazetteer_rejects_a_territory_of_an_unknown_state(tmp_path):
    (tmp_path / "countries.csv").write_text(
        "iso3,iso2,name,wikidata,aliases,demonyms,metonyms,status\nAAA,AA,Aland,Q1,,,,un\n", encoding="utf-8")
    (tmp_path / "orgs.csv").write_text("id,kind,name,wikidata,aliases\n", encoding="utf-8")
    (tmp_path / "roles.csv").write_text("person,name,aliases,role,country,start,end,wikidata\n", encoding="utf-8")
    (tmp_path / "territories.csv").write_text("iso3,sovereign\nAAA,ZZZ\n", encoding="utf-8")
    with pytest.raises(BadInput, match="territories.csv line 2: AAA or ZZZ is not in countries.csv"):
        Gazetteer.load(tmp_path)


@pytest.mark.parametrize("actor_id,hint", [
    ("country/USAA", "country/USA"),
    ("org/NATOO", "org/NATO"),
    ("person/donald-trum", "person/donald-trump"),
])
def test_gazetteer_unknown_actor_suggests(gaz, actor_id, hint):
    with pytest.raises(UnknownActor) as err:
        gaz.actor(actor_id)
    assert f"Unknown actor '{actor_id}'" in err.value.detail
    assert f"did you mean '{hint}'" in err.value.detail
    assert err.value.status == 404


def test_gazetteer_surface_forms_cover_labels(gaz):
    forms = gaz.surface_forms()
    labels = {label for _, label, _ in forms}
    assert labels == {"COUNTRY", "DEMONYM", "METONYM", "ORG", "GROUP", "PERSON"}
    assert ("Foggy Bottom", "METONYM", "country/USA") in forms
    assert ("Taliban", "GROUP", "group/TALIBAN") in forms


def test_gazetteer_person_aliases_are_unambiguous(gaz):
    owners: dict[str, set[str]] = {}
    for text, label, actor_id in gaz.surface_forms():
        owners.setdefault(fold(text), set()).add(actor_id)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_territories_and_the_states_that_run_their_foreign_relations():
    gaz = load_default()
    assert len(gaz.sovereigns) == 49 and set(gaz.sovereigns.values()) <= set(gaz.countries)
    assert gaz.domestic("FLK", "GBR") and gaz.domestic("GBR", "FLK") and gaz.domestic("HKG", "CHN")
    assert not gaz.domestic("HKG", "GBR") and not gaz.domestic("TWN", "CHN") and not gaz.domestic("COK", "NZL")


def test_military_rule_is_dated_and_juntas_csv_names_known_states():
    g = load_default()
    assert g.military_rule("NER", date(2023, 9, 25)) and not g.military_rule("NER", date(2023, 7, 25))
    assert g.military_rule("GAB", date(2024, 6, 1)) and not g.military_rule("GAB", date(2025, 5, 3))  # elected
    assert not g.military_rule("NER", None)  # no date, no guess
    assert all(code in g.countries for code in g.juntas)


def test_a_junta_row_without_a_start_is_refused(tmp_path):
    for name in ("countries.csv", "orgs.csv", "roles.csv"):
        (tmp_path / name).write_text((DATA_DIR / name).read_text("utf-8"), "utf-8")
    (tmp_path / "juntas.csv").write_text("iso3,start,end,note\nNER,,,missing start\n", "utf-8")
    with pytest.raises(BadInput, match="juntas.csv line 2"):
        Gazetteer.load(tmp_path)
