"""render.py: Discord's limits, escaping, and the shape of answers, suggestions and declines."""

from __future__ import annotations

import pytest
from discord_helpers import assert_within_limits

from bot.app import render
from bot.core.matcher import Outcome
from bot.core.service import Reply, Suggestion

TITLE = "An article"


def answer_reply(**fields) -> Reply:
    values = {
        "question": "What happened?",
        "outcome": Outcome.ANSWER,
        "confidence": 0.9,
        "entry_id": "some-entry",
        "answer": "It happened.",
        "quote": "The article says it happened.",
        "section": "News",
    }
    values.update(fields)
    return Reply(**values)


@pytest.mark.parametrize(
    "fields",
    [
        {"quote": "Q" * 10_000},
        {"quote": "Q" * 10_000, "answer": "A" * 3_900},
        {"question": "?" * 5_000, "section": "S" * 3_000, "quote": "Q" * 5_000},
        {"question": "?" * 5_000, "section": "S" * 3_000, "quote": "Q" * 5_000, "answer": "A" * 4_000},
    ],
    ids=["huge-quote", "huge-quote-long-answer", "everything-huge", "everything-huge-long-answer"],
)
def test_huge_reply_stays_within_embed_limits_and_keeps_the_answer(fields):
    reply = answer_reply(**fields)

    embed = render.answer(reply, title="T" * 3_000, asker_id=1).embed

    assert_within_limits(embed)
    assert embed.description.startswith(reply.answer)


def test_a_long_passage_is_cut_with_an_ellipsis():
    embed = render.answer_embed(answer_reply(quote="word " * 2_000), TITLE)

    assert embed.description.endswith("…")
    assert "\n\n> word" in embed.description


def test_answer_embed_layout():
    embed = render.answer_embed(answer_reply(), TITLE)

    assert embed.description == "It happened.\n\n> The article says it happened."
    assert [(f.name, f.value) for f in embed.fields] == [("Section", "News")]
    assert embed.footer.text == "An article · confidence 90%"


def test_a_direct_passage_is_not_quoted_twice():
    sentence = "The article says it happened."
    reply = answer_reply(entry_id=None, passage_id="s1.p1.1", answer=sentence, quote=sentence)

    embed = render.answer_embed(reply, TITLE)

    assert embed.description == sentence
    assert "direct passage" in embed.footer.text


def test_echoed_question_is_escaped():
    embed = render.answer_embed(
        answer_reply(question="@everyone **look** <@123456789012345678> @here"), TITLE
    )

    assert "@everyone" not in embed.title and "@here" not in embed.title
    assert "<@123456789012345678>" not in embed.title
    assert "\\*\\*look\\*\\*" in embed.title


def test_decline_is_short_even_for_a_huge_note():
    reply = Reply("q", Outcome.DECLINE, 0.0, note="N" * 5_000)

    rendered = render.decline(reply, asker_id=1)

    assert rendered.embed is None and rendered.view is None
    assert len(rendered.content) <= 2000 and rendered.content.endswith("…")


def test_decline_with_related_questions_offers_them_as_buttons():
    reply = Reply("q", Outcome.DECLINE, 0.0, note="Not covered.", suggestions=(Suggestion("e-one", "One?"),))

    rendered = render.for_reply(reply, title=TITLE, asker_id=7)

    assert "Not covered." in rendered.content and "/faq" in rendered.content
    assert [c.custom_id for c in rendered.view.children] == ["dym:7:e-one"]


def test_suggestion_buttons_respect_label_and_custom_id_limits():
    suggestions = tuple(Suggestion(f"{'e' * 60}-{n}", "Q" * 100) for n in range(30))
    reply = Reply("q", Outcome.SUGGEST, 0.5, suggestions=suggestions)

    view = render.for_reply(reply, title=TITLE, asker_id=2**64 - 1).view

    assert 0 < len(view.children) <= 25
    assert all(len(item.item.label) <= 80 and len(item.custom_id) <= 100 for item in view.children)


def test_autocomplete_choices_are_at_most_25_and_100_characters():
    choices = render.choices([Suggestion(f"e{n}", "Q" * 300) for n in range(40)])

    assert len(choices) == 25
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices)


def test_context_fits_in_one_message():
    text = render.context("word " * 5_000, "A section")

    assert len(text) <= 2000 and text.endswith("…")


@pytest.mark.parametrize(
    ("limit", "expected"), [(10, "abcdefghi…"), (26, "abcdefghijklmnopqrstuvwxyz"), (1, "…")]
)
def test_truncate(limit, expected):
    assert render.truncate("abcdefghijklmnopqrstuvwxyz", limit) == expected


def test_faq_pages_hold_every_entry_in_small_pages(service):
    pages = render.faq_pages(service)

    assert all(0 < len(page.questions) <= render.FAQ_PAGE_SIZE for page in pages)
    assert sorted(s.entry_id for p in pages for s in p.questions) == sorted(
        e.id for e in service.knowledge.entries
    )


def test_faq_page_out_of_range_shows_the_last_page(service):
    last = len(render.faq_pages(service))

    embed = render.faq_page(service, 999).embed

    assert embed.footer.text.startswith(f"Page {last}/{last}")
