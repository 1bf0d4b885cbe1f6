from pathlib import Path

import pytest
import yaml

from bot.core.index import Query
from bot.core.knowledge import KnowledgeBase, SourcedEntry, load_knowledge
from bot.core.lexicon import QuestionKind
from bot.core.matcher import (
    NO_NAME_FACTOR,
    PERSONAL_FACTOR,
    Candidate,
    Cutoffs,
    Matcher,
    Outcome,
    Target,
    TargetKind,
    _Prepared,
    analyse,
    decide,
)
from bot.core.service import AnswerService
from bot.core.tokens import Clause

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("How much did Musk pay for Twitter?", "price-paid-for-twitter"),
        ("how mutch did elon pay for twiter", "price-paid-for-twitter"),
        ("who is yacarino", "who-is-yaccarino"),
        ("did microsft brake an agrement with twitter", "violated-data-agreement"),  # a common misspelling
        ("the incoming twitter ceo, what's her name?", "who-is-yaccarino"),  # asks who
        ("Who might be unhappy with Musk's approach?", "investors-may-disagree"),  # not Musk's own annoyance
        ("which news network did musk say that on", "musk-cnbc-interview"),  # a network, not the news story
        ("off topic, but did microsoft pay twitter for the data?", "refused-to-pay"),
        ("what did microsoft do wrong with the data deal according to twitter", "violated-data-agreement"),
        ("what has openai turned into that annoys musk", "openai-now-29-billion"),  # musk: another clause
        ("how much did the richest man alive pay for the blue bird app", "price-paid-for-twitter"),
        ("did the app formerly known as twitter send microsoft a letter", "letter-to-microsoft"),
        ("how much is the company behind gpt-4 worth", "openai-now-29-billion"),
        ("how many bills did elon drop on twitter", "price-paid-for-twitter"),  # bills: billions
        ("wait microsoft got caught using twitter data for ai??", "data-used-to-train-ai"),
        ("what's twitter's main money maker", "ads-main-income"),
        ("the ceo coming in, what's her deal", "who-is-yaccarino"),
        ("elon keeps pulling rank on linda?", "musk-may-override-ceo"),
        ("who is the advertising veteran taking the top job at the social platform", "who-is-yaccarino"),
        ("the platform's owner, where did he say he doesn't care about money", "musk-cnbc-interview"),
        ("how much did the world's richest person donate to the chatgpt creator", "musk-openai-donation"),
        ("the office software company pulled the bird app from what", "removed-from-marketing-center"),
        # slang
        ("elon don't care if he goes broke over his tweets?", "musk-fine-losing-money"),
        ("ms got a fat slice of openai?", "microsoft-share-of-openai"),
        ("how bad does losing the ms thing hit twitter's wallet", "impact-on-bottom-line"),
        ("twitter lives off ads mostly?", "ads-main-income"),
        ("will twitter and ms ever squash it", "will-they-agree"),
        ("what did musk say he'd keep saying even if it costs him", "musk-fine-losing-money"),  # no price
        ("what could elon keep doing to the new ceo", "musk-may-override-ceo"),
        ("which company refused to pay for the data, according to twitter?", "refused-to-pay"),  # asks who
        ("whose partners could musk's grudges hurt?", "personal-grudges"),
        # formal paraphrase
        ("In whose view is Musk's attitude praiseworthy?", "stance-seen-as-admirable"),
        ("did microsoft share twitter data with the authorities?", "shared-with-government"),  # not author
        ("What is Twitter's chief revenue source?", "ads-main-income"),  # chief: main, not Musk
        ("Who is set to lead Twitter as CEO?", "who-is-yaccarino"),
        ("Does the author expect a resolution between the companies?", "will-they-agree"),
        ("does the article think twitter will change how it operates?", "will-twitter-change-approach"),
        # non-native English
        ("Which persons maybe not agree to Musk?", "investors-may-disagree"),  # persons: not "personal"
        ("twitter gonna switch up how it does things or nah", "will-twitter-change-approach"),
        ("does money not matter to musk when he decides things at twitter", "musk-not-worried-about-money"),
        ("did microsft pay for the data", "refused-to-pay"),
        ("what did opnai do with twitter data? did musk cut them off", "openai-data-access-restricted"),
        ("did msft give tweets to the feds", "shared-with-government"),
        ("digital marketing center", "removed-from-marketing-center"),
        ("yo why is elon beefing w openai", "musk-battling-openai"),
        ("the chatgpt company, how much did the tesla guy give them", "musk-openai-donation"),
        (
            "hey all, reading this on my phone lol. how much has ad revenue dropped since elon took over?",
            "ad-revenue-down-half",
        ),
        ("<@123456> **how much** did musk pay for twitter??", "price-paid-for-twitter"),
        # word order alone never stops an answer
        ("how much did musk donate to openai", "musk-openai-donation"),
        ("To OpenAI, how much did Musk donate?", "musk-openai-donation"),
        ("was twitter removed by microsoft from its marketing center", "removed-from-marketing-center"),
        ("will microsoft and twitter come to an agreement", "will-they-agree"),
        ("was twitter removed from microsoft's marketing center", "removed-from-marketing-center"),
        ("what was microsoft doing with tweets according to the bird app", "data-used-to-train-ai"),
        # descriptions by what someone is known for
        ("What did the SpaceX founder pay for Twitter?", "price-paid-for-twitter"),
        ("did the company behind bing share twitter data with anyone", "shared-with-government"),
        # only Twitter and Musk speak in the article, so what they said is answered
        ("what did musk say in the interview", "musk-cnbc-interview"),
        ("what did twitter say in the letter", "violated-data-agreement"),
        # a gap about a party the question leaves out does not take a tie
        ("openai donation amount", "musk-openai-donation"),
        (
            "my uncle keeps going on about elon and openai. how much did he donate to them?",
            "musk-openai-donation",
        ),
        ("twitter lowkey beefing with microsoft?? whats the tea", "letter-to-microsoft"),
        # a word in the asker's remark ("subscriptions") is not what the question asks
        (
            "a guy in my server claims subscriptions pay most of twitter's bills. "
            "what is twitter's main source of income?",
            "ads-main-income",
        ),
        # fighting goes both ways, so the word-order check leaves it alone
        ("what is the chatgpt company fighting with the twitter owner about", "musk-battling-openai"),
        ("the ai lab the tesla guy funded, how much did he give", "musk-openai-donation"),
        ("is it unclear what impact this will have on twitter's bottom line", "impact-on-bottom-line"),
        # the article calls Musk "Twitter's chief"; "which company" is answered by a company's name
        ("which company got 100 million from twitter's chief", "musk-openai-donation"),
        # a keyword look-up goes to the topic, not to a gap that asks a detail of it
        ("microsoft data agreement", "violated-data-agreement"),
        # below the answer cut-off, but the entry holds every word of it and nothing else is near
        ("openai is worth how many now", "openai-now-29-billion"),
        # "mr." does not end the sentence; "the company" Musk paid for is Twitter
        ("could you tell me what mr. musk paid for the company", "price-paid-for-twitter"),
        ("who tf is yaccarino", "who-is-yaccarino"),
        ("what is elon trying to get out of openai", "musk-wants-revenue-back"),
        ("who's taking over from elon as ceo", "who-is-yaccarino"),
        # the article calls Musk Twitter's chief: "the twitter boss" is Musk, a new one is Yaccarino
        ("how much did the twitter boss give openai", "musk-openai-donation"),
        ("what if twitter's revenue falls even more", "impact-on-bottom-line"),
        ("which microsoft program no longer lists twitter", "removed-from-marketing-center"),
        ("do ppl take issue with musk's approach", "investors-may-disagree"),
        ("is it all coming down to musk's grudges", "personal-grudges"),
        ("linda, what job is she coming into at twitter", "who-is-yaccarino"),
        ("yo what did musk do about openai getting twitter data", "openai-data-access-restricted"),
        ("what payment issue did twitter raise with ms", "refused-to-pay"),
        ("how important is advertising to twitter's income", "ads-main-income"),
        ("ngl how big is openai now money wise", "openai-now-29-billion"),
        (
            "money-wise it seems crazy, he paid like 40-something billion for twitter? the exact figure?",
            "price-paid-for-twitter",
        ),
        ("how much has twitter's add revenue fallen", "ad-revenue-down-half"),
        ("what does elon reckon openai got out of twitter data", "musk-battling-openai"),
        ("can you tell me if musk paid 44 billion", "price-paid-for-twitter"),
        ("how much cash did elon hand openai", "musk-openai-donation"),
        ("have they reached an agreement yet", "will-they-agree"),
        ("how much dollar musk was pay to buy the twitter", "price-paid-for-twitter"),
        ("who is the ad industry veteran coming in to lead twitter", "who-is-yaccarino"),
        (
            "@bot settle this for me: did microsoft share twitter data with the government",
            "shared-with-government",
        ),
        ("which organization is musk fighting with", "article-topic"),
        (
            "does the article say anything about musk changing how much it costs to get twitter data",
            "data-access-price-increase",
        ),
        ("what did twitter say microsoft did with government agencies", "shared-with-government"),
        ("how much did musk pay for twitter in the end", "price-paid-for-twitter"),
        ("what has musk done about openai being able to use twitter data", "openai-data-access-restricted"),
        ("how much did musk donte to openai", "musk-openai-donation"),
        ("whos this linda taking over twitter, she legit?", "who-is-yaccarino"),
        (
            "does the tesla boss let the price tag affect how he runs the platform",
            "musk-not-worried-about-money",
        ),
        ("what happens if twitter ad revenue keeps falling", "impact-on-bottom-line"),
        ("what did twitter say microsoft did to the data agreement", "violated-data-agreement"),
        ("who will not get twitter ads promoted anymore after this removal", "no-ads-to-microsoft-partners"),
        ("of musk's approach to money, who might not approve", "investors-may-disagree"),
        # British and idiomatic wording
        ("does elon reckon openai nicked twitter data", "musk-battling-openai"),
        (
            "how has the tweet platform tightened the screws on the chatbot firm",
            "openai-data-access-restricted",
        ),
        ("what has the software titan struck the social network off of", "removed-from-marketing-center"),
        (
            "what sort of price tag did the billionaire stump up to snap up the microblogging platform",
            "price-paid-for-twitter",
        ),
        (
            "who might be less than chuffed about musk's devil may care attitude to haemorrhaging cash",
            "investors-may-disagree",
        ),
        # a word only a gap knows ("subscriptions") counts when the question asks it, not in an aside
        (
            "i thought twitter made money from subscriptions?? what is their main income per the article",
            "ads-main-income",
        ),
        # a deed done in response is how Microsoft hit back, not a reply to the letter
        ("what did microsoft do to twitter in response to musk", "removed-from-marketing-center"),
        ("did microsoft get back at twitter in any way", "removed-from-marketing-center"),
        ("i heard a woman is taking over at twitter, what is her name", "who-is-yaccarino"),
        ("who does the story identify as running twitter", "musk-role-at-twitter"),
        ("has elon made twitter data more expensive for everyone", "data-access-price-increase"),
        ("what did microsoft do with the data and the government", "shared-with-government"),
        ("how much did elon pey for twitter", "price-paid-for-twitter"),
        ("what did microsoft do back?", "removed-from-marketing-center"),
        ("what happens if the ad money falls even further", "impact-on-bottom-line"),
        ("what has musk done about openai training on twitter data", "openai-data-access-restricted"),
        ("what's the name of the man who runs the bird app", "musk-role-at-twitter"),
        ("can elon live with losing money over his posts", "musk-fine-losing-money"),
        ("will musk keep overriding yaccarino once she takes over", "musk-may-override-ceo"),
        ("did microsoft use more of twitter's data than it agreed to", "used-more-data-than-allowed"),
        ("is yaccarino an ad person", "who-is-yaccarino"),
        ("what is elon doing about openai scraping tweets", "openai-data-access-restricted"),
        ("what access has musk already cut back", "openai-data-access-restricted"),
        ("how much did the new owner pay for the bird app", "price-paid-for-twitter"),
        ("who did msft pass twitter's data along to", "shared-with-government"),
        ("twitter's ad money went down by how much", "ad-revenue-down-half"),
        ("musk may keep doing what to linda", "musk-may-override-ceo"),
        ("who is the ad veteran stepping in to run the bird app", "who-is-yaccarino"),
        ("does the piece say if theyll come to an agreement", "will-they-agree"),
        ("elon threw money at openai early on, how much", "musk-openai-donation"),
        ("who will stop seing twitter ads becuase of the removal", "no-ads-to-microsoft-partners"),
        ("how many bags did elon spend on twitter", "price-paid-for-twitter"),
        ("what did musk do to openai's acces to twitter data", "openai-data-access-restricted"),
        ("who is the new director of twitter, how is her name", "who-is-yaccarino"),
        ("elon says he dgaf about losing money, what exactly did he say", "musk-fine-losing-money"),
        ("what is sam altman's shop worth now", "openai-now-29-billion"),
        ("why is twitter giving a letter to microsoft, what's the matter", "letter-to-microsoft"),
        ("what role is yaccarino coming in for", "who-is-yaccarino"),
        ("did microsoft agree to pay for the data", "refused-to-pay"),  # it declined to
        ("how much did elon pay four twitter", "price-paid-for-twitter"),
        ("how did elon get involved with openai", "musk-openai-donation"),
        ("what did the bing owner kick twitter out of", "removed-from-marketing-center"),
        ("how far have twitter's ad dollars dropped", "ad-revenue-down-half"),
        ("how much did elon pai for twitter", "price-paid-for-twitter"),
        ("which chanel was musk's interview on", "musk-cnbc-interview"),
        ("how much money did musk give for buying twitter", "price-paid-for-twitter"),
        ("what quantity of money did elon pay for twitter", "price-paid-for-twitter"),
        ("linda is the new ceo? what's her last name", "who-is-yaccarino"),
        ("which people might not be on board with musk shrugging off losses", "investors-may-disagree"),
        (
            "what did microsoft do in return? did they remove twitter from something",
            "removed-from-marketing-center",
        ),
        (
            "anything happen on microsoft's side? did they pull twitter from something",
            "removed-from-marketing-center",
        ),
        ("why is musk fighting openai, does he think it owes him", "musk-battling-openai"),  # no amount asked
        ("quick q for my notes: did microsoft pay for the twitter data", "refused-to-pay"),
        ("my cousin swears elon overpaid for twitter — how much was it again", "price-paid-for-twitter"),
        ("what size was the check elon wrote to openai", "musk-openai-donation"),
        ("the lady who is the new manager at twitter, who is she", "who-is-yaccarino"),
        ("will twitter and microsoft manage to patch things up", "will-they-agree"),
        ("the ending confused me, what does it say remains to be seen", "will-twitter-change-approach"),
        ("how does the piece wrap up, what is still unresolved", "will-they-agree"),
        ("how big a business is sama's company now", "openai-now-29-billion"),
        ("who is the new twitter boss and what was she doing before", "who-is-yaccarino"),
        ("linda, she worked in which industry before", "who-is-yaccarino"),
        ("how much does openai cost now as a company", "openai-now-29-billion"),
        ("a 29 billion dollar business, which company has become that", "openai-now-29-billion"),
        ("down by half since musk took over, which revenue is that", "ad-revenue-down-half"),
        ("how did twitter communicate its complaint to microsoft", "letter-to-microsoft"),
        ("who loses twitter ad promotion after the windows maker's move", "no-ads-to-microsoft-partners"),
        ("can elon and ms work this out", "will-they-agree"),
        ("will musk and msft ever make up", "will-they-agree"),
        ("how hard a hit will twitter take from redmond's move", "impact-on-bottom-line"),  # Twitter receives
        ("how much data did microsoft use compared to what it was allowed", "used-more-data-than-allowed"),
        ("so how much did he pay for twitter in the end", "price-paid-for-twitter"),  # ultimately, no outcome
        ("the marketing center, which company kicked twitter out of it", "removed-from-marketing-center"),
        ("more data than it was allowed, which company used it", "used-more-data-than-allowed"),
        ("what does elon say about the money side of owning twitter", "musk-not-worried-about-money"),
        ("elon want to take back which thing from openai", "musk-wants-revenue-back"),
        ("how much musk donate to openai in the starting", "musk-openai-donation"),
        ("openai glowed up to how many billion", "openai-now-29-billion"),
        ("what did the maker of windows and azure pull twitter from", "removed-from-marketing-center"),
        ("what did musk ultimately pay to buy twitter", "price-paid-for-twitter"),
        ("ianal but what is elon trying to get back from openai", "musk-wants-revenue-back"),  # no lawsuit
        ("elon is trying to get what back", "musk-wants-revenue-back"),
        ("what did the site's new owner pay for it", "price-paid-for-twitter"),
        ("ad money of twitter, how much it drop since elon is came", "ad-revenue-down-half"),  # a learner
        # asking past a topic: the rest of a list, not the topic, nor "other companies"
        (
            "beyond the payment dispute, what other wrongdoing does twitter claim microsoft committed",
            "all-accusations",
        ),
        ("what did redmond do with the tweets besides feeding its ai", "all-accusations"),
        (
            "aside from cutting openai off, what did elon do to everyone else's data access",
            "data-access-price-increase",
        ),
    ],
)
def test_answers_what_people_really_type(service: AnswerService, question: str, entry_id: str) -> None:
    match = service.matcher.match(question)
    assert match.outcome is Outcome.ANSWER
    assert match.best is not None
    assert match.best.target.id == entry_id


@pytest.mark.parametrize(
    ("question", "gap_id"),
    [
        ("When did Musk buy Twitter?", "when-musk-bought-twitter"),
        ("Who founded OpenAI?", "who-founded-openai"),
        ("What is Microsoft's stock price?", "microsoft-stock-price"),
        ("which government agencies got the data", "which-agencies"),
        ("why did microsoft decline to pay twitter", "why-refused-to-pay"),
        ("what has microsoft said about the letter", "microsoft-response"),
        ("microsoft openai investment amount", "microsoft-investment-amount"),
        ("which company did linda yaccarino work for before twitter", "yaccarino-previous-job"),
        ("has the ad business at twitter recovered", "ad-revenue-recovery"),
        ("will ms quit using twitter's data", "microsoft-next-use-of-data"),
        ("how much more twitter data did microsoft use than it was allowed", "data-volume"),  # no figure
        ("what was openai valued at back when elon gave it money", "openai-past-worth"),
        ("does microsoft deny handing the data to government agencies", "microsoft-response"),
        ("did msft admit it broke the agreement", "microsoft-response"),
        ("what was microsoft's excuse for sharing data with the government", "why-shared-with-government"),
        (
            "which other firms besides openai lost their twitter data access",
            "other-companies-and-twitter-data",
        ),
        ("is microsoft still buying ads on the bird app", "microsoft-ads-on-twitter"),
        ("who is the richest man alive", "musk-other-companies"),  # not "who is musk"
        # an outcome the article does not report, asked in the past: "will they agree" is answered
        ("did twitter and microsoft eventually reach an agreement", "did-they-settle"),
        ("did musk ever get his 100 million back from openai", "musk-got-money-back"),
        ("how much extra data did microsoft use beyond its limit", "data-volume"),
        ("did they finally settle", "did-they-settle"),
        ("how much money has twitter lost since musk bought it", "twitter-profitable"),
        ("how did the dispute end up being resolved", "did-they-settle"),
        ("the government agencies microsoft shared data with, were they us or foreign", "which-agencies"),
        ("what will elon do with the money openai pays him back", "musk-got-money-back"),
        ("was it against the law for microsoft to share the data", "was-it-illegal"),
        ("how did twitter find out about the misuse", "how-twitter-found-out"),
        # a remark that restates an entry does not answer the question after it
        ("so musk paid 44 billion for twitter. what year did he buy it?", "when-musk-bought-twitter"),
        ("how much is the incoming ceo going to make", "yaccarino-pay"),
        ("are authorities investigating microsoft over the data", "lawsuit-filed"),
        ("which companies are microsoft partners", "microsoft-partner-names"),
        (
            "apart from advertising, how does twitter make its money",
            "twitter-other-income",
        ),  # a topic set aside
        # a word no entry knows, however common ("name"), lets a close gap decide
        ("what was the name of the deal microsoft violated", "agreement-terms"),
        # the gap that explains the word decides, even when another gap scores higher
        ("how did twitter find out microsoft gave data to government agencies", "how-twitter-found-out"),
        ("what did microsoft's ceo say about the accusations", "microsoft-response"),
        ("what was the exact date of musk's cnbc interview", "cnbc-interviewer"),
        ("what made musk want to buy twitter", "why-musk-bought-twitter"),
        ("did ms end up paying twitter for the tweets", "did-they-settle"),
        ("what is the name of the guy who runs openai", "other-company-leaders"),
        # Musk's role once the new CEO starts: the article only says he may override her
        ("what role will musk keep once linda is in charge", "musk-future-role"),
        ("what will elon do after the new ceo starts", "musk-future-role"),
        ("how much twitter data did microsoft use beyond its quota", "data-volume"),
        ("how much money is twitter asking microsoft for", "amount-owed"),
        ("how much ad revenue did twitter make before musk bought it", "ad-revenue-in-dollars"),
        ("why did musk stop being involved with openai", "why-musk-left-openai"),
        ("has microsoft agreed to pay for the tweets yet", "did-they-settle"),
        ("did ms stop buying ads on the bird app", "microsoft-ads-on-twitter"),
        ("what did the twitter api cost before musk raised prices", "api-new-price"),
        ("what is the new price of the twitter api", "api-new-price"),
        ("did elon manage to get any money back from openai", "musk-got-money-back"),
        ("what is microsoft's market value", "microsoft-stock-price"),
        ("what's microsoft's side of the story", "microsoft-response"),
        ("how did the feud between twitter and microsoft eventually end", "did-they-settle"),
        ("what were the terms of the final settlement", "did-they-settle"),
        ("what fee does twitter charge for its api now", "api-new-price"),
        ("what's the date of the cnbc interview", "cnbc-interviewer"),
    ],
)
def test_known_gaps_decline_and_point_to_what_the_article_says(
    service: AnswerService, question: str, gap_id: str
) -> None:
    match = service.matcher.match(question)
    assert match.outcome is Outcome.DECLINE
    assert match.best is not None
    assert match.best.target.kind is TargetKind.NOT_COVERED
    assert match.best.target.id == gap_id


@pytest.mark.parametrize(
    "question",
    [
        "how much did microsoft pay for twitter",
        "how much did musk donate to twitter",
        "screw you and screw twitter",
        "do you like musk?",
        "oops wrong button, please ignore this",
        "just make something up",
        "i bet you're stealing twitter data yourself, thief",
        "does it say what twitter charges for the api now",
        "what did the chatgpt ceo say about musk's claims",
        "what reason did microsoft give for dropping twitter",
        "what does it cost to join microsoft's digital marketing center",
        "what's the weather in paris",
        "hi bot",
        "good bot",
        "🙂🙂🙂",
        "can you help me pay my bill",
        "is tesla stock going up",
        "how many users does twitter have",
        "1234567890",
        "$$$ 55 billion",
        # the parties the other way round
        "How much did OpenAI donate to Musk?",
        "did openai give elon 100 million",
        "why did yaccarino override musk",
        "did twitter remove microsoft from the marketing center",
        "did microsoft accuse twitter of misusing microsoft data",  # "microsoft data" is no party
        "what did microsoft do to twitter in this fight",  # did-you-mean: Twitter did the accusing
        "did openai restrict twitter's access to its models",  # Musk restricted OpenAI, not the reverse
        # talking to the bot, not about the article
        "you're just a cheap chatgpt ripoff",
        "bet you're just a chatgpt knockoff lol",  # after chatter
        "thank you so much, that was very informative",
        "ty fren",  # not "free"
        "44000000000",  # a run of digits with no "$" or unit is no amount
        # a yes/no question whose object is a buried "how"
        "did twitter ask microsoft for an audit of how it used the data",
        "did the radio say what microsoft said back to twitter's letter",  # its reply is not reported
        "what did the cnbc interviewer think of musk's answer",
        "what did the equity partners say about musk's comments",
        "did elon and ms settle it already",  # no outcome is reported
        "did elon ever say sorry to microsoft",
        "is musk sueing microsoft",
    ],
)
def test_does_not_answer_what_the_article_does_not_say(service: AnswerService, question: str) -> None:
    assert service.matcher.match(question).outcome is not Outcome.ANSWER


def test_vague_question_gets_did_you_mean(service: AnswerService) -> None:
    match = service.matcher.match("twitter")
    assert match.outcome is Outcome.SUGGEST
    assert 2 <= len(match.suggestions) <= 3


def test_matching_is_deterministic(service: AnswerService) -> None:
    first = service.matcher.match("what did musk say on cnbc")
    assert all(service.matcher.match("what did musk say on cnbc") == first for _ in range(5))


def test_confidence_is_between_zero_and_one(service: AnswerService) -> None:
    for question in ("How much did Musk pay for Twitter?", "twitter", "pizza recipe", "x" * 5000):
        assert 0.0 <= service.matcher.match(question).confidence <= 1.0


def test_huge_question_is_truncated_not_fatal(service: AnswerService) -> None:
    match = service.matcher.match("how much did musk pay for twitter " * 3000)
    assert match.outcome is Outcome.ANSWER


def test_cutoffs_are_settings(service: AnswerService) -> None:
    strict = Matcher(service.knowledge, Cutoffs(answer_at=0.999, suggest_at=0.998, clear_lead_at=0.999))
    question = "how much did musk spend buying the bird app lol"
    assert service.matcher.match(question).outcome is Outcome.ANSWER
    assert strict.match(question).outcome is not Outcome.ANSWER


def test_direct_passage_answers_when_no_entry_fits(tmp_path: Path) -> None:
    (tmp_path / "qa").mkdir()
    (tmp_path / "article.txt").write_text(
        (KNOWLEDGE / "article.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    entry = {
        "id": "price",
        "question": "How much did Musk pay for Twitter?",
        "alternates": ["twitter price", "how much was twitter", "elon paid", "twitter cost"],
        "answer": "Musk paid $44 billion for Twitter.",
        "source": {
            "section": "Musk’s Stance on Free Speech",
            "quote": "Despite paying $44 billion for Twitter",
        },
    }
    (tmp_path / "qa" / "one.yaml").write_text(yaml.safe_dump({"entries": [entry]}), encoding="utf-8")
    service = AnswerService(load_knowledge(tmp_path))
    reply = service.ask("did microsoft share twitter data with government agencies without permission")
    assert reply.answered
    assert reply.is_direct_passage
    assert reply.entry_id is None
    assert "government agencies without permission" in (reply.quote or "")


REBUILD_QUESTIONS = (
    "How much did Musk pay for Twitter?",
    "how mutch did elon pay for twiter",
    "When did Musk buy Twitter?",
    "twitter",
    "what's the weather in paris",
    "hey all, reading this on my phone lol. how much has ad revenue dropped since elon took over?",
    "who is the new ceo lady, what did she do before",
)


def _edited(knowledge: KnowledgeBase) -> KnowledgeBase:
    """The knowledge with one alternate added and one entry removed, as a moderator might."""
    first, _removed, *rest = knowledge.sourced
    entry = first.entry.model_copy(update={"alternates": (*first.entry.alternates, "cheesecake question")})
    return KnowledgeBase(
        knowledge.article, [SourcedEntry(entry, first.sentences), *rest], knowledge.not_covered
    )


def test_matchers_over_the_same_knowledge_agree(knowledge: KnowledgeBase) -> None:
    first, second = Matcher(knowledge), Matcher(knowledge)
    for question in REBUILD_QUESTIONS:
        assert first.match(question) == second.match(question)
        assert first.rank(question) == second.rank(question)


def test_cached_analysis_gives_the_same_results_as_a_fresh_one(knowledge: KnowledgeBase) -> None:
    edited = _edited(knowledge)
    cached = Matcher(edited)
    analyse.cache_clear()
    fresh = Matcher(edited)
    assert [t.id for t in cached.targets] == [t.id for t in fresh.targets]
    assert "cheesecake" in cached.speller.correct("cheesecak")
    for question in (*REBUILD_QUESTIONS, "cheesecake question"):
        assert cached.match(question) == fresh.match(question)


def test_rebuilding_analyses_only_new_texts(knowledge: KnowledgeBase) -> None:
    Matcher(knowledge)
    misses = analyse.cache_info().misses
    Matcher(_edited(knowledge))
    assert analyse.cache_info().misses - misses <= 1  # only the new alternate


def test_sparse_scoring_matches_dense(knowledge: KnowledgeBase) -> None:
    dense, sparse = Matcher(knowledge), Matcher(knowledge)
    sparse._index.dense_up_to = 0  # force the pass used for large knowledge
    questions = [
        *REBUILD_QUESTIONS,
        "did msft give tweets to the feds",
        "yo why is elon beefing w openai. also how much did he give them?? and is he mad",
        "pizza recipe",
        "",
    ]
    for question in questions:
        assert dense.match(question) == sparse.match(question)


def _candidate(
    target_id: str, kind: TargetKind, sentence: str, score: float, covered: float = 0.0
) -> Candidate:
    target = Target(target_id, kind, target_id, frozenset({sentence}), frozenset(), frozenset())
    return Candidate(target, score, target_id, covered)


@pytest.mark.parametrize(
    ("passage_score", "outcome", "winner"),
    [(0.85, Outcome.ANSWER, "s1.p1.1"), (0.72, Outcome.SUGGEST, "first")],
)
def test_an_article_sentence_that_clearly_leads_settles_a_tie_between_entries(
    passage_score: float, outcome: Outcome, winner: str
) -> None:
    ranked = [
        _candidate("s1.p1.1", TargetKind.PASSAGE, "s1.p1.1", passage_score),
        _candidate("first", TargetKind.ENTRY, "s1.p1.1", 0.70),
        _candidate("second", TargetKind.ENTRY, "s2.p1.1", 0.69),
    ]
    match = decide(ranked, Cutoffs(), QuestionKind.WHAT, "question")
    assert match.outcome is outcome
    assert match.best is not None
    assert match.best.target.id == winner


@pytest.mark.parametrize(
    ("kind", "gap_score", "named", "outcome"),
    [
        (
            QuestionKind.NONE,
            0.75,
            {"microsoft"},
            Outcome.ANSWER,
        ),  # a look-up: the topic, not the gap's detail
        (QuestionKind.NONE, 0.85, {"microsoft"}, Outcome.DECLINE),  # the gap is clearly closer
        (QuestionKind.NONE, 0.75, set(), Outcome.DECLINE),  # names none of the article's parties ("regards")
        (QuestionKind.WHAT, 0.72, {"microsoft"}, Outcome.DECLINE),  # a real question: the closer gap wins
    ],
)
def test_a_keyword_look_up_needs_a_clear_lead_to_go_to_a_known_gap(
    kind: QuestionKind, gap_score: float, named: set[str], outcome: Outcome
) -> None:
    ranked = [
        _candidate("gap", TargetKind.NOT_COVERED, "", gap_score),
        _candidate("entry", TargetKind.ENTRY, "s1.p1.1", 0.70),
    ]
    match = decide(ranked, Cutoffs(), kind, "question", named=frozenset(named))
    assert match.outcome is outcome


@pytest.mark.parametrize(
    ("passage_score", "sentence", "outcome"),
    [
        (0.76, "s2.p1.1", Outcome.ANSWER),  # the sentence only the second entry cites leads: it answers
        (0.72, "s2.p1.1", Outcome.SUGGEST),  # it does not lead by enough
        (0.76, "s3.p1.1", Outcome.SUGGEST),  # neither entry cites it
    ],
)
def test_the_sentence_one_tied_entry_cites_picks_that_entry(
    passage_score: float, sentence: str, outcome: Outcome
) -> None:
    ranked = [
        _candidate(sentence, TargetKind.PASSAGE, sentence, passage_score),
        _candidate("first", TargetKind.ENTRY, "s1.p1.1", 0.70),
        _candidate("second", TargetKind.ENTRY, "s2.p1.1", 0.69),
    ]
    match = decide(ranked, Cutoffs(), QuestionKind.WHAT, "question")
    assert match.outcome is outcome
    if outcome is Outcome.ANSWER:
        assert match.best is not None
        assert match.best.target.id == "second"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("which contract did twitter's letter say ms broke", "violated-data-agreement"),
        ("musk cnbc losing money quote", "musk-cnbc-interview"),
    ],
)
def test_a_grey_zone_entry_answers_only_when_its_own_sentence_agrees(
    knowledge: KnowledgeBase, question: str, entry_id: str
) -> None:
    agreeing = Matcher(knowledge).match(question)
    without = Matcher(knowledge, Cutoffs(agreeing_sentence_at=1.0)).match(question)
    assert agreeing.confidence < Cutoffs().answer_at
    assert (agreeing.outcome, agreeing.best and agreeing.best.target.id) == (Outcome.ANSWER, entry_id)
    assert agreeing.reason == "the article sentence it cites agrees"
    assert without.reason != agreeing.reason


@pytest.mark.parametrize(
    ("covered", "rival_score", "gap_score", "outcome"),
    [
        (1.0, 0.3, 0.2, Outcome.ANSWER),  # the entry holds the whole question, nothing else is near
        (0.9, 0.3, 0.2, Outcome.SUGGEST),  # a word of the question is not the entry's
        (1.0, 0.42, 0.2, Outcome.SUGGEST),  # an entry from another sentence is close and holds it too
        (1.0, 0.48, 0.2, Outcome.SUGGEST),  # an entry from another sentence ties
        (1.0, 0.3, 0.38, Outcome.SUGGEST),  # a known gap is close
    ],
)
def test_a_grey_zone_entry_holding_the_whole_question_answers_when_nothing_else_is_near(
    covered: float, rival_score: float, gap_score: float, outcome: Outcome
) -> None:
    ranked = [
        _candidate("entry", TargetKind.ENTRY, "s1.p1.1", 0.5, covered),
        _candidate("gap", TargetKind.NOT_COVERED, "", gap_score, 1.0),
        _candidate("rival", TargetKind.ENTRY, "s2.p1.1", rival_score, 1.0),
    ]
    assert decide(ranked, Cutoffs(), QuestionKind.WHAT, "question").outcome is outcome


@pytest.mark.parametrize(
    ("score", "rival_score", "gap_score", "sentence_score", "about_article", "outcome"),
    [
        (0.56, 0.3, 0.3, 0.3, 1.0, Outcome.ANSWER),  # nothing else comes near
        (0.5, 0.3, 0.3, 0.3, 1.0, Outcome.SUGGEST),  # too low to answer at all
        (0.56, 0.45, 0.3, 0.3, 1.0, Outcome.SUGGEST),  # an entry from another sentence is near
        (0.56, 0.3, 0.45, 0.3, 1.0, Outcome.SUGGEST),  # a known gap is near
        (0.56, 0.3, 0.3, 0.45, 1.0, Outcome.SUGGEST),  # a sentence the entry does not cite is near
        (0.56, 0.3, 0.3, 0.3, NO_NAME_FACTOR, Outcome.SUGGEST),  # names none of the article's parties
    ],
)
def test_a_grey_zone_entry_clearly_ahead_of_everything_else_answers(
    score: float,
    rival_score: float,
    gap_score: float,
    sentence_score: float,
    about_article: float,
    outcome: Outcome,
) -> None:
    ranked = [
        _candidate("entry", TargetKind.ENTRY, "s1.p1.1", score, 0.8),
        _candidate("gap", TargetKind.NOT_COVERED, "", gap_score, 1.0),
        _candidate("rival", TargetKind.ENTRY, "s2.p1.1", rival_score, 0.8),
        _candidate("s3.p1.1", TargetKind.PASSAGE, "s3.p1.1", sentence_score),
    ]
    match = decide(ranked, Cutoffs(), QuestionKind.WHAT, "question", about_article=about_article)
    assert match.outcome is outcome


def test_a_close_entry_that_misses_a_word_does_not_stop_one_holding_the_whole_question() -> None:
    ranked = [
        _candidate("entry", TargetKind.ENTRY, "s1.p1.1", 0.5, 1.0),
        _candidate("rival", TargetKind.ENTRY, "s2.p1.1", 0.45, 0.8),
    ]
    match = decide(ranked, Cutoffs(), QuestionKind.WHAT, "question")
    assert (match.outcome, match.best and match.best.target.id) == (Outcome.ANSWER, "entry")


@pytest.mark.parametrize(
    ("about_article", "outcome"),
    [
        (
            NO_NAME_FACTOR * PERSONAL_FACTOR,
            Outcome.SUGGEST,
        ),  # "who is your boss": talks to the bot, names no one
        (1.0, Outcome.ANSWER),  # "my uncle asks who musk is fighting": names a party
        (NO_NAME_FACTOR, Outcome.ANSWER),  # "worth 29 billion now is which company"
    ],
)
def test_holding_the_whole_question_needs_a_question_about_the_article(
    about_article: float, outcome: Outcome
) -> None:
    ranked = [_candidate("entry", TargetKind.ENTRY, "s1.p1.1", 0.5, 1.0)]
    match = decide(ranked, Cutoffs(), QuestionKind.WHAT, "question", about_article=about_article)
    assert match.outcome is outcome


@pytest.mark.parametrize(
    ("score", "about_article", "outcome"),
    [
        (0.61, 1.0, Outcome.ANSWER),  # a plain question between the two cut-offs
        (0.61, NO_NAME_FACTOR * PERSONAL_FACTOR, Outcome.SUGGEST),  # "please tell me what amount i'm earning"
        (0.62, NO_NAME_FACTOR * PERSONAL_FACTOR, Outcome.ANSWER),
    ],
)
def test_a_message_to_the_bot_that_names_no_one_needs_the_personal_cut_off(
    score: float, about_article: float, outcome: Outcome
) -> None:
    ranked = [_candidate("entry", TargetKind.ENTRY, "s1.p1.1", score, 0.5)]
    cutoffs = Cutoffs(answer_at=0.6, personal_answer_at=0.62)
    match = decide(ranked, cutoffs, QuestionKind.WHAT, "question", about_article=about_article)
    assert match.outcome is outcome


def test_a_dropped_remark_no_longer_dilutes_the_question_beside_it() -> None:
    """ "my grandson sent me this link. who is the twitter chief?": the question counts for more."""
    remark = Clause(QuestionKind.NONE, ("grandson", "link"), sentence=True)
    question = Clause(QuestionKind.PERSON, ("who", "musk"), sentence=True, question_mark=True)
    whole = Clause(QuestionKind.PERSON, remark.words + question.words)
    prepared = _Prepared(
        queries=[Query(c.kind, {}, ()) for c in (whole, remark, question)],
        clauses=[whole, remark, question],
        factors=[1.0, 0.8, 0.6],
        contents=[10.0, 6.0, 4.0],
        named=[frozenset()] * 3,
    )
    prepared.without_remarks()
    assert prepared.clauses == [whole, question]
    assert prepared.factors[0] == 1.0
    assert 0.6 < prepared.factors[1] < 1.0


@pytest.mark.parametrize(
    ("question", "about_article"),
    [
        ("what is the piece unsure about at the end", 1.0),  # points at the article
        ("what is the writer unsure about", 1.0),
        ("what is my friend unsure about", NO_NAME_FACTOR * PERSONAL_FACTOR),
        ("what big news happened this weekend", NO_NAME_FACTOR),  # news is not the article
    ],
)
def test_a_message_that_points_at_the_article_is_about_it(
    service: AnswerService, question: str, about_article: float
) -> None:
    assert service.matcher.score(question).about_article == pytest.approx(about_article)
