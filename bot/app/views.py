"""Persistent buttons and selects: every item is a :class:`discord.ui.DynamicItem`.

Whatever an item needs (entry id, asker id, page) is encoded in its ``custom_id``, so clicks keep
working after a restart once :func:`register` has run in ``setup_hook``. Views are built by
:mod:`bot.app.render`; the callbacks here ask the service and hand the reply back to it.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Self, cast

import discord

from bot.app import errors, render

if TYPE_CHECKING:
    from bot.app.client import ArticleBot

REF = r"[a-z0-9][a-z0-9.-]{0,63}"
ENTRY = r"[a-z0-9][a-z0-9-]{0,63}"
CUSTOM_ID_MAX = 100
GONE = "That question is no longer in the knowledge base. Try `/faq`."


def _bot(interaction: discord.Interaction) -> ArticleBot:
    return cast("ArticleBot", interaction.client)


def _is_ephemeral(interaction: discord.Interaction) -> bool:
    return interaction.message is not None and interaction.message.flags.ephemeral


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=rf"ans:(?P<vote>up|down):(?P<ref>{REF})"
):
    """👍 or 👎 under an answer; one vote per user per message, the latest wins."""

    def __init__(self, ref: str, *, helpful: bool) -> None:
        """``ref`` is the entry or passage id the answer came from."""
        self.ref, self.helpful = ref, helpful
        vote = "up" if helpful else "down"
        super().__init__(
            discord.ui.Button(
                emoji="👍" if helpful else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"ans:{vote}:{ref}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild from the clicked button."""
        return cls(match["ref"], helpful=match["vote"] == "up")

    async def callback(self, interaction: discord.Interaction) -> None:
        """Record the vote and thank the voter privately."""
        await errors.guard(interaction, self._vote(interaction))

    async def _vote(self, interaction: discord.Interaction) -> None:
        message_id = interaction.message.id if interaction.message else interaction.id
        previous = await asyncio.to_thread(
            _bot(interaction).store.record_vote,
            interaction.guild_id,
            message_id,
            interaction.user.id,
            self.ref,
            helpful=self.helpful,
        )
        await interaction.response.send_message(
            render.vote_thanks(helpful=self.helpful, previous=previous), ephemeral=True
        )


class ContextButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=rf"ans:ctx:(?P<ref>{REF})"):
    """Show context: the paragraph around the answer's passage, privately."""

    def __init__(self, ref: str) -> None:
        """``ref`` is the entry or passage id the answer came from."""
        self.ref = ref
        super().__init__(
            discord.ui.Button(
                label="Show context", style=discord.ButtonStyle.secondary, custom_id=f"ans:ctx:{ref}"
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild from the clicked button."""
        return cls(match["ref"])

    async def callback(self, interaction: discord.Interaction) -> None:
        """Send the paragraph as an ephemeral message."""
        await errors.guard(interaction, self._show(interaction))

    async def _show(self, interaction: discord.Interaction) -> None:
        try:
            paragraph = (await _bot(interaction).answers(interaction.guild_id)).context(self.ref)
        except KeyError:
            await interaction.response.send_message(GONE, ephemeral=True)
            return
        await interaction.response.send_message(render.context(paragraph), ephemeral=True)


class DeleteButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"ans:del:(?P<asker>\d{1,20})"):
    """🗑: the asker, or anyone with Manage Messages, may delete the answer."""

    def __init__(self, asker_id: int) -> None:
        """``asker_id`` is the user whose question this answers."""
        self.asker_id = asker_id
        super().__init__(
            discord.ui.Button(emoji="🗑️", style=discord.ButtonStyle.secondary, custom_id=f"ans:del:{asker_id}")
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild from the clicked button."""
        return cls(int(match["asker"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Delete the message, or refuse privately."""
        await errors.guard(interaction, self._delete(interaction))

    async def _delete(self, interaction: discord.Interaction) -> None:
        if interaction.user.id != self.asker_id and not interaction.permissions.manage_messages:
            await interaction.response.send_message(
                "Only the person who asked, or a moderator, can delete this answer.", ephemeral=True
            )
            return
        await interaction.response.defer()
        await interaction.delete_original_response()


class SuggestionButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"dym:(?P<asker>\d{{1,20}}|-):(?P<entry>{ENTRY})",
):
    """One "did you mean" question: shows that entry's answer."""

    def __init__(self, asker_id: int | None, entry_id: str, label: str) -> None:
        """``asker_id=None`` when anyone may turn the message into the answer."""
        self.asker_id, self.entry_id = asker_id, entry_id
        asker = "-" if asker_id is None else str(asker_id)
        super().__init__(
            discord.ui.Button(
                label=label, style=discord.ButtonStyle.primary, custom_id=f"dym:{asker}:{entry_id}"
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild from the clicked button."""
        asker = None if match["asker"] == "-" else int(match["asker"])
        return cls(asker, match["entry"], item.label or match["entry"])

    async def callback(self, interaction: discord.Interaction) -> None:
        """Turn the asker's message into the answer; show it privately to anyone else."""
        await errors.guard(interaction, self._choose(interaction))

    async def _choose(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        try:
            reply = (await bot.answers(interaction.guild_id)).entry_reply(self.entry_id)
        except KeyError:
            await interaction.response.send_message(GONE, ephemeral=True)
            return
        title = bot.service.knowledge.article.title
        if self.asker_id in (None, interaction.user.id):
            asker = None if _is_ephemeral(interaction) else interaction.user.id
            rendered = render.answer(reply, title=title, asker_id=asker)
            await interaction.response.edit_message(**rendered.edit_kwargs())
        else:
            rendered = render.answer(reply, title=title, asker_id=None)
            await interaction.response.send_message(**rendered.send_kwargs(), ephemeral=True)


class FaqNavButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"faq:(?P<dir>prev|next):(?P<page>\d{1,4})"
):
    """◀ / ▶ in /faq; the target page is in the custom id."""

    def __init__(self, target: int, *, forward: bool, disabled: bool = False) -> None:
        """``target`` is the page this button opens."""
        self.target = target
        direction = "next" if forward else "prev"
        super().__init__(
            discord.ui.Button(
                emoji="▶️" if forward else "◀️",
                style=discord.ButtonStyle.secondary,
                custom_id=f"faq:{direction}:{max(target, 0)}",
                disabled=disabled,
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild from the clicked button."""
        return cls(int(match["page"]), forward=match["dir"] == "next")

    async def callback(self, interaction: discord.Interaction) -> None:
        """Show the target page in place."""
        await errors.guard(interaction, self._turn(interaction))

    async def _turn(self, interaction: discord.Interaction) -> None:
        rendered = render.faq_page(await _bot(interaction).answers(interaction.guild_id), self.target)
        await interaction.response.edit_message(**rendered.edit_kwargs())


class FaqPickSelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"faq:pick:(?P<page>\d{1,4})"):
    """The /faq select: choosing a question shows its answer privately."""

    def __init__(self, page: int, options: Sequence[discord.SelectOption]) -> None:
        """``options`` carry entry ids as values."""
        self.page = page
        super().__init__(
            discord.ui.Select(
                custom_id=f"faq:pick:{page}", placeholder="Show the answer to…", options=list(options)
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Select[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild from the used select."""
        return cls(int(match["page"]), item.options)

    async def callback(self, interaction: discord.Interaction) -> None:
        """Answer the chosen question in an ephemeral message."""
        await errors.guard(interaction, self._pick(interaction))

    async def _pick(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        try:
            reply = (await bot.answers(interaction.guild_id)).entry_reply(self.item.values[0])
        except (KeyError, IndexError):
            await interaction.response.send_message(GONE, ephemeral=True)
            return
        rendered = render.answer(reply, title=bot.service.knowledge.article.title, asker_id=None)
        await interaction.response.send_message(**rendered.send_kwargs(), ephemeral=True)


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    VoteButton,
    ContextButton,
    DeleteButton,
    SuggestionButton,
    FaqNavButton,
    FaqPickSelect,
)


def register(bot: discord.Client) -> None:
    """Make every persistent item clickable, including on messages sent before a restart."""
    bot.add_dynamic_items(*DYNAMIC_ITEMS)


def answer_view(ref: str, asker_id: int | None) -> discord.ui.View:
    """👍 👎 Show context, and 🗑 when the answer is public (``asker_id`` given)."""
    view = errors.GuardedView()
    if len(f"ans:down:{ref}") > CUSTOM_ID_MAX or not re.fullmatch(REF, ref):
        return view
    view.add_item(VoteButton(ref, helpful=True))
    view.add_item(VoteButton(ref, helpful=False))
    view.add_item(ContextButton(ref))
    if asker_id is not None:
        view.add_item(DeleteButton(asker_id))
    return view


def suggestion_view(asker_id: int | None, questions: Sequence[tuple[str, str]]) -> discord.ui.View:
    """One button per (entry id, label)."""
    view = errors.GuardedView()
    for entry_id, label in questions:
        if re.fullmatch(ENTRY, entry_id):
            view.add_item(SuggestionButton(asker_id, entry_id, label))
    return view


def faq_view(page: int, pages: int, questions: Sequence[tuple[str, str]]) -> discord.ui.View:
    """Build the /faq select of (entry id, label) and its ◀ ▶ buttons."""
    view = errors.GuardedView()
    if questions:
        options = [discord.SelectOption(label=label, value=entry_id) for entry_id, label in questions]
        view.add_item(FaqPickSelect(page, options))
    view.add_item(FaqNavButton(page - 1, forward=False, disabled=page <= 0))
    view.add_item(FaqNavButton(page + 1, forward=True, disabled=page >= pages - 1))
    return view
