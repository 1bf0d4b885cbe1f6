"""Command sync: globally at the first start, not again while unchanged; dev guilds at every start."""

from __future__ import annotations

import json

import pytest
import simcord

from bot.app import sync
from bot.app.client import ArticleBot

DEV_GUILD = 1456074443980800999


def command_puts(env) -> list[str]:
    return [r.path for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]


async def test_first_start_syncs_globally_and_stores_the_hash(simcord_env, store):
    state = json.loads(store.get_setting(sync.STATE_KEY))

    assert command_puts(simcord_env) == [f"/applications/{simcord_env.bot.application_id}/commands"]
    assert state["hash"] == sync.command_hash(simcord_env.bot.tree)


async def test_restart_with_unchanged_commands_does_not_sync(simcord_env, curator, settings):
    await simcord_env.restart_bot(ArticleBot(curator, settings))

    assert len(command_puts(simcord_env)) == 1


async def test_restart_with_changed_commands_syncs_again(simcord_env, curator, settings, store):
    store.set_setting(sync.STATE_KEY, json.dumps({"hash": "old", "application_id": None}))

    await simcord_env.restart_bot(ArticleBot(curator, settings))

    assert len(command_puts(simcord_env)) == 2


async def test_hash_changes_with_the_command_set(simcord_env):
    tree = simcord_env.bot.tree
    before = sync.command_hash(tree)
    command = tree.get_command("help")
    tree.remove_command("help")

    assert sync.command_hash(tree) != before
    tree.add_command(command)
    assert sync.command_hash(tree) == before


@pytest.mark.settings(dev_guild_ids=[DEV_GUILD])
async def test_dev_guilds_get_the_commands_at_start(curator, settings):
    env = simcord.Env(ArticleBot(curator, settings))
    guild = env.create_guild(id=DEV_GUILD)
    await env.start()
    try:
        channel = guild.create_text_channel("dev")
        member = guild.add_member(env.create_user("dev"))

        assert command_puts(env) == [f"/applications/{env.bot.application_id}/guilds/{DEV_GUILD}/commands"]
        assert set(member.available_commands(channel)) == {"ask", "faq", "help", "source"}
    finally:
        await env.shutdown()
