"""runner.run / runner.sync: token errors exit 2 in one line; SIGTERM/SIGINT close the bot and exit 0."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import discord
import pytest

from bot.app import runner
from bot.app.client import ArticleBot
from bot.settings import Settings

TOKEN = "not-a-real-token.abc123"


def with_token(settings: Settings, token: str | None) -> Settings:
    return Settings(_env_file=None, **{**settings.model_dump(), "discord_token": token})


class _Unauthorized(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"message": "401: Unauthorized", "code": 0}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def rejecting_api(monkeypatch) -> Iterator[str]:
    """A local stand-in for Discord's API that rejects every token."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Unauthorized)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}/api/v10"
    monkeypatch.setattr(discord.http.Route, "BASE", base)
    yield base
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("entry", [runner.run, runner.sync])
@pytest.mark.parametrize("token", [None, "", "   "])
def test_missing_token_is_one_line_and_exit_2(settings, capsys, entry, token):
    assert entry(with_token(settings, token)) == runner.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DISCORD_TOKEN" in err


@pytest.mark.parametrize("entry", [runner.run, runner.sync])
def test_rejected_token_is_one_line_exit_2_and_never_shown(
    settings, service, rejecting_api, capsys, caplog, entry
):
    code = entry(with_token(settings, TOKEN), service=service)

    out = capsys.readouterr()
    assert code == runner.EXIT_USAGE
    assert out.err.count("\n") == 1 and "rejected DISCORD_TOKEN" in out.err
    assert TOKEN not in out.out + out.err + caplog.text


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_stop_signal_closes_the_bot_and_exits_0(settings, service, monkeypatch, sig):
    closed: list[bool] = []
    original_close = ArticleBot.close

    async def fake_start(self: ArticleBot, token: str, *, reconnect: bool = True) -> None:
        os.kill(os.getpid(), sig)
        while not self.is_closed():
            await asyncio.sleep(0.01)

    async def spy_close(self: ArticleBot) -> None:
        closed.append(True)
        await original_close(self)

    monkeypatch.setattr(ArticleBot, "start", fake_start)
    monkeypatch.setattr(ArticleBot, "close", spy_close)
    assert runner.run(with_token(settings, TOKEN), service=service) == runner.EXIT_OK
    assert closed
