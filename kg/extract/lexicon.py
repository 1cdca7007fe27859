"""Lexicon: the word lists the trigger, frame and reference rules read.

In: nothing. Out: frozensets of lemmas (and one table of light verbs that retype their noun), each
with a comment saying what it is for, and the role titles that precede a name. The event-trigger
lexicon proper is data (patterns/triggers.jsonl); these lists describe context: light verbs, forces
and goods, words of judgement, closable posts.
"""

from __future__ import annotations

# Verbs that carry a nominal trigger: "imposed sanctions", "held talks", "launched strikes".
LIGHT_VERBS = frozenset("""
fight prepare press impose reimpose reinstate reintroduce hold conduct launch carry stage reach have make announce order approve level slap unveil
begin start continue resume join open seal strike broker finalize finalise complete near weigh
propose plan consider mount step expand extend renew escalate intensify sign agree conclude
initiate authorize authorise give get take issue pursue enter arrange schedule trade exchange host
lead deliver provide send offer pledge unleash perform wage maintain keep tighten toughen broaden
widen execute do seek eye mull accept finish secure win pass adopt lodge file register voice
express establish restore upgrade normalize normalise cut sever break downgrade freeze end receive
declare promise carry_out post convey reaffirm reiterate affirm renew roll raise pause suspend postpone delay
increase hike double triple bring
put defer stag place grant disburse allocate collect levy endorse ratify
""".split())  # "stag": the pinned model's lemma of "staged"
# Light verbs that change the type of the noun they carry.
RETYPE = {"lift": ("RETREAT", None), "drop": ("RETREAT", None), "remove": ("RETREAT", None),
          "ease": ("CONCEDE", None), "relax": ("CONCEDE", None), "loosen": ("CONCEDE", None),
          "waive": ("CONCEDE", None), "offer": ("AGREE", None), "propose": ("AGREE", None),
          "promise": ("AGREE", None), "pledge": ("AGREE", None)}
RECIPROCAL_VERBS = frozenset({"trade", "exchange", "swap"})
CAPTIVES = frozenset({"prisoner", "captive", "hostage", "detainee", "pow", "body"})
TIES_UP = frozenset({"establish", "restore", "upgrade", "normalize", "normalise", "resume", "renew",
                     "strengthen", "deepen", "open", "expand", "boost", "improve", "broaden", "bolster", "develop",
                     "enhance", "forge"})
TIES_DOWN = frozenset({"cut", "sever", "break", "downgrade", "suspend", "freeze", "end", "rupture"})
# What moving them means: forces are a show of force, weapons handed over are aid.
FORCES = frozenset({"troop", "soldier", "force", "warship", "ship", "destroyer", "carrier", "submarine",
                    "bomber", "battalion", "brigade", "marine", "navy", "fleet", "vessel", "jet", "paratrooper",
                    "peacekeeper", "commando", "contingent", "police", "gendarme"})
WEAPONS = frozenset({"weapon", "arm", "tank", "missile", "ammunition", "munition", "rocket", "shell",
                     "artillery", "drone", "aid", "equipment", "system", "package", "f-16", "f-16s", "battery",
                     "interceptor", "howitzer", "jet"})
GOODS = frozenset({"oil", "crude", "gas", "lng", "grain", "wheat", "coal", "fuel", "electricity", "fertiliser",
                   "fertilizer", "rice", "corn", "maize", "soybean", "steel", "copper", "uranium"})
RELIEF = frozenset({"supply", "medicine", "relief", "assistance", "help", "food", "vaccine", "dose", "tent",
                    "blanket", "water", "doctor", "medic", "team", "rescuer", "expert", "money", "fund", "cash"})
HANDED_OVER = frozenset({"trafficker", "suspect", "fugitive", "prisoner", "detainee", "criminal", "member"})
PROJECTILES = frozenset({"missile", "rocket", "drone", "shell", "torpedo", "strike", "airstrike", "attack",
                         "offensive", "raid", "bomb"})
CLOSABLE = frozenset({"border", "crossing", "airspace", "embassy", "consulate", "port", "frontier", "mission",
                      "checkpoint"})
# People a state holds: "an Australian writer whom Chinese authorities have held since 2019".
HELD_PEOPLE = frozenset({"citizen", "national", "writer", "journalist", "businessman", "businesswoman", "tourist",
                         "student", "worker", "academic", "executive", "activist", "sailor", "crew", "fisherman",
                         "diplomat", "aid", "researcher", "professor", "blogger", "soldier", "serviceman",
                         "pilot", "prisoner"})
ENVOYS = frozenset({"delegation", "envoy", "emissary", "diplomat", "negotiator", "mission", "minister"})
NO_COMMENT = frozenset({"comment", "elaborate", "respond", "confirm", "say", "speak", "discuss"})
DIPLOMATIC_PROTEST_CARRIERS = frozenset({"lodge", "file", "register", "deliver", "send", "issue"})
# Answering in kind: "vowed to respond", "would retaliate" threatens; the answer itself is future.
RESPONSES = frozenset({"respond", "retaliate", "react", "reciprocate"})
# What "would defend itself" defends: the speaker's own; "would defend Ukraine" is support.
OWN_GROUND = frozenset({"itself", "themselves", "territory", "sovereignty", "inch", "country", "interest", "border",
                        "homeland", "nation", "security", "people", "citizen"})
# What "did not rule out" keeps open: force ("not rule out" threatens, the "not" included: kg/extract/phrasal.py).
FORCE_OPTIONS = frozenset({"option", "action", "force", "strike", "intervention", "response", "measure", "step",
                           "retaliation", "attack"})
# Nouns whose "on ..." names a topic: "negotiations on a trade agreement".
TALK_NOUNS = frozenset({"negotiation", "talk", "talks", "discussion", "dialogue", "consultation", "work"})
# Leaving: from an organisation a SANCTION, from a country a RETREAT.
LEAVE_LEMMAS = frozenset({"exit", "quit", "leave", "withdraw", "withdrawal", "pull", "evacuate"})
# Conflict nouns that name both sides at once: "fighting between Sudan's army and the RSF".
MUTUAL_NOUNS = frozenset({"fighting", "fight", "clash", "war", "battle", "hostility", "skirmish", "conflict",
                          "firefight", "gunbattle", "shootout"})
# Adjectives that make an "attack" one of words: "a sharp attack on India", "a scathing attack".
VERBAL_ATTACK = frozenset({"sharp", "scathing", "verbal", "blistering", "stinging", "withering", "personal",
                           "rhetorical", "bitter", "furious", "fierce", "strongly-worded", "veiled"})
# Texts states put their names to: what the text does, its signers do ("a statement backing the strikes").
DOCUMENTS = frozenset({"statement", "letter", "declaration", "communique", "communiqué", "resolution", "note",
                       "appeal", "petition", "law", "bill", "decree"})
# Fights that take two: "A clashed with B", "firefights with Cambodian soldiers" -> each hits the other.
CLASH_LEMMAS = frozenset({"clash", "skirmish", "firefight", "gunbattle", "shootout", "scuffle"})
# Predicative adjectives of disapproval: "was deeply disappointed", "is alarmed by".
DISMAY = frozenset({"disappointed", "alarmed", "concerned", "outraged", "dismayed", "appalled", "troubled",
                    "critical"})
FALSE_WORDS = frozenset({"false", "baseless", "groundless", "untrue", "unfounded", "lie", "fabrication",
                         "nonsense", "absurd", "meaningless", "slander"})
# What an act is called when it is condemned: "said the sanctions were illegal".
WRONG = frozenset({"illegal", "unlawful", "illegitimate", "unacceptable", "outrageous", "provocative", "reckless",
                   "irresponsible", "aggressive", "hostile", "unjustified", "criminal", "offensive", "insulting",
                   "unsafe", "destabilising", "destabilizing", "dangerous", "senseless", "irrational", "unfriendly",
                   "deplorable", "regrettable", "unjust", "unfair", "politicised", "politicized", "shameful",
                   "unfortunate", "undemocratic", "discriminatory", "arbitrary", "abusive", "unwarranted", "excessive",
                   "disproportionate", "inhumane", "barbaric", "cowardly", "heinous", "despicable", "abhorrent",
                   "horrific", "appalling", "unconscionable", "flawed", "misguided", "hysterical", "protectionist",
                   "counterproductive", "unhelpful", "inappropriate", "unprofessional", "disappointing", "childish"})
OPPOSED = frozenset({"opposed", "against"})
PRAISE = frozenset({"historic", "milestone", "breakthrough", "success", "victory", "achievement", "turning",
                    "positive", "constructive", "important", "welcome", "good", "great", "forward", "landmark",
                    "cordial", "productive", "fruitful", "excellent", "friend", "partner", "momentous", "encouraging",
                    "remarkable", "promising", "hopeful"})
WRONG_NOUNS = frozenset({"provocation", "violation", "aggression", "crime", "breach", "insult", "affront",
                         "interference", "blackmail", "piracy", "terrorism", "coercion", "bullying", "hunt",
                         "farce", "disgrace", "threat", "hegemony", "meddling", "intimidation", "betrayal", "sham",
                         "stunt", "hypocrisy", "cleansing", "genocide", "atrocity"})
CONCERN_CARRIERS = frozenset({"express", "voice", "raise", "register", "share", "convey"})
SEND_VERBS = frozenset({"send", "deploy", "move", "dispatch", "station", "position", "rush", "ship"})
# Moving forces or weapons about is a show of force; sending them to another state is aid.
# What a state keeps in another: "has military bases in both countries", "hosts Russia's base".
BASES = frozenset({"base", "bases", "garrison", "outpost"})
POSITION_VERBS = frozenset({"move", "station", "position", "mass", "amass", "redeploy", "strengthen", "reinforce",
                            "bolster", "beef"})
# What those verbs move besides forces and weapons: "reinforced their positions along the frontier".
POSTS = frozenset({"launcher", "position", "presence", "garrison", "deployment"})
# Role titles as they precede a name ("Colombian President Gustavo Petro"), with the role they give.
ROLE_TITLES: dict[str, str] = {
    "prime minister": "head_of_government", "premier": "head_of_government", "pm": "head_of_government",
    "chancellor": "head_of_government", "president": "head_of_state", "king": "head_of_state",
    "queen": "head_of_state", "emir": "head_of_state", "crown prince": "head_of_government",
    "supreme leader": "head_of_state", "foreign minister": "foreign_minister",
    "secretary of state": "foreign_minister", "foreign secretary": "foreign_minister",
    "foreign affairs minister": "foreign_minister", "defence minister": "defence_minister",
    "defense minister": "defence_minister", "defense secretary": "defence_minister",
    "defence secretary": "defence_minister", "secretary of defense": "defence_minister",
    "secretary of war": "defence_minister", "war secretary": "defence_minister",
    "ambassador": "official", "envoy": "official", "minister": "official", "spokesman": "official",
    "spokeswoman": "official", "spokesperson": "official", "official": "official",
    "general": "official", "deputy prime minister": "official",
    "vice president": "vice_president", "vice-president": "vice_president", "vp": "vice_president",
    "first vice president": "vice_president", "first vice-president": "vice_president",
    "executive vice president": "vice_president", "executive vice-president": "vice_president",
    "deputy president": "vice_president",
}
# Military exercises: held with another state they are cooperation, aimed at one a show of force.
DRILLS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame"})
# "Ready to fight", "prepared to strike": force held ready is a threat made now.
READY = frozenset({"ready", "prepared", "poised"})
# What a state withdraws when it drops a legal move rather than leaving a body.
COMPLAINTS = frozenset({"complaint", "case", "lawsuit", "suit", "objection", "claim", "petition"})

# ---- words of argument phrases (kg/extract/arguments.py) ----
# "Israeli-linked ships", "a Saudi-led coalition": the state is a party. An "Iran-backed militia" is not
# Iran: a proxy acts for itself, so "backed", "funded", "allied" link no one.
HYPHEN_LINKS = frozenset({"linked", "led", "owned", "flagged"})
# Nouns whose possessive pronoun names the state that acts: "its forces struck", "his government said".
OWN_FORCES = frozenset({"country", "nation", "force", "troop", "army", "military", "navy", "soldier", "jet", "warplane", "drone",
                        "government", "ministry", "coast", "guard", "police", "leader", "president", "minister",
                        "diplomat", "ambassador", "envoy", "official",
                        # and what a state owns that is hit: "strikes on its nuclear facilities", "its airspace"
                        "facility", "site", "plant", "territory", "soil", "airspace", "water", "embassy", "consulate",
                        "base", "port", "vessel", "ship", "position", "installation", "infrastructure"})
# Nouns whose "from" names whose they are: "officials from Sudan", "imports from the United States".
FROM_NOUNS = frozenset({"official", "source", "delegation", "envoy", "minister", "counterpart", "import", "export",
                        "ambassador", "diplomat", "representative", "leader", "negotiator", "inspector",
                        "good", "product", "shipment", "company", "firm", "car", "steel",
                        # "troops from both sides", "soldiers from Belarus", "fighters from the M23"
                        "troop", "soldier", "force", "fighter", "unit", "contingent", "peacekeeper", "paratrooper",
                        "personnel", "warship", "jet", "bomber", "gunman", "attacker", "militant", "commando"})
# Goods whose "to" names whom a curb on them hits: "restrictions on exports to South Korea".
TO_NOUNS = frozenset({"export", "shipment", "sale", "delivery", "material", "good", "product", "flight"})
# Acts of speech that, joined to a reported past-perfect clause, are the speaker's own.
SPEECH_ACTS = frozenset({"accuse", "deny", "reject", "condemn", "criticise", "criticize", "warn", "urge", "blame"})
# Bodies named by where they sit: "the authorities in Kabul", "officials in Beijing".
IN_NOUNS = frozenset({"authority", "official", "government", "leadership", "regime", "administration"})
RELATIVES = frozenset({"which", "that", "whom", "who"})
# Verbs whose object does what their infinitive says: "urged Iran to return to talks" (Iran returns).
# Nouns for an act set in motion, whose infinitive is their owner's act: "launched a process to reimpose
# sanctions", "took steps to expel", "began an effort to isolate".
UNDERTAKINGS = frozenset({"process", "plan", "step", "effort", "bid", "campaign", "procedure", "mechanism",
                          "initiative", "attempt", "drive", "move", "decision", "proposal", "programme", "program"})
OBJECT_CONTROL = frozenset({"urge", "ask", "tell", "order", "invite", "press", "encourage", "force", "allow",
                            "persuade", "pressure", "push", "call", "instruct", "authorize", "authorise", "permit",
                            "prompt", "lead", "spur", "compel", "oblige", "prod"})
# Nouns that say whose someone is, not who: an apposition "Niger's neighbour" names another state.
RELATIONAL = frozenset({"neighbour", "neighbor", "ally", "partner", "creditor", "rival", "patron", "backer", "friend",
                        "member", "supporter", "foe", "adversary", "enemy", "host", "sponsor", "client", "lender",
                        "donor", "chair", "chairman"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
STATE_PRONOUNS = frozenset({"it", "its"})
COUNTRY_GROUPS = frozenset({"country", "nation", "government", "side", "capital", "neighbour",
                            "neighbor", "state", "power", "administration", "ally", "party", "member", "army",
                            "military", "rival", "foe", "adversary", "enemy", "belligerent"})
GOVERNMENT_NOUNS = frozenset({"junta", "regime", "government", "administration", "army", "military"})
# Organs named without their state: "the foreign ministry summoned...", "the presidency said".
MINISTRIES = frozenset({"ministry", "cabinet", "presidency"})
RIVALS = frozenset({"neighbour", "neighbor", "rival", "foe", "adversary", "enemy", "belligerent"})
ARMED_NOUNS = frozenset({"group", "militia", "movement", "paramilitary", "rebel", "insurgent", "militant"})
ORG_NOUNS = ARMED_NOUNS | {"bloc", "alliance", "assembly", "council", "commission", "organisation", "organization",
                           "agency", "watchdog"}
PERSON_GROUPS = frozenset({"leader", "president", "minister", "premier", "head"})
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}

# ---- words of event frames (kg/extract/frames.py) ----
# Verbs whose object is drawn by their subject: "the raid drew condemnation".
PROVOKE_VERBS = frozenset({"draw", "spark", "prompt", "trigger", "provoke", "attract", "earn", "meet", "win", "evoke",
                           "cause", "stir"})
# Verbs whose object is a topic: "discussed Ukraine" is no meeting with Ukraine.
TOPIC_VERBS = frozenset({"discuss", "debate", "negotiate"})
# Legal moves whose "at"/"to" is where they are filed, not against whom: "a complaint at the UN".
VENUE_NOUNS = frozenset({"complaint", "lawsuit", "case", "petition", "appeal"})
# "A deal brokered by Qatar", "US-Saudi brokered talks": the broker is no party.
BROKERING = frozenset({"broker", "brokered", "mediate", "mediated", "host", "hosted", "sponsor", "sponsored"})
# Carriers whose subject only helped others reach a deal: "helped facilitate the ceasefire between A and B".
GO_BETWEEN = frozenset({"broker", "mediate", "facilitate"})
# "agreed with the mediation of Malaysia": a go-between or a helper, named with "with", is no partner.
VIA_NOUNS = frozenset({"mediation", "help", "assistance", "support", "backing", "facilitation", "participation",
                       "presence", "blessing", "involvement", "good offices"})
# Verbs whose subject suffers the attack that is their object: "came under shelling", "encountered gunfire".
SUFFER_VERBS = frozenset({"encounter", "face", "suffer", "endure", "withstand", "repel", "repulse", "sustain",
                          "come", "report", "absorb"})
# Gatherings one can boycott: "pulled out of a summit in Tunis".
MEETINGS = frozenset({"summit", "meeting", "talks", "talk", "conference", "session", "forum", "games", "olympics",
                      "ceremony", "gathering"})
# Occasions a state hosts, whose snub is a boycott as a summit's is: "stayed away from the Victory Day parade".
OCCASIONS = frozenset({"parade", "tournament", "cup", "championship", "inauguration", "celebration", "festival",
                       "commemoration", "anniversary", "jubilee", "coronation", "funeral", "expo", "exhibition"})
# Names a place lends to a thing that is not its state: "the Paris Club", "the Minsk agreements", "the Washington Post".
NAMED_AFTER = frozenset({"Club", "Group", "Post", "Times", "Agreement", "Agreements", "Accords", "Protocol", "Format",
                         "Process", "Declaration", "Daily", "Herald", "Journal", "Institute", "Convention",
                         "agreements", "accords", "format", "protocol"})
# Wars a possessive presents as going on, whatever the clause around them asks or offers: "its war in Ukraine".
ONGOING_WARS = frozenset({"war", "invasion", "occupation", "offensive", "aggression", "bombardment", "blockade"})
# Words that make "called X a Y" a reproach: "an act of aggression", "a devastating signal", "a stunt".
BLAME = WRONG | WRONG_NOUNS | DISMAY | frozenset({
    "attack", "act", "devastating", "mistake", "error", "disaster", "stunt", "sham", "lie", "propaganda",
    "escalation", "betrayal", "hypocrisy", "hypocritical", "blow", "setback", "theft", "robbery", "invasion",
    "occupation", "genocide", "massacre", "war", "terrorist", "terror", "cynical", "shameful", "absurd",
    "baseless", "nonsense", "irresponsible", "dangerous", "serious", "grave", "unprecedented", "step",
    "declaration", "violation", "attempt", "pressure", "bad", "wrong", "unwise", "counterproductive", "destructive",
    "dictator", "tyrant", "thief", "liar", "murderer", "puppet", "pariah", "fraud", "enemy", "aggressor", "usurper",
    "criminal", "butcher", "warmonger", "regime", "illegitimate", "thug", "gangster", "pirate", "bandit", "clown",
    "coward", "traitor", "madman", "lunatic", "sick", "fascist", "nazi", "occupier", "stab", "witch", "disgrace",
    "piracy", "hijacking", "murder", "plot", "threat"})
# Nouns for remarks, which name their butt ("derogatory remarks about Modi"): no target is guessed for them.
REMARK_NOUNS = frozenset({"remark", "comment", "post", "statement", "slur"})

# Nouns of asking whose owner asked: "Venezuela's request for a loan", "Russia's demand to pay in roubles".
ASKING_NOUNS = frozenset({"request", "demand", "appeal", "plea", "application", "bid", "call"})
# Acts that make two sides of a quarrel (a go-between can offer to settle; "both sides" are its parties).
DISPUTES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "ACCUSE", "SANCTION", "PROTEST", "REJECT"})
# Verbs that report what was said.
SPEECH_LEMMAS = frozenset({"say", "tell", "note", "add", "write", "insist", "claim", "state", "declare"})
# The courts of orgs.csv: a case brought is against a party, never against them; their rulings are theirs.
COURTS = frozenset({"ICJ", "ICC", "ECHR"})
# Bodies where disputes are brought that are never a party to an event themselves (GUIDELINES §16: "no event
# with the WTO"): a complaint there is against the other side.
FORUMS = frozenset({"WTO"})
