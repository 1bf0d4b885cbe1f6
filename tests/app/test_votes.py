"""VoteStore: one vote per user per answer message, in SQLite WAL mode."""

from __future__ import annotations

import sqlite3

from bot.app.votes import VoteStore


def test_first_vote_has_no_previous(tmp_path):
    store = VoteStore.in_dir(tmp_path)

    assert store.record(1, 10, "entry", helpful=True) is None
    assert store.get(1, 10) is True


def test_second_vote_replaces_the_first(tmp_path):
    store = VoteStore.in_dir(tmp_path)
    store.record(1, 10, "entry", helpful=True)

    assert store.record(1, 10, "entry", helpful=False) is True
    assert store.tally(1) == (0, 1)


def test_votes_are_per_message_and_user(tmp_path):
    store = VoteStore.in_dir(tmp_path)
    store.record(1, 10, "entry", helpful=True)
    store.record(1, 11, "entry", helpful=False)
    store.record(2, 10, "entry", helpful=True)

    assert store.tally(1) == (1, 1)
    assert store.tally(2) == (1, 0)
    assert store.tally(3) == (0, 0)


def test_votes_survive_reopening_in_wal_mode(tmp_path):
    store = VoteStore.in_dir(tmp_path / "nested")
    store.record(1, 10, "entry", helpful=True)
    store.close()

    reopened = VoteStore.in_dir(tmp_path / "nested")

    assert reopened.get(1, 10) is True
    mode = sqlite3.connect(reopened.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
