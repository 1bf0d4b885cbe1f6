"""Browsing: ``/faq`` pages through every question, ``/source`` shows the article, ``/help`` explains."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import render

if TYPE_CHECKING:
    from bot.app.client import ArticleBot


class Browsing(commands.Cog):
    """Commands to explore what the bot knows."""

    def __init__(self, bot: ArticleBot) -> None:
        """Hold the bot for its service and settings."""
        self.bot = bot

    @app_commands.command(name="faq", description="Browse every question the article answers")
    async def faq(self, interaction: discord.Interaction) -> None:
        """Show the first page privately; its buttons and select do the rest."""
        rendered = render.faq_page(await self.bot.answers(interaction.guild_id), 0)
        await interaction.response.send_message(**rendered.send_kwargs(), ephemeral=True)

    @app_commands.command(name="source", description="Which article I answer from, and what it covers")
    async def source(self, interaction: discord.Interaction) -> None:
        """Show the title, the sections and how many questions each can answer."""
        service = await self.bot.answers(interaction.guild_id)
        rendered = render.source(service.knowledge.article.title, service.sections())
        await interaction.response.send_message(**rendered.send_kwargs(), ephemeral=True)

    @app_commands.command(name="help", description="How to ask me questions")
    async def help(self, interaction: discord.Interaction) -> None:
        """Show one embed explaining usage."""
        rendered = render.help_embed(
            self.bot.service.knowledge.article.title,
            auto_answer=bool(self.bot.settings.auto_answer_channel_ids),
        )
        await interaction.response.send_message(**rendered.send_kwargs(), ephemeral=True)
