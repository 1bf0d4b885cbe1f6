"""👍/👎 feedback on answers, one vote per user per answer message, in a small SQLite file.

Deliberately tiny: a later issue replaces it with the core store.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

DB_NAME = "bot.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS votes (
    message_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    ref TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    voted_at REAL NOT NULL,
    PRIMARY KEY (message_id, user_id)
)
"""


class VoteStore:
    """Votes keyed by (answer message, user); a second vote replaces the first."""

    def __init__(self, path: Path) -> None:
        """Open (or create) the database at ``path`` in WAL mode."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    @classmethod
    def in_dir(cls, data_dir: Path) -> VoteStore:
        """Open the store kept in the bot's data directory."""
        return cls(data_dir / DB_NAME)

    def record(self, message_id: int, user_id: int, ref: str, *, helpful: bool) -> bool | None:
        """Store a vote; return the vote it replaced (``None`` if it is the first)."""
        previous = self.get(message_id, user_id)
        with self._db:
            self._db.execute(
                "INSERT INTO votes (message_id, user_id, ref, helpful, voted_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (message_id, user_id) DO UPDATE SET "
                "ref = excluded.ref, helpful = excluded.helpful, voted_at = excluded.voted_at",
                (message_id, user_id, ref, int(helpful), time.time()),
            )
        return previous

    def get(self, message_id: int, user_id: int) -> bool | None:
        """Return a user's vote on an answer message, if any."""
        row = self._db.execute(
            "SELECT helpful FROM votes WHERE message_id = ? AND user_id = ?", (message_id, user_id)
        ).fetchone()
        return None if row is None else bool(row[0])

    def tally(self, message_id: int) -> tuple[int, int]:
        """(👍, 👎) counts for one answer message."""
        up, down = self._db.execute(
            "SELECT COALESCE(SUM(helpful), 0), COALESCE(SUM(1 - helpful), 0) FROM votes WHERE message_id = ?",
            (message_id,),
        ).fetchone()
        return int(up), int(down)

    def close(self) -> None:
        """Close the database."""
        self._db.close()
