"""The matcher: scores a question against every curated phrasing and decides what to do.

Scoring, per knowledge target (a curated entry, a known "not in the article" question, or an
article sentence):

* ``overlap`` – weighted Dice overlap between the question's concept tokens and the target's
  closest phrasing (rare words weigh more, chat filler almost nothing, unknown words a lot);
* ``coverage`` – how much of the question the target's whole vocabulary (phrasings, answer,
  quote) accounts for, so that a question about something the article never mentions
  ("stock", "founded", "2022") cannot ride on the names it shares with an entry;
* ``kind`` – a question asking *when*, *where*, *how much*, *who* or *why* only fits targets
  that answer that kind of question;
* ``names`` – every person or company the question names must appear in the target.

The decision uses the named cut-offs in :class:`Cutoffs`. An answer becomes did-you-mean when the
question names two parties the other way round from every phrasing of the entry ("how much did
OpenAI donate to Musk?"); a tie between entries is settled by an article sentence that beats both.
Below ``answer_at``, an entry still answers when the best-matching article sentence is its own source
and nothing else comes near (two independent views agree), or when its vocabulary holds every word of
the question and nothing else comes near (the question only words it differently).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache, partial
from itertools import dropwhile, islice, pairwise
from operator import attrgetter
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from bot.core import lexicon
from bot.core.index import IndexedPhrasing, IntArray, PhrasingIndex, Query, Scores
from bot.core.knowledge import KnowledgeBase
from bot.core.lexicon import QuestionKind
from bot.core.text import fold, words
from bot.core.tokens import AMOUNT, Clause, Speller, Token, clauses, commonness, tokens

FILLER_WEIGHT = 0.05
NAMES = lexicon.ARTICLE_NAMES
STRICT_KINDS: dict[QuestionKind, float] = {
    QuestionKind.TIME: 0.35,
    QuestionKind.PLACE: 0.35,
    QuestionKind.AMOUNT: 0.55,
    QuestionKind.COUNT: 0.55,
    QuestionKind.PERSON: 0.75,
    QuestionKind.WHICH: 0.6,
    QuestionKind.REASON: 0.8,
}
MISSING_NAME_FACTOR = 0.55
TOP_ENTRIES, TOP_OTHERS = 12, 5  # candidates kept per question
EXPLAINED = 5  # candidates that name the phrasing they matched (for /kb why)
OTHER_CONCEPTS = frozenset(
    lexicon.concept(name) for name in lexicon.OTHER_NAMES if lexicon.concept(name) not in lexicon.SYNONYMS
)
ANY_NAME = NAMES | OTHER_CONCEPTS
_MISSING_FACTORS = MISSING_NAME_FACTOR ** np.arange(len(ANY_NAME) + 1.0)
# By known gap (row 1) or not, and by names missing: a gap's is milder, as declining is the safe side.
_NAME_FACTORS = np.stack([_MISSING_FACTORS, np.sqrt(_MISSING_FACTORS)])
LONG_MESSAGE_TOKENS = 5
EVERYDAY_DISCOUNT = 0.7
SINGLE_WORD_DISCOUNT = 0.5
CLAUSE_EXPONENT = 0.3
REMARK_SHARE = 0.3  # how much of a dropped remark's weight no longer dilutes the question beside it
GAP_EXPLAINS_MARGIN = 0.25
SIGNAL_CONCEPTS = frozenset({"other", "dollars", "botopinion", "areyou"})
SIGNAL_WEIGHT = 2.0  # times the weight of an unknown word
NO_NAME_FACTOR = 0.92
ANALYSIS_CACHE = 16_384  # knowledge texts whose analysis is kept for the next matcher
SPELLERS_CACHED = 8
ADDRESSED_FACTOR = 0.6  # a message that opens "you are ..." is about the bot
PERSONAL_FACTOR = 0.8  # a lone everyday word ("good", "money") is not a keyword look-up
OWNED = frozenset({"data"})  # "twitter data" is a thing, not a party to the question
ROLE_WINDOW = 3  # the auxiliary of "did X ...", "how much did X ..." comes this early
ROLE_EVIDENCE = 2  # phrasings that must name two parties in one order before the other order is odd
ROLE_SWAPPERS = frozenset(
    {
        "by",
        "get",
        "got",
        "gets",
        "receive",
        "received",
        "take",
        "takes",
        "took",
        "taking",
        "suffer",
        "suffers",
        "and",
        "or",
        "both",
        "according",
    }
)
PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been"})
CLAUSE_OPENERS = frozenset({"that", "which", "whom"})  # a party after these is in a relative clause
# Acts with a doer and a receiver: "did openai restrict twitter" swaps who restricted whom.
DIRECTED = frozenset({"restrict", "remove", "accuse", "donate", "share"})
SYMMETRIC = frozenset({"battle", "relationship", "connection"})  # "openai fights musk": musk fights openai
REVERSED_DOUBT = 0.5  # confidence left when the parties are the other way round
ASKING_WORDS = lexicon.YES_NO_OPENERS | frozenset(lexicon.QUESTION_OPENERS)
WHOLE_QUESTION = 0.99  # coverage at which an entry's vocabulary holds the whole question
VAGUE_WEIGHT, VAGUE_FACTOR = 1.3, 0.75  # a clause this light ("twitter", "musk") is too vague to answer


_CONCEPT, _FILLER = attrgetter("concept"), attrgetter("filler")


class Cutoffs(BaseModel):
    """Named thresholds of the matcher; all scores are in [0, 1]."""

    model_config = ConfigDict(frozen=True)

    answer_at: float = Field(0.6, ge=0, le=1, description="commit to an answer at or above this")
    personal_answer_at: float = Field(
        0.62, ge=0, le=1, description="answer_at for a message to the bot or the asker, naming no one"
    )
    suggest_at: float = Field(0.4, ge=0, le=1, description="offer did-you-mean at or above this")
    margin: float = Field(0.03, ge=0, le=1, description="how far the best must lead a rival entry")
    not_covered_margin: float = Field(0.0, ge=0, le=1, description="how far a known gap must lead to win")
    keyword_gap_lead: float = Field(
        0.1, ge=0, le=1, description="how far a gap must lead a confident entry in a keyword look-up"
    )
    passage_at: float = Field(0.8, ge=0, le=1, description="answer from an article sentence at or above")
    passage_lead: float = Field(
        0.15, ge=0, le=1, description="how far a sentence must lead entries that tie, to answer instead"
    )
    corroborated_at: float = Field(
        0.45, ge=0, le=1, description="answer below answer_at from here when the entry's own sentence agrees"
    )
    agreeing_sentence_at: float = Field(
        0.55, ge=0, le=1, description="how well the entry's own sentence must match to agree"
    )
    owner_sentence_lead: float = Field(
        0.05, ge=0, le=1, description="lead of the sentence one of two tied entries cites, to pick that one"
    )
    whole_question_lead: float = Field(
        0.1, ge=0, le=1, description="lead over other entries that lets one holding the whole question answer"
    )
    clear_lead_at: float = Field(
        0.53, ge=0, le=1, description="answer below answer_at from here when clearly ahead of every rival"
    )
    clear_lead: float = Field(
        0.15, ge=0, le=1, description="lead over other sentences' entries and known gaps that is clear"
    )
    max_question_chars: int = Field(500, ge=20, le=10_000, description="characters of a message matched")


class TargetKind(StrEnum):
    """What a match points at."""

    ENTRY = "entry"
    NOT_COVERED = "not_covered"
    PASSAGE = "passage"


_TARGET_KINDS = tuple(TargetKind)  # iterating the enum itself is slow


@dataclass(frozen=True, slots=True)
class Target:
    """Something a question can match, with what the matcher knows about it."""

    id: str
    kind: TargetKind
    question: str
    sentence_ids: frozenset[str]
    answers: frozenset[QuestionKind]
    vocabulary: frozenset[str]
    name_orders: frozenset[tuple[str, str]] = frozenset()  # (a, b): phrasings name a before b, often
    any_orders: frozenset[tuple[str, str]] = frozenset()  # (a, b): some phrasing names a before b


class Candidate(NamedTuple):
    """A scored target and the phrasing that scored best.

    A named tuple, not a frozen dataclass: some twenty are made per question, twice as fast.
    """

    target: Target
    score: float
    phrasing: str
    covered: float = 0.0  # share of the question (at its best clause) that the target's vocabulary holds


_candidate = partial(tuple.__new__, Candidate)  # from its fields as one tuple, as Candidate._make but faster


class Outcome(StrEnum):
    """The three things the bot can do with a question."""

    ANSWER = "answer"
    SUGGEST = "suggest"
    DECLINE = "decline"


@dataclass(frozen=True, slots=True)
class Match:
    """The decision for one question, with the evidence behind it."""

    outcome: Outcome
    confidence: float
    best: Candidate | None
    ranked: tuple[Candidate, ...]
    reason: str
    normalised: str = ""
    kind: QuestionKind = QuestionKind.NONE
    suggestions: tuple[Candidate, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Scored:
    """A question scored against every target."""

    ranked: list[Candidate]  # best first, each at its best clause
    clause: Clause | None  # the clause that scored highest
    concepts: frozenset[str]  # the content concepts the message asks about (see _asked)
    named: frozenset[str]  # the names that clause itself uses
    about_article: float  # how likely the message is about the article at all


class Matcher:
    """An index over the knowledge, answering :meth:`match` and :meth:`rank` queries."""

    def __init__(self, knowledge: KnowledgeBase, cutoffs: Cutoffs | None = None) -> None:
        """Index every entry, not-covered question and article sentence.

        The analysis of each text is cached by text (:func:`analyse`), so building another matcher
        over mostly the same knowledge (one per server with moderator edits) is cheap.
        """
        self.cutoffs = cutoffs or Cutoffs()
        self.targets: list[Target] = []
        analysed: list[tuple[int, str, Analysis]] = []
        surface: set[str] = set(_LEXICON_SURFACE)
        for raw_target, texts, extra in _describe(knowledge):
            phrasings = [(text, analyse(text)) for text in texts]
            vocabulary: set[str] = set()
            stated = [analyse(text, asking=False) for text in extra]  # the answer and the quote
            for analysis in (*(a for _, a in phrasings), *stated):
                surface.update(analysis.surface)
                vocabulary.update(analysis.concepts)
            orders = (
                _role_orders([*(a for _, a in phrasings), stated[0]])
                if raw_target.kind is TargetKind.ENTRY
                else (frozenset(), frozenset())
            )
            kinds = set(raw_target.answers)
            if not kinds and raw_target.kind is TargetKind.NOT_COVERED:
                kinds = {phrasings[0][1].kind}
            index = len(self.targets)
            self.targets.append(
                Target(
                    raw_target.id,
                    raw_target.kind,
                    raw_target.question,
                    raw_target.sentence_ids,
                    frozenset(kinds),
                    frozenset(vocabulary),
                    *orders,
                )
            )
            analysed.extend((index, text, analysis) for text, analysis in phrasings)
        self.speller = _speller(frozenset(surface))
        self._entry_vocabulary = frozenset().union(
            *(t.vocabulary for t in self.targets if t.kind is TargetKind.ENTRY)
        )
        self._unknown_weight = math.log(1 + len(self.targets))
        # The weight of each concept the knowledge uses, or that signals what is asked.
        self._known_weight = _inverse_document_frequency(self.targets) | dict.fromkeys(
            SIGNAL_CONCEPTS, SIGNAL_WEIGHT * self._unknown_weight
        )
        indexed = [
            IndexedPhrasing(target, text, analysis.kind, weights)
            for target, text, analysis in analysed
            if (weights := self._weigh(analysis.tokens))
        ]
        kinds, answers = [t.kind for t in self.targets], [t.answers for t in self.targets]
        self._index = PhrasingIndex(
            len(self.targets),
            [t.vocabulary for t in self.targets],
            indexed,
            lambda kind, p: _kind_factor(kind, kinds[p.target], answers[p.target], p.kind),
        )
        kinds_of = np.array([t.kind.value for t in self.targets])
        self._gap_row = (kinds_of == TargetKind.NOT_COVERED.value).astype(np.intp)  # in _NAME_FACTORS
        per_kind = Counter(t.kind for t in self.targets)  # they come kind by kind (see _describe)
        self._kind_starts = np.cumsum([0, *(per_kind[kind] for kind in TargetKind)])
        self._passages_start = int(self._kind_starts[-2])
        ids = [t.id for t in self.targets]
        rank = {target_id: position for position, target_id in enumerate(sorted(set(ids)))}
        self._id_rank = np.array([rank[target_id] for target_id in ids], dtype=np.int64)

    def _weigh(self, toks: Sequence[Token], content: int | None = None) -> dict[str, float]:
        """Weights of a clause's tokens; in a long message an unfamiliar word is likelier to be chatter.

        ``content``: how many of the tokens are not filler, when the caller has counted them.
        """
        if content is None:
            content = len(toks) - sum(map(_FILLER, toks))
        unknown = self._unknown_weight * min(1.0, LONG_MESSAGE_TOKENS / content) if content else 0.0
        known = self._known_weight
        weights: dict[str, float] = {}
        for token in toks:
            concept = token.concept
            weight = FILLER_WEIGHT if token.filler else known.get(concept)
            if weight is None:
                share = _unfamiliar_share(concept, token.word)
                weight = FILLER_WEIGHT if share is None else unknown * share
            previous = weights.get(concept)
            if previous is None or weight > previous:  # a concept weighs as much as its weightiest word
                weights[concept] = weight
        return weights

    def _prepare(self, question: str) -> _Prepared:
        """The message's clauses as weighted queries, each with the share of the message it carries."""
        prepared = _Prepared()
        whole_weight = 0.0
        named: list[Token] = []
        signals: list[Token] = []
        for position, clause in enumerate(clauses(question, self.cutoffs.max_question_chars, self.speller)):
            toks = tokens(clause.words)
            own_names = NAMES.intersection(map(_CONCEPT, toks))
            if position:
                # "how much is it worth?" after "...openai..." is about OpenAI; "your opinion?" after a
                # question still asks for an opinion.
                carried = [] if own_names else named
                signalled = [t for t in signals if t not in toks] if signals else []
                if carried or signalled:
                    toks = [*toks, *carried, *signalled]
            else:
                signals = [t for t in toks if t.concept in SIGNAL_CONCEPTS]
            if own_names:  # only the clause's own tokens can add a name (the carried ones are in)
                named.extend(t for t in toks if t.concept in NAMES and t not in named)
            concepts = [t.concept for t in toks if not t.filler]  # one per content token
            weights = self._weigh(toks, len(concepts))
            content = list(map(weights.__getitem__, concepts))
            if all(c.startswith("#") or w <= FILLER_WEIGHT for c, w in zip(concepts, content, strict=True)):
                continue  # nothing but chatter and unfamiliar figures ("1234567890")
            content_weight = sum(content)
            if position == 0:
                whole_weight = content_weight
                prepared.concepts = frozenset(concepts)
                prepared.about_article = _about_article(prepared.concepts, clause.words)
            # A part of a message counts for as much of the message as it carries.
            factor = _part_share(content_weight, whole_weight) if position else 1.0
            factor *= prepared.about_article
            if content_weight < VAGUE_WEIGHT:
                factor *= VAGUE_FACTOR
            if len(set(concepts)) == 1:
                factor *= 1 - SINGLE_WORD_DISCOUNT * min(commonness(t.word) for t in toks if not t.filler)
            if clause.sentence:
                prepared.sentences += 1
                prepared.asked |= clause.kind is not QuestionKind.NONE and content_weight >= VAGUE_WEIGHT
            names = tuple(filter(ANY_NAME.__contains__, weights))
            prepared.queries.append(Query(clause.kind, weights, names))
            prepared.clauses.append(clause)
            prepared.factors.append(factor)
            prepared.contents.append(content_weight)
            prepared.named.append(own_names)
        if prepared.asked and prepared.sentences > 1:
            prepared.without_remarks()
        return prepared

    def score(self, question: str) -> Scored:
        """Score the question's clauses against every target (see :class:`Scored`)."""
        prepared = self._prepare(question)
        queries, kept = prepared.queries, prepared.clauses
        if not queries:
            return Scored([], None, prepared.concepts, frozenset(), prepared.about_article)
        result = self._index.score(queries)
        columns = result.columns
        every = len(columns) == len(self.targets)  # the dense pass touches every target
        gap_rows = self._gap_row if every else self._gap_row[columns]
        names_factor = _NAME_FACTORS[gap_rows, result.missing_names.astype(np.intp)]
        # The passages come last (see _describe): a sentence is long, so it is judged by how much of the
        # question it holds.
        first = self._passages_start if every else int(columns.searchsorted(self._passages_start))
        matrix = result.overlap * result.covered
        np.sqrt(matrix, out=matrix)
        overlap, covered = result.overlap[:, first:], result.covered[:, first:]
        fit = result.first_fit[:, first:]
        matrix[:, first:] = covered * fit * np.sqrt(np.minimum(1.0, 2 * overlap / fit**2))
        matrix *= names_factor
        matrix *= np.array(prepared.factors)[:, None]
        matrix = np.minimum(matrix, 1.0, out=matrix).round(4)
        if not len(columns):
            return Scored([], kept[0], prepared.concepts, prepared.named[0], prepared.about_article)
        winner = int(matrix.argmax()) // len(columns)
        candidates = self._candidates(result, np.maximum.reduce(matrix, axis=0), matrix.argmax(axis=0))
        return Scored(
            candidates, kept[winner], _asked(prepared, winner), prepared.named[winner], prepared.about_article
        )

    def _candidates(
        self, result: Scores, scores: npt.NDArray[np.float64], rows: npt.NDArray[np.int64]
    ) -> list[Candidate]:
        """The best few targets of each kind, as candidates ordered best first.

        ``scores`` and ``rows`` (the clause each score came from) run over ``result.columns``.
        """
        columns = result.columns
        every = len(columns) == len(self.targets)  # then a position in ``columns`` is its target
        positive = (scores > 0).nonzero()[0]  # positions in ``columns``
        cuts = (positive if every else columns[positive]).searchsorted(self._kind_starts).tolist()  # by kind
        negated = -scores  # in ascending order, the best come first
        chosen: list[IntArray] = []
        for (start, end), keep in zip(pairwise(cuts), (TOP_ENTRIES, TOP_OTHERS, TOP_OTHERS), strict=True):
            indices = positive[start:end]
            if len(indices) > keep:
                indices = indices[negated[indices].argpartition(keep)[:keep]]
            chosen.append(indices)
        picked = np.concatenate(chosen)
        targets = picked if every else columns[picked]
        order = np.lexsort((self._id_rank[targets], negated[picked]))  # best first, then by id
        picked = picked[order]
        picked_rows = rows[picked]
        target_list: list[int] = targets[order].tolist()
        explained_rows: list[int] = picked_rows.tolist()[:EXPLAINED]
        explained = self._index.best_phrasings(result, explained_rows, target_list[:EXPLAINED])
        texts = [self._index.texts[p] if p >= 0 else "" for p in explained]
        texts += [""] * (len(target_list) - len(texts))
        found = zip(
            [self.targets[target] for target in target_list],
            scores[picked].tolist(),
            texts,
            result.covered[picked_rows, picked].tolist(),
            strict=True,
        )
        return list(map(_candidate, found))

    def match(self, question: str) -> Match:
        """Decide: answer, did-you-mean, or decline."""
        scored = self.score(question)
        clause = scored.clause
        kind = clause.kind if clause else QuestionKind.NONE
        normalised = " ".join(clause.words) if clause else ""
        match = decide(
            scored.ranked,
            self.cutoffs,
            kind,
            normalised,
            unanswerable=scored.concepts - self._entry_vocabulary,
            named=scored.named,
            about_article=scored.about_article,
        )
        reversed_roles = (
            match.outcome is Outcome.ANSWER
            and match.best is not None
            and clause is not None
            and _roles_reversed(clause.words, match.best.target)
        )
        if reversed_roles:
            return replace(
                match,
                outcome=Outcome.SUGGEST,
                confidence=round(match.confidence * REVERSED_DOUBT, 4),
                reason="asks about the people or companies the other way round",
                suggestions=(match.best,) if match.best else (),
            )
        return match

    def rank(self, text: str, limit: int = 25) -> list[Target]:
        """Entries ordered for autocomplete: by match score, then by fuzzy likeness of the question."""
        entries = [t for t in self.targets if t.kind is TargetKind.ENTRY]
        if not text.strip():
            return entries[:limit]
        scored = {c.target.id: c.score for c in self.score(text).ranked if c.target.kind is TargetKind.ENTRY}
        folded = text.casefold()
        return sorted(
            entries,
            key=lambda t: -(scored.get(t.id, 0.0) + fuzz.partial_ratio(folded, t.question.casefold()) / 400),
        )[:limit]


def decide(
    ranked: Sequence[Candidate],
    cutoffs: Cutoffs,
    kind: QuestionKind,
    normalised: str,
    *,
    unanswerable: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
    about_article: float = 1.0,
) -> Match:
    """Turn ranked candidates into an outcome using the cut-offs.

    ``unanswerable``: the question's concepts that no curated entry knows ("stock", "sue", "find out").
    ``named``: the people and companies the question names.
    ``about_article``: how likely the message is about the article at all (see ``_about_article``).
    """
    of_kind: dict[TargetKind, list[Candidate]] = {target_kind: [] for target_kind in _TARGET_KINDS}
    for candidate in ranked:
        of_kind[candidate.target.kind].append(candidate)
    entries, gaps, passages = of_kind.values()  # in TargetKind's order
    best = entries[0] if entries else None
    top_score = best.score if best else 0.0
    common = {"ranked": tuple(ranked[:5]), "normalised": normalised, "kind": kind}
    # Any of the closest gaps may decide: "how did twitter find out ..." is the discovery gap's, even
    # when a gap about the government data scores higher.
    gap = next(
        (g for g in gaps if _gap_wins(g, best, kind, cutoffs, unanswerable=unanswerable, named=named)), None
    )
    if gap is not None:
        return Match(
            Outcome.DECLINE,
            gap.score,
            gap,
            reason="matches a question the article does not answer",
            **common,
        )
    # "who is your boss" holds an entry's words but asks the bot: it needs more to answer.
    plain = about_article >= NO_NAME_FACTOR
    names_parties = about_article >= 1  # names the article's people or companies (see _about_article)
    answer_at = cutoffs.answer_at if plain else max(cutoffs.answer_at, cutoffs.personal_answer_at)
    if best is not None and best.score >= answer_at:
        return _confident(best, entries, passages, cutoffs, common)
    if (
        passages
        and passages[0].score >= cutoffs.passage_at
        and passages[0].score >= top_score + cutoffs.margin
    ):
        return Match(
            Outcome.ANSWER, passages[0].score, passages[0], reason="one article sentence answers it", **common
        )
    # Only a plain question may answer from the grey zone.
    if best is not None and (
        reason := _grey_zone_reason(
            _Contenders(best, entries, gaps, passages), cutoffs, plain=plain, names_parties=names_parties
        )
    ):
        return Match(Outcome.ANSWER, best.score, best, reason=reason, **common)
    if best is not None and best.score >= cutoffs.suggest_at:
        close = tuple(c for c in entries[:3] if c.score >= cutoffs.suggest_at)
        return Match(
            Outcome.SUGGEST,
            best.score,
            best,
            reason="not confident enough to answer",
            suggestions=close,
            **common,
        )
    return Match(Outcome.DECLINE, top_score, best, reason="nothing in the knowledge fits", **common)


def _confident(
    best: Candidate,
    entries: Sequence[Candidate],
    passages: Sequence[Candidate],
    cutoffs: Cutoffs,
    common: dict[str, Any],
) -> Match:
    """The best entry is confident: answer it, unless another entry from other sentences ties.

    On a tie, an article sentence that clearly beats both answers instead; one that leads them and
    is cited by only one of them picks that one; else did-you-mean.
    """
    rivals = _rivals(best, entries, cutoffs.margin)
    if not rivals:
        return Match(Outcome.ANSWER, best.score, best, reason="confident and clearly ahead", **common)
    if passages and passages[0].score >= max(cutoffs.passage_at, best.score + cutoffs.passage_lead):
        passage = passages[0]
        return Match(Outcome.ANSWER, passage.score, passage, reason="a sentence settles it", **common)
    owner = _sentence_owner(passages[0], (best, *rivals), cutoffs) if passages else None
    if owner is not None:
        return Match(
            Outcome.ANSWER, owner.score, owner, reason="its own article sentence settles it", **common
        )
    return Match(
        Outcome.SUGGEST,
        best.score,
        best,
        reason="several entries fit about as well",
        suggestions=(best, *rivals[:2]),
        **common,
    )


def _sentence_owner(sentence: Candidate, tied: Sequence[Candidate], cutoffs: Cutoffs) -> Candidate | None:
    """The one tied entry that cites the best-matching article sentence, when that sentence leads them."""
    if sentence.score < max(cutoffs.agreeing_sentence_at, tied[0].score + cutoffs.owner_sentence_lead):
        return None
    owners = [c for c in tied if _cites(c, sentence)]
    return owners[0] if len(owners) == 1 else None


class _Contenders(NamedTuple):
    """A grey-zone entry and what competes with it: the other entries, known gaps and sentences."""

    best: Candidate
    entries: Sequence[Candidate]
    gaps: Sequence[Candidate]
    passages: Sequence[Candidate]


def _grey_zone_reason(
    contenders: _Contenders, cutoffs: Cutoffs, *, plain: bool, names_parties: bool
) -> str | None:
    """Why an entry below ``answer_at`` may answer after all, or None when it may not.

    ``plain``: the message names the article's parties, or at least does not talk about the asker
    or the bot. ``names_parties``: it names them.
    """
    if _corroborated(contenders, cutoffs):
        return "the article sentence it cites agrees"
    if plain and _holds_whole_question(contenders, cutoffs):
        return "it holds every word of the question"
    if names_parties and _clearly_ahead(contenders, cutoffs):
        return "it is clearly ahead of everything else"
    return None


def _clearly_ahead(contenders: _Contenders, cutoffs: Cutoffs) -> bool:
    """Whether a grey-zone entry may answer because nothing else comes near it.

    No entry citing another sentence, no known gap and no sentence the entry does not cite scores
    within ``clear_lead`` of it: the wording is unusual, but the question has one reading.
    """
    best, entries, gaps, passages = contenders
    if best.score < cutoffs.clear_lead_at:
        return False
    near = best.score - cutoffs.clear_lead
    return (
        not _rivals(best, entries, cutoffs.clear_lead)
        and not _gap_near(best, gaps, cutoffs.clear_lead)
        and not any(p.score >= near and not _cites(best, p) for p in passages)
    )


def _corroborated(contenders: _Contenders, cutoffs: Cutoffs) -> bool:
    """Whether a grey-zone entry may answer because two independent views agree.

    They agree when the article sentence that best matches the question is the one the entry
    cites, and no entry from another sentence and no known gap comes within ``passage_lead``.
    """
    best, entries, gaps, passages = contenders
    if best.score < cutoffs.corroborated_at or not passages:
        return False
    sentence = passages[0]
    if sentence.score < cutoffs.agreeing_sentence_at or not _cites(best, sentence):
        return False
    lead = cutoffs.passage_lead
    return not _rivals(best, entries, lead) and not _gap_near(best, gaps, lead)


def _holds_whole_question(contenders: _Contenders, cutoffs: Cutoffs) -> bool:
    """Whether a grey-zone entry may answer because its vocabulary holds every word of the question.

    Such a question asks nothing the entry does not know, so a low score only means unusual
    wording ("which ppl arent vibing w elons no-money-worries thing"). It answers when no known
    gap comes within ``passage_lead`` and no entry from another sentence comes within
    ``whole_question_lead`` that also holds the whole question, or within ``margin`` at all.
    """
    best, entries, gaps, _ = contenders
    if best.score < cutoffs.suggest_at or best.covered < WHOLE_QUESTION:
        return False
    near_gap = _gap_near(best, gaps, cutoffs.passage_lead)
    close = [
        c
        for c in _rivals(best, entries, cutoffs.whole_question_lead)
        if c.covered >= WHOLE_QUESTION or c.score >= best.score - cutoffs.margin
    ]
    return not close and not near_gap


def _cites(entry: Candidate, sentence: Candidate) -> bool:
    """Whether an entry's quote holds the article sentence."""
    return sentence.target.sentence_ids <= entry.target.sentence_ids


def _gap_near(best: Candidate, gaps: Sequence[Candidate], within: float) -> bool:
    """Whether the best known gap scores within ``within`` of ``best``."""
    return bool(gaps) and gaps[0].score >= best.score - within


def _rivals(best: Candidate, entries: Sequence[Candidate], within: float) -> list[Candidate]:
    """Entries that cite other sentences than ``best`` and score within ``within`` of it."""
    return [
        c
        for c in entries[1:]
        if c.score >= best.score - within and not c.target.sentence_ids & best.target.sentence_ids
    ]


@dataclass(slots=True)
class _Prepared:
    """A message's clauses ready for scoring."""

    queries: list[Query] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    factors: list[float] = field(default_factory=list)  # the share of the message each clause carries
    contents: list[float] = field(default_factory=list)  # each clause's content weight
    named: list[frozenset[str]] = field(default_factory=list)  # the names each clause itself uses
    concepts: frozenset[str] = frozenset()  # the whole message's content concepts
    about_article: float = 1.0  # see _about_article
    sentences: int = 0  # clauses that are one sentence of several
    asked: bool = False  # one of those sentences asks something of substance

    def without_remarks(self) -> None:
        """Drop the sentences that ask nothing: the question is elsewhere in the message.

        "so the letter says microsoft broke the agreement. what deadline did twitter give?" restates
        one entry and asks what the article never says; the remark alone must not answer. It still
        counts in the whole message and in the pairs, and lends its names to the question.
        """
        remark = [_is_remark(clause) for clause in self.clauses]
        if not any(remark):
            return  # every part keeps its share: the message's weight is unchanged
        kept = [i for i, is_remark in enumerate(remark) if not is_remark]
        asked = {c for i in kept if self.clauses[i].sentence for c in self.queries[i].weights}
        remarked = {c for i, is_remark in enumerate(remark) if is_remark for c in self.queries[i].weights}
        self.concepts -= remarked - asked  # "finance server check: ..." is no question about financing
        # The parts kept count for as much of the message as they carry once the remarks are gone.
        whole = self.contents[0] - REMARK_SHARE * sum(
            c for c, is_remark in zip(self.contents, remark, strict=True) if is_remark
        )
        for i in kept[1:]:
            share = _part_share(self.contents[i], max(whole, 1e-9))
            self.factors[i] *= share / _part_share(self.contents[i], self.contents[0])
        self.queries = [self.queries[i] for i in kept]
        self.clauses = [self.clauses[i] for i in kept]
        self.factors = [self.factors[i] for i in kept]
        self.contents = [self.contents[i] for i in kept]
        self.named = [self.named[i] for i in kept]


@dataclass(frozen=True, slots=True)
class _RawTarget:
    id: str
    kind: TargetKind
    question: str
    sentence_ids: frozenset[str]
    answers: tuple[QuestionKind, ...]


def _describe(knowledge: KnowledgeBase) -> Iterable[tuple[_RawTarget, tuple[str, ...], tuple[str, ...]]]:
    """Targets with the phrasings to match and the extra text that only widens their vocabulary.

    They come kind by kind, in the order of :class:`TargetKind`.
    """
    for item in knowledge.sourced:
        entry = item.entry
        ids = frozenset(s.id for s in item.sentences)
        yield (
            _RawTarget(entry.id, TargetKind.ENTRY, entry.question, ids, entry.asks),
            entry.phrasings,
            (entry.answer, entry.source.quote),
        )
    for gap in knowledge.not_covered:
        yield (
            _RawTarget(gap.id, TargetKind.NOT_COVERED, gap.question, frozenset(), gap.asks),
            gap.phrasings,
            (),
        )
    for sentence in knowledge.article.sentences:
        yield (
            _RawTarget(sentence.id, TargetKind.PASSAGE, sentence.text, frozenset({sentence.id}), ()),
            (sentence.text,),
            (),
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the matcher needs from one knowledge text; it depends on the text alone."""

    tokens: tuple[Token, ...]  # concept tokens of the whole text
    kind: QuestionKind
    concepts: frozenset[str]
    surface: tuple[str, ...]  # folded words, for the speller's vocabulary
    name_orders: frozenset[tuple[str, str]]  # (a, b): the text names a before b


@lru_cache(maxsize=ANALYSIS_CACHE)
def analyse(text: str, *, asking: bool = True) -> Analysis:
    """Analyse one phrasing, or (not ``asking``) an answer or quote; cached, shared by every matcher."""
    found = clauses(text, 10_000, asking=asking)
    toks = tuple(tokens(found[0].words)) if found else ()
    kind = found[0].kind if found else QuestionKind.NONE
    concepts = [t.concept for t in toks]
    return Analysis(
        toks, kind, frozenset(concepts), tuple(set(words(fold(text)))), frozenset(_name_orders(concepts))
    )


def _role_orders(
    analyses: Sequence[Analysis],
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """An entry's name orders: those seen often enough to rely on, and all of them."""
    seen = Counter(pair for analysis in analyses for pair in analysis.name_orders)
    return frozenset(pair for pair, count in seen.items() if count >= ROLE_EVIDENCE), frozenset(seen)


@lru_cache(maxsize=SPELLERS_CACHED)
def _speller(vocabulary: frozenset[str]) -> Speller:
    """One speller (and its correction cache) per distinct vocabulary."""
    return Speller(vocabulary)


_LEXICON_SURFACE = frozenset(lexicon.CONCEPTS) | {w for phrase in lexicon.PHRASES for w in phrase.split()}


def _inverse_document_frequency(targets: Sequence[Target]) -> dict[str, float]:
    counted = [t for t in targets if t.kind is not TargetKind.PASSAGE]
    frequency: dict[str, int] = defaultdict(int)
    for target in counted:
        for concept in target.vocabulary:
            frequency[concept] += 1
    return {concept: math.log(1 + len(counted) / df) for concept, df in frequency.items()}


def _gap_wins(
    gap: Candidate,
    best: Candidate | None,
    kind: QuestionKind,
    cutoffs: Cutoffs,
    *,
    unanswerable: frozenset[str],
    named: frozenset[str],
) -> bool:
    """Whether a known gap ("the article doesn't say when...") should decide the reply.

    It does when it beats every entry; when it claims this kind of question and ties, unless it
    is about a party the question leaves out ("openai donation amount" is not Microsoft's
    investment); or when it is close and explains a word of the question that no entry knows, unless
    the question asks another strict kind than all the gap answers ("why does openai owe him" is no
    question about the amount).
    A look-up of the article's parties that asks nothing specific ("microsoft data agreement") is
    about the topic a confident entry covers, not the detail a gap asks, unless the gap is clearly
    closer.
    """
    if gap.score < cutoffs.suggest_at:
        return False
    top_score = best.score if best else 0.0
    lead = cutoffs.not_covered_margin
    if kind is QuestionKind.NONE and named and top_score >= cutoffs.answer_at:
        lead = max(lead, cutoffs.keyword_gap_lead)
    if gap.score > top_score + lead:
        return True
    tied = kind in STRICT_KINDS and kind in gap.target.answers and gap.score >= top_score - cutoffs.margin
    if tied and not (named and analyse(gap.phrasing).concepts & NAMES - named):
        return True
    explains = any(c in gap.target.vocabulary for c in unanswerable)
    return explains and gap.score >= top_score - GAP_EXPLAINS_MARGIN and not _asks_another_kind(gap, kind)


def _asks_another_kind(gap: Candidate, kind: QuestionKind) -> bool:
    """Whether a question of one strict kind meets a gap of only others ("why does openai owe him")."""
    strict = _strict_answers(gap.target.answers)
    return kind in STRICT_KINDS and bool(strict) and kind not in strict


def _strict_answers(answers: frozenset[QuestionKind]) -> list[QuestionKind]:
    """The kinds a target answers when all of them are strict (how much, when, who...), else none."""
    strict = [k for k in answers if k in STRICT_KINDS]
    return strict if len(strict) == len(answers) else []


def _part_share(content: float, whole: float) -> float:
    """How much of a message a part of it carries, from their content weights."""
    return min(1.0, content / whole) ** CLAUSE_EXPONENT


def _asked(prepared: _Prepared, winner: int) -> frozenset[str]:
    """The concepts the message asks about: those of its best-matching part and of its last question.

    "i thought it was subscriptions?? what is their main income" asks the main income, whatever the
    aside names; "ok so twitter sent the letter, but what did microsoft say back? did they deny it?"
    still asks about a denial.
    """
    last = max(
        (i for i, c in enumerate(prepared.clauses) if c.sentence and c.kind is not QuestionKind.NONE),
        default=None,
    )
    parts = {winner} if last is None else {winner, last}
    found = {c for i in parts for c, w in prepared.queries[i].weights.items() if w > FILLER_WEIGHT}
    return prepared.concepts & found


def _is_remark(clause: Clause) -> bool:
    """A sentence of a longer message that asks nothing ("my uncle says musk overpaid.")."""
    return clause.sentence and clause.kind is QuestionKind.NONE and not clause.question_mark


_OPENING_CHATTER = lexicon.FILLER | {"i"}


# Words that point at the article itself ("the piece" is phrased as "title")
_THE_ARTICLE = frozenset({"article", "articles", "piece", "title", "writer", "author"})


def _about_article(concepts: frozenset[str], words: Sequence[str]) -> float:
    """How likely a message is about the article at all, from the names it uses.

    A message that names none of the article's people and companies is less likely to be about
    it, and one that also talks about "me", "my" or "you" is usually about the asker or the bot;
    one that opens "you are ..." (after any chatter) talks to the bot, whatever names it uses.
    """
    opening = tuple(islice(dropwhile(_OPENING_CHATTER.__contains__, words), 2))  # "i bet you're"
    if opening in {("you", "are"), ("you", "is")} or opening[:1] == ("ur",):
        return ADDRESSED_FACTOR  # "you're just a chatgpt ripoff" talks to the bot, not about the article
    if concepts & NAMES or not _THE_ARTICLE.isdisjoint(words):  # "what does the article leave open"
        return 1.0
    if any(word in lexicon.PERSONAL for word in words):
        return NO_NAME_FACTOR * PERSONAL_FACTOR
    return NO_NAME_FACTOR


@lru_cache(maxsize=65536)
def _unfamiliar_share(concept: str, word: str) -> float | None:
    """The share of the unknown-word weight an unfamiliar concept gets (None: a figure, weighed as filler).

    An unfamiliar figure's kind ("#b") carries the meaning; an everyday word is likelier chatter.
    """
    if AMOUNT.match(concept):  # never discounted as an everyday word
        return None
    return 1 - EVERYDAY_DISCOUNT * commonness(word)


@lru_cache(maxsize=4096)
def _kind_factor(
    kind: QuestionKind, target_kind: TargetKind, answers: frozenset[QuestionKind], phrasing_kind: QuestionKind
) -> float:
    """Penalise a question whose kind neither the target as a whole nor this phrasing answers.

    An entry declares the kinds it answers in general (``asks``); a phrasing such as "when did
    Twitter send the letter?" adds its own kind for questions that are about the same thing.
    A known gap ("when did Musk buy Twitter?") is narrower: it only fits questions of its own
    strict kind, so "how much did Musk pay for Twitter?" does not fall into it.
    """
    if kind in answers or (kind is phrasing_kind and target_kind is TargetKind.ENTRY):
        return 1.0
    if target_kind is TargetKind.NOT_COVERED and (strict := _strict_answers(answers)):
        return min(STRICT_KINDS[k] for k in strict)
    return STRICT_KINDS.get(kind, 1.0)


def _name_orders(concepts: Sequence[str]) -> set[tuple[str, str]]:
    """Ordered pairs of the article's names and directed acts as a text mentions them.

    "musk restricted openai" gives (musk, restrict), (musk, openai) and (restrict, openai). A name
    that only qualifies a thing ("microsoft data") is not a party, so it is left out.
    """
    following = [*concepts[1:], ""]
    names = [
        c
        for c, after in zip(concepts, following, strict=False)
        if (c in NAMES and after not in OWNED) or c in DIRECTED
    ]
    return {(a, b) for i, a in enumerate(names) for b in names[i + 1 :] if a != b}


def _roles_reversed(words: Sequence[str], target: Target) -> bool:
    """True when the question's subject and another party come the other way round in the entry.

    "How much did OpenAI donate to Musk?" against phrasings that all put Musk first. Only a plain
    subject right after an early auxiliary counts ("did X ...", "how much did X ..."), never a
    passive or a receiving question ("was X removed by Y", "did X get ... from Y").
    """
    if not target.name_orders or not ROLE_SWAPPERS.isdisjoint(words):
        return False
    content = [w for w in words if w not in lexicon.FILLER and w not in ("the", "a", "an")]
    for index, word in enumerate(content[:ROLE_WINDOW]):
        if word in lexicon.YES_NO_OPENERS and index + 1 < len(content):
            subject, rest = lexicon.concept(content[index + 1]), content[index + 2 :]
            after_verb = 1 if rest[:1] == ["do"] else 0  # "what did microsoft do to twitter": a verb
            if subject not in NAMES or any(w in ASKING_WORDS for w in rest[after_verb:]):
                return False  # not a plain subject, or a second question follows
            # "is openai fighting musk" says the same as "is musk fighting openai"; in "what has openai
            # turned into that annoys musk" Musk is in another clause.
            if (rest and lexicon.concept(rest[0]) in SYMMETRIC) or not CLAUSE_OPENERS.isdisjoint(rest):
                return False
            # "was twitter removed from ..." and "what does twitter lose from being removed" are passive
            if (word in PASSIVE_AUXILIARIES and any(w.endswith("ed") for w in rest)) or "being" in rest:
                return False
            later = _name_orders([subject, *(lexicon.concept(w) for w in rest)])
            return any(
                (b, a) in target.name_orders and (a, b) not in target.any_orders
                for a, b in later
                if a == subject
            )
    return False
