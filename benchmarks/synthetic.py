"""Synthetic data for benchmarks: a seed in, deterministic actors, events and extractions out.

Actors: `n_countries` countries with made-up ISO3-like codes, a few organisations and one head of
state per country. Events: PLOVER types drawn with news-like frequencies, partners drawn with a
heavy tail (a few dyads dominate, as in real coverage), dates over 2017-2026 at day precision
mostly, some month and year, about 5% hypothetical and 3% negated. Articles carry 1 to 9 events;
about 10% of events are reported again by a second article (same event id, new evidence).

>>> a = synthetic_extractions(50, seed=1)
>>> b = synthetic_extractions(50, seed=1)
>>> [e.event_id() for x in a for e in x.events] == [e.event_id() for x in b for e in x.events]
True
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from kg.extract.pipeline import Extraction
from kg.model import Actor, Article, Event
from kg.ontology import EVENT_TYPES

TYPE_WEIGHTS = {"CONSULT": 20, "ACCUSE": 12, "SUPPORT": 8, "AGREE": 8, "REQUEST": 8, "ASSAULT": 8, "THREATEN": 6,
                "COOPERATE": 5, "REJECT": 5, "SANCTION": 5, "AID": 4, "MOBILIZE": 3, "COERCE": 3, "PROTEST": 2,
                "CONCEDE": 2, "RETREAT": 1}
ORGS = ("UN", "NATO", "EU", "AU", "ASEAN", "OPEC", "G7", "G20", "WHO", "IMF")
FIRST_DAY, DAYS = date(2017, 1, 1), 3650


def _codes(n: int, rng: random.Random) -> list[str]:
    letters = string.ascii_uppercase
    codes: list[str] = []
    while len(codes) < n:
        code = "".join(rng.choice(letters) for _ in range(3))
        if code not in codes:
            codes.append(code)
    return codes


def synthetic_actors(n_countries: int = 150, seed: int = 0) -> list[Actor]:
    """Countries (with a head of state each) and organisations, with Wikidata-like ids."""
    rng = random.Random(seed)
    actors = []
    for i, code in enumerate(_codes(n_countries, rng)):
        actors.append(Actor(f"country/{code}", "country", f"Country {code}", code, f"Q{1000 + i}"))
        slug = f"leader-{code.lower()}"
        actors.append(Actor(f"person/{slug}", "person", f"Leader {code}", slug, f"Q{5000 + i}", code,
                            "head_of_state"))
    actors += [Actor(f"org/{org}", "org", org, org, f"Q{9000 + i}") for i, org in enumerate(ORGS)]
    return actors


def synthetic_events(n: int, seed: int = 0, actors: list[Actor] | None = None) -> list[Event]:
    """n distinct events between the actors (countries mostly, organisations now and then)."""
    rng = random.Random(seed)
    actors = actors or synthetic_actors(seed=seed)
    parties = [a.code for a in actors if a.kind == "country"] + [a.id for a in actors if a.kind == "org"]
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(parties))]  # heavy tail
    types, type_weights = list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values())
    events = []
    for i in range(n):
        source, target = rng.choices(parties, weights, k=2)
        while target == source:
            target = rng.choices(parties, weights)[0]
        type_ = rng.choices(types, type_weights)[0]
        modes = EVENT_TYPES[type_].modes
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        precision = rng.choices(("day", "month", "year"), (85, 12, 3))[0]
        when = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]
        source_actor = f"person/leader-{source.lower()}" if "/" not in source and rng.random() < 0.3 else None
        sentence = f"Event {i}: {source} and {target}, {type_.lower()}, on {when}."
        events.append(Event(source, target, type_, rng.choice(modes) if modes and rng.random() < 0.5 else None,
                            when, precision, negated=rng.random() < 0.03, hypothetical=rng.random() < 0.05,
                            confidence=round(rng.uniform(0.5, 0.99), 2), sentence=sentence, start=0,
                            end=len(sentence), source_actor=source_actor))
    return events


def synthetic_extractions(n_events: int, seed: int = 0, n_countries: int = 150) -> list[Extraction]:
    """Articles holding the n_events events (1-9 each), about 10% of them reported twice."""
    rng = random.Random(seed + 1)
    actors = synthetic_actors(n_countries, seed)
    by_code = {a.code: a for a in actors if a.kind != "person"} | {a.id: a for a in actors}
    events = synthetic_events(n_events, seed, actors)
    extractions, i, n = [], 0, 0
    while i < len(events):
        size = rng.randint(1, 9)
        chosen = events[i:i + size]
        i += size
        if i > size and rng.random() < 0.5:  # a repeat report of an earlier event
            chosen = chosen + [events[rng.randrange(i - size)]]
        offset, placed = 0, []
        for event in chosen:
            placed.append(Event(**{**event.__dict__, "start": offset, "end": offset + len(event.sentence),
                                   "evidence": []}))
            offset += len(event.sentence) + 1
        published = max(date.fromisoformat((e.date + "-01-01")[:10]) for e in chosen)
        article = Article(id=f"https://news.example.org/{seed}/{n}", title=f"Synthetic article {n}",
                          text=" ".join(e.sentence for e in chosen), published=published,
                          url=f"https://news.example.org/{seed}/{n}", source=f"Wire {n % 7}")
        mentioned = {e.source for e in chosen} | {e.target for e in chosen} | {e.source_actor for e in chosen}
        extractions.append(Extraction(article, [by_code[m] for m in sorted(mentioned - {None})], placed))
        n += 1
    return extractions
