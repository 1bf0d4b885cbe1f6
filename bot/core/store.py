"""The store interface: everything the bot keeps between restarts, independent of the database.

:class:`bot.core.sqlite_store.SQLiteStore` implements it; a PostgreSQL backend only has to
implement :class:`Store` too. Records are plain frozen dataclasses, timestamps are Unix seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol


class Action(StrEnum):
    """What a moderator did to an entry."""

    ADD = "add"
    EDIT = "edit"
    ALIAS = "alias"
    REMOVE = "remove"
    UNDO = "undo"
    IMPORT = "import"


class UnansweredStatus(StrEnum):
    """Where a declined question stands in review."""

    OPEN = "open"
    ATTACHED = "attached"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class EntryState:
    """An entry as one server sees it: its YAML-shaped data, and whether it is hidden there."""

    data: dict[str, Any]
    hidden: bool = False

    def to_json(self) -> dict[str, Any]:
        """Plain data for storage."""
        return {"data": self.data, "hidden": self.hidden}

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None) -> EntryState | None:
        """Read back what :meth:`to_json` wrote (``None`` means: not in this server)."""
        return None if raw is None else cls(raw["data"], bool(raw["hidden"]))


@dataclass(frozen=True, slots=True)
class Author:
    """Who made a change: a Discord user or an operator at the command line."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Change:
    """A change to write: the entry's state after it, and the revision it was made against."""

    entry_id: str
    action: Action
    expected_revision: int
    before: EntryState | None
    after: EntryState | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Version:
    """One stored change of one entry in one server; ``number`` counts from 1 per entry."""

    id: int
    guild_id: int
    entry_id: str
    number: int
    action: Action
    author: Author
    at: float
    before: EntryState | None
    after: EntryState | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Unanswered:
    """A question the bot declined or was unsure about, grouped by its normalised form."""

    id: int
    guild_id: int
    normalised: str
    example: str
    count: int
    first_seen: float
    last_seen: float
    status: UnansweredStatus


@dataclass(frozen=True, slots=True)
class Stats:
    """What a server asked over a period."""

    asked: int
    answered: int
    unsure: int
    declined: int
    top_entries: tuple[tuple[str, int], ...]
    votes: dict[str, tuple[int, int]]  # ref -> (up, down)

    @property
    def declined_share(self) -> float:
        """Declined or unsure questions as a share of all asked (0 when none were asked)."""
        return (self.unsure + self.declined) / self.asked if self.asked else 0.0


class ConflictError(Exception):
    """The entry changed after the change was prepared; nothing was written."""

    def __init__(self, entry_id: str, expected: int, current: int) -> None:
        """Say which entry, and the revision expected vs found."""
        self.entry_id, self.expected, self.current = entry_id, expected, current
        super().__init__(f"{entry_id}: expected revision {expected}, found {current}")


class Store(Protocol):
    """Persistence for curation, review, feedback and bot state. Every write is one transaction."""

    def revisions(self, guild_id: int) -> dict[str, Version]:
        """The latest version of every entry this server changed."""
        ...

    def revision_marker(self, guild_id: int) -> int:
        """A number that grows with every change to this server's entries (0 when none)."""
        ...

    def write_changes(self, guild_id: int, author: Author, changes: Sequence[Change]) -> list[Version]:
        """Append all changes or none; raise :class:`ConflictError` if any revision moved on."""
        ...

    def history(self, guild_id: int, entry_id: str | None = None, limit: int = 50) -> list[Version]:
        """Versions newest first, of one entry or of the whole server."""
        ...

    def record_question(
        self, guild_id: int, normalised: str, text: str, outcome: str, entry_id: str | None
    ) -> None:
        """Log an asked question; declined and unsure ones are also grouped for review."""
        ...

    def unanswered(self, guild_id: int, since: float, limit: int = 25) -> list[Unanswered]:
        """Open questions seen since ``since``, most frequent first."""
        ...

    def unanswered_item(self, guild_id: int, item_id: int) -> Unanswered | None:
        """One grouped question of this server."""
        ...

    def set_unanswered_status(self, guild_id: int, item_id: int, status: UnansweredStatus) -> bool:
        """Mark a grouped question attached or dismissed; False when it is not this server's."""
        ...

    def record_vote(
        self, guild_id: int | None, message_id: int, user_id: int, ref: str, *, helpful: bool
    ) -> bool | None:
        """Store a vote (the latest per user and message wins); return the one it replaced."""
        ...

    def vote_tally(self, message_id: int) -> tuple[int, int]:
        """(👍, 👎) on one answer message."""
        ...

    def stats(self, guild_id: int, since: float, top: int = 10) -> Stats:
        """Asked, answered and declined counts, top entries and votes since ``since``."""
        ...

    def get_setting(self, key: str, guild_id: int = 0) -> str | None:
        """A stored setting (``guild_id`` 0 for the bot as a whole)."""
        ...

    def set_setting(self, key: str, value: str | None, guild_id: int = 0) -> None:
        """Store a setting, or delete it with ``None``."""
        ...

    def close(self) -> None:
        """Release the database."""
        ...
