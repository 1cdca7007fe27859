"""Implicit targets: whom an act with no one named is aimed at, from the events told before.

Mixed into References. "Japan lodged a protest": at the last actor whose act hit Japan, or else the
last to use force; "Islamabad offered talks": the side it last dealt with; "Fiji offered to send
troops" in a relief story: the last aid recipient; "broadened those sanctions": whom the source's
last sanctions hit.
"""

from __future__ import annotations

from kg.extract.actors import Mention
from kg.model import Actor, Event
from kg.ontology import EVENT_TYPES

# Disasters a relief story is about, and what they do to a country: "a 7.7 magnitude earthquake hit Myanmar".
DISASTERS = frozenset({"earthquake", "quake", "flood", "flooding", "cyclone", "typhoon", "hurricane", "tsunami",
                       "drought", "famine", "wildfire", "landslide", "eruption", "disaster"})
STRIKE_VERBS = frozenset({"hit", "strike", "devastate", "ravage", "rock", "kill", "batter", "flatten", "jolt"})
# Acts of force: a protest or a concern with no one named is aimed at whoever last did one.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# Acts a reply with no kind named ("hit back", "retaliated") returns in kind.
RETURNED_TYPES = frozenset({"ASSAULT", "SANCTION"})


class Implicit:
    """Targets inferred from the events found so far (`self.orphans`: acts told with no target)."""

    orphans: list[Event]
    events: list[Event]
    doc: object

    def counterpart(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """The other party of the last done event the source took part in; every party, when that act was told
        of a list ("called the expulsions by Germany, France and Poland a provocation and promised a response")."""
        for event in reversed(found):
            if event.negated or event.hypothetical:
                continue
            if event.source in sources and event.target not in sources:
                return [code_mention(event.target)]
            if event.target in sources and event.source not in sources:
                return [code_mention(c) for c in dict.fromkeys(
                    e.source for e in found if (e.start, e.type, e.trigger) == (event.start, event.type, event.trigger)
                    and not e.negated and not e.hypothetical and e.target in sources and e.source not in sources)]
        return []

    def again(self, found: list[Event], type_: str, sources: set[str]) -> list[Mention]:
        """'EU ministers agreed to broaden those sanctions': whom the source's last act of that type hit."""
        return _latest(reversed(found), "target",
                       lambda e: e.type == type_ and e.source in sources and e.target not in sources)

    def expelled_before(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Germany, France and Poland each expelled four diplomats' after Russian diplomats were expelled:
        whose diplomats the last expulsion told sent home."""
        return _latest(reversed(found), "target",
                       lambda e: e.type == "SANCTION" and e.mode == "expel" and e.target not in sources) or _latest(
            reversed(found), "target", lambda e: e.type == "SANCTION" and e.mode in ("withdraw", "discontinue")
            and e.target not in sources)  # or whose mission the last ties cut were with

    def cut_off_beside(self, found: list[Event], sources: set[str], start: int) -> list[Mention]:
        """'Bahrain severed relations with Iran, and the UAE recalled its ambassador': whom the last ties cut in
        the same sentence (starting at `start`) were cut with."""
        return _latest(reversed(found), "target", lambda e: e.type == "SANCTION" and e.start == start
                       and e.mode in ("discontinue", "expel", "withdraw") and e.target not in sources)

    def recipient(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Fiji has offered to send troops' in a relief story: to whoever the last aid told went, else to the
        country the story's disaster hit ("Countries like India and China have sent rescue teams")."""
        return _latest(reversed(found), "target", lambda e: e.type == "AID" and e.target not in sources) or [
            m for m in self.stricken() if m.code not in sources]

    def story_country(self, sources: set[str]) -> list[Mention]:
        """The country the story is about: named most often before now (at least three times), not a source."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.actor.kind == "country" and m.code and m.code not in sources:
                counts[m.code] = counts.get(m.code, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return [code_mention(ranked[0][0])]
        return []

    def stricken(self) -> list[Mention]:
        """The country a disaster told in the article hit: "the Myanmar earthquake", "floods in Pakistan",
        "a quake hit central Myanmar", "earthquake-hit Myanmar". Read once per article."""
        if getattr(self, "_stricken", None) is None:
            self._stricken = self._find_stricken()
        return self._stricken

    def _find_stricken(self) -> list[Mention]:
        for tok in self.doc:
            if tok.lemma_.lower() not in DISASTERS:
                continue
            found = self.actors(tok) + self.prep_actors(tok, {"in"})
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in STRIKE_VERBS:
                found += [m for c in tok.head.children if c.dep_ == "dobj" for m in self.actors(c)]
                found += self.prep_actors(tok.head, {"in"})
            if tok.head.dep_ == "amod" and tok.head.lower_ in ("hit", "stricken", "struck", "ravaged", "affected"):
                found += self.actors(tok.head.head)
            countries = [m for m in found if m.actor.kind == "country"]
            if countries:
                return countries[:1]
        return []

    def answered(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Japan lodged a protest': aimed at the last actor whose conflict act hit the source."""
        return self.implicit_target([e for e in found if EVENT_TYPES[e.type].quad.endswith("Conf")], sources)

    def aggressor(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Japan and Australia also expressed concern': at the last actor told to use or show force."""
        newest = sorted(found + self.orphans, key=lambda e: e.start, reverse=True)
        return _latest(newest, "source", lambda e: e.type in FORCE_TYPES and e.source not in sources
                       and not e.hypothetical and e.mode != "third-party")

    def threatener(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'warned that any intervention would be treated as a declaration of war': at the last actor told to
        threaten or mass force, with or without a target."""
        newest = sorted(self.orphans + found, key=lambda e: -e.start)
        return _latest(newest, "source", lambda e: e.type in ("THREATEN", "MOBILIZE") and e.source not in sources)

    def echoed(self, found: list[Event], sources: set[str]) -> tuple[str, list[Mention]] | None:
        """'Canada and Britain announced similar measures', 'Paris followed suit': the last done act by another
        source, as (type, its targets); aimed back at its doer if that act hit the source (a reply in kind)."""
        for event in reversed(found):
            if event.negated or event.hypothetical or event.source in sources and event.target in sources:
                continue
            if event.target in sources:
                return event.type, [code_mention(event.source)]
            if event.source in sources:
                return None  # the source's own last act: nothing to echo
            hit = [e.target for e in found if e.start == event.start and e.type == event.type
                   and e.source == event.source and not e.negated and not e.hypothetical]
            return event.type, [code_mention(c) for c in dict.fromkeys(hit) if c not in sources]
        return None

    def accusers(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'a charge both Moscow and Pyongyang deny': all who made the last accusation against the deniers."""
        for event in reversed(found):
            if event.type == "ACCUSE" and event.target in sources and event.source not in sources \
                    and not event.negated:
                same = [e.source for e in found if e.type == "ACCUSE" and (e.start, e.trigger) == (event.start,
                        event.trigger) and e.target in sources and e.source not in sources and not e.negated]
                return [code_mention(c) for c in dict.fromkeys(same)]
        return []

    def returned(self, found: list[Event], sources: set[str], armed: bool) -> tuple[str, list[Mention]] | None:
        """'Beijing retaliated', 'Canada hit back': the last done act of force or sanction that hit the source, as
        (its type, its doer): the reply is in kind and aimed back. Forces that hit back ('Pakistan's air force hit
        back') answer the last force used on them, with force."""
        for event in reversed(found):
            if event.target in sources and event.source not in sources and not event.negated \
                    and not event.hypothetical and event.type in (FORCE_TYPES if armed else RETURNED_TYPES):
                return "ASSAULT" if armed else event.type, [code_mention(event.source)]
        return None

    def acting_group(self, type_: str | None, lemma: str) -> list[Mention]:
        """'the blockading states', 'the sanctioning countries': all doers of the last act of that kind done by
        several ("cut ties with Qatar" by four); a boycott or blockade is also a sanction cut off."""
        for event in reversed(self.events):
            if event.negated or not (event.type == type_ or (
                    lemma in ("boycott", "blockade", "embargo") and event.type == "SANCTION")):
                continue
            doers = dict.fromkeys(e.source for e in self.events if (e.start, e.trigger, e.type) == (
                event.start, event.trigger, event.type) and not e.negated)
            return [code_mention(c) for c in doers] if len(doers) > 1 else []
        return []

    def implicit_target(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Japan lodged a protest': aimed at the last actor that acted against Japan."""
        return _latest(reversed(found), "source", lambda e: e.target in sources and e.source not in sources)


def _latest(newest_first, side: str, fits) -> list[Mention]:
    """The source or target of the first event (newest first) that fits and was not negated, as a list."""
    for event in newest_first:
        if fits(event) and not event.negated:
            return [code_mention(getattr(event, side))]
    return []


def code_mention(code: str) -> Mention:
    """A mention known only by its code (an actor referred back to)."""
    return Mention(-1, -1, Actor(id=code, kind="ref", name=code, code=code), "REF")
