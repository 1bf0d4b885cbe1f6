"""Moderator-facing messages for ``/kb``: history, why, stats, review, import summaries, log records.

Every text fits Discord's limits (see :mod:`bot.app.render`); anything a user typed is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.app.render import (
    COLOUR,
    CONTENT_MAX,
    DESCRIPTION_MAX,
    FIELD_VALUE_MAX,
    SELECT_OPTIONS_MAX,
    echo,
    truncate,
)
from bot.core.curation import Draft, DraftError, EditConflictError, ImportSummary, what_changed
from bot.core.matcher import Cutoffs
from bot.core.service import Reply
from bot.core.store import Stats, Unanswered, Version

OPTION_LABEL_MAX = 100
OPTION_DESCRIPTION_MAX = 100
HISTORY_SHOWN = 15


def _when(at: float) -> str:
    return f"<t:{int(at)}:R>"


def version_line(version: Version, *, with_entry: bool) -> str:
    """``v3 · edit by alice, 2 hours ago: answer changed``."""
    entry = f"`{version.entry_id}` " if with_entry else ""
    note = f" ({echo(version.note, 120)})" if version.note and version.action == "undo" else ""
    change = echo(what_changed(version), 300)
    who = echo(version.author.name, 64)
    return f"{entry}v{version.number} · **{version.action}**{note} by {who}, {_when(version.at)}: {change}"


def history(versions: Sequence[Version], entry_id: str | None) -> discord.Embed:
    """Versions newest first; the whole server's when no entry is given."""
    title = f"History of {entry_id}" if entry_id else "Recent changes in this server"
    lines = [version_line(v, with_entry=entry_id is None) for v in versions[:HISTORY_SHOWN]]
    text = "\n".join(lines) if lines else "No changes yet: this is the reviewed base text."
    return discord.Embed(
        title=truncate(title, 256), description=truncate(text, DESCRIPTION_MAX), colour=COLOUR
    )


def change_done(version: Version, verb: str) -> str:
    """The private confirmation after a change."""
    return truncate(
        f"✅ {verb} `{version.entry_id}` (version {version.number}). {what_changed(version)}", CONTENT_MAX
    )


def log_record(version: Version, moderator_mention: str) -> str:
    """The short line posted to a server's log channel."""
    return truncate(
        f"📝 {moderator_mention} **{version.action}** `{version.entry_id}` (v{version.number}): "
        f"{echo(what_changed(version), 1500)}",
        CONTENT_MAX,
    )


def import_record(summary: ImportSummary, moderator_mention: str) -> str:
    """The log-channel line for an import."""
    counts = f"{len(summary.added)} added, {len(summary.edited)} edited, {len(summary.removed)} removed"
    return f"📝 {moderator_mention} **imported** a Q&A file: {counts}."


def draft_error(error: DraftError) -> str:
    """Why a draft was refused; the draft itself is kept for the retry button."""
    problems = "\n".join(f"• {echo(str(p.field or ''), 60)}: {p.message}" for p in error.problems)
    return truncate(
        f"❌ Not saved:\n{problems}\nYour text is kept: press **Edit and try again**.", CONTENT_MAX
    )


def conflict(error: EditConflictError) -> str:
    """A refused concurrent edit."""
    return truncate(f"⚠️ {error} Your text is attached, so nothing you typed is lost.", CONTENT_MAX)


def draft_file_text(draft: Draft) -> str:
    """A draft as plain text, to hand back after a refused save."""
    return (
        f"Question:\n{draft.question}\n\nAlternates (one per line):\n{draft.alternates_text}\n\n"
        f"Answer:\n{draft.answer}\n\nSource quote:\n{draft.quote}\n"
    )


def why(reply: Reply, cutoffs: Cutoffs) -> discord.Embed:
    """The normalised question, the top candidates with scores, the cut-offs and the reason."""
    match = reply.match
    embed = discord.Embed(title=echo(reply.question, 256) or "(empty)", colour=COLOUR)
    if match is None:
        embed.description = "No match was computed."
        return embed
    embed.description = truncate(
        f"**Outcome:** {match.outcome.value} at confidence {match.confidence:.2f}: "
        f"{match.reason}.\n**Normalised:** `{echo(match.normalised, 500) or '(nothing left)'}`\n"
        f"**Question kind:** {match.kind.value}",
        DESCRIPTION_MAX,
    )
    rows = [
        f"{c.score:.2f} · {c.target.kind.value} `{c.target.id}` via “{echo(c.phrasing, 90)}”"
        for c in match.ranked
    ]
    embed.add_field(
        name="Top candidates", value=truncate("\n".join(rows) or "none", FIELD_VALUE_MAX), inline=False
    )
    embed.add_field(
        name="Cut-offs",
        value=(
            f"answer ≥ {cutoffs.answer_at:.2f} ({cutoffs.personal_answer_at:.2f} talking to the bot) · "
            f"did-you-mean ≥ {cutoffs.suggest_at:.2f} · "
            f"lead over a rival ≥ {cutoffs.margin:.2f} · direct passage ≥ {cutoffs.passage_at:.2f} · "
            f"backed by its own sentence ≥ {cutoffs.corroborated_at:.2f}"
        ),
        inline=False,
    )
    return embed


def stats(result: Stats, days: int, questions: dict[str, str]) -> discord.Embed:
    """Most asked entries, 👍/👎 per entry and the declined share over ``days``."""
    embed = discord.Embed(title=f"Questions over the last {days} days", colour=COLOUR)
    embed.description = (
        f"{result.asked} asked · {result.answered} answered · {result.unsure} unsure · "
        f"{result.declined} declined ({result.declined_share:.0%} not answered)"
    )
    top = [f"{n}× {echo(questions.get(ref, ref), 80)}" for ref, n in result.top_entries]
    embed.add_field(
        name="Most asked", value=truncate("\n".join(top) or "nothing yet", FIELD_VALUE_MAX), inline=False
    )
    votes = [
        f"👍 {up} 👎 {down} · {echo(questions.get(ref, ref), 80)}"
        for ref, (up, down) in sorted(result.votes.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))
    ]
    embed.add_field(
        name="Feedback", value=truncate("\n".join(votes) or "no votes yet", FIELD_VALUE_MAX), inline=False
    )
    return embed


def unanswered(items: Sequence[Unanswered], days: int) -> discord.Embed:
    """The most frequent open questions, with counts."""
    lines = [f"**{item.count}×** {echo(item.example, 150)} · last {_when(item.last_seen)}" for item in items]
    text = "\n".join(lines) if lines else "Nothing unanswered: every question was answered or reviewed."
    embed = discord.Embed(
        title=f"Unanswered questions, last {days} days",
        description=truncate(text, DESCRIPTION_MAX),
        colour=COLOUR,
    )
    if items:
        embed.set_footer(text="Pick a question below, then the entry it should be an alternate of.")
    return embed


def unanswered_options(items: Sequence[Unanswered]) -> list[discord.SelectOption]:
    """One option per open question (value: its id)."""
    return [
        discord.SelectOption(
            label=truncate(" ".join(item.example.split()), OPTION_LABEL_MAX) or "(empty)",
            value=str(item.id),
            description=f"asked {item.count}×",
        )
        for item in items[:SELECT_OPTIONS_MAX]
    ]


def entry_options(entries: Sequence[tuple[str, str]]) -> list[discord.SelectOption]:
    """Entries as select options: (id, question)."""
    return [
        discord.SelectOption(
            label=truncate(question, OPTION_LABEL_MAX),
            value=entry_id,
            description=truncate(entry_id, OPTION_DESCRIPTION_MAX),
        )
        for entry_id, question in entries[:SELECT_OPTIONS_MAX]
    ]


def import_summary(summary: ImportSummary) -> str:
    """What an import changed."""
    if not summary.changed:
        return f"✅ Import checked: nothing to change ({summary.unchanged} entries already identical)."

    def ids(label: str, values: Sequence[str]) -> str:
        shown = ", ".join(f"`{v}`" for v in values[:20]) + (" …" if len(values) > 20 else "")
        return f"**{label} ({len(values)}):** {shown}" if values else ""

    lines = [ids("Added", summary.added), ids("Edited", summary.edited), ids("Removed", summary.removed)]
    body = "\n".join(line for line in lines if line)
    return truncate(f"✅ Imported.\n{body}\nUnchanged: {summary.unchanged}.", CONTENT_MAX)


def problems(title: str, lines: Sequence[str]) -> str:
    """A refused file or change, one problem per line."""
    shown = "\n".join(f"• {line}" for line in lines[:15])
    more = f"\n…and {len(lines) - 15} more" if len(lines) > 15 else ""
    return truncate(f"❌ {title}\n{shown}{more}\nNothing was changed.", CONTENT_MAX)
