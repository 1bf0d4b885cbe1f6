"""The SQLite implementation of :class:`bot.core.store.Store`: WAL, foreign keys, versioned schema.

Every write runs in one ``BEGIN IMMEDIATE`` transaction with ``synchronous=FULL``, so a change
that returned has reached the disk: a crash or a kill at any moment loses nothing acknowledged.
The connection is shared between the event loop and worker threads behind one lock.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from bot.core.store import (
    Action,
    Author,
    Change,
    ConflictError,
    EntryState,
    Stats,
    Unanswered,
    UnansweredStatus,
    Version,
)

DB_NAME = "bot.sqlite3"
UNSURE, DECLINED = "suggest", "decline"
EXAMPLE_MAX = 300
T = TypeVar("T")

# Each script moves the schema one version up (PRAGMA user_version); never edit a shipped one.
MIGRATIONS: tuple[str, ...] = (
    # 1: the vote table of the first release, kept so that its data carries over.
    """
    CREATE TABLE IF NOT EXISTS votes (
        message_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        ref TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        voted_at REAL NOT NULL,
        PRIMARY KEY (message_id, user_id)
    );
    """,
    # 2: per-server curation, review of unanswered questions, question log, settings.
    """
    ALTER TABLE votes ADD COLUMN guild_id INTEGER;
    CREATE INDEX votes_by_guild ON votes (guild_id, voted_at);
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER NOT NULL,
        entry_id TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number >= 1),
        action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'alias', 'remove', 'undo', 'import')),
        author_id INTEGER NOT NULL,
        author_name TEXT NOT NULL,
        at REAL NOT NULL,
        before TEXT,
        after TEXT,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (guild_id, entry_id, number)
    );
    CREATE INDEX versions_by_guild ON versions (guild_id, id);
    CREATE TABLE unanswered (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER NOT NULL,
        normalised TEXT NOT NULL,
        example TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 1),
        first_seen REAL NOT NULL,
        last_seen REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'attached', 'dismissed')),
        UNIQUE (guild_id, normalised)
    );
    CREATE INDEX unanswered_by_count ON unanswered (guild_id, status, count DESC);
    CREATE TABLE asked (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER NOT NULL,
        at REAL NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'suggest', 'decline')),
        entry_id TEXT,
        unanswered_id INTEGER REFERENCES unanswered (id) ON DELETE SET NULL
    );
    CREATE INDEX asked_by_guild ON asked (guild_id, at);
    CREATE TABLE settings (
        guild_id INTEGER NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (guild_id, key)
    );
    """,
)


class SQLiteStore:
    """:class:`bot.core.store.Store` on one SQLite file."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        """Open (or create) the database at ``path`` and bring its schema up to date."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._clock = clock
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        self._db.row_factory = sqlite3.Row
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=10000"):
            self._db.execute(f"PRAGMA {pragma}")
        self._migrate()

    @classmethod
    def in_dir(cls, data_dir: Path) -> SQLiteStore:
        """The store kept in the bot's data directory."""
        return cls(data_dir / DB_NAME)

    @property
    def schema_version(self) -> int:
        """The schema version the file is at."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._write() as db:
            current = int(db.execute("PRAGMA user_version").fetchone()[0])
            for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction: committed when the block ends, rolled back on any error."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            return query(self._db)

    # ------------------------------------------------------------------ curation

    def revisions(self, guild_id: int) -> dict[str, Version]:
        """The latest version of every entry this server changed."""
        rows = self._read(
            lambda db: db.execute(
                "SELECT * FROM versions v WHERE guild_id = ? AND number = (SELECT MAX(number) "
                "FROM versions w WHERE w.guild_id = v.guild_id AND w.entry_id = v.entry_id) ORDER BY id",
                (guild_id,),
            ).fetchall()
        )
        return {row["entry_id"]: _version(row) for row in rows}

    def revision_marker(self, guild_id: int) -> int:
        """The id of this server's newest version (0 when it changed nothing)."""
        return int(
            self._read(
                lambda db: db.execute(
                    "SELECT COALESCE(MAX(id), 0) FROM versions WHERE guild_id = ?", (guild_id,)
                ).fetchone()[0]
            )
        )

    def write_changes(self, guild_id: int, author: Author, changes: Sequence[Change]) -> list[Version]:
        """Append all changes in one transaction, or none if any entry's revision moved on."""
        now = self._clock()
        written: list[Version] = []
        with self._write() as db:
            for change in changes:
                current = int(
                    db.execute(
                        "SELECT COALESCE(MAX(number), 0) FROM versions WHERE guild_id = ? AND entry_id = ?",
                        (guild_id, change.entry_id),
                    ).fetchone()[0]
                )
                if current != change.expected_revision:
                    raise ConflictError(change.entry_id, change.expected_revision, current)
                cursor = db.execute(
                    "INSERT INTO versions (guild_id, entry_id, number, action, author_id, author_name, at, "
                    "before, after, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        guild_id,
                        change.entry_id,
                        current + 1,
                        change.action.value,
                        author.id,
                        author.name,
                        now,
                        _dump(change.before),
                        _dump(change.after),
                        change.note,
                    ),
                )
                written.append(
                    Version(
                        int(cursor.lastrowid or 0),
                        guild_id,
                        change.entry_id,
                        current + 1,
                        change.action,
                        author,
                        now,
                        change.before,
                        change.after,
                        change.note,
                    )
                )
        return written

    def history(self, guild_id: int, entry_id: str | None = None, limit: int = 50) -> list[Version]:
        """Versions newest first, of one entry or of the whole server."""
        if entry_id is None:
            query, args = "SELECT * FROM versions WHERE guild_id = ?", (guild_id,)
        else:
            query, args = "SELECT * FROM versions WHERE guild_id = ? AND entry_id = ?", (guild_id, entry_id)
        rows = self._read(
            lambda db: db.execute(f"{query} ORDER BY id DESC LIMIT ?", (*args, limit)).fetchall()
        )
        return [_version(row) for row in rows]

    # ------------------------------------------------------------------ review

    def record_question(
        self, guild_id: int, normalised: str, text: str, outcome: str, entry_id: str | None
    ) -> None:
        """Log an asked question; declined and unsure ones are also grouped for review."""
        now = self._clock()
        with self._write() as db:
            unanswered_id = None
            if outcome in (UNSURE, DECLINED) and normalised:
                unanswered_id = db.execute(
                    "INSERT INTO unanswered (guild_id, normalised, example, count, first_seen, last_seen) "
                    "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (guild_id, normalised) DO UPDATE SET "
                    "count = count + 1, last_seen = excluded.last_seen RETURNING id",
                    (guild_id, normalised, text.strip()[:EXAMPLE_MAX], now, now),
                ).fetchone()[0]
            db.execute(
                "INSERT INTO asked (guild_id, at, outcome, entry_id, unanswered_id) VALUES (?, ?, ?, ?, ?)",
                (guild_id, now, outcome, entry_id, unanswered_id),
            )

    def unanswered(self, guild_id: int, since: float, limit: int = 25) -> list[Unanswered]:
        """Open questions seen since ``since``, most frequent first."""
        rows = self._read(
            lambda db: db.execute(
                "SELECT * FROM unanswered WHERE guild_id = ? AND status = 'open' AND last_seen >= ? "
                "ORDER BY count DESC, last_seen DESC LIMIT ?",
                (guild_id, since, limit),
            ).fetchall()
        )
        return [_unanswered(row) for row in rows]

    def unanswered_item(self, guild_id: int, item_id: int) -> Unanswered | None:
        """One grouped question of this server."""
        row = self._read(
            lambda db: db.execute(
                "SELECT * FROM unanswered WHERE guild_id = ? AND id = ?", (guild_id, item_id)
            ).fetchone()
        )
        return None if row is None else _unanswered(row)

    def set_unanswered_status(self, guild_id: int, item_id: int, status: UnansweredStatus) -> bool:
        """Mark a grouped question attached or dismissed; False when it is not this server's."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE unanswered SET status = ? WHERE guild_id = ? AND id = ?",
                (status.value, guild_id, item_id),
            )
        return cursor.rowcount == 1

    # ------------------------------------------------------------------ feedback

    def record_vote(
        self, guild_id: int | None, message_id: int, user_id: int, ref: str, *, helpful: bool
    ) -> bool | None:
        """Store a vote (the latest per user and message wins); return the one it replaced."""
        with self._write() as db:
            row = db.execute(
                "SELECT helpful FROM votes WHERE message_id = ? AND user_id = ?", (message_id, user_id)
            ).fetchone()
            db.execute(
                "INSERT INTO votes (message_id, user_id, ref, helpful, voted_at, guild_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (message_id, user_id) DO UPDATE SET "
                "ref = excluded.ref, helpful = excluded.helpful, voted_at = excluded.voted_at",
                (message_id, user_id, ref, int(helpful), self._clock(), guild_id),
            )
        return None if row is None else bool(row[0])

    def vote_tally(self, message_id: int) -> tuple[int, int]:
        """(👍, 👎) on one answer message."""
        up, down = self._read(
            lambda db: db.execute(
                "SELECT COALESCE(SUM(helpful), 0), COALESCE(SUM(1 - helpful), 0) FROM votes "
                "WHERE message_id = ?",
                (message_id,),
            ).fetchone()
        )
        return int(up), int(down)

    def stats(self, guild_id: int, since: float, top: int = 10) -> Stats:
        """Asked, answered and declined counts, top entries and votes since ``since``."""

        def query(db: sqlite3.Connection) -> Stats:
            outcomes = dict(
                db.execute(
                    "SELECT outcome, COUNT(*) FROM asked WHERE guild_id = ? AND at >= ? GROUP BY outcome",
                    (guild_id, since),
                ).fetchall()
            )
            entries = db.execute(
                "SELECT entry_id, COUNT(*) AS n FROM asked WHERE guild_id = ? AND at >= ? "
                "AND entry_id IS NOT NULL GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT ?",
                (guild_id, since, top),
            ).fetchall()
            votes = db.execute(
                "SELECT ref, SUM(helpful), SUM(1 - helpful) FROM votes WHERE guild_id = ? AND voted_at >= ? "
                "GROUP BY ref ORDER BY ref",
                (guild_id, since),
            ).fetchall()
            answered, unsure, declined = (outcomes.get(k, 0) for k in ("answer", UNSURE, DECLINED))
            return Stats(
                answered + unsure + declined,
                answered,
                unsure,
                declined,
                tuple((row[0], int(row[1])) for row in entries),
                {row[0]: (int(row[1]), int(row[2])) for row in votes},
            )

        return self._read(query)

    # ------------------------------------------------------------------ settings

    def get_setting(self, key: str, guild_id: int = 0) -> str | None:
        """A stored setting (``guild_id`` 0 for the bot as a whole)."""
        row = self._read(
            lambda db: db.execute(
                "SELECT value FROM settings WHERE guild_id = ? AND key = ?", (guild_id, key)
            ).fetchone()
        )
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str | None, guild_id: int = 0) -> None:
        """Store a setting, or delete it with ``None``."""
        with self._write() as db:
            if value is None:
                db.execute("DELETE FROM settings WHERE guild_id = ? AND key = ?", (guild_id, key))
            else:
                db.execute(
                    "INSERT INTO settings (guild_id, key, value) VALUES (?, ?, ?) "
                    "ON CONFLICT (guild_id, key) DO UPDATE SET value = excluded.value",
                    (guild_id, key, value),
                )

    def integrity(self) -> str:
        """``PRAGMA integrity_check``: "ok" when the file is sound."""
        return str(self._read(lambda db: db.execute("PRAGMA integrity_check").fetchone()[0]))

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


def _dump(state: EntryState | None) -> str | None:
    return None if state is None else json.dumps(state.to_json(), ensure_ascii=False, sort_keys=True)


def _load(raw: str | None) -> EntryState | None:
    return None if raw is None else EntryState.from_json(json.loads(raw))


def _version(row: sqlite3.Row) -> Version:
    return Version(
        row["id"],
        row["guild_id"],
        row["entry_id"],
        row["number"],
        Action(row["action"]),
        Author(row["author_id"], row["author_name"]),
        row["at"],
        _load(row["before"]),
        _load(row["after"]),
        row["note"],
    )


def _unanswered(row: sqlite3.Row) -> Unanswered:
    return Unanswered(
        row["id"],
        row["guild_id"],
        row["normalised"],
        row["example"],
        row["count"],
        row["first_seen"],
        row["last_seen"],
        UnansweredStatus(row["status"]),
    )
