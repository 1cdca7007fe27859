"""Arguments: which actors a phrase of the parse names, for the event finder.

In: a Doc, its actor mentions and a token heading an argument (subject, object, prepositional
object). Out: the Mentions the argument stands for: the mention at its head, its modifiers
("Petro's administration", "the government of Colombia") and conjuncts ("Iran, Syria and Cuba"),
pronouns, groups and events referred back to are resolved by kg/extract/references.py, prepositional
arguments ("sanctions on Iran", "talks with Kyiv") by kg/extract/preps.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.actors import NAME_PARTICLES, Mention
from kg.extract.lexicon import (ARMED_NOUNS, COUNTRY_GROUPS, ENVOYS, FROM_NOUNS, GOVERNMENT_NOUNS, HYPHEN_LINKS, IN_NOUNS,
                                MINISTRIES, NUMBERS, OBJECT_CONTROL, ONGOING_WARS, ORG_NOUNS, OWN_FORCES,
                                PERSON_GROUPS, PERSON_PRONOUNS, RELATIONAL, RELATIVES, RIVALS,
                                STATE_PRONOUNS, TO_NOUNS, UNDERTAKINGS)
from kg.extract.implicit import code_mention
from kg.extract.groups import sentence_start
from kg.extract.preps import Prepositions
from kg.extract.references import DECIDED, SPEECH_LEMMAS, References
from kg.extract.modality import infinitive_list, misplaced_conj, speakers_act
from kg.extract.speech import SPEECH_VERBS, distinct, speech_governor
from kg.extract.triggers import trigger_of, type_of
from kg.extract.turns import asked_of, interviewee, turn_speaker
from kg.gazetteer import load_default
from kg.model import Event
from kg.ontology import SYMMETRIC_TYPES

# Verbs that tell someone something: "warned the UAE and Bahrain that they would...".
TELLING = frozenset({"warn", "tell", "remind", "assure", "inform", "notify", "caution"})
# Military sites, as written (the pinned model lemmatises "bases" as "basis"), and what they house.
BASES = frozenset({"base", "bases", "facility", "facilities", "camp", "camps"})
HOUSING = frozenset({"housing", "hosting", "house", "host", "houses", "hosts"})
# Titles that make a person an organisation's agent (GUIDELINES §10: the organisation acts).
AGENT_TITLES = frozenset({"mediator", "envoy", "chair", "chairman", "chairwoman", "chairperson", "facilitator",
                          "representative", "negotiator"})
ARG_DEPS = frozenset({"compound", "amod", "nmod", "poss", "conj", "appos", "det", "case", "nummod",
                      "cc", "punct", "quantmod"})
# "targets linked to the Houthis", "vessels belonging to Iran": the holder is the one hit.
LINKED = frozenset({"link", "tie", "belong", "affiliate", "use", "run", "operate", "control", "own", "connect"})
HELD = frozenset({"target", "site", "position", "facility", "base", "depot", "vessel", "ship", "camp", "asset",
                  "boat", "tanker", "infrastructure", "installation", "outpost", "stronghold", "hideout"})
# First-person words of a quoted state: its speaker's side.
FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
# What an assembly votes on: "the resolution" is the body's that was last named.
RESOLUTIONS = frozenset({"resolution", "draft", "motion"})
# People of a country who stand against its state: "Syrian rebels", "Venezuelan opposition", "Belarusian exiles".
REBELS = frozenset({"rebel", "insurgent", "separatist", "dissident", "opposition", "protester", "protestor",
                    "defector", "exile"})
# Words that open a clause but that the parser may read as prepositions.
SUBORDINATORS = frozenset({"after", "before", "since", "until", "as"})


class Arguments(Prepositions, References):
    """Reads argument phrases of one Doc."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = mentions
        self.by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        self.exclude: set[str] = set()  # codes a group word must not pick (the sentence's own subject)
        self.events: list[Event] = []  # events found so far in the Doc (set by the event finder)
        self.orphans: list[Event] = []  # events told with a doer but no one done to ("imposed export controls")
        self.lemmas: dict[int, str] = {}  # id(event) -> its trigger's lemma
        self.aside: set[int] = set()  # prepositions read by an idiom ("in solidarity with Mexico"), no target
        self.victims: list[Event] = []  # attacks told with no doer ("rockets hit a U.S. base"), for who claims them
        self.host_talks: list[Event] = []  # hosts meeting each party, kept out of what "the two sides" points back at

    # -- one phrase ---------------------------------------------------------------------------
    def actors(self, tok: Token) -> list[Mention]:
        """Actors an argument phrase names: the mention at its head, its modifiers, its conjuncts."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if low in RELATIVES and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            return self._own(tok.head.head, tok.head)  # "the Polisario, which Algeria backs"
        if tok.head.dep_ == "relcl" and any(c.lower_ == "whose" and c.dep_ == "poss" for c in tok.children):
            return self._own(tok.head.head, tok.head)  # "Sandu, whose government has accused Russia": Moldova's
        if lemma in ("spokesman", "spokeswoman", "spokesperson") and tok.i not in self.by_token:
            spoken_for = self.prep_actors(tok, {"for"})
            if spoken_for:
                return spoken_for  # "a spokesman for U.N. Secretary-General António Guterres": the UN
        if low in BASES:  # "missiles at two bases in Iraq housing U.S. troops": at the troops' state, not Iraq
            housing = next((t for t in tok.subtree if t.lower_ in HOUSING and t.i > tok.i), None)
            housed = [m for m in self.mentions if housing is not None and housing.i < m.start
                      and m.end - 1 <= tok.right_edge.i and m.actor.kind == "country"]
            if housed:
                return housed
        if low in PERSON_PRONOUNS:
            m = self._person_antecedent(tok)
            return [m] if m else []
        if low == "them" and tok.dep_ in ("dobj", "dative"):  # "called both leaders and urged them to...": that group
            groups = [self.actors(t) for t in tok.sent if t.i < tok.i and t.dep_ in ("dobj", "pobj", "nsubj")
                      and (t.pos_ == "NOUN" or t.conjuncts and t.ent_type_ == "PERSON")]  # "spoke to Tshisekedi
            # and Kagame and urged them"
            groups = [g for g in groups if len({m.code for m in g}) > 1]
            return groups[-1] if groups else []
        if low == "both" and tok.pos_ == "PRON" and tok.dep_ == "dobj" and tok.head.dep_ in ("advcl", "conj"):
            up = tok.head.head  # "spoke with Zarif and with his Saudi counterpart, urging both to...": those two
            both = distinct(self.prep_actors(up, {"with", "to"}) + [
                m for c in up.children if c.dep_ in ("dobj", "dative") for m in self.actors(c)])
            if len(both) == 2:
                return both
        if low == "counterparts" and tok.i not in self.by_token and not any(
                c.dep_ in ("amod", "compound") and self.actors(c) for c in tok.children):
            own = {m.code for m in self.subjects(tok.head)} if tok.dep_ == "dobj" and any(
                c.dep_ == "poss" for c in tok.children) else set()
            if own:  # "thanked his counterparts": the others of the last meeting or deal of several he was in
                return self._fellow_parties(own)
        if low in ("you", "your") and tok.pos_ == "PRON" and asked_of(tok):  # "your government", "will you
            return interviewee(tok.doc, self.mentions)                      # retaliate?" asked of the interviewee
        if low in ("i", "me", "my") and tok.pos_ == "PRON" and tok.i not in self.by_token:
            return self._speaker(tok)  # "'I have made clear that Iran must stop,' he said": the speaker
        if low in FIRST_PERSON and tok.i not in self.by_token and not tok.text.isupper() and tok.pos_ == "PRON":
            # "We urge India to stop," Dar added: the speaker's side (not "US")
            return self._speaker(tok)
        if low == "their" and tok.dep_ == "poss" and tok.head.dep_ == "nsubj":  # "Finland and Sweden said their
            said = speech_governor(tok.head.head)                                # ministers would stay away"
            return self.subjects(said) if said is not None else []
        if low == "their" and tok.dep_ == "poss" and trigger_of(tok.head) is not None and \
                type_of(tok.head) in SYMMETRIC_TYPES:  # "Russia and Ukraine each freed 390 prisoners..., agreed at
            root = tok.sent.root                       # their first direct peace talks": the two subjects
            subs = [m for c in root.children if c.dep_ == "nsubj" and c.i < tok.i for m in self.actors(c)]
            if len({m.code for m in subs}) > 1:
                return subs
        if low == "they":  # "X said they would...": the speakers; "A, B and C did... They urged": the three
            said = speech_governor(tok.head) if tok.dep_ == "nsubj" else None
            speakers = [m for m in self.subjects(said) if m.actor.kind != "person"] if said is not None else []
            if len({m.code for m in speakers}) > 1:
                return speakers  # "Lithuania, Latvia and Estonia said they were preparing sanctions": all three
            teller = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" else None
            told = [m for c in teller.children if c.dep_ in ("dobj", "dative") for m in self.actors(c)] \
                if teller is not None and teller.lemma_.lower() in TELLING else []
            if len({m.code for m in told}) > 1:
                return told  # "warning the UAE and Bahrain that they would be responsible": the two warned
            first = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "conj" else None
            plural = [c for c in first.children if c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or c.conjuncts or (
                c.i in self.by_token and self.by_token[c.i].actor.kind == "group"))] if first is not None else []
            if plural and self.actors(plural[0]):  # "The Houthis have launched drones..., and they threatened":
                return self.actors(plural[0])      # the first clause's plural subject
            m = self._state_antecedent(tok, speaker_only=True)
            return [m] if m else self._last_subjects(tok) if tok.dep_ == "nsubj" else []
        if low in STATE_PRONOUNS:
            war = tok.dep_ == "poss" and tok.head.lemma_.lower() in ONGOING_WARS and tok.head.dep_ == "pobj"
            m = self._country_before(tok) if war else self._state_antecedent(tok)  # "shells to Russia for its war"
            return [m] if m else []
        acting = [c for c in tok.children if c.dep_ == "amod" and c.tag_ == "VBG" and type_of(c) is not None] if \
            tok.tag_ == "NNS" and lemma in ("state", "country", "nation", "government", "capital") else []
        if acting and tok.i not in self.by_token:  # "urged the blockading states to ease it": the four that cut
            doers = self.acting_group(type_of(acting[0]), acting[0].lemma_.lower())  # ties, told before
            if doers:
                return doers
        n = next((NUMBERS[c.lower_] for c in tok.children if c.lower_ in NUMBERS), None)
        if n is None and low in NUMBERS and NUMBERS[low] > 2 and tok.dep_ in ("dobj", "pobj", "nsubj") and \
                not any(c.lower_ in ("more", "other", "others") for c in tok.children):  # "and three more" staff
            n = NUMBERS[low]  # "accused the four of..."
        if n is None and low == "two" and (tok.dep_ == "nsubj" or tok.head.lower_ == "between") and any(
                c.lower_ == "the" for c in tok.children):
            n = 2  # "the two pledged to work together", "talks between the two"
        if n is None and low == "both" and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PRON":
            n = 2  # "Japarov and Rahmon shook hands in Samarkand, where both were attending the summit"
        if n is None and lemma in ("side", "party") and any(c.lower_ == "each" for c in tok.children):
            n = 2  # "each side accused the other": both, each at the other
        plural = tok.tag_ == "NNS" and tok.i not in self.by_token and any(
            c.lower_ in ("the", "their", "both") for c in tok.children) and not any(
            c.dep_ in ("amod", "compound", "poss", "prep") and self.actors(c) for c in tok.children)
        if n is None and plural and lemma == "leader" and tok.dep_ in ("pobj", "dobj", "nsubj") and not any(
                c.dep_ in ("prep", "acl", "relcl") for c in tok.children):
            return self._leaders_named(tok)  # "condemned the comments by the European leaders"
        if n is None and plural and lemma in ("country", "nation") and tok.dep_ == "poss":  # "the countries'
            return self._last_list(tok, None) or self._last_n(tok, 2, persons=False, states_only=True)  # ministers"
        if n is None and plural and lemma in RIVALS:
            n = 2  # "the neighbours", "the regional rivals": the pair in dispute
        if n is not None and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.i not in self.by_token:
            n = None  # "a three-nation tour", "a two-state solution": a kind of thing, not the nations just named
        if n is not None and n > 2 and any(c.dep_ == "amod" and c.i in self.by_token for c in tok.children):
            n = None  # "three Maldivian deputy ministers": their country (not "the two Korean leaders")
        if n is not None and lemma in ("group", "militia", "faction", "movement") and tok.i not in self.by_token \
                and not any(c.dep_ in ("amod", "compound") for c in tok.children):  # not "two American aid groups"
            return self._last_n(tok, n, persons=False, kind="group")  # "a charge both groups have denied"
        if n is not None and (lemma in COUNTRY_GROUPS | PERSON_GROUPS or low in NUMBERS) and tok.i not in self.by_token \
                and not any(self.actors(g) for c in tok.children
                            if (c.dep_ == "prep" and c.lower_ in ("of", "including")) or c.dep_ == "appos"
                            for g in ([c] if c.dep_ == "appos" else c.children)):
            # a group word, unless the phrase names its members: "the two leaders of Kyrgyzstan and Tajikistan",
            # "ten countries, including France and Italy"
            kept = self.exclude
            self.exclude = kept | self._counterparts(tok)  # "the four states cut ties with Doha": not Qatar
            try:
                return self._last_n(tok, n, persons=lemma in PERSON_GROUPS)
            finally:
                self.exclude = kept
        if tok.tag_ == "NNS" and lemma in ("country", "nation", "state", "government") and tok.i not in self.by_token \
                and any(c.dep_ == "relcl" and c.lemma_.lower() in GIVING for c in tok.children):
            return [code_mention(c) for c in dict.fromkeys(  # "thanked the countries that had sent help": the donors
                e.source for e in self.events if e.type == "AID" and not e.negated and not e.hypothetical
                and e.source not in self.exclude and e.source in load_default().countries)]
        if plural and lemma in GOVERNMENT_NOUNS:
            return self._last_list(tok, None)  # "the juntas", "their governments": the states just listed
        if lemma in ("minister", "president", "premier", "chancellor") and tok.i not in self.by_token and tok.tag_ == "NN" \
                and any(c.lower_ == "the" for c in tok.children) and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and not any(c.dep_ in ("poss", "amod", "prep", "compound") and c.lower_ not in ("prime", "vice")
                            for c in tok.children):
            m = self._titled_person(tok)  # "Albanese met Xi... The prime minister visited Washington"
            return [m] if m else []
        said = speech_governor(tok.head) if lemma in ("country", "nation") and tok.dep_ == "nsubj" \
            and tok.tag_ == "NN" and [c.lower_ for c in tok.children] == ["the"] else None
        if said is not None:
            return self.subjects(said)[:1]  # "Lula said the country would not accept...": Lula's
        if lemma in ("nation", "country") and tok.dep_ == "poss" and tok.head.lemma_.lower() in (
                "president", "leader", "ruler") and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "as" and \
                [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"]:
            m = self._country_before(tok, other=True)  # "recognised opposition leader Juan Guaidó as the nation's
            return [m] if m else []  # interim president": the country just named, not the recogniser
        if lemma in ("nation", "country", "archipelago", "kingdom", "republic") and tok.tag_ == "NN" and \
                any(c.dep_ in ("amod", "compound") for c in tok.children) and \
                tok.i not in self.by_token and tok.dep_ in ("pobj", "dobj", "dative") and any(
                c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("poss", "compound", "amod", "prep") and self.actors(c) for c in tok.children):
            m = self._country_before(tok, other=True)  # "a Dornier aircraft that New Delhi gifted to the island
            return [m] if m else []  # nation": the country just named, not the giver (and not "defend the country")
        seat = self.prep_actors(tok, {"in"}) if lemma in GOVERNMENT_NOUNS | {"leader", "ruler", "authority"} and \
            tok.i not in self.by_token and not any(c.dep_ in ("poss", "amod") or (c.dep_ == "prep" and c.lower_ == "of")
                                                   for c in tok.children) else []  # not "leaders of the GCC in Riyadh"
        if seat and all(m.actor.kind == "country" for m in seat):
            return seat  # "the junta in Niamey", "the coup leaders in Niger": the state they rule
        if lemma in GOVERNMENT_NOUNS and tok.i not in self.by_token and any(c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("poss", "compound", "amod", "prep") and self.actors(c) for c in tok.children) \
                and not self.prep_actors(tok, {"in"}):  # "the government in Tokyo" is named
            m = self._ruled_before(tok) or self._country_before(tok)  # "the junta", "the regime": the country
            return ([m] if m else []) + self._conjoined(tok)  # just named; "war between the army and the RSF"
        seat = [m for m in self.prep_actors(tok, {"in"}) + self.prep_actors(tok.head, {"in"})
                if m.actor.kind == "country"] if lemma in MINISTRIES and tok.i not in self.by_token and \
            tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("poss", "compound", "amod", "prep") and self.actors(c) for c in tok.children) else []
        if seat:
            return seat  # "In Algiers, the foreign ministry summoned...": the state whose capital it sits in
        if lemma in MINISTRIES and tok.i not in self.by_token and tok.dep_ == "nsubj" and \
                tok.head.dep_ not in ("ccomp", "xcomp") and \
                [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"] and not any(
                c.dep_ in ("poss", "compound", "amod", "prep") and self.actors(c) for c in tok.children):
            spoke = self._last_speaker(tok) or self.owner_before(tok)  # "Iraq's prime minister's office
            if spoke:  # said..., and the foreign ministry said": the same state's; "The Chinese Foreign Ministry
                return spoke  # announced... the ministry also summoned": the ministry named before
        if lemma == "court" and tok.i not in self.by_token and [c.lower_ for c in tok.children] == ["the"]:
            m = self.named_body(tok, "court")  # "the court ordered Venezuela": the ICJ named before, if any
            if m is not None:
                return [m]
        if lemma in ORG_NOUNS and tok.i not in self.by_token and any(c.lower_ == "the" for c in tok.children):
            m = self.org_before(tok, group=lemma in ARMED_NOUNS)  # "freed by the group", "asked the bloc"
            return ([m] if m else []) + self._conjoined(tok)
        if lemma in RESOLUTIONS and any(c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("compound", "amod", "poss", "acl") for c in tok.children):
            m = self.org_before(tok, group=False)  # "the resolution urged Israel": the council that voted on it
            return [m] if m else []
        if tok.text in ("Cross", "Crescent") and tok.i > 0 and tok.nbor(-1).text == "Red" and tok.i not in self.by_token:
            return []  # "China's Red Cross": a national society, not the state
        out: list[Mention] = []
        seen: set[int] = set()
        stack = [tok]
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            if t.i != tok.i and t.dep_ == "pobj" and t.head.lower_ == "of" and t.i not in self.by_token and any(
                    k.lower_ in NUMBERS for k in t.children):  # "the national security advisers of both countries"
                out += [m for m in self.actors(t) if m not in out]
                continue
            m = self.by_token.get(t.i)
            acting = m is not None and m.actor.kind == "person" and self._acting_for(t)
            if acting:
                m = None  # "Angolan President João Lourenço, the African Union's mediator": the AU, which the
                # apposition brings in, not Angola
            if m is not None and m not in out and not _of_former(t):
                out.append(m)
            owned = any(c.dep_ == "poss" and self.by_token.get(c.i) for c in t.children)
            named = t.lemma_.lower() in RELATIONAL and any(c.dep_ == "appos" for c in t.children)
            armed = [x for x in [m] + [self.by_token.get(c.i) for c in t.children if c.dep_ in ("compound", "amod")]
                     if x is not None and x.actor.kind == "group"]
            for c in t.children:
                if acting and c.dep_ in ("compound", "amod"):
                    continue
                if named and c.dep_ == "poss":
                    continue  # "Sri Lanka's biggest creditors, China, Japan and India": the creditors, not Sri Lanka
                if c.dep_ == "appos" and (c.lemma_.lower() in RELATIONAL or c in gapped(t.head)):
                    # ("expelled four diplomats, Canada four": Canada expels, see gapped)
                    continue  # "Algeria, Niger's northern neighbour", "Russia and China, both creditors of Venezuela"
                if armed and c.dep_ == "poss":
                    continue  # "Yemen's Houthi movement", "Lebanon's Hezbollah": the group, not the country
                if c.dep_ == "appos" and c.pos_ == "NOUN" and m is not None and m.actor.kind == "country" and any(
                        k.lower_ in ("a", "an") for k in c.children):
                    continue  # "Serbia, an EU candidate country": what Serbia is, not the EU
                if c.dep_ in ("amod", "compound") and t.lemma_.lower() in REBELS and c.i in self.by_token and \
                        self.by_token[c.i].actor.kind == "country":
                    continue  # "Turkish troops and allied Syrian rebels": those who fight the state, not it
                if owned and c.dep_ == "compound" and not armed:
                    continue  # "Sweden's NATO membership" is Sweden's
                if c.dep_ == "compound" and c.lemma_.lower() in ("member", "ally") and m is not None and \
                        m.actor.kind == "country":
                    continue  # "NATO-member Norway": Norway, not NATO
                if c.dep_ == "poss" and c.i not in self.by_token and (c.lemma_.lower() in ORG_NOUNS | GOVERNMENT_NOUNS or (
                        c.tag_ == "NNS" and c.lemma_.lower() in ("country", "nation"))):
                    out += [m for m in self.actors(c) if m not in out]  # "the assembly's vote": the OAS's;
                    # "the army's positions": the country just named
                    continue
                if c.dep_ == "poss" and c.lower_ in ("its", "his", "her", "their") and t.lemma_.lower() in OWN_FORCES:
                    out += [m for m in self.actors(c) if m not in out]  # "its forces", "his government"
                    continue
                if c.dep_ in ARG_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "including")) or (
                        c.dep_ == "prep" and t.tag_ == "NNS" and (c.lower_ == "like" or any(  # "countries like India",
                            k.lower_ == "such" for k in c.children))) \
                        or (c.dep_ == "pobj" and t.lower_ in ("of", "with", "from", "including", "like", "as")) \
                        or (c.dep_ == "npadvmod" and t.lower_ in HYPHEN_LINKS and not (
                            t.lower_ == "led" and t.head.lemma_.lower() in ORG_NOUNS)):  # "Israeli-linked ships",
                    # "the U.S.-led coalition" (not "a Russian-led bloc": the bloc is an organisation of its own)
                    stack.append(c)
                elif c.dep_ == "prep" and c.lower_ == "with" and t.lemma_ in ("border", "frontier", "boundary", "crossing"):
                    stack.append(c)  # "along its border with Ukraine"
                elif c.dep_ == "prep" and c.lower_ == "in" and t.lemma_ in IN_NOUNS and t.i == tok.i:
                    stack += [g for g in c.children if g.dep_ == "pobj"]  # "the authorities in Kabul"
                elif c.dep_ == "prep" and c.lower_ == "to" and t.lemma_ in TO_NOUNS:
                    out += [m for g in c.children if g.dep_ == "pobj" for m in self.actors(g) if m not in out]
                elif c.dep_ == "acl" and c.lemma_.lower() in LINKED and t.lemma_.lower() in HELD and t.i == tok.i:
                    out += [m for m in self.prep_actors(c, {"to", "with", "by"}) if m not in out]  # "targets linked
                    # to the Houthi movement", "ships belonging to Iran", "bases used by the RSF"
                elif c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head") and t.lemma_.lower() in ENVOYS and \
                        t.i == tok.i:  # "the delegations, led by Pakistan's defence minister and his Afghan
                    out += [m for m in self.passive_doers(c) if m not in out]  # counterpart": theirs
                elif c.dep_ == "prep" and c.lower_ == "from" and t.lemma_ in FROM_NOUNS:
                    # "officials from Iran", "troops from both sides": whatever the phrase names, groups too
                    out += [m for g in c.children if g.dep_ == "pobj" for m in self.actors(g) if m not in out]
        if tok.dep_ == "dobj" and out:
            out += [m for m in self._loose_list(tok) if m not in out]
        return sorted(out, key=lambda m: m.start)

    def _last_speaker(self, tok: Token) -> list[Mention]:
        """The state of the last one told speaking before tok, in its sentence or the one before."""
        for t in reversed(self.doc[sentence_start(tok, 1):tok.i]):
            if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_LEMMAS:  # its own named subject
                states = [m for c in t.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for m in self.actors(c)
                          if m.code in load_default().countries]
                if states:
                    return [code_mention(states[0].code)]
        return []

    def _fellow_parties(self, own: set[str]) -> list[Mention]:
        """The other parties of the last meeting or deal told of three or more in which `own` took part."""
        for e in reversed(self.events):
            if e.type in ("AGREE", "CONSULT") and own & {e.source, e.target} and not e.negated:
                told = [x for x in self.events if (x.start, x.trigger, x.type) == (e.start, e.trigger, e.type)]
                parties = dict.fromkeys(c for x in told for c in (x.source, x.target) if c not in own)
                if len(parties) > 1:
                    return [code_mention(c) for c in parties]
        return []

    def owner_before(self, tok: Token) -> list[Mention]:
        """The state the last noun like tok before it was named with: "the ministry" after "the Chinese Foreign
        Ministry", "attended Monday's ceremony" after "the swearing-in ceremony of the new Indian government"."""
        for t in reversed(self.doc[:tok.i]):
            if t.lemma_.lower() == tok.lemma_.lower():
                owners = [c for c in t.children if c.dep_ in ("amod", "compound", "poss")] + [
                    g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
                states = [m for c in owners for m in self.actors(c) if m.code in load_default().countries]
                if states:
                    return states[:1]
        return []

    def _acting_for(self, tok: Token) -> bool:
        """A person named as an organisation's agent in an apposition ("the AU's mediator", "the bloc's envoy")."""
        return any(c.dep_ == "appos" and c.lemma_.lower() in AGENT_TITLES and any(
            k.dep_ == "poss" and any(x.actor.kind not in ("country", "person") for x in self.actors(k))
            for k in c.children) for c in tok.children)

    def _counterparts(self, tok: Token) -> set[str]:
        """Codes a subject's verb names as the other side: "cut ties with Doha", "imposed sanctions on Iran"."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
            return set()
        return {m.code for m in self._named_on(tok.head, ("with", "against", "on", "to"), objects=True) if m.code}

    def _list_opening(self, last: Mention) -> list[Mention]:
        """The rest of a list of named leaders that opens the sentence and ends with this subject, however the
        parser broke it up: "Trump, Egyptian President Abdel Fattah al-Sisi, Qatar's Emir Sheikh Tamim and
        Turkish President Recep Tayyip Erdogan signed a document" (only titles, commas and "and" between them)."""
        start = self.doc[last.start].sent.start
        gap = self.doc[start:last.start]  # read first: cheap, and most subjects open no such list
        if not any(t.lower_ == "and" for t in gap) or not all(
                t.is_punct or t.lower_ in ("and", "'s") or t.lower_ in NAME_PARTICLES or t.text[:1].isupper()
                for t in gap):
            return []
        before = [m for m in self.mentions if start <= m.start and m.end <= last.start]
        return before if len(before) >= 2 and len({m.code for m in before + [last]}) > 1 else []

    def _loose_list(self, tok: Token) -> list[Mention]:
        """The rest of a list of titled names the parser broke off the object: "welcomed Russian President Vladimir
        Putin, Turkish President Recep Tayyip Erdogan, French President Emmanuel Macron and ..." hangs Erdogan on
        the verb as if he were a verb of its own; the phrase right after the object's comma continues the list."""
        for c in tok.head.children:
            if c.dep_ in ("dep", "conj") and c.pos_ == "PROPN" and c.i > tok.i and c.i in self.by_token \
                    and self.doc[tok.right_edge.i + 1].text == "," \
                    and c.left_edge.i in (tok.right_edge.i + 1, tok.right_edge.i + 2):
                return self.actors(c)
        return []

    def _speaker(self, tok: Token) -> list[Mention]:
        """Whom "we", "us", "our" speak for: the one who says the sentence ("'We urge India to stop,' Dar added",
        "the ministry said: 'we condemn...'"), the governing speech verb first, else any other in the sentence."""
        said = speech_governor(tok.head if tok.dep_ != "ROOT" else tok)
        verbs = ([said] if said is not None else []) + [
            t for t in tok.sent if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS and t is not said]
        for verb in verbs:
            subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(c.lower_ in FIRST_PERSON | {"i", "me"} for c in subs):
                continue  # "'We will respond,' I said": no speaker named (and no loop back through "I")
            found = [m for c in subs for m in self.actors(c) if m.state_level]
            if found:
                return found[:1]
        return turn_speaker(tok, self.mentions) or self._signatories(tok)  # an answer in a transcript: its speaker

    def _signatories(self, tok: Token) -> list[Mention]:
        """A statement's own "we": the states its first "we" names in apposition ("We, the foreign ministers of
        France, Germany and the United Kingdom, have ... We call on Iran")."""
        for t in tok.doc[:tok.i + 1]:
            if t.lower_ == "we" and t.pos_ == "PRON":
                named = [m for c in t.children if c.dep_ == "appos" for m in self.actors(c) if m.state_level]
                if named:
                    return named
        return []

    def _along_with(self, verb: Token) -> list[Mention]:
        """Co-subjects hung on the verb: "The Philippine government, along with its treaty ally, the United States,
        condemned..."; "together with Japan"."""
        return [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("along", "together") and c.i < verb.i
                for w in c.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj"
                for m in self.actors(g)]

    def _conjoined(self, tok: Token) -> list[Mention]:
        """The actors of the words coordinated with a group word: "the army and the RSF" -> the RSF."""
        return [m for c in tok.children if c.dep_ == "conj" for m in self.actors(c)]

    def subjects(self, verb: Token) -> list[Mention]:
        """Subjects of a verb, inherited through xcomp/advcl/conj/"by doing" when it has none."""
        spoken_for = [m for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "speak" and c.tag_ == "VBG"
                      for m in self.prep_actors(c, {"for"}) + [
                          m for k in c.children if k.dep_ == "prep" and k.lower_ == "on" for g in k.children
                          if g.lower_ == "behalf" for m in self.prep_actors(g, {"of"})]]
        if spoken_for:  # "Speaking for the European Union, Slovakia's representative condemned...": the bloc
            return spoken_for
        found = self._subjects(verb)
        if not found and misplaced_conj(verb):  # "the ministry said the ship had been sent to warn the vessel to
            speech = next((a for a in verb.ancestors if a.lemma_.lower() in SPEECH_LEMMAS and a.pos_ == "VERB"),
                          None)  # leave and accused Washington of...": a tensed verb hung on the infinitive is
            found = self.subjects(speech) if speech is not None else []  # the speaker's, when no one else acts
        return found

    def _subjects(self, verb: Token) -> list[Mention]:
        if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.head.lemma_.lower() in ("join", "follow") \
                and verb.head.head.pos_ == "VERB":  # "Canada joined (followed) the United States in imposing
            # sanctions": both do
            found = self.subjects(verb.head.head)
            return found + [m for c in verb.head.head.children if c.dep_ == "dobj" for m in self.actors(c)
                            if m.code not in {f.code for f in found}]
        tok, via = infinitive_list(verb), None
        joined = False  # a conjunction crossed on the way up: "said the operation needs to respect... and denounced"
        if misplaced_conj(verb):  # "urged them to exercise restraint and offered to help": the urger offers
            tok, joined = verb.head.head, True
        for _ in range(5):
            # a raising verb's passive subject is the actor: "Seoul's president is expected to visit Tokyo"
            deps = ("nsubj", "csubj") if tok.i == verb.i else ("nsubj", "csubj", "nsubjpass")
            subs = [c for c in tok.children if c.dep_ in deps]
            found = [m for s in subs for m in self.actors(s)]
            if subs and via == "conj" and speakers_act(verb, tok):
                # ("said the three countries were walking a dangerous road and accused them of...": no one accuses
                # itself as "them")
                tok, via = tok.head, None  # "Wu said Honduras had asked for aid and accused Beijing": Wu accused
                continue
            if subs and not found and (via == "conj" or joined):
                # "said the dam was no threat and invited Cairo", "said there was no evidence the drones came
                # from Yemen and blamed Iran": the speaker acts, whatever the second verb was hung from
                speech = next((a for a in tok.ancestors if a.lemma_.lower() in SPEECH_LEMMAS and a.pos_ == "VERB"), None)
                if speech is not None:
                    tok, via = speech, None
                    continue
            if subs and via == "advcl" and any(c.dep_ == "auxpass" for c in tok.children):
                # "the envoy was summoned to the ministry to protest...": the purpose is the summoner's
                return self.passive_doers(tok)
            if subs:
                found += [m for s in subs if s.pos_ == "PROPN" and s.i in self.by_token
                          for m in self._list_opening(self.by_token[s.i]) if m not in found]
                found += [m for g in gapped(tok) for m in self.actors(g) if m not in found]
                return found + [m for m in self._along_with(tok) if m not in found]
            stray = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ == "appos" and t.right_edge.i == tok.i - 1
                     ] if tok.dep_ == "ROOT" and tok.pos_ == "VERB" else []
            if stray:  # "with the mediation of Malaysia's prime minister, Thailand and Cambodia agreed": the
                return self.actors(stray[0])  # parser hung the subject on the phrase before it as an apposition
            swallowed = misread_subject(tok)
            if swallowed is not None:  # "a day after Saudi Arabia, the UAE, Bahrain and Egypt severed ties with
                return self.actors(swallowed)  # Qatar": the subject read as the object of "after"
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children] if tok.dep_ != "conj" or any(
                c.dep_ == "auxpass" for c in tok.children) else []  # "and summoned its envoy over acts by China": no agent
            if agents:
                return [m for g in agents for m in self.actors(g)]
            if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in UNDERTAKINGS and tok.head.dep_ == "dobj" \
                    and any(c.lower_ == "to" for c in tok.children) and not self._own(tok.head, tok):  # "launched a process to reimpose sanctions": the launchers'
                tok, via = tok.head.head, "acl"
                continue
            if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.i > 0 and tok.doc[tok.i - 1].text == "," and \
                    tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB":  # "expressed their solidarity with
                tok, via = tok.head.head, "conj"  # Niger, called the sanctions illegal": a verb of the list misread
                continue
            if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")):
                return self._own(tok.head, tok)
            deciders = decided_by(tok)
            if deciders:  # "regretted the decisions of Riyadh and Manama to sever relations", the infinitive
                return [m for g in deciders for m in self.actors(g)]  # hung on "regretted": the deciders act
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "responded by recalling"
                tok = tok.head.head
                continue
            controller = [c for c in tok.head.children if c.dep_ == "dobj"] if tok.dep_ == "xcomp" and \
                tok.head.lemma_.lower() in OBJECT_CONTROL and via != "advcl" else []  # not "ordered diplomats
            # from seven countries to leave, accusing them of...": the one who orders accuses
            if controller:  # "urged Iran to return to direct talks": Iran would talk, not the urgers
                return self.actors(controller[0])
            if tok.dep_ in ("xcomp", "advcl", "conj", "acl", "acomp") and tok.head.i != tok.i:
                joined = joined or tok.dep_ == "conj"
                tok, via = tok.head, tok.dep_
                continue
            if tok.dep_ == "ccomp" and tok.i == verb.i and tok.head.lemma_.lower() in SPEECH_LEMMAS and \
                    tok.pos_ == "VERB" and tok.tag_ == "VBD" and any(  # "the ministry said it regretted
                        c.dep_ == "ccomp" and c.i < tok.i for c in tok.head.children):  # Pakistan's steps,
                tok, via = tok.head, "conj"  # urged Islamabad to review them": a list of the speaker's acts
                continue
            break
        return []

# Verbs of giving help: "the countries that had sent help" are its donors.
GIVING = frozenset({"send", "provide", "give", "offer", "donate", "contribute", "dispatch", "deliver", "pledge"})


def _of_former(tok: Token) -> bool:
    """'Former U.S. president Donald Trump': the country names the office once held, not an actor."""
    return tok.dep_ in ("compound", "nmod", "amod") and any(
        c.lower_ in ("former", "ex", "ex-") for c in tok.head.children if c.i < tok.i)


def gapped(verb: Token) -> list[Token]:
    """The subjects of clauses that share a verb and leave it out, after a counted object: "Germany and France
    each expelled four diplomats, Canada four and Ukraine thirteen" (the parser hangs "Canada" on the object)."""
    return [c for obj in verb.children if obj.dep_ == "dobj" and any(k.dep_ == "nummod" for k in obj.children)
            for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > obj.i
            and any(k.dep_ == "nummod" for k in c.children)]


def decided_by(verb: Token) -> list[Token]:
    """Whose decision an infinitive tells when the parser hung it on the verb before the decision: "regretted
    the decisions of Saudi Arabia and Bahrain to sever relations", "regret at the decisions of..." ("to sever"
    an advcl of "regretted")."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children):
        return []
    objects = [o for c in verb.head.children for o in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep"
                                                         else []) if o.dep_ in ("dobj", "pobj")]
    return [g for obj in objects if obj.lemma_.lower() in DECIDED and obj.right_edge.i == verb.i - 2
            for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def misread_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser read as the object of a subordinating word before it ("after
    Saudi Arabia, the UAE, Bahrain and Egypt severed ties": "Saudi Arabia" the object of "after")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    last = verb.doc[verb.i - 1]
    first = last if last.dep_ != "conj" else next((a for a in last.ancestors if a.dep_ != "conj"), None)
    if first is not None and first.dep_ == "pobj" and first.head.lower_ in SUBORDINATORS and \
            first.right_edge.i == verb.i - 1:
        return first
    return None
