"""``python -m bot run`` and ``python -m bot sync``: start the bot, stop it cleanly on SIGTERM/SIGINT.

Never logs or prints the token, and never assumes where Discord's API lives.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Callable, Coroutine
from typing import Any

import discord

from bot.app.client import ArticleBot
from bot.core.curation import Curator
from bot.core.service import AnswerService
from bot.core.sqlite_store import SQLiteStore
from bot.settings import Settings

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
CLOSE_TIMEOUT = 10.0

NO_TOKEN = "error: DISCORD_TOKEN is not set; put DISCORD_TOKEN=<bot token> in .env or the environment."
BAD_TOKEN = (
    "error: Discord rejected DISCORD_TOKEN; copy the bot token again from the Developer Portal "
    "(Bot → Reset Token) into .env or the environment."
)
NO_INTENT = (
    "error: Discord refused the message content intent; enable 'Message Content Intent' for the bot in "
    "the Developer Portal, or set MESSAGE_CONTENT_INTENT=false."
)


def _token(settings: Settings) -> str | None:
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    return token or None


def _configure_logging(level: str) -> None:
    if not logging.getLogger().handlers:
        discord.utils.setup_logging(level=logging.getLevelName(level.upper()))


def run(settings: Settings, *, service: AnswerService | None = None) -> int:
    """Run the bot until SIGTERM/SIGINT; return the process exit code."""
    return _with_token(settings, service, _serve)


def sync(settings: Settings, *, service: AnswerService | None = None) -> int:
    """Log in, sync the commands globally (and to dev guilds), log out."""
    return _with_token(settings, service, _sync)


def _with_token(
    settings: Settings,
    service: AnswerService | None,
    action: Callable[[Settings, AnswerService, str], Coroutine[Any, Any, int]],
) -> int:
    """Refuse a missing token with one line (exit 2); otherwise load the service and run ``action``."""
    token = _token(settings)
    if token is None:
        print(NO_TOKEN, file=sys.stderr)
        return EXIT_USAGE
    _configure_logging(settings.log_level)
    service = service or AnswerService.load(settings.knowledge_dir, settings.cutoffs())
    return asyncio.run(action(settings, service, token))


async def _sync(settings: Settings, service: AnswerService, token: str) -> int:
    store = SQLiteStore.in_dir(settings.data_dir)
    bot = ArticleBot(Curator(service, store), settings, sync_on_start=False)
    try:
        async with bot:
            await bot.login(token)
            for line in await bot.sync_commands(force_global=True):
                print(line)
    except discord.LoginFailure:
        print(BAD_TOKEN, file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()
    return EXIT_OK


async def _serve(settings: Settings, service: AnswerService, token: str) -> int:
    store = SQLiteStore.in_dir(settings.data_dir)
    bot = ArticleBot(Curator(service, store), settings)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stop.set)
    running = asyncio.create_task(bot.start(token), name="discord-bot")
    stopping = asyncio.create_task(stop.wait(), name="stop-signal")
    try:
        await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stopping.done():
            log.info("stop signal received; closing the bot")
        return _exit_code(running)
    finally:
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)
        stopping.cancel()
        await bot.close()
        await asyncio.wait({running}, timeout=CLOSE_TIMEOUT)
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
        store.close()


def _exit_code(running: asyncio.Task[None]) -> int:
    """Map how the bot task ended to an exit code (still running means a clean stop was asked for)."""
    if not running.done() or running.cancelled() or running.exception() is None:
        return EXIT_OK
    error = running.exception()
    if isinstance(error, discord.LoginFailure):
        print(BAD_TOKEN, file=sys.stderr)
        return EXIT_USAGE
    if isinstance(error, discord.PrivilegedIntentsRequired):
        print(NO_INTENT, file=sys.stderr)
        return EXIT_USAGE
    if isinstance(error, OSError):
        print(f"error: could not reach Discord ({type(error).__name__}); check the network.", file=sys.stderr)
        return EXIT_FAILED
    log.error("the bot stopped with an error", exc_info=error)
    return EXIT_FAILED
