"""Event extraction on real text: actors, who did what to whom, modality, dates, bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kg.extract.dates import resolve_date
from kg.extract.pipeline import extract_article, extract_articles, is_english, sentence_case
from kg.model import Article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000-trump-petro-call.md"


def _unordered(keys):
    """(source, target, type) keys with the pair sorted for the symmetric types, as the scorer does."""
    return {(min(a, b), max(a, b), t) if t in ("CONSULT", "AGREE", "COOPERATE") else (a, b, t) for a, b, t in keys}


def _coded(got) -> set:
    """The (source, target, type) keys of events that were not negated."""
    return {k for k, e in got.items() if not e.negated}


def _events(nlp, text, published=date(2025, 6, 4), title=""):
    x = extract_article(nlp, Article(id="t", text=text, title=title, published=published))
    return {(e.source, e.target, e.type): e for e in x.events}, x


@pytest.mark.parametrize("text,expected", [
    ("They spoke on Wednesday afternoon.", ("2026-01-07", "day")),
    ("On Sunday, he called him a sick man.", ("2026-01-04", "day")),
    ("His remarks earlier this week drew fire.", ("2026-01-05", "week")),
    ("Relations worsened in October.", ("2025-10", "month")),
    ("Since September, it has conducted 30 operations.", ("2025-09", "month")),
    ("They met last year.", ("2025", "year")),
    ("They met on Jan. 3.", ("2026-01-03", "day")),
    ("They met on 12 March 2019.", ("2019-03-12", "day")),
    ("No date here.", ("2026-01-07", "reported")),
])
def test_dates_resolve_relative_to_published(text, expected):
    assert resolve_date(text, date(2026, 1, 7)) == expected


def test_dates_without_published_date_are_unknown():
    assert resolve_date("They met on Wednesday.", None) == (None, "unknown")


def test_sentence_case_keeps_names_and_length():
    title = "Spain Criticizes U.S. Raid on Venezuela"
    out = sentence_case(title, {0, title.index("Venezuela")})
    assert out == "Spain criticizes U.S. raid on Venezuela" and len(out) == len(title)


def test_seed_article_events(nlp):
    from kg.articles import read_path

    article = next(iter(read_path(SEED)))
    x = extract_article(nlp, article)
    got = {(e.source, e.target, e.type): e for e in x.events if not e.negated and not e.hypothetical}
    call = got.get(("USA", "COL", "CONSULT")) or got.get(("COL", "USA", "CONSULT"))
    assert call is not None and call.mode == "phone"
    assert (call.date, call.date_precision) == ("2026-01-07", "day")
    assert len(call.evidence) >= 1  # the call is reported in several sentences, kept once
    sanction = got[("USA", "COL", "SANCTION")]
    assert (sanction.date, sanction.date_precision) == ("2025-10", "month")
    assert ("USA", "COL", "ACCUSE") in got and ("COL", "USA", "REJECT") in got
    accuse = got[("USA", "COL", "ACCUSE")]  # "Trump has repeatedly accused", "accusing him of": not "explained
    told = [accuse.sentence] + [ev["sentence"] for ev in accuse.evidence]  # concerns", "intensifying concerns"
    assert told[0].startswith("Trump has repeatedly accused") and all("accus" in t for t in told)
    assert ("COL", "USA", "ACCUSE") in got  # Petro criticised U.S. strikes
    assert ("COL", "USA", "REQUEST") in got  # "he requested a renewed dialogue": he is Petro, who spoke
    assert ("USA", "COL", "SUPPORT") in got  # "Trump noted he appreciated Petro's tone"
    planned = [e for e in x.events if e.type == "CONSULT" and e.hypothetical]
    assert len(planned) == 1 and {planned[0].source, planned[0].target} == {"USA", "COL"}  # the potential meeting
    assert call.hypothetical is False
    for e in x.events:
        assert article.full_text[e.start:e.end].strip() == e.sentence
    labels = {a.label for a in x.actors}
    assert {"USA", "COL", "Donald Trump|USA", "Gustavo Petro|COL"} <= labels


def test_passive_sanctions_find_the_agent(nlp):
    got, _ = _events(nlp, "Sanctions were imposed on Iran by the United States on Monday.")
    assert set(got) == {("USA", "IRN", "SANCTION")}
    assert got[("USA", "IRN", "SANCTION")].date == "2025-06-02"


def test_list_of_targets_expands(nlp):
    got, _ = _events(nlp, "The European Union imposed sanctions on Iran, Syria and Cuba.")
    assert set(got) == {("EU", c, "SANCTION") for c in ("IRN", "SYR", "CUB")}


def test_negation_is_flagged(nlp):
    got, _ = _events(nlp, "Russia did not attack Ukraine on Tuesday, the Kremlin said.")
    assert got[("RUS", "UKR", "ASSAULT")].negated


def test_future_visit_is_hypothetical(nlp):
    got, _ = _events(nlp, "French President Emmanuel Macron will visit Beijing next month.")
    assert got[("FRA", "CHN", "CONSULT")].hypothetical


def test_threat_content_is_not_an_event(nlp):
    got, _ = _events(nlp, "Pakistan threatened to break off diplomatic relations with Congo.")  # bare "Congo" is the DRC
    assert set(got) == {("PAK", "COD", "THREATEN")}


@pytest.mark.parametrize("published,expected", [
    (date(2026, 1, 9), {("USA", "COL", "ACCUSE")}),
    (date(2022, 3, 1), set()),  # a former president speaks for himself, not for the USA
])
def test_leaders_are_resolved_on_the_article_date(nlp, published, expected):
    got, _ = _events(nlp, "Trump criticized Petro on Monday.", published=published)
    assert set(got) == expected


def test_domestic_criticism_is_not_an_edge(nlp):
    got, _ = _events(nlp, "The Colombian Senate criticized President Petro over the budget.", date(2025, 6, 4))
    assert got == {}


def test_nominal_dyad_compound(nlp):
    got, _ = _events(nlp, "The Trump–Petro call lasted an hour.", date(2026, 1, 8))
    assert set(got) == {("USA", "COL", "CONSULT")}


@pytest.mark.parametrize("text,expected", [
    ("ECOWAS imposed sanctions on Mali on Sunday.", ("ECOWAS", "MLI", "SANCTION")),
    ("The West African bloc ECOWAS imposed sanctions on Niger on Sunday.", ("ECOWAS", "NER", "SANCTION")),
    ("IAEA criticised Iran on Monday for blocking its inspectors.", ("IAEA", "IRN", "ACCUSE")),
])
def test_an_acronym_ending_like_a_word_stays_a_name(nlp, text, expected):
    """"ECOWAS" ends in "WAS": the small model would read it as a verb without the vocabulary fix."""
    got, _ = _events(nlp, text, date(2023, 8, 14))
    assert set(got) == {expected}


def test_headline_in_title_case(nlp):
    got, _ = _events(nlp, "", published=None,
                     title="Spain Criticizes U.S. Raid on Venezuela’s Maduro, Warns of Dangerous International Precedent")
    assert {("ESP", "USA", "ACCUSE"), ("USA", "VEN", "ASSAULT")} <= set(got)


def test_roles_stated_in_text_are_learned(nlp):
    _, x = _events(nlp, "Ruritanian President Jan Novak met Colombian President Gustavo Petro.", date(2026, 1, 8))
    roles = {(r["name"], r["role"], r["country"]) for r in x.roles}
    assert ("Gustavo Petro", "head_of_state", "COL") in roles


@pytest.mark.parametrize("text,warning", [
    ("", "empty"),
    ("   \n  ", "empty"),
    ("La Commission européenne a annoncé de nouvelles sanctions contre la Russie, selon un "
     "communiqué publié mardi à Bruxelles par les services de la présidente.", "not English"),
])
def test_bad_text_gives_a_warning_and_no_events(nlp, text, warning):
    x = extract_article(nlp, Article(id="t", text=text, published=date(2025, 1, 1)))
    assert x.events == [] and any(warning in w for w in x.warnings)


def test_no_date_is_flagged_not_invented(nlp):
    x = extract_article(nlp, Article(id="t", text="Japan and South Korea held talks on Friday."))
    assert any("no published date" in w for w in x.warnings)
    assert all(e.date is None and e.date_precision == "unknown" for e in x.events)


def test_is_english():
    assert is_english("Trump Proposes $1.5 Trillion U.S. Military Budget for 2027")
    assert not is_english("Der Bundeskanzler hat mit dem Präsidenten über die Lage in der Ukraine "
                          "gesprochen und die Unterstützung für das Land ist nicht verhandelbar, "
                          "sagte er in Berlin vor den Journalisten des Landes und der Presse.")


def test_long_article_is_split_and_offsets_hold(nlp):
    para = "Germany and France held talks in Berlin on Monday. " * 40 + "\n"
    text = para * 60  # ~120k characters: more than one part
    article = Article(id="long", text=text, published=date(2025, 3, 5))
    x = extract_article(nlp, article)
    assert any("parsed in" in w for w in x.warnings)
    assert len(x.events) == 1
    e = x.events[0]
    assert article.full_text[e.start:e.end].strip() == e.sentence


def test_workers_give_the_same_result(nlp):
    arts = [Article(id=f"a{i}", text=t, published=date(2025, 6, 4)) for i, t in enumerate([
        "The European Union imposed sanctions on Iran, Syria and Cuba.",
        "Sanctions were imposed on Iran by the United States on Monday.",
        "China warned Japan against interfering in Taiwan.",
    ])]
    one = [x.to_json() for x in extract_articles(nlp, arts, workers=1)]
    two = [x.to_json() for x in extract_articles(nlp, arts, workers=2)]
    assert one == two and [x["id"] for x in one] == ["a0", "a1", "a2"]


@pytest.mark.parametrize("text,expected", [
    # a demand reported as what another must do; the cooperation asked for is not an event
    ("The German chancellor said on Monday that Serbia must hand over the suspects to Croatia.",
     {("DEU", "SRB", "REQUEST")}),
    # a step held over another's head is a threat
    ("Norway will suspend its aid to Malawi unless the government holds elections.",
     {("NOR", "MWI", "THREATEN")}),
    # promised cooperation is an agreement (PLOVER AGREE)
    ("Canada said it would support Ghana's bid for a seat on the council.", {("CAN", "GHA", "AGREE")}),
    # recalling an ambassador reduces relations; "for consultations" is no meeting
    ("Peru recalled its ambassador from Bolivia for consultations.", {("PER", "BOL", "SANCTION")}),
    # fighting between two sides: each hits the other
    ("Fighting between Armenia and Azerbaijan broke out again on Tuesday.",
     {("ARM", "AZE", "ASSAULT"), ("AZE", "ARM", "ASSAULT")}),
    # expressed concern is disapproval
    ("Japan expressed concern about North Korea.", {("JPN", "PRK", "ACCUSE")}),
])
def test_speech_promises_and_relations(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


def test_he_in_a_reported_clause_is_the_speaker(nlp):
    text = ("Trump spoke with Petro on Tuesday. Petro said he requested a renewed dialogue between "
            "Washington and Bogotá.")
    got, _ = _events(nlp, text, published=date(2026, 1, 7))
    assert ("COL", "USA", "REQUEST") in got
    assert ("USA", "COL", "REQUEST") not in got


@pytest.mark.parametrize("text,published,expected", [
    # a relative clause's subject is the noun it hangs from, not that noun's conjuncts
    ("Oman, which hosted the talks between Iran and the United States, and Egypt called for calm.",
     date(2025, 6, 4), {("OMN", "IRN", "CONSULT"), ("OMN", "USA", "CONSULT"), ("IRN", "USA", "CONSULT")}),
    # "the junta" is the country just named
    ("Soldiers seized power in Guinea last year. The junta expelled the French ambassador on Monday.",
     date(2025, 6, 4), {("GIN", "FRA", "SANCTION")}),
    # a former president's country names an office once held
    ("Former U.S. president Barack Obama criticised Brazil on Monday.", date(2025, 6, 4), set()),
    # promising to hit back is a threat, not an agreement
    ("Moscow promised to retaliate against Washington.", date(2025, 6, 4), {("RUS", "USA", "THREATEN")}),
    # declining to comment is no rejection
    ("Ecuador's government declined to comment on the dispute with Peru.", date(2025, 6, 4), set()),
])
def test_arguments_in_context(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    pairs = {k for k, e in got.items() if not e.negated and not e.hypothetical}
    assert _unordered(pairs) == _unordered(expected)


def test_a_rejection_with_no_one_named_answers_the_accuser(nlp):
    text = "Canada accused India of plotting the killing. New Delhi rejected the claims as absurd."
    got, _ = _events(nlp, text)
    assert ("CAN", "IND", "ACCUSE") in got and ("IND", "CAN", "REJECT") in got


@pytest.mark.parametrize("text,expected", [
    ("Beijing retaliated with tariffs on American soybeans.", {("CHN", "USA", "SANCTION")}),
    ("South Korea and the United States began joint military drills on Monday.", {("KOR", "USA", "COOPERATE")}),
    ("Indian and Chinese troops clashed along their disputed border.",
     {("IND", "CHN", "ASSAULT"), ("CHN", "IND", "ASSAULT")}),
    ("The Netherlands extradited a Russian suspect to the United States.", {("NLD", "USA", "COOPERATE")}),
    ("The Taliban detained two British nationals in Kabul.", {("TALIBAN", "GBR", "COERCE")}),
    ("Niger's junta ordered French troops to leave the country.", {("NER", "FRA", "SANCTION")}),
    ("France and Britain urged Rwanda to stop supporting the rebels.", {("FRA", "RWA", "REQUEST"), ("GBR", "RWA", "REQUEST")}),
])
def test_instruments_joint_action_and_framing_verbs(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Moscow said Ukrainian forces had shelled the Zaporizhzhia nuclear plant.", {("RUS", "UKR", "ACCUSE")}),
    ("The U.S. raid on Venezuela drew condemnation from Mexico and Brazil.",
     {("USA", "VEN", "ASSAULT"), ("MEX", "USA", "ACCUSE"), ("BRA", "USA", "ACCUSE")}),
    ("Lebanon filed a complaint with the UN Security Council against Israel.", {("LBN", "ISR", "ACCUSE")}),
    ("Venezuela expelled the diplomats of seven Latin American countries.", set()),
])
def test_reactions_and_accusations(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("China imposed export controls on gallium on Tuesday. Washington condemned the move as coercive.",
     {("USA", "CHN", "ACCUSE")}),
    ("Nigeria and Ghana signed an agreement on energy. The deal was welcomed by the African Union.",
     {("NGA", "GHA", "AGREE"), ("AU", "NGA", "SUPPORT"), ("AU", "GHA", "SUPPORT")}),
    ("Iran launched missiles at Israel on Tuesday. Israel vowed to respond.",
     {("IRN", "ISR", "ASSAULT"), ("ISR", "IRN", "THREATEN")}),
    ("Russia and China held joint naval exercises in the Sea of Japan.", {("RUS", "CHN", "COOPERATE")}),
    ("Ukraine received the first F-16 fighter jets from Denmark and the Netherlands.",
     {("DNK", "UKR", "AID"), ("NLD", "UKR", "AID")}),
    ("Kenya's president hosted his Ugandan counterpart in Nairobi. The two leaders agreed to build a railway.",
     {("KEN", "UGA", "CONSULT"), ("KEN", "UGA", "AGREE")}),
])
def test_references_back_to_events_and_actors(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _unordered(_coded(got)) == _unordered(expected)


@pytest.mark.parametrize("title,expected", [
    ("Russia, Ukraine Swap Hundreds of Prisoners", {("RUS", "UKR", "RETREAT"), ("UKR", "RUS", "RETREAT")}),
    ("NATO Condemns Russian Drone Incursion Into Poland", {("NATO", "RUS", "ACCUSE"), ("RUS", "POL", "ASSAULT")}),
    ("Macron Calls Xi to Discuss Ukraine", {("FRA", "CHN", "CONSULT")}),
    ("China Sanctions U.S. Defense Firms Over Taiwan Arms Sales", {("CHN", "USA", "SANCTION")}),
])
def test_headlines_in_title_case(nlp, title, expected):
    got, _ = _events(nlp, "", title=title)
    assert _coded(got) == expected


def test_a_host_of_a_signing_ceremony_consults_the_signatories(nlp):
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace "
            "agreement on Friday, in a ceremony hosted by U.S. President Donald Trump.")
    got, _ = _events(nlp, text, published=date(2025, 8, 9))
    assert {("ARM", "AZE", "AGREE"), ("USA", "ARM", "CONSULT"), ("USA", "AZE", "CONSULT")} <= set(got)


def test_an_act_judged_in_reported_speech(nlp):
    text = ("The European Union approved new sanctions against Russia on Friday. The Kremlin said the sanctions "
            "were illegal. Kyiv welcomed the decision.")
    got, _ = _events(nlp, text)
    assert {("EU", "RUS", "SANCTION"), ("RUS", "EU", "ACCUSE"), ("UKR", "EU", "SUPPORT")} <= set(got)


def test_the_two_neighbours_are_the_two_countries_in_dispute(nlp):
    text = ("India suspended a water treaty with Pakistan on Wednesday. China called for restraint. "
            "Saudi Arabia offered to mediate between the two neighbours.")
    got, _ = _events(nlp, text)
    assert {("SAU", "IND", "AGREE"), ("SAU", "PAK", "AGREE")} <= set(got)
    assert ("SAU", "CHN", "AGREE") not in got


@pytest.mark.parametrize("text,expected", [
    ("Rwanda said Congo was working with a militia that threatened its security.", {("RWA", "COD", "ACCUSE")}),
    ("Washington said Petro had allowed drug cartels to flourish.", {("USA", "COL", "ACCUSE")}),
    ("Seoul said Pyongyang had not violated the agreement.", set()),
])
def test_wrongs_reported_of_another_are_accusations(nlp, text, expected):
    got, _ = _events(nlp, text, published=date(2025, 10, 1))
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Serbia agreed to recognise Kosovo's passports.", {("SRB", "XKX", "AGREE")}),
    ("Thailand declared a unilateral ceasefire along its border with Cambodia.", {("THA", "KHM", "CONCEDE")}),
    ("Russia deployed warships to the Mediterranean near Syria.", {("RUS", "SYR", "MOBILIZE")}),
    ("North Korea moved missile launchers close to its border with South Korea.", {("PRK", "KOR", "MOBILIZE")}),
    ("China staged military drills around Taiwan on Saturday.", {("CHN", "TWN", "MOBILIZE")}),
    ("Germany donated 200 ambulances to Ukraine.", {("DEU", "UKR", "AID")}),
])
def test_concessions_shows_of_force_and_aid(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Moscow threatened to halt the talks if the United States deployed new missiles in Europe.",
     {("RUS", "USA", "THREATEN")}),
    ("Israel is opposed to French mediation in the talks.", {("ISR", "FRA", "REJECT")}),
    ("Pakistan refused to deploy peacekeepers in Iraq.", {("PAK", "IRQ", "REJECT")}),
    ("Kabul rejected a fresh offer from Islamabad.", {("AFG", "PAK", "REJECT")}),
    ("Israel has reinforced its troops in Lebanon.", {("ISR", "LBN", "MOBILIZE")}),
])
def test_conditions_opposition_and_offers(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Officials from Sudan's army and the Rapid Support Forces met in Jeddah for US-Saudi brokered talks.",
     {("SDN", "RSF", "CONSULT"), ("USA", "SDN", "CONSULT"), ("USA", "RSF", "CONSULT"),
      ("SAU", "SDN", "CONSULT"), ("SAU", "RSF", "CONSULT")}),
    ("Tehran and Riyadh exchanged ambassadors for the first time in seven years.",
     {("IRN", "SAU", "SUPPORT"), ("SAU", "IRN", "SUPPORT")}),
])
def test_brokered_talks_and_exchanged_envoys(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _unordered(_coded(got)) == _unordered(expected)


@pytest.mark.parametrize("text,expected", [
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", {("SAU", "PAK", "AID")}),
    ("The United States announced a new $400 million military aid package for Ukraine.", {("USA", "UKR", "AID")}),
    ("India shipped 50,000 tonnes of wheat to Afghanistan.", {("IND", "AFG", "COOPERATE")}),
    ("A Chinese coast guard ship fired water cannon at a Philippine supply boat.", {("CHN", "PHL", "COERCE")}),
    ("Turkey dropped its objection to Sweden's NATO membership.", {("TUR", "SWE", "CONCEDE")}),
    ("A Chinese warship pointed a laser at an Australian surveillance aircraft.", {("CHN", "AUS", "COERCE")}),
    # warning shots show force; bombers flying together pay no visit
    ("South Korean fighter jets fired hundreds of warning shots at a Russian military aircraft.",
     {("KOR", "RUS", "MOBILIZE")}),
    ("Russian and Chinese bombers flew over the Sea of Japan.", set()),
    # aircraft intercepted are shadowed, not seized (GUIDELINES §13: fighters scrambled in answer)
    ("Greek jets intercepted Turkish fighter planes over the Aegean.", {("GRC", "TUR", "MOBILIZE")}),
])
def test_money_goods_and_harassment(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("South Korea's president is expected to visit Tokyo next month.", {("KOR", "JPN", "CONSULT", False, True)}),
    ("Germany ruled out sending Taurus missiles to Ukraine.", {("DEU", "UKR", "AID", True, False)}),
    ("The United States and China failed to agree on a trade truce.", {("CHN", "USA", "AGREE", True, False)}),
    ("Iran may resume talks with the IAEA next week, a spokesman said.", {("IRN", "IAEA", "CONSULT", False, True)}),
    # a second verb under the same "would" is to come as well; the speaker's own act hung there is not
    ("Rouhani said Tehran would remain in the accord and negotiate with France.",
     {("IRN", "FRA", "CONSULT", False, True)}),
    ("Zakharova said Moscow would respond to the step and accused Poland of Russophobia.",
     {("RUS", "POL", "ACCUSE", False, False)}),
])
def test_modality_of_plans_refusals_and_failures(nlp, text, expected):
    _, x = _events(nlp, text)
    got = {(min(e.source, e.target), max(e.source, e.target), e.type, e.negated, e.hypothetical)
           if e.type in ("CONSULT", "AGREE", "COOPERATE") else (e.source, e.target, e.type, e.negated, e.hypothetical)
           for e in x.events}
    want = {(min(a, b), max(a, b), t, n, h) if t in ("CONSULT", "AGREE", "COOPERATE") else (a, b, t, n, h)
            for a, b, t, n, h in expected}
    assert got == want


def test_an_official_without_a_country_acts_for_the_country_of_the_story(nlp):
    text = ("Pakistan received a $1.1 billion loan on Monday. Pakistan's reserves have fallen. "
            "Finance Minister Miftah Ismail thanked Saudi Arabia for its support.")
    got, x = _events(nlp, text)
    assert ("PAK", "SAU", "SUPPORT") in got
    assert not any(r["name"] == "Miftah Ismail" for r in x.roles)  # a guessed country is not taught as a role


def test_the_three_countries_are_the_last_list_of_three(nlp):
    text = ("Australia, Britain and the United States unveiled a security pact on Wednesday. Paris recalled its "
            "ambassador to Canberra. Chinese officials accused the three countries of a Cold War mentality.")
    got, _ = _events(nlp, text)
    assert {("CHN", c, "ACCUSE") for c in ("AUS", "GBR", "USA")} <= set(got)
    assert ("CHN", "FRA", "ACCUSE") not in got


@pytest.mark.parametrize("text,expected", [
    ("Years after the U.S. invasion of Iraq, Baghdad still hosts American troops.", {("IRQ", "USA", "COOPERATE")}),
    ("Analysts said relations between India and China remain tense.", set()),
    ("Ukraine's national football team beat England 2-1 in London.", set()),
    ("Oil prices rose after OPEC announced production cuts.", set()),
])
def test_history_and_non_events_are_not_coded(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert set(got) == expected


def test_a_meeting_of_several_in_one_of_their_capitals(nlp):
    got, _ = _events(nlp, "The foreign ministers of Egypt, Jordan and Saudi Arabia met in Cairo on Monday.")
    assert _unordered(got) == _unordered({("EGY", "JOR", "CONSULT"), ("EGY", "SAU", "CONSULT"), ("JOR", "SAU", "CONSULT")})


def test_passive_deployments_belong_to_the_troops_country(nlp):
    _, x = _events(nlp, "Britain's defence secretary announced that 1,000 British troops would be deployed to Estonia.")
    # troops promised to an ally at peace with the sender: help promised, an AGREE (GUIDELINES §11, §14)
    assert {(e.source, e.target, e.type, e.hypothetical) for e in x.events} == {("GBR", "EST", "AGREE", False)}
    _, x = _events(nlp, "Russia massed troops on the border. Britain's defence secretary announced that 1,000 British "
                        "troops would be deployed to Estonia to deter Russia.")
    assert ("GBR", "RUS", "MOBILIZE", True) in {(e.source, e.target, e.type, e.hypothetical) for e in x.events}


def test_welcoming_a_release_supports_who_released(nlp):
    got, _ = _events(nlp, "Canberra welcomed the release of an Australian journalist by Beijing.")
    assert set(got) == {("CHN", "AUS", "RETREAT"), ("AUS", "CHN", "SUPPORT")}


def test_a_planned_trip_and_its_purpose_are_both_planned(nlp):
    text = ("South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday. "
            "Lee will travel to Washington next week to meet President Donald Trump.")
    _, x = _events(nlp, text, published=date(2025, 8, 23))
    trips = {(e.source, e.target, e.hypothetical) for e in x.events if e.type == "CONSULT"}
    assert ("KOR", "USA", True) in trips and ("KOR", "USA", False) not in trips


def test_a_speaker_who_invites_after_a_clause_about_something_else(nlp):
    text = ("Prime Minister Abiy Ahmed said the dam was not a threat to its neighbours and invited Cairo and "
            "Khartoum to cooperate on its operation.")
    got, _ = _events(nlp, text, published=date(2025, 9, 9))
    assert {("ETH", "EGY", "REQUEST"), ("ETH", "SDN", "REQUEST")} <= set(got)


@pytest.mark.parametrize("text,expected", [
    ("Moldova expelled a Russian diplomat on Monday. The Kremlin said it would respond to what it called an "
     "unfriendly step.", {("MDA", "RUS", "SANCTION", False), ("RUS", "MDA", "THREATEN", False)}),
    ("Syria says it is willing to withdraw its troops from neighboring Lebanon.", {("SYR", "LBN", "AGREE", False)}),
    ("Nigeria announced that it will withdraw its peacekeepers from Chad unless the government holds elections.",
     {("NGA", "TCD", "THREATEN", False)}),
])
def test_promises_threats_and_conditions(nlp, text, expected):
    _, x = _events(nlp, text)
    assert {(e.source, e.target, e.type, e.hypothetical) for e in x.events if not e.negated} == expected


def test_brokers_praise_and_names_inside_person_names(nlp):
    text = ("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday, in a deal "
            "brokered by the United States and Qatar. Congolese Foreign Minister Therese Kayikwamba Wagner called "
            "the deal a turning point.")
    got, x = _events(nlp, text, published=date(2025, 6, 27))
    assert ("COD", "RWA", "AGREE") in got and ("COD", "RWA", "SUPPORT") not in got  # a party praising its own
    # deal backs no one (dev2, dev4; GUIDELINES §7)
    assert not {"USA", "QAT"} & {c for s, t, _ in got for c in (s, t)}  # brokers are no party (GUIDELINES, mediation)
    assert "WAGNER" not in {a.code for a in x.actors}  # the minister's surname is not the Wagner group
    assert not any(t == "ACCUSE" for _, _, t in got)


def test_it_called_historic_is_the_act(nlp):
    text = ("The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin on "
            "Friday. Ukraine's President Volodymyr Zelensky called it a historic decision.")
    got, _ = _events(nlp, text, published=date(2023, 3, 17))
    assert ("UKR", "ICC", "SUPPORT") in got and ("UKR", "RUS", "SUPPORT") not in got


def test_a_call_to_end_the_fighting_is_made_to_those_who_fight(nlp):
    text = ("Thai and Cambodian troops clashed along their border on Thursday. The United States called for an "
            "immediate end to the fighting.")
    got, _ = _events(nlp, text)
    assert {("USA", "THA", "REQUEST"), ("USA", "KHM", "REQUEST")} <= set(got)


def test_urging_restraint_with_no_one_named_is_no_event(nlp):
    # GUIDELINES §7: "called for restraint" with no one named is no event; "urged both sides" names them
    text = "Thai and Cambodian troops clashed along their border on Thursday. China urged restraint."
    got, _ = _events(nlp, text)
    assert not {k for k in got if k[0] == "CHN"}
    got, _ = _events(nlp, text.replace("urged restraint", "urged both sides to show restraint"))
    assert {("CHN", "THA", "REQUEST"), ("CHN", "KHM", "REQUEST")} <= set(got)


def test_its_forces_and_the_two_sides_of_the_dispute(nlp):
    text = ("Pakistan accused Afghanistan of sheltering militants on Sunday. Kabul condemned the strikes and said "
            "its forces had retaliated against Pakistani border posts. Qatar and Turkey urged both neighbours to "
            "show restraint. The two sides later agreed to a 48-hour ceasefire.")
    got, _ = _events(nlp, text)
    assert {("AFG", "PAK", "ASSAULT"), ("QAT", "PAK", "REQUEST"), ("TUR", "AFG", "REQUEST")} <= set(got)
    agreed = {k for k in got if k[2] == "AGREE"}
    assert _unordered(agreed) == _unordered({("AFG", "PAK", "AGREE")})


def test_an_agreement_not_to_threaten_and_its_brokers(nlp):
    text = ("Venezuelan President Nicolás Maduro and Guyanese President Irfaan Ali met on Thursday and agreed not to "
            "threaten or use force against each other. The meeting was brokered by Brazilian leaders. Washington "
            "announced joint flights with Guyana, a move Venezuela called a provocation. Brazil welcomed the outcome.")
    got, _ = _events(nlp, text, published=date(2023, 12, 14))
    assert {("VEN", "GUY", "AGREE"), ("BRA", "VEN", "CONSULT"), ("BRA", "GUY", "CONSULT"),
            ("BRA", "VEN", "SUPPORT"), ("BRA", "GUY", "SUPPORT")} <= set(got)
    assert not any(t == "THREATEN" for _, _, t in got)
    assert ("VEN", "USA", "CONSULT") not in got  # calling a move a provocation is no phone call


def test_urging_ones_own_legislature_is_no_request_to_the_aided(nlp):
    got, _ = _events(nlp, "The United States urged Congress to pass its own aid for Kyiv.")
    assert ("USA", "UKR", "REQUEST") not in got


def test_launches_drills_and_vows_against(nlp):
    text = ("North Korea fired several ballistic missiles into the sea on Thursday, days after Seoul and "
            "Washington began large-scale air drills. Pyongyang condemned the exercises. Japan protested the "
            "launch. Kim Jong Un vowed to strengthen the country's nuclear deterrent against the United States.")
    got, _ = _events(nlp, text, published=date(2025, 5, 8))
    assert {("PRK", "KOR", "ACCUSE"), ("PRK", "USA", "ACCUSE"), ("JPN", "PRK", "ACCUSE"),
            ("PRK", "USA", "THREATEN")} <= set(got)
    assert ("PRK", "USA", "AGREE") not in got


@pytest.mark.parametrize("text,expected", [
    ("China retaliated against U.S. tariffs on Friday.", {("CHN", "USA", "SANCTION")}),
    ("China announced 34% tariffs on all imports from the United States.", {("CHN", "USA", "SANCTION")}),
])
def test_trade_retaliation_is_in_kind(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert set(got) == expected


def test_a_speaker_who_urges_after_saying_something_else(nlp):
    text = ("Mali, Burkina Faso and Niger formally left the Economic Community of West African States on Wednesday. "
            "ECOWAS said its door remained open and urged the three states to reconsider.")
    got, _ = _events(nlp, text, published=date(2025, 1, 29))
    assert {("ECOWAS", c, "REQUEST") for c in ("MLI", "BFA", "NER")} <= set(got)


def test_a_deal_with_washington_and_working_together(nlp):
    text = ("Mexico began deploying troops to its northern border on Tuesday under a deal with Washington. "
            "President Claudia Sheinbaum said the two governments would work together on security.")
    got, _ = _events(nlp, text, published=date(2025, 2, 4))
    assert _unordered(k for k in got if k[2] == "AGREE") == _unordered({("MEX", "USA", "AGREE")})
    assert not any(t == "ACCUSE" for _, _, t in got)


@pytest.mark.parametrize("text,title,expected", [
    ("Israel launched a wave of airstrikes against Iran's nuclear facilities early on Friday.", "",
     {("ISR", "IRN", "ASSAULT")}),
    ("Israel struck Iranian nuclear sites on Friday.", "Israel Strikes Iranian Nuclear Sites; Tehran Vows Revenge",
     {("ISR", "IRN", "ASSAULT"), ("IRN", "ISR", "THREATEN")}),
])
def test_waves_of_strikes_and_vows_of_revenge(nlp, text, title, expected):
    got, _ = _events(nlp, text, title=title)
    assert set(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Poland closed all its border crossings with Belarus on Thursday.", {("POL", "BLR", "SANCTION")}),
    ("Washington closed the Russian consulate in Seattle.", {("USA", "RUS", "SANCTION")}),
])
def test_closing_borders_and_consulates_reduces_relations(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert set(got) == expected


def test_an_act_called_a_provocation_in_reported_speech(nlp):
    text = ("Russian drones struck a village in eastern Poland on Wednesday. Prime Minister Donald Tusk said the "
            "attack was a large-scale provocation.")
    got, _ = _events(nlp, text, published=date(2025, 9, 11))
    assert {("RUS", "POL", "ASSAULT"), ("POL", "RUS", "ACCUSE")} <= set(got)


@pytest.mark.parametrize("text,expected", [
    ("Gunmen attacked a Kenyan police convoy near the border on Monday. Al-Shabaab claimed responsibility "
     "for the attack.", {("SHABAAB", "KEN", "ASSAULT")}),
    ("Drones struck an oil plant in Saudi Arabia on Saturday. The Houthis claimed responsibility.",
     {("HOUTHIS", "SAU", "ASSAULT")}),
    ("Rockets hit a U.S. base in Iraq on Sunday. An Iran-backed militia claimed responsibility.", set()),
    ("Gunmen attacked a Kenyan police convoy on Monday. Al-Shabaab denied responsibility for the attack.", set()),
])
def test_a_claim_of_responsibility_names_the_attacker(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Chinese warships fired water cannon at a Vietnamese fishing boat on Sunday. Japan expressed concern.",
     {("CHN", "VNM", "COERCE"), ("JPN", "CHN", "ACCUSE")}),
    ("Lebanon's Hezbollah fired rockets at northern Israel.", {("HEZBOLLAH", "ISR", "ASSAULT")}),
])
def test_concern_with_no_one_named_is_aimed_at_the_aggressor(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Moscow said Finland would face consequences if it joined the alliance.", {("RUS", "FIN", "THREATEN")}),
    ("North Korea warned that South Korea would pay a heavy price for the drills.", {("PRK", "KOR", "THREATEN")}),
    ("China said Japan would regret its decision.", {("CHN", "JPN", "THREATEN")}),
    ("The minister said Chile and Peru would face a difficult winter.", set()),
    ("Moscow said Finland would not face consequences.", set()),
    ("Israel struck Iran on Friday. Iran said it reserved all options to defend itself.",
     {("ISR", "IRN", "ASSAULT"), ("IRN", "ISR", "THREATEN")}),
])
def test_penalties_promised_to_another_are_threats(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Iran seized a British oil tanker on Friday. Britain's foreign secretary called the seizure unacceptable.",
     {("IRN", "GBR", "COERCE"), ("GBR", "IRN", "ACCUSE")}),
    ("Pompeo said there was no evidence the drones had come from Yemen and blamed Iran directly.",
     {("USA", "IRN", "ACCUSE")}),
    ("Israel's war against the Islamic Republic entered its second week.", {("ISR", "IRN", "ASSAULT")}),
])
def test_misparsed_judgements_and_second_verbs_of_a_speaker(nlp, text, expected):
    got, _ = _events(nlp, text, published=date(2019, 9, 16))  # Pompeo in office
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("India and Pakistan agreed to a ceasefire on Saturday. Hours later, each side accused the other of "
     "violating the truce.", {("IND", "PAK", "AGREE"), ("IND", "PAK", "ACCUSE"), ("PAK", "IND", "ACCUSE")}),
    ("India and China held talks on Friday. Troops from both sides began pulling back from two friction points.",
     {("IND", "CHN", "CONSULT"), ("IND", "CHN", "RETREAT"), ("CHN", "IND", "RETREAT")}),
    ("India and China held talks on Friday. Both sides praised the outcome.", {("IND", "CHN", "CONSULT")}),
    ("Canada, Britain and Australia joined the boycott. No officials from the three countries will attend.",
     set()),
])
def test_both_sides_act_on_each_other(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _unordered(_coded(got)) == _unordered(expected)


@pytest.mark.parametrize("title,expected", [
    ("Trump Administration Pressures Cuba Power Brokers After Blackout", {("USA", "CUB", "REQUEST")}),
    ("Serbia Government and Kosovo Trade Blame After Border Shooting",
     {("SRB", "XKX", "ACCUSE"), ("XKX", "SRB", "ACCUSE")}),
    ("U.S. Push on Panama Canal Sparks OAS Tensions as Region Rallies Behind Panama", {("USA", "PAN", "REQUEST")}),
    ("Russia Fires Missiles Near Finland in Largest Drills in Years", set()),
    ("ICC Issues Arrest Warrant for Netanyahu", set()),
])
def test_headlines_the_parser_misreads_are_read_by_word_order(nlp, title, expected):
    got, _ = _events(nlp, "", title=title)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Armenia and Azerbaijan agreed to a ceasefire on Friday after three days of fighting along their border.",
     {("ARM", "AZE", "AGREE"), ("ARM", "AZE", "ASSAULT"), ("AZE", "ARM", "ASSAULT")}),
    ("Japan, India and Australia unveiled a new maritime partnership on Monday.",
     {("JPN", "IND", "AGREE"), ("JPN", "AUS", "AGREE"), ("IND", "AUS", "AGREE")}),
    ("Chile and Peru held joint naval exercises last week, which Bolivia criticised.",
     {("CHL", "PER", "COOPERATE"), ("BOL", "CHL", "ACCUSE"), ("BOL", "PER", "ACCUSE")}),
])
def test_nameless_fights_pacts_made_and_acts_referred_to_by_which(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _unordered(_coded(got)) == _unordered(expected)
    assert not any(e.hypothetical for e in got.values())


@pytest.mark.parametrize("text,expected", [
    ("Ukraine said the drones were shot down with the help of Poland and Romania.",
     {("POL", "UKR", "AID"), ("ROU", "UKR", "AID")}),
    ("Kenya repelled the raid with the support of Uganda.", {("UGA", "KEN", "SUPPORT")}),
    ("Mali's government accused France of spying. The junta has asked the African Union to hold a meeting.",
     {("MLI", "FRA", "ACCUSE"), ("MLI", "AU", "REQUEST")}),
    ("A suicide bomber from the Islamic State killed three Turkish soldiers on Monday.",
     {("ISIS", "TUR", "ASSAULT")}),
])
def test_helpers_juntas_and_attackers_from_a_group(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


def test_a_semicolon_in_a_headline_ends_its_first_clause(nlp):
    got, _ = _events(nlp, "", title="Moldova expels 45 Russian diplomats, accuses Moscow of 'hostile actions'; "
                                     "Kremlin vows response")
    assert {("MDA", "RUS", "SANCTION"), ("MDA", "RUS", "ACCUSE")} <= set(_coded(got))
    assert not any(e.hypothetical for k, e in got.items() if k[0] == "MDA")


def test_a_blaze_is_no_gunfire(nlp):
    got, _ = _events(nlp, "", title="Poland Orders Closure of Russian Consulate in Krakow Over Warsaw Mall Fire")
    assert _coded(got) == {("POL", "RUS", "SANCTION")}
    got, _ = _events(nlp, "Thai troops came under fire from Cambodian forces.")
    assert _coded(got) == {("KHM", "THA", "ASSAULT")}


def test_a_headline_without_a_full_stop_does_not_break_the_first_sentence(nlp):
    title = "Armenia and Azerbaijan Agree Ceasefire After Deadly Border Fighting"
    text = ("Armenia and Azerbaijan agreed on Friday to a ceasefire after two days of fighting along their "
            "border that killed dozens of people. Russia called on both sides to show restraint.")
    got, x = _events(nlp, text, title=title, published=date(2022, 9, 16))
    assert {("ARM", "AZE", "ASSAULT"), ("AZE", "ARM", "ASSAULT")} <= set(got)
    first = next(e for k, e in got.items() if k[2] == "ASSAULT")
    assert x.article.full_text[first.start:first.end].strip().startswith("Armenia and Azerbaijan agreed on Friday")


@pytest.mark.parametrize("text,expected", [
    ("Kinshasa said Rwandan drones had struck Congolese army positions on Friday.", {("COD", "RWA", "ACCUSE")}),
    ("Rwandan drones struck Congolese army positions on Friday, Kinshasa said.",
     {("RWA", "COD", "ASSAULT"), ("COD", "RWA", "ACCUSE")}),
])
def test_an_attack_alleged_by_its_victim_is_an_accusation(nlp, text, expected):
    got, _ = _events(nlp, text)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("India had raised security concerns with the Sri Lankan government.", date(2022, 8, 10),
     {("IND", "LKA", "ACCUSE")}),
    ("Iran fired missiles at Israel in response to what it called Israeli aggression.", date(2024, 4, 14),
     {("IRN", "ISR", "ASSAULT"), ("IRN", "ISR", "ACCUSE")}),
    ("Russia launched what it called a special military operation.", date(2022, 2, 24), set()),
    ("The United States struck Iran on Sunday. UN Secretary-General António Guterres said he was gravely "
     "alarmed by the use of force against Iran.", date(2025, 6, 23), {("USA", "IRN", "ASSAULT"), ("UN", "USA", "ACCUSE")}),
])
def test_concerns_raised_wrongs_named_and_alarm(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _coded(got) == expected


def test_a_headline_protest_answers_the_act_told_in_the_story(nlp):
    got, _ = _events(nlp, "Chinese warships fired water cannon at a Japanese fishing boat on Sunday.",
                     title="Japan Lodges Protest Over Fishing Boat Incident")
    assert ("JPN", "CHN", "ACCUSE") in got


def test_pledges_in_a_relief_story_go_to_the_stricken_country(nlp):
    text = ("Military aircraft from Australia landed in Tonga on Thursday carrying water and tents after a volcano "
            "erupted. Australia sent relief supplies to Tonga. Japan said it would send two transport planes. "
            "Fiji has offered to send troops to help clear debris.")
    got, _ = _events(nlp, text, published=date(2022, 1, 20))
    assert {("AUS", "TON", "AID"), ("JPN", "TON", "AGREE"), ("FJI", "TON", "AGREE")} <= _coded(got)


@pytest.mark.parametrize("text,published,expected", [
    ("U.S. President Joe Biden said he was ready to work with Turkey on strengthening its defence.",
     date(2023, 7, 11), {("USA", "TUR", "AGREE")}),
    ("India struck Pakistan on Tuesday. Pakistani Prime Minister Imran Khan offered talks.", date(2019, 2, 27),
     {("IND", "PAK", "ASSAULT"), ("PAK", "IND", "AGREE")}),
    ("Colombia said Venezuela was working with the ELN.", date(2019, 2, 27), {("COL", "VEN", "ACCUSE")}),
])
def test_working_with_and_offers_to_the_other_side(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _unordered(_coded(got)) == _unordered(expected)


def test_them_as_the_object_of_a_reaction_is_the_act_told_before(nlp):
    text = ("The United States imposed sanctions on Venezuela on Monday. Russia condemned the sanctions, while "
            "Colombia and Brazil welcomed them.")
    got, _ = _events(nlp, text, published=date(2019, 1, 29))
    assert _coded(got) == {("USA", "VEN", "SANCTION"), ("RUS", "USA", "ACCUSE"), ("COL", "USA", "SUPPORT"),
                           ("BRA", "USA", "SUPPORT")}


@pytest.mark.parametrize("text,expected", [
    ("Maduro said he had ordered the closure of the Venezuelan embassy in Washington.", {("VEN", "USA", "SANCTION")}),
    ("Venezuela closed its embassy in Washington on Monday.", {("VEN", "USA", "SANCTION")}),
    ("Russia ordered the closure of the U.S. consulate in Yekaterinburg.", {("RUS", "USA", "SANCTION")}),
])
def test_closing_ones_own_embassy_abroad_reduces_relations_with_the_host(nlp, text, expected):
    got, _ = _events(nlp, text, published=date(2019, 1, 29))
    assert _coded(got) == expected


@pytest.mark.parametrize("text,expected", [
    ("Thailand has kept its border crossings with Cambodia closed since July.", {("THA", "KHM", "SANCTION")}),
    ("Thailand accused Cambodia of laying mines. Malaysian Prime Minister Anwar Ibrahim called both leaders by "
     "phone and urged them to respect the agreement.",
     {("THA", "KHM", "ACCUSE"), ("MYS", "THA", "CONSULT"), ("MYS", "KHM", "CONSULT"), ("MYS", "THA", "REQUEST"),
      ("MYS", "KHM", "REQUEST")}),
])
def test_borders_kept_closed_and_them_as_the_group_just_named(nlp, text, expected):
    got, _ = _events(nlp, text, published=date(2025, 8, 10))
    assert _coded(got) == expected


def test_a_national_red_cross_is_neither_the_icrc_nor_the_state(nlp):
    got, x = _events(nlp, "China's Red Cross pledged $100,000 to Tonga.", published=date(2022, 1, 20))
    assert not got and "ICRC" not in {a.id.split("/")[-1] for a in x.actors}


@pytest.mark.parametrize("title,expected", [
    ("Panama Weighs Direct U.S. Talks as Trump Renews Push for Control", {("PAN", "USA", "CONSULT"),
                                                                         ("USA", "PAN", "REQUEST")}),
    ("China Fires Missiles Near Taiwan in Largest Drills in Decades", set()),
])
def test_a_headline_push_with_no_one_named_is_on_the_other_party_it_names(nlp, title, expected):
    got, _ = _events(nlp, "", title=title, published=date(2026, 1, 10))
    assert _unordered(_coded(got)) == _unordered(expected)


@pytest.mark.parametrize("text,published,expected", [
    ("Sudan accused the UAE of arming the RSF. The UAE has repeatedly denied arming the group.", date(2025, 5, 6),
     {("SDN", "ARE", "ACCUSE"), ("ARE", "SDN", "REJECT")}),
    ("The RSF struck Port Sudan on Sunday. Egypt and Saudi Arabia condemned the attacks on Port Sudan.",
     date(2025, 5, 6), {("RSF", "SDN", "ASSAULT"), ("EGY", "RSF", "ACCUSE"), ("SAU", "RSF", "ACCUSE")}),
    ("Washington asked South Africa to drop the declaration, a request South African President Cyril Ramaphosa "
     "refused.", date(2025, 11, 22), {("USA", "ZAF", "REQUEST"), ("ZAF", "USA", "REJECT")}),
    ("Ecuador said on Thursday it had declared the Mexican ambassador persona non grata.", date(2024, 4, 6),
     {("ECU", "MEX", "SANCTION")}),
    ("Russian President Vladimir Putin welcomed North Korean leader Kim Jong Un at the cosmodrome.",
     date(2023, 9, 13), {("RUS", "PRK", "CONSULT")}),
    ("Ten countries signed a joint statement. Venezuela accused the seven of interfering.", date(2024, 7, 30),
     set()),
])
def test_denials_condemned_attacks_refused_requests_and_hosts(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _unordered(_coded(got)) == _unordered(expected)


@pytest.mark.parametrize("text,published,expected", [
    ("Albanese met Xi in Beijing. The prime minister visited Washington last month for talks with President Joe "
     "Biden.", date(2023, 11, 6), {("AUS", "CHN", "CONSULT"), ("AUS", "USA", "CONSULT")}),
    ("German Foreign Minister Annalena Baerbock was in Warsaw for talks with her Polish counterpart Zbigniew Rau.",
     date(2023, 8, 30), {("DEU", "POL", "CONSULT")}),
    ("Trump agreed to pause the tariffs after a morning phone call with President Claudia Sheinbaum.",
     date(2025, 2, 4), {("USA", "MEX", "CONSULT")}),
    ("Nicaragua cut ties with Ecuador in solidarity with Mexico.", date(2024, 4, 7),
     {("NIC", "ECU", "SANCTION"), ("NIC", "MEX", "SUPPORT")}),
    ("New Delhi responded the next day by ordering a Canadian diplomat out within five days.", date(2023, 9, 20),
     {("IND", "CAN", "SANCTION")}),
    ("Tajikistan's foreign ministry called on the authorities in Kabul to secure the frontier.", date(2025, 12, 2),
     {("TJK", "AFG", "REQUEST")}),
])
def test_the_prime_minister_talks_abroad_solidarity_and_authorities_in_a_capital(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _unordered(_coded(got)) == _unordered(expected)
    assert not any(e.hypothetical for e in got.values())


@pytest.mark.parametrize("text,published,expected", [
    ("German Foreign Minister Annalena Baerbock met her Polish counterpart Zbigniew Rau in Warsaw. Both ministers "
     "pledged to keep supporting Ukraine against Russia's invasion.", date(2023, 8, 30),
     {("DEU", "POL", "CONSULT"), ("DEU", "UKR", "AGREE"), ("POL", "UKR", "AGREE")}),
    ("Russian military personnel arrived in Ouagadougou last week.", date(2024, 1, 26), {("RUS", "BFA", "MOBILIZE")}),
    # the release is told (a participle with its agent); the arrival in Qatar is no visit
    ("Five Americans freed by Iran arrived in Qatar on Monday.", date(2023, 9, 18), {("IRN", "USA", "RETREAT")}),
    ("Afghan Foreign Minister Amir Khan Muttaqi said Kabul was ready to carry out joint investigations with "
     "Tajikistan.", date(2025, 12, 2), {("AFG", "TJK", "AGREE")}),
    ("Canada had already paused negotiations on a trade agreement with India.", date(2023, 9, 20), set()),
])
def test_support_against_an_invader_arrivals_joint_probes_and_topics(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _unordered(_coded(got)) == _unordered(expected)


@pytest.mark.parametrize("text,published,expected", [
    ("Peru responded by giving Venezuelan diplomats 72 hours to leave the country.", date(2024, 7, 30),
     {("PER", "VEN", "SANCTION")}),
    ("Beijing suspended cooperation with Washington on climate change.", date(2022, 8, 5),
     {("CHN", "USA", "SANCTION")}),
    ("The European Union postponed the sanctions on Georgia.", date(2024, 12, 16), {("EU", "GEO", "CONCEDE")}),
])
def test_deadlines_to_leave_and_paused_acts(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Blinken said Washington had serious concerns that the announced result did not reflect the will of "
     "Venezuelan voters.", date(2024, 7, 30), {("USA", "VEN", "ACCUSE")}),
    ("Taiwanese Foreign Minister Joseph Wu said Honduras had asked for $2.5 billion in aid before the switch and "
     "accused Beijing of luring away Taiwan's partners with money.", date(2023, 3, 27), {("TWN", "CHN", "ACCUSE")}),
    ("China said it would take resolute countermeasures if Tsai met U.S. House Speaker Kevin McCarthy.",
     date(2023, 4, 1), {("CHN", "TWN", "THREATEN")}),
    ("Trudeau said there were credible allegations linking Indian government agents to the killing.",
     date(2023, 9, 20), {("CAN", "IND", "ACCUSE")}),
])
def test_concerns_allegations_and_countermeasures_in_reported_speech(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _coded(got) - {("TWN", "USA", "CONSULT")} == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Russia, Belarus's main ally, sent paratroopers for joint drills with Belarusian units last week.",
     date(2025, 10, 19), {("RUS", "BLR", "COOPERATE")}),
    ("He raised the case of Yang Hengjun, an Australian writer whom Chinese authorities have held since 2019.",
     date(2023, 10, 20), {("CHN", "AUS", "COERCE")}),
    ("Rahmon and Sadyr Japarov also opened two road checkpoints that had been closed since 2021.",
     date(2025, 3, 13), {("TJK", "KGZ", "COOPERATE")}),
    ("Tajikistan hosts Russia's largest military base abroad.", date(2025, 12, 2), {("TJK", "RUS", "COOPERATE")}),
    ("In a phone call on Tuesday, Afghan Foreign Minister Amir Khan Muttaqi expressed regret to his Tajik "
     "counterpart, Sirojiddin Muhriddin.", date(2025, 12, 2), {("AFG", "TJK", "CONSULT")}),
    ("Rahmon, who has been openly critical of the Taliban, spoke on Monday.", date(2025, 12, 2),
     {("TJK", "TALIBAN", "ACCUSE")}),
    ("Sri Lanka opened an embassy in Tehran on Wednesday.", date(2025, 12, 2), {("LKA", "IRN", "SUPPORT")}),
])
def test_drills_detentions_bases_checkpoints_calls_and_critics(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _unordered(_coded(got)) == _unordered(expected)


def test_condemned_strikes_point_at_the_strikers_not_at_the_last_attacker(nlp):
    text = ("U.S. and British forces struck Houthi targets in Yemen on Thursday. The Houthis had attacked ships in "
            "the Red Sea for weeks. Iran condemned the strikes as a violation of Yemen's sovereignty.")
    got, _ = _events(nlp, text, published=date(2024, 1, 12))
    assert {("IRN", "USA", "ACCUSE"), ("IRN", "GBR", "ACCUSE")} <= _coded(got)
    assert ("IRN", "HOUTHIS", "ACCUSE") not in got


def test_those_sanctions_broadened_hit_whom_the_first_did(nlp):
    text = "The European Union imposed sanctions on Belarus in May. On Monday the EU broadened those sanctions."
    got, x = _events(nlp, text, published=date(2025, 10, 20))
    event = got[("EU", "BLR", "SANCTION")]
    assert len(event.evidence) == 1 and event.evidence[0]["sentence"].startswith("On Monday")


@pytest.mark.parametrize("text,published,expected", [
    ("The sanctions imposed by London against Tehran angered Iran.", date(2024, 9, 18), {("GBR", "IRN", "SANCTION")}),
    ("The British charge d'affaires in Tehran was summoned to the Iranian Foreign Ministry to protest the sanctions "
     "imposed by London against Tehran.", date(2024, 9, 18),
     {("IRN", "GBR", "ACCUSE"), ("GBR", "IRN", "SANCTION")}),
    ("Iran has summoned its ambassadors from Britain, France and Germany to Tehran for consultations.",
     date(2025, 9, 27), {("IRN", "GBR", "SANCTION"), ("IRN", "FRA", "SANCTION"), ("IRN", "DEU", "SANCTION")}),
    ("Russia and China tabled a draft to extend the 2015 nuclear deal.", date(2025, 9, 27), set()),
    ("Under the truce brokered by the United States and France, Israeli troops are to withdraw.", date(2024, 11, 27),
     set()),
])
def test_reduced_passives_summons_recalls_and_old_deals(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert {k for k, e in got.items() if not e.negated and not e.hypothetical} == expected


@pytest.mark.parametrize("text,published,expected", [
    ("At least 14 people were killed in a Russian ballistic missile strike on a city in central Ukraine.",
     date(2025, 4, 5), {("RUS", "UKR", "ASSAULT")}),
    ("Israeli air strikes on Sunday killed at least 25 people across the Gaza Strip, the army said.",
     date(2025, 4, 21), {("ISR", "PSE", "ASSAULT")}),
    ("Israel resumed its aerial and ground assault on Gaza on March 18.", date(2025, 4, 21),
     {("ISR", "PSE", "ASSAULT")}),
])
def test_strikes_on_places_in_a_country_and_assaults(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _coded(got) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Prime Minister Shehbaz Sharif expressed his deep admiration for President Donald Trump.", date(2025, 9, 26),
     {("PAK", "USA", "SUPPORT")}),
    ("Sharif said Trump's decisive actions had helped facilitate the ceasefire between Pakistan and India.",
     date(2025, 9, 26), {("PAK", "IND", "AGREE")}),
])
def test_admiration_and_go_betweens(nlp, text, published, expected):
    got, _ = _events(nlp, text, published=published)
    assert _unordered(_coded(got)) == _unordered(expected)


TIE_SCRIPT = """
from kg.extract.actors import Mention, _home_country
from kg.model import Actor
def country(code, at):
    return Mention(at, at + 1, Actor(id="country/" + code, kind="country", name=code, code=code), "COUNTRY")
print(_home_country([country("FRA", 0), country("NER", 3), country("FRA", 6), country("NER", 9)]))
"""


def test_the_story_country_on_a_tie_does_not_depend_on_the_hash_seed():
    """A person's country inferred from the story was once taken from set order, so two runs of one article
    could code an ambassador to either country. A tie goes to the country named first, in every process."""
    seen = set()
    for seed in range(8):
        run = subprocess.run([sys.executable, "-c", TIE_SCRIPT], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}, cwd=Path(__file__).resolve().parents[1])
        seen.add(run.stdout.strip())
    assert seen == {"FRA"}
