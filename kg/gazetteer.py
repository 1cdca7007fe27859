"""Actor gazetteer: who a name means on a date.

Stage: actor linking. In: the CSV files in kg/data/ (countries.csv, orgs.csv, roles.csv, and the
dated territories.csv and juntas.csv), read once. Out: Actor records (kg.model.Actor) for ids ("country/COL", "org/NATO", "group/HAMAS",
"person/gustavo-petro") and for names found in text ("Trump" on 2026-01-07 is the US head of
state; on 2022-03-01 a former US president), plus the surface forms a matcher needs.

Role intervals are half-open: a role is held from `start` (inclusive) until `end` (exclusive),
so a successor sworn in on the day the predecessor leaves holds the office that day.
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from kg.errors import BadInput, UnknownActor
from kg.model import Actor

DATA_DIR = Path(__file__).parent / "data"
# Offices in roles.csv. A person holding several at once acts in the first one listed: Iran's first vice
# president acting as president is the head of government; a vice president who is also a minister
# acts as the minister. A vice president is never "the president" (head_of_state).
ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "vice_president",
         "leader")
# Offices held jointly by design: two co-princes, two captains regent, a three-member presidency.
JOINT_OFFICES = frozenset({("AND", "head_of_state"), ("SMR", "head_of_state"), ("BIH", "head_of_state")})
_KIND_ORDER = {"country": 0, "org": 1, "group": 2, "person": 3}


@dataclass(frozen=True)
class Role:
    """One person holding one office for one country (or org) over [start, end)."""

    person: str
    name: str
    role: str
    country: str
    start: date
    end: date | None
    wikidata: str | None

    def active_on(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class CountryRow:
    iso3: str
    iso2: str
    name: str
    wikidata: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    status: str  # "un", "observer" or "other"


@dataclass(frozen=True)
class OrgRow:
    id: str
    kind: str  # "org" or "group"
    name: str
    wikidata: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None
    roles: tuple[Role, ...]  # sorted by start


def fold(text: str) -> str:
    """Match key for a name: no accents, case-folded, one space, no leading "the", no possessive.

    >>> fold("the  Élysée's")
    'elysee'
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"'s$", "", text)


def _is_acronym(text: str) -> bool:
    """Forms like "WHO", "US", "U.S." match only in capitals: "who" and "us" are words."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(ch.isupper() for ch in letters)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    if not path.is_file():
        raise BadInput(f"Gazetteer file {path} is missing; expected it in the package's kg/data/ folder")
    with path.open(encoding="utf-8", newline="") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(line for _, line in lines)
    return [(lines[i + 1][0], row) for i, row in enumerate(reader)]


def _date(value: str, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise BadInput(f"{where}: bad date {value!r}; expected YYYY-MM-DD") from e


class Gazetteer:
    """Countries, organisations, armed groups and office holders, indexed by id and by name."""

    def __init__(self, countries: dict[str, CountryRow], orgs: dict[str, OrgRow],
                 people: dict[str, PersonRow], sovereigns: dict[str, str] | None = None,
                 juntas: dict[str, list[tuple[date, date | None]]] | None = None):
        self.countries = countries
        self.orgs = orgs
        self.people = people
        self.sovereigns = sovereigns or {}  # dependent territory -> the state conducting its foreign relations
        self.juntas = juntas or {}  # state -> the [start, end) spells of its military governments
        self._forms = self._build_forms()
        self._folded: dict[str, list[str]] = {}
        self._exact: dict[str, list[str]] = {}
        for text, _label, actor_id in self._forms:
            index, key = (self._exact, text) if _is_acronym(text) else (self._folded, fold(text))
            if actor_id not in index.setdefault(key, []):
                index[key].append(actor_id)

    # ---- loading -------------------------------------------------------------------------

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Gazetteer:
        """Read countries.csv, orgs.csv, roles.csv, territories.csv and juntas.csv from data_dir (default:
        kg/data)."""
        data_dir = Path(data_dir) if data_dir else DATA_DIR
        countries = {}
        for _, r in _rows(data_dir / "countries.csv"):
            countries[r["iso3"]] = CountryRow(r["iso3"], r["iso2"], r["name"], r["wikidata"] or None,
                                              _split(r["aliases"]), _split(r["demonyms"]),
                                              _split(r["metonyms"]), r.get("status") or "other")
        orgs = {}
        for n, r in _rows(data_dir / "orgs.csv"):
            if r["kind"] not in ("org", "group"):
                raise BadInput(f"orgs.csv line {n}: kind {r['kind']!r}; expected 'org' or 'group'")
            orgs[r["id"]] = OrgRow(r["id"], r["kind"], r["name"], r["wikidata"] or None, _split(r["aliases"]))
        sovereigns = {}
        if (data_dir / "territories.csv").exists():
            for n, r in _rows(data_dir / "territories.csv"):
                if r["iso3"] not in countries or r["sovereign"] not in countries:
                    raise BadInput(f"territories.csv line {n}: {r['iso3']} or {r['sovereign']} is not in countries.csv")
                sovereigns[r["iso3"]] = r["sovereign"]
        juntas: dict[str, list[tuple[date, date | None]]] = {}
        if (data_dir / "juntas.csv").exists():
            for n, r in _rows(data_dir / "juntas.csv"):
                if r["iso3"] not in countries:
                    raise BadInput(f"juntas.csv line {n}: {r['iso3']} is not in countries.csv")
                start = _date(r["start"], f"juntas.csv line {n}")
                if start is None:
                    raise BadInput(f"juntas.csv line {n}: a start date is required")
                juntas.setdefault(r["iso3"], []).append((start, _date(r["end"], f"juntas.csv line {n}")))
        return cls(countries, orgs, cls._load_people(data_dir / "roles.csv", countries, orgs), sovereigns, juntas)

    def military_rule(self, iso3: str, on: date | None) -> bool:
        """Whether the armed forces governed a state on a day (juntas.csv); False when the day is unknown.

        >>> g = load_default(); g.military_rule("NER", date(2024, 1, 1)), g.military_rule("NER", date(2023, 1, 1))
        (True, False)
        """
        return on is not None and any(start <= on and (end is None or on < end) for start, end in self.juntas.get(iso3, ()))

    def domestic(self, a: str, b: str) -> bool:
        """Whether two codes are one state, or a dependent territory and the state that runs its foreign relations.

        >>> load_default().domestic("FLK", "GBR"), load_default().domestic("HKG", "GBR")
        (True, False)
        """
        return a == b or self.sovereigns.get(a) == b or self.sovereigns.get(b) == a

    @staticmethod
    def _load_people(path: Path, countries: dict, orgs: dict) -> dict[str, PersonRow]:
        roles: dict[str, list[Role]] = {}
        names: dict[str, str] = {}
        aliases: dict[str, list[str]] = {}
        wikidata: dict[str, str | None] = {}
        for n, r in _rows(path):
            where = f"{path.name} line {n}"
            if r["role"] not in ROLES:
                raise BadInput(f"{where}: role {r['role']!r}; expected one of {', '.join(ROLES)}")
            if r["country"] not in countries and r["country"] not in orgs:
                raise BadInput(f"{where}: unknown country or org {r['country']!r}")
            start = _date(r["start"], where)
            if start is None:
                raise BadInput(f"{where}: start date is required")
            role = Role(r["person"], r["name"], r["role"], r["country"], start, _date(r["end"], where),
                        r["wikidata"] or None)
            roles.setdefault(role.person, []).append(role)
            names.setdefault(role.person, role.name)
            wikidata[role.person] = wikidata.get(role.person) or role.wikidata
            for a in _split(r["aliases"]):
                if a not in aliases.setdefault(role.person, []):
                    aliases[role.person].append(a)
        return {pid: PersonRow(pid, names[pid], tuple(aliases.get(pid, ())), wikidata[pid],
                               tuple(sorted(rs, key=lambda x: x.start)))
                for pid, rs in roles.items()}

    # ---- ids -----------------------------------------------------------------------------

    def actor(self, actor_id: str, on: date | None = None) -> Actor:
        """The Actor for an id like "country/COL"; a person's country and role are taken on `on`."""
        kind, _, code = actor_id.partition("/")
        if kind == "country" and code in self.countries:
            c = self.countries[code]
            return Actor(actor_id, "country", c.name, code, c.wikidata)
        if kind in ("org", "group") and code in self.orgs and self.orgs[code].kind == kind:
            o = self.orgs[code]
            return Actor(actor_id, kind, o.name, code, o.wikidata)
        if kind == "person" and code in self.people:
            p = self.people[code]
            current = self._role_on(p, on)
            country = current.country if current else self._last_country(p, on)
            return Actor(actor_id, "person", p.name, code, p.wikidata, country,
                         current.role if current else None)
        raise UnknownActor(self._unknown_message(actor_id))

    def _unknown_message(self, actor_id: str) -> str:
        ids = ([f"country/{c}" for c in self.countries] + [f"{o.kind}/{o.id}" for o in self.orgs.values()]
               + [f"person/{p}" for p in self.people])
        close = difflib.get_close_matches(actor_id, ids, n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        return (f"Unknown actor {actor_id!r}; expected 'country/ISO3' like 'country/USA', 'org/NATO', "
                f"'group/HAMAS' or 'person/slug' like 'person/donald-trump'{hint}")

    # ---- roles ---------------------------------------------------------------------------

    @staticmethod
    def _role_on(person: PersonRow, on: date | None) -> Role | None:
        if on is None:
            return None
        active = [r for r in person.roles if r.active_on(on)]
        return min(active, key=lambda r: ROLES.index(r.role)) if active else None

    @staticmethod
    def _last_country(person: PersonRow, on: date | None) -> str:
        before = [r for r in person.roles if on is None or r.start <= on]
        return (before[-1] if before else person.roles[0]).country

    def roles_on(self, person_id: str, on: date | None) -> list[Role]:
        """Roles a person (slug or "person/slug") holds on a date; every role when on is None."""
        slug = person_id.removeprefix("person/")
        if slug not in self.people:
            raise UnknownActor(self._unknown_message(f"person/{slug}"))
        roles = self.people[slug].roles
        return list(roles) if on is None else [r for r in roles if r.active_on(on)]

    def holders(self, country: str, role: str, on: date) -> list[Role]:
        """Who holds an office (e.g. "VEN", "head_of_state") on a date."""
        return [r for p in self.people.values() for r in p.roles
                if r.country == country and r.role == role and r.active_on(on)]

    def all_roles(self) -> list[Role]:
        return [r for p in self.people.values() for r in p.roles]

    # ---- names ---------------------------------------------------------------------------

    def _build_forms(self) -> list[tuple[str, str, str]]:
        forms: list[tuple[str, str, str]] = []
        for c in self.countries.values():
            aid = f"country/{c.iso3}"
            forms += [(t, "COUNTRY", aid) for t in (c.name, *c.aliases)]
            forms += [(t, "DEMONYM", aid) for t in c.demonyms]
            forms += [(t, "METONYM", aid) for t in c.metonyms]
        for o in self.orgs.values():
            forms += [(t, o.kind.upper(), f"{o.kind}/{o.id}") for t in (o.name, *o.aliases)]
        for p in self.people.values():
            forms += [(t, "PERSON", f"person/{p.id}") for t in (p.name, *p.aliases)]
        return forms

    def surface_forms(self) -> list[tuple[str, str, str]]:
        """(text, label, actor_id) for every name, alias, demonym and metonym."""
        return list(self._forms)

    def resolve(self, name: str, on: date | None = None, context: set[str] | None = None) -> list[Actor]:
        """What a name means on a date, best first; context = ISO3 codes seen in the article."""
        ids = list(self._exact.get(name.strip().replace("’", "'"), []))
        ids += [i for i in self._folded.get(fold(name), []) if i not in ids]
        actors = [self.actor(i, on) for i in ids]
        context = context or set()

        def rank(pair: tuple[int, Actor]) -> tuple:
            n, a = pair
            in_context = a.code in context or (a.country in context if a.country else False)
            tier = 0
            if a.kind == "person":
                p = self.people[a.code]
                tier = 0 if a.role else (1 if on is None or p.roles[0].start <= on else 2)
            return (not in_context, tier, _KIND_ORDER[a.kind], n)

        return [a for _, a in sorted(enumerate(actors), key=rank)]

    def country_of(self, actor: Actor, on: date | None) -> str | None:
        """ISO3 (or org id, for an org's leader) an actor acts for on a date; None for orgs."""
        if actor.kind == "country":
            return actor.code
        if actor.kind == "person" and actor.code in self.people:
            p = self.people[actor.code]
            current = self._role_on(p, on)
            return current.country if current else self._last_country(p, on)
        return None


@lru_cache(maxsize=1)
def load_default() -> Gazetteer:
    """The gazetteer of the shipped data, loaded once per process."""
    return Gazetteer.load()
