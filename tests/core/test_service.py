import pytest

from bot.core.matcher import Outcome
from bot.core.service import AnswerService, QuestionError

PUBLIC_FIELDS = [
    "question",
    "answered",
    "answer",
    "quote",
    "section",
    "confidence",
    "entry_id",
    "suggestions",
]


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_empty_question_is_refused(service: AnswerService, question: str) -> None:
    with pytest.raises(QuestionError):
        service.ask(question)


def test_answer_carries_verbatim_quote_and_section(service: AnswerService) -> None:
    reply = service.ask("How much did Musk pay for Twitter?")
    assert reply.answered
    assert "44 billion" in (reply.answer or "")
    assert reply.quote is not None
    assert service.knowledge.article.locate(reply.quote) is not None
    assert reply.section == "Musk’s Stance on Free Speech"


@pytest.mark.parametrize(
    "question", ["How much did Musk pay for Twitter?", "twitter", "When did Musk buy Twitter?", "pizza"]
)
def test_json_has_exactly_the_public_fields(service: AnswerService, question: str) -> None:
    data = service.ask(question).to_json()
    assert list(data) == PUBLIC_FIELDS
    assert isinstance(data["answered"], bool)
    assert 0.0 <= data["confidence"] <= 1.0
    assert all(set(s) == {"entry_id", "question"} for s in data["suggestions"])
    if not data["answered"]:
        assert data["answer"] is data["quote"] is data["section"] is data["entry_id"] is None


def test_did_you_mean_is_not_answered(service: AnswerService) -> None:
    reply = service.ask("twitter")
    assert reply.outcome is Outcome.SUGGEST
    assert not reply.to_json()["answered"]
    assert reply.suggestions


def test_known_gap_explains_and_points_to_the_entry(service: AnswerService) -> None:
    reply = service.ask("When did Musk buy Twitter?")
    assert not reply.answered
    assert "44 billion" in (reply.note or "")
    assert [s.entry_id for s in reply.suggestions] == ["price-paid-for-twitter"]


def test_plain_decline_has_a_note(service: AnswerService) -> None:
    reply = service.ask("what's a good pasta recipe")
    assert reply.outcome is Outcome.DECLINE
    assert reply.note


@pytest.mark.parametrize("typed", ["", "how much", "yacc", "x" * 300, "🙂"])
def test_autocomplete_fits_discord(service: AnswerService, typed: str) -> None:
    choices = service.autocomplete(typed)
    assert 1 <= len(choices) <= 25
    assert all(len(choice.question) <= 100 for choice in choices)


def test_autocomplete_ranks_with_the_matcher(service: AnswerService) -> None:
    assert service.autocomplete("how much did musk pay")[0].entry_id == "price-paid-for-twitter"


def test_entry_reply_and_context(service: AnswerService) -> None:
    reply = service.entry_reply("who-is-yaccarino")
    assert reply.answered
    assert "Yaccarino" in (reply.answer or "")
    assert "ad industry veteran" in service.context("who-is-yaccarino")


def test_unknown_entry_is_a_key_error(service: AnswerService) -> None:
    with pytest.raises(KeyError):
        service.entry_reply("no-such-entry")


def test_sections_count_questions(service: AnswerService) -> None:
    sections = service.sections()
    assert len(sections) == 5
    assert sum(s.questions for s in sections) == len(service.knowledge.entries)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("how much did musk pay", True),
        ("lol did msft pay", True),
        ("musk paid 44b?", True),
        ("nice weather today", False),
        ("", False),
    ],
)
def test_looks_like_question(service: AnswerService, text: str, question: bool) -> None:
    assert service.looks_like_question(text) is question
