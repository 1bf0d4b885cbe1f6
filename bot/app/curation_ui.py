"""The interactive parts of ``/kb``: the rights check, the entry modal, review selects, change commits.

Review items are :class:`discord.ui.DynamicItem` (state in the custom id), so a ``/kb unanswered``
message keeps working after a restart. The entry modal is short-lived by nature (Discord drops an
unsent modal with its interaction) and carries the revision it was opened at.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Self, cast

import discord

from bot.app import curation_render, errors
from bot.core.curation import Draft, DraftError, EditConflictError
from bot.core.knowledge import ANSWER_MAX, QUESTION_MAX, QUOTE_MAX
from bot.core.store import Author, Version

if TYPE_CHECKING:
    from bot.app.client import ArticleBot

log = logging.getLogger(__name__)

LOG_CHANNEL_KEY = "log_channel"
ALTERNATES_MAX = 4000  # Discord's text input limit
RETRY_SECONDS = 900  # an interaction token lasts 15 minutes
NOT_MODERATOR = (
    "Only moderators can change the answers here: you need Manage Messages, Manage Server "
    "or a moderator role. Nothing was changed."
)

SaveHandler = Callable[[discord.Interaction, Draft], Awaitable[None]]


class NotModeratorError(errors.RefusedError):
    """The member may not use ``/kb``."""

    def __init__(self) -> None:
        """Carry the refusal text."""
        super().__init__(NOT_MODERATOR)


def _bot(interaction: discord.Interaction) -> ArticleBot:
    return cast("ArticleBot", interaction.client)


def is_moderator(interaction: discord.Interaction) -> bool:
    """Manage Messages, Manage Server, or one of the configured moderator roles, in this server."""
    member = interaction.user
    if interaction.guild is None or not isinstance(member, discord.Member):
        return False
    rights = member.guild_permissions
    if rights.manage_messages or rights.manage_guild or rights.administrator:
        return True
    roles = set(_bot(interaction).settings.moderator_role_ids)
    return any(role.id in roles for role in member.roles)


def require_moderator(interaction: discord.Interaction) -> None:
    """Raise :class:`NotModeratorError` unless the user is a moderator here."""
    if not is_moderator(interaction):
        raise NotModeratorError


def author_of(interaction: discord.Interaction) -> Author:
    """The moderator as the store records them."""
    return Author(interaction.user.id, str(interaction.user))


async def commit(interaction: discord.Interaction, change: Callable[..., Version], *args: Any) -> Version:
    """Run one curator change off the event loop, rebuild the server's answers, post to the log channel."""
    bot = _bot(interaction)
    guild_id = cast(int, interaction.guild_id)
    version = await asyncio.to_thread(change, guild_id, author_of(interaction), *args)
    await asyncio.to_thread(bot.curator.service_for, guild_id)
    await post_log(interaction, curation_render.log_record(version, interaction.user.mention))
    return version


async def post_log(interaction: discord.Interaction, text: str) -> None:
    """A short record in the server's log channel, if one is set and reachable."""
    guild = interaction.guild
    if guild is None:
        return
    configured = await asyncio.to_thread(_bot(interaction).store.get_setting, LOG_CHANNEL_KEY, guild.id)
    channel = guild.get_channel(int(configured)) if configured else None
    if not isinstance(channel, discord.abc.Messageable):
        return
    try:
        await channel.send(text)
    except discord.HTTPException:
        log.warning("cannot post to the log channel %s of guild %s", configured, guild.id)


def draft_file(draft: Draft) -> discord.File:
    """A draft as an attachment, so a refused save loses nothing."""
    data = curation_render.draft_file_text(draft).encode("utf-8")
    return discord.File(io.BytesIO(data), filename="your-entry.txt")


class EntryModal(discord.ui.Modal):
    """Question, alternates, answer and source quote; pre-filled from a draft."""

    def __init__(self, title: str, draft: Draft | None, on_save: SaveHandler) -> None:
        """``on_save`` receives what was typed when the form is sent."""
        # No fixed custom_id: discord.py keys open modals by custom_id alone, so a shared one would let
        # one moderator's form replace another's and the second save would be silently dropped.
        super().__init__(title=title, timeout=RETRY_SECONDS)
        self.on_save = on_save
        draft = draft or Draft("", (), "", "")
        self.question: discord.ui.TextInput[Self] = discord.ui.TextInput(
            label="Question", default=draft.question or None, max_length=QUESTION_MAX, custom_id="question"
        )
        self.alternates: discord.ui.TextInput[Self] = discord.ui.TextInput(
            label="Alternates, one per line (at least 4)",
            style=discord.TextStyle.paragraph,
            default=draft.alternates_text[:ALTERNATES_MAX] or None,
            max_length=ALTERNATES_MAX,
            custom_id="alternates",
        )
        self.answer: discord.ui.TextInput[Self] = discord.ui.TextInput(
            label="Answer (1-3 sentences)",
            style=discord.TextStyle.paragraph,
            default=draft.answer or None,
            max_length=ANSWER_MAX,
            custom_id="answer",
        )
        self.quote: discord.ui.TextInput[Self] = discord.ui.TextInput(
            label="Source: a verbatim quote from the article",
            style=discord.TextStyle.paragraph,
            default=draft.quote or None,
            max_length=QUOTE_MAX,
            custom_id="quote",
        )
        for item in (self.question, self.alternates, self.answer, self.quote):
            self.add_item(item)

    def draft(self) -> Draft:
        """What was typed."""
        return Draft.from_form(
            self.question.value, self.alternates.value, self.answer.value, self.quote.value
        )

    async def on_submit(self, interaction: discord.Interaction, /) -> None:
        """Hand the typed text to the save handler."""
        await self.on_save(interaction, self.draft())

    async def on_error(self, interaction: discord.Interaction, error: Exception, /) -> None:
        """Through the one error handler."""
        await errors.report(interaction, error)


class RetryView(discord.ui.View):
    """The "Edit and try again" button: reopens the form with exactly what was typed."""

    def __init__(self, title: str, draft: Draft, on_save: SaveHandler) -> None:
        """Keep the draft for the button."""
        super().__init__(timeout=RETRY_SECONDS)
        self.title, self.draft, self.on_save = title, draft, on_save

    @discord.ui.button(label="Edit and try again", style=discord.ButtonStyle.primary, custom_id="kb:retry")
    async def retry(self, interaction: discord.Interaction, button: discord.ui.Button[Self]) -> None:
        """Open the form again."""
        require_moderator(interaction)
        await interaction.response.send_modal(EntryModal(self.title, self.draft, self.on_save))

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        """Through the one error handler."""
        await errors.report(interaction, error)


async def save_refused(
    interaction: discord.Interaction, error: DraftError | EditConflictError, title: str, on_save: SaveHandler
) -> None:
    """Tell the moderator why, with their text kept (retry button, or the text attached)."""
    if isinstance(error, DraftError):
        view = RetryView(title, error.draft, on_save)
        await interaction.followup.send(curation_render.draft_error(error), view=view, ephemeral=True)
        return
    files = [draft_file(error.draft)] if error.draft is not None else []
    await interaction.followup.send(curation_render.conflict(error), files=files, ephemeral=True)


# --------------------------------------------------------------------------- review of unanswered questions


class UnansweredPick(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"kb:unq"):
    """Step one: pick a declined question."""

    def __init__(self, options: Sequence[discord.SelectOption]) -> None:
        """Options carry the grouped questions' ids."""
        super().__init__(
            discord.ui.Select(
                custom_id="kb:unq", placeholder="Pick a question to resolve…", options=list(options)
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Select[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild from the used select."""
        return cls(item.options)

    async def callback(self, interaction: discord.Interaction) -> None:
        """Step two: offer the entries it most likely belongs to, and a dismiss button."""
        await errors.guard(interaction, self._pick(interaction))

    async def _pick(self, interaction: discord.Interaction) -> None:
        require_moderator(interaction)
        bot = _bot(interaction)
        guild_id = cast(int, interaction.guild_id)
        item = await asyncio.to_thread(bot.curator.open_question, guild_id, int(self.item.values[0]))
        service = await bot.answers(guild_id)
        ranked = [(s.entry_id, s.question) for s in service.autocomplete(item.example, limit=24)]
        view = errors.GuardedView()
        view.add_item(UnansweredAttach(item.id, curation_render.entry_options(ranked)))
        view.add_item(UnansweredDismiss(item.id))
        text = (
            f"“{curation_render.echo(item.example, 300)}” (asked {item.count}×): add it as an alternate of…"
        )
        await interaction.response.send_message(text, view=view, ephemeral=True)


class UnansweredAttach(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"kb:una:(?P<item>\d{1,19})"):
    """Step two: the entry the question becomes an alternate of."""

    def __init__(self, item_id: int, options: Sequence[discord.SelectOption]) -> None:
        """Options carry entry ids."""
        self.item_id = item_id
        super().__init__(
            discord.ui.Select(custom_id=f"kb:una:{item_id}", placeholder="…this entry", options=list(options))
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Select[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild from the used select."""
        return cls(int(match["item"]), item.options)

    async def callback(self, interaction: discord.Interaction) -> None:
        """Add the alternate and mark the question attached."""
        await errors.guard(interaction, self._attach(interaction))

    async def _attach(self, interaction: discord.Interaction) -> None:
        require_moderator(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        curator = _bot(interaction).curator
        version = await commit(interaction, curator.attach_unanswered, self.item_id, self.item.values[0])
        await interaction.followup.send(
            curation_render.change_done(version, "Added an alternate to"), ephemeral=True
        )


class UnansweredDismiss(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"kb:und:(?P<item>\d{1,19})"
):
    """Step two, the other way: the article does not answer it."""

    def __init__(self, item_id: int) -> None:
        """``item_id`` is the grouped question."""
        self.item_id = item_id
        super().__init__(
            discord.ui.Button(
                label="Not in the article: dismiss",
                style=discord.ButtonStyle.secondary,
                custom_id=f"kb:und:{item_id}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild from the clicked button."""
        return cls(int(match["item"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Take it off the review list."""
        await errors.guard(interaction, self._dismiss(interaction))

    async def _dismiss(self, interaction: discord.Interaction) -> None:
        require_moderator(interaction)
        curator = _bot(interaction).curator
        await asyncio.to_thread(curator.dismiss_unanswered, cast(int, interaction.guild_id), self.item_id)
        await interaction.response.send_message(
            "Dismissed: it will not show up for review again.", ephemeral=True
        )


def review_view(options: Sequence[discord.SelectOption]) -> discord.ui.View:
    """The first step of the review: a select of open questions."""
    view = errors.GuardedView()
    if options:
        view.add_item(UnansweredPick(options))
    return view


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    UnansweredPick,
    UnansweredAttach,
    UnansweredDismiss,
)
