"""The curated knowledge: pydantic models, the loader, and checks against the article.

Every error names the file, the entry id and the field, so a curator can fix it at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from bot.core.article import Article, Sentence
from bot.core.lexicon import QuestionKind

MAX_FILE_BYTES = 1_000_000
QUESTION_MAX = 100  # Discord's autocomplete choice limit
ANSWER_MAX = 1000
QUOTE_MAX = 1000  # answer + quote stay far inside one embed (4,096 / 6,000)

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=3, max_length=64)]
Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=QUESTION_MAX)]
Prose = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=ANSWER_MAX)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Phrased(_Strict):
    """Shared by entries and not-covered questions: an id, a question and its alternates."""

    id: Slug
    question: Phrase
    asks: tuple[QuestionKind, ...] = ()
    alternates: tuple[Phrase, ...]

    @field_validator("alternates")
    @classmethod
    def _no_repeats(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        seen: set[str] = set()
        for value in values:
            if value.casefold() in seen:
                raise ValueError(f"repeated alternate: {value!r}")
            seen.add(value.casefold())
        return values

    @property
    def phrasings(self) -> tuple[str, ...]:
        """The canonical question followed by its alternates."""
        return (self.question, *self.alternates)


class Source(_Strict):
    """The verbatim article passage an answer rests on, and the heading of its section."""

    section: Phrase
    quote: Annotated[str, StringConstraints(strip_whitespace=True, min_length=10, max_length=QUOTE_MAX)]


class Entry(_Phrased):
    """A curated question with its phrasings, answer and source."""

    alternates: Annotated[tuple[Phrase, ...], Field(min_length=4)]
    answer: Prose
    source: Source


class NotCovered(_Phrased):
    """A question the article does not answer, and what it does say instead.

    ``asks`` narrows it: a gap that asks *when* only catches questions that ask *when*.
    """

    alternates: Annotated[tuple[Phrase, ...], Field(min_length=2)]
    answer: Prose
    see: tuple[Slug, ...] = ()


class KnowledgeFile(_Strict):
    """The shape of one YAML file under ``knowledge/qa``."""

    entries: tuple[Entry, ...] = ()
    not_covered: tuple[NotCovered, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the knowledge, located precisely."""

    file: str
    entry: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        """``file: entry 'id': field: message``."""
        where = [self.file]
        if self.entry is not None:
            where.append(f"entry {self.entry!r}")
        if self.field:
            where.append(self.field)
        return ": ".join([*where, self.message])


class KnowledgeError(ValueError):
    """The knowledge could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        """Keep the problems and show them one per line."""
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True, slots=True)
class SourcedEntry:
    """An entry with the sentences its quote covers."""

    entry: Entry
    sentences: tuple[Sentence, ...]


class KnowledgeBase:
    """Validated entries, what the article does not cover, and the article itself."""

    def __init__(
        self, article: Article, entries: Iterable[SourcedEntry], not_covered: Iterable[NotCovered]
    ) -> None:
        """Assemble from already validated parts (see :func:`load_knowledge`)."""
        self.article = article
        self.sourced = tuple(entries)
        self.entries = tuple(item.entry for item in self.sourced)
        self.not_covered = tuple(not_covered)
        self._by_id = {item.entry.id: item for item in self.sourced}

    def get(self, entry_id: str) -> SourcedEntry | None:
        """The entry with this id, if any."""
        return self._by_id.get(entry_id)

    def uncited_sentences(self) -> list[Sentence]:
        """Sentences of the article that no entry quotes."""
        cited = {sentence.id for item in self.sourced for sentence in item.sentences}
        return [sentence for sentence in self.article.sentences if sentence.id not in cited]


def load_knowledge(root: Path) -> KnowledgeBase:
    """Load ``root/article.txt`` and every ``root/qa/*.yaml``; raise :class:`KnowledgeError` on problems."""
    article = Article.load(root / "article.txt")
    files = sorted((root / "qa").glob("*.yaml"))
    if not files:
        raise KnowledgeError([Problem(str(root / "qa"), None, None, "no *.yaml knowledge files found")])
    parsed: list[tuple[str, dict[str, Any]]] = []
    problems: list[Problem] = []
    for path in files:
        try:
            parsed.append((str(path), read_knowledge_file(path)))
        except KnowledgeError as error:
            problems.extend(error.problems)
    if not problems:
        return build_knowledge(article, parsed)
    try:  # still check the readable files, so that one run reports everything
        build_knowledge(article, parsed)
    except KnowledgeError as error:
        problems.extend(error.problems)
    raise KnowledgeError(problems)


def check_size(size: int, name: str) -> None:
    """Refuse a knowledge file over :data:`MAX_FILE_BYTES` before anything reads it."""
    if size > MAX_FILE_BYTES:
        raise KnowledgeError(
            [Problem(name, None, None, f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")]
        )


def decode_upload(data: bytes, name: str) -> str:
    """An uploaded knowledge file as text: size-checked and UTF-8, or :class:`KnowledgeError`."""
    check_size(len(data), name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise KnowledgeError([Problem(name, None, None, f"not UTF-8 text ({error.reason})")]) from None


def read_knowledge_file(path: Path) -> dict[str, Any]:
    """Read one YAML file into plain data, refusing oversized or malformed input."""
    name = str(path)
    check_size(path.stat().st_size, name)
    return parse_yaml(path.read_text(encoding="utf-8"), name)


def parse_yaml(text: str, name: str) -> dict[str, Any]:
    """Parse YAML text that must hold a mapping; errors name the file and the line."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        raise KnowledgeError(
            [Problem(name, None, where, f"not valid YAML ({getattr(error, 'problem', error)})")]
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KnowledgeError(
            [Problem(name, None, None, "the file must be a mapping with 'entries' and/or 'not_covered'")]
        )
    return data


def build_knowledge(article: Article, files: Sequence[tuple[str, dict[str, Any]]]) -> KnowledgeBase:
    """Validate parsed files together (schema, quotes, sections, unique ids, references)."""
    problems: list[Problem] = []
    sourced: list[SourcedEntry] = []
    not_covered: list[NotCovered] = []
    owner: dict[str, str] = {}
    for name, data in files:
        model = _validate_schema(name, data, problems)
        if model is None:
            continue
        for item in (*model.entries, *model.not_covered):
            if item.id in owner:
                problems.append(Problem(name, item.id, "id", f"already used in {owner[item.id]}"))
            owner[item.id] = name
        for entry in model.entries:
            located = _locate(article, name, entry, problems)
            if located is not None:
                sourced.append(located)
        not_covered.extend(model.not_covered)
    entry_ids = {item.entry.id for item in sourced}
    for item in not_covered:
        for index, target in enumerate(item.see):
            if target not in entry_ids:
                problems.append(
                    Problem(owner[item.id], item.id, f"see[{index}]", f"no entry has id {target!r}")
                )
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(article, sourced, not_covered)


def validate_entries(article: Article, name: str, data: dict[str, Any]) -> list[SourcedEntry]:
    """Validate one parsed file's entries on their own (schema, quotes, sections, unique ids)."""
    problems: list[Problem] = []
    model = _validate_schema(name, data, problems)
    sourced: list[SourcedEntry] = []
    if model is not None:
        seen: set[str] = set()
        for entry in model.entries:
            if entry.id in seen:
                problems.append(Problem(name, entry.id, "id", "used twice in this file"))
            seen.add(entry.id)
            located = _locate(article, name, entry, problems)
            if located is not None:
                sourced.append(located)
    if problems:
        raise KnowledgeError(problems)
    return sourced


def locate_entry(article: Article, name: str, entry: Entry) -> SourcedEntry:
    """Find an entry's quote in the article; raise :class:`KnowledgeError` if it is not there."""
    problems: list[Problem] = []
    located = _locate(article, name, entry, problems)
    if located is None:
        raise KnowledgeError(problems)
    return located


def problems_from(name: str, data: dict[str, Any], error: ValidationError) -> list[Problem]:
    """Pydantic errors on one entry-shaped mapping, located by entry id and field."""
    return [
        _problem_from(name, {"entries": [data]}, ("entries", 0, *d["loc"]), d["msg"]) for d in error.errors()
    ]


def _validate_schema(name: str, data: dict[str, Any], problems: list[Problem]) -> KnowledgeFile | None:
    try:
        return KnowledgeFile.model_validate(data)
    except ValidationError as error:
        for detail in error.errors():
            problems.append(_problem_from(name, data, detail["loc"], detail["msg"]))
        return None


def _problem_from(name: str, data: dict[str, Any], loc: tuple[int | str, ...], message: str) -> Problem:
    """Turn a pydantic error location like ``('entries', 3, 'answer')`` into file / entry id / field."""
    if len(loc) >= 2 and isinstance(loc[1], int):
        group = data.get(str(loc[0])) or []
        raw = group[loc[1]] if loc[1] < len(group) else None
        entry_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
        label = entry_id or f"{loc[0]}[{loc[1]}]"
        field = ".".join(f"[{part}]" if isinstance(part, int) else str(part) for part in loc[2:])
        return Problem(name, label, field.replace(".[", "[") or None, message)
    return Problem(name, None, ".".join(str(part) for part in loc) or None, message)


def _locate(article: Article, name: str, entry: Entry, problems: list[Problem]) -> SourcedEntry | None:
    found = article.locate(entry.source.quote)
    if found is None:
        closest = article.closest_sentence(entry.source.quote).text
        problems.append(
            Problem(name, entry.id, "source.quote", f"not found in the article; did you mean: “{closest}”")
        )
        return None
    section = article.section(entry.source.section)
    if section is None:
        headings = "; ".join(s.heading for s in article.sections)
        problems.append(
            Problem(name, entry.id, "source.section", f"no such heading; headings are: {headings}")
        )
        return None
    if section.id != found.section.id:
        problems.append(
            Problem(
                name,
                entry.id,
                "source.section",
                f"the quote is in “{found.section.heading}”, not this section",
            )
        )
        return None
    return SourcedEntry(entry, found.sentences)
