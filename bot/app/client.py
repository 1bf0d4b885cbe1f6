"""The bot: a :class:`commands.Bot` built from its dependencies, with no globals."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord.ext import commands

from bot.app import curation_ui, errors, sync, views
from bot.app.cogs.asking import Asking
from bot.app.cogs.browsing import Browsing
from bot.app.cogs.curating import Curating
from bot.app.throttle import RepeatGuard, Throttle
from bot.core.curation import Curator
from bot.core.service import AnswerService
from bot.settings import Settings

log = logging.getLogger(__name__)

NO_CONTENT_WARNING = (
    "The message content intent is off (MESSAGE_CONTENT_INTENT=false): channel auto-answering is disabled "
    "until you enable 'Message Content Intent' for the bot in the Discord Developer Portal and set "
    "MESSAGE_CONTENT_INTENT=true. Mentions, DMs and slash commands still work."
)


def intents_for(settings: Settings) -> discord.Intents:
    """Guilds, guild and DM messages; message content only when the settings enable it."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = settings.message_content_intent
    return intents


class ArticleBot(commands.Bot):
    """Answers questions about the article; each server through its own :class:`AnswerService`."""

    def __init__(self, curator: Curator, settings: Settings, *, sync_on_start: bool = True) -> None:
        """Everything the bot needs is passed in; ``sync_on_start=False`` leaves syncing to the caller."""
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents_for(settings),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            tree_cls=errors.ErrorTree,
        )
        self.curator = curator
        self.store = curator.store
        self.settings = settings
        self.sync_on_start = sync_on_start
        self.throttle = Throttle(settings.user_cooldown_seconds, settings.channel_cooldown_seconds)
        self.repeats = RepeatGuard(settings.auto_answer_repeat_seconds)

    async def setup_hook(self) -> None:
        """Load the cogs, register persistent views, sync commands (never in on_ready)."""
        if not self.settings.message_content_intent:
            log.warning(NO_CONTENT_WARNING)
        await self.add_cog(Asking(self))
        await self.add_cog(Browsing(self))
        await self.add_cog(Curating(self))
        views.register(self)
        self.add_dynamic_items(*curation_ui.DYNAMIC_ITEMS)
        if self.sync_on_start:
            await self.sync_commands()

    async def sync_commands(self, *, force_global: bool = False) -> list[str]:
        """Sync app commands (see :func:`bot.app.sync.sync_commands`)."""
        return await sync.sync_commands(
            self.tree,
            application_id=self.application_id,
            store=self.store,
            dev_guild_ids=self.settings.dev_guild_ids,
            force_global=force_global,
        )

    @property
    def service(self) -> AnswerService:
        """The service over the reviewed knowledge (the article is the same for every server)."""
        return self.curator.base_service

    async def answers(self, guild_id: int | None) -> AnswerService:
        """The answers one server sees: the reviewed knowledge with its moderators' changes.

        A server whose changes moved on gets its service rebuilt in a worker thread, so the event
        loop (and every other server) never waits for it.
        """
        ready = self.curator.ready_service(guild_id)
        return ready if ready is not None else await asyncio.to_thread(self.curator.service_for, guild_id)

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: messages are handled by the asking cog's listener only."""

    async def on_command_error(
        self, context: commands.Context[Any], exception: commands.CommandError, /
    ) -> None:
        """Route to the one error handler."""
        await errors.on_command_error(context, exception)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        """Errors in event listeners are logged; there is no one to answer."""
        errors.log_event_error(event_method)
