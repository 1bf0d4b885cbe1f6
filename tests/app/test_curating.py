"""``/kb`` through SimCord, as moderators and members use it."""

from __future__ import annotations

import discord
import pytest
import simcord
from curation_samples import NEW, PRICE
from discord_helpers import component, custom_ids, ids_starting

from bot.app.client import ArticleBot
from bot.app.curation_ui import NotModeratorError
from bot.core.curation import CurationError, Curator
from bot.core.sqlite_store import SQLiteStore

PRICE_QUESTION = "How much did Musk pay for Twitter?"
DECLINED = "how big was the cheque elon wrote"
NEW_ENTRY = {
    "question": NEW.question,
    "alternates": NEW.alternates_text,
    "answer": NEW.answer,
    "quote": NEW.quote,
}


@pytest.fixture
def alice_allowed(simcord_env, guild, alice):
    """A member a server admin let see /kb (default_permissions is only a hint)."""
    command = simcord_env.backend.find_command("kb", guild.id)
    guild.set_command_permissions(int(command["id"]), {alice: True})
    return alice


def last(result):
    """The bot's final reply to an interaction (a deferred reply's first follow-up replaces it)."""
    return result.followups[-1] if result.followups else result.response


def modal_values(result) -> dict[str, str]:
    """The pre-filled text of a modal, by input custom id."""
    values = {}
    for row in result.modal["components"]:
        for item in row.get("components", [row.get("component", {})]):
            if "custom_id" in item:
                values[item["custom_id"]] = item.get("value") or ""
    return values


async def answered_entry(member, channel, question: str) -> str | None:
    """Which entry a question gets in this server (via /ask), or None."""
    result = await member.slash(channel, "ask", question=question, private=True)
    ids = ids_starting(result.response, "ans:up:")
    return ids[0].split(":")[2] if ids else None


# ------------------------------------------------------------------ who may use /kb


async def test_kb_is_hidden_from_members_and_shown_to_moderators(channel, alice, mod) -> None:
    assert "kb add" not in alice.available_commands(channel)
    assert "kb add" in mod.available_commands(channel)


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("kb alias", {"entry": PRICE, "phrasing": "sneaky phrasing"}),
        ("kb remove", {"entry": PRICE}),
        ("kb add", {}),
        ("kb export", {}),
        ("kb unanswered", {}),
    ],
)
async def test_member_let_in_by_an_admin_is_still_refused(
    simcord_env, channel, alice_allowed, store, guild, command, options
):
    result = await alice_allowed.slash(channel, command, **options)

    assert result.ephemeral and "Only moderators" in result.response.content
    assert result.modal is None
    simcord.assert_error(simcord_env, NotModeratorError)
    assert store.history(guild.id) == []


@pytest.mark.parametrize(
    ("permissions", "configured"),
    [(discord.Permissions(manage_guild=True), False), (discord.Permissions.none(), True)],
    ids=["manage-server", "configured-role"],
)
async def test_manage_server_or_a_configured_role_is_enough(
    simcord_env, guild, channel, settings, store, permissions, configured
):
    role = guild.create_role("helpers", permissions=permissions)
    helper = guild.add_member(simcord_env.create_user("helper"), roles=[role])
    if configured:
        settings.moderator_role_ids.append(role.id)
    command = simcord_env.backend.find_command("kb", guild.id)
    guild.set_command_permissions(int(command["id"]), {helper: True})

    result = await helper.slash(channel, "kb remove", entry=PRICE)

    assert "Hid" in last(result).content
    assert store.history(guild.id)[0].author.name.startswith("helper")


async def test_kb_does_not_exist_in_dms(simcord_env):
    user = simcord_env.create_user("dm-user")

    assert not any(name.startswith("kb") for name in user.available_commands())


# ------------------------------------------------------------------ add and edit


async def test_add_opens_a_form_and_the_new_entry_answers(channel, mod, alice):
    shown = await mod.slash(channel, "kb add")
    saved = await mod.submit_modal(shown, NEW_ENTRY)

    assert "Added" in last(saved).content
    assert await answered_entry(alice, channel, "did the bird app buy msft") == "did-twitter-buy-microsoft"


async def test_a_quote_not_in_the_article_is_refused_and_the_text_is_kept(channel, mod, store, guild):
    shown = await mod.slash(channel, "kb add")
    typed = {**NEW_ENTRY, "quote": "Musk paid 45 billion dollars for Twitter"}
    refused = await mod.submit_modal(shown, typed)
    message = last(refused)

    assert "closest passage" in message.content and "44 billion" in message.content
    assert store.history(guild.id) == []
    reopened = await mod.click(message, label="Edit and try again")
    assert modal_values(reopened)["quote"] == typed["quote"]
    assert modal_values(reopened)["answer"] == typed["answer"]


async def test_edit_form_is_prefilled_with_the_current_text(channel, mod, curator, guild):
    shown = await mod.slash(channel, "kb edit", entry=PRICE)
    entry, _ = curator.entry(guild.id, PRICE)

    assert modal_values(shown) == {
        "question": entry.question,
        "alternates": "\n".join(entry.alternates),
        "answer": entry.answer,
        "quote": entry.source.quote,
    }


async def test_second_save_from_an_older_form_is_refused_and_shown_back(channel, mod, mod2, curator, guild):
    first = await mod.slash(channel, "kb edit", entry=PRICE)
    second = await mod2.slash(channel, "kb edit", entry=PRICE)
    await mod.submit_modal(first, {**modal_values(first), "answer": "Musk paid $44 billion (first save)."})

    late = await mod2.submit_modal(second, {**modal_values(second), "answer": "Second save."})
    message = last(late)

    assert "was changed by mod" in message.content
    assert message.attachments[0].filename == "your-entry.txt"
    assert "Second save." in (await message.attachments[0].read()).decode()
    assert curator.entry(guild.id, PRICE)[0].answer == "Musk paid $44 billion (first save)."


async def test_edit_autocomplete_offers_this_servers_entries(channel, mod):
    choices = await mod.autocomplete(channel, "kb edit", "entry", "pay")

    assert PRICE in [choice["value"] for choice in choices]
    assert len(choices) <= 25


# ------------------------------------------------------------------ alias, remove, undo, history


async def test_alias_answers_at_once_in_this_server_only(simcord_env, channel, mod, alice):
    other = simcord_env.create_guild(name="Other")
    other_channel = other.create_text_channel("general")
    other_member = other.add_member(simcord_env.create_user("carol"))

    await mod.slash(channel, "kb alias", entry=PRICE, phrasing=DECLINED)

    assert await answered_entry(alice, channel, DECLINED) == PRICE
    assert await answered_entry(other_member, other_channel, DECLINED) is None


async def test_remove_hides_and_undo_restores(channel, mod, alice):
    await mod.slash(channel, "kb remove", entry=PRICE)
    assert await answered_entry(alice, channel, PRICE_QUESTION) != PRICE

    undone = await mod.slash(channel, "kb undo", entry=PRICE)

    assert "Reverted" in last(undone).content
    assert await answered_entry(alice, channel, PRICE_QUESTION) == PRICE


async def test_undo_of_an_add_takes_the_entry_away(channel, mod, alice, curator, guild):
    shown = await mod.slash(channel, "kb add")
    await mod.submit_modal(shown, NEW_ENTRY)

    await mod.slash(channel, "kb undo", entry="did-twitter-buy-microsoft")

    assert "did-twitter-buy-microsoft" not in {e.id for e in curator.entries(guild.id, hidden=True)}


async def test_undo_of_an_edit_restores_the_text(channel, mod, curator, guild):
    before = curator.entry(guild.id, PRICE)[0]
    shown = await mod.slash(channel, "kb edit", entry=PRICE)
    await mod.submit_modal(shown, {**modal_values(shown), "answer": "Edited answer."})

    await mod.slash(channel, "kb undo", entry=PRICE)

    assert curator.entry(guild.id, PRICE)[0] == before


async def test_undo_without_changes_says_so(simcord_env, channel, mod):
    result = await mod.slash(channel, "kb undo", entry=PRICE)

    assert "no changes" in last(result).content
    simcord.assert_error(simcord_env, CurationError)


async def test_history_lists_who_did_what(channel, mod, mod2):
    await mod.slash(channel, "kb alias", entry=PRICE, phrasing="elon bird cost")
    await mod2.slash(channel, "kb remove", entry=PRICE)

    result = await mod.slash(channel, "kb history", entry=PRICE)
    text = result.response.embeds[0].description

    assert result.ephemeral
    assert text.index("remove") < text.index("alias")
    assert "mod2" in text and "elon bird cost" in text


# ------------------------------------------------------------------ review


async def test_unanswered_question_becomes_an_alias_in_two_clicks(channel, mod, alice):
    for _ in range(2):
        await alice.slash(channel, "ask", question=DECLINED)
    listing = await mod.slash(channel, "kb unanswered")
    assert "2×" in listing.response.embeds[0].description

    pick_id = ids_starting(listing.response, "kb:unq")[0]
    item_id = component(listing.response, "kb:unq")["options"][0]["value"]
    step_two = await mod.select(listing.response, [item_id], custom_id=pick_id)
    attach_id = ids_starting(step_two.response, "kb:una:")[0]
    done = await mod.select(step_two.response, [PRICE], custom_id=attach_id)

    assert "alternate" in last(done).content
    assert await answered_entry(alice, channel, DECLINED) == PRICE
    again = await mod.slash(channel, "kb unanswered")
    assert DECLINED not in (again.response.embeds[0].description or "")


async def test_dismissed_question_leaves_the_review_list(channel, mod, alice):
    await alice.slash(channel, "ask", question=DECLINED)
    listing = await mod.slash(channel, "kb unanswered")
    item_id = component(listing.response, "kb:unq")["options"][0]["value"]
    step_two = await mod.select(listing.response, [item_id], custom_id="kb:unq")

    dismissed = await mod.click(step_two.response, custom_id=f"kb:und:{item_id}")

    assert "Dismissed" in dismissed.response.content
    again = await mod.slash(channel, "kb unanswered")
    assert "kb:unq" not in custom_ids(again.response)


async def test_why_explains_the_decision(channel, mod):
    result = await mod.slash(channel, "kb why", question=PRICE_QUESTION)
    embed = result.response.embeds[0]

    assert result.ephemeral
    assert "answer" in embed.description and "Normalised" in embed.description
    assert PRICE in embed.fields[0].value
    assert "answer ≥" in embed.fields[1].value


async def test_stats_count_questions_and_votes(channel, mod, alice):
    answer = (await alice.slash(channel, "ask", question=PRICE_QUESTION)).response
    await alice.click(answer, custom_id=ids_starting(answer, "ans:up:")[0])
    await alice.slash(channel, "ask", question=DECLINED)

    embed = (await mod.slash(channel, "kb stats", days=7)).response.embeds[0]

    assert "2 asked" in embed.description and "50% not answered" in embed.description
    assert "1×" in embed.fields[0].value and "👍 1" in embed.fields[1].value


# ------------------------------------------------------------------ export, import, log channel


async def test_export_then_import_changes_nothing(channel, mod, store, guild):
    await mod.slash(channel, "kb alias", entry=PRICE, phrasing="elon bird cost")
    exported = (await mod.slash(channel, "kb export")).response.attachments[0]
    data = await exported.read()
    changes = len(store.history(guild.id))

    result = await mod.slash(channel, "kb import", file=(exported.filename, data))

    assert "nothing to change" in last(result).content
    assert len(store.history(guild.id)) == changes
    again = await (await mod.slash(channel, "kb export")).response.attachments[0].read()
    assert again == data


async def test_import_applies_changes_and_summarises(channel, mod, curator, guild):
    text = curator.export(guild.id).replace(
        "How much did Musk pay for Twitter?", "What did Musk pay for Twitter?"
    )

    result = await mod.slash(channel, "kb import", file=("qa.yaml", text.encode()))

    assert "Edited (1)" in last(result).content and PRICE in last(result).content
    assert curator.entry(guild.id, PRICE)[0].question == "What did Musk pay for Twitter?"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"entries: [", "not valid YAML"),
        (b"entries:\n  - id: abc\n    colour: red\n", "Extra inputs"),
        (b"\xff\xfe not text", "not UTF-8"),
        (b"# " + b"x" * (10 * 1024 * 1024), "limit"),
    ],
)
async def test_malformed_import_is_refused_and_changes_nothing(channel, mod, store, guild, data, message):
    result = await mod.slash(channel, "kb import", file=("qa.yaml", data))
    text = last(result).content

    assert message in text and "Nothing was changed" in text
    assert store.history(guild.id) == []


async def test_import_with_a_quote_not_in_the_article_is_refused(channel, mod, curator, store, guild):
    text = curator.export(guild.id).replace("quote: Despite paying $44", "quote: Despite paying $45", 1)

    result = await mod.slash(channel, "kb import", file=("qa.yaml", text.encode()))

    assert "did you mean" in last(result).content
    assert store.history(guild.id) == []


async def test_log_channel_receives_a_record_of_each_change(simcord_env, guild, channel, mod):
    log_channel = guild.create_text_channel("mod-log")
    await mod.slash(channel, "kb log-channel", channel=log_channel)

    await mod.slash(channel, "kb alias", entry=PRICE, phrasing="elon bird cost")

    (record,) = log_channel.history()
    assert "alias" in record.content and PRICE in record.content and mod.mention in record.content


# ------------------------------------------------------------------ persistence


async def test_changes_survive_a_restart(simcord_env, service, store, settings, channel, mod, alice):
    await mod.slash(channel, "kb alias", entry=PRICE, phrasing=DECLINED)
    store.close()
    reopened = SQLiteStore.in_dir(settings.data_dir)

    await simcord_env.restart_bot(ArticleBot(Curator(service, reopened), settings))

    assert await answered_entry(alice, channel, DECLINED) == PRICE
    reopened.close()


async def test_faq_and_autocomplete_follow_the_servers_changes(channel, mod, alice):
    before = await alice.slash(channel, "faq")
    assert PRICE in str(before.response.components)
    await mod.slash(channel, "kb remove", entry=PRICE)

    faq = await alice.slash(channel, "faq")
    choices = await alice.autocomplete(channel, "ask", "question", "how much did musk pay")

    assert PRICE not in str(faq.response.components)
    assert PRICE_QUESTION not in [choice["name"] for choice in choices]
