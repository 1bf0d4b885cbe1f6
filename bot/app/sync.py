"""Application-command sync: dev guilds at every start, globally only when the commands changed.

The hash of the global command set is kept in ``<data_dir>/command_sync.json`` so that restarts
do not spend Discord's tight global-sync rate limit.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import discord
from discord import app_commands

log = logging.getLogger(__name__)

STATE_NAME = "command_sync.json"


def command_hash(tree: app_commands.CommandTree[Any]) -> str:
    """Digest the global commands as Discord would receive them."""
    payload = sorted(
        (command.to_dict(tree) for command in tree.get_commands()), key=lambda c: (c["type"], c["name"])
    )
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _read_state(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_state(path: Path, state: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(state, indent=2), encoding="utf-8")
    temporary.replace(path)


async def sync_commands(
    tree: app_commands.CommandTree[Any],
    *,
    application_id: int | None,
    data_dir: Path,
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
    path = data_dir / STATE_NAME
    state = _read_state(path)
    digest = command_hash(tree)
    unchanged = state.get("hash") == digest and state.get("application_id") == application_id
    if force_global or (not dev_guild_ids and not unchanged):
        synced = await tree.sync()
        _write_state(path, {"application_id": application_id, "hash": digest})
        done.append(f"synced {len(synced)} global commands")
    elif not dev_guild_ids:
        log.info("global commands unchanged since the last sync; not syncing")
    for line in done:
        log.info(line)
    return done
