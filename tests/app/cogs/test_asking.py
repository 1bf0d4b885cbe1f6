"""Asking: mentions, DMs, auto-answer channels, /ask, autocomplete, the context menu, cooldowns."""

from __future__ import annotations

import discord
import pytest
from discord_helpers import (
    CONFIDENT,
    CONFIDENT_ANSWER,
    UNCOVERED,
    VAGUE,
    assert_within_limits,
    bot_messages,
    component,
    custom_ids,
    ids_starting,
)

MENU = "Answer with article"


def mention(env, text: str) -> str:
    return f"{env.bot.user.mention} {text}"


# ----------------------------------------------------------------------------- mentions


async def test_mention_is_answered_with_embed_quote_and_section(simcord_env, channel, alice):
    asked = await alice.send(channel, mention(simcord_env, CONFIDENT))

    answer = channel.last_message
    embed = answer.embeds[0]
    assert answer.reference is not None and answer.reference.message_id == asked.id
    assert CONFIDENT_ANSWER in embed.description
    assert "\n> " in embed.description
    assert [f.name for f in embed.fields] == ["Section"] and embed.fields[0].value


async def test_answer_has_feedback_context_and_delete_buttons(simcord_env, channel, alice):
    await alice.send(channel, mention(simcord_env, CONFIDENT))

    ids = custom_ids(channel.last_message)
    assert [i.split(":")[1] for i in ids] == ["up", "down", "ctx", "del"]
    assert ids[-1] == f"ans:del:{alice.id}"


async def test_mention_unsure_offers_one_button_per_suggestion(simcord_env, channel, alice):
    await alice.send(channel, mention(simcord_env, VAGUE))

    message = channel.last_message
    assert not message.embeds
    assert "Pick one" in message.content
    assert ids_starting(message, "dym:") and all(
        i.startswith(f"dym:{alice.id}:") for i in custom_ids(message)
    )


async def test_clicking_a_suggestion_turns_it_into_that_answer(simcord_env, service, channel, alice):
    await alice.send(channel, mention(simcord_env, VAGUE))
    message = channel.last_message
    chosen = ids_starting(message, "dym:")[0]
    entry_id = chosen.rsplit(":", 1)[1]

    result = await alice.click(message, custom_id=chosen)

    embed = channel.last_message.embeds[0]
    assert result.response.id == message.id
    assert embed.description.startswith(service.entry_reply(entry_id).answer)
    assert embed.title == service.entry_reply(entry_id).question
    assert not channel.last_message.content


async def test_suggestion_clicked_by_someone_else_answers_them_privately(simcord_env, channel, alice, bob):
    await alice.send(channel, mention(simcord_env, VAGUE))
    message = channel.last_message

    result = await bob.click(message, custom_id=ids_starting(message, "dym:")[0])

    assert result.ephemeral and result.response.embeds
    assert "del" not in " ".join(custom_ids(result.response))
    assert channel.last_message.content == message.content


async def test_decline_is_short_and_points_to_faq(simcord_env, channel, alice):
    await alice.send(channel, mention(simcord_env, UNCOVERED))

    message = channel.last_message
    assert not message.embeds
    assert "/faq" in message.content
    assert len(message.content) < 300


async def test_bare_mention_gets_a_hint(simcord_env, channel, alice):
    await alice.send(channel, simcord_env.bot.user.mention)

    assert "/ask" in channel.last_message.content


async def test_dm_is_answered_like_a_mention(simcord_env):
    carol = simcord_env.create_user("carol")

    await carol.send_dm(CONFIDENT)

    assert CONFIDENT_ANSWER in carol.dm_channel.last_message.embeds[0].description


@pytest.mark.parametrize("author", ["bot", "webhook"])
async def test_messages_from_bots_and_webhooks_are_ignored(simcord_env, guild, channel, author):
    text = mention(simcord_env, CONFIDENT)
    if author == "bot":
        other = guild.add_member(simcord_env.create_user("otherbot", bot=True))
        await other.send(channel, text)
    else:
        await guild.create_webhook(channel).send(text)

    assert bot_messages(channel, simcord_env.bot) == []


async def test_everyone_in_a_question_pings_nobody_and_is_escaped(simcord_env, channel, alice):
    await alice.send(channel, mention(simcord_env, f"@everyone **{CONFIDENT}**"))

    sent = [r for r in simcord_env.http_requests if r.method == "POST" and r.path.endswith("/messages")][-1]
    title = channel.last_message.embeds[0].title
    assert sent.json["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert "@everyone" not in title and "@\u200beveryone" in title
    assert "\\*\\*" in title


async def test_the_longest_possible_mention_is_handled(simcord_env, channel, alice):
    text = mention(simcord_env, CONFIDENT + " " + "and also " * 300)[:2000]

    await alice.send(channel, text)

    reply = bot_messages(channel, simcord_env.bot)[-1]
    assert len(reply.content) <= 2000
    for embed in reply.embeds:
        assert_within_limits(embed)


# ----------------------------------------------------------------------------- auto-answer channels


@pytest.mark.settings(message_content_intent=True)
@pytest.mark.parametrize(
    ("text", "answered"),
    [
        (CONFIDENT, True),
        (UNCOVERED, False),
        (VAGUE + "?", False),
        ("musk paid a lot for twitter lol", False),
    ],
)
async def test_auto_answer_channel_answers_only_when_confident(
    simcord_env, auto_channel, alice, text, answered
):
    await alice.send(auto_channel, text)

    replies = bot_messages(auto_channel, simcord_env.bot)
    assert len(replies) == (1 if answered else 0)
    if answered:
        assert CONFIDENT_ANSWER in replies[0].embeds[0].description


@pytest.mark.settings(message_content_intent=True)
async def test_auto_answer_same_question_twice_is_answered_once(simcord_env, auto_channel, alice, bob):
    await alice.send(auto_channel, CONFIDENT)
    await bob.send(auto_channel, CONFIDENT.lower().rstrip("?") + " ??")

    assert len(bot_messages(auto_channel, simcord_env.bot)) == 1


@pytest.mark.settings(message_content_intent=True, auto_answer_repeat_seconds=60)
async def test_auto_answer_repeats_after_the_window(simcord_env, auto_channel, alice):
    await alice.send(auto_channel, CONFIDENT)
    await simcord_env.advance_time(61)
    await alice.send(auto_channel, CONFIDENT)

    assert len(bot_messages(auto_channel, simcord_env.bot)) == 2


async def test_auto_answer_is_off_without_the_message_content_intent(simcord_env, auto_channel, alice):
    await alice.send(auto_channel, CONFIDENT)

    assert bot_messages(auto_channel, simcord_env.bot) == []


# ----------------------------------------------------------------------------- /ask


@pytest.mark.parametrize("private", [False, True])
async def test_ask_answers_publicly_or_privately(channel, alice, private):
    result = await alice.slash(channel, "ask", question=CONFIDENT, private=private)

    assert result.acknowledged
    assert result.ephemeral is private
    assert CONFIDENT_ANSWER in result.response.embeds[0].description
    assert bool(ids_starting(result.response, "ans:del:")) is not private


async def test_ask_unsure_offers_suggestions(channel, alice):
    result = await alice.slash(channel, "ask", question=VAGUE)

    assert ids_starting(result.response, "dym:")


async def test_ask_a_3000_character_question(channel, alice):
    result = await alice.slash(channel, "ask", question=CONFIDENT + " x" * 1500)

    assert result.acknowledged
    for embed in result.response.embeds:
        assert_within_limits(embed)


@pytest.mark.parametrize("typed", ["", "musk", "how much", "zzzz", "x" * 150])
async def test_ask_autocomplete_offers_at_most_25_short_choices(channel, alice, typed):
    choices = await alice.autocomplete(channel, "ask", "question", typed)

    assert 0 < len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


# ----------------------------------------------------------------------------- context menu


async def test_context_menu_answers_replying_to_that_message(simcord_env, channel, alice, bob):
    target = await bob.send(channel, CONFIDENT)

    result = await alice.context_menu(channel, MENU, target)

    answer = channel.last_message
    assert result.ephemeral
    assert answer.reference is not None and answer.reference.message_id == target.id
    assert CONFIDENT_ANSWER in answer.embeds[0].description
    assert component(answer, f"ans:del:{alice.id}")


async def test_context_menu_when_unsure_tells_only_the_invoker(simcord_env, channel, alice, bob):
    target = await bob.send(channel, VAGUE)

    result = await alice.context_menu(channel, MENU, target)

    assert result.ephemeral and ids_starting(result.response, "dym:")
    assert bot_messages(channel, simcord_env.bot) == []


# ----------------------------------------------------------------------------- cooldowns


@pytest.mark.settings(user_cooldown_seconds=10)
async def test_user_cooldown_silences_mentions_until_it_expires(simcord_env, guild, alice):
    first, second = guild.create_text_channel("one"), guild.create_text_channel("two")
    await alice.send(first, mention(simcord_env, CONFIDENT))
    await alice.send(second, mention(simcord_env, CONFIDENT))
    assert bot_messages(second, simcord_env.bot) == []

    await simcord_env.advance_time(10)
    await alice.send(second, mention(simcord_env, CONFIDENT))

    assert len(bot_messages(first, simcord_env.bot)) == len(bot_messages(second, simcord_env.bot)) == 1


@pytest.mark.settings(channel_cooldown_seconds=2)
async def test_channel_cooldown_silences_mentions_until_it_expires(simcord_env, channel, alice, bob):
    await alice.send(channel, mention(simcord_env, CONFIDENT))
    await bob.send(channel, mention(simcord_env, CONFIDENT))
    assert len(bot_messages(channel, simcord_env.bot)) == 1

    await simcord_env.advance_time(2)
    await bob.send(channel, mention(simcord_env, CONFIDENT))

    assert len(bot_messages(channel, simcord_env.bot)) == 2


@pytest.mark.settings(message_content_intent=True, channel_cooldown_seconds=2)
async def test_channel_cooldown_applies_to_auto_answers(simcord_env, auto_channel, alice, bob):
    await alice.send(auto_channel, CONFIDENT)
    await bob.send(auto_channel, "What did Twitter accuse Microsoft of?")

    assert len(bot_messages(auto_channel, simcord_env.bot)) == 1


@pytest.mark.settings(user_cooldown_seconds=10)
async def test_slash_command_over_the_cooldown_gets_an_ephemeral_note(simcord_env, channel, alice):
    await alice.slash(channel, "ask", question=CONFIDENT)

    result = await alice.slash(channel, "ask", question=CONFIDENT)

    assert result.ephemeral
    assert "Try again in 10 s" in result.response.content
    assert not result.response.embeds


@pytest.mark.settings(user_cooldown_seconds=10)
async def test_refused_attempts_do_not_extend_the_cooldown(simcord_env, channel, alice):
    await alice.slash(channel, "ask", question=CONFIDENT)
    await simcord_env.advance_time(6)
    await alice.slash(channel, "ask", question=CONFIDENT)
    await simcord_env.advance_time(4)

    result = await alice.slash(channel, "ask", question=CONFIDENT)

    assert result.response.embeds


def test_bot_allows_no_mentions_at_all(simcord_bot):
    assert simcord_bot.allowed_mentions.to_dict() == discord.AllowedMentions.none().to_dict()
