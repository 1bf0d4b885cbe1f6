"""The one error handler: a short ephemeral sentence for the user, the traceback for the log.

Wired into the command tree (:class:`ErrorTree`), prefix commands (:func:`on_command_error`),
views (:class:`GuardedView`, :func:`guard`) and events (:func:`log_event_error`).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.curation import CurationError
from bot.core.service import QuestionError

log = logging.getLogger(__name__)

GENERIC = "Sorry, something went wrong on my side. Please try again in a moment."


class RefusedError(app_commands.CheckFailure):
    """A check that failed with a sentence meant for the user (e.g. not a moderator)."""


def _unwrap(error: BaseException) -> BaseException:
    while isinstance(error, (app_commands.CommandInvokeError, commands.CommandInvokeError)):
        error = error.original
    return error


def describe(error: BaseException) -> tuple[str, bool]:
    """Return the sentence to show, and whether the error is expected (no traceback needed)."""
    error = _unwrap(error)
    if isinstance(error, (app_commands.CommandOnCooldown, commands.CommandOnCooldown)):
        return f"Slow down a little: try again in {math.ceil(error.retry_after)} s.", True
    if isinstance(error, (QuestionError, CurationError, RefusedError)):
        return str(error), True
    if isinstance(error, (app_commands.NoPrivateMessage, commands.NoPrivateMessage)):
        return "That only works in a server.", True
    if isinstance(error, (app_commands.CheckFailure, commands.CheckFailure)):
        return "You can't use that here.", True
    if isinstance(error, discord.Forbidden):
        return "I'm missing a permission to do that here.", False
    return GENERIC, False


async def report(interaction: discord.Interaction, error: BaseException) -> None:
    """Log ``error`` and tell the user in one short ephemeral sentence."""
    text, expected = describe(error)
    where = interaction.command.qualified_name if interaction.command else interaction.data
    if expected:
        log.info("refused interaction %s: %s", where, text)
    else:
        log.error("error handling interaction %s", where, exc_info=_unwrap(error))
    if interaction.type is discord.InteractionType.autocomplete:
        return
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not tell the user about an error", exc_info=True)


async def guard(interaction: discord.Interaction, work: Awaitable[None]) -> None:
    """Run a component callback; route any failure to :func:`report`."""
    try:
        await work
    except Exception as error:  # the catch-all, by design
        await report(interaction, error)


async def on_command_error(ctx: commands.Context[Any], error: commands.CommandError) -> None:
    """Prefix-command errors (the bot has none, but mentions could look like one)."""
    if isinstance(error, commands.CommandNotFound):
        return
    text, expected = describe(error)
    if not expected:
        log.error("error in command %s", ctx.command, exc_info=_unwrap(error))
    try:
        await ctx.reply(text, mention_author=False)
    except discord.HTTPException:
        log.warning("could not tell the user about an error", exc_info=True)


def log_event_error(event: str) -> None:
    """Errors in gateway event handlers: no one to answer, so only log (call inside ``except``)."""
    log.exception("error in event handler %s", event)


class ErrorTree(app_commands.CommandTree[Any]):
    """The command tree whose errors go through :func:`report`."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Report slash-command and context-menu failures."""
        await report(interaction, error)


class GuardedView(discord.ui.View):
    """A persistent view (no timeout) whose item failures go through :func:`report`."""

    def __init__(self) -> None:
        """Never time out: every item is a registered dynamic item."""
        super().__init__(timeout=None)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        """Report a failing item."""
        await report(interaction, error)
