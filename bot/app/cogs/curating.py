"""Curating: ``/kb`` for moderators to fix, extend and review the answers of their own server.

Hidden from members without Manage Messages by ``default_permissions``, which server admins can
override, so every command (and every review click) checks the rights in code as well.
"""

from __future__ import annotations

import asyncio
import io
import time
from typing import TYPE_CHECKING, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import curation_render, render
from bot.app.curation_ui import (
    LOG_CHANNEL_KEY,
    EntryModal,
    author_of,
    commit,
    post_log,
    require_moderator,
    review_view,
    save_refused,
)
from bot.core.curation import Draft, DraftError, EditConflictError
from bot.core.knowledge import KnowledgeError, check_size, decode_upload

if TYPE_CHECKING:
    from bot.app.client import ArticleBot

DAY = 86_400
Days = app_commands.Range[int, 1, 365]


@app_commands.guild_only()
@app_commands.default_permissions(manage_messages=True)
class Curating(
    commands.GroupCog, group_name="kb", group_description="Moderators: keep this server's answers right"
):
    """``/kb add|edit|alias|remove|history|undo|unanswered|why|stats|export|import|log-channel``."""

    def __init__(self, bot: ArticleBot) -> None:
        """Hold the bot for its curator and store."""
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Moderators only, whatever the server's command permissions say."""
        require_moderator(interaction)
        return True

    def _guild(self, interaction: discord.Interaction) -> int:
        return cast(int, interaction.guild_id)

    # ------------------------------------------------------------------ autocomplete

    async def _entries(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        found = self.bot.curator.search(self._guild(interaction), current, limit=render.CHOICES_MAX)
        return [
            app_commands.Choice(name=render.truncate(e.question, render.CHOICE_MAX), value=e.id)
            for e in found
        ]

    async def _any_entries(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Hidden and changed entries too (for history and undo)."""
        guild_id = self._guild(interaction)
        found = self.bot.curator.search(guild_id, current, hidden=True, limit=render.CHOICES_MAX)
        return [
            app_commands.Choice(
                name=render.truncate(f"{'(hidden) ' if e.hidden else ''}{e.question}", render.CHOICE_MAX),
                value=e.id,
            )
            for e in found
        ]

    # ------------------------------------------------------------------ changes

    @app_commands.command(name="add", description="Add a question and its sourced answer to this server")
    async def add(self, interaction: discord.Interaction) -> None:
        """Open the empty entry form."""
        await interaction.response.send_modal(EntryModal("Add an entry", None, self._save_new))

    async def _save_new(self, interaction: discord.Interaction, draft: Draft) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            version = await commit(interaction, self.bot.curator.add, draft)
        except DraftError as error:
            await save_refused(interaction, error, "Add an entry", self._save_new)
            return
        await interaction.followup.send(curation_render.change_done(version, "Added"), ephemeral=True)

    @app_commands.command(name="edit", description="Edit an entry's question, alternates, answer or quote")
    @app_commands.describe(entry="The entry to edit")
    @app_commands.autocomplete(entry=_entries)
    async def edit(self, interaction: discord.Interaction, entry: str) -> None:
        """Open the form pre-filled with the current text; the save is checked against this revision."""
        current, revision = self.bot.curator.entry(self._guild(interaction), entry)

        async def save(modal_interaction: discord.Interaction, draft: Draft) -> None:
            await modal_interaction.response.defer(ephemeral=True, thinking=True)
            try:
                version = await commit(modal_interaction, self.bot.curator.edit, entry, draft, revision)
            except (DraftError, EditConflictError) as error:
                await save_refused(modal_interaction, error, f"Edit {entry}"[:45], save)
                return
            await modal_interaction.followup.send(
                curation_render.change_done(version, "Saved"), ephemeral=True
            )

        await interaction.response.send_modal(EntryModal(f"Edit {entry}"[:45], Draft.of(current), save))

    @app_commands.command(name="alias", description="Add another way of asking an entry's question")
    @app_commands.describe(entry="The entry", phrasing="How people ask it")
    @app_commands.autocomplete(entry=_entries)
    async def alias(
        self, interaction: discord.Interaction, entry: str, phrasing: app_commands.Range[str, 2, 100]
    ) -> None:
        """Append one alternate phrasing."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        version = await commit(interaction, self.bot.curator.alias, entry, phrasing)
        await interaction.followup.send(
            curation_render.change_done(version, "Added an alternate to"), ephemeral=True
        )

    @app_commands.command(name="remove", description="Hide an entry in this server (undo brings it back)")
    @app_commands.describe(entry="The entry to hide")
    @app_commands.autocomplete(entry=_entries)
    async def remove(self, interaction: discord.Interaction, entry: str) -> None:
        """Hide the entry here; other servers keep it."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        version = await commit(interaction, self.bot.curator.remove, entry)
        await interaction.followup.send(
            curation_render.change_done(version, "Hid") + f". Bring it back with `/kb undo entry:{entry}`.",
            ephemeral=True,
        )

    @app_commands.command(name="undo", description="Revert the last change to an entry")
    @app_commands.describe(entry="The entry whose last change to revert")
    @app_commands.autocomplete(entry=_any_entries)
    async def undo(self, interaction: discord.Interaction, entry: str) -> None:
        """The undo is itself a version, so it can be undone too."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        version = await commit(interaction, self.bot.curator.undo, entry)
        await interaction.followup.send(curation_render.change_done(version, "Reverted"), ephemeral=True)

    # ------------------------------------------------------------------ review

    @app_commands.command(name="history", description="Who changed what, and when")
    @app_commands.describe(entry="One entry (leave empty for the whole server)")
    @app_commands.autocomplete(entry=_any_entries)
    async def history(self, interaction: discord.Interaction, entry: str | None = None) -> None:
        """Versions newest first."""
        versions = await asyncio.to_thread(self.bot.curator.history, self._guild(interaction), entry)
        await interaction.response.send_message(
            embed=curation_render.history(versions, entry), ephemeral=True
        )

    @app_commands.command(
        name="unanswered", description="Questions I declined or was unsure about, most asked first"
    )
    @app_commands.describe(days="How far back to look (default 30 days)")
    async def unanswered(self, interaction: discord.Interaction, days: Days = 30) -> None:
        """List them; pick one to attach it to an entry or dismiss it."""
        since = time.time() - days * DAY
        items = await asyncio.to_thread(self.bot.store.unanswered, self._guild(interaction), since)
        view = review_view(curation_render.unanswered_options(items))
        await interaction.response.send_message(
            embed=curation_render.unanswered(items, days), view=view, ephemeral=True
        )

    @app_commands.command(name="why", description="Why I answer a question the way I do")
    @app_commands.describe(question="The question to explain")
    async def why(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 1000]) -> None:
        """The normalised question, the top candidates with scores, the cut-offs and the reason."""
        service = await self.bot.answers(self._guild(interaction))
        reply = service.ask(question)
        await interaction.response.send_message(
            embed=curation_render.why(reply, service.cutoffs), ephemeral=True
        )

    @app_commands.command(name="stats", description="Most asked entries, feedback and declined questions")
    @app_commands.describe(days="The period (default 30 days)")
    async def stats(self, interaction: discord.Interaction, days: Days = 30) -> None:
        """Counts over the period."""
        guild_id = self._guild(interaction)
        result = await asyncio.to_thread(self.bot.store.stats, guild_id, time.time() - days * DAY)
        questions = {e.id: e.question for e in self.bot.curator.entries(guild_id, hidden=True)}
        await interaction.response.send_message(
            embed=curation_render.stats(result, days, questions), ephemeral=True
        )

    # ------------------------------------------------------------------ files

    @app_commands.command(name="export", description="Download this server's Q&A as a YAML file")
    async def export(self, interaction: discord.Interaction) -> None:
        """The effective set, in the format of the repository's knowledge files."""
        guild_id = self._guild(interaction)
        text = await asyncio.to_thread(self.bot.curator.export, guild_id)
        upload = discord.File(io.BytesIO(text.encode("utf-8")), filename=f"qa-{guild_id}.yaml")
        await interaction.response.send_message(
            "This server's questions and answers; edit and send back with `/kb import`.",
            file=upload,
            ephemeral=True,
        )

    @app_commands.command(
        name="import", description="Replace this server's Q&A with a YAML file (all or nothing)"
    )
    @app_commands.describe(file="A YAML file in the /kb export format")
    async def import_(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        """Validate the whole file; apply every change or none."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        curator = self.bot.curator
        guild_id = self._guild(interaction)
        try:
            check_size(file.size, file.filename)  # before downloading it
            text = decode_upload(await file.read(), file.filename)
            summary = await asyncio.to_thread(
                curator.import_text, guild_id, author_of(interaction), text, file.filename
            )
        except KnowledgeError as error:
            lines = [str(problem) for problem in error.problems]
            await interaction.followup.send(
                curation_render.problems("Import refused.", lines), ephemeral=True
            )
            return
        await asyncio.to_thread(curator.service_for, guild_id)
        await interaction.followup.send(curation_render.import_summary(summary), ephemeral=True)
        if summary.changed:
            await post_log(interaction, curation_render.import_record(summary, interaction.user.mention))

    @app_commands.command(
        name="log-channel", description="Where to post a record of every change (empty: stop)"
    )
    @app_commands.describe(channel="The channel (leave empty to stop logging)")
    async def log_channel(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        """Set or clear the log channel."""
        value = str(channel.id) if channel else None
        await asyncio.to_thread(self.bot.store.set_setting, LOG_CHANNEL_KEY, value, self._guild(interaction))
        text = f"Changes will be logged in {channel.mention}." if channel else "Changes are no longer logged."
        await interaction.response.send_message(text, ephemeral=True)
