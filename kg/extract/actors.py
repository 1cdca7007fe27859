"""Actor mentions: a spaCy component that finds countries, people, organisations and armed groups.

In: a parsed Doc with `doc._.published` set. Out: `doc._.mentions` (list[Mention], by position)
and `doc._.roles` (roles stated in the text, e.g. "Colombian President Gustavo Petro").
Names come from the gazetteer (names, short forms, demonyms, capitals and seats of power);
people are resolved on the article's date, so "Trump" in 2026 acts for the USA and in 2022 is a
former president (kept as a person, not as the state).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.extract.lexicon import NAMED_AFTER, ROLE_TITLES
from kg.model import Actor

for _name in ("published", "mentions", "roles", "events", "title_end"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_TITLE_RE = re.compile(r"^(?:(?:acting|interim|former|then)\s+)?(" + "|".join(
    sorted((re.escape(t) for t in ROLE_TITLES), key=len, reverse=True)) + r")$", re.I)
_FORMER = {"former", "ex", "then", "late"}
# Organs that act for their organisation in events (eval/GUIDELINES.md §1): UN bodies and
# Secretariat-run agencies act as the UN, EU institutions as the EU. Agencies with their own
# membership (IAEA, WHO, ILO...) keep their own id.
PARENT_ORG = {"UNSC": "UN", "UNGA": "UN", "UNSG": "UN", "UNHRC": "UN", "OHCHR": "UN", "UNHCR": "UN",
              "UNICEF": "UN", "UNRWA": "UN", "OCHA": "UN", "WFP": "UN", "UNDP": "UN",
              "EC": "EU", "EP": "EU", "CEU": "EU", "EUCO": "EU", "ECB": "EU"}


@dataclass
class Mention:
    """One span of the doc that names an actor."""

    start: int  # token index
    end: int
    actor: Actor
    how: str  # COUNTRY, DEMONYM, METONYM, ORG, GROUP, PERSON, ROLE, ROLE_INFERRED (country from the story)
    undated: bool = False  # the article has no date: a person's office cannot be checked

    @property
    def state_level(self) -> bool:
        """Whether the actor acts for a state or organisation here (not a private person)."""
        if self.actor.kind != "person":
            return True
        return bool(self.actor.country) and (self.actor.role is not None or self.undated)

    @property
    def code(self) -> str | None:
        """ISO3 or organisation id the mention stands for in an event."""
        code = self.actor.country if self.actor.kind == "person" else self.actor.code
        return PARENT_ORG.get(code, code)


def _case_sensitive(form: str) -> bool:
    """Short forms and abbreviations (US, U.S., UN) match only as written."""
    letters = [c for c in form if c.isalpha()]
    return len(form) <= 3 or "." in form or (len(letters) > 1 and all(c.isupper() for c in letters))


class ActorFinder:
    """Finds actor mentions with the gazetteer, spaCy's PERSON entities and role phrases."""

    def __init__(self, nlp: Language, gazetteer):
        self.gaz = gazetteer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, tuple[str, str]] = {}
        by_key: dict[str, tuple[list, list]] = {}
        forms = list(self.gaz.surface_forms())
        # plural demonyms name the people, and in news often the side: "Iraqis", "Israelis"
        forms += [(_plural(f), label, actor_id) for f, label, actor_id in forms
                  if label == "DEMONYM" and not f.endswith(("s", "sh", "ch", "ese"))]
        docs = nlp.tokenizer.pipe(f for f, _, _ in forms)
        for (form, label, actor_id), pattern in zip(forms, docs):
            key = f"{label}\t{actor_id}"
            exact, lower = by_key.setdefault(key, ([], []))
            (exact if _case_sensitive(form) else lower).append(pattern)
        for key, (exact, lower) in by_key.items():
            label, actor_id = key.split("\t")
            self.keys[nlp.vocab.strings.add(key)] = (label, actor_id)
            if exact:
                self.exact.add(key, exact)
            if lower:
                self.lower.add(key, lower)

    def name_spans(self, doc: Doc):
        """(match key, start, end) of every gazetteer name in a doc (tokenised only is enough)."""
        for matcher, sensitive in ((self.exact, True), (self.lower, False)):
            for match_id, start, end in matcher(doc):
                first = doc[start + 1] if doc[start].lower_ == "the" and end - start > 1 else doc[start]
                if sensitive or first.text[:1].isupper():  # "the Islamic Republic", not "the islamic republic"
                    yield match_id, start, end

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        found: list[Mention] = []
        for match_id, start, end in self.name_spans(doc):
                label, actor_id = self.keys[match_id]
                actor = self._actor(actor_id, label, doc[start:end].text, published)
                if actor is not None and not _regional(doc, start, end) and not _surname(doc, start, end, actor) \
                        and not (label == "METONYM" and _named_after(doc, end)):
                    found.append(Mention(start, end, actor, label))
        found = _longest(found)
        people = [(e.start, e.end - (e[-1].tag_ == "POS")) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
        found = [m for m in found if not any(  # "Foreign Minister Therese Wagner", but not "Sri Lanka's";
            s <= m.start and m.end <= e and (s, e) != (m.start, m.end) and (m.actor.kind != "person" or m.end < e)
            for s, e in people)]  # a person's alias as another's first name is not them: "Abbas Araqchi"
        taken = {i for m in found for i in range(m.start, m.end)}
        roles: list[dict] = []
        context = {m.code for m in found if m.code}
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP") or any(i in taken for i in range(ent.start, ent.end)):
                continue
            if ent.label_ != "PERSON" and not (len(ent) > 1 and ent[0].pos_ == "PROPN"):
                continue
            mention = self._person(doc, ent, published, context, found, roles)
            if mention is not None:
                found.append(mention)
                taken.update(range(mention.start, mention.end))
        found = _longest(found)
        found = self._link_surnames(doc, found, taken)
        found += self._korean_halves(doc, found, taken)
        eu = next((m.actor for m in found if m.code == "EU"), None)
        if eu is not None:  # "accused Brussels of withholding EU funds": in a story of the EU, Brussels is the EU
            found = [replace(m, actor=eu) if m.code == "BEL" and doc[m.start:m.end].text == "Brussels" else m
                     for m in found]
        found = [m for m in found if not (doc[m.start:m.end].text.lower() in SHARED_METONYMS and not any(
            k.code == m.code and k.how != "METONYM" for k in found))]  # "the Foreign Office" of a story with no
        # Britain in it is Pakistan's or Germany's, not Britain's: not named
        for m in found:
            self._role_from_title(doc, m, found, roles, published)
        if published is None:
            for m in found:
                m.undated = True
        doc._.mentions = _not_lent(sorted(found, key=lambda m: m.start), doc)
        doc._.roles = roles
        return doc

    def _actor(self, actor_id: str, label: str, text: str, published) -> Actor | None:
        if label == "PERSON":
            candidates = self.gaz.resolve(text, on=published)
            people = [a for a in candidates if a.kind == "person" and a.id == actor_id]
            return people[0] if people else None
        return self.gaz.actor(actor_id)

    def _person(self, doc: Doc, ent: Span, published, context, found, roles) -> Mention | None:
        """A named person the gazetteer knows, or one a role phrase in the text introduces."""
        names = [ent.text]
        if len(ent) > 1:
            names.append(ent[-1].text)
        for name in names:
            people = [a for a in self.gaz.resolve(name, on=published, context=context) if a.kind == "person"]
            if people and (name == ent.text or len(people) == 1):
                return Mention(ent.start, ent.end, people[0], "PERSON")
        if ent.label_ != "PERSON" or not all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in ent):
            return None  # "Cuba's foreign minister slammed the new...": the tagger's "slammed the" is no name
        title = _title_before(doc, ent.start)
        if title is None:
            return None
        title_start, role = title
        if title_start > 0 and doc[title_start - 1].ent_type_ == "ORG" and not any(
                m.start <= title_start - 1 < m.end for m in found):
            return None  # "Google vice president Kent Walker": a company's officer, no state's
        country, label = _country_before(found, title_start), "ROLE"
        if country is None and (role != "official" or doc[ent.start - 1].lower_ in ("minister", "ambassador", "envoy")):
            # "Finance Minister Miftah Ismail" in a story about Pakistan
            country, label = _home_country(found), "ROLE_INFERRED"
        if country is None:
            return None
        name = ent.text
        actor = Actor(id=f"person/{_slug(name)}", kind="person", name=name, code=_slug(name),
                      country=country, role=role)
        return Mention(ent.start, ent.end, actor, label)

    def _role_from_title(self, doc: Doc, m: Mention, found: list[Mention], roles: list[dict], published) -> None:
        """Record "Colombian President Gustavo Petro": the role the text gives a person."""
        if m.actor.kind != "person" or m.how == "ROLE_INFERRED":
            return  # a country guessed from the story is used for its events, never taught as a role
        title = _title_before(doc, m.start)
        if title is None:
            return
        title_start, role = title
        country = _country_before(found, title_start) or m.actor.country
        if not country:
            return
        former = any(t.lower_ in _FORMER for t in doc[max(0, title_start - 3):title_start + 1])  # "Former U.S. president"
        if m.actor.role is None and role != "official" and not former:
            m.actor = replace(m.actor, country=country, role=role)
        roles.append({"person": m.actor.id, "name": m.actor.name, "role": role, "country": country,
                      "date": published.isoformat() if published else None,
                      "sentence": m_sentence(doc, m), "start": doc[title_start].idx,
                      "end": doc[m.end - 1].idx + len(doc[m.end - 1])})

    def _korean_halves(self, doc: Doc, found: list[Mention], taken: set[int]) -> list[Mention]:
        """In a story that names North (South) Korea, "the North" ("the South") is that state; not "the North
        Atlantic" or "the South China Sea", where a capitalised word follows."""
        named = {m.code for m in found}
        extra = []
        for tok in doc[1:]:
            code = KOREAN_HALVES.get(tok.text)
            if code in named and tok.i not in taken and doc[tok.i - 1].lower_ == "the" and not (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()):
                extra.append(Mention(tok.i, tok.i + 1, self.gaz.actor(f"country/{code}"), "METONYM"))
        return extra

    def _link_surnames(self, doc: Doc, found: list[Mention], taken: set[int]) -> list[Mention]:
        """A bare surname later in the article refers to the person named in full before."""
        by_surname = {}
        for m in found:
            if m.actor.kind == "person" and m.end - m.start > 1:
                by_surname.setdefault(doc[m.end - 1].text, m.actor)
                family = m.actor.name.split()[0] if m.actor.country in FAMILY_FIRST else None
                if family and family in {t.text for t in doc[m.start:m.end]}:  # "Wang Yi ... Wang urged"
                    by_surname.setdefault(family, m.actor)
        if not by_surname:
            return found
        extra = []
        for tok in doc:
            if tok.i in taken or tok.pos_ != "PROPN":
                continue
            actor = by_surname.get(tok.text)
            if actor is not None:
                extra.append(Mention(tok.i, tok.i + 1, actor, "PERSON"))
        return found + extra


KOREAN_HALVES = {"North": "PRK", "South": "KOR"}
# Countries whose leaders' names the English press writes family name first: "Wang Yi" is "Wang".
FAMILY_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "SGP", "HKG", "MAC"})
WATERS = frozenset({"sea", "gulf", "strait", "straits", "bay", "ocean", "channel", "sound"})


# Lowercase words inside people's names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "da", "das", "do", "dos", "del", "della", "di",
                            "du", "la", "le", "van", "von", "der", "den", "ter", "y", "ould", "abu"})


# Metonyms other states use too: one only counts in a story that names its country some other way.
SHARED_METONYMS = frozenset({"foreign office", "the foreign office"})


def _regional(doc: Doc, start: int, end: int) -> bool:
    """'Latin American', 'North Americans', 'South African' as a region: not the USA (or South Africa);
    'China's Red Cross' is no ICRC, 'Russia's Security Council' no U.N. body."""
    words = doc[start:end].text.lower()
    if start > 0 and words.startswith("american") and doc[start - 1].lower_ in ("latin", "north", "central", "south"):
        return True
    # "China's Red Cross", "the Kenyan Red Cross": a national society, not the ICRC; "Russia's Security Council",
    # "Armenia's Security Council": a national body, not the U.N.'s
    if doc[start:end].text in ("Red Cross", "Red Crescent", "Security Council") and start > 0 and (
            doc[start - 1].tag_ == "POS" or doc[start - 1].text[:1].isupper()):
        return True
    # "the Sea of Japan", "the Gulf of Mexico", "the South China Sea": places named after a country
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in WATERS:
        return True
    return end < len(doc) and doc[end].lower_ in WATERS and doc[end].text[:1].isupper()


# What is named after the city it was signed or founded in: "the Paris climate agreement", "the Minsk accords",
# "the Geneva Conventions", "the Astana format", "the Paris Club".
NAMED_AFTER_CITY = frozenset({"agreement", "accord", "convention", "protocol", "format", "process", "declaration",
                              "treaty", "framework", "consensus", "principle", "charter", "club", "plan"})


def _named_after(doc: Doc, end: int) -> bool:
    """Whether a city name ending at `end` only names a text or a forum, no state: "the Paris climate agreement"."""
    for tok in doc[end:end + 3]:
        if tok.lemma_.lower() in NAMED_AFTER_CITY or tok.lower_.rstrip("s") in NAMED_AFTER_CITY:
            return True
        if not (tok.is_lower and tok.pos_ in ("NOUN", "ADJ")):
            return False  # "Paris peace accords" reads on; "Paris on Tuesday" stops
    return False


def m_sentence(doc: Doc, m: Mention) -> str:
    return doc[m.start].sent.text.strip()


def _title_before(doc: Doc, start: int) -> tuple[int, str] | None:
    """(index where a role title starts, role) when one ends right before `start`."""
    for width in (4, 3, 2, 1):
        i = start - width
        if i < 0:
            continue
        words = doc[i:start].text
        m = _TITLE_RE.match(words)
        if m:
            return i, ROLE_TITLES[m.group(1).lower()]
    return None


def _country_before(found: list[Mention], title_start: int) -> str | None:
    """Country of a demonym or name that ends right before a role title ("Colombian President")."""
    for m in found:
        if m.end in (title_start, title_start - 1) and m.actor.kind in ("country", "org"):
            return m.actor.code
    return None


def _home_country(found: list[Mention]) -> str | None:
    """The country a story is about: named at least twice and in at least half of all country mentions."""
    codes = [m.actor.code for m in found if m.actor.kind == "country"]
    if not codes:
        return None
    best = max(dict.fromkeys(codes), key=codes.count)  # a tie goes to the first named (not to set order)
    return best if codes.count(best) >= 2 and codes.count(best) * 2 >= len(codes) else None


def _plural(demonym: str) -> str:
    return demonym + "s"


def _not_lent(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """Drop names lent to something else: an organ named right after another organisation ("the OAS General
    Assembly" is the OAS's, not the UN's) and a place naming a club, paper or accord ("the Paris Club")."""
    lent = {id(m) for m, o in zip(mentions[1:], mentions) if m.actor.kind == o.actor.kind == "org"
            and o.end == m.start and o.code != m.code}
    lent |= {id(m) for m in mentions if m.actor.kind == "country" and m.end < len(doc)
             and doc[m.end - 1].dep_ == "compound" and doc[m.end].text in NAMED_AFTER}
    return [m for m in mentions if id(m) not in lent]


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions overlapped by a longer one."""
    mentions = sorted(mentions, key=lambda m: (-(m.end - m.start), m.start))
    kept: list[Mention] = []
    used: set[int] = set()
    for m in mentions:
        span = set(range(m.start, m.end))
        if span & used:
            continue
        kept.append(m)
        used |= span
    return kept


def _slug(name: str) -> str:
    import unicodedata
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


@Language.factory("kg_actors", requires=["doc.ents", "token.pos"], assigns=["doc._.mentions", "doc._.roles"])
def make_actor_finder(nlp: Language, name: str):
    from kg.gazetteer import load_default
    return ActorFinder(nlp, load_default())


def _surname(doc: Doc, start: int, end: int, actor) -> bool:
    """Whether a one-word organisation name ends a person's name: "Thérèse Kayikwamba Wagner" is no Wagner Group
    (two capitalised words hung on it as compounds, as given names are)."""
    if end - start != 1 or actor.kind == "country" or start < 2:
        return False
    names = doc[start - 2:start]
    return all(t.text[:1].isupper() and t.dep_ == "compound" and t.head.i in (start, start - 1) for t in names) and \
        names[-1].head.i == start
