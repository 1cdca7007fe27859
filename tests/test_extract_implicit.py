"""Acts told by pointing back at earlier ones: 'followed suit', 'similar measures', 'did the same'."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.pipeline import extract_article
from kg.model import Article

ON = date(2023, 6, 1)


def _told(nlp, text, published=ON):
    """(source, target, type) of the events told as done (not negated, not hypothetical)."""
    x = extract_article(nlp, Article(id="t", text=text, title="", published=published))
    return {(e.source, e.target, e.type) for e in x.events if not e.negated and not e.hypothetical}


@pytest.mark.parametrize("text,expected", [
    # a third party copies the act and its target
    ("The United States imposed sanctions on Nicaragua on Friday. Canada and Britain announced similar measures "
     "the same day.", {("USA", "NIC", "SANCTION"), ("CAN", "NIC", "SANCTION"), ("GBR", "NIC", "SANCTION")}),
    ("The United States imposed sanctions on Nicaragua on Friday. Canada imposed similar sanctions.",
     {("USA", "NIC", "SANCTION"), ("CAN", "NIC", "SANCTION")}),
    ("Poland expelled two Russian diplomats on Monday. The Czech Republic followed suit.",
     {("POL", "RUS", "SANCTION"), ("CZE", "RUS", "SANCTION")}),
    ("Japan sent aid to Turkey. South Korea did the same.", {("JPN", "TUR", "AID"), ("KOR", "TUR", "AID")}),
    # the one hit replies in kind
    ("China imposed tariffs on Australian barley. Australia imposed similar tariffs.",
     {("CHN", "AUS", "SANCTION"), ("AUS", "CHN", "SANCTION")}),
])
def test_an_act_told_as_the_same_again(nlp, text, expected):
    assert _told(nlp, text) == expected


def test_an_echo_with_nothing_before_it_is_nothing(nlp):
    assert _told(nlp, "Canada announced similar measures on Friday.") == set()


def test_an_echo_that_may_come_is_hypothetical(nlp):
    x = extract_article(nlp, Article(id="t", title="", published=ON, text=(
        "Poland expelled two Russian diplomats on Monday. The Czech Republic is expected to follow suit.")))
    assert {(e.source, e.target, e.type, e.hypothetical) for e in x.events if e.source == "CZE"} == \
        {("CZE", "RUS", "SANCTION", True)}
