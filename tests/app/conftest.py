"""Fixtures for the Discord layer: the real service (once per session) and a fresh bot per test.

``@pytest.mark.settings(field=value, ...)`` overrides :class:`Settings` fields for one test.
Cooldowns are off unless a test turns them on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import discord
import pytest

ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT, Path(__file__).resolve().parent):  # until pyproject sets pytest's pythonpath
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from bot.app.client import ArticleBot  # noqa: E402 - needs the path above
from bot.core.curation import Curator  # noqa: E402 - needs the path above
from bot.core.service import AnswerService  # noqa: E402 - needs the path above
from bot.core.sqlite_store import SQLiteStore  # noqa: E402 - needs the path above
from bot.settings import Settings  # noqa: E402 - needs the path above

KNOWLEDGE = ROOT / "knowledge"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "settings(**fields): Settings overrides for the bot under test")


@pytest.fixture(scope="session")
def service() -> AnswerService:
    return AnswerService.load(KNOWLEDGE)


@pytest.fixture
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    marker = request.node.get_closest_marker("settings")
    fields = {"data_dir": tmp_path / "data", "user_cooldown_seconds": 0, "channel_cooldown_seconds": 0}
    fields.update(marker.kwargs if marker else {})
    return Settings(_env_file=None, **fields)


@pytest.fixture
def store(settings: Settings):
    opened = SQLiteStore.in_dir(settings.data_dir)
    yield opened
    opened.close()


@pytest.fixture
def curator(service: AnswerService, store: SQLiteStore) -> Curator:
    return Curator(service, store)


@pytest.fixture
def simcord_bot(curator: Curator, settings: Settings) -> ArticleBot:
    return ArticleBot(curator, settings)


@pytest.fixture
def guild(simcord_env):
    return simcord_env.create_guild()


@pytest.fixture
def channel(guild):
    return guild.create_text_channel("general")


@pytest.fixture
def alice(simcord_env, guild):
    return guild.add_member(simcord_env.create_user("alice"))


@pytest.fixture
def bob(simcord_env, guild):
    return guild.add_member(simcord_env.create_user("bob"))


@pytest.fixture
def auto_channel(guild, settings: Settings):
    """A channel configured for auto-answers (the bot reads the list at message time)."""
    created = guild.create_text_channel("questions")
    settings.auto_answer_channel_ids.append(created.id)
    return created


@pytest.fixture
def mod(simcord_env, guild):
    role = guild.create_role("mods", permissions=discord.Permissions(manage_messages=True))
    return guild.add_member(simcord_env.create_user("mod"), roles=[role])


@pytest.fixture
def mod2(simcord_env, guild):
    role = guild.create_role("mods2", permissions=discord.Permissions(manage_messages=True))
    return guild.add_member(simcord_env.create_user("mod2"), roles=[role])
