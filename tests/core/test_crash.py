"""Kill a process mid-burst of edits: the database stays sound and keeps every acknowledged change."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest

from bot.core.curation import Curator
from bot.core.service import AnswerService
from bot.core.sqlite_store import SQLiteStore
from bot.core.store import Action, Author

WRITER = Path(__file__).with_name("crash_writer.py")
GUILD = 7  # as in crash_writer.py
DEADLINE = 60.0  # seconds before a stuck writer is killed anyway


def run_and_kill(db: Path, rng: random.Random) -> list[list[str]]:
    """Start the writer, kill it with SIGKILL after a random number of acks; every ack it printed."""
    kill_after = rng.randint(20, 150)
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    watchdog = threading.Timer(DEADLINE, process.kill)
    watchdog.start()
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while len(lines) < kill_after:
            line = process.stdout.readline()
            assert line.endswith("\n"), f"writer stopped early (exit {process.poll()})"
            lines.append(line)
        time.sleep(rng.uniform(0, 0.01))  # somewhere inside a later write, not just after an ack
        process.kill()
        lines.extend(process.stdout.read().splitlines(keepends=True))
        assert process.wait() == -signal.SIGKILL
    finally:
        watchdog.cancel()
        process.kill()
        process.wait()
    # A line cut short by the kill was never a complete acknowledgement.
    return [line.split(" ", 3) for line in lines if line.endswith("\n") and line.startswith("ack ")]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_acknowledged_change_survives_a_kill(tmp_path: Path, service: AnswerService, seed: int) -> None:
    db = tmp_path / "bot.sqlite3"
    acks = run_and_kill(db, random.Random(seed))
    assert len(acks) >= 20

    store = SQLiteStore(db)
    try:
        assert store.integrity() == "ok"
        stored = {(v.entry_id, v.number): v for v in store.history(GUILD, limit=1_000_000)}
        numbers: dict[str, list[int]] = defaultdict(list)
        for entry_id, number in sorted(stored):
            numbers[entry_id].append(number)
        assert all(found == list(range(1, len(found) + 1)) for found in numbers.values())

        aliases: dict[str, list[str]] = defaultdict(list)
        for _, number, entry_id, rest in acks:
            action, _, phrasing = rest.rstrip("\n").partition(" ")
            version = stored.get((entry_id, int(number)))
            assert version is not None, f"acknowledged {entry_id} v{number} ({action}) is missing"
            assert version.action == action
            if version.action is Action.ALIAS:
                assert version.note == phrasing
                aliases[entry_id].append(phrasing)

        curator = Curator(service, store)
        for entry_id, latest in store.revisions(GUILD).items():
            if latest.action is Action.REMOVE:  # killed between a remove and its undo
                curator.undo(GUILD, Author(0, "test"), entry_id)
        for entry_id, phrasings in aliases.items():
            entry, _ = curator.entry(GUILD, entry_id)
            assert set(phrasings) <= set(entry.alternates)
    finally:
        store.close()
