"""What the bot sends validates against Discord's OpenAPI description (when shared/ is present)."""

from __future__ import annotations

from typing import Any

import pytest
from discord_helpers import CONFIDENT, UNCOVERED, VAGUE, component, ids_starting
from openapi_payloads import SPEC, problems


def on_the_wire(body: Any) -> Any:
    """Stringify message_reference ids: discord.py sends ints (Discord takes them); the spec says strings."""
    reference = body.get("message_reference") if isinstance(body, dict) else None
    if not reference:
        return body
    return {**body, "message_reference": {key: str(value) for key, value in reference.items()}}


pytestmark = pytest.mark.skipif(
    not SPEC.exists(), reason="shared/discord-api-spec is not beside the repository"
)


async def test_every_request_of_the_main_flows_is_valid(simcord_env, channel, alice, bob):
    mention = simcord_env.bot.user.mention
    for text in (CONFIDENT, VAGUE, UNCOVERED):
        await alice.send(channel, f"{mention} {text}")
    suggestion = next(m for m in channel.history() if ids_starting(m, "dym:"))
    await bob.click(suggestion, custom_id=ids_starting(suggestion, "dym:")[0])
    await alice.click(suggestion, custom_id=ids_starting(suggestion, "dym:")[0])
    await alice.slash(channel, "ask", question=CONFIDENT, private=True)
    page = (await alice.slash(channel, "faq")).response
    await alice.click(page, custom_id="faq:next:1")
    await alice.slash(channel, "source")
    await alice.slash(channel, "help")
    await alice.autocomplete(channel, "ask", "question", "musk")

    sent = [
        r for r in simcord_env.http_requests if r.method in {"POST", "PATCH", "PUT"} and r.json is not None
    ]
    assert len(sent) > 10
    assert [p for r in sent for p in problems(r.method, r.path, on_the_wire(r.json))] == []


async def test_every_request_of_the_moderator_flows_is_valid(simcord_env, guild, channel, alice, mod):
    await mod.slash(channel, "kb log-channel", channel=guild.create_text_channel("mod-log"))
    form = await mod.slash(channel, "kb edit", entry="price-paid-for-twitter")
    values = {
        c["custom_id"]: c.get("value", "") for row in form.modal["components"] for c in row["components"]
    }
    refused = await mod.submit_modal(form, {**values, "quote": "not in the article at all"})
    retry = await mod.click(refused.response, label="Edit and try again")
    await mod.submit_modal(retry, values)
    await alice.slash(channel, "ask", question=UNCOVERED)
    listing = (await mod.slash(channel, "kb unanswered")).response
    await mod.select(listing, [component(listing, "kb:unq")["options"][0]["value"]], custom_id="kb:unq")
    for command in ("kb history", "kb stats", "kb why"):
        await mod.slash(channel, command, **({"question": CONFIDENT} if command == "kb why" else {}))
    await mod.autocomplete(channel, "kb edit", "entry", "pay")

    sent = [
        r for r in simcord_env.http_requests if r.method in {"POST", "PATCH", "PUT"} and r.json is not None
    ]
    assert any(isinstance(r.json, dict) and r.json.get("type") == 9 for r in sent)  # the modal
    assert [p for r in sent for p in problems(r.method, r.path, on_the_wire(r.json))] == []
