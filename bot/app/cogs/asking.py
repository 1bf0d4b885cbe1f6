"""Asking: mentions, DMs, auto-answer channels, ``/ask`` and the "Answer with article" menu."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import render
from bot.core.service import QuestionError, Reply

if TYPE_CHECKING:
    from bot.app.client import ArticleBot

log = logging.getLogger(__name__)


class Asking(commands.Cog):
    """Answers questions wherever the bot is asked one."""

    def __init__(self, bot: ArticleBot) -> None:
        """Hold the bot (service, settings, throttles) and build the context menu."""
        self.bot = bot
        self.menu = app_commands.ContextMenu(name="Answer with article", callback=self.answer_message)

    async def cog_load(self) -> None:
        """Context menus cannot live in a cog class body; add it to the tree here."""
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        """Remove the context menu again."""
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @property
    def title(self) -> str:
        """The article's title."""
        return self.bot.service.knowledge.article.title

    # ------------------------------------------------------------------ messages

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Mentions and DMs are always answered; auto-answer channels only when confident."""
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None or message.author.id == me.id:
            return
        if message.guild is None or me in message.mentions:
            await self._answer_mention(message, me.id)
        elif self._auto_answers_in(message.channel):
            await self._auto_answer(message)

    def _auto_answers_in(self, channel: discord.abc.Messageable) -> bool:
        channels = self.bot.settings.auto_answer_channel_ids
        parent = getattr(channel, "parent_id", None)
        return getattr(channel, "id", None) in channels or (parent is not None and parent in channels)

    async def _answer_mention(self, message: discord.Message, my_id: int) -> None:
        question = re.sub(rf"<@!?{my_id}>", " ", message.content).strip()
        if self.bot.throttle.retry_after(message.author.id, message.channel.id) > 0:
            return
        if not question:
            await message.reply(render.greeting(self.title), mention_author=False)
            return
        reply = (await self.bot.answers(message.guild.id if message.guild else None)).ask(question)
        rendered = render.for_reply(reply, title=self.title, asker_id=message.author.id)
        await message.reply(**rendered.send_kwargs(), mention_author=False)
        await self._record(message.guild, reply)

    async def _auto_answer(self, message: discord.Message) -> None:
        text = message.content.strip()
        service = await self.bot.answers(message.guild.id if message.guild else None)
        if not text or not service.looks_like_question(text):
            return
        reply = service.ask(text)
        channel_id = message.channel.id
        if not reply.answered or self.bot.repeats.seen(channel_id, text):
            return
        if self.bot.throttle.retry_after(message.author.id, channel_id) > 0:
            return
        self.bot.repeats.remember(channel_id, text)
        rendered = render.answer(reply, title=self.title, asker_id=message.author.id)
        await message.reply(**rendered.send_kwargs(), mention_author=False)
        await self._record(message.guild, reply)

    # ------------------------------------------------------------------ interactions

    async def _ask_for(self, interaction: discord.Interaction, question: str) -> Reply | None:
        """Ask the service, or return ``None`` after telling the user they are over the cooldown."""
        retry = self.bot.throttle.retry_after(interaction.user.id, interaction.channel_id)
        if retry > 0:
            await interaction.response.send_message(render.slow_down(retry), ephemeral=True)
            return None
        return (await self.bot.answers(interaction.guild_id)).ask(question)

    async def _record(self, guild: discord.Guild | None, reply: Reply) -> None:
        """After replying: log a server's question for ``/kb unanswered`` and ``/kb stats`` (not DMs)."""
        if guild is None:
            return
        normalised = reply.match.normalised if reply.match is not None else ""
        entry_id = reply.entry_id if reply.answered else None
        await asyncio.to_thread(
            self.bot.store.record_question,
            guild.id,
            normalised,
            reply.question,
            reply.outcome.value,
            entry_id,
        )

    @app_commands.command(name="ask", description="Ask a question about the article")
    @app_commands.describe(question="Your question", private="Only you see the answer")
    async def ask(self, interaction: discord.Interaction, question: str, private: bool = False) -> None:
        """Answer in the channel, or ephemerally with ``private``."""
        reply = await self._ask_for(interaction, question)
        if reply is None:
            return
        rendered = render.for_reply(
            reply, title=self.title, asker_id=None if private else interaction.user.id
        )
        await interaction.response.send_message(**rendered.send_kwargs(), ephemeral=private)
        await self._record(interaction.guild, reply)

    @ask.autocomplete("question")
    async def ask_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Known questions ranked for what has been typed (at most 25)."""
        service = await self.bot.answers(interaction.guild_id)
        return render.choices(service.autocomplete(current, limit=render.CHOICES_MAX))

    async def answer_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """Context menu: answer a message as a reply to it; otherwise tell the invoker privately."""
        if not message.content.strip():
            raise QuestionError("That message has no text I can answer.")
        reply = await self._ask_for(interaction, message.content)
        if reply is None:
            return
        if not reply.answered:
            rendered = render.for_reply(reply, title=self.title, asker_id=interaction.user.id)
            await interaction.response.send_message(**rendered.send_kwargs(), ephemeral=True)
            await self._record(interaction.guild, reply)
            return
        await self._record(interaction.guild, reply)
        rendered = render.answer(reply, title=self.title, asker_id=interaction.user.id)
        await interaction.response.send_message("Answering that message…", ephemeral=True)
        try:
            await message.reply(**rendered.send_kwargs(), mention_author=False)
        except discord.Forbidden:
            log.info("cannot reply in channel %s; answering through the interaction", message.channel.id)
            await interaction.followup.send(**rendered.send_kwargs())
