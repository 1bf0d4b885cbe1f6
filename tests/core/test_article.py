import pytest

from bot.core.article import Article, ArticleFormatError
from bot.core.knowledge import KnowledgeBase


def test_article_has_title_five_sections_and_stable_sentence_ids(knowledge: KnowledgeBase) -> None:
    article = knowledge.article
    assert article.title == "Twitter Takes on Microsoft Over Alleged Misuse of Twitter Data"
    assert [s.id for s in article.sections] == ["s1", "s2", "s3", "s4", "s5"]
    assert article.sentences[0].id == "s1.p1.1"
    assert article.sentences[-1].id == "s5.p1.3"
    assert len(article.sentences) == 15


@pytest.mark.parametrize(
    "quote",
    [
        "Despite paying $44 billion for Twitter",
        "Elon Musk, Twitter's chief",  # straight apostrophe against the article's typographic one
        "Elon   Musk,\nTwitter’s chief",  # any whitespace
        "he was fine with it. Despite paying",  # across two sentences
    ],
)
def test_locate_finds_quotes_ignoring_spacing_and_quote_marks(knowledge: KnowledgeBase, quote: str) -> None:
    assert knowledge.article.locate(quote) is not None


@pytest.mark.parametrize("quote", ["Musk paid $45 billion", "Despite paying $44 billion for twitter", ""])
def test_locate_rejects_what_the_article_does_not_say(knowledge: KnowledgeBase, quote: str) -> None:
    assert knowledge.article.locate(quote) is None


def test_quote_across_sentences_covers_both(knowledge: KnowledgeBase) -> None:
    found = knowledge.article.locate("he was fine with it. Despite paying")
    assert found is not None
    assert [s.id for s in found.sentences] == ["s1.p1.1", "s1.p1.2"]


def test_closest_sentence_for_did_you_mean(knowledge: KnowledgeBase) -> None:
    assert knowledge.article.closest_sentence("Musk paid 45 billion for Twitter").id == "s1.p1.2"


@pytest.mark.parametrize(
    "text",
    ["Only a title", "Title\n\nA paragraph before any heading. It has sentences.", "Title\n\nHeading only"],
)
def test_malformed_article_is_refused(text: str) -> None:
    with pytest.raises(ArticleFormatError):
        Article.parse(text)
