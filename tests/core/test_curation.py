"""Per-server curation: add, edit, alias, remove, undo, history, export and import."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from curation_samples import NEW, PRICE, QUOTE

from bot.core.curation import CurationError, Curator, Draft, DraftError, EditConflictError
from bot.core.knowledge import KnowledgeError
from bot.core.service import AnswerService
from bot.core.sqlite_store import SQLiteStore
from bot.core.store import Action, Author

GUILD, OTHER = 7, 8
ALICE, BOB = Author(1, "alice"), Author(2, "bob")


@pytest.fixture
def curator(service: AnswerService, tmp_path: Path):
    store = SQLiteStore(tmp_path / "bot.sqlite3")
    yield Curator(service, store)
    store.close()


def test_a_server_without_changes_shares_the_base_service(curator: Curator) -> None:
    assert curator.service_for(GUILD) is curator.base_service
    assert curator.service_for(None) is curator.base_service


def test_added_entry_answers_in_its_server_only(curator: Curator) -> None:
    version = curator.add(GUILD, ALICE, NEW)
    assert version.action is Action.ADD
    assert curator.service_for(GUILD).ask("did the bird app buy msft").entry_id == version.entry_id
    assert curator.service_for(OTHER).ask("did the bird app buy msft").entry_id != version.entry_id


def test_section_comes_from_where_the_quote_is(curator: Curator) -> None:
    version = curator.add(GUILD, ALICE, NEW)
    entry, revision = curator.entry(GUILD, version.entry_id)
    assert revision == 1
    assert entry.source.section == curator.base.article.locate(QUOTE).section.heading


def test_quote_not_in_the_article_is_refused_with_the_closest_passage(curator: Curator) -> None:
    draft = replace(NEW, quote="Musk paid 45 billion dollars for Twitter")
    with pytest.raises(DraftError) as caught:
        curator.add(GUILD, ALICE, draft)
    assert "closest passage" in str(caught.value) and "44 billion" in str(caught.value)
    assert caught.value.draft == draft
    assert curator.history(GUILD) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"alternates": ("only one",)}, "alternates"),
        ({"answer": ""}, "answer"),
        ({"question": "x" * 101}, "question"),
    ],
)
def test_draft_breaking_the_loader_rules_names_the_field(
    curator: Curator, change: dict[str, object], field: str
) -> None:
    with pytest.raises(DraftError) as caught:
        curator.add(GUILD, ALICE, replace(NEW, **change))
    assert caught.value.problems[0].field.startswith(field)


def test_phrasing_of_another_entry_is_refused(curator: Curator) -> None:
    price_question = curator.entry(GUILD, PRICE)[0].question
    with pytest.raises(DraftError, match="already a phrasing"):
        curator.add(GUILD, ALICE, Draft(NEW.question, (*NEW.alternates, price_question), NEW.answer, QUOTE))


def test_edit_from_a_stale_revision_is_refused_and_keeps_the_text(curator: Curator) -> None:
    entry, revision = curator.entry(GUILD, PRICE)
    first = Draft.of(entry)
    curator.edit(
        GUILD,
        ALICE,
        PRICE,
        Draft(first.question, first.alternates, "Forty-four billion.", first.quote),
        revision,
    )
    late = Draft(first.question, first.alternates, "Bob's answer.", first.quote)
    with pytest.raises(EditConflictError, match="alice") as caught:
        curator.edit(GUILD, BOB, PRICE, late, revision)
    assert caught.value.draft == late
    assert curator.entry(GUILD, PRICE)[0].answer == "Forty-four billion."


def test_alias_makes_a_new_phrasing_answer(curator: Curator) -> None:
    phrasing = "what did the rocket man shell out for the bird"
    curator.alias(GUILD, ALICE, PRICE, phrasing)
    assert phrasing in curator.entry(GUILD, PRICE)[0].alternates
    assert curator.service_for(GUILD).ask(phrasing).entry_id == PRICE


def test_removed_entry_stops_answering_and_undo_restores_it(curator: Curator) -> None:
    question = curator.entry(GUILD, PRICE)[0].question
    curator.remove(GUILD, ALICE, PRICE)
    assert curator.service_for(GUILD).ask(question).entry_id != PRICE
    assert PRICE in {info.id for info in curator.entries(GUILD, hidden=True) if info.hidden}
    with pytest.raises(CurationError):
        curator.alias(GUILD, ALICE, PRICE, "anything at all")
    undo = curator.undo(GUILD, BOB, PRICE)
    assert undo.action is Action.UNDO and "remove" in undo.note
    assert curator.service_for(GUILD).ask(question).entry_id == PRICE


def test_undo_of_an_add_takes_the_entry_away(curator: Curator) -> None:
    added = curator.add(GUILD, ALICE, NEW)
    curator.undo(GUILD, ALICE, added.entry_id)
    assert added.entry_id not in {info.id for info in curator.entries(GUILD, hidden=True)}


def test_undo_of_an_edit_restores_the_previous_text(curator: Curator) -> None:
    entry, revision = curator.entry(GUILD, PRICE)
    curator.edit(
        GUILD, ALICE, PRICE, Draft(entry.question, entry.alternates, "Changed.", entry.source.quote), revision
    )
    curator.undo(GUILD, ALICE, PRICE)
    assert curator.entry(GUILD, PRICE)[0] == entry


def test_undo_without_changes_is_refused(curator: Curator) -> None:
    with pytest.raises(CurationError, match="no changes"):
        curator.undo(GUILD, ALICE, PRICE)


def test_history_says_who_did_what(curator: Curator) -> None:
    curator.alias(GUILD, ALICE, PRICE, "musk twitter cost")
    curator.remove(GUILD, BOB, PRICE)
    assert [(v.action, v.author.name) for v in curator.history(GUILD, PRICE)] == [
        (Action.REMOVE, "bob"),
        (Action.ALIAS, "alice"),
    ]


def test_export_then_import_changes_nothing(curator: Curator) -> None:
    curator.add(GUILD, ALICE, NEW)
    curator.remove(GUILD, ALICE, PRICE)
    exported = curator.export(GUILD)
    summary = curator.import_text(GUILD, BOB, exported, "export.yaml")
    assert not summary.changed and summary.unchanged == len(curator.entries(GUILD))
    assert curator.export(GUILD) == exported


def test_import_applies_adds_edits_and_removals(curator: Curator) -> None:
    exported = curator.export(OTHER)
    curator.add(GUILD, ALICE, NEW)
    added = curator.entries(GUILD)[-1].id
    curator.remove(GUILD, ALICE, "article-topic")
    curator.alias(GUILD, ALICE, PRICE, "musk twitter cost")
    summary = curator.import_text(GUILD, BOB, exported, "base.yaml")
    assert summary.added == ("article-topic",)
    assert summary.edited == (PRICE,)
    assert summary.removed == (added,)
    assert curator.export(GUILD).splitlines()[2:] == exported.splitlines()[2:]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("entries: [", "not valid YAML"),
        ("entries:\n  - id: x\n", "Field required"),
        ("nonsense: 1\n", "Extra inputs"),
        ("not_covered:\n  - id: abc\n", "repository"),
        ("entries: []\n", "no entries"),
        ("x: " + "a" * 1_100_000, "limit"),
    ],
)
def test_malformed_import_is_refused_and_changes_nothing(curator: Curator, text: str, message: str) -> None:
    with pytest.raises(KnowledgeError, match=message):
        curator.import_text(GUILD, ALICE, text, "upload.yaml")
    assert curator.history(GUILD) == []


def test_import_with_a_quote_not_in_the_article_changes_nothing(curator: Curator) -> None:
    broken = curator.export(GUILD).replace("quote: Despite paying $44", "quote: Despite paying $45", 1)
    with pytest.raises(KnowledgeError, match="did you mean"):
        curator.import_text(GUILD, ALICE, broken, "upload.yaml")
    assert curator.history(GUILD) == []


def test_service_is_rebuilt_only_when_the_server_changes(curator: Curator) -> None:
    curator.alias(GUILD, ALICE, PRICE, "musk twitter cost")
    built = curator.service_for(GUILD)
    assert curator.service_for(GUILD) is built
    curator.alias(GUILD, ALICE, PRICE, "elon bird price tag")
    assert curator.service_for(GUILD) is not built


def test_search_matches_words_of_id_or_question(curator: Curator) -> None:
    assert PRICE in {info.id for info in curator.search(GUILD, "pay")}


def test_ready_service_is_none_until_the_changed_server_is_rebuilt(curator: Curator) -> None:
    assert curator.ready_service(GUILD) is curator.base_service
    curator.alias(GUILD, ALICE, PRICE, "musk twitter cost")
    assert curator.ready_service(GUILD) is None
    built = curator.service_for(GUILD)
    assert curator.ready_service(GUILD) is built


def test_attaching_a_declined_question_adds_it_and_closes_it(curator: Curator) -> None:
    curator.store.record_question(
        GUILD, "big cheque elon", "how big was the cheque elon wrote", "decline", None
    )
    (item,) = curator.store.unanswered(GUILD, since=0)

    version = curator.attach_unanswered(GUILD, ALICE, item.id, PRICE)

    assert version.note == "how big was the cheque elon wrote"
    assert curator.store.unanswered(GUILD, since=0) == []
    with pytest.raises(CurationError, match="already reviewed"):
        curator.dismiss_unanswered(GUILD, item.id)


def test_another_servers_question_cannot_be_reviewed(curator: Curator) -> None:
    curator.store.record_question(OTHER, "stock price", "stock price?", "decline", None)
    (item,) = curator.store.unanswered(OTHER, since=0)

    with pytest.raises(CurationError):
        curator.dismiss_unanswered(GUILD, item.id)
    assert curator.store.unanswered(OTHER, since=0) == [item]
