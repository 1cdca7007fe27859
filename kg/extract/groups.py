"""Groups: what a group word or a list points back at, and whom a relative clause on a list speaks for.

Mixed into References (which Arguments extends, supplying actors, subjects, doc, mentions, events and
exclude). "The two leaders", "both sides" are the last pair named or in dispute; "the three countries",
"the seven" the last list of exactly that many, however the parser hung it; "they" after a sentence led
by a list is that list; "Peru, Colombia and Mexico, which have all criticised Maduro" speaks for all three.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.implicit import code_mention
from kg.extract.lexicon import DISPUTES, DOCUMENTS, FORCES, WEAPONS
from kg.extract.speech import speech_governor
from kg.gazetteer import load_default
from kg.ontology import SYMMETRIC_TYPES

STATE_WORDS = frozenset({"country", "nation", "state", "neighbour", "neighbor", "capital", "army", "military",
                         "government"})


class Groups:
    """Group words, lists and the antecedents of relative clauses."""

    def _own(self, noun: Token, clause: Token | None = None) -> list[Mention]:
        """The actor a relative clause hangs from, without the noun's conjuncts ("Qatar, which..., and Pakistan")
        unless the clause says all of them ("Peru, Colombia and Mexico, which have all criticised Maduro")."""
        if clause is not None and any(c.lower_ in ("all", "both") for c in clause.children):
            return self.actors(noun)
        if clause is not None and noun.conjuncts and clause.i > max(c.i for c in noun.conjuncts) and (
                clause.tag_ == "VBP" or any(c.dep_ == "aux" and c.lower_ in ("have", "are", "were") for c in
                                            clause.children)):  # "Bahrain and Kuwait, which also host US
            first = noun  # facilities": a plural verb after the whole list speaks for all of it, even when the
            while first.dep_ == "conj" and first.head.i != first.i:  # parser hung the clause on the last one
                first = first.head
            return self.actors(first)
        among = _among(noun)
        if among is not None and noun.i not in self.by_token:  # "Australia and Germany were among ten countries
            return self.subjects(among)  # that signed", "Japan is one of the states that backed": they did
        m = self.by_token.get(noun.i)
        held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.dep_ == "dobj" else noun  # "launched a barrage of missiles targeting U.S. bases"
        if m is None and held.dep_ == "dobj" and noun.lemma_.lower() in FORCES | WEAPONS and not self.actors(noun):
            return self.subjects(held.head)  # "Ukraine has developed drones that strike inside Russia": Ukraine's
        if m is None and held.dep_ == "dobj" and noun.lemma_.lower() in DOCUMENTS and not self.actors(noun):
            return self.subjects(held.head)  # "signed a joint statement backing the operation": the signers back it
        if m is None and noun.lemma_.lower() in DOCUMENTS | {"announcement", "decision"} and not self.actors(noun):
            by = self.prep_actors(noun, {"by"})  # "a joint announcement by Mali, Niger and Burkina Faso, recalling..."
            if by:
                return by
        return [m] if m is not None else self.actors(noun)

    def _last_n(self, tok: Token, n: int, persons: bool, states_only: bool = False,
                kind: str | None = None) -> list[Mention]:
        """'the two leaders', 'both countries', 'the four', 'both groups' (kind "group"): the last n distinct
        actors named before, other than the clause's own subject. "Both sides" after a dispute are its two parties."""
        lemma = tok.lemma_.lower()
        if n == 2 and tok.lower_ == "both" and tok.dep_ in ("nsubj", "nsubjpass"):  # "blamed pressure from the
            joined = self._joined_pair(tok)  # United States and the EU for the decision, which both had welcomed"
            if joined:
                return joined
        if n == 2 and tok.lower_ in ("two", "both") and tok.dep_ in ("nsubj", "nsubjpass"):  # "Erdogan spoke with
            since = self.doc[sentence_start(tok, 1)].idx  # Putin, whose air force backs Assad's forces, and the
            met = next((e for e in reversed(self.events) if e.type in SYMMETRIC_TYPES and e.start >= since  # two
                        and not e.negated and e.source != e.target), None)  # agreed to meet": the two who talked
            if met is not None:
                return [code_mention(met.source), code_mention(met.target)]
        if n == 2 and lemma in STATE_WORDS:  # "Mali and Burkina Faso have warned..., and the two countries sent":
            pair = self._sentence_pair(tok)  # the pair joined earlier in the sentence
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            doers = {self.by_token[t.i].code for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                     if t.i in self.by_token} if verb is not None and tok.dep_ not in ("nsubj", "nsubjpass") else set()
            if pair and not {m.code for m in pair} & doers:  # (not "the Saudis and Emiratis made calls to both
                return pair  # capitals": whom the pair acts on is another pair)
        if n == 2 and (lemma in ("side", "party") or tok.lower_ in ("both", "them") or lemma in STATE_WORDS
                       or persons):  # "the two leaders": the pair in the story's dyad too
            states = load_default().countries if lemma in STATE_WORDS or persons else None  # "the two neighbours",
            # "both leaders": two countries
            said = speech_governor(tok.head) if tok.dep_ in ("nsubj", "nsubjpass") else None
            speakers = {m.code for m in self.subjects(said)} if said is not None else set()
            told = {c for e in self.events if e.start < tok.sent.start_char for c in (e.source, e.target)}
            speakers &= told  # "China's foreign ministry announced that the two governments had signed": China's pair
            counts: dict[frozenset, list] = {}  # the dyad told most often, then most recently: the dispute
            quarrel = lemma in ("side", "party") and any(c.lower_ == "each" for c in tok.children) and any(
                e.type in DISPUTES for e in self.events if e.start < tok.sent.start_char)  # "each side blamed the
            for n_, e in enumerate(self.events):  # other": of the quarrel told, not of a summit they attended
                if quarrel and e.type not in DISPUTES:
                    continue
                if e.start < tok.sent.start_char and e.source != e.target and not {e.source, e.target} & self.exclude \
                        and (states is None or (e.source in states and e.target in states)) \
                        and (not speakers or {e.source, e.target} & speakers):
                    entry = counts.setdefault(frozenset((e.source, e.target)), [0, 0, e])
                    entry[0], entry[1], entry[2] = entry[0] + 1, n_, e
            addressed: dict[tuple, set] = {}  # "urged the two countries to refrain": a pair told as one act's targets
            for e in self.events:
                if e.start < tok.sent.start_char and e.type in ("REQUEST", "AGREE") and not e.negated:
                    addressed.setdefault((e.start, e.trigger, e.source), set()).add(e.target)
            for pair in addressed.values():
                if len(pair) == 2 and frozenset(pair) in counts:
                    counts[frozenset(pair)][0] += 1
            joined = self._sentence_pair(tok, sentence_start(tok, 3)) if lemma in STATE_WORDS or persons else []
            if joined and any({e.source, e.target} == {m.code for m in joined} and e.start <= tok.sent.start_char
                              for e in self.events):  # "The leaders of Armenia and Azerbaijan
                return joined  # signed a declaration with Trump ... The two countries fought wars": the pair named
                # together lately, when an act between them was told
            if counts:
                e = max(counts.values(), key=lambda v: (v[0], v[1]))[2]
                return [code_mention(e.source), code_mention(e.target)]
            if lemma in ("side", "party") or lemma in STATE_WORDS:
                pair = self._most_named_pair(tok)  # "the Mercosur countries urged both sides": the two the story
                if pair:                           # is about, when no act between them was told yet
                    return pair
        if n >= 3 and kind is None:  # "the three countries": the last list of exactly three named before
            group = self._last_list(tok, n) or self._last_party(tok, n)
            if group or n > 4:
                return group  # "the seven" only as a list of seven; never the last seven actors named
        picked: list[Mention] = []
        for m in reversed(self.mentions):
            if m.end > tok.i or (persons and m.actor.kind != "person") or not m.code or (
                    kind is not None and m.actor.kind != kind):
                continue
            if not persons and (m.actor.kind == "person" or (
                    (states_only or tok.lemma_.lower() in STATE_WORDS) and m.actor.kind != "country")):
                continue
            if m.code in self.exclude or any(p.code == m.code for p in picked):
                continue
            picked.append(m)
            if len(picked) == n:
                return picked
        if persons:  # "Kenya's president hosted his Ugandan counterpart... The two leaders": their countries
            return self._last_n(tok, n, persons=False, states_only=True)
        return []

    def _sentence_pair(self, tok: Token, start: int | None = None) -> list[Mention]:
        """The last two countries joined as one phrase earlier in tok's sentence ("Mali and Burkina Faso have
        warned", "a call with the leaders of Sudan and Israel"), outside the clause's own subject; or earlier
        from the token start on."""
        countries = load_default().countries
        for c in reversed(tok.doc[tok.sent.start if start is None else start:tok.i]):
            if c.conjuncts and max(k.right_edge.i for k in (c, *c.conjuncts)) < tok.i and (
                    c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "pobj" and c.head.lower_ == "between" or
                    c.dep_ == "pobj" and c.head.lower_ == "of" and
                    c.head.head.lemma_.lower() in ("leader", "government", "president", "head")):  # (not one
                # holding tok itself)
                members = {m.code: m for m in self.actors(c) if m.code in countries}
                if len(members) == 2 and not set(members) & self.exclude:
                    return list(members.values())
        return []

    def _joined_pair(self, tok: Token) -> list[Mention]:
        """The last two actors joined by "and" earlier in tok's sentence, however the phrase is hung."""
        for c in reversed(tok.doc[tok.sent.start:tok.i]):
            if len(c.conjuncts) == 1 and c.conjuncts[0].i > c.i and c.right_edge.i < tok.i:
                members = {m.code: m for m in self.actors(c) if m.code}
                if len(members) == 2 and not set(members) & self.exclude:
                    return list(members.values())
        return []

    def _last_party(self, tok: Token, n: int) -> list[Mention]:
        """The n states that last did one act together ("Biden, Albanese and Sunak met in San Diego ... the
        three countries"), when no written list of n names them."""
        acts: dict[tuple, dict] = {}
        for e in self.events:
            if e.start < tok.sent.start_char and e.source != e.target:
                acts.setdefault((e.start, e.type), {}).update(dict.fromkeys((e.source, e.target)))
        states = load_default().countries
        for _, members in sorted(acts.items(), key=lambda kv: kv[0][0], reverse=True):
            if len(members) == n and all(c in states for c in members) and not set(members) & self.exclude:
                return [code_mention(c) for c in members]
        return []

    def _most_named_pair(self, tok: Token) -> list[Mention]:
        """The two countries named most often before tok, each at least twice and clearly ahead of the third."""
        counts: dict[str, list] = {}
        for m in self.mentions:
            if m.end <= tok.i and m.code and m.code not in self.exclude and m.actor.kind in ("country", "person"):
                counts.setdefault(m.code, [0, m])[0] += 1
        ranked = sorted(counts.values(), key=lambda v: -v[0])
        if len(ranked) >= 2 and ranked[1][0] >= 2 and (len(ranked) == 2 or ranked[2][0] < ranked[1][0]):
            return [code_mention(ranked[0][1].code), code_mention(ranked[1][1].code)]
        return []

    def _leaders_named(self, tok: Token) -> list[Mention]:
        """'the European leaders', 'the leaders': the two to four people of states other than the speaker's named
        in this sentence and the five before, when there are that many; else none."""
        start = sentence_start(tok, 5)
        people = {m.code: m for m in self.mentions if start <= m.start and m.end <= tok.i and m.actor.kind == "person"
                  and m.code and m.code not in self.exclude}
        return list(people.values()) if 2 <= len(people) <= 4 else []

    def _last_subjects(self, tok: Token) -> list[Mention]:
        """The several actors the previous sentence's main clause had as subject ("Britain, France and Germany")."""
        if tok.sent.start == 0:
            return []
        root = self.doc[tok.sent.start - 1].sent.root
        subjects = [m for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for m in self.actors(c)]
        return subjects if len({m.code for m in subjects}) > 1 else []

    def _last_list(self, tok: Token, n: int | None) -> list[Mention]:
        """The latest coordination ("Australia, Britain and the United States") of exactly n actors before tok; of
        two or more countries in its sentence or the one before when n is None ("the juntas")."""
        start = (self.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start) if n is None else 0
        for m in reversed(self.mentions):
            if m.end > tok.i or m.start < start:
                continue
            head = self.doc[m.end - 1]
            while head.dep_ in ("conj", "appos") and head.head.i != head.i:  # "Mali, Burkina Faso and Niger"
                head = head.head
            members = {x.code: x for x in self.actors(head) if x.code and (n is not None or x.actor.kind == "country")}
            if (len(members) == n if n is not None else len(members) > 1) and not set(members) & self.exclude:
                return list(members.values())
        return self._written_list(tok, n) if n is not None else []

    def _written_list(self, tok: Token, n: int) -> list[Mention]:
        """The latest run of exactly n actors written as a list ("A, B, C and D") before tok, however parsed."""
        runs: list[list[Mention]] = []
        for m in (m for m in self.mentions if m.end <= tok.i and m.code):
            last = runs[-1][-1] if runs else None
            between = self.doc[last.end:m.start] if last is not None else None
            if between is not None and last.start >= tok.sent.start - 200 and \
                    all(t.lower_ in (",", "and", "the", "or") for t in between) and len(between) > 0:
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in reversed(runs):
            members = {m.code: m for m in run}
            if len(members) == n and not set(members) & self.exclude:
                return list(members.values())
        return []


def _among(noun: Token) -> Token | None:
    """The copula of "X were among the countries", "X is one of the states", whose subject the noun includes."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("among", "of"):
        return None
    holder = prep.head if prep.lower_ == "among" else prep.head.head if prep.head.lower_ == "one" and \
        prep.head.dep_ == "attr" else None
    return holder if holder is not None and holder.lemma_ == "be" else None


def sentence_start(tok: Token, back: int = 0) -> int:
    """The first token of tok's sentence, or of the sentence that many before it (as far as the text goes)."""
    start = tok.sent.start
    for _ in range(back):
        start = tok.doc[start - 1].sent.start if start > 0 else start
    return start
