"""Burst benchmark of the Discord layer on SimCord (an in-process simulated Discord).

1,000 questions from 50 users across 20 channels, each a mention of the bot. Prints how many were
answered, lost or errored, the time from each message event to the bot's reply, and the peak
memory of the process. Run it with the test dependencies installed:

    .venv/bin/python tools/bench_discord.py [--messages 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import tempfile
import time
from pathlib import Path

import discord
import simcord

from bot.app.client import ArticleBot
from bot.core.curation import Curator
from bot.core.service import AnswerService
from bot.core.sqlite_store import SQLiteStore
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
USERS, CHANNELS = 50, 20


def questions() -> list[str]:
    lines = (ROOT / "tests" / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


async def burst(messages: int, edit_every: int) -> list[str]:
    service = AnswerService.load(ROOT / "knowledge")
    with tempfile.TemporaryDirectory() as data:
        settings = Settings(_env_file=None, data_dir=Path(data))
        store = SQLiteStore.in_dir(settings.data_dir)
        bot = ArticleBot(Curator(service, store), settings)
        asked = questions()
        async with simcord.run(bot) as env:
            guild = env.create_guild()
            channels = [guild.create_text_channel(f"talk-{n}") for n in range(CHANNELS)]
            users = [guild.add_member(env.create_user(f"user{n}")) for n in range(USERS)]
            other = env.create_guild(name="other")
            other_channel = other.create_text_channel("mods")
            moderators = other.create_role("mods", permissions=discord.Permissions(manage_messages=True))
            moderator = other.add_member(env.create_user("moderator"), roles=[moderators])
            edits = 0
            latencies: list[float] = []
            answered = 0
            for number in range(messages):
                if number and number % CHANNELS == 0:
                    # Real people do not all type at once: let the per-user and per-channel cooldowns pass.
                    await env.advance_time(
                        max(settings.user_cooldown_seconds, settings.channel_cooldown_seconds) + 0.1
                    )
                if edit_every and number % edit_every == 0:
                    # Another server's moderator changes an entry: that server's index is rebuilt.
                    phrasing = f"bench alias number {number}"
                    await moderator.slash(
                        other_channel, "kb alias", entry="price-paid-for-twitter", phrasing=phrasing
                    )
                    edits += 1
                channel = channels[number % CHANNELS]
                user = users[number % USERS]
                before = channel.last_message
                started = time.perf_counter()
                await user.send(channel, f"{env.bot.user.mention} {asked[number % len(asked)]}")
                latencies.append((time.perf_counter() - started) * 1000)
                reply = channel.last_message
                if reply is not None and reply is not before and reply.author.id == env.bot.user.id:
                    answered += 1
            errors = len(env.errors)
        store.close()
    latencies.sort()
    pick = lambda share: latencies[min(len(latencies) - 1, int(share * len(latencies)))]  # noqa: E731
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [
        f"messages: {messages} from {USERS} users in {CHANNELS} channels",
        f"/kb edits in another server meanwhile: {edits}",
        f"replied: {answered}, lost: {messages - answered}, bot errors: {errors}",
        f"event to reply: p50 {pick(0.5):.2f} ms, p99 {pick(0.99):.2f} ms, max {latencies[-1]:.2f} ms",
        f"peak RSS of the process (bot + simulated Discord): {peak:.0f} MB",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument(
        "--edit-every", type=int, default=0, help="a /kb alias in another server every N messages"
    )
    args = parser.parse_args()
    for line in asyncio.run(burst(args.messages, args.edit_every)):
        print(line)


if __name__ == "__main__":
    main()
