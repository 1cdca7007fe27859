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

# Acts of force: a protest or a concern with no one named is aimed at whoever last did one.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


class Implicit:
    """Targets inferred from the events found so far (`self.orphans`: acts told with no target)."""

    orphans: list[Event]

    def counterpart(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """The other party of the last done event the source took part in."""
        for event in reversed(found):
            if event.negated or event.hypothetical:
                continue
            if event.source in sources and event.target not in sources:
                return [code_mention(event.target)]
            if event.target in sources and event.source not in sources:
                return [code_mention(event.source)]
        return []

    def again(self, found: list[Event], type_: str, sources: set[str]) -> list[Mention]:
        """'EU ministers agreed to broaden those sanctions': whom the source's last act of that type hit."""
        for event in reversed(found):
            if event.type == type_ and event.source in sources and event.target not in sources and not event.negated:
                return [code_mention(event.target)]
        return []

    def recipient(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Fiji has offered to send troops' in a relief story: to whoever the last aid told went."""
        for event in reversed(found):
            if event.type == "AID" and event.target not in sources and not event.negated:
                return [code_mention(event.target)]
        return []

    def answered(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Japan lodged a protest': aimed at the last actor whose conflict act hit the source."""
        return self.implicit_target([e for e in found if EVENT_TYPES[e.type].quad.endswith("Conf")], sources)

    def aggressor(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Japan and Australia also expressed concern': at the last actor told to use or show force."""
        for event in sorted(found + self.orphans, key=lambda e: e.start, reverse=True):
            if event.type in FORCE_TYPES and event.source not in sources and not event.negated \
                    and not event.hypothetical and event.mode != "third-party":
                return [code_mention(event.source)]
        return []

    def implicit_target(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Japan lodged a protest': aimed at the last actor that acted against Japan."""
        for event in reversed(found):
            if event.target in sources and event.source not in sources and not event.negated:
                return [code_mention(event.source)]
        return []


def code_mention(code: str) -> Mention:
    """A mention known only by its code (an actor referred back to)."""
    return Mention(-1, -1, Actor(id=code, kind="ref", name=code, code=code), "REF")
