"""Checks of the Wikidata ids of people in kg/data/roles.csv (see kg/data/SOURCES.md)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

import pytest

from kg.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_person_ids_are_wikidata_items(gaz):
    bad = {p.id: p.wikidata for p in gaz.people.values() if p.wikidata and not re.fullmatch(r"Q[1-9]\d*", p.wikidata)}
    assert bad == {}


def test_every_row_of_a_person_carries_the_same_id(gaz):
    mixed = {p.id: {r.wikidata for r in p.roles} for p in gaz.people.values() if len({r.wikidata for r in p.roles}) > 1}
    assert mixed == {}


def test_no_two_people_share_an_id(gaz):
    counts = Counter(p.wikidata for p in gaz.people.values() if p.wikidata)
    assert {q: n for q, n in counts.items() if n > 1} == {}


@pytest.mark.parametrize("country,on,expected", [
    ("USA", date(2026, 1, 1), "Q22686"),
    ("COL", date(2026, 1, 1), "Q704022"),
    ("VEN", date(2025, 12, 31), "Q58132"),
    ("VEN", date(2026, 1, 7), "Q15081116"),
    ("RUS", date(2026, 1, 1), "Q7747"),
    ("CHN", date(2026, 1, 1), "Q15031"),
    ("UKR", date(2026, 1, 1), "Q3874799"),
])
def test_heads_of_state_have_their_ids(gaz, country, on, expected):
    holders = gaz.holders(country, "head_of_state", on)
    assert [gaz.people[r.person].wikidata for r in holders] == [expected]


def test_id_of_another_leader_is_not_reused():
    # Q57413 is Alassane Ouattara (Côte d'Ivoire), once entered for Maduro by mistake.
    gaz = Gazetteer.load()
    assert gaz.actor("person/nicolas-maduro").wikidata != "Q57413"


def test_org_ids_are_wikidata_items_and_unique(gaz):
    ids = [o.wikidata for o in gaz.orgs.values() if o.wikidata]
    assert [q for q in ids if not re.fullmatch(r"Q[1-9]\d*", q)] == []
    assert {q: n for q, n in Counter(ids).items() if n > 1} == {}


def test_no_id_is_shared_between_an_org_a_country_and_a_person(gaz):
    seen: dict[str, set[str]] = {}
    for kind, table in (("org", gaz.orgs), ("country", gaz.countries), ("person", gaz.people)):
        for row in table.values():
            if row.wikidata:
                seen.setdefault(row.wikidata, set()).add(kind)
    assert {q: k for q, k in seen.items() if len(k) > 1} == {}


@pytest.mark.parametrize("org,expected", [
    # Once entered as Q161549 (European Coal and Steel Community) and Q19020 (Academy Awards).
    ("ECOWAS", "Q193272"),
    ("MERCOSUR", "Q4264"),
    ("UNHCR", "Q132551"),
    ("IAEA", "Q41984"),
])
def test_org_ids_checked_against_two_sources(gaz, org, expected):
    assert gaz.orgs[org].wikidata == expected


@pytest.mark.parametrize("country,role,on,expected", [
    ("ARG", "defence_minister", date(2025, 12, 1), "luis-petri"),
    ("ARG", "defence_minister", date(2026, 1, 7), "carlos-presti"),
    ("ARG", "foreign_minister", date(2026, 1, 7), "pablo-quirno"),
    ("MEX", "defence_minister", date(2026, 1, 7), "ricardo-trevilla-trejo"),
    ("IDN", "foreign_minister", date(2026, 1, 7), "sugiono"),
    ("ZAF", "defence_minister", date(2026, 1, 7), "angie-motshekga"),
    # 2017 onwards. Mexico: Videgaray sworn in 2017-01-04; Ebrard 2018-12-01 to his resignation on 2023-06-12; Bárcena from
    # 2023-07-03 (an acting under-secretary in between is a gap); Sandoval at SEDENA 2018-12-01 to 2024-10-01.
    ("MEX", "foreign_minister", date(2017, 1, 3), "claudia-ruiz-massieu"),
    ("MEX", "foreign_minister", date(2017, 1, 4), "luis-videgaray"),
    ("MEX", "foreign_minister", date(2020, 1, 1), "marcelo-ebrard"),
    ("MEX", "foreign_minister", date(2024, 1, 1), "alicia-barcena"),
    ("MEX", "defence_minister", date(2017, 1, 1), "salvador-cienfuegos"),
    ("MEX", "defence_minister", date(2024, 9, 30), "luis-cresencio-sandoval"),
    ("IDN", "foreign_minister", date(2017, 1, 1), "retno-marsudi"),
    ("IDN", "defence_minister", date(2019, 10, 22), "ryamizard-ryacudu"),
    ("IDN", "defence_minister", date(2019, 10, 23), "prabowo-subianto"),
    ("ARG", "foreign_minister", date(2017, 6, 12), "jorge-faurie"),
    ("ARG", "foreign_minister", date(2021, 9, 20), "santiago-cafiero"),
    ("ARG", "foreign_minister", date(2025, 1, 1), "gerardo-werthein"),
    ("ARG", "defence_minister", date(2017, 7, 17), "oscar-aguad"),
    ("ARG", "defence_minister", date(2021, 8, 10), "jorge-taiana"),
    ("ZAF", "foreign_minister", date(2018, 6, 1), "lindiwe-sisulu"),
    ("ZAF", "foreign_minister", date(2024, 7, 2), "naledi-pandor"),
    ("ZAF", "defence_minister", date(2021, 8, 5), "nosiviwe-mapisa-nqakula"),
    ("ZAF", "defence_minister", date(2022, 1, 1), "thandi-modise"),
])
def test_ministers_on_a_date(gaz, country, role, on, expected):
    assert [r.person for r in gaz.holders(country, role, on)] == [expected]


# Heads of state and government added in the 2017-onwards gap pass (kg/data/SOURCES.md, "gap pass"): a date inside
# the term resolves to the person; the first day of the successor's term does not.
@pytest.mark.parametrize("country,role,on,expected", [
    ("IRQ", "head_of_government", date(2020, 5, 6), "adel-abdul-mahdi"),
    ("IRQ", "head_of_government", date(2020, 5, 7), "mustafa-al-kadhimi"),
    ("IRQ", "head_of_state", date(2018, 10, 2), "barham-salih"),
    ("LBN", "head_of_state", date(2022, 10, 30), "michel-aoun"),
    ("LBN", "head_of_government", date(2021, 9, 10), "najib-mikati"),
    ("JOR", "head_of_government", date(2019, 1, 1), "omar-razzaz"),
    ("ARE", "head_of_state", date(2022, 5, 13), "khalifa-bin-zayed"),
    ("ARE", "head_of_state", date(2022, 5, 14), "mohamed-bin-zayed"),
    ("KWT", "head_of_government", date(2024, 4, 15), "ahmad-abdullah-al-sabah"),
    ("OMN", "head_of_state", date(2020, 1, 10), "qaboos-bin-said"),
    ("YEM", "head_of_state", date(2021, 6, 1), "abdrabbuh-mansur-hadi"),
    ("NGA", "head_of_state", date(2023, 5, 28), "muhammadu-buhari"),
    ("NGA", "head_of_state", date(2023, 5, 29), "bola-tinubu"),
    ("KEN", "head_of_state", date(2020, 1, 1), "uhuru-kenyatta"),
    ("GHA", "head_of_government", date(2024, 12, 31), "nana-akufo-addo"),
    ("ETH", "head_of_state", date(2020, 1, 1), "sahle-work-zewde"),
    ("TZA", "head_of_state", date(2021, 3, 17), "john-magufuli"),
    ("SOM", "head_of_state", date(2020, 1, 1), "mohamed-abdullahi-farmajo"),
])
def test_heads_added_for_2017_onwards(gaz, country, role, on, expected):
    assert [r.person for r in gaz.holders(country, role, on)] == [expected]


@pytest.mark.parametrize("person,outside", [
    ("mustafa-al-kadhimi", date(2022, 10, 27)),
    ("muhammadu-buhari", date(2023, 5, 29)),
    ("uhuru-kenyatta", date(2022, 9, 13)),
    ("qaboos-bin-said", date(2020, 1, 11)),
    ("john-magufuli", date(2021, 3, 19)),
])
def test_added_heads_hold_nothing_after_their_term(gaz, person, outside):
    assert gaz.roles_on(person, outside) == []


def test_ids_from_the_diet_roll(gaz):
    # everypolitician's House of Representatives term 48 table agrees with the Wikidata party-chair
    # snapshot on Abe, Takaichi, Noda and Edano; Kishida's and Kihara's ids come from the same table.
    assert gaz.actor("person/fumio-kishida").wikidata == "Q359480"
    assert gaz.actor("person/minoru-kihara").wikidata == "Q11518220"


def test_zuma_is_president_on_the_day_he_resigned(gaz):
    # Zuma resigned late on 2018-02-14 with immediate effect; Ramaphosa was elected on 2018-02-15.
    assert [r.person for r in gaz.holders("ZAF", "head_of_state", date(2018, 2, 14))] == ["jacob-zuma"]
    assert [r.person for r in gaz.holders("ZAF", "head_of_state", date(2018, 2, 15))] == ["cyril-ramaphosa"]


def test_icrc_id_is_the_committee_not_a_guess(gaz):
    # Q5987345 is the ICRC in Wikidata-derived files (part of the movement Q7178); Q71817 was never confirmed.
    assert gaz.orgs["ICRC"].wikidata == "Q5987345"


@pytest.mark.parametrize("person,expected", [
    ("naledi-pandor", "Q11043304"),
    ("angie-motshekga", "Q4763221"),
    ("luis-videgaray", "Q11689894"),
    ("felipe-sola", "Q1403237"),
])
def test_minister_ids_from_wikidata_derived_tables(gaz, person, expected):
    assert gaz.actor(f"person/{person}").wikidata == expected


# Vice presidents (kg/data/SOURCES.md, "Vice presidents"): each holds the office from the first day of the term to
# the day before it ends, and not the day before it starts or on the day it ends (end None: still in office).
@pytest.mark.parametrize("country,person,start,end", [
    ("USA", "joe-biden", date(2009, 1, 20), date(2017, 1, 20)),
    ("USA", "mike-pence", date(2017, 1, 20), date(2021, 1, 20)),
    ("USA", "kamala-harris", date(2021, 1, 20), date(2025, 1, 20)),
    ("USA", "jd-vance", date(2025, 1, 20), None),
    ("CHN", "li-yuanchao", date(2013, 3, 14), date(2018, 3, 17)),
    ("CHN", "wang-qishan", date(2018, 3, 17), date(2023, 3, 10)),
    ("CHN", "han-zheng", date(2023, 3, 10), None),
    ("IRN", "eshaq-jahangiri", date(2013, 8, 5), date(2021, 8, 3)),
    ("IRN", "mohammad-mokhber", date(2021, 8, 8), date(2024, 7, 28)),
    ("IRN", "mohammad-reza-aref", date(2024, 7, 28), None),
    ("VEN", "tareck-el-aissami", date(2017, 1, 4), date(2018, 6, 14)),
    ("VEN", "delcy-rodriguez", date(2018, 6, 14), date(2026, 1, 3)),
    ("COL", "german-vargas-lleras", date(2014, 8, 7), date(2017, 3, 21)),
    ("COL", "oscar-naranjo", date(2017, 3, 29), date(2018, 8, 7)),
    ("COL", "marta-lucia-ramirez", date(2018, 8, 7), date(2022, 8, 7)),
    ("COL", "francia-marquez", date(2022, 8, 7), None),
    ("ARG", "gabriela-michetti", date(2015, 12, 10), date(2019, 12, 10)),
    ("ARG", "cristina-fernandez-de-kirchner", date(2019, 12, 10), date(2023, 12, 10)),
    ("ARG", "victoria-villarruel", date(2023, 12, 10), None),
    ("BRA", "hamilton-mourao", date(2019, 1, 1), date(2023, 1, 1)),
    ("BRA", "geraldo-alckmin", date(2023, 1, 1), None),
    ("PHL", "leni-robredo", date(2016, 6, 30), date(2022, 6, 30)),
    ("PHL", "sara-duterte", date(2022, 6, 30), None),
    ("IDN", "jusuf-kalla", date(2014, 10, 20), date(2019, 10, 20)),
    ("IDN", "maruf-amin", date(2019, 10, 20), date(2024, 10, 20)),
    ("IDN", "gibran-rakabuming-raka", date(2024, 10, 20), None),
    ("NGA", "yemi-osinbajo", date(2015, 5, 29), date(2023, 5, 29)),
    ("NGA", "kashim-shettima", date(2023, 5, 29), None),
    ("ZAF", "cyril-ramaphosa", date(2014, 5, 26), date(2018, 2, 15)),
    ("ZAF", "david-mabuza", date(2018, 2, 27), date(2023, 3, 1)),
    ("ZAF", "paul-mashatile", date(2023, 3, 7), None),
])
def test_vice_presidents_hold_office_only_in_their_term(gaz, country, person, start, end):
    def holders(on):
        return [r.person for r in gaz.holders(country, "vice_president", on)]

    assert holders(start) == [person]
    assert person not in holders(start - timedelta(days=1))
    if end is not None:
        assert holders(end - timedelta(days=1)) == [person]
        assert person not in holders(end)


@pytest.mark.parametrize("person,expected", [
    # unitedstates/congress-legislators (executive.yaml: Pence's vice-presidential term with wikidata Q24313;
    # legislators data: Harris, bioguide H001075, Q10853588) and US cabinet tables naming Vance Q28935729.
    ("mike-pence", "Q24313"),
    ("kamala-harris", "Q10853588"),
    ("jd-vance", "Q28935729"),
    ("joe-biden", "Q6279"),
])
def test_us_vice_president_ids_from_wikidata_derived_tables(gaz, person, expected):
    assert gaz.actor(f"person/{person}").wikidata == expected
