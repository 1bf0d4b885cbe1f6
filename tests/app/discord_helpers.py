"""Small helpers shared by the Discord-layer tests."""

from __future__ import annotations

from typing import Any

import discord

CONFIDENT = "How much did Musk pay for Twitter?"
CONFIDENT_ANSWER = "44 billion"
UNCOVERED = "what's the weather in Paris?"
VAGUE = "twitter"


def _walk(rows: list[Any]) -> list[Any]:
    found = []
    for row in rows:
        children = row.get("components", []) if isinstance(row, dict) else getattr(row, "children", [])
        found.extend(children)
    return found


def custom_ids(message: Any) -> list[str]:
    """Every component custom id of a ``discord.Message`` or a simcord ``ResponseMessage``."""
    ids = []
    for item in _walk(message.components):
        value = item.get("custom_id") if isinstance(item, dict) else getattr(item, "custom_id", None)
        if value:
            ids.append(value)
    return ids


def ids_starting(message: Any, prefix: str) -> list[str]:
    """The custom ids with this prefix, in order."""
    return [value for value in custom_ids(message) if value.startswith(prefix)]


def component(message: Any, custom_id: str) -> dict[str, Any]:
    """The raw component with this custom id."""
    for item in _walk(message.components):
        raw = item if isinstance(item, dict) else item.to_dict()
        if raw.get("custom_id") == custom_id:
            return raw
    raise AssertionError(f"no component {custom_id!r}")


def assert_within_limits(embed: discord.Embed) -> None:
    """Discord's embed limits."""
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    assert all(len(f.name or "") <= 256 and len(f.value or "") <= 1024 for f in embed.fields)
    assert len(embed.footer.text or "") <= 2048
    assert len(embed) <= 6000


def bot_messages(channel: Any, bot: discord.Client) -> list[discord.Message]:
    """What the bot posted in a channel, oldest first."""
    assert bot.user is not None
    return [m for m in channel.history() if m.author.id == bot.user.id]
