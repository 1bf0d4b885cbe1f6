"""ArticleBot: intents, the startup warning, cogs and commands."""

from __future__ import annotations

import logging

import pytest

from bot.app.client import NO_CONTENT_WARNING, ArticleBot, intents_for
from bot.settings import Settings


@pytest.mark.parametrize("content", [False, True])
def test_intents_follow_the_settings(tmp_path, content):
    intents = intents_for(Settings(_env_file=None, data_dir=tmp_path, message_content_intent=content))

    assert intents.guilds and intents.guild_messages and intents.dm_messages
    assert intents.message_content is content
    assert not intents.members and not intents.presences


def test_building_the_bot_needs_no_network_or_globals(curator, settings):
    bot = ArticleBot(curator, settings)

    assert bot.curator is curator and bot.settings is settings and bot.store is curator.store


async def test_startup_warns_when_auto_answering_is_off(simcord_env, caplog):
    warnings = [r for r in caplog.get_records("setup") if r.levelno == logging.WARNING]

    assert [r.getMessage() for r in warnings] == [NO_CONTENT_WARNING]


@pytest.mark.settings(message_content_intent=True)
async def test_no_warning_with_the_intent(simcord_env, caplog):
    assert NO_CONTENT_WARNING not in caplog.text + "".join(
        r.getMessage() for r in caplog.get_records("setup")
    )


async def test_cogs_and_commands_are_loaded(simcord_env):
    bot = simcord_env.bot

    assert set(bot.cogs) == {"Asking", "Browsing", "Curating"}
    assert {c.name for c in bot.tree.get_commands()} == {
        "ask",
        "faq",
        "source",
        "help",
        "kb",
        "Answer with article",
    }
