"""The one API the Discord layer and the command line call: ask, browse, explain."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.knowledge import KnowledgeBase, load_knowledge
from bot.core.lexicon import question_opens
from bot.core.matcher import Candidate, Cutoffs, Match, Matcher, Outcome, TargetKind
from bot.core.tokens import clauses

NO_ANSWER = "The article doesn't cover that."


class QuestionError(ValueError):
    """The question cannot be asked as given (for example, it is empty)."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A curated question offered to the asker."""

    entry_id: str
    question: str


@dataclass(frozen=True, slots=True)
class Reply:
    """What the bot says to one question."""

    question: str
    outcome: Outcome
    confidence: float
    entry_id: str | None = None
    answer: str | None = None
    quote: str | None = None
    section: str | None = None
    passage_id: str | None = None
    note: str | None = None
    suggestions: tuple[Suggestion, ...] = ()
    match: Match | None = None

    @property
    def answered(self) -> bool:
        """True only when the bot commits to an answer."""
        return self.outcome is Outcome.ANSWER

    @property
    def is_direct_passage(self) -> bool:
        """True when the answer is an article sentence rather than a curated entry."""
        return self.answered and self.entry_id is None

    def to_json(self) -> dict[str, Any]:
        """The public, stable JSON form (see the README); exactly these fields."""
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.answer if self.answered else None,
            "quote": self.quote if self.answered else None,
            "section": self.section if self.answered else None,
            "confidence": round(self.confidence, 4),
            "entry_id": self.entry_id if self.answered else None,
            "suggestions": [{"entry_id": s.entry_id, "question": s.question} for s in self.suggestions],
        }


@dataclass(frozen=True, slots=True)
class SectionSummary:
    """A heading and how many curated questions draw on it."""

    heading: str
    questions: int


class AnswerService:
    """Answers questions about the article from the curated knowledge."""

    def __init__(self, knowledge: KnowledgeBase, cutoffs: Cutoffs | None = None) -> None:
        """Index the knowledge once; every call after that is pure look-up."""
        self.knowledge = knowledge
        self.matcher = Matcher(knowledge, cutoffs)
        self._sentences = {sentence.id: sentence for sentence in knowledge.article.sentences}
        self._gaps = {gap.id: gap for gap in knowledge.not_covered}

    @classmethod
    def load(cls, root: Path, cutoffs: Cutoffs | None = None) -> AnswerService:
        """Load and validate the knowledge under ``root``, then index it."""
        return cls(load_knowledge(root), cutoffs)

    @property
    def cutoffs(self) -> Cutoffs:
        """The cut-offs in force."""
        return self.matcher.cutoffs

    def ask(self, question: str) -> Reply:
        """Answer, suggest or decline; raise :class:`QuestionError` for an empty question."""
        if not question or not question.strip():
            raise QuestionError("Ask a question about the article; this one is empty.")
        return self._reply(question, self.matcher.match(question))

    def looks_like_question(self, text: str) -> bool:
        """Whether a channel message is worth answering unasked: a question mark, or it opens like one."""
        if "?" in text:
            return True
        found = clauses(text, self.cutoffs.max_question_chars)
        return bool(found) and question_opens(found[0].words)

    def entry_reply(self, entry_id: str, question: str | None = None) -> Reply:
        """The answer of one entry, as if it had been matched (for buttons and browsing)."""
        item = self.knowledge.get(entry_id)
        if item is None:
            raise KeyError(entry_id)
        entry = item.entry
        return Reply(
            question or entry.question,
            Outcome.ANSWER,
            1.0,
            entry.id,
            entry.answer,
            entry.source.quote,
            self._heading(item.sentences[0].id),
        )

    def autocomplete(self, text: str, limit: int = 25) -> list[Suggestion]:
        """Known questions ranked for what has been typed so far."""
        return [Suggestion(t.id, t.question) for t in self.matcher.rank(text, limit)]

    def context(self, entry_id: str) -> str:
        """The paragraph around an entry's quote (or around a sentence id)."""
        item = self.knowledge.get(entry_id)
        sentence_id = item.sentences[0].id if item is not None else entry_id
        return self.knowledge.article.paragraph_of(sentence_id).text

    def sections(self) -> list[SectionSummary]:
        """Each section with the number of curated questions quoting it."""
        counts = {section.id: 0 for section in self.knowledge.article.sections}
        for item in self.knowledge.sourced:
            counts[self.knowledge.article.section_of(item.sentences[0].id).id] += 1
        return [SectionSummary(s.heading, counts[s.id]) for s in self.knowledge.article.sections]

    def _heading(self, sentence_id: str) -> str:
        return self.knowledge.article.section_of(sentence_id).heading

    def _reply(self, question: str, match: Match) -> Reply:
        best = match.best
        if match.outcome is Outcome.ANSWER and best is not None:
            if best.target.kind is TargetKind.PASSAGE:
                sentence = self._sentences[best.target.id]
                return Reply(
                    question,
                    match.outcome,
                    match.confidence,
                    None,
                    sentence.text,
                    sentence.text,
                    self._heading(sentence.id),
                    sentence.id,
                    match=match,
                )
            reply = self.entry_reply(best.target.id, question)
            return Reply(
                question,
                match.outcome,
                match.confidence,
                reply.entry_id,
                reply.answer,
                reply.quote,
                reply.section,
                match=match,
            )
        if match.outcome is Outcome.SUGGEST:
            return Reply(
                question,
                match.outcome,
                match.confidence,
                suggestions=self._suggest(match.suggestions),
                match=match,
            )
        if best is not None and best.target.kind is TargetKind.NOT_COVERED:
            gap = self._gaps[best.target.id]
            see = tuple(
                Suggestion(i, self.knowledge.get(i).entry.question) for i in gap.see if self.knowledge.get(i)
            )
            return Reply(
                question, match.outcome, match.confidence, note=gap.answer, suggestions=see, match=match
            )
        return Reply(question, Outcome.DECLINE, match.confidence, note=NO_ANSWER, match=match)

    @staticmethod
    def _suggest(candidates: tuple[Candidate, ...]) -> tuple[Suggestion, ...]:
        return tuple(Suggestion(c.target.id, c.target.question) for c in candidates)
