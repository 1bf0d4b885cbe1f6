"""Buttons under answers: feedback votes, Show context, delete; persistence across restarts."""

from __future__ import annotations

import discord
import pytest
from discord_helpers import CONFIDENT, custom_ids, ids_starting

from bot.app.client import ArticleBot
from bot.core.curation import Curator
from bot.core.sqlite_store import SQLiteStore


async def ask_in(env, channel, member) -> discord.Message:
    await member.send(channel, f"{env.bot.user.mention} {CONFIDENT}")
    return channel.last_message


async def test_a_vote_is_recorded(simcord_env, store, channel, alice):
    answer = await ask_in(simcord_env, channel, alice)

    result = await alice.click(answer, custom_id=ids_starting(answer, "ans:up:")[0])

    assert result.ephemeral and "Thanks" in result.response.content
    assert store.vote_tally(answer.id) == (1, 0)


async def test_a_second_vote_replaces_the_first(simcord_env, store, channel, alice):
    answer = await ask_in(simcord_env, channel, alice)
    await alice.click(answer, custom_id=ids_starting(answer, "ans:up:")[0])

    result = await alice.click(answer, custom_id=ids_starting(answer, "ans:down:")[0])

    assert "Changed" in result.response.content
    assert store.vote_tally(answer.id) == (0, 1)


async def test_votes_of_different_users_both_count(simcord_env, store, channel, alice, bob):
    answer = await ask_in(simcord_env, channel, alice)

    await alice.click(answer, custom_id=ids_starting(answer, "ans:up:")[0])
    await bob.click(answer, custom_id=ids_starting(answer, "ans:down:")[0])

    assert store.vote_tally(answer.id) == (1, 1)


async def test_show_context_sends_the_paragraph_privately(simcord_env, service, channel, alice, bob):
    answer = await ask_in(simcord_env, channel, alice)
    button = ids_starting(answer, "ans:ctx:")[0]

    result = await bob.click(answer, custom_id=button)

    paragraph = service.context(button.split(":", 2)[2])
    assert result.ephemeral
    assert paragraph[:200] in result.response.content


@pytest.mark.parametrize(("who", "deleted"), [("asker", True), ("moderator", True), ("someone", False)])
async def test_delete_is_for_the_asker_or_moderators(simcord_env, guild, channel, alice, who, deleted):
    answer = await ask_in(simcord_env, channel, alice)
    if who == "asker":
        clicker = alice
    else:
        roles = [guild.create_role("Mods", permissions=discord.Permissions(manage_messages=True))]
        clicker = guild.add_member(simcord_env.create_user(who), roles=roles if who == "moderator" else [])

    result = await clicker.click(answer, custom_id=f"ans:del:{alice.id}")

    assert (answer.id not in [m.id for m in channel.history()]) is deleted
    if not deleted:
        assert result.ephemeral and "Only the person who asked" in result.response.content


async def test_buttons_keep_working_after_a_restart(simcord_env, service, store, settings, channel, alice):
    answer = await ask_in(simcord_env, channel, alice)
    store.close()
    reopened = SQLiteStore.in_dir(settings.data_dir)

    await simcord_env.restart_bot(ArticleBot(Curator(service, reopened), settings))
    result = await alice.click(answer, custom_id=ids_starting(answer, "ans:up:")[0])

    assert result.ephemeral and reopened.vote_tally(answer.id) == (1, 0)
    reopened.close()


async def test_private_answers_have_no_delete_button(channel, alice):
    result = await alice.slash(channel, "ask", question=CONFIDENT, private=True)

    assert [i.split(":")[1] for i in custom_ids(result.response)] == ["up", "down", "ctx"]
