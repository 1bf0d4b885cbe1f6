"""Application-command sync: dev guilds at every start, globally only when the commands changed.

The hash of the global command set is kept in the store so that restarts do not spend Discord's
tight global-sync rate limit.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

import discord
from discord import app_commands

from bot.core.store import Store

log = logging.getLogger(__name__)

STATE_KEY = "command_sync"


def command_hash(tree: app_commands.CommandTree[Any]) -> str:
    """Digest the global commands as Discord would receive them."""
    payload = sorted(
        (command.to_dict(tree) for command in tree.get_commands()), key=lambda c: (c["type"], c["name"])
    )
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _read_state(store: Store) -> dict[str, Any]:
    try:
        data = json.loads(store.get_setting(STATE_KEY) or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


async def sync_commands(
    tree: app_commands.CommandTree[Any],
    *,
    application_id: int | None,
    store: Store,
    dev_guild_ids: list[int],
    force_global: bool = False,
) -> list[str]:
    """Sync to each dev guild, and globally when forced or (without dev guilds) when the hash changed.

    Returns one line per sync done, for logs and the command line.
    """
    done: list[str] = []
    for guild_id in dev_guild_ids:
        guild = discord.Object(guild_id)
        tree.copy_global_to(guild=guild)
        synced = await tree.sync(guild=guild)
        done.append(f"synced {len(synced)} commands to guild {guild_id}")
    state = _read_state(store)
    digest = command_hash(tree)
    unchanged = state.get("hash") == digest and state.get("application_id") == application_id
    if force_global or (not dev_guild_ids and not unchanged):
        synced = await tree.sync()
        store.set_setting(STATE_KEY, json.dumps({"application_id": application_id, "hash": digest}))
        done.append(f"synced {len(synced)} global commands")
    elif not dev_guild_ids:
        log.info("global commands unchanged since the last sync; not syncing")
    for line in done:
        log.info(line)
    return done
