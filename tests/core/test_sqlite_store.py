"""The SQLite store: migrations, transactional writes with revision checks, review, votes, stats."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.core.sqlite_store import MIGRATIONS, SQLiteStore
from bot.core.store import Action, Author, Change, ConflictError, EntryState, UnansweredStatus

ALICE = Author(1, "alice")
STATE = EntryState({"id": "e", "question": "q?"})


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock):
    opened = SQLiteStore(tmp_path / "bot.sqlite3", clock=clock)
    yield opened
    opened.close()


def test_new_file_is_at_the_latest_schema_in_wal_mode(store: SQLiteStore) -> None:
    assert store.schema_version == len(MIGRATIONS)
    assert store._read(lambda db: db.execute("PRAGMA journal_mode").fetchone()[0]) == "wal"
    assert store._read(lambda db: db.execute("PRAGMA foreign_keys").fetchone()[0]) == 1


def test_first_release_vote_file_is_migrated_with_its_votes(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("INSERT INTO votes VALUES (10, 20, 'price', 1, 5.0)")
    old.commit()
    old.close()
    store = SQLiteStore(path)
    assert store.schema_version == len(MIGRATIONS)
    assert store.vote_tally(10) == (1, 0)
    store.close()


def test_reopening_keeps_changes(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "db")
    store.write_changes(7, ALICE, [Change("e", Action.ADD, 0, None, STATE)])
    store.close()
    again = SQLiteStore(tmp_path / "db")
    assert again.revisions(7)["e"].after == STATE
    assert again.integrity() == "ok"
    again.close()


def test_versions_count_per_entry_and_latest_wins(store: SQLiteStore) -> None:
    first = store.write_changes(7, ALICE, [Change("e", Action.ADD, 0, None, STATE)])[0]
    hidden = EntryState(STATE.data, hidden=True)
    second = store.write_changes(7, ALICE, [Change("e", Action.REMOVE, 1, STATE, hidden)])[0]
    assert (first.number, second.number) == (1, 2)
    assert store.revisions(7)["e"].after == hidden
    assert [v.number for v in store.history(7, "e")] == [2, 1]


def test_stale_revision_is_refused_and_nothing_is_written(store: SQLiteStore) -> None:
    store.write_changes(7, ALICE, [Change("e", Action.ADD, 0, None, STATE)])
    with pytest.raises(ConflictError):
        store.write_changes(
            7, ALICE, [Change("f", Action.ADD, 0, None, STATE), Change("e", Action.EDIT, 0, STATE, STATE)]
        )
    assert set(store.revisions(7)) == {"e"}


def test_servers_are_separate(store: SQLiteStore) -> None:
    store.write_changes(7, ALICE, [Change("e", Action.ADD, 0, None, STATE)])
    assert store.revisions(8) == {}
    assert store.revision_marker(8) == 0
    assert store.revision_marker(7) > 0


def test_declined_questions_are_grouped_and_counted(store: SQLiteStore, clock: Clock) -> None:
    store.record_question(7, "when musk buy twitter", "When did Musk buy Twitter?", "decline", None)
    clock.now += 10
    store.record_question(7, "when musk buy twitter", "when did elon buy twitter", "suggest", None)
    store.record_question(7, "price", "price?", "answer", "price-paid")
    (item,) = store.unanswered(7, since=0)
    assert (item.count, item.example, item.last_seen) == (2, "When did Musk buy Twitter?", 1010.0)
    assert store.unanswered(8, since=0) == []


def test_dismissed_questions_leave_the_review_list(store: SQLiteStore) -> None:
    store.record_question(7, "stock price", "stock price?", "decline", None)
    (item,) = store.unanswered(7, since=0)
    assert not store.set_unanswered_status(8, item.id, UnansweredStatus.DISMISSED)
    assert store.set_unanswered_status(7, item.id, UnansweredStatus.DISMISSED)
    assert store.unanswered(7, since=0) == []


def test_old_questions_fall_out_of_the_period(store: SQLiteStore, clock: Clock) -> None:
    store.record_question(7, "old", "old?", "decline", None)
    assert store.unanswered(7, since=clock.now + 1) == []


def test_a_second_vote_replaces_the_first(store: SQLiteStore) -> None:
    assert store.record_vote(7, 100, 1, "price", helpful=True) is None
    assert store.record_vote(7, 100, 1, "price", helpful=False) is True
    assert store.vote_tally(100) == (0, 1)


def test_stats_count_outcomes_entries_and_votes(store: SQLiteStore) -> None:
    for outcome, entry in [("answer", "price"), ("answer", "price"), ("answer", "ceo"), ("decline", None)]:
        store.record_question(7, "q", "q", outcome, entry)
    store.record_vote(7, 100, 1, "price", helpful=True)
    stats = store.stats(7, since=0)
    assert (stats.asked, stats.answered, stats.declined) == (4, 3, 1)
    assert stats.top_entries == (("price", 2), ("ceo", 1))
    assert stats.votes == {"price": (1, 0)}
    assert stats.declined_share == 0.25


def test_settings_are_per_server_and_deletable(store: SQLiteStore) -> None:
    store.set_setting("log_channel", "55", guild_id=7)
    assert store.get_setting("log_channel", guild_id=7) == "55"
    assert store.get_setting("log_channel", guild_id=8) is None
    store.set_setting("log_channel", None, guild_id=7)
    assert store.get_setting("log_channel", guild_id=7) is None
