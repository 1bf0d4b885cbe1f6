"""Browsing: /faq paging and choosing, /source, /help."""

from __future__ import annotations

from discord_helpers import component, ids_starting


async def test_faq_shows_the_first_section_privately(service, channel, alice):
    result = await alice.slash(channel, "faq")

    embed = result.response.embeds[0]
    assert result.ephemeral
    assert embed.title == service.knowledge.article.sections[0].heading
    assert embed.footer.text.startswith("Page 1/")
    assert component(result.response, "faq:prev:0")["disabled"] is True


async def test_faq_next_and_previous_turn_pages_in_place(channel, alice):
    first = (await alice.slash(channel, "faq")).response
    title = first.embeds[0].title

    turned = await alice.click(first, custom_id="faq:next:1")
    assert turned.response.id == first.id
    assert turned.response.embeds[0].footer.text.startswith("Page 2/")
    assert turned.response.embeds[0].title != title

    back = await alice.click(turned.response, custom_id="faq:prev:0")
    assert back.response.embeds[0].title == title


async def test_faq_pages_cover_every_question_once(service, channel, alice):
    page = (await alice.slash(channel, "faq")).response
    seen: list[str] = []
    while True:
        select = component(page, ids_starting(page, "faq:pick:")[0])
        seen.extend(option["value"] for option in select["options"])
        forward = ids_starting(page, "faq:next:")[0]
        if component(page, forward)["disabled"]:
            break
        page = (await alice.click(page, custom_id=forward)).response

    assert sorted(seen) == sorted(entry.id for entry in service.knowledge.entries)


async def test_choosing_a_faq_question_shows_its_answer(service, channel, alice):
    page = (await alice.slash(channel, "faq")).response
    entry_id = component(page, "faq:pick:0")["options"][0]["value"]

    result = await alice.select(page, [entry_id], custom_id="faq:pick:0")

    assert result.ephemeral
    assert result.response.embeds[0].description.startswith(service.entry_reply(entry_id).answer)


async def test_source_lists_title_sections_and_question_counts(service, channel, alice):
    result = await alice.slash(channel, "source")

    embed = result.response.embeds[0]
    assert embed.title == service.knowledge.article.title
    assert [(f.name, f.value.split()[0]) for f in embed.fields] == [
        (s.heading, str(s.questions)) for s in service.sections()
    ]


async def test_help_is_one_embed_explaining_usage(channel, alice):
    result = await alice.slash(channel, "help")

    assert result.ephemeral
    assert len(result.response.embeds) == 1
    text = result.response.embeds[0].description
    assert all(word in text for word in ("/ask", "/faq", "/source", "Answer with article", "👍"))
