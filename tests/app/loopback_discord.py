"""A tiny Discord-compatible endpoint on 127.0.0.1 for running the real ``python -m bot run``.

It serves the REST routes the bot uses at start-up and for one slash command, and a gateway
that says HELLO, READY and GUILD_CREATE, then delivers one ``/ask`` interaction. Every request
the bot makes is recorded so that a test can check what the bot sent.
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

DISCORD_JSON = "application/json"  # exactly what Discord sends; discord.py compares the header as is

BOT_ID, APP_ID, GUILD_ID, CHANNEL_ID, USER_ID = "1000", "2000", "3000", "4000", "5000"
INTERACTION_ID, INTERACTION_TOKEN = "6000", "interaction-token"
TIMESTAMP = "2026-11-28T12:00:00.000000+00:00"
BOT_USER = {
    "id": BOT_ID,
    "username": "articlebot",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
}
ASKER = {"id": USER_ID, "username": "alice", "discriminator": "0", "global_name": "Alice", "avatar": None}


@dataclass
class Recorded:
    """One request the bot made."""

    method: str
    path: str
    body: Any


@dataclass
class LoopbackDiscord:
    """Runs the fake endpoint in a background thread with its own event loop."""

    question: str
    requests: list[Recorded] = field(default_factory=list)
    port: int = 0
    answered: threading.Event = field(default_factory=threading.Event)
    _loop: asyncio.AbstractEventLoop | None = None
    _runner: web.AppRunner | None = None
    _thread: threading.Thread | None = None

    @property
    def api_base(self) -> str:
        """What ``discord.http.Route.BASE`` should be."""
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway(self) -> str:
        """What ``DiscordWebSocket.DEFAULT_GATEWAY`` should be."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    def start(self) -> None:
        """Start serving; returns once the port is known."""
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("loopback Discord did not start")

    def stop(self) -> None:
        """Stop serving."""
        if self._loop is not None and self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def sent(self, method: str, path_part: str) -> list[Recorded]:
        """Recorded requests with this method whose path contains ``path_part``."""
        return [r for r in self.requests if r.method == method and path_part in r.path]

    def _serve(self, ready: threading.Event) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        ready.set()
        self._loop.run_forever()

    async def _rest(self, request: web.Request) -> web.Response:
        body = await request.json() if request.can_read_body else None
        path = "/" + request.match_info["tail"]
        self.requests.append(Recorded(request.method, path, body))
        if path == "/users/@me":
            return _json(BOT_USER)
        if path == "/oauth2/applications/@me":
            return _json(_application())
        if path.endswith("/commands") and request.method == "PUT":
            defaults = {"description": "", "options": [], "default_member_permissions": None, "nsfw": False}
            return _json(
                [
                    {**defaults, **c, "id": str(7000 + i), "application_id": APP_ID, "version": "1"}
                    for i, c in enumerate(body or [])
                ]
            )
        if path.endswith("/callback"):
            self.answered.set()
            return _json({"interaction": {"id": INTERACTION_ID, "type": 2}})
        if path.startswith("/webhooks/"):
            self.answered.set()
            return _json(_message(body or {}))
        return _json({}, status=204 if request.method == "DELETE" else 200)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"op": 10, "d": {"heartbeat_interval": 45_000}})
        sequence = 0
        async for message in socket:
            if message.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(message.data)
            if payload["op"] == 1:
                await socket.send_json({"op": 11})
            elif payload["op"] == 2:
                for event, data in (("READY", _ready(self.gateway)), ("GUILD_CREATE", _guild())):
                    sequence += 1
                    await socket.send_json({"op": 0, "t": event, "s": sequence, "d": data})
                await asyncio.sleep(0.5)
                sequence += 1
                await socket.send_json(
                    {"op": 0, "t": "INTERACTION_CREATE", "s": sequence, "d": _interaction(self.question)}
                )
        return socket


def _json(data: Any, status: int = 200) -> web.Response:
    return web.Response(body=json.dumps(data).encode(), status=status, headers={"Content-Type": DISCORD_JSON})


def _application() -> dict[str, Any]:
    return {
        "id": APP_ID,
        "name": "Article bot",
        "icon": None,
        "description": "",
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": ASKER,
        "summary": "",
        "verify_key": "0" * 64,
        "team": None,
        "flags": 0,
    }


def _ready(gateway: str) -> dict[str, Any]:
    return {
        "v": 10,
        "user": BOT_USER,
        "guilds": [{"id": GUILD_ID, "unavailable": True}],
        "session_id": "session",
        "resume_gateway_url": gateway,
        "application": {"id": APP_ID, "flags": 0},
        "private_channels": [],
    }


def _guild() -> dict[str, Any]:
    everyone = {
        "id": GUILD_ID,
        "name": "@everyone",
        "permissions": "2248473465835073",
        "position": 0,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }
    channel = {
        "id": CHANNEL_ID,
        "type": 0,
        "guild_id": GUILD_ID,
        "name": "general",
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
    }
    me = {"user": BOT_USER, "roles": [], "joined_at": TIMESTAMP, "deaf": False, "mute": False, "flags": 0}
    return {
        "id": GUILD_ID,
        "name": "Loopback",
        "icon": None,
        "owner_id": USER_ID,
        "roles": [everyone],
        "channels": [channel],
        "threads": [],
        "members": [me],
        "member_count": 2,
        "emojis": [],
        "stickers": [],
        "features": [],
        "large": False,
        "joined_at": TIMESTAMP,
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "preferred_locale": "en-US",
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "system_channel_flags": 0,
        "afk_timeout": 300,
    }


def _interaction(question: str) -> dict[str, Any]:
    member = {
        "user": ASKER,
        "roles": [],
        "joined_at": TIMESTAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": "2248473465835073",
    }
    return {
        "id": INTERACTION_ID,
        "application_id": APP_ID,
        "type": 2,
        "token": INTERACTION_TOKEN,
        "version": 1,
        "guild_id": GUILD_ID,
        "channel_id": CHANNEL_ID,
        "channel": {"id": CHANNEL_ID, "type": 0, "guild_id": GUILD_ID, "name": "general"},
        "member": member,
        "locale": "en-US",
        "guild_locale": "en-US",
        "app_permissions": "2248473465835073",
        "entitlements": [],
        "authorizing_integration_owners": {"0": GUILD_ID},
        "context": 0,
        "attachment_size_limit": 10_485_760,
        "data": {
            "id": "7000",
            "name": "ask",
            "type": 1,
            "options": [{"name": "question", "type": 3, "value": question}],
        },
    }


def _message(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "8000",
        "channel_id": CHANNEL_ID,
        "author": BOT_USER,
        "content": body.get("content", ""),
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": body.get("embeds", []),
        "pinned": False,
        "type": 0,
        "flags": body.get("flags", 0),
        "components": body.get("components", []),
    }
