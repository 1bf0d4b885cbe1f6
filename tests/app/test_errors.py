"""The one error handler: short ephemeral sentences for users, tracebacks for the log."""

from __future__ import annotations

import logging

import pytest
from discord import app_commands
from discord_helpers import CONFIDENT, ids_starting

from bot.app import errors
from bot.core.service import QuestionError

SECRET = "db password hunter2"


@pytest.mark.parametrize(
    ("error", "expected", "shown"),
    [
        (app_commands.CommandOnCooldown(app_commands.Cooldown(1, 10), 4.2), True, "try again in 5 s"),
        (QuestionError("Ask a question about the article; this one is empty."), True, "this one is empty"),
        (app_commands.NoPrivateMessage(), True, "only works in a server"),
        (RuntimeError(SECRET), False, errors.GENERIC),
    ],
    ids=["cooldown", "question", "dm", "internal"],
)
def test_describe(error, expected, shown):
    text, is_expected = errors.describe(error)

    assert is_expected is expected
    assert shown in text and SECRET not in text


async def test_a_failing_slash_command_gets_a_short_private_sentence(
    simcord_env, service, channel, alice, monkeypatch, caplog
):
    def explode(question: str) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(service, "ask", explode)

    result = await alice.slash(channel, "ask", question=CONFIDENT)

    assert result.ephemeral and result.response.content == errors.GENERIC
    assert any(
        r.exc_info and SECRET in str(r.exc_info[1]) for r in caplog.records if r.levelno == logging.ERROR
    )
    assert [type(e) for e in simcord_env.errors] == [app_commands.CommandInvokeError]


async def test_a_failing_button_gets_a_short_private_sentence(
    simcord_env, service, channel, alice, monkeypatch, caplog
):
    await alice.send(channel, f"{simcord_env.bot.user.mention} {CONFIDENT}")
    answer = channel.last_message

    def explode(ref: str) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(service, "context", explode)
    result = await alice.click(answer, custom_id=ids_starting(answer, "ans:ctx:")[0])

    assert result.ephemeral and result.response.content == errors.GENERIC
    assert any(r.exc_info and SECRET in str(r.exc_info[1]) for r in caplog.records)


async def test_an_empty_question_is_explained(simcord_env, channel, alice):
    result = await alice.slash(channel, "ask", question="   ")

    assert result.ephemeral and "empty" in result.response.content
    assert simcord_env.errors
