"""The one place a service reply becomes a Discord message: embeds, short texts and their views.

Discord's limits are enforced here; when something must give, the source passage is shortened
with an ellipsis, never the answer. Text a user typed is always escaped before it is echoed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import discord
from discord import app_commands

from bot.app import views
from bot.core.matcher import Outcome
from bot.core.service import AnswerService, Reply, SectionSummary, Suggestion

CONTENT_MAX = 2000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
FOOTER_MAX = 2048
FOOTER_TITLE_MAX = 200  # keeps title + answer + section + footer under the 6,000 total
EMBED_TOTAL_MAX = 6000
BUTTON_LABEL_MAX = 80
BUTTONS_MAX = 25
SELECT_OPTIONS_MAX = 25
CHOICE_MAX = 100
CHOICES_MAX = 25
FAQ_PAGE_SIZE = 10
ELLIPSIS = "…"
QUOTE_PREFIX = "> "
COLOUR = discord.Colour.blurple()


@dataclass(frozen=True, slots=True)
class Rendered:
    """What to send: any of content, one embed and a view."""

    content: str | None = None
    embed: discord.Embed | None = None
    view: discord.ui.View | None = None

    def send_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``send``/``reply``/``send_message`` (absent parts left out)."""
        parts = {"content": self.content, "embed": self.embed, "view": self.view}
        return {key: value for key, value in parts.items() if value is not None}

    def edit_kwargs(self) -> dict[str, Any]:
        """Keyword arguments that replace every part of an existing message."""
        return {"content": self.content, "embed": self.embed, "view": self.view}


@dataclass(frozen=True, slots=True)
class FaqPage:
    """Up to :data:`FAQ_PAGE_SIZE` questions of one section."""

    section: str
    questions: tuple[Suggestion, ...]


def truncate(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    return text[: limit - len(ELLIPSIS)].rstrip().rstrip("\\") + ELLIPSIS


def escape(text: str) -> str:
    """User text made inert: markdown shown literally, no mentions."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def echo(text: str, limit: int) -> str:
    """User text escaped, on one line, within ``limit`` characters."""
    return truncate(escape(" ".join(text.split())), limit)


def embed_size(embed: discord.Embed) -> int:
    """Count the characters Discord counts toward the 6,000 total of an embed."""
    return len(embed)


# --------------------------------------------------------------------------- replies


def for_reply(reply: Reply, *, title: str, asker_id: int | None) -> Rendered:
    """Answer, did-you-mean or decline; ``asker_id=None`` means no delete button (ephemeral)."""
    if reply.outcome is Outcome.ANSWER:
        return answer(reply, title=title, asker_id=asker_id)
    if reply.outcome is Outcome.SUGGEST and reply.suggestions:
        return suggestions(reply, asker_id=asker_id)
    return decline(reply, asker_id=asker_id)


def answer(reply: Reply, *, title: str, asker_id: int | None) -> Rendered:
    """Render the answer embed with 👍/👎, "Show context" and, for public messages, 🗑."""
    ref = reply.entry_id or reply.passage_id
    view = views.answer_view(ref, asker_id) if ref else None
    return Rendered(embed=answer_embed(reply, title), view=view)


def answer_embed(reply: Reply, article_title: str) -> discord.Embed:
    """Answer in the description, the passage block-quoted under it, section field, quiet footer."""
    heading = echo(reply.question, TITLE_MAX)
    text = truncate(reply.answer or "", DESCRIPTION_MAX)
    kind = "direct passage" if reply.is_direct_passage else f"confidence {reply.confidence:.0%}"
    footer = f"{truncate(article_title, FOOTER_TITLE_MAX)} · {kind}"
    section = truncate(reply.section or "-", FIELD_VALUE_MAX)
    embed = discord.Embed(title=heading or None, description=text, colour=COLOUR)
    embed.add_field(name="Section", value=section, inline=False)
    embed.set_footer(text=footer)
    passage = " ".join((reply.quote or "").split())
    if passage and passage != " ".join(text.split()):
        room = min(DESCRIPTION_MAX - len(text), EMBED_TOTAL_MAX - embed_size(embed)) - len(
            "\n\n" + QUOTE_PREFIX
        )
        if room > len(ELLIPSIS) + 10:
            embed.description = f"{text}\n\n{QUOTE_PREFIX}{truncate(passage, room)}"
    return embed


def suggestions(reply: Reply, *, asker_id: int | None) -> Rendered:
    """Render a short "did you mean" with one button per suggested question."""
    return Rendered(
        content="🤔 I'm not sure which of these you mean. Pick one:",
        view=views.suggestion_view(asker_id, _buttons(reply.suggestions)),
    )


def decline(reply: Reply, *, asker_id: int | None) -> Rendered:
    """Render a short, friendly "not in the article", pointing to /faq (and to related questions)."""
    note = " ".join((reply.note or "The article doesn't cover that.").split())
    content = truncate(f"🙂 {note} Browse what it does cover with `/faq`.", CONTENT_MAX)
    related = _buttons(reply.suggestions)
    return Rendered(content=content, view=views.suggestion_view(asker_id, related) if related else None)


def _buttons(items: Iterable[Suggestion]) -> list[tuple[str, str]]:
    return [(s.entry_id, truncate(s.question, BUTTON_LABEL_MAX)) for s in items][:BUTTONS_MAX]


# --------------------------------------------------------------------------- small texts


def greeting(title: str) -> str:
    """Greet a bare mention."""
    return truncate(
        f"👋 Ask me about “{title}”: mention me with a question, use `/ask`, or browse with `/faq`.",
        CONTENT_MAX,
    )


def slow_down(retry_after: float) -> str:
    """Tell someone over the cooldown when to try again."""
    return f"⏳ You're asking quickly. Try again in {max(1, math.ceil(retry_after))} s."


def context(paragraph: str, section: str | None = None) -> str:
    """Block-quote the paragraph around an answer's passage."""
    head = f"**Context** ({truncate(section, 200)}):\n" if section else "**Context:**\n"
    return (
        head
        + QUOTE_PREFIX
        + truncate(" ".join(paragraph.split()), CONTENT_MAX - len(head) - len(QUOTE_PREFIX))
    )


def vote_thanks(*, helpful: bool, previous: bool | None) -> str:
    """Acknowledge a 👍/👎."""
    mark = "👍" if helpful else "👎"
    if previous is None:
        return f"Thanks for the feedback {mark}"
    if previous == helpful:
        return f"You already voted {mark}; nothing changed."
    return f"Changed your vote to {mark}."


def choices(items: Sequence[Suggestion]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices: at most 25, names and values at most 100 characters."""
    return [
        app_commands.Choice(name=truncate(s.question, CHOICE_MAX), value=truncate(s.question, CHOICE_MAX))
        for s in items[:CHOICES_MAX]
    ]


# --------------------------------------------------------------------------- browsing


def faq_pages(service: AnswerService) -> list[FaqPage]:
    """Every curated question, grouped by article section (in article order), in pages."""
    order = [section.heading for section in service.knowledge.article.sections]
    grouped: dict[str, list[Suggestion]] = {heading: [] for heading in order}
    for entry in service.knowledge.entries:
        heading = service.entry_reply(entry.id).section or entry.source.section
        grouped.setdefault(heading, []).append(Suggestion(entry.id, entry.question))
    return [
        FaqPage(heading, tuple(items[start : start + FAQ_PAGE_SIZE]))
        for heading, items in grouped.items()
        for start in range(0, len(items), FAQ_PAGE_SIZE)
    ]


def faq_page(service: AnswerService, page: int) -> Rendered:
    """One page of /faq: the questions of a section, a select to open one, ◀ ▶ buttons."""
    pages = faq_pages(service)
    if not pages:
        return Rendered(content="There are no questions to browse yet.")
    page = min(max(page, 0), len(pages) - 1)
    current = pages[page]
    lines = [f"{n}. {truncate(s.question, 200)}" for n, s in enumerate(current.questions, 1)]
    embed = discord.Embed(
        title=truncate(current.section, TITLE_MAX),
        description=truncate("\n".join(lines), DESCRIPTION_MAX),
        colour=COLOUR,
    )
    title = service.knowledge.article.title
    embed.set_footer(
        text=truncate(f"Page {page + 1}/{len(pages)} · {title} · pick a question below", FOOTER_MAX)
    )
    options = [(s.entry_id, truncate(s.question, CHOICE_MAX)) for s in current.questions][:SELECT_OPTIONS_MAX]
    return Rendered(embed=embed, view=views.faq_view(page, len(pages), options))


def source(title: str, sections: Sequence[SectionSummary]) -> Rendered:
    """/source: the article, its sections and how many questions each can answer."""
    total = sum(s.questions for s in sections)
    embed = discord.Embed(
        title=truncate(title, TITLE_MAX),
        description=f"I answer only from this article: {total} curated questions, {len(sections)} sections.",
        colour=COLOUR,
    )
    for summary in sections[:FIELDS_MAX]:
        count = f"{summary.questions} question{'s' if summary.questions != 1 else ''}"
        embed.add_field(name=truncate(summary.heading, FIELD_NAME_MAX), value=count, inline=False)
    return Rendered(embed=embed)


def help_embed(title: str, *, auto_answer: bool) -> Rendered:
    """/help: one embed explaining how to use the bot."""
    lines = [
        f"I answer questions about one article: **{truncate(title, 300)}**.",
        "",
        "• **Mention me** with a question, or **DM** me.",
        "• `/ask question:` answers in the channel; add `private: True` to see it alone.",
        "• `/faq` browses every question I can answer; `/source` shows the article's sections.",
        "• Right-click a message → **Apps → Answer with article** to answer it.",
        "",
        "Under each answer: 👍/👎 to rate it, **Show context** for the surrounding paragraph, "
        "🗑 to delete it (asker or moderators).",
        "If I'm not sure, I offer questions to pick from; if the article doesn't say, I tell you so.",
    ]
    if auto_answer:
        lines.append("In some channels I answer questions on my own when I'm confident.")
    embed = discord.Embed(
        title="How to use me", description=truncate("\n".join(lines), DESCRIPTION_MAX), colour=COLOUR
    )
    return Rendered(embed=embed)
