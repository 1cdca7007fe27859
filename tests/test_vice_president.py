"""Vice presidents in text: the title, the gazetteer's office holders and the events they take part in."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.pipeline import extract_article
from kg.model import Article


def _extract(nlp, text, published):
    return extract_article(nlp, Article(id="t", text=text, title="", published=published))


def test_vice_president_vance_acts_for_the_usa(nlp):
    x = _extract(nlp, "Vice President Vance met Indian Prime Minister Narendra Modi in New Delhi on Monday.",
                 date(2025, 4, 22))
    vance = next(a for a in x.actors if a.id == "person/jd-vance")
    assert (vance.country, vance.role) == ("USA", "vice_president")


def test_vice_president_meeting_is_a_consult_with_vance_as_source(nlp):
    x = _extract(nlp, "Vice President JD Vance met Indian Prime Minister Narendra Modi in New Delhi on Monday.",
                 date(2025, 4, 22))
    [event] = [e for e in x.events if e.type == "CONSULT"]
    assert (event.source, event.target, event.source_actor) == ("USA", "IND", "person/jd-vance")


def test_country_and_vice_president_title_give_the_dyad(nlp):
    x = _extract(nlp, "U.S. Vice President JD Vance met Indian Prime Minister Narendra Modi in New Delhi on Monday.",
                 date(2025, 4, 22))
    assert {(e.source, e.target, e.type) for e in x.events} == {("USA", "IND", "CONSULT")}


@pytest.mark.parametrize("text,published,role", [
    ("Colombian Vice President Francia Márquez met Venezuelan President Nicolás Maduro in Caracas on Tuesday.",
     date(2023, 5, 2), ("Francia Márquez", "vice_president", "COL")),
    ("South Africa's Deputy President Paul Mashatile visited China on Monday.",
     date(2024, 3, 1), ("Paul Mashatile", "vice_president", "ZAF")),
    ("Iran's First Vice President Mohammad Reza Aref met Russian President Vladimir Putin in Moscow.",
     date(2025, 3, 1), ("Mohammad Reza Aref", "vice_president", "IRN")),
])
def test_vice_president_titles_are_learned_as_roles(nlp, text, published, role):
    x = _extract(nlp, text, published)
    assert role in {(r["name"], r["role"], r["country"]) for r in x.roles}


@pytest.mark.parametrize("published,expected", [
    (date(2018, 10, 4), {("USA", "CHN", "ACCUSE")}),
    (date(2023, 5, 1), set()),  # a former vice president speaks for himself
])
def test_vice_presidents_are_resolved_on_the_article_date(nlp, published, expected):
    x = _extract(nlp, "Pence criticised China on Monday.", published)
    assert {(e.source, e.target, e.type) for e in x.events if not e.negated} == expected


def test_the_vice_president_is_the_vice_president_named_before_not_the_president(nlp):
    x = _extract(nlp, "Vice President JD Vance met Indian Prime Minister Narendra Modi in New Delhi. President "
                 "Donald Trump imposed tariffs on Canada. The vice president later visited Pakistan.", date(2025, 4, 22))
    [visit] = [e for e in x.events if (e.source, e.target) == ("USA", "PAK")]
    assert visit.source_actor == "person/jd-vance"


def test_he_after_an_unnamed_vice_president_is_not_the_last_person_named(nlp):
    x = _extract(nlp, "President Trump imposed tariffs on Canada on Monday. The vice president said he would visit "
                 "China.", date(2025, 3, 1))
    assert {(e.source, e.target, e.type) for e in x.events} == {("USA", "CAN", "SANCTION")}


def test_a_company_vice_president_acts_for_no_state(nlp):
    x = _extract(nlp, "The United States imposed tariffs on the EU. Google vice president Kent Walker criticised the "
                 "European Union.", date(2025, 3, 1))
    assert {(e.source, e.target, e.type) for e in x.events} == {("USA", "EU", "SANCTION")}
