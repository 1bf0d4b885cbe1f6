"""The article as addressable passages: sections, paragraphs and sentences with stable ids."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.core.text import canonical_quote_text

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; ``id`` is ``s<section>.p<paragraph>.<n>``, all counted from 1."""

    id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a section."""

    id: str
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and its paragraphs."""

    id: str
    heading: str
    paragraphs: tuple[Paragraph, ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of the section, in order."""
        return tuple(sentence for paragraph in self.paragraphs for sentence in paragraph.sentences)


class ArticleFormatError(ValueError):
    """The article text does not have a title, headings and paragraphs."""


@dataclass(frozen=True, slots=True)
class QuoteLocation:
    """Where a quote stands in the article."""

    section: Section
    sentences: tuple[Sentence, ...]


class Article:
    """The article text, its structure, and quote look-up that ignores spacing and quote marks."""

    def __init__(self, title: str, sections: tuple[Section, ...]) -> None:
        """Build from parsed parts; use :meth:`parse` or :meth:`load` instead."""
        self.title = title
        self.sections = sections
        self.sentences = tuple(s for section in sections for s in section.sentences)
        self._section_of = {s.id: section for section in sections for s in section.sentences}
        self._paragraph_of = {
            s.id: p for section in sections for p in section.paragraphs for s in p.sentences
        }
        self._canonical = " ".join(canonical_quote_text(sentence.text) for sentence in self.sentences)

    @classmethod
    def load(cls, path: Path) -> Article:
        """Read and parse an article file."""
        return cls.parse(path.read_text(encoding="utf-8"))

    @classmethod
    def parse(cls, text: str) -> Article:
        """Parse "title, then heading / paragraph blocks separated by blank lines"."""
        blocks = [block.strip() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
        if len(blocks) < 3:
            raise ArticleFormatError("an article needs a title, a heading and a paragraph")
        title, *rest = blocks
        sections: list[Section] = []
        heading: str | None = None
        paragraphs: list[str] = []
        for block in rest:
            if _is_heading(block):
                if heading is not None:
                    sections.append(_section(len(sections) + 1, heading, paragraphs))
                heading, paragraphs = block, []
            elif heading is None:
                raise ArticleFormatError(f"paragraph before the first heading: {block[:60]!r}")
            else:
                paragraphs.append(block)
        if heading is None or not paragraphs:
            raise ArticleFormatError("the last heading has no paragraph")
        sections.append(_section(len(sections) + 1, heading, paragraphs))
        return _with_offsets(title, sections)

    def section(self, heading: str) -> Section | None:
        """The section with this heading (compared without quote-mark differences)."""
        wanted = canonical_quote_text(heading).casefold()
        return next((s for s in self.sections if canonical_quote_text(s.heading).casefold() == wanted), None)

    def locate(self, quote: str) -> QuoteLocation | None:
        """Find a quote in the article, ignoring whitespace and typographic quote marks."""
        needle = canonical_quote_text(quote)
        if not needle:
            return None
        start = self._canonical.find(needle)
        if start < 0:
            return None
        end = start + len(needle)
        hit = tuple(s for s in self.sentences if s.start < end and start < s.end)
        return QuoteLocation(self._section_of[hit[0].id], hit)

    def closest_sentence(self, text: str) -> Sentence:
        """The sentence most like ``text``, for "did you mean" messages."""
        choices = [canonical_quote_text(s.text) for s in self.sentences]
        _, _, index = process.extractOne(canonical_quote_text(text), choices, scorer=fuzz.partial_ratio)
        return self.sentences[index]

    def paragraph_of(self, sentence_id: str) -> Paragraph:
        """The paragraph that holds a sentence."""
        return self._paragraph_of[sentence_id]

    def section_of(self, sentence_id: str) -> Section:
        """The section that holds a sentence."""
        return self._section_of[sentence_id]


def _is_heading(block: str) -> bool:
    return "\n" not in block and len(block) <= 120 and not block.rstrip().endswith((".", "!", "?", ":"))


def _section(number: int, heading: str, paragraphs: list[str]) -> Section:
    parts: list[Paragraph] = []
    for p_number, text in enumerate(paragraphs, start=1):
        paragraph_id = f"s{number}.p{p_number}"
        pieces = _SENTENCE_END.split(" ".join(text.split()))
        sentences = tuple(
            Sentence(f"{paragraph_id}.{n}", piece, 0, 0) for n, piece in enumerate(pieces, start=1)
        )
        parts.append(Paragraph(paragraph_id, " ".join(text.split()), sentences))
    return Section(f"s{number}", heading, tuple(parts))


def _with_offsets(title: str, sections: list[Section]) -> Article:
    """Give each sentence its span in the canonical (space-joined) text used by :meth:`Article.locate`."""
    offset = 0
    placed: list[Section] = []
    for section in sections:
        paragraphs: list[Paragraph] = []
        for paragraph in section.paragraphs:
            sentences: list[Sentence] = []
            for sentence in paragraph.sentences:
                length = len(canonical_quote_text(sentence.text))
                sentences.append(Sentence(sentence.id, sentence.text, offset, offset + length))
                offset += length + 1
            paragraphs.append(Paragraph(paragraph.id, paragraph.text, tuple(sentences)))
        placed.append(Section(section.id, section.heading, tuple(paragraphs)))
    return Article(title, tuple(placed))
