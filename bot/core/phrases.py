"""The phrase book: multi-word names, descriptions and idioms, each with the words it stands for.

Plain data for a reviewer to read, plus small generators for the families of phrases that come in
many forms ("the tesla guy", "post whatever he wants", "per the writer"). :mod:`bot.core.lexicon`
applies them (:func:`bot.core.lexicon.replace_phrases`).
"""

from __future__ import annotations

# Multi-word names and descriptions, longest first when applied. Values are replacement words.
# Descriptions by a product, founder or role ("the tesla guy", "the windows maker") are generated below.
NEW_PRICE = "newprice"  # words no entry holds: only the gap about the data's price explains them
OLD_PRICE = "oldprice"
EXTRA_AMOUNT = "extraamount"  # "how much more": a figure for an excess or a rise, which the article never gives
PAST_WORTH = "pastworth"  # "worth back when musk donated": only the gap about OpenAI's earlier value explains it
PHRASES: dict[str, str] = {
    "elon musk": "musk", "elon reeve musk": "musk", "mr musk": "musk", "chief twit": "musk",
    "world richest": "musk", "platform owner": "musk", "site owner": "musk", "techno king": "musk", "technoking": "musk",
    "formerly known as": "", "formerly called": "",  # "the app formerly known as twitter"
    "cable news channel": "network", "cable news network": "network", "cable channel": "network",
    "top job": "ceo",
    "ceo coming in": "incoming ceo", "boss coming in": "incoming ceo",
    "person": "people", "persons": "people",  # not "personal", which stems the same
    # slang and loose wording
    "fat": "big", "money maker": "moneymaker", "cash cow": "moneymaker", "squash it": "agreement", "squash this": "agreement",
    "switch up": "reevaluate", "switch things up": "reevaluate", "change course": "reevaluate",
    "not matter": "concerned",
    "listing": "center",  # "the microsoft listing" is the marketing center
    "how many bills": "howmuch #b", "the actual number": "howmuch", "what is the number": "howmuch",
    "what was the number": "howmuch", "public bodies": "government", "public body": "government",
    "reservations about": "disagree about",
    "chief source": "main source", "chief revenue": "main revenue", "chief income": "main income",
    "twitter chief source": "twitter main source", "twitter chief revenue": "twitter main revenue",
    "set to lead": "incoming", "is held by": "is owned by", "how it operates": "approach",
    "how it does things": "approach", "the way it operates": "approach",
    "at the end of the day": "", "tech news": "", "in the news": "", "on the news": "",
    "open ai": "openai", "open a i": "openai", "open-ai": "openai", "chat gpt": "openai",
    "micro soft": "microsoft", "linda yaccarino": "yaccarino", "linda yacc": "yaccarino", "ms yaccarino": "yaccarino",
    "bird app": "twitter", "bird site": "twitter", "blue bird": "twitter", "bluebird app": "twitter",
    "artificial intelligence": "ai", "a i": "ai", "machine learning": "ai", "language model": "ai",
    "language models": "ai", "large language models": "ai",
    "free speech": "freespeech", "freedom of speech": "freespeech", "free expression": "freespeech",
    "freedom of expression": "freespeech",
    "equity partners": "equitypartner", "equity partner": "equitypartner",
    "government agencies": "government", "government agency": "government",
    "federal agencies": "government", "the feds": "government", "three letter agencies": "government",
    "digital marketing centre": "digital marketing center", "marketing centre": "marketing center",
    "bottom line": "bottomline", "claw back": "clawback", "get back": "clawback", "get what back": "what clawback",
    "take back": "clawback", "claw": "clawback", "clawing back": "clawback", "claws back": "clawback", "win back": "clawback", "recoup": "clawback", "recover": "clawback",
    "cut off": "restrict", "cut them off": "restrict", "cut it off": "restrict", "cutting off": "restrict",
    "cuts off": "restrict", "shut off": "restrict", "locked down": "restrict", "lock down": "restrict",
    "shut down": "restrict", "paywalled": "restrict pay", "put a paywall": "restrict pay",
    "drop on": "pay on", "dropped on": "pay on", "blow on": "pay on", "blew on": "pay on",
    "fork out": "pay", "forked out": "pay", "shell out": "pay", "shelled out": "pay", "cough up": "pay",
    "took over": "takeover", "take over": "takeover", "taken over": "takeover", "taking over": "takeover",
    "ad industry": "advertising industry", "ads industry": "advertising industry",
    "told cnbc": "cnbc interview", "on cnbc": "cnbc interview",
    "without asking": "without permission", "without consent": "without permission",
    "no permission": "without permission", "without approval": "without permission",
    "how come": "why", "for what reason": "why",
    "what year": "when", "what date": "when exact", "which year": "when", "what day": "when exact",
    "what month": "when", "how long ago": "when", "what time": "when",
    "what are the names": "which name", "what are the names of": "which name", "name of": "which name",
    "names of": "which name", "name the": "which name", "what is the name": "which name", "what kind of": "what",
    "how big": "howmuch", "how large": "howmuch", "how high": "howmuch", "amount": "howmuch",
    "what size": "howmuch", "said back": "respond", "say back": "respond", "says back": "respond",
    "saying back": "respond", "wrote back": "respond", "write back": "respond", "writes back": "respond",
    "wrote a check": "donate", "write a check": "donate", "writes a check": "donate", "cut a check": "donate",
    "check he wrote": "donate", "check musk wrote": "donate", "check elon wrote": "donate",
    "manage to": "", "managed to": "", "manages to": "",
    "explanation for": "why", "excuse for": "why", "justification for": "why",
    "get in touch with": "letter", "got in touch with": "letter", "get across to": "letter",
    "say sorry": "respond", "said sorry": "respond", "says sorry": "respond",
    "which thing": "what", "what thing": "what", "recuperate": "clawback",
    "in the starting": "early", "at the starting": "early", "in the begin": "early", "in starting": "early",
    "starting time": "early", "in the start": "early",
    "glowed up": "became", "glow up": "become", "glowing up": "becoming", "glows up": "becomes",
    "ultimately": "", "he would accept": "he fine with", "he would be willing to accept": "he fine with",
    "willing to accept": "fine with",
    "for twitter in the end": "for twitter", "twitter in the end": "twitter",  # what musk paid, ultimately
    **{f"{worth} {when}": PAST_WORTH for worth in ("worth", "valued", "valuation", "value", "valued at")
       for when in ("when", "back when", "back then", "at the time", "at that time", "originally", "at first")},
    **{f"{how} {more}": f"howmuch {EXTRA_AMOUNT} {more}" for how in ("how much", "how many") for more in ("more", "extra")},
    # Microsoft's "move" in this story is dropping Twitter from its marketing center
    **{f"{ms} {move}": "microsoft remove" for ms in ("microsoft", "microsofts", "ms", "mss", "msft", "msfts", "redmond",
                                                      "redmonds") for move in ("move", "moves")},
    "cnbc interviewer": "cnbc interview host", "the interviewer": "interview host", "cnbc reporter": "cnbc host",
    "cnbc journalist": "cnbc host", "cnbc anchor": "cnbc host",
    # what someone did before is their background ("what was she doing before"); where or for whom is not
    **{f"{verb} before": "veteran" for verb in ("doing", "do", "did", "done")},
    **{f"{field} before": field for field in ("industry", "field", "area", "domain", "background", "experience")},
    "large share": "share", "big share": "share", "big chunk": "share", "reach out": "letter",
    "reached out": "letter", "wrote to": "letter", "write to": "letter",
    "too much": "excess", "more than": "excess", "went beyond": "excess", "go beyond": "excess",
    "went over": "excess", "over the limit": "excess", "than allowed": "excess", "than it should": "excess",
    "supposed to": "permission", "allowed to": "permission",
    "did not pay": "refuse pay", "not pay": "refuse pay", "not paying": "refuse pay", "never paid": "refuse pay",
    "never pay": "refuse pay", "without paying": "refuse pay", "not paid": "refuse pay", "ghosted the bill": "refuse pay",
    "in the first place": "", "no cap": "", "get this straight": "", "to be honest": "", "at all": "",
    "take on": "battle", "taking on": "battle", "takes on": "battle", "took on": "battle", "going after": "battle",
    "go after": "battle", "went after": "battle", "goes after": "battle", "hit back": "retaliate",
    "hitting back": "retaliate", "get back at": "retaliate", "getting back at": "retaliate", "got back at": "retaliate",
    "main topic": "title", "main point": "title", "main idea": "title", "main story": "title",
    "money people": "investor", "ad rev": "ad revenue", "showed up": "takeover", "pulled up": "takeover",
    "came in": "takeover", "took control": "takeover", "took the reins": "takeover", "bought it": "takeover",
    "ai company": "openai", "ai lab": "openai", "ai startup": "openai",
    "ai nerds": "openai", "ai guys": "openai", "ai people": "openai", "ai firm": "openai", "think of": "opinion",
    "how long": "when", "since when": "when", "percentage": "howmuch #pct", "percent": "howmuch #pct",
    "pays the bills": "income", "pay the bills": "income", "pays its bills": "income",
    "pays twitter's bills": "twitter income", "rocket guy": "musk", "rocket man": "musk",
    "say what he wants": "speakfreely", "says what he wants": "speakfreely", "said what he wants": "speakfreely",
    "say whatever he wants": "speakfreely", "says whatever he wants": "speakfreely", "whatever he wants": "speakfreely",
    "what he wants": "speakfreely", "what he want": "speakfreely", "whatever he want": "speakfreely",
    "whatever he likes": "speakfreely", "whatever he feels like": "speakfreely",
    "speak his mind": "speakfreely", "speaking his mind": "speakfreely", "say anything": "speakfreely",
    "post whatever": "speakfreely", "tweet whatever": "speakfreely", "say whatever": "speakfreely",
    "go up": "increase", "went up": "increase", "gone up": "increase", "going up": "increase", "goes up": "increase",
    "than supposed": "excess", "more data": "excess data", "more twitter data": "excess twitter data",
    "take over as": "incoming", "taking over as": "incoming", "took over as": "incoming",
    "new twitter chief": "incoming twitter ceo", "incoming twitter chief": "incoming twitter ceo",
    "twitter chief executive": "twitter ceo", "new boss": "incoming ceo", "new chief": "incoming ceo",
    "new head": "incoming ceo", "coming in to run": "incoming ceo", "comes in to run": "incoming ceo",
    "coming in to be": "incoming", "stepping in to run": "incoming ceo",
    "set to run": "incoming ceo",
    **{f"{threw} {money} at": "donate to" for threw in ("threw", "throw", "thrown", "throwing")
       for money in ("money", "cash", "a bunch of cash", "a bunch of money", "a lot of money", "a lot of cash")},
    "strike a deal": "agreement", "striking a deal": "agreement", "make a deal": "agreement", "cut a deal": "agreement",
    "reach a deal": "reach agreement", "reaching a deal": "reach agreement", "reaching an agreement": "reach agreement",
    "squash the beef": "agreement", "end the beef": "agreement", "settle the beef": "agreement",
    "does the article bring up": "", "the possibility of": "", "is it possible": "",
    "is possible": "",
    "does the article give": "", "the article give": "", "does the writer give": "", "does the author give": "",
    "this specific article": "", "this article specifically": "", "in this article specifically": "",
    "we deal with": "", "i deal with": "",
    "when it comes to": "", "when talking about": "", "after all this": "", "after all that": "", "after all of this": "",
    "what is her deal": "who is she",
    "what is his deal": "who is he", "known for": "veteran", "bird company": "twitter",
    "second biggest": "other", "second largest": "other", "second main": "other", "next biggest": "other",
    "with respect to": "about", "in respect of": "about", "with regard to": "about", "in regards to": "about",
    "the billionaire": "musk", "richest person": "musk", "going forward": "", "moving forward": "", "let me": "",
    "settle their differences": "agreement", "settle our differences": "agreement", "settle differences": "agreement",
    "advertising world": "ad industry", "ad world": "ad industry", "advertising business": "ad industry",
    "worlds richest man": "musk", "worlds richest person": "musk", "worlds richest": "musk",
    "chatbot company": "openai", "chatbot maker": "openai", "chatbot firm": "openai", "chatbot startup": "openai",
    "company that got the letter": "microsoft letter", "company that received the letter": "microsoft letter",
    "recipient of the letter": "microsoft letter", "letter recipient": "microsoft letter",
    "how many bands": "howmuch", "how many bucks": "howmuch", "billionaire owner": "musk", "article says": "", "in one line": "",
    "strongly worded": "", "love that for us": "", "any chance": "", "who is right": "", "who's right": "",
    "by name": "name", "her name": "who", "his name": "who", "handed over": "share", "hand over": "share",
    "handing over": "share",
    "who owns spacex": "musk", "who owns tesla": "musk", "who runs tesla": "musk", "who runs spacex": "musk",
    "owner of tesla": "musk", "owner of spacex": "musk",
    "price hike": "increase pay", "who gets hurt": "consequence",
    "go over": "excess", "gone over": "excess", "going over": "excess", "allowed amount": "allowance",
    "put money into": "investor", "put money in": "investor", "turned into": "transform", "turn into": "transform",
    "pulled out": "drop", "pull out": "drop", "wrote this article": "author title", "wrote the article": "author title",
    "play out": "unfold", "plays out": "unfold", "played out": "unfold",
    "how many dollars": "howmuch dollars", "how many": "howmany", "how many #b": "howmuch #b",
    "how many #m": "howmuch #m",
    "big tech": "company", "tech company": "company", "tech giant": "company", "tech companies": "company",
    "wrap my head around": "", "these two": "side", "the two": "side", "both sides": "side",
    "in what way": "how", "in dollars": "dollars", "in dollar terms": "dollars", "dollar amount": "dollars",
    "ability to get": "access", "ability to access": "access", "ability to use": "access",
    "ability to pull": "access", "addressed to": "sent to", "was it addressed": "was it sent",
    "in charge": "ceo", "on board": "support", "back him": "support", "backing him": "support",
    "which place": "where", "what place": "where", "which groups": "who", "idc": "not care", "dgaf": "not care", "idgaf": "not care",
    "based for": "admirable for", "based or": "admirable or", "kinda based": "admirable",
    "so based": "admirable", "actually based": "admirable", "lowkey based": "admirable",
    "petty beef": "grudge", "beef and grudges": "grudge", "grudges and beef": "grudge",
    "running twitter off": "decision based on", "run on grudges": "decision grudge", "take decision": "decision",
    "helped finance": "investor", "help finance": "investor", "helped fund": "investor", "chipped in": "investor",
    "money from advertisers": "ad revenue", "money from ads": "ad revenue",
    "gets from advertisers": "ad revenue", "makes from ads": "ad revenue", "against the law": "illegal",
    "left open": "uncertain", "open question": "uncertain", "hard to say": "uncertain",
    "hard to tell": "uncertain", "too early to tell": "uncertain", "is it clear": "uncertain",
    "is it known": "uncertain", "up in the air": "uncertain", "open ended": "uncertain",
    "do we know": "uncertain", "is it possible to know": "uncertain",
    "about to become": "incoming", "set to become": "incoming", "lined up to become": "incoming",
    "in line to become": "incoming", "lined up as": "incoming",
    "good terms": "relationship", "bad terms": "relationship", "your opinion": "botopinion",
    "what do you think": "botopinion", "your take": "botopinion", "what would you do": "botopinion",
    "do you agree": "botopinion", "you think": "botopinion", "quest for": "", "seeking": "", "looking for": "",
    "compared to": "", "compared with": "", "making calls": "decision", "make calls": "decision",
    "call the shots": "decision", "calls the shots": "decision", "calling the shots": "decision",
    "yes or no": "yesorno", "true or false": "yesorno", "right or wrong": "yesorno", "correct or not": "yesorno",
    "true or not": "yesorno", "is that true": "yesorno", "is this true": "yesorno", "is it true": "yesorno",
    "in one sentence": "", "one sentence": "", "one line": "", "in simple words": "", "in simple terms": "",
    "simple words": "", "in short": "", "in brief": "", "in a nutshell": "", "in your own words": "",
    "in the picture": "", "in the mix": "",  # "how big has openai gotten with ms in the picture"
    "not a lawyer": "", "ianal": "",  # "not a lawyer but...": about the asker, not a lawsuit
    "for my class": "", "for class": "", "for school": "", "for my homework": "", "for homework": "",
    "for my assignment": "", "school assignment": "", "for my essay": "", "for my project": "",
    "i have to write": "", "i must write": "", "i need to write": "", "i have to tell": "", "i must tell": "",
    "gave the interview": "interview", "gave an interview": "interview", "gave interview": "interview",
    "give an interview": "interview", "giving an interview": "interview", "gives an interview": "interview",
    "which channel": "which network", "what channel": "what network", "tv channel": "network",
    "news channel": "network", "bossed around": "override", "boss around": "override",
    "bossing around": "override", "bosses around": "override", "push around": "override",
    "pushed around": "override", "pushing around": "override", "walk all over": "override",
    "walks all over": "override", "does the author": "does", "did the author": "did",
    "the author thinks": "", "the author think": "",
    "the author expects": "unfold", "the author expect": "unfold",
    "becomes the new": "incoming", "become the new": "incoming", "became the new": "incoming",
    "becoming the new": "incoming", "next ceo": "incoming ceo", "for everyone": "company",
    "for everybody": "company", "taken out": "remove", "took out": "remove",
    "take out": "remove", "taking out": "remove", "kicked out": "remove", "kick out": "remove",
    "are you able to": "", "are you aware": "", "are you sure": "", "are you": "areyou", "who made you": "areyou",
    "who created you": "areyou", "who built you": "areyou", "what are you": "areyou",
    "stuck to": "violate", "stick to": "violate", "sticking to": "violate", "kept to": "violate",
    "keep to": "violate", "kept its word": "violate", "kept their word": "violate", "kept the deal": "violate agreement",
    "does the article": "does", "did the article": "did", "article mentions": "",
    "the article talks about": "",
    "give a number": "howmuch", "give a figure": "howmuch", "give me": "", "how far": "howmuch",
    "figure": "howmuch", "figures": "howmuch",
    "left and right": "", "partnered with": "relationship", "partners with": "relationship",
    "partner with": "relationship", "teamed up with": "relationship", "team up with": "relationship",
    "work it out": "agreement", "work things out": "agreement", "sort it out": "agreement",
    "work this out": "agreement", "working this out": "agreement", "working it out": "agreement",
    "working things out": "agreement", "sort this out": "agreement", "sorting this out": "agreement",
    "sort things out": "agreement", "make peace": "agreement", "patch things up": "agreement",
    "bury the hatchet": "agreement", "lost the plot": "", "kind of": "", "sort of": "",
    "what is the reason": "why", "what was the reason": "why", "what's the reason": "why", "the reason why": "why",
    "for which reason": "why", "due to what": "why", "because of what": "why", "what is the cause": "why",
    "what caused": "why", "till when": "when", "until when": "when", "how many money": "howmuch money",
    "how many percent": "howmuch #pct", "how many percentage": "howmuch #pct", "in detail": "", "in details": "",
    "write a": "", "write an": "", "write about": "", "write down": "", "give an example": "",
    "give a summary": "title", "give an overview": "title",
    "the text": "the article", "this text": "this article", "is that right": "yesorno",
    "is that correct": "yesorno", "am i right": "yesorno", "right or not": "yesorno",
    "data issue": "data", "data issues": "data", "data problem": "data", "data thing": "data",
    "fox news": "network", "abc news": "network", "sky news": "network", "took an l": "drop", "take an l": "drop",
    "taking an l": "drop", "massive l": "drop", "big l": "drop", "huge l": "drop", "in hot water": "accuse",
    "in hot water with": "accused by", "in trouble with": "accused by",
    "in trouble": "accuse",
    "for what purpose": "why", "what purpose": "why", "for which purpose": "why", "what is the purpose": "why",
    "wat": "what", "wut": "what", "throw at": "donate", "threw at": "donate", "thrown at": "donate",
    "throw money at": "donate money", "threw money at": "donate money", "back in the day": "early",
    "back then": "early", "in the beginning": "early", "large stake": "share", "big stake": "share",
    "huge stake": "share", "major stake": "share", "large chunk": "share", "huge chunk": "share",
    "big part": "share", "large part": "share", "huge part": "share", "good chunk": "share", "big slice": "share",
    "financial news channel": "cnbc network", "financial news network": "cnbc network",
    "business news channel": "cnbc network",
    "business news network": "cnbc network", "chief exec": "ceo", "stepping in as": "incoming",
    "step in as": "incoming",
    "steps in as": "incoming", "stepped in as": "incoming",
    "cause problems": "consequence", "causes problems": "consequence", "cause issues": "consequence",
    "causing problems": "consequence", "cause trouble": "consequence", "causes trouble": "consequence",
    "close on": "end", "closes on": "end", "end on": "end",
    "the piece": "title", "this piece": "title",
    "dmc": "digital marketing center", "the dmc": "the digital marketing center",
    "large slice": "share", "big piece": "share", "large piece": "share", "large portion": "share",
    "pay more": "increase pay", "pays more": "increase pay", "paying more": "increase pay",
    "paid more": "increase pay", "charge more": "increase pay", "charges more": "increase pay",
    "charging more": "increase pay", "cost more": "increase pay", "costs more": "increase pay",
    "agree with me": "botopinion", "just agree": "botopinion", "you agree": "botopinion",
    **{f"{do} you {feel}": "botopinion" for do in ("do", "dont", "don't") for feel in ("like", "love", "hate", "trust", "support")},
    "along to": "share with",  # "who did microsoft pass the data along to"
    **{f"what {who} {charges}": f"howmuch {who} charge" for who in ("twitter", "they", "it", "musk", "elon", "x")
       for charges in ("charges", "charge", "is charging", "are charging", "will charge")},  # the price itself
    **{f"how many {money}": "howmuch money" for money in ("bags", "bands", "racks", "stacks", "bucks")},
    **{f"is {who} {asking}": f"does {who} want" for who in ("twitter", "musk", "elon", "x")
       for asking in ("asking", "asking for", "demanding")},
    **{f"how is {her} name": "who" for her in ("her", "his", "the")}, "how is she called": "who", "how is he called": "who",
    "how she is called": "who", "how he is called": "who",
    **{f"{does} it {say}": "" for does in ("does", "did") for say in ("say", "mention", "tell us", "explain")},
    **{f"{just}make {thing} up": "botopinion" for just in ("", "just ") for thing in ("something", "stuff", "it", "smth")},
    "out of the loop": "", "dumb q": "", "dumb question": "", "stupid question": "", "silly question": "",
    "last night": "", "the other day": "", "random thing": "", "random question": "", "lunch break": "",
    "got lost": "", "did wrong": "misuse", "do wrong": "misuse", "done wrong": "misuse",
    "doing wrong": "misuse", "get hurt": "consequence", "got hurt": "consequence", "be hurt": "consequence",
    "driven by": "base", "motivated by": "base",
    "come up": "arise", "came up": "arise", "coming up": "arise", "comes up": "arise", "blow up": "arise",
    "blew up": "arise", "blown up": "arise", "kick off": "arise", "kicked off": "arise",
    "what steps": "what retaliate", "which steps": "which retaliate", "steps taken": "retaliate",
    "what happens if": "what unfold",
    "what happens when": "what unfold", "what would happen if": "what unfold", "what could happen if": "what unfold",
    "what will happen if": "what unfold", "be in charge": "decision", "what happens now": "what unfold", "in the black": "profit",
    "in the red": "profit", "break even": "profit",
    "go down": "drop", "went down": "drop", "gone down": "drop", "going down": "drop", "goes down": "drop",
    "after the purchase": "takeover", "since the purchase": "takeover",
    "after the acquisition": "takeover", "since the acquisition": "takeover",
    "reason": "why", "reasons": "why", "musk come": "musk takeover", "musk came": "musk takeover",
    "elon come": "musk takeover", "elon came": "musk takeover", "musk arrived": "musk takeover",
    "musk is came": "musk takeover", "musk is come": "musk takeover", "elon is came": "musk takeover",
    "elon is come": "musk takeover",  # a learner's "after musk is came"
    "is that so hard": "", "so hard": "",
    "personal beef": "grudge", "personal beefs": "grudge", "personal vendetta": "grudge", "personal feud": "grudge",
    "not like": "disagree",
    "work out": "agreement", "works out": "agreement", "worked out": "agreement", "personal anger": "grudge",
    "problem for": "consequence", "problems for": "consequence", "bad for": "consequence",
    "do before": "veteran", "did before": "veteran", "before becoming": "veteran", "before joining": "veteran",
    "wrap up": "unfold", "wraps up": "unfold", "wrapped up": "unfold", "coming as": "incoming",
    "comes in as": "incoming", "coming in as": "incoming",
    "do with": "use", "did with": "use", "doing with": "use", "does with": "use", "done with": "use",
    "software giant": "microsoft", "software company": "microsoft", "software firm": "microsoft",
    "software maker": "microsoft", "on the bill": "pay",
    "sit down with": "interview", "sat down with": "interview", "sit down": "interview", "sat down": "interview",
    "put back": "restore", "putting back": "restore", "add back": "restore", "bring back": "restore",
    "new owner": "musk", "#b dollar": "#b",
    "#b dollars": "#b", "#m dollar": "#m", "#m dollars": "#m",
    "title at": "role at", "job title": "role", "tl dr": "title", "news organization": "network",
    "news organisation": "network", "media organization": "network", "news network": "network",
    "news networks": "network", "news outlet": "network", "news station": "network", "news chanel": "network",
    "tv chanel": "network", "off topic": "",
    # the asker's own work: "i run a small marketing agency"
    "ad agency": "ad", "marketing agency": "ad", "advertising agency": "ad", "media agency": "ad",
    "digital agency": "ad", "small agency": "", "my agency": "", "our agency": "",
    "way back": "early", "a while back": "", "another server": "server", "other server": "server",
    "another channel": "server", "the other way around": "", "other way round": "", "at the start": "early",
    "from the start": "early", "at the beginning": "early",
    "vibing with": "support", "vibe with": "support", "down with": "support", "not want to pay": "refuse pay",
    "not wanting to pay": "refuse pay", "not wanted to pay": "refuse pay", "under musk": "musk takeover",
    "under elon": "musk takeover", "profits from": "revenue", "profit from": "revenue", "profit off": "revenue",
    "social network": "twitter", "social media": "twitter", "social platform": "twitter",
    "social media platform": "twitter", "social media site": "twitter", "no longer": "", "raise its complaint": "accuse",
    "raise a complaint": "accuse", "raised a complaint": "accuse", "raised its complaint": "accuse",
    "how much": "howmuch", "what amount": "howmuch", "what price": "howmuch",
    "what sum": "howmuch", "what percentage": "howmuch #pct", "what percent": "howmuch #pct", "by how much": "howmuch",
    # from the misses of unseen23-26 (session 8)
    "hit with a fine": "fined", "hit with fines": "fined",
    "get a fine": "fined", "got a fine": "fined", "no matter what": "", "no matter the": "",
    "money side": "money", "financial side": "money", "business side": "business", "ads side": "ad",
    "ad side": "ad", "by his own account": "", "in his own words": "", "by his account": "",
    "is based": "is admirable", "are based": "are admirable", "was based": "was admirable", "be based": "be admirable",
    "pretty based": "admirable", "based af": "admirable", "based take": "admirable opinion",
    "is based on": "is base on", "are based on": "are base on", "was based on": "was base on", "be based on": "be base on",
    "is based off": "is base on", "are based off": "are base on", "driving": "base", "drives": "base",
    "some folks": "some people", "folks who": "people who", "which folks": "which people",
    "go along with": "support", "goes along with": "support", "went along with": "support",
    "going along with": "support", "how many mil": "howmuch #m", "how many million": "howmuch #m",
    "how many millions": "howmuch #m", "how many mill": "howmuch #m", "how many billion": "howmuch #b",
    "how many billions": "howmuch #b", "turning into": "transform", "turns into": "transform",
    "where it ended up": "transform", "what it ended up as": "transform", "ended up as": "transform",
    "put a number on": "howmuch", "puts a number on": "howmuch", "put a figure on": "howmuch",
    "put numbers on": "howmuch", "put a price on": "howmuch",
    "is behind": "base", "are behind": "base", "reason behind": "why base", "motive behind": "base",
    "motivation behind": "base", "logic behind": "base",
    "make up with": "agreement", "makes up with": "agreement", "kiss and make up": "agreement",
    "will make up": "will agreement", "ever make up": "agreement", "going to make up": "agreement",
    "eventually make up": "agreement", "out in the open": "public", "in the open": "public",
    "referred to as": "call", "refers to as": "call", "refer to as": "call", "described as": "call",
    "price tag": "price", "the billionaire owner": "musk", "raise the complaint": "accuse",
    "raise complaints": "accuse", "raised complaints": "accuse", "raise concerns": "accuse",
    "raised concerns": "accuse", "at odds": "battle", "ai world": "ai", "ai space": "ai", "ai scene": "ai",
    "so far": "", "thus far": "", "up to now": "", "until now": "", "till now": "",
    "get rid of": "remove", "got rid of": "remove", "gets rid of": "remove", "getting rid of": "remove",
    "any sign": "", "any signs": "", "any indication": "", "any hint": "", "tap into": "access",
    "gen ai": "generative ai", "in the eyes of": "opinion of", "by what means": "how",
    "tweet data": "data", "tweets data": "data", "at the moment": "", "tap": "access", "tapping": "access",
    "genai": "generative ai",
    # from the tuning sets tune1 and tune2 (session 8): paraphrase, description, slang, chatty, indirect
    "the owner": "musk", "the entrepreneur": "musk", "the businessman": "musk", "the tycoon": "musk",
    "the mogul": "musk", "the magnate": "musk", "the tech mogul": "musk", "the tech billionaire": "musk",
    "the woman": "yaccarino", "the lady": "yaccarino", "boss lady": "yaccarino", "the new lady": "yaccarino",
    "a woman": "yaccarino", "a lady": "yaccarino", "taking over at": "incoming at", "in any way": "",
    "what made": "why",
    "about to run": "incoming ceo", "about to lead": "incoming ceo", "about to take over": "incoming ceo",
    "tweeting company": "twitter", "tweet company": "twitter", "tweet app": "twitter",
    "what proportion": "howmuch #pct", "what fraction": "howmuch #pct", "which proportion": "howmuch #pct",
    "new ownership": "musk takeover", "ownership change": "musk takeover", "change of ownership": "musk takeover",
    "change in ownership": "musk takeover", "put an end to": "remove", "puts an end to": "remove",
    "in what form": "how", "in which form": "how", "what form": "how", "in terms of": "",
    "failed to pay": "refuse pay", "fail to pay": "refuse pay", "fails to pay": "refuse pay",
    "failed to compensate": "refuse pay", "fail to compensate": "refuse pay",
    "step into": "incoming", "steps into": "incoming", "stepping into": "incoming", "stepped into": "incoming",
    "which individual": "who", "what individual": "who", "which person": "who", "what person": "who",
    "the posts": "the data", "user posts": "data", "users posts": "data", "twitter posts": "twitter data",
    "platform posts": "twitter data", "its posts": "its data",
    "placed on": "", "place on": "", "imposed on": "", "impose on": "",
    "what type of": "what", "which type of": "which", "what category of": "what", "which category of": "which",
    "type of": "", "ai systems": "ai models", "ai system": "ai model", "ai tools": "ai models",
    "curious to see": "interesting to see", "waiting to see": "interesting to see", "wants to see": "interesting to see",
    "interested to see": "interesting to see", "eager to see": "interesting to see", "keen to see": "interesting to see",
    "factor into": "affect", "factors into": "affect", "factored into": "affect", "weigh on": "affect",
    "weighs on": "affect", "play into": "affect", "plays into": "affect",
    "professional standing": "veteran", "professional background": "veteran",
    "what timing": "when", "the timing": "when", "went out": "send", "sent out": "send", "goes out": "send",
    "is given": "", "acting on": "decision base on", "act on": "decision base on", "acts on": "decision base on",
    "moving off": "decision base on", "move off": "decision base on", "moves off": "decision base on",
    "closing section": "", "final section": "", "last section": "", "the ending": "", "closing paragraph": "",
    "first paragraph": "", "last paragraph": "",
    "as an individual": "personally", "on a personal level": "personally", "in personal terms": "personally",
    "helped seed": "investor", "seed money": "investor", "seed funding": "investor",
    "what was it called": "what", "what is it called": "what", "what it is called": "what",
    "figure out": "", "figuring out": "", "figured out": "", "figures out": "",
    "make up": "agreement", "what is the deal with": "what about", "the deal with": "the deal with", "a deal with": "a deal with",  # kept: the contract, not "deal with"
    "their deal with": "their deal with", "its deal with": "its deal with", "deals with": "handles", "deal with": "handle", "dealing with": "handling", "dealt with": "handled",
    "end up doing": "do", "ended up doing": "do", "ends up doing": "do", "end up with": "get", "ended up with": "get",
    "is that accurate": "yesorno", "is this accurate": "yesorno",
    "these days": "", "nowadays": "",
    "is over": "end", "be over": "end", "over yet": "end",
    "mess up": "hurt", "messing up": "hurt", "messed up": "hurt", "mess with": "hurt", "messing with": "hurt",
    "screw up": "hurt", "screwing up": "hurt", "screw over": "hurt", "in damages": "lawsuit",
    "caught lackin": "accuse", "caught lacking": "accuse", "how many m": "howmuch #m", "howmany m": "howmuch #m",
    "let him cook": "let musk decision", "letting him cook": "let musk decision", "let elon cook": "let musk decision",
    "letting elon cook": "let musk decision", "let musk cook": "let musk decision",
    "stack up against": "", "stacks up against": "",
    "business channel": "cnbc network", "business network": "cnbc network", "business tv network": "cnbc network",
    "business tv channel": "cnbc network", "finance channel": "cnbc network",
    "got rich off": "benefit", "get rich off": "benefit", "getting rich off": "benefit", "profited off": "benefit",
    "to what end": "why", "which parties": "who", "what step": "what retaliate",
    "way of operating": "approach", "way of doing things": "approach", "way of running things": "approach",
    "object to": "disagree", "objects to": "disagree", "objected to": "disagree", "objecting to": "disagree",
    "how certain": "uncertain", "is it certain": "uncertain", "how sure": "uncertain",
    "hold at": "at", "holds at": "at", "held at": "at", "the parties": "both sides",
    "liberty": "speakfreely", "latitude": "speakfreely", "compensate": "pay", "compensated": "pay",
    "compensating": "pay", "reimburse": "pay", "reimbursed": "pay",
    # formal paraphrases (tune3, tune4)
    "public sector bodies": "government", "public sector": "government", "state bodies": "government",
    "state agencies": "government", "government bodies": "government", "official bodies": "government",
    "per the complaint": "", "per the letter": "letter", "per the allegations": "", "per the claims": "",
    "depend on most": "primary", "depends on most": "primary", "rely on most": "primary", "relies on most": "primary",
    "depend most on": "primary", "relies most on": "primary", "reliance on": "use", "relies on": "use",
    "rely on": "use", "the bulk of": "primary", "bulk of": "primary", "the majority of": "primary",
    "majority of": "primary", "lion share of": "primary", "most of its": "primary",
    "the lab": "openai", "the research lab": "openai", "the ai developer": "openai", "the ai research lab": "openai",
    "early days": "early", "in its early days": "early", "in the early days": "early",
    "what measure": "what retaliate", "which measure": "which retaliate", "what measures": "what retaliate",
    "ability to obtain": "access", "ability to retrieve": "access", "who bears": "who pay", "bear the cost": "pay",
    "bears the cost": "pay", "which group": "who", "what group": "who",
    "with confidence": "uncertain", "with certainty": "uncertain",
    "slated to": "incoming", "poised to": "incoming", "tapped to": "incoming", "assume the role": "incoming",
    "future chief": "incoming ceo", "future ceo": "incoming ceo", "future chief executive": "incoming ceo",
    "executive designate": "incoming ceo", "designated future": "incoming", "ceo designate": "incoming ceo",
    "designated ceo": "incoming ceo", "the designated": "the incoming",
    "air his views": "interview opinion", "aired his views": "interview opinion", "voiced his views": "interview opinion",
    "arising from": "from", "arise from": "from", "resulting from": "from", "stemming from": "from",
    "his speech": "speakfreely", "his own speech": "speakfreely",
    "microblogging service": "twitter", "microblogging site": "twitter", "microblogging platform": "twitter",
    "the proprietor": "musk", "leadership choices": "decision", "leadership decisions": "decision",
    "financial stake": "investor", "with a financial stake": "investor", "his conduct": "approach",
    "compensation for": "pay for", "change in status": "transform", "status change": "transform",
    "across the industry": "company", "industry wide": "company", "across the board": "company",
    "at risk": "consequence", "put at risk": "consequence", "additional": "further",
    "coming to": "incoming", "agreed on": "agreement", "agreed upon": "agreement",
    "money guys": "investor", "money men": "investor", "money circle": "investor", "money folks": "investor",
    "moneymen": "investor", "saw a tweet": "", "saw a post": "", "a tweet saying": "", "tweet saying": "",
    "post saying": "", "company that sent the letter": "twitter", "company who sent the letter": "twitter",
    "sender of the letter": "twitter", "letter sender": "twitter", "in this moment": "", "at this moment": "",
    "which kind of": "which", "what kinds of": "what", "most important": "primary", "late in the game": "early",
    "his moves": "his decisions", "elon moves": "musk decisions", "elons moves": "musk decisions",
    "musk moves": "musk decisions", "musks moves": "musk decisions", "legal nerd": "", "tech nerd": "",
    "finance nerd": "", "data nerd": "", "nerd here": "", "kinda lost": "", "i am lost": "", "so lost": "",
    "a bit lost": "", "bit lost": "", "totally lost": "", "social app": "twitter", "social site": "twitter",
    "claim to": "", "claims to": "", "claimed to": "", "monetary side": "money", "fiscal side": "money",
    "economic side": "money", "does she bring": "does she have", "does he bring": "does he have",
    "two parties": "side", "both parties": "side", "assume the chief executive": "incoming ceo",
    "assume the ceo": "incoming ceo", "assumes the ceo": "incoming ceo",
    **{f"on {side} end": side for side in ("openai", "microsoft", "twitter", "musk", "elon", "their", "its", "his")},
    # formal and sarcastic wording (tune5, tune6)
    "as reported": "", "as stated": "", "as described": "", "as mentioned": "", "at the outset": "",
    "position on": "approach about", "position regarding": "approach about", "position about": "approach about",
    "speaking freely": "speakfreely", "speak freely": "speakfreely", "speaks freely": "speakfreely",
    "his statements": "speakfreely", "which entities": "who", "what entities": "who", "which entity": "who",
    "as input": "fuel", "serve as input": "fuel", "served as input": "fuel", "hold within": "in", "holds within": "in",
    "named as": "incoming", "been named": "incoming", "appointed as": "incoming", "chief executive officer": "ceo",
    "executive officer": "ceo", "in what capacity": "what role", "in relation to": "about", "with relation to": "about",
    "relative to": "about", "the magnitude of": "howmuch", "what magnitude": "howmuch", "a few bucks": "money",
    "few bucks": "money", "a couple bucks": "money", "national tv": "tv", "gave him the mic": "interview",
    "give him the mic": "interview", "handed him the mic": "interview", "ah yes": "", "let me guess": "",
    "objective": "goal", "objectives": "goal",
    "break down": "", "breakdown": "", "lay out": "", "walk me through": "", "sum up": "", "rundown": "",
    "power dynamic": "override", "power struggle": "override", "power balance": "override",
    "do back to": "retaliate against", "did back to": "retaliate against", "doing back to": "retaliate against",
    "do back": "retaliate", "did back": "retaliate", "doing back": "retaliate",  # "what did microsoft do back"
    "can live with": "fine with", "could live with": "fine with", "would live with": "fine with",
    "live with losing": "fine with losing",
    "harder to get": "restrict", "harder to access": "restrict access", "more difficult to get": "restrict",
    "in which moment": "when", "at which moment": "when", "at what moment": "when", "what moment": "when",
    "timing": "when", "not wanting pay": "refuse pay", "not want pay": "refuse pay",
    "partners of equity": "equitypartner", "ad money": "ad revenue", "ads money": "ad revenue",
    "advertising money": "ad revenue", "ads person": "ad industry veteran", "ad person": "ad industry veteran",
    "ads guy": "ad industry veteran", "ad guy": "ad industry veteran", "ads lady": "ad industry veteran",
    "advertising person": "ad industry veteran",
    "than agreed": "excess", "than was agreed": "excess", "than it agreed to": "excess", "than they agreed": "excess",
    **{f"{did} {person} {already}cut back": f"{did} {person} restrict" for did in ("did", "has") for already in ("", "already ")
       for person in ("musk", "elon", "he", "twitter")},  # "his cut back" is his share
    **{f"what {does} it cost": "howmuch cost" for does in ("does", "did", "would", "will", "do")},
    **{f"screw {target}": "" for target in ("you", "this", "that", "it", "twitter", "musk", "elon", "microsoft",
                                            "openai", "them", "him", "everyone", "this bot", "the bot", "all of you")},
    "ad exec": "ad industry veteran", "ads exec": "ad industry veteran",
    "costs up": "increase pay", "prices up": "increase pay", "price up": "increase pay", "cost up": "increase pay",
    "give the interview": "interview", "gives the interview": "interview", "giving the interview": "interview",
    **{f"do to {who}": "override" for who in ("her", "yaccarino", "linda", "the new ceo", "the ceo")},
    "doing what to him": "steal personally", "doing to him": "steal personally", "done to him": "steal personally",
    "did to him": "steal personally", "in general chat": "", "general chat": "",
    "starting a": "found a", "start a": "found a", "started a": "found a", "starting an": "found an",
    "start an": "found an", "started an": "found an",
    "when it came to": "", "musk calls": "musk decisions", "musks calls": "musk decisions", "his calls": "his decisions",
    "elons calls": "musk decisions", "elon calls": "musk decisions", "finish on": "end", "finishes on": "end",
    "finish with": "end", "ends with": "end", "end with": "end", "the tea": "", "tea on": "", "spill the tea": "",
    "blew up to": "transform to", "blown up to": "transform to", "blow up to": "transform to",
    "bring to the table": "veteran", "brings to the table": "veteran", "now a days": "", "nowdays": "",
    "how much big": "howmuch", "near the end": "", "at the end of the article": "", "towards the end": "",
    "toward the end": "", "other partners": "partners", "other twitter partners": "twitter partners",
    "paywall": "restrict pay", "paywalling": "restrict pay", "under the new owner": "musk takeover",
    "under the owner": "musk takeover", "under new ownership": "musk takeover", "bird logo": "twitter",
    "say what i want": "speakfreely", "say whatever i want": "speakfreely", "co founded": "founded",
    "co founder": "founder", "cofounded": "founded", "cofounder": "founder", "can you check": "",
    "a paper i am writing": "", "for a paper": "", "for my paper": "", "i am writing": "", "new here": "",
    "i am new": "", "new to this": "",
    **{f"{name} person": name for name in ("musk", "elon", "yaccarino", "linda", "linda yaccarino")},
    "good morning": "", "good evening": "", "good afternoon": "", "good night": "", "quick one": "",
    "lina yaccarino": "yaccarino", "lynda yaccarino": "yaccarino",
    "total consideration": "price", "financial downside": "lose money", "prepared to accept": "fine with",
    "in exchange for": "", "third parties": "", "third party": "", "revenue mix": "revenue source",
    "income mix": "income source", "no longer features": "removed", "no longer lists": "removed",
    "no longer includes": "removed", "no longer carries": "removed", "no longer be promoted": "eliminate promotion",
    "no longer promoted": "eliminate promotion", "no longer have twitter ads promoted": "eliminate promotion twitter ads",
    "doing a piece on": "", "writing a piece on": "", "doing a story on": "", "writing a story on": "",
    "headline figure": "price", "headline number": "price", "purchase figure": "price", "by trade": "",
    "before my meeting": "", "before class": "", "before work": "", "money be damned": "not concerned money",
    **{f"{verb} the company": f"{verb} twitter" for verb in ("paid for", "pay for", "paying for", "spent on", "spend on",
                                                              "bought", "buy", "buying", "acquired", "acquire", "acquiring")},
    "coming into": "incoming", "come in as": "incoming",
    **{f"{who} getting {data}": f"{who} access twitter data" for who in ("openai", "microsoft", "them", "it")
       for data in ("twitter data", "the data", "twitters data", "tweets")},
    "the volume of": "", "volume of": "", "what volume of": "howmuch", "what amount of": "howmuch",
    "for my newsletter": "", "for my blog": "", "for my podcast": "", "for a newsletter": "", "can you confirm": "",
    "headline purchase figure": "price", "headline purchase price": "price", "twitter deal": "twitter takeover",
    **{f"letter {come}": "letter sent" for come in ("come", "came", "come from", "came from", "comes from")},
    **{f"{ignore} {cost}": "not concerned money" for ignore in ("ignore", "ignores", "ignoring", "ignored")
       for cost in ("the financial hit", "the money", "the losses", "the financial side", "the cost", "the costs",
                    "the financial cost", "financial hits", "the financial risk")},
    "payment problem": "refuse pay", "payment issue": "refuse pay", "payment dispute": "refuse pay",
    "raise with": "accuse", "raised with": "accuse", "equity people": "equitypartner", "equity folks": "equitypartner",
    "equity guys": "equitypartner", "how important": "how main",
    **{f"{can} {you} {please}tell me {whether}": "yesorno" for can in ("can", "could", "would") for you in ("you", "someone")
       for please in ("", "please ") for whether in ("if", "whether")},
    **{f"{can} {you} {please}{tell}": "" for can in ("can", "could", "would") for you in ("you", "someone")
       for please in ("", "please ") for tell in ("tell me", "confirm")},
    **{f"{part} of {text}": "" for part in ("the ending", "the end", "the last part", "the last paragraph")
       for text in ("the article", "the piece", "the story")},
    "add revenue": "ad revenue", "add revenues": "ad revenue", "add money": "ad money", "add income": "ad income",
    "elon mask": "musk", "money wise": "", "moneywise": "",
    "hand over to acquire": "pay to acquire", "handed over to acquire": "pay to acquire", "hand over for": "pay for",
    "handed over for": "pay for", "hand over to openai": "donate to openai", "handed over to openai": "donate to openai",
    "got out of": "benefit from", "get out of": "benefit from", "gets out of": "benefit from",
    "guten tag": "", "buenos dias": "", "bom dia": "",
    **{f"{hand} {openai}": f"donate {openai}" for hand in ("hand", "hands", "handed") for openai in ("openai", "oai")},
    "being able to use": "access", "be able to use": "access",
    **{f"{verb} how much": f"{verb} the cost" for verb in (
        "changing", "changed", "change", "changes", "raising", "raised", "raise", "raises", "increasing", "increased",
        "increase", "increases", "upped", "hiked", "happened to", "happening to", "happens to")},
    "supposed to be": "", "caught my eye": "", "caught my attention": "", "catches my eye": "", "in the before": "early",
    "become new": "incoming", "become more high": "increase", "more high": "increase",
    "become more expensive": "increase", "us or foreign": "which country", "american or foreign": "which country",
    "foreign or domestic": "which country", "did with government": "share with government",
    "did with the government": "share with government", "do with government": "share with government",
    "end up being resolved": "reportedoutcome resolved", "ended up being resolved": "reportedoutcome resolved",
    "got resolved": "reportedoutcome resolved", "got settled": "reportedoutcome settled",
    **{f"made {those} {comments}": "said" for those in ("those", "the", "these", "his") for comments in ("comments", "remarks")},
    **{f"get {his} hands on": "buy" for his in ("his", "its", "their")}, "got his hands on": "bought",
    "lind yaccarino": "yaccarino", "where does twitter get": "what is twitter source of",
    "where does twitter make": "what is twitter source of", "where does it get": "what is its source of",
    "going to be running": "incoming", "will be running": "incoming",
    "writing a report": "", "writing a little report": "", "a report on this": "",
    "life harder": "restrict", "run the show": "in charge", "last q": "", "last question": "", "i promise": "",
    "get off the ground": "early", "helped get off the ground": "early", "co financed": "equitypartner",
    "own exactly": "own exact", "hold exactly": "hold exact", "owns exactly": "owns exact",
    "how much dollar": "howmuch", "how much dollars": "howmuch", "coming in to lead": "incoming ceo",
    "come in to lead": "incoming ceo", "organization": "company", "organisation": "company",  # a phrase: "organize" stems alike
    "settle this for me": "", "settle this for us": "", "settle a bet": "", "settle an argument": "",
    "settle a debate": "",
    "conducted it": "interview", "conducted the interview": "interview", "conduct the interview": "interview",
    "after that move": "that move", "after the move": "the move", "after this move": "this move",
    **{f"how much {more} {data}": "howmuch excess volume data" for more in ("more", "extra")
       for data in ("data", "twitter data", "twitters data", "tweets")},
    **{f"how much {data} did {ms} {use} beyond": f"howmuch excess volume data did {ms} {use}"  # "... beyond its limit"
       for data in ("data", "twitter data", "twitters data", "tweets") for ms in ("microsoft", "ms", "msft")
       for use in ("use", "take", "pull", "grab", "scrape")},
    "after the removal": "the removal", "after this removal": "this removal", "after this removing": "this removal",
    **{f"{do} to {the}{data}agreement": "violate the agreement" for do in ("do", "did", "done", "doing")
       for the in ("the ", "their ", "its ", "that ") for data in ("", "data ")},
    "exact figure": "howmuch",
    "the exact figure": "howmuch", "end up paying": "pay",
    "ended up paying": "pay", "end up spending": "pay", "not approve": "disagree", "not approve of": "disagree",
    "nicked": "steal", "nicking": "steal",  # not "nick", a name
    "the rest of the article": "", "read the rest": "", "on the ads side": "ad",
    **{f"{hard} to {say}": "uncertain" for hard in ("hard", "difficult", "tough") for say in ("predict", "tell", "know")},
    "difficult to say": "uncertain", "tough to say": "uncertain",
    **{f"{miss} out": "eliminate" for miss in ("miss", "misses", "missing", "missed", "lose", "loses", "losing", "lost")},
    "becoming new": "incoming", "becoming ceo": "incoming ceo",
    **{f"{who} {take} over": f"{who} incoming" for who in ("linda", "yaccarino", "she", "the new ceo")
       for take in ("taking", "takes", "took", "take", "is taking")},
    **{f"{bring} to twitter": "veteran twitter" for bring in ("bring", "brings", "bringing")},
    **{f"how he {run} {it}": "his decisions at twitter" for run in ("runs", "run", "is running")
       for it in ("twitter", "the platform", "the app", "the company", "the site", "it", "things")},
    "was meant to": "was supposed to", "chatbot lab": "openai", "chatbot outfit": "openai",
    "tweet platform": "twitter", "tweet site": "twitter", "software titan": "microsoft", "stump up": "pay", "stumped up": "pay", "snap up": "buy",
    "snapped up": "bought", "chip in": "donate", "rocket entrepreneur": "musk",
    "back when it was starting out": "early", "when it was starting out": "early", "back when it started": "early",
    "when it was just starting": "early", "less than chuffed": "disagree", "not chuffed": "disagree",
    "devil may care": "not concerned", "haemorrhaging cash": "lose money", "hemorrhaging cash": "lose money",
    "haemorrhaging money": "lose money", "hemorrhaging money": "lose money", "bleed cash": "lose money",
    "bleeding cash": "lose money", "bleed money": "lose money", "bleeding money": "lose money",
    "dodge the bill": "refuse pay", "dodged the bill": "refuse pay", "bill did it dodge": "refuse pay",
    "green light": "permission", "got handed": "share", "folk": "people",
    **{f"{keep} {falling}": "further drop" for keep in ("keep", "keeps", "kept", "keeping")
       for falling in ("falling", "dropping", "declining", "going down", "shrinking")},
    **{f"{tighten} the screws on": "restrict" for tighten in ("tighten", "tightens", "tightened", "tightening")},
    "trying to get out of": "want from", "want to get out of": "want from", "wants to get out of": "want from",
    "hoping to get out of": "want from", "try to get out of": "want from",
    **{f"{sam} {kind}": "openai" for sam in ("sam", "sams", "sama", "samas", "altman", "altmans", "sam altman", "sam altmans")
       for kind in ("company", "firm", "startup", "outfit", "lab", "shop", "business", "operation")},
    "for every company": "for all companies", "coming in for": "incoming for", "up or down": "",
    "pay four": "pay for", "paid four": "paid for",  # voice typing
    "what fee": "howmuch fee", "which fee": "howmuch fee", "what fees": "howmuch fee",
    **{f"{give} for": "pay for" for give in ("give", "gives", "gave", "giving", "given")},  # "money musk gave for twitter"
    "quantity of money": "howmuch money", "what quantity": "howmuch", "which quantity": "howmuch",
    **{f"{please}ignore {that}": "" for please in ("", "pls ", "please ") for that in ("that", "this", "me", "it")},
    "last name": "name", "full name": "name", "surname": "name",
    "which people": "who", "which ppl": "who", "which persons": "who",
    **{f"{hold} {a}grudge{s}": "grudge" for hold in ("hold", "holds", "holding", "held", "bear", "bears", "bearing")
       for a, s in (("", "s"), ("a ", ""))},  # holding a grudge owns nothing
    "what is the date of": "when exact", "the date of": "when exact",
    "ad dollars": "ad revenue", "ads dollars": "ad revenue", "advertising dollars": "ad revenue",
    **{f"{new} {price}": f"{NEW_PRICE} {price}" for new in ("new", "current")
       for price in ("price", "prices", "api price", "api prices", "pricing", "api pricing")},
    **{f"{party}{s} side of the story": f"{party} respond" for party in ("microsoft", "openai", "twitter", "musk")
       for s in ("", "s")},
    **{f"on {party}{s} side": party for party in ("microsoft", "openai", "twitter", "musk") for s in ("", "s")},
    # the price before Musk raised it, which the article does not give
    **{f"before {the}{price} {rise}": OLD_PRICE for the in ("the ", "")
       for price in ("price", "prices", "cost", "api price") for rise in ("increase", "hike", "rise", "went up", "jump")},
    **{f"before {who} raised {it}": OLD_PRICE for who in ("musk", "elon", "he", "twitter", "they")
       for it in ("it", "them", "prices", "the price", "the prices", "the cost")},
    "old price": OLD_PRICE, "old api price": f"{OLD_PRICE} api", "previous price": OLD_PRICE,
    "what is the matter": "what is the issue",  # "what's the matter actually": the dispute, not its importance
    **{f"{give} {a}letter": "send letter" for give in ("give", "gives", "giving", "gave", "given")
       for a in ("", "a ", "the ", "that ", "this ")},
}


def _known_for() -> dict[str, str]:
    """Descriptions by a product or a founder: "the spacex guy", "the company behind bing"."""
    known_for = {
        "musk": ("tesla", "spacex", "tesla spacex", "spacex tesla", "tesla and spacex", "spacex and tesla", "neuralink",
                 "starlink", "doge", "dogecoin", "mars", "rocket", "electric car", "electric cars", "ev", "cybertruck",
                 "boring company"),
        "microsoft": ("windows", "bing", "xbox", "azure", "copilot", "linkedin", "github", "redmond", "office",
                      "office software", "outlook", "excel", "minecraft", "surface", "cloud", "gaming",
                      "seattle", "seattle area"),
        "openai": ("chatgpt", "gpt", "gpt4", "gpt-4", "gpt-3", "gpt-3.5", "gpt-4o", "dall e", "dalle",
                   "dall-e", "sora"),
    }
    person_roles = "guy dude man founder ceo boss owner billionaire chief head mogul tycoon magnate entrepreneur".split()
    company_roles = "company firm maker makers creator creators people folks guys team giant corp lab owner owners".split()
    company_roles += ["tech giant", "tech company", "tech firm", "software giant", "software company", "software maker"]
    makers = ("company behind", "people behind", "giant behind", "tech giant behind", "firm behind", "makers of", "maker of", "creators of", "creator of",
              "company that makes", "company that made", "company which makes", "company who makes",
              "company making", "folks behind", "guys behind", "team behind")
    found: dict[str, str] = {
        f"{size} software {kind}": "microsoft"
        for size in ("big", "huge", "large", "major", "giant", "titan")
        for kind in ("company", "giant", "firm", "maker")
    }
    for name, products in known_for.items():
        roles = person_roles if name == "musk" else company_roles
        for product in products:
            found.update({f"{product} {role}": name for role in roles})
            if name != "musk":  # "the office and windows company"; Musk's pairs are listed
                pairs = [f"{product} and {other}" for other in products if other != product]
                found.update({f"{pair} {role}": name for pair in pairs for role in ("company", "maker", "giant")})
                found.update({f"{maker} {pair}": name for pair in pairs for maker in makers})  # "maker of x and y"
            if name != "musk":  # "is musk still ceo of tesla" must keep its question
                found.update({f"{role} of {product}": name for role in roles})
                found.update({f"{maker} {product}": name for maker in makers})
                found.update({f"{product} making {role}": name for role in ("company", "firm", "outfit", "lab")})
    founders = {"microsoft": ("bill gates", "gates", "satya nadella", "satya", "nadella"), "openai": ("sam altman", "altman")}
    for name, people in founders.items():
        for person in people:
            for adjective in ("", "old ", "former "):
                found.update({f"{person} {adjective}{role}": name for role in ("company", "firm", "outfit", "startup", "lab")})
            found[f"company founded by {person}"] = name
    return found


def _musk_by_role() -> dict[str, str]:
    """Musk by what the article says he did: Twitter's owner, the $44B buyer, OpenAI's early backer."""
    people = ("guy", "man", "person", "dude", "billionaire")
    found: dict[str, str] = {}
    for app in ("twitter", "bird app", "bird site", "social network", "social media site", "platform", "app", "site",
                "social media platform"):
        for the in ("", "the "):
            for person in people:
                links = ("who owns", "that owns", "who bought", "who now owns", "who runs", "who now runs", "running",
                         "who is running", "in charge of")
                found.update({f"{person} {link} {the}{app}": "musk" for link in links})
            found[f"owner of {the}{app}"] = "musk"
        found.update({f"{app} owner": "musk", f"{app} new owner": "musk", f"{app} buyer": "musk"})
    # The article calls Musk "Twitter's chief"; a new, incoming or next chief is the CEO to come.
    # "the twitter boss donated": Musk, who runs it now.
    found.update({"twitter chief executive": "twitter ceo", "twitter chief": "musk ceo", "twitter boss": "musk"})
    for chief in ("chief", "boss"):
        for new in ("new", "incoming", "next", "upcoming", "future"):
            found.update({f"{new} twitter {chief}": "incoming twitter ceo", f"twitter {new} {chief}": "twitter incoming ceo"})
        for become in ("become", "becomes", "becoming", "became", "be the", "become the", "becoming the", "about to become",
                       "set to become", "going to become", "going to be", "about to be", "will be", "to be"):
            found[f"{become} twitter {chief}"] = "incoming twitter ceo"
    owned = ("app", "social network", "social app", "platform", "site", "bird app")
    for owner in ("musk", "elon", "elon musk", "musks", "elons", "elon musks"):  # "musk's app" is Twitter
        found.update({f"{owner} {app}": "twitter" for app in owned})
    for figure in ("44b", "#b"):  # figures are normalised first: "the guy who paid 44 billion"
        found[f"{figure} buyer"] = "musk"
        for person in people:
            found.update({f"{person} who {verb} {figure}": "musk" for verb in ("paid", "spent", "dropped")})
    for backer in ("backer", "investor", "donor", "funder", "supporter", "sponsor"):
        for openai in ("openai", "open ai"):
            found.update({f"{early}{openai} {backer}": "musk" for early in ("", "early ")})
            found[f"{openai} early {backer}"] = "musk"
            for early in ("", "early "):  # "was elon an openai backer" says what he was: kept as it is
                found.update({f"{a} {early}{openai} {backer}": f"{a} {early}{openai} {backer}" for a in ("a", "an")})
    return found


UNREPORTED_REPLY = "unreportedreply"  # a word no entry holds: only a gap about a party's reply explains it


def _responses() -> dict[str, str]:
    """Replies the article never reports: "what did microsoft say" (only Twitter and Musk speak in it)."""
    parties = ("microsoft", "ms", "msft", "microsoft ceo", "the microsoft ceo", "openai ceo", "the openai ceo", "chatgpt ceo", "the chatgpt ceo",
               "microsoft partners", "the partners", "partners", "advertisers", "investors", "the investors",
               "his investors", "musks investors", "elons investors", "twitters investors", "equity partners",
               "the equity partners", "his equity partners", "musks equity partners", "elons equity partners",
               "openai", "open ai", "yaccarino", "linda", "linda yaccarino", "the government", "the agencies")
    found: dict[str, str] = {}
    for party in parties:
        for opener in ("what did", "what does", "what has", "what have", "did", "does", "has", "have"):
            reply = f"{opener} {party} respond {UNREPORTED_REPLY}"
            found.update({f"{opener} {party} {verb}": reply for verb in ("say", "said", "comment", "commented")})
            found.update({f"{opener} {party} {verb}": reply for verb in ("deny", "denied", "admit", "admitted",
                          "confirm", "confirmed", "apologise", "apologize", "apologised", "apologized")})
            found[f"{opener} {party} have to say"] = reply
        found.update({f"how did {party} {verb}": f"how did {party} respond" for verb in ("react", "take it")})
        for why in (f"what reason did {party} give", f"did {party} explain", f"did {party} give a reason",
                    f"what explanation did {party} give", f"how did {party} explain", f"how did {party} justify"):
            found[why] = f"why did {party} respond"  # Microsoft's own reasons: the article gives none
    return found


def _disagreements() -> dict[str, str]:
    """Support denied: "not on board with", "won't be happy with", "not vibing with" mean disagree."""
    negations = ("not", "not be", "not really", "never", "wont be", "would not be", "might not be", "may not be")
    stances = ("on board with", "happy with", "ok with", "okay with", "cool with", "down with", "vibing with",
               "feeling", "a fan of", "fans of", "into", "supportive of", "pleased with", "thrilled with")
    found = {f"{negation} {stance}": "disagree" for negation in negations for stance in stances}
    for verb in ("loves", "likes", "agrees with", "is happy with", "is on board with", "supports"):
        found[f"not everyone {verb}"] = "disagree"
    for feeling in ("unhappy", "displeased"):  # "who is unhappy with musk's approach" ("upset": Musk's own)
        found.update({f"{feeling} {preposition}": "disagree" for preposition in ("with", "about")})
    return found


def _source_references() -> dict[str, str]:
    """Pointers at the article ("what does the writer suggest", "per the story"): not the question."""
    texts = ("the article", "this article", "the piece", "this piece", "the story", "this story", "the text",
             "the report", "this report", "the closing lines", "the last lines", "the ending", "the closing paragraph",
             "the write up", "the writeup", "this write up", "the opening", "the intro", "the beginning",
             "the first paragraph")
    people = ("the writer", "the author", "the journalist", "the reporter")
    verbs = ("raise", "raises", "pose", "poses", "flag", "flags", "say", "says", "said", "suggest", "suggests", "suggested", "imply", "implies", "implied",
             "hint", "hints", "hinted", "mention", "mentions", "mentioned", "note", "notes", "noted",
             "report", "reports", "reported", "state", "states", "stated", "claim", "claims", "claimed",
             "talk about", "talks about", "talked about", "give", "gives", "gave", "provide", "provides", "use", "uses",
             "cite", "cites", "quote", "quotes", "list", "lists", "identify", "identifies")
    views = ("agree", "agrees", "know", "knows", "think", "thinks", "believe", "believes", "expect", "expects", "predict", "predicts", "wonder",
             "wonders", "find", "finds")  # "does the writer think they'll settle" asks what the article says
    found: dict[str, str] = {}
    ongoing = ("saying", "suggesting", "reporting", "claiming", "implying", "hinting", "stating", "mentioning")
    for source in (*texts, *people):
        found.update({f"{source} is {verb}": "" for verb in ongoing})
        leads = ("per", "according to") if source in people else ("per", "according to", "in", "from")
        found.update({f"{lead} {source}": "" for lead in leads})
        found.update({f"in {source} {view}": "" for view in ("view", "opinion", "eyes", "words")})
        for verb in (*verbs, *views):
            found[f"{source} {verb}"] = ""
            found.update({f"{aux} {source} {verb}": "" for aux in ("does", "did", "do")})
    return found


REMAINS_TO_BE_SEEN = "remainstobeseen"  # the article's own words, for one open question only (s5.p1.2)

# Verb phrases in their inflected forms: (forms, the words after the verb, meaning).
INFLECTED: tuple[tuple[str, str, str], ...] = (
    ("find found finding finds", "out", "discover"),
    ("tip tipped", "off", "discover"),
    ("break broke breaking", "the law", "illegal"),
    ("make making", "moves", "decision"),
    ("take takes", "decisions", "decision"),
    ("push pushing pushed", "back on", "disagree"),
    ("remain remains remaining left", "to be seen", f"uncertain {REMAINS_TO_BE_SEEN}"),
    ("deny denied denies denying", "access", "restrict access"),
    ("run runs running", "twitter on", "decision based on"),
    ("pull pulls pulled pulling", "the plug on", "restrict"),
    ("shrug shrugs shrugged shrugging", "off", "concerned"),
    ("pull pulls pulled pulling", "rank on", "override"),
    ("take taking takes took", "the top job", "incoming ceo"),
    ("go goes going went", "broke", "drop money"),
    ("live lives living", "off", "revenue"),
    ("get got been", "caught", "accuse"),
    ("keep keeps", "doing to", "override"),
    ("keep keeps", "doing what to", "override what"),
    ("have has", "reservations", "disagree"),
    ("cost costs", "him money", "drop money"),
    ("fire fires fired firing shoot shoots shot shooting", "off", "send"),
    ("push pushes pushing pushed", "back", "disagree"),
    ("make makes making made", "peace", "agreement"),
    ("run runs running", "everything on", "decision base on"),
    ("run runs running", "things on", "decision base on"),
    ("run runs running", "stuff on", "decision base on"),
    ("run runs running", "a company on", "decision base on"),
    ("come comes", "into this", "connection"),
    ("run runs running", "the company on", "decision base on"),
    ("give gives giving", "a damn about", "care about"),
    ("give gives giving", "a crap about", "care about"),
    ("defer defers deferring deferred", "to", "override"),
    ("come comes coming", "in with", "connection with"),
    ("fit fits fitting", "in with", "connection with"),
    ("take takes taking took", "issue with", "disagree with"),
    ("come comes coming came boil boils boiling boiled", "down to", "base on"),
    ("take takes taking took", "over from", "replace"),
    ("end ends ending ended", "up with the government", "share with government"),
    ("lay lays laid laying", "out his", "state his"),
    ("go goes going went", "over her head", "override ceo"),
    ("go goes going went", "over the ceo head", "override ceo"),
    ("go goes going went", "over the new ceo head", "override incoming ceo"),
    ("go goes going went", "over linda head", "override yaccarino"),
    ("settle settling", "this", "agreement"),
    ("settle settling", "it", "agreement"),
    ("settle settling", "things", "agreement"),
)


def _inflected() -> dict[str, str]:
    """Each verb phrase of ``INFLECTED`` in every listed form: "found out", "pushing back on"."""
    return {f"{form} {tail}": meaning for forms, tail, meaning in INFLECTED for form in forms.split()}


def _superlatives() -> dict[str, str]:
    """Musk as "the richest man alive"; losing money as "even if it costs him"."""
    found = {
        f"{the}richest {who}{where}": "musk"
        for the in ("", "the ")
        for who in ("man", "person", "guy")
        for where in ("", " alive", " in the world")
    }
    found |= {f"{prefix} {who}": "musk" for prefix in ("world richest", "wealthiest") for who in ("man", "person")}
    # "who is the richest man" asks who holds the title, which the article does not say
    found |= {f"who is {phrase}": "who richest" for phrase in list(found)}
    found |= {
        f"{even}if it {form} {what}": "drop money"
        for even in ("", "even ")
        for form in ("cost", "costs")
        for what in ("him", "money", "him money")
    }
    return found


def _described_kinds() -> dict[str, str]:
    """OpenAI as "the ai outfit", the article's main subject as "the central dispute"."""
    heads = ("outfit", "shop", "org", "organization", "organisation", "enterprise", "venture", "group", "project",
             "charity", "nonprofit", "research lab", "research org", "research organisation", "research organization")
    found = {f"ai {head}": "openai" for head in heads}
    for main in ("main", "central", "core", "key", "primary"):
        found.update({f"{main} {fight}": "battle" for fight in ("fight", "battle", "dispute", "conflict", "beef", "drama")})
    return found


def _speaking_freely() -> dict[str, str]:
    """Musk's stance in the interview: "post whatever he wants", "what he said he'd do on the app"."""
    verbs = ("say", "says", "said", "post", "posts", "posted", "tweet", "tweets", "write", "do")
    wants = ("he wants", "he want", "he likes", "he feels like", "he pleases")
    found = {
        f"{verb} {what} {want}": "speakfreely"
        for verb in verbs
        for what in ("whatever", "what", "anything")
        for want in wants
    }
    for say in ("say", "says", "said", "saying"):
        for will in ("will", "would", "is going to"):
            found[f"{say} he {will} do on"] = "interview speakfreely on"
    return found


def _feelings_about_musk() -> dict[str, str]:
    """Someone "salty about elon's approach" disagrees with him; Musk's own anger is "musk is mad at"."""
    feelings = ("salty", "mad", "upset", "angry", "annoyed", "pissed", "unhappy")
    people = ("musk", "elon", "elons", "musks", "his", "him")
    return {
        f"{feeling} {about} {who}": f"disagree {who}"
        for feeling in feelings
        for about in ("about", "at", "with")
        for who in people
    }


def _requests() -> dict[str, str]:
    """Asking to summarize the letter asks about the letter; "summarize" alone asks for the gist."""
    objects = ("the", "what", "how", "why", "musk", "musks", "elon", "elons", "twitter", "twitters", "microsoft",
               "microsofts", "openai", "openais", "his", "her", "their", "this", "that")
    return {
        f"{verb} {thing}": thing
        for verb in ("summarize", "summarise", "summarizes", "summary of", "explain", "describe", "outline")
        for thing in objects
    }


def _prepositions() -> dict[str, str]:
    """Function words that would weigh as rare words: "after he paid", "do with respect to"."""
    found = {
        f"{when} {word}": word
        for when in ("after",)  # "before she joined" asks what came before
        for word in ("he", "she", "it", "they", "his", "her", "their", "buying", "paying", "spending")
    }
    for verb in ("do", "did", "does", "doing", "done"):
        found.update({f"{verb} {about}": f"{verb} about" for about in ("with respect to", "with regard to",
                                                                          "in regards to", "in regard to")})
    for form in ("dropped", "drop", "drops", "dropping"):  # "dropped from the program" is removed
        found[f"{form} from"] = "remove from"
    return found


def _deeds_against() -> dict[str, str]:
    """Deeds in answer to the other side are how it hit back, not replies.

    "What did microsoft do in response", "what has elon done about openai using the data".
    """
    found: dict[str, str] = {}
    for do in ("do", "did", "does", "doing", "done"):
        for target in ("", "to twitter ", "to musk ", "to elon ", "to them ", "to him ", "back "):
            found.update({f"{do} {target}in {reply}": f"{do} retaliate {target}".rstrip() for reply in ("response", "return")})
    for person in ("musk", "elon", "elon musk", "he", "twitter"):
        found.update({f"{has} {person} done about": f"{has} {person} retaliate against" for has in ("has", "have")})
        found[f"{person} doing about"] = f"{person} retaliate against"
        found[f"did {person} do about"] = f"did {person} retaliate against"
    return found


def _names_of_people() -> dict[str, str]:
    """Asking the name of a described person asks who it is: "the name of the man running the bird app"."""
    found: dict[str, str] = {}
    for person in ("man", "woman", "guy", "lady", "person"):
        for opener in ("", "what is the ", "what was the ", "tell me the ", "the "):
            found[f"{opener}name of the {person}"] = "who"
    return found


def _further_declines() -> dict[str, str]:
    """A further fall of the revenue ("what if ad revenue drops more"), not the fall so far; by how much it fell."""
    falls = ("drop", "drops", "dropped", "dropping", "fall", "falls", "fell", "falling", "decline", "declines",
             "declined", "declining", "sink", "sinks", "shrink", "shrinks", "go down", "goes down", "slide", "slides")
    found = {f"{fall} {more}": "further drop" for fall in falls for more in ("more", "even more", "further", "even further")}
    found.update({f"{lose} even more": "further drop" for lose in ("lose", "loses", "losing", "lost")})
    found.update({f"{fall} by how much": "drop howmuch #pct" for fall in (*falls, "go down", "gone down", "went down")})
    # "decline" alone is refusing ("declined to pay"); a decline of something is a drop
    found.update({f"{what} decline": f"{what} drop" for what in ("further", "another", "a", "the", "revenue", "ad", "ads")})
    return found


OUTCOME = "reportedoutcome"  # a word no entry holds: only a gap about outcomes explains it


def _outcomes() -> dict[str, str]:
    """A past outcome the article does not report: "did twitter and microsoft end up settling"."""
    sides = ("they", "twitter and microsoft", "microsoft and twitter", "both sides", "the two sides", "twitter and ms",
             "twitter and msft", "musk and microsoft", "elon and microsoft", "elon and msft", "elon and ms", "musk and ms",
             "musk and msft")
    ends = ("eventually", "ever", "finally", "end up", "ended up", "reach", "reached", "settle", "settled", "make up",
            "made up", "agree", "agreed")
    found = {f"did {side} {end}": f"{OUTCOME} {side} {end}" for side in sides for end in ends}  # not "have they ... yet"
    for party in ("microsoft", "ms", "msft", "twitter", "openai"):  # "did microsoft end up paying"
        found.update({f"did {party} {end}": f"{OUTCOME} {party} {end}" for end in ("eventually", "finally", "end up",
                                                                                   "ever end up")})
        found[f"what did {party} end up"] = f"what did {party}"  # "what did microsoft end up doing": a deed
    for resolved in ("eventually end", "finally end", "got resolved", "was resolved",
                     "end up getting resolved", "end up being resolved", "got settled", "was settled", "final settlement"):
        found[resolved] = f"{OUTCOME} {resolved}"  # "how did the dispute between twitter and microsoft end up resolved"
    for party in ("microsoft", "ms", "msft"):  # "has microsoft agreed to pay": the article reports no outcome
        found.update({f"{did} {party} {agree} to": f"{OUTCOME} {party} agree to"
                      for did, agree in (("has", "agreed"), ("have", "agreed"))})  # "did it agree to pay": it declined
    for person in ("musk", "elon", "he"):  # "did musk actually manage to claw back any money"
        found.update({f"{did} {person} {actually}{manage} to": f"{OUTCOME} {person}" for actually in ("", "actually ")
                      for did, manage in (("did", "manage"), ("has", "managed"))})
        found[f"did {person} get involved"] = f"did {person} get involved"  # how he came in, no outcome
    for person in ("musk", "elon", "he"):  # "did musk ever get his money back"
        found.update({f"{did} {person} {ever}get": f"{OUTCOME} {person} get" for did in ("did", "has", "will")
                      for ever in ("", "ever ", "actually ")})
    return found


FUTURE_ROLE = "futurerole"  # a word no entry holds: only the gap about Musk's later role explains it


def _future_roles() -> dict[str, str]:
    """Musk's role after the new CEO starts, which the article does not give: "what role will musk keep"."""
    found: dict[str, str] = {}
    for person in ("musk", "elon", "elon musk", "he"):
        for role in ("role", "job", "title", "job title", "position"):
            found[f"what {role} will {person}"] = f"{FUTURE_ROLE} {person} role"
            found[f"what will {person} {role}"] = f"{FUTURE_ROLE} {person} role"
        found.update({f"what will {person} do {once}": f"{FUTURE_ROLE} {person} role {once}" for once in ("once", "after")})
    return found


def _times() -> dict[str, str]:
    """Time phrases: "since elon came" is the takeover; "what exact day" asks when, and precisely."""
    found: dict[str, str] = {}
    for subject in ("musk", "elon", "elon musk", "he"):
        for verb in ("came", "come", "coming", "comes", "arrived", "arriving", "joined", "joining",
                     "stepped in", "took charge", "got in", "bought", "buy", "bought it", "bought twitter", "is coming",
                     "was coming", "has come"):
            found.update({f"{since} {subject} {verb}": f"since {subject} takeover" for since in ("since", "after")})
    units = ("day", "date", "year", "month", "time")
    for opener in ("what", "which", "on what", "on which"):
        found.update({f"{opener} {unit}": "when" for unit in ("year", "month", "time", "week")})
        found.update({f"{opener} {unit}": "when exact" for unit in ("day", "date")})  # the article gives no date
        for precise in ("exact", "specific", "precise", "particular"):
            found.update({f"{opener} {precise} {unit}": f"when {precise}" for unit in units})
    for opener in ("what was the", "what is the", "what were the"):  # "what was the exact date of the interview"
        found.update({f"{opener} {precise} {unit}": f"when {precise}" for precise in ("exact", "specific", "precise")
                      for unit in ("day", "date")})
    return found


_GENERATED = (
    _known_for() | _musk_by_role() | _responses() | _disagreements() | _source_references() | _inflected() | _times()
    | _superlatives() | _speaking_freely() | _prepositions() | _described_kinds() | _requests()
    | _feelings_about_musk() | _outcomes() | _further_declines() | _names_of_people() | _deeds_against() | _future_roles()
)
PHRASES.update({key: value for key, value in _GENERATED.items() if key not in PHRASES})
