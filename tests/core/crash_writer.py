"""A burst of curation writes for the crash test; run as ``python tests/core/crash_writer.py DB_PATH``.

After every call that returned it prints ``ack <number> <entry_id> <action> [phrasing]``, flushed:
from then on the change has been acknowledged and must survive the process being killed.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.core.curation import Curator, Draft  # noqa: E402 - needs the repository on the path first
from bot.core.service import AnswerService  # noqa: E402
from bot.core.sqlite_store import SQLiteStore  # noqa: E402
from bot.core.store import Author, Version  # noqa: E402

GUILD = 7
WRITER = Author(99, "crash writer")
ENTRIES = ("price-paid-for-twitter", "who-is-yaccarino", "article-topic", "musk-cnbc-interview")
MAX_STEPS = 20_000  # a stop if nobody kills it


def ack(version: Version, detail: str = "") -> None:
    """Acknowledge a change that returned."""
    print(f"ack {version.number} {version.entry_id} {version.action} {detail}".rstrip(), flush=True)


def burst(curator: Curator) -> None:
    """Aliases on a few entries, with an edit every 7th step and a remove + undo every 11th."""
    for step in range(MAX_STEPS):
        entry_id = ENTRIES[step % len(ENTRIES)]
        phrasing = f"crash alias {step}"
        ack(curator.alias(GUILD, WRITER, entry_id, phrasing), phrasing)
        if step % 7 == 3:
            entry, revision = curator.entry(GUILD, entry_id)
            draft = replace(Draft.of(entry), answer=f"{entry.answer.split(' [')[0]} [edit {step}]")
            ack(curator.edit(GUILD, WRITER, entry_id, draft, revision))
        if step % 11 == 5:
            ack(curator.remove(GUILD, WRITER, entry_id))
            ack(curator.undo(GUILD, WRITER, entry_id))


def main(db_path: str) -> None:
    """Build a curator over the shipped knowledge and the given database, then write until killed."""
    store = SQLiteStore(Path(db_path))
    burst(Curator(AnswerService.load(ROOT / "knowledge"), store))
    store.close()


if __name__ == "__main__":
    main(sys.argv[1])
