"""Vectorised scoring of one question against every phrasing and every target at once.

For each phrasing the overlap is a weighted Dice coefficient; for each target, the share of the
question its whole vocabulary covers and how many of the question's names it lacks. numpy keeps
this well under a millisecond for the shipped knowledge and a few milliseconds for 10,000 entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from bot.core.lexicon import QuestionKind

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class IndexedPhrasing:
    """One phrasing to index: its target, text, question kind and concept weights."""

    target: int
    text: str
    kind: QuestionKind
    weights: dict[str, float]


@dataclass(frozen=True, slots=True)
class Query:
    """One clause to score: what it asks, its concept weights and the names it mentions."""

    kind: QuestionKind
    weights: dict[str, float]
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Scores:
    """Per-clause results for the targets the question touches (rows: clauses; columns: ``columns``).

    A target outside ``columns`` shares no concept with any clause, so every score of it is zero.
    """

    columns: IntArray  # the touched targets, ascending
    overlap: FloatArray  # best kind-adjusted overlap of any of the target's phrasings
    covered: FloatArray  # share of the clause's weight that the target's vocabulary holds
    missing_names: FloatArray  # names in the clause that the target never mentions
    first_fit: FloatArray  # kind fit of the target's first phrasing (its only one, for a passage)
    groups: IntArray  # sparse: touched (clause, target) pairs as ``clause * targets + target``, ascending
    best_pairs: IntArray  # sparse: per group, its best phrasing as ``clause * phrasings + phrasing``
    adjusted: FloatArray | None = None  # dense: kind-adjusted overlap per clause and phrasing


_NO_INTS = np.zeros(0, dtype=np.int64)


@dataclass(slots=True)
class _Gathered:
    """Spans of a flat array to gather, one per concept, each for some clause rows and weights."""

    rows: list[int] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)

    def add(self, rows: list[int], weights: list[float], span: tuple[int, int]) -> None:
        """Gather ``span`` (offset, length) once for each of ``rows``, with its weight."""
        self.rows.extend(rows)
        self.weights.extend(weights)
        self.counts.append(len(rows))
        self.offsets.append(span[0])
        self.lengths.append(span[1])

    def expand(self) -> tuple[IntArray, FloatArray, IntArray]:
        """Per gathered position: its row, its weight, and its position in the flat array."""
        counts = np.array(self.counts, dtype=np.int64)
        sizes = np.repeat(np.array(self.lengths, dtype=np.int64), counts)
        offsets = np.repeat(np.array(self.offsets, dtype=np.int64), counts)
        ends = np.cumsum(sizes)
        positions = np.repeat(offsets - ends + sizes, sizes) + np.arange(ends[-1])
        rows = np.repeat(np.array(self.rows, dtype=np.int64), sizes)
        return rows, np.repeat(np.array(self.weights, dtype=np.float64), sizes), positions


class PhrasingIndex:
    """Inverted index from concepts to phrasings and to target vocabularies.

    A small index is scored densely (every phrasing, a few numpy calls per concept); a large one
    sparsely: postings are kept as one flat array with a span per concept, and only the phrasings
    and targets that share a concept with the question are touched. Both give identical scores.
    """

    dense_up_to = 5_000  # phrasings; above this the sparse pass is faster

    def __init__(
        self,
        target_count: int,
        vocabularies: Sequence[Collection[str]],
        phrasings: Sequence[IndexedPhrasing],
        fit_of: Callable[[QuestionKind, IndexedPhrasing], float],
    ) -> None:
        """``phrasings`` must be grouped by target; ``fit_of`` says how a phrasing suits a kind."""
        self.texts = [p.text for p in phrasings]
        self._count = len(phrasings)
        self._targets = target_count
        self._target_of = np.array([p.target for p in phrasings], dtype=np.int64)
        self._totals = np.array([sum(p.weights.values()) for p in phrasings], dtype=np.float64)
        postings: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
        for index, phrasing in enumerate(phrasings):
            for concept, weight in phrasing.weights.items():
                postings[concept][0].append(index)
                postings[concept][1].append(weight)
        self._posting_span: dict[str, tuple[int, int]] = {}
        flat_indices: list[int] = []
        flat_weights: list[float] = []
        for concept, (indices, weights) in postings.items():
            self._posting_span[concept] = (len(flat_indices), len(indices))
            flat_indices.extend(indices)
            flat_weights.extend(weights)
        self._posting_phrasing = np.array(flat_indices, dtype=np.int64)
        self._posting_weight = np.array(flat_weights, dtype=np.float64)
        holders: dict[str, list[int]] = defaultdict(list)
        for target, vocabulary in enumerate(vocabularies):
            for concept in vocabulary:
                holders[concept].append(target)
        self._holder_span: dict[str, tuple[int, int]] = {}
        flat_holders: list[int] = []
        for concept, held_by in holders.items():
            self._holder_span[concept] = (len(flat_holders), len(held_by))
            flat_holders.extend(held_by)
        self._holder = np.array(flat_holders, dtype=np.int64)
        self._kind_row = {kind: row for row, kind in enumerate(QuestionKind)}
        # A phrasing's fit depends only on its target and its own kind: ask once per such pair.
        representative: dict[tuple[int, QuestionKind], IndexedPhrasing] = {}
        for phrasing in phrasings:
            representative.setdefault((phrasing.target, phrasing.kind), phrasing)
        position = {shape: index for index, shape in enumerate(representative)}
        table = np.array([[fit_of(kind, p) for p in representative.values()] for kind in QuestionKind])
        shape_of = np.array([position[(p.target, p.kind)] for p in phrasings], dtype=np.int64)
        self._fits = table.reshape(len(self._kind_row), len(representative))[:, shape_of]
        starts = [0] + [i for i in range(1, self._count) if phrasings[i].target != phrasings[i - 1].target]
        self._starts = np.array(starts, dtype=np.int64)
        self._segment_target = self._target_of[self._starts] if self._count else _NO_INTS
        ends = [*starts[1:], self._count]
        self._span_of = {phrasings[a].target: (a, b) for a, b in zip(starts, ends, strict=True) if a < b}
        self._first_fit = np.ones((len(self._kind_row), target_count))
        if self._count:
            self._first_fit[:, self._segment_target] = self._fits[:, self._starts]

    def score(self, queries: Sequence[Query]) -> Scores:
        """Score every clause against every phrasing and target."""
        return self._dense(queries) if self._count <= self.dense_up_to else self._sparse(queries)

    def _dense(self, queries: Sequence[Query]) -> Scores:
        """Every clause against every phrasing and target, with a fixed number of numpy calls.

        Each cell sums its concepts' contributions in first-seen concept order (``np.bincount``
        adds in input order), whatever the number of concepts.
        """
        rows, count, targets = len(queries), self._count, self._targets
        concepts: dict[str, int] = {}
        for query in queries:
            for concept in query.weights:
                concepts.setdefault(concept, len(concepts))
        weights = np.zeros((rows, len(concepts)))
        for row, query in enumerate(queries):
            for concept, weight in query.weights.items():
                weights[row, concepts[concept]] = weight
        base = np.arange(rows, dtype=np.int64)[:, None]
        shared = self._spread(
            concepts,
            weights,
            self._posting_span,
            self._posting_phrasing,
            item_weights=self._posting_weight,
            offsets=base * count,
            size=rows * count,
        )
        covered = self._spread(
            concepts, weights, self._holder_span, self._holder, offsets=base * targets, size=rows * targets
        )
        missing = np.array([[float(len(q.names))] for q in queries]) * np.ones((1, targets))
        for row, query in enumerate(queries):
            for name in query.names:
                span = self._holder_span.get(name)
                if span is not None:
                    missing[row, self._holder[span[0] : span[0] + span[1]]] -= 1
        totals = np.array([sum(q.weights.values()) for q in queries])
        kinds = np.array([self._kind_row[q.kind] for q in queries], dtype=np.int64)
        fits = self._fits[kinds]
        shared = shared.reshape(rows, count)
        adjusted = 2 * shared / (totals[:, None] + self._totals[None, :]) * fits * fits
        overlap = np.zeros((rows, targets))
        if count:
            overlap[:, self._segment_target] = np.maximum.reduceat(adjusted, self._starts, axis=1)
        covered = covered.reshape(rows, targets) / np.maximum(totals, 1e-9)[:, None]
        columns = np.arange(targets)
        return Scores(
            columns, overlap, covered, missing, self._first_fit[kinds], _NO_INTS, _NO_INTS, adjusted
        )

    @staticmethod
    def _spread(
        concepts: dict[str, int],
        weights: FloatArray,
        spans: dict[str, tuple[int, int]],
        items: IntArray,
        *,
        item_weights: FloatArray | None = None,
        offsets: IntArray,
        size: int,
    ) -> FloatArray:
        """Sum, per (clause, item), each concept's weight (at most the item's own weight, if given).

        ``spans`` locate each concept's items in the flat ``items`` (and ``item_weights``).
        """
        found = [(spans[c], column) for c, column in concepts.items() if c in spans]
        if not found:
            return np.zeros(size)
        picked = np.concatenate([items[start : start + length] for (start, length), _ in found])
        columns = np.repeat([column for _, column in found], [length for (_, length), _ in found])
        values = weights[:, columns]
        if item_weights is not None:
            own = np.concatenate([item_weights[start : start + length] for (start, length), _ in found])
            values = np.minimum(own[None, :], values)
        return np.bincount((offsets + picked[None, :]).ravel(), values.ravel(), minlength=size)

    def _sparse(self, queries: Sequence[Query]) -> Scores:
        """Only the phrasings and targets that share a concept with some clause.

        Sums are taken concept by concept in first-seen order, exactly as the dense pass takes
        them, so both give the same scores.
        """
        rows = len(queries)
        postings, holders, names = self._gather(queries)
        totals = np.array([sum(q.weights.values()) for q in queries])
        kinds = np.array([self._kind_row[q.kind] for q in queries], dtype=np.int64)
        if not holders.rows:
            empty = np.zeros((rows, 0))
            return Scores(_NO_INTS, empty, empty, empty, empty, _NO_INTS, _NO_INTS)
        holder_rows, holder_weights, positions = holders.expand()
        held_by = self._holder[positions]
        touched = np.zeros(self._targets, dtype=np.bool_)
        touched[held_by] = True
        columns = np.flatnonzero(touched)
        column_of = np.cumsum(touched) - 1  # target -> its position in ``columns``
        width = len(columns)
        cells = holder_rows * width + column_of[held_by]
        covered = np.bincount(cells, holder_weights, minlength=rows * width).reshape(rows, width)
        missing = np.array([[float(len(q.names))] for q in queries]) * np.ones((1, width))
        if names.rows:
            name_rows, _, positions = names.expand()
            cells = name_rows * width + column_of[self._holder[positions]]
            missing -= np.bincount(cells, minlength=rows * width).reshape(rows, width)
        overlap = np.zeros((rows, width))
        groups, best_pairs = _NO_INTS, _NO_INTS
        if postings.rows:
            pairs, adjusted = self._pairs(postings, totals, kinds)
            runs = pairs // self._count * self._targets + self._target_of[pairs % self._count]
            starts = np.concatenate(([0], np.flatnonzero(np.diff(runs)) + 1))
            groups = runs[starts]
            group_rows, group_targets = np.divmod(groups, self._targets)
            best = np.maximum.reduceat(adjusted, starts)
            overlap[group_rows, column_of[group_targets]] = best
            # The first pair of each run that reaches the run's best: the phrasing to show.
            at_best = adjusted == np.repeat(best, np.diff(np.append(starts, len(pairs))))
            first = np.minimum.reduceat(np.where(at_best, np.arange(len(pairs)), len(pairs)), starts)
            best_pairs = pairs[first]
        covered /= np.maximum(totals, 1e-9)[:, None]
        first_fit = self._first_fit[kinds][:, columns]
        return Scores(columns, overlap, covered, missing, first_fit, groups, best_pairs)

    def _gather(self, queries: Sequence[Query]) -> tuple[_Gathered, _Gathered, _Gathered]:
        """What to gather for the clauses' concepts: phrasings, vocabulary holders, name holders."""
        per_concept: dict[str, tuple[list[int], list[float]]] = {}
        for row, query in enumerate(queries):
            for concept, weight in query.weights.items():
                seen = per_concept.get(concept)
                if seen is None:
                    per_concept[concept] = ([row], [weight])
                else:
                    seen[0].append(row)
                    seen[1].append(weight)
        postings, holders, names = _Gathered(), _Gathered(), _Gathered()
        for concept, (concept_rows, weights) in per_concept.items():
            posting = self._posting_span.get(concept)
            if posting is not None:
                postings.add(concept_rows, weights, posting)
            held = self._holder_span.get(concept)
            if held is not None:
                holders.add(concept_rows, weights, held)
        for row, query in enumerate(queries):
            for name in query.names:
                if name in self._holder_span:
                    names.add([row], [1.0], self._holder_span[name])
        return postings, holders, names

    def _pairs(self, postings: _Gathered, totals: FloatArray, kinds: IntArray) -> tuple[IntArray, FloatArray]:
        """The touched (clause, phrasing) pairs, ascending, and their kind-adjusted Dice overlap."""
        posting_rows, query_weights, positions = postings.expand()
        keys = posting_rows * self._count + self._posting_phrasing[positions]
        values = np.minimum(self._posting_weight[positions], query_weights)
        dense = np.bincount(keys, values, minlength=len(totals) * self._count)
        pairs = np.flatnonzero(dense)
        shared = dense[pairs]
        pair_rows, pair_phrasings = np.divmod(pairs, self._count)
        fits = self._fits[kinds[pair_rows], pair_phrasings]
        return pairs, 2 * shared / (totals[pair_rows] + self._totals[pair_phrasings]) * fits * fits

    def best_phrasings(self, scores: Scores, rows: Sequence[int], targets: Sequence[int]) -> list[int]:
        """For each (clause row, target), its phrasing with the highest adjusted overlap (-1 if none)."""
        if scores.adjusted is not None:
            return [
                self._best_in_row(scores.adjusted[row], target)
                for row, target in zip(rows, targets, strict=True)
            ]
        keys = np.array(rows, dtype=np.int64) * self._targets + np.array(targets, dtype=np.int64)
        found = np.minimum(np.searchsorted(scores.groups, keys), max(len(scores.groups) - 1, 0))
        result: list[int] = []
        for row, target, key, group in zip(rows, targets, keys.tolist(), found.tolist(), strict=True):
            if len(scores.groups) and scores.groups[group] == key:
                result.append(int(scores.best_pairs[group]) - row * self._count)
                continue
            segment = np.searchsorted(self._segment_target, target)  # nothing shared: the first phrasing
            found_segment = segment < len(self._segment_target) and self._segment_target[segment] == target
            result.append(int(self._starts[segment]) if found_segment else -1)
        return result

    def _best_in_row(self, adjusted_row: FloatArray, target: int) -> int:
        """The phrasing of ``target`` with the highest adjusted overlap in one clause (-1 if none)."""
        span = self._span_of.get(target)
        if span is None:
            return -1
        return span[0] + int(adjusted_row[span[0] : span[1]].argmax())
