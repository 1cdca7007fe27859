"""Threats told as promised answers: defending one's ground, not hesitating, not ruling out force, courts."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.pipeline import extract_article
from kg.model import Article


def _told(nlp, text, published):
    """(source, target, type) of the events told as done (not negated, not hypothetical)."""
    x = extract_article(nlp, Article(id="t", text=text, title="", published=published))
    return {(e.source, e.target, e.type) for e in x.events if not e.negated and not e.hypothetical}


@pytest.mark.parametrize("text,published,expected", [
    # the "not" belongs to the threat: it is neither negated nor only possible
    ("Trump said he would not rule out a military option in Venezuela.", date(2017, 8, 12),
     {("USA", "VEN", "THREATEN")}),
    ("U.S. and British jets struck Houthi targets in Yemen. Biden said he would not hesitate to order further action.",
     date(2024, 1, 12), {("USA", "HOUTHIS", "ASSAULT"), ("GBR", "HOUTHIS", "ASSAULT"), ("USA", "HOUTHIS", "THREATEN")}),
    # "his country" is the speaker's; the threat answers the deal that provoked it
    ("Somalia recalled its ambassador to Ethiopia on Tuesday over a sea access deal with Somaliland. Somalia's "
     "president said his country would defend every inch of its territory.", date(2024, 1, 3),
     {("SOM", "ETH", "SANCTION"), ("SOM", "ETH", "THREATEN")}),
    ("Venezuela said it would take Washington to international courts.", date(2019, 2, 1),
     {("VEN", "USA", "THREATEN")}),
    # taken to a court already: an accusation; the court is where, not whom
    ("Ukraine took Russia to the International Court of Justice in 2022.", date(2024, 2, 2),
     {("UKR", "RUS", "ACCUSE")}),
])
def test_promised_answers_are_threats(nlp, text, published, expected):
    assert _told(nlp, text, published) == expected


@pytest.mark.parametrize("text,published", [
    ("France said it would defend Ukraine's right to join the EU.", date(2024, 2, 2)),  # support, no threat
    ("Japan did not rule out a meeting with North Korea.", date(2024, 2, 2)),  # an opening, not force
])
def test_defending_others_and_open_doors_are_not_threats(nlp, text, published):
    assert not {k for k in _told(nlp, text, published) if k[2] == "THREATEN"}
