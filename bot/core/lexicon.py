"""What words mean to the matcher: aliases, synonyms, filler, numbers and question kinds.

The tables are plain data so that a reviewer can read them; the functions turn a list
of words (from :func:`bot.core.text.words`) into the concept tokens the matcher compares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

import Stemmer  # type: ignore[import-not-found]  # PyStemmer has no type hints

from bot.core.phrases import PHRASES


class QuestionKind(StrEnum):
    """What a question asks for; an entry answers some of these."""

    AMOUNT = "amount"
    COUNT = "count"
    TIME = "time"
    PERSON = "person"
    PLACE = "place"
    REASON = "reason"
    HOW = "how"
    WHAT = "what"
    WHICH = "which"
    YES_NO = "yes-no"
    NONE = "none"


# Single words that name the same thing. Inflections of each word map too (via the stemmer).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "musk": ("elmo", "technoking", "dogefather", "elon", "elons", "musky", "elonmusk", "muskrat", "leon", "elong"),
    "twitter": ("twt", "bird", "platform", "app", "site", "x", "twtr", "twitters", "birdsite", "birdapp", "tweeter"),
    "microsoft": ("xbox", "redmond", "ms", "msft", "microsofts", "m$", "micro$oft", "microshaft", "macrohard", "mircosoft"),
    "openai": ("oai", "chatgpt", "gpt", "openais", "chatgpt's"),
    "yaccarino": ("linda", "yacc", "yaccarinos"),
    "government": ("govt", "gov", "feds", "federal", "agencies", "agency", "governments", "authorities",
                   "regulators", "officials"),  # "authorities" would otherwise stem to the article's author
    "ai": ("ais", "llm", "llms", "a.i", "a.i.", "ml", "chatbot", "chatbots", "gpt4"),
    "data": ("material", "materials", "dataset", "datasets", "info", "information", "tweets", "content", "api",
             "firehose", "datas"),
    "pay": ("remuneration", "outlay", "expenditure", "payment", "payments", "cheap", "cheaply", "bargain", "paid", "paying", "pays", "spend", "spent", "spending", "cost", "costs", "price", "buy",
            "bought", "buying", "purchase", "purchased", "acquire", "acquired", "acquisition", "shell",
            "fork", "splurge", "cough", "cop", "copped", "copping"),
    "donate": ("philanthropist", "donated", "donation", "donating", "gave", "give", "giving", "contributed", "contribute",
               "contribution", "chipped", "put", "gift", "gifted", "gifting", "funded", "fund", "funding", "invest", "invested",
               "investment", "investing"),
    "investor": ("bankroll", "bankrolled", "bankrolling", "bankrolls", "investors", "backer", "backers", "shareholder", "shareholders", "stakeholders",
                 "stakeholder", "funder", "funders", "financier"),
    "accuse": ("accused", "accusing", "accusation", "accusations", "allege", "alleged", "allegation",
               "allegations", "blame", "blamed", "blaming", "claim", "claims",
               "claimed", "accuses", "complain", "complains", "complained", "complaining"),
    "industry": ("industries", "sector", "field"),
    "uncertain": ("predictable", "unpredictable", "foreseeable", "quantify", "quantified", "gauge", "clear", "unclear", "uncertainty", "unknown", "unsure", "undecided", "unresolved", "unsettled", "undetermined"),
    "legal": ("illegal", "legality", "lawful", "unlawful", "lawfully", "unlawfully", "crime", "criminal"),
    "discover": ("discovered", "discovering", "discovers", "noticed", "noticing", "caught"),
    "misuse": ("wrongdoing", "misconduct", "malpractice", "misused", "misusing", "abuse", "abused", "abusing", "exploit", "exploited", "exploiting",
               "misappropriate", "misappropriated", "improper", "improperly", "wrongly", "illegally"),
    "letter": ("correspondence", "communicate", "communicated", "communicating", "contact", "contacted", "contacting", "notify", "notified", "inform", "informed", "email", "emailed", "emails", "wrote", "written", "write", "writing", "letters", "complaint", "paper", "notice", "memo", "ceasedesist", "warning"),
    "train": ("training", "trained", "trains", "teach", "teaching", "taught", "feed", "feeding", "fed",
              "build", "building"),
    "fuel": ("fueled", "fuelled", "fueling", "fuelling", "power", "powering", "powered", "powers"),
    "revenue": ("rev", "revenues", "income", "earnings", "sales", "moneymaker", "intake"),
    "profit": ("profitable", "profitability", "unprofitable", "breakeven"),
    "bottomline": ("profits",),
    "network": ("cnn", "bbc", "msnbc", "bloomberg", "reuters", "nbc", "cbs", "outlet", "outlets", "station", "broadcaster", "media",
                "publication", "newspaper", "networks", "channel"),
    "dollars": ("dollar", "usd", "bucks"),
    "money": ("dosh", "capital", "monetary", "monetarily", "economic", "economically", "bag", "bands", "bread", "racks", "stacks", "fortune", "cash", "funds", "dough", "wallet", "financial", "financially", "finances",
              "fiscal"),
    "ad": ("ads", "advert", "adverts", "advertising", "advertisement", "advertisements", "advertiser",
           "advertisers", "marketing", "promo", "promotion", "promotions", "promote", "promoting"),
    "drop": ("shrunk", "shrinking", "shrinks", "slide", "slides", "slid", "sliding", "leave", "leaving", "left", "exodus", "flee", "fleeing", "fled", "loosing", "loose", "lose", "losing", "loses", "bleed", "bleeding", "burn", "burning", "bankrupt", "sacrifice", "down", "dropped", "dropping", "drops", "fall", "fell", "fallen", "falling", "plunge",
             "plunged", "plummet", "plummeted", "tank", "tanked", "crash", "crashed", "shrink", "shrank",
             "slump", "slumped", "halved", "lower", "less", "lost", "loss", "losses", "collapse",
             "collapsed", "nosedive", "nosedived", "dip", "dipped", "decrease", "decreased"),
    "annoyed": ("angry", "mad", "upset", "pissed", "salty", "furious", "bitter", "irritated", "unhappy",
                "frustrated", "butthurt", "triggered", "fuming", "sour", "jealous", "anger", "angered", "rage", "resent", "resents",
                "resentful", "seething", "heated", "irked", "miffed", "peeved", "bugged"),
    "battle": ("tension", "tensions", "friction", "fight", "fighting", "feud", "feuding", "beef", "beefing", "war", "clash", "clashing",
               "spat", "conflict", "dispute", "drama", "fued", "rivalry", "squabble", "attack",
               "attacking", "vs", "versus", "against", "battling", "fights", "tussle"),
    "restrict": ("restricted", "restricting", "restriction", "restrictions", "limit", "limited",
                 "limiting", "block", "blocked", "blocking", "ban", "banned", "banning", "throttle",
                 "throttled", "revoke", "revoked", "cutoff", "lock", "locked", "stop",
                 "stopped"),
    "increase": ("increased", "increasing", "raise", "raised", "raising", "hike", "hiked", "hiking", "up",
                 "jack", "jacked", "higher", "more", "expensive", "pricier", "bump", "bumped", "boost",
                 "boosted", "upped", "charging", "charge", "charges", "fees", "fee"),
    "override": ("bossed", "overrule", "overruled", "overriding", "overrides", "overridden", "ignore", "ignored",
                 "ignoring", "undermine", "undermining", "bypass", "bypassing", "overpower", "steamroll",
                 "steamrolling", "bossing", "sideline", "sidelining", "overrule", "veto", "vetoing", "micromanage", "micromanaging"),
    "ceo": ("boss", "chef", "chief", "head", "leader", "executive", "chiefexecutive", "runs", "running", "run",
            "owner", "owns", "helm", "director", "manager"),
    "incoming": ("appointed", "slated", "new", "upcoming", "newly", "soon", "join", "joins", "joined", "joining"),
    "veteran": ("work", "worked", "working", "vet", "expert", "experienced", "experience", "professional", "background", "career",
                "exec", "pro",
                "insider", "seasoned"),
    "share": ("disclose", "disclosed", "disclosing", "discloses", "snitch", "snitched", "snitching", "stake", "portion", "slice", "piece", "chunk", "cut", "part",
              "shared", "sharing", "shares", "hand", "handed", "handing", "pass", "passed",
              "passing", "leak", "leaked", "leaking", "provide", "provided"),
    "remove": ("delisting", "yeet", "yeeted", "yeeting", "removed", "removing", "removal", "kick", "kicked", "kicking", "delist", "delisted", "pull", "pulled", "ditch", "ditched", "dump", "dumped", "axe", "axed", "boot", "booted",
               "yank", "yanked", "exclude", "excluded", "eliminate", "eliminated"),
    "partner": ("partners", "partnership", "partnerships", "clients", "client", "customers", "customer",
                "resellers", "affiliates"),
    "interview": ("yap", "yapping", "yapped", "aired", "airing", "broadcast", "broadcasted", "interviewed", "interviews", "conversation", "talk", "talked", "talking", "podcast",
                  "spoke", "speaking", "said", "told", "tv", "television", "segment", "appearance", "clip", "clips",
                  "footage"),
    "admirable": ("upside", "upsides", "hero", "heroic", "admire", "admired", "admiration", "respect", "respectable", "praise", "praised",
                  "praising", "noble", "commendable", "principled", "brave", "praiseworthy", "laudable",
                  "impressive", "honorable", "honourable", "applaud", "good", "positive", "positively",
                  "favorable", "favourable", "stan", "stans", "stanning", "stanned"),
    "agreement": ("pact", "pacts", "contractual", "settle", "settled", "settling", "settlement", "truce", "agreements", "deal", "deals", "contract", "contracts", "license", "licence",
                  "licensing", "tos", "arrangement", "partnership deal", "resolution"),
    "violate": ("comply", "complied", "complying", "honor", "honored", "honour", "honoured", "abide", "abided",
                "obey", "obeyed", "violated", "violating", "violation", "violations", "breach", "breached", "breaching",
                "broke", "break", "breaking", "broken"),
    "permission": ("supposed", "permissions", "consent", "authorization", "authorisation", "permitted",
                   "allowed", "authorized", "authorised"),
    "refuse": ("ghost", "ghosted", "skip", "ghosting", "refused", "refusing", "refusal", "reject", "rejected", "wouldnt", "declined", "decline",
               "stiff", "stiffed", "dodge", "dodged", "skipped", "unpaid", "freeloading", "free"),
    "steal": ("finesse", "finessed", "finessing", "stealing", "stole", "stolen", "theft", "thief", "thieves", "rob", "robbed", "robbing",
              "robbery", "ripoff", "ripping", "ripped", "scam", "scammed", "took advantage"),
    "benefit": ("benefited", "benefitted", "benefiting", "benefits", "profited", "profiting", "gain",
                "gained", "gaining", "advantage", "leverage", "leveraged"),
    "grudge": ("punish", "punishing", "punished", "punishment", "grudges", "vendetta", "vendettas", "spite", "spiteful", "petty", "pettiness", "revenge",
               "retaliate", "retaliation", "retaliating", "payback", "ego"),
    "decision": ("authority", "decisions", "decide", "decides", "deciding", "decided", "decisionmaking", "choices",
                 "choice", "judgment", "judgement"),
    "disagree": ("dissent", "dissenting", "dissents", "skeptical", "sceptical", "wary", "uneasy", "unconvinced", "doubtful", "critic", "critics", "criticism", "criticize", "criticise", "criticized", "criticised", "critical", "hate", "hates", "agree", "agrees", "agreeing", "disagrees", "disagreeing", "disapprove", "disapproves",
                 "dislike", "dislikes", "oppose", "opposes", "opposed", "disagreement"),
    "excess": ("bounds", "overboard", "allowance", "quota", "exceed", "exceeded", "exceeding", "overuse", "overused", "overstep", "overstepped", "beyond",
               "extra", "overreach", "overreached"),
    "connection": ("connected", "involvement", "involved", "involve", "ties", "tied", "link", "linked", "history"),
    "send": ("dispatch", "dispatched", "sent", "sending", "sends", "mailed", "delivered", "fired off"),
    "transform": ("transformed", "transforming", "became", "become", "becoming", "becomes", "turned", "grew",
                  "grown", "morphed", "evolved", "converted"),
    "support": ("defenders", "defender", "fans", "fan", "fanbase", "supports", "supported", "supporting", "supporter", "supporters", "backs", "backed", "endorse",
                "endorses", "approve", "approves", "approval"),
    "base": ("motivates", "motivate", "motivation", "motive", "motives", "basis", "based", "driven", "motivated", "rooted"),
    "center": ("initiative", "initiatives", "centre", "centers", "centres", "program", "programme", "programs", "portal", "hub", "tool", "tools"),
    "underline": ("underlines", "underlined", "underscore", "underscores", "reinforce", "reinforces", "highlight",
                  "highlights", "emphasize", "emphasizes", "emphasise", "emphasises", "demonstrate", "demonstrates",
                  "showcase", "showcases"),
    "access": ("obtain", "obtaining", "obtained", "retrieve", "retrieving", "retrieved"),
    "use": ("consume", "consumed", "consuming", "consumption", "grab", "grabbed", "grabbing", "scrape", "scraped", "scraping", "harvest", "harvested", "usage", "utilize", "utilise", "utilized", "utilised"),
    "lawsuit": ("lawsuits", "sue", "sued", "suing", "sueing", "sues", "court", "courts", "litigation", "fined", "fines",
                "penalty", "penalties", "penalised", "penalized", "sanction", "sanctions", "sanctioned", "judge",
                "trial", "lawyer", "lawyers"),
    "arise": ("arisen", "arose", "arising", "arises", "start", "started", "starting", "starts", "begin", "began",
              "begun", "sparked", "origin", "origins"),
    "finance": ("financed", "financing", "loan", "loans", "borrow", "borrowed", "borrowing", "lend", "lent",
                "lender", "lenders", "debt", "debts", "bank", "banks"),
    "post": ("tweet", "tweeted", "tweeting", "posted", "posting"),
    "own": ("control", "controls", "controlled", "controlling", "owned", "owners", "ownership", "owning", "hold", "holds", "holding", "holdings"),
    "respond": ("response", "responded", "responds", "responding", "reply", "replied", "replies", "rebuttal",
                "admit", "admits", "admitted", "acknowledge", "acknowledged", "confess", "confessed",
                "statement", "deny", "denied", "denies", "denial"),
    "role": ("capacity", "status", "roles", "position", "job", "function"),
    "comment": ("comments", "commented", "commenting", "remark", "remarks", "commentary"),
    "opinion": ("conceptualise", "conceptualize", "belief", "beliefs", "characterise", "characterize", "characterises", "characterizes", "frame", "frames", "framed", "portray", "portrays", "see", "sees", "feel", "feels", "felt", "view", "views", "perceive", "perceived", "regard", "regarded", "opinions", "reaction",
                "reactions", "react", "reacted"),
    "approach": ("strategy", "approaches", "stance", "way", "policy", "attitude", "behavior", "behaviour", "handle",
                 "handles", "handling", "handled",
                 "direction", "course", "tactics", "plan"),
    "reevaluate": ("shift", "shifted", "shifting", "rethink", "reconsider", "reevaluating", "reassess", "review", "change", "changes",
                   "pivot", "adjust", "reevaluation", "revisit", "evaluate"),
    "relationship": ("relationships", "relations", "connections", "dealings"),
    "worth": ("pegged", "valued", "valuation", "value", "valuable", "size"),
    "early": ("late", "latecomer", "og", "earliest", "first", "initial", "initially", "original", "originally", "beginning", "seed"),
    "concerned": ("chillin", "chilling", "steer", "steers", "steering", "indifference", "indifferent", "unbothered", "unconcerned", "nonchalant", "preoccupied", "pressed", "stress", "stressed", "stressing", "stressin", "anxious", "nervous", "concern", "care", "cares", "caring", "worry", "worried", "worries", "bothered", "fine",
                  "chill", "mind", "affect", "affects"),
    "consequence": ("risk", "risks", "jeopardize", "jeopardise", "endanger", "consequences", "result", "results", "fallout", "repercussions", "impact",
                    "impacts", "effect", "effects", "shape", "shapes", "shaping", "sway", "sways"),
    "significant": ("worse", "worsen", "worsening", "suffer", "suffers", "suffering", "harm", "harmed", "harms", "harming", "cooked", "doomed", "screwed", "joever", "sizeable", "sizable", "substantial", "hefty", "hit", "hits", "hitting", "wreck", "wrecks", "wrecked", "wrecking", "big", "serious", "major", "huge", "bad", "hurt", "damaging", "devastating", "severe",
                    "matter"),
    "primary": ("principal", "source", "sources", "mainly", "mostly", "primary", "primarily", "main", "biggest",
               "largest"),
    "unfold": ("expect", "expects", "expected", "expectation", "expectations", "predict", "predicts",
               "prediction", "predictions", "outlook", "forecast", "conclude", "conclusion", "concludes", "ending", "final", "unfolds", "unfolding", "next", "future", "outcome", "ends",
               "end", "resolve", "resolved", "turn"),
    "title": ("headline", "heading", "titled", "topic", "summary", "summarize", "summarise", "tldr",
              "gist", "overview", "article", "story", "news"),
    "want": ("pursue", "pursues", "pursuing", "intend", "intends", "intended", "intention", "wants", "wanted", "wanting", "hope", "hopes", "hoped", "hoping", "wish", "wishes", "demand",
             "demands", "demanding", "desire", "aim", "aims", "aiming", "goal"),
    "author": ("authors", "writer", "writers", "journalist"),
    "name": ("names", "named", "naming", "specific", "specifically", "exact", "precise", "precisely"),
    "other": ("others", "else", "instead", "besides", "apart", "alternative", "alternatives",
              "still", "also", "too"),
    "commit": ("uphold", "upholds", "upholding", "committed", "commitment", "commits", "dedicated", "dedication", "devotion", "devoted",
               "believer", "champion", "principle", "principles"),
    "company": ("enterprise", "enterprises", "companies", "compani", "co", "firm", "firms", "corporation", "corporations", "corp", "businesses",
                "developers", "developer", "devs", "dev", "startups", "everyone", "everybody"),
}

# The people and companies the article is about (as concepts).
ARTICLE_NAMES = frozenset({"musk", "twitter", "microsoft", "openai", "yaccarino", "cnbc", "government"})

# Well-known names the article never mentions: a question about them is about something else.
OTHER_NAMES: frozenset[str] = frozenset("""
google alphabet apple meta facebook instagram whatsapp threads amazon aws nvidia intel ibm oracle netflix tiktok
bytedance youtube snapchat linkedin bluesky mastodon anthropic claude gemini bard deepmind copilot bing
tesla spacex neuralink starlink xai grok altman gates nadella ballmer bezos zuckerberg zuck pichai
nsa fbi cia dhs ice irs pentagon
trump biden obama vance putin china eu europe uk india congress senate sec ftc doj dogecoin bitcoin crypto
""".split())

# Words by which a message talks about the asker or the bot rather than the article.
PERSONAL: frozenset[str] = frozenset("i me my mine myself you your yours yourself we our ours us".split())

# Words that carry no meaning for matching at all.
STOPWORDS: frozenset[str] = frozenset("""
a an the and or but if then so of to in on at by for from with without into onto about as is are was were be
been being am do does did done doing have has had having will would shall should can could may might must
i me my mine we us our you your yours he him his she her hers it its they them their theirs this that these
those there here what which who whom whose when where why how whats whos whether than too very just also
only even still yet ever really actually basically literally like such some any all each every both either
neither same again once much many more most few lot lots thing things stuff something
anything everything someone somebody anyone anybody everyone ok not no nor up out over off s t
regarding concerning yesorno though although anymore inside within
""".split())

# Chat filler: kept, but weighing almost nothing, so that chatty messages are not penalised.
FILLER: frozenset[str] = frozenset("""
hey hi hello yo sup hiya howdy guys guy gang folks peeps everyone yall fam bro bruh dude man mate
lol lmao lmfao rofl haha hahaha hehe xd omg omfg wtf wth smh tbh ngl fr imo imho btw fwiw afaik iirc
please thanks thank pls plz thx ty cheers bot question questions quick quickly wondering wonder curious
know knows knew tell told explain explained understand understood get got getting read reading saw
seen seeing heard hear hearing look looking watch watched someone anybody help mean means meant exactly
said say saying says stated state states talk talking talked happened happen happening going goes go went
need needed think thought thinking guess guessing confused confusing sure true truly real
real right wrong okay alright well um uh uhh hmm hm yeah yea yep nope nah wait so anyway anyways kinda
sorta ask asking asked link reddit thread channel server today yesterday
week day now currently recently apparently supposedly allegedly reportedly basically honestly seriously legit lowkey highkey
deadass bestie friend friends cousin dad mom brother sister uncle aunt someone else chat boys girls y'all
keep keeps kept prob probably huh wild lunch phone skimmed skim plot confused mentions mention part
thing basically point bit certain whole idea clue clarify clarification remind reminder
gotten angle angles
according accordingly take takes taking whatever one ones daddy sooo soo totally literally straight
try tries trying tried tryna lady woman gal girl dude guy cool love nice awesome sick lit rip
forgetting forget forgot somehow genuinely genuine seek seeks sought kindly sir madam maam dear hola hallo
bonjour namaste salaam greetings homework assignment school class teacher professor essay simple
describe describes elaborate discuss outline correct incorrect likely sorry sry random rant rants ranting
mentioned mentioning described describing
ranted arguing argue argued argument debate debating coworker coworkers colleague colleagues
actual bunch somewhere q fully maybe perhaps several finally busy powerful current possibly potentially
swear swears swore sworn constitutes constitute possess possesses possible practical practically announced announce total incur incurs
incurred formal adopt adopted adopts attribute attributes ascribe ascribes present applied levelled leveled identified
structure oh wow ah amazing lovely great surely tragic groundbreaking terrifying unheard thrilled delighted
insightful obvious obviously bet assume poor brave soul articulate articulated speculation speculate speculates presently render rendered
nature taken considerations potential
conceivably indicate indicated indicates express expressed expresses toward towards during compare
purportedly generally section paragraph lackin
willing willingness alongside formally officially roughly approximately approx ballpark crazy insane lodge lodged
ugh stupid dumb useless idiot idiots moron dumbass wise like but
gg morning informative reckon reckons af seem seems seemed
""".split())

QUESTION_OPENERS: dict[str, QuestionKind] = {
    "howmuch": QuestionKind.AMOUNT, "howmany": QuestionKind.COUNT, "when": QuestionKind.TIME, "who": QuestionKind.PERSON,
    "whom": QuestionKind.PERSON, "whose": QuestionKind.PERSON, "where": QuestionKind.PLACE,
    "why": QuestionKind.REASON, "how": QuestionKind.HOW, "what": QuestionKind.WHAT,
    "which": QuestionKind.WHICH,
}
SPECIFIC_KINDS = frozenset(
    {QuestionKind.AMOUNT, QuestionKind.COUNT, QuestionKind.TIME, QuestionKind.PLACE, QuestionKind.REASON}
)
LATER_KINDS = frozenset({QuestionKind.AMOUNT, QuestionKind.COUNT, QuestionKind.REASON})  # not "when"/"where": conjunctions
FIGURE_NOUNS = frozenset("price prices cost costs amount figure number value valuation total sum fee fees".split())
DATE_WORDS = frozenset({"date", "dates"})
CONJUNCTIONS = frozenset({"when", "where"})  # a question opens "when did ..."; a clause "when twitter is ..."
FIGURE_WINDOW = 4  # words after "what" in which such a noun makes it ask how much
FIGURE_VERBS = frozenset("pay paid spend spent cost charge charged".split())
YES_NO_TAG = "yesorno"  # "..., yes or no?" / "is it true ..." turn a statement into a yes/no question
YES_NO_TAILS = frozenset({"correct", "true", "right", "yes", "no"})
YES_NO_OPENERS: frozenset[str] = frozenset(
    "is are was were did do does has have had can could will would should may might shall am".split()
)

_NUMBER = re.compile(r"^\$?(\d+(?:,\d{3})*(?:\.\d+)?)(k|m|mm|mil|mill|million|b|bn|bil|bill|billion|%|pct)?$")
_UNITS: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mil": 1e6, "mill": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "bil": 1e9, "bill": 1e9, "billion": 1e9, "billions": 1e9, "billi": 1e9,
    "%": -1, "pct": -1, "percent": -1, "per": -1, "percentage": -1,
}
_NUMBER_START = frozenset("$0123456789")
BARE_DIGITS = 7  # a plain run of this many digits or more is no amount anyone types
_APPROXIMATE = re.compile(r"^(\$?\d+)-?(?:something|ish)$")
_FIGURE = re.compile(r"[$0-9]")  # no figure without one of these (found faster than at a word's start)
_CURRENCY_WORDS = frozenset({"dollars", "dollar", "usd", "bucks"})
_NUMBER_WORDS: dict[str, str] = {  # a unit word without a figure stands for the figure's kind
    "half": "50pct", "halved": "50pct", "fifty": "50", "billion": "#b", "billions": "#b", "billies": "#b",
    "million": "#m", "millions": "#m",
}


def _render_number(value: float, unit: float) -> str:
    if unit < 0:
        return f"{value:g}pct"
    amount = value * unit
    if amount >= 1e9:
        return f"{amount / 1e9:g}b"
    if amount >= 1e6:
        return f"{amount / 1e6:g}m"
    return f"{amount:g}"


def normalise_numbers(words: list[str]) -> list[str]:
    """Write amounts one way: "$44 billion", "44bn", "$44,000,000,000" all become "44b"."""
    if not _FIGURE.search(" ".join(words)):  # the common case: no figures at all
        if _NUMBER_WORDS.keys().isdisjoint(words):  # nor "half" or "billions"
            return list(words)
        return [_NUMBER_WORDS.get(word, word) for word in words]
    result: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word[:1] in _NUMBER_START and (approximate := _APPROXIMATE.match(word)):
            word = approximate.group(1)  # "40-something billion" is about 40 billion
        match = _NUMBER.match(word) if word[:1] in _NUMBER_START else None
        if match is None:
            result.append(_NUMBER_WORDS.get(word, word))
            index += 1
            continue
        value = float(match.group(1).replace(",", ""))
        unit_word = match.group(2)
        following = words[index + 1] if index + 1 < len(words) else ""
        if unit_word is None and following in _UNITS:
            unit_word = following
            index += 1
        if index + 1 < len(words) and words[index + 1] in _CURRENCY_WORDS:
            index += 1  # "44 billion dollars" is just "44b"
        elif unit_word is None and word.isdigit() and len(word) >= BARE_DIGITS:
            result.append(word)  # "44000000000" with no "$", comma or unit is a code, not an amount
            index += 1
            continue
        result.append(_render_number(value, _UNITS.get(unit_word or "", 1.0)))
        index += 1
    return result


@dataclass(slots=True)
class _PhraseStep:
    """One word of a phrase, after the words before it: the phrase's meaning when it ends here."""

    meaning: list[str] | None = None
    following: dict[str, _PhraseStep] = field(default_factory=dict)  # the words that may come next


def _phrase_tree() -> dict[str, _PhraseStep]:
    """The phrases as a tree of words by their first word, so a look-up walks the words of a message."""
    first: dict[str, _PhraseStep] = {}
    for key, value in PHRASES.items():
        following = first
        for word in key.split():
            step = following.get(word)
            if step is None:
                step = following[word] = _PhraseStep()
            following = step.following
        step.meaning = value.split()
    return first


_PHRASE_TREE = _phrase_tree()


# Phrasal verbs whose particle may come after the object ("took Twitter out", "cut OpenAI off").
SEPARABLE: dict[str, list[tuple[frozenset[str], str]]] = {}
for _forms, _particles, _meaning in (
    ("take took taken taking takes", "out off", "remove"),
    ("kick kicked kicking kicks pull pulled pulling pulls", "out off", "remove"),
    ("cut cuts cutting shut shuts shutting lock locked locking locks", "off out", "restrict"),
    ("claw clawing claws clawed win winning won", "back", "clawback"),
    ("throw threw thrown throwing throws", "at", "donate"),
    ("boss bossed bossing bosses push pushed pushing pushes", "around", "override"),
    ("hand handed handing hands", "over", "share"),
    ("deny denied denies denying", "access", "restrict"),
    ("drop dropped dropping drops blow blew blowing blows", "on", "pay"),
    ("more", "than", "excess"),  # "more tweets than it was allowed"
    ("cut cuts cutting", "from", "remove"),  # "cut the platform from its program"
    ("strike strikes struck striking", "off", "remove"),
):
    for _form in _forms.split():
        SEPARABLE.setdefault(_form, []).append((frozenset(_particles.split()), _meaning))
SEPARABLE_GAP = 3  # words allowed between the verb and its particle
NOUN_MARKERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "my", "your", "our"})
NOT_PAID = frozenset({"letter", "ball", "bomb", "hammer"})  # "drop the letter on msft" sends it


def _join_separable(words: list[str]) -> list[str]:
    """Rewrite "took twitter out" as "remove twitter" (the verb's meaning, the particle dropped)."""
    result = list(words)
    for index, word in enumerate(words):
        if word not in SEPARABLE or _phrase_at(words, index) is not None:  # "cut off", "put money into"
            continue
        if index and words[index - 1] in NOUN_MARKERS:  # "get his cut back" is a share, not a verb
            continue
        for offset in range(2, SEPARABLE_GAP + 2):
            if index + offset >= len(words):
                break
            meaning = next((m for particles, m in SEPARABLE.get(word, ()) if words[index + offset] in particles), None)
            if meaning == "pay" and not NOT_PAID.isdisjoint(words[index + 1 : index + offset]):
                break
            if meaning is not None:
                result[index], result[index + offset] = meaning, ""
                break
    return [word for word in result if word]


def replace_phrases(words: list[str]) -> list[str]:
    """Replace multi-word names and idioms by their single-token meaning, longest match first."""
    if not EXCLUDERS.isdisjoint(words):
        words = _without_excluded_party(words)
    if not SEPARABLE.keys().isdisjoint(words):
        words = _join_separable(words)
    result: list[str] = []
    done = 0  # the words before this one are in ``result``
    size = len(words)
    for index, word in enumerate(words):
        step = _PHRASE_TREE.get(word) if index >= done else None
        if step is None:
            continue
        found, end = step.meaning, index + 1
        position = end  # the walk of _phrase_at, inline: most words open some phrase
        while position < size and (step := step.following.get(words[position])) is not None:
            position += 1
            if step.meaning is not None:
                found, end = step.meaning, position
        if found is not None:
            result += words[done:index]
            result += found
            done = end
    result += words[done:]
    return _without_relative_descriptions(result)


EXCLUDERS = frozenset({"besides", "apart", "other", "aside", "except"})
EXCLUDER_LINKS = {"apart": "from", "aside": "from", "other": "than"}
ASKS_FOR_OTHERS = frozenset({"else", "others", "another"})
BESIDES_OPENAI = "besidesopenai"  # a word no entry holds: only the gap about other companies explains it


def _without_excluded_party(words: list[str]) -> list[str]:
    """Drop "besides microsoft" from "who is musk fighting besides microsoft": it is not the topic.

    Not when the question asks for others too ("who else owns a stake besides microsoft"): there
    the party left out belongs to the question. OpenAI is the only company the article says lost
    access to Twitter's data, so "besides openai" becomes a marker word that only the gap about other
    companies holds.
    """
    for index, word in enumerate(words):
        if word not in EXCLUDERS:
            continue
        linker = words[index + 1 : index + 2]  # "apart from x", "other than x", "except for x"
        size = 3 if linker == [EXCLUDER_LINKS.get(word)] or (word == "except" and linker == ["for"]) else 2
        if word in EXCLUDER_LINKS and size == 2:
            continue
        party = words[index + size - 1 : index + size]
        if not party or concept(party[0]) not in ARTICLE_NAMES:
            continue
        rest = words[:index] + words[index + size :]
        if concept(party[0]) == "openai":
            return [*words[:index], BESIDES_OPENAI, *words[index + size :]]
        if ASKS_FOR_OTHERS.isdisjoint(rest) and "other" not in rest:
            return rest
        return words
    return words


# "besides training ai, what else ...": the words that set a topic aside (their link words as for a party)
SETTING_ASIDE = frozenset({"besides", "beyond", "apart", "aside", "other"})
ASIDE_MAX_WORDS = 8  # words of the topic set aside, when a question goes on after it
SET_ASIDE = "setaside"  # a word no one types: what is left of "besides X ... else", held by entries that list the rest
_ASIDE_ENDS = frozenset(QUESTION_OPENERS) | YES_NO_OPENERS  # "... what else", "... did they"


def set_aside(words: list[str]) -> list[str]:
    """Rewrite "besides training ai what else did microsoft do" as "setaside what did microsoft do".

    Such a question asks past its topic: the topic, the setting aside and the "else" / "other" that
    points back at it become one marker word, which the entries written for such questions hold
    ("every accusation", "what Musk changed besides cutting OpenAI off") and a known gap may hold
    ("twitter's income besides ads"). Without it, "else" would read as asking about other companies.
    A person or company set aside (even one with more words after it) is left to
    :func:`_without_excluded_party`; a topic that runs on for more than ``ASIDE_MAX_WORDS`` words
    before a question is no topic.
    """
    if SETTING_ASIDE.isdisjoint(words):
        return words
    for index, word in enumerate(words):
        if word not in SETTING_ASIDE:
            continue
        link = EXCLUDER_LINKS.get(word)  # "from" after "apart", none after "besides"
        start = index + 1 if link is None else index + 2
        if link is not None and words[index + 1 : start] != [link]:
            continue
        end = next((i for i in range(start, len(words)) if words[i] in _ASIDE_ENDS), len(words))
        topic = [w for w in words[start:end] if not is_stopword(w)]
        if not topic or (end - start > ASIDE_MAX_WORDS and end < len(words)):
            continue
        if concept(topic[0]) in ARTICLE_NAMES or topic[0] == BESIDES_OPENAI:
            continue  # "besides microsoft and openai, who pays ...": parties, not a topic
        rest = [w for w in [*words[:index], SET_ASIDE, *words[end:]] if w not in ASKS_FOR_OTHERS and w != "other"]
        if any(w in _ASIDE_ENDS for w in rest):  # something is still asked
            return rest
    return words


def _phrase_at(words: list[str], index: int) -> tuple[int, list[str]] | None:
    """The longest phrase at ``index``: its length in words and its replacement."""
    step = _PHRASE_TREE.get(words[index])
    if step is None:
        return None
    found, end = step.meaning, index + 1
    position = end
    while position < len(words) and (step := step.following.get(words[position])) is not None:
        position += 1
        if step.meaning is not None:
            found, end = step.meaning, position
    return None if found is None else (end - index, found)


# Who did what to whom in the article: "the lab musk funded" is OpenAI, "the app he bought" is Twitter.
DESCRIBED_BY_DEED: dict[tuple[str, str], str] = {
    **{("musk", deed): "openai" for deed in ("donate", "investor", "support")},
    **{("musk", deed): "twitter" for deed in ("pay", "ceo", "own", "takeover")},
    **{("twitter", deed): "microsoft" for deed in ("letter", "accuse")},
    ("microsoft", "remove"): "twitter",
}
DESCRIBED_HEADS = frozenset(
    {"company", "companies", "firm", "lab", "startup", "app", "site", "platform", "outfit", "business", "one", "venture",
     "organization", "organisation", "org", "enterprise", "project", "charity", "nonprofit"}
)
RELATIVES = frozenset({"that", "which", "who", "whom", "the"})
DETERMINERS = frozenset({"the", "this", "that", "which", "what"})
DEED_ADVERBS = frozenset({"once", "originally", "initially", "first", "previously", "helped", "help"})
DEED_PARTICLES = frozenset({"to", "into", "in", "on", "early", "over", "up", "out", "off", "from"})
DEED_PARTICLES_KEPT = 2
_DESCRIBED = frozenset(DESCRIBED_BY_DEED.values())


def _without_relative_descriptions(words: list[str]) -> list[str]:
    """Collapse "the ai lab (that) elon funded" to "openai" when the deed fits what the article says.

    The head is a name ("openai", kept when the deed is OpenAI's) or a plain noun ("company"),
    replaced by the party the deed points to.
    """
    if DETERMINERS.isdisjoint(words):
        return words
    result: list[str] = []
    done = 0  # the words before this one are in ``result``
    # A head comes right after a determiner that is kept as it is ("for twitter, musk paid" is none).
    heads = [index for index, word in enumerate(words[:-1], 1) if word in DETERMINERS]
    for index in heads:
        head = words[index]
        if index - 1 < done or not (head in DESCRIBED_HEADS or concept(head) in _DESCRIBED):
            continue
        found = _deed_after(words, index + 1)
        if found is not None and (concept(head) == found[0] or head in DESCRIBED_HEADS):
            result += words[done:index]
            result.append(found[0] if head in DESCRIBED_HEADS else head)
            done = found[1]
    return result + words[done:]


def _deed_after(words: list[str], start: int) -> tuple[str, int] | None:
    """The party a relative clause at ``start`` describes, and where the clause ends."""
    position = start
    while position < len(words) and words[position] in RELATIVES:
        position += 1
    if position >= len(words):
        return None
    doer = "musk" if words[position] == "he" else concept(words[position])
    position += 1
    if doer == "twitter" and position < len(words) and concept(words[position]) == "ceo":
        doer, position = "musk", position + 1  # "the twitter boss"
    while position < len(words) and words[position] in DEED_ADVERBS:
        position += 1  # "the lab the twitter owner once funded"
    if position >= len(words):
        return None
    described = DESCRIBED_BY_DEED.get((doer, concept(words[position])))
    if described is None:
        return None
    position += 1
    if position < len(words) and words[position][:1] in _NUMBER_START:
        position += 1  # "the lab elon donated 100m to"
    for _ in range(DEED_PARTICLES_KEPT):
        if position < len(words) and words[position] in DEED_PARTICLES:
            position += 1
    return described, position


_stemmer = Stemmer.Stemmer("english")  # Snowball's English stemmer, compiled (PyStemmer)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem of one word (cached; the vocabulary is small)."""
    return str(_stemmer.stemWord(word))


def _build_concepts() -> dict[str, str]:
    concepts: dict[str, str] = {}
    for concept, variants in SYNONYMS.items():
        for variant in (concept, *variants):
            concepts.setdefault(variant, concept)
    # Inflections map through the stem, but never override an explicit surface form.
    for surface, concept in list(concepts.items()):
        concepts.setdefault(stem(surface), concept)
    return concepts


CONCEPTS: dict[str, str] = _build_concepts()


def concept(word: str) -> str:
    """The concept token for one content word: its synonym group, else its stem."""
    found = CONCEPTS.get(word)
    if found is not None:
        return found
    stemmed = stem(word)
    return CONCEPTS.get(stemmed, stemmed)


def question_kind(words: list[str]) -> QuestionKind:
    """What the question asks for, from its words after phrase replacement.

    Yes/no when it opens with a verb ("has he raised how much it costs?"); else a specific kind
    anywhere ("what percentage" asks how much); else its first question word.
    """
    first = next((word for word in words if word not in FILLER), None)
    if first in YES_NO_OPENERS or YES_NO_TAG in words:
        return QuestionKind.YES_NO
    found = [QUESTION_OPENERS[word] for word in words if word in QUESTION_OPENERS]
    if len(found) > 1 and words[0] in CONJUNCTIONS and words[1:2] and words[1] not in YES_NO_OPENERS:
        found = found[1:]  # "when twitter is removed, what does it lose" asks what, not when
    if found and found[0] is QuestionKind.WHAT and _asks_for_a_figure(words):
        return QuestionKind.AMOUNT
    if words and words[-1] in YES_NO_TAILS and (not found or words[-2:-1] in (["is"], ["it"], ["that"])):
        # "musk paid 44b, correct?", "... when he makes decisions, is that true?"
        return QuestionKind.YES_NO
    # "what percentage ..." asks how much: a specific kind later on beats a generic opener.
    if found and found[0] in SPECIFIC_KINDS:
        return found[0]
    specific = [kind for kind in found if kind in LATER_KINDS]
    if not found and not DATE_WORDS.isdisjoint(words):  # "dmc removal date"
        return QuestionKind.TIME
    return specific[0] if specific else (found[0] if found else QuestionKind.NONE)


def _asks_for_a_figure(words: list[str]) -> bool:
    """A *what* that asks how much: "what is the new price of ...", "what did he pay"."""
    if "what" not in words:
        return False
    start = words.index("what")
    named = words[start + 1 : start + 1 + FIGURE_WINDOW]  # "what is the price", not "what happened to the cost"
    asks_figure = named[:1] in (["is"], ["was"]) and not FIGURE_NOUNS.isdisjoint(named)
    paid = words[-1] in FIGURE_VERBS and words[-2:-1] not in (["the"], ["its"], ["their"])  # not "... to the cost"
    return asks_figure or paid  # or "what did musk actually pay?"


def question_opens(words: list[str]) -> bool:
    """True when the first word that is not chat filler is a question word or a yes/no verb."""
    content = [word for word in words if word not in FILLER]
    return bool(content) and (content[0] in QUESTION_OPENERS or content[0] in YES_NO_OPENERS)


def is_stopword(word: str) -> bool:
    """True for words that carry no meaning for matching."""
    return word in STOPWORDS or word in QUESTION_OPENERS or word in YES_NO_OPENERS
