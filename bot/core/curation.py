"""Per-server curation: moderators' changes over the reviewed base, with history, undo and import.

The files in ``knowledge/`` are the base every server starts from. A server's changes live in the
store as versions of entries; the effective knowledge of a server is the base with its latest
versions applied, validated by the same rules as the loader. Each server with changes gets its
own :class:`AnswerService`, rebuilt when (and only when) that server's changes move on.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import ValidationError

from bot.core.knowledge import (
    QUESTION_MAX,
    Entry,
    KnowledgeBase,
    KnowledgeError,
    Problem,
    SourcedEntry,
    check_size,
    locate_entry,
    parse_yaml,
    problems_from,
    validate_entries,
)
from bot.core.matcher import Cutoffs
from bot.core.service import AnswerService
from bot.core.store import (
    Action,
    Author,
    Change,
    ConflictError,
    EntryState,
    Store,
    Unanswered,
    UnansweredStatus,
    Version,
)
from bot.core.text import fold, words

DRAFT = "your entry"
CACHE_SIZE = 256  # servers whose answer service is kept built
SLUG_WORDS = 6


class CurationError(ValueError):
    """A change a moderator asked for cannot be made; the message says why. Nothing changed."""


class UnknownEntryError(CurationError):
    """No entry with that id in this server."""

    def __init__(self, entry_id: str) -> None:
        """Name the id."""
        super().__init__(f"There is no entry `{entry_id}` in this server.")


@dataclass(frozen=True, slots=True)
class Draft:
    """What a moderator typed for an entry (modal fields), kept whole so nothing is lost."""

    question: str
    alternates: tuple[str, ...]
    answer: str
    quote: str

    @classmethod
    def from_form(cls, question: str, alternates: str, answer: str, quote: str) -> Draft:
        """Alternates one per line; blank lines and surrounding spaces dropped."""
        lines = tuple(line.strip() for line in alternates.splitlines() if line.strip())
        return cls(question.strip(), lines, answer.strip(), quote.strip())

    @classmethod
    def of(cls, entry: Entry) -> Draft:
        """The draft that would produce ``entry``."""
        return cls(entry.question, entry.alternates, entry.answer, entry.source.quote)

    @property
    def alternates_text(self) -> str:
        """The alternates as the modal shows them."""
        return "\n".join(self.alternates)


class DraftError(CurationError):
    """The draft breaks the knowledge rules; ``problems`` says where, ``draft`` keeps the text."""

    def __init__(self, problems: Sequence[Problem], draft: Draft) -> None:
        """Keep both; the message lists the problems."""
        self.problems, self.draft = tuple(problems), draft
        super().__init__("\n".join(_describe(p) for p in self.problems))


class EditConflictError(CurationError):
    """Someone else saved the entry after this edit was opened; ``draft`` keeps the text."""

    def __init__(self, entry_id: str, latest: Version | None, draft: Draft | None) -> None:
        """Say who changed it and when."""
        self.entry_id, self.latest, self.draft = entry_id, latest, draft
        who = f" by {latest.author.name}" if latest is not None else ""
        super().__init__(
            f"`{entry_id}` was changed{who} after you opened it, so your save was not applied. "
            "Open it again to start from the current text."
        )


@dataclass(frozen=True, slots=True)
class EntryInfo:
    """An entry as a server sees it, for lists and autocomplete."""

    id: str
    question: str
    revision: int
    hidden: bool


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import changed, by entry id."""

    added: tuple[str, ...]
    edited: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int

    @property
    def changed(self) -> bool:
        """Whether anything was written."""
        return bool(self.added or self.edited or self.removed)


@dataclass(frozen=True, slots=True)
class _Current:
    state: EntryState | None
    revision: int
    latest: Version | None


class Curator:
    """Applies moderators' changes per server and serves each server's answers."""

    def __init__(self, base_service: AnswerService, store: Store) -> None:
        """``base_service`` answers from the reviewed knowledge; ``store`` keeps every server's changes."""
        self.base_service = base_service
        self.base = base_service.knowledge
        self.store = store
        self.cutoffs: Cutoffs = base_service.cutoffs
        base = self.base
        self._base_order = {item.entry.id: n for n, item in enumerate(base.sourced)}
        self._services: OrderedDict[int, tuple[int, AnswerService]] = OrderedDict()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ answering

    def ready_service(self, guild_id: int | None) -> AnswerService | None:
        """The server's service if it is built and current, else ``None`` (then build it off the loop)."""
        return self._cached(guild_id)[1]

    def service_for(self, guild_id: int | None) -> AnswerService:
        """The answer service for a server (the base one for DMs and servers with no changes)."""
        marker, ready = self._cached(guild_id)
        if ready is not None:
            return ready
        assert guild_id is not None
        service = AnswerService(self.knowledge_for(guild_id), self.cutoffs)
        with self._lock:
            self._services[guild_id] = (marker, service)
            while len(self._services) > CACHE_SIZE:
                self._services.popitem(last=False)
        return service

    def _cached(self, guild_id: int | None) -> tuple[int, AnswerService | None]:
        """The server's change marker, and its service if one is built for that marker."""
        marker = 0 if guild_id is None else self.store.revision_marker(guild_id)
        if guild_id is None or marker == 0:
            return marker, self.base_service
        with self._lock:
            cached = self._services.get(guild_id)
            if cached is None or cached[0] != marker:
                return marker, None
            self._services.move_to_end(guild_id)
            return marker, cached[1]

    def knowledge_for(self, guild_id: int) -> KnowledgeBase:
        """The base with this server's latest versions applied."""
        current = self._current(guild_id)
        sourced = [
            self._sourced(entry_id, state.data)
            for entry_id, (state, _) in self._ordered(current)
            if state is not None and not state.hidden
        ]
        return KnowledgeBase(self.base.article, sourced, self.base.not_covered)

    # ------------------------------------------------------------------ reading

    def entries(self, guild_id: int, *, hidden: bool = False) -> list[EntryInfo]:
        """Entries of this server (hidden ones too when asked), in base order then added order."""
        return [
            EntryInfo(entry_id, str(state.data["question"]), revision, state.hidden)
            for entry_id, (state, revision) in self._ordered(self._current(guild_id))
            if state is not None and (hidden or not state.hidden)
        ]

    def search(self, guild_id: int, text: str, *, hidden: bool = False, limit: int = 25) -> list[EntryInfo]:
        """Entries whose id or question contains every typed word, for autocomplete."""
        wanted = words(fold(text))
        found = [
            info
            for info in self.entries(guild_id, hidden=hidden)
            if all(w in fold(f"{info.id} {info.question}") for w in wanted)
        ]
        return found[:limit]

    def entry(self, guild_id: int, entry_id: str) -> tuple[Entry, int]:
        """A visible entry and its revision (for pre-filling an edit)."""
        current = self._current(guild_id).get(entry_id)
        if current is None or current.state is None or current.state.hidden:
            raise UnknownEntryError(entry_id)
        return Entry.model_validate(current.state.data), current.revision

    def history(self, guild_id: int, entry_id: str | None = None, limit: int = 50) -> list[Version]:
        """Versions newest first."""
        return self.store.history(guild_id, entry_id, limit)

    def export(self, guild_id: int) -> str:
        """The server's effective entries as YAML in the format of ``knowledge/qa``."""
        knowledge = self.knowledge_for(guild_id)
        data = {"entries": [_plain(entry) for entry in knowledge.entries]}
        header = (
            f"# The effective Q&A of server {guild_id}: the reviewed base with this server's changes.\n"
            "# Same format as knowledge/qa/*.yaml; /kb import or `python -m bot kb import` reads it back.\n"
        )
        return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)

    # ------------------------------------------------------------------ changing

    def add(self, guild_id: int, author: Author, draft: Draft) -> Version:
        """Add a new entry to this server."""
        current = self._current(guild_id)
        entry_id = _unique_slug(draft.question, current)
        entry = self._validated(entry_id, draft, (), current)
        return self._write(guild_id, author, Change(entry_id, Action.ADD, 0, None, _state(entry)))

    def edit(
        self, guild_id: int, author: Author, entry_id: str, draft: Draft, expected_revision: int
    ) -> Version:
        """Replace an entry's text; refused if it changed since ``expected_revision``."""
        current = self._visible(guild_id, entry_id)
        if current.revision != expected_revision:
            raise EditConflictError(entry_id, current.latest, draft)
        assert current.state is not None
        asks = tuple(current.state.data.get("asks", ()))
        entry = self._validated(entry_id, draft, asks, self._current(guild_id))
        change = Change(entry_id, Action.EDIT, expected_revision, current.state, _state(entry))
        return self._write(guild_id, author, change, draft)

    def alias(self, guild_id: int, author: Author, entry_id: str, phrasing: str) -> Version:
        """Add one alternate phrasing to an entry."""
        current = self._visible(guild_id, entry_id)
        assert current.state is not None
        entry = Entry.model_validate(current.state.data)
        draft = Draft.of(entry)
        phrasing = " ".join(phrasing.split())
        draft = Draft(draft.question, (*draft.alternates, phrasing), draft.answer, draft.quote)
        updated = self._validated(entry_id, draft, entry.asks, self._current(guild_id))
        change = Change(entry_id, Action.ALIAS, current.revision, current.state, _state(updated), phrasing)
        return self._write(guild_id, author, change)

    def remove(self, guild_id: int, author: Author, entry_id: str) -> Version:
        """Hide an entry in this server; undo brings it back."""
        current = self._visible(guild_id, entry_id)
        assert current.state is not None
        hidden = EntryState(current.state.data, hidden=True)
        return self._write(
            guild_id, author, Change(entry_id, Action.REMOVE, current.revision, current.state, hidden)
        )

    def undo(self, guild_id: int, author: Author, entry_id: str) -> Version:
        """Revert the entry's last change; the undo is itself a new version."""
        current = self._current(guild_id).get(entry_id)
        if current is None or current.latest is None:
            raise CurationError(f"`{entry_id}` has no changes in this server to undo.")
        latest = current.latest
        note = f"undid version {latest.number} ({latest.action})"
        return self._write(
            guild_id, author, Change(entry_id, Action.UNDO, latest.number, latest.after, latest.before, note)
        )

    def open_question(self, guild_id: int, item_id: int) -> Unanswered:
        """A declined question still waiting for review, or :class:`CurationError`."""
        item = self.store.unanswered_item(guild_id, item_id)
        if item is None or item.status is not UnansweredStatus.OPEN:
            raise CurationError("That question was already reviewed.")
        return item

    def attach_unanswered(self, guild_id: int, author: Author, item_id: int, entry_id: str) -> Version:
        """Make a declined question an alternate of an entry, and take it off the review list."""
        item = self.open_question(guild_id, item_id)
        phrasing = " ".join(item.example.split())[:QUESTION_MAX]
        version = self.alias(guild_id, author, entry_id, phrasing)
        self.store.set_unanswered_status(guild_id, item_id, UnansweredStatus.ATTACHED)
        return version

    def dismiss_unanswered(self, guild_id: int, item_id: int) -> None:
        """Mark a declined question "not in the article": it leaves the review list."""
        self.open_question(guild_id, item_id)
        self.store.set_unanswered_status(guild_id, item_id, UnansweredStatus.DISMISSED)

    def import_text(self, guild_id: int, author: Author, text: str, name: str) -> ImportSummary:
        """Make the server's entries those of a YAML file: validated in full, applied all or nothing."""
        check_size(len(text.encode("utf-8")), name)
        data = parse_yaml(text, name)
        if data.get("not_covered"):
            raise KnowledgeError(
                [
                    Problem(
                        name,
                        None,
                        "not_covered",
                        "known gaps are kept in the repository; remove this section",
                    )
                ]
            )
        incoming = validate_entries(self.base.article, name, data)
        if not incoming:
            raise KnowledgeError(
                [Problem(name, None, "entries", "no entries; an import replaces the whole set")]
            )
        current = self._current(guild_id)
        changes: list[Change] = []
        added: list[str] = []
        edited: list[str] = []
        for item in incoming:
            now = current.get(item.entry.id)
            state = _state(item.entry)
            if now is None or now.state is None or now.state.hidden:
                added.append(item.entry.id)
                revision = 0 if now is None else now.revision
                changes.append(
                    Change(item.entry.id, Action.IMPORT, revision, now and now.state, state, "added")
                )
            elif now.state.data != state.data:
                edited.append(item.entry.id)
                changes.append(Change(item.entry.id, Action.IMPORT, now.revision, now.state, state, "edited"))
        keep = {item.entry.id for item in incoming}
        removed = [
            entry_id
            for entry_id, now in current.items()
            if entry_id not in keep and now.state is not None and not now.state.hidden
        ]
        for entry_id in removed:
            now = current[entry_id]
            assert now.state is not None
            hidden = EntryState(now.state.data, hidden=True)
            changes.append(Change(entry_id, Action.IMPORT, now.revision, now.state, hidden, "removed"))
        if changes:
            self._write_all(guild_id, author, changes)
        unchanged = len(incoming) - len(added) - len(edited)
        return ImportSummary(tuple(added), tuple(edited), tuple(removed), unchanged)

    # ------------------------------------------------------------------ internals

    def _current(self, guild_id: int) -> dict[str, _Current]:
        """Every entry id this server knows: base entries and its own, with state and revision."""
        current = {item.entry.id: _Current(_state(item.entry), 0, None) for item in self.base.sourced}
        for entry_id, version in self.store.revisions(guild_id).items():
            current[entry_id] = _Current(version.after, version.number, version)
        return current

    def _ordered(self, current: dict[str, _Current]) -> Iterable[tuple[str, tuple[EntryState | None, int]]]:
        """Base entries in file order, then this server's own in the order they were added."""

        def key(item: tuple[str, _Current]) -> tuple[int, int]:
            entry_id, now = item
            if entry_id in self._base_order:
                return 0, self._base_order[entry_id]
            return 1, now.latest.id if now.latest is not None else 0

        for entry_id, now in sorted(current.items(), key=key):
            yield entry_id, (now.state, now.revision)

    def _visible(self, guild_id: int, entry_id: str) -> _Current:
        current = self._current(guild_id).get(entry_id)
        if current is None or current.state is None or current.state.hidden:
            raise UnknownEntryError(entry_id)
        return current

    def _sourced(self, entry_id: str, data: dict[str, Any]) -> SourcedEntry:
        base = self.base.get(entry_id)
        if base is not None and _plain(base.entry) == data:
            return base
        return locate_entry(self.base.article, DRAFT, Entry.model_validate(data))

    def _validated(
        self, entry_id: str, draft: Draft, asks: Sequence[str], current: dict[str, _Current]
    ) -> Entry:
        """Build an entry from a draft by the loader's rules; the section comes from the quote."""
        located = self.base.article.locate(draft.quote)
        if located is None:
            closest = self.base.article.closest_sentence(draft.quote).text
            problem = Problem(
                DRAFT, entry_id, "quote", f"not found in the article; closest passage: “{closest}”"
            )
            raise DraftError([problem], draft)
        data = {
            "id": entry_id,
            "question": draft.question,
            "asks": list(asks),
            "alternates": list(draft.alternates),
            "answer": draft.answer,
            "source": {"section": located.section.heading, "quote": draft.quote},
        }
        try:
            entry = Entry.model_validate(data)
        except ValidationError as error:
            raise DraftError(problems_from(DRAFT, data, error), draft) from None
        clash = _phrasing_clash(entry, current)
        if clash:
            raise DraftError([Problem(DRAFT, entry_id, "alternates", clash)], draft)
        return entry

    def _write(self, guild_id: int, author: Author, change: Change, draft: Draft | None = None) -> Version:
        return self._write_all(guild_id, author, [change], draft)[0]

    def _write_all(
        self, guild_id: int, author: Author, changes: Sequence[Change], draft: Draft | None = None
    ) -> list[Version]:
        try:
            return self.store.write_changes(guild_id, author, changes)
        except ConflictError as error:
            latest = self._current(guild_id).get(error.entry_id)
            raise EditConflictError(error.entry_id, latest and latest.latest, draft) from None


def _state(entry: Entry) -> EntryState:
    return EntryState(_plain(entry))


def _plain(entry: Entry) -> dict[str, Any]:
    """An entry as YAML-shaped data (empty ``asks`` left out, as in the shipped files)."""
    return entry.model_dump(mode="json", exclude_defaults=True)


def _unique_slug(question: str, current: dict[str, _Current]) -> str:
    """An id from the question's first words, numbered if taken (``what-did-musk-pay-2``)."""
    stem = "-".join(re.findall(r"[a-z0-9]+", fold(question))[:SLUG_WORDS])[:56].strip("-") or "entry"
    stem = stem if len(stem) >= 3 else f"entry-{stem}"
    slug, n = stem, 2
    while slug in current:
        slug, n = f"{stem}-{n}", n + 1
    return slug


def _phrasing_clash(entry: Entry, current: dict[str, _Current]) -> str | None:
    """A phrasing that another visible entry already uses, which would make matching ambiguous."""
    mine = {fold(p): p for p in entry.phrasings}
    for other_id, now in current.items():
        if other_id == entry.id or now.state is None or now.state.hidden:
            continue
        data = now.state.data
        for phrasing in (data["question"], *data["alternates"]):
            if fold(phrasing) in mine:
                return f"“{mine[fold(phrasing)]}” is already a phrasing of `{other_id}`"
    return None


def _describe(problem: Problem) -> str:
    return f"{problem.field}: {problem.message}" if problem.field else problem.message


def what_changed(version: Version) -> str:
    """One line saying what a version changed, for history lists and log channels."""
    before, after = version.before, version.after
    if after is None:
        return "entry taken away (it was added in this server)"
    if before is None:
        return f"entry added: “{after.data['question']}”"
    if before.hidden != after.hidden:
        return "hidden in this server" if after.hidden else "shown again"
    parts: list[str] = []
    old, new = before.data, after.data
    if old["question"] != new["question"]:
        parts.append(f"question → “{new['question']}”")
    added = [p for p in new["alternates"] if p not in old["alternates"]]
    dropped = [p for p in old["alternates"] if p not in new["alternates"]]
    if added:
        parts.append("alternates + " + ", ".join(f"“{p}”" for p in added))
    if dropped:
        parts.append("alternates − " + ", ".join(f"“{p}”" for p in dropped))
    if old["answer"] != new["answer"]:
        parts.append("answer changed")
    if old["source"] != new["source"]:
        parts.append("quote changed")
    return "; ".join(parts) or "no visible change"
