"""Vectorised scoring of one question against every phrasing and every target at once.

For each phrasing the overlap is a weighted Dice coefficient; for each target, the share of the
question its whole vocabulary covers and how many of the question's names it lacks. numpy keeps
this well under a millisecond for the shipped knowledge and a few milliseconds for 10,000 entries.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from bot.core.lexicon import QuestionKind
from bot.core.lookup import ComputedOnLookup

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class IndexedPhrasing:
    """One phrasing to index: its target, text, question kind and concept weights."""

    target: int
    text: str
    kind: QuestionKind
    weights: dict[str, float]


@dataclass(slots=True)
class Query:
    """One clause to score: what it asks, its concept weights and the names it mentions.

    Not frozen: one is made for every clause of every message, and a frozen dataclass is built
    through ``object.__setattr__``, three times slower. Never changed once made.
    """

    kind: QuestionKind
    weights: dict[str, float]
    names: tuple[str, ...]  # each one of its concepts


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
MISSING_CACHED = 4096  # distinct tuples of names whose missing counts are kept (see _count_missing)
ADDED_CACHED = 4096  # (clause row, concept, weight) whose cells and added weights are kept (see _spread)


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

    A small index is scored densely (every phrasing and target in one ``np.bincount``); a large one
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
        holders: dict[str, list[int]] = defaultdict(list)
        for target, vocabulary in enumerate(vocabularies):
            for concept in vocabulary:
                holders[concept].append(target)
        # Per concept, one span of the flat arrays: its phrasings, then the targets that hold it, each
        # as its cell in a dense row of ``phrasings + targets`` with the most weight it can add there.
        self._spans: dict[str, tuple[int, int, int]] = {}  # concept -> start, holders' start, end
        cells: list[int] = []
        caps: list[float] = []
        for concept in dict.fromkeys([*postings, *holders]):
            indices, weights = postings.get(concept, ([], []))
            held_by = holders.get(concept, [])
            start = len(cells)
            self._spans[concept] = (start, start + len(indices), start + len(indices) + len(held_by))
            cells.extend(indices)
            cells.extend(held_by)
            caps.extend(weights)
            caps.extend([math.inf] * len(held_by))  # a target's vocabulary takes a concept's whole weight
        self._cell = np.array(cells, dtype=np.int64)
        self._cap = np.array(caps, dtype=np.float64)
        self._cell[np.isinf(self._cap)] += self._count  # a target's cell follows the phrasings'
        # The dense pass's per-concept spans, sliced once: cells and caps.
        self._dense_spans = {
            concept: (self._cell[start:end], self._cap[start:end])
            for concept, (start, _, end) in self._spans.items()
        }
        # Per tuple of a clause's names, how many of them each target's vocabulary lacks (filled on use).
        self._missing: ComputedOnLookup[tuple[str, ...], FloatArray] = ComputedOnLookup(
            self._count_missing, MISSING_CACHED
        )
        # Per (clause row, concept, weight), what the concept adds to that row's dense cells (see _spread).
        self._added: ComputedOnLookup[tuple[int, str, float], tuple[IntArray, FloatArray]] = ComputedOnLookup(
            self._added_by, ADDED_CACHED
        )
        self._all_targets = np.arange(target_count)
        self._all_targets.flags.writeable = False
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
        rows, count = len(queries), self._count
        # The indexed concepts in first-seen order; the others add to no cell.
        found: dict[str, None] = {}
        for query in queries:
            for concept in query.weights:
                if concept not in found and concept in self._dense_spans:
                    found[concept] = None
        sums = self._spread(queries, list(found))
        shared, covered = sums[:, :count], sums[:, count:]
        totals = np.array([sum(q.weights.values()) for q in queries])
        kinds = np.array([self._kind_row[q.kind] for q in queries], dtype=np.int64)
        fits = self._fits[kinds]
        adjusted = 2 * shared
        adjusted /= totals[:, None] + self._totals
        adjusted *= fits
        adjusted *= fits
        if len(self._segment_target) == self._targets:  # every target has a phrasing, in order
            overlap = np.maximum.reduceat(adjusted, self._starts, axis=1)
        else:
            overlap = np.zeros((rows, self._targets))
            if count:
                overlap[:, self._segment_target] = np.maximum.reduceat(adjusted, self._starts, axis=1)
        covered = covered / np.maximum(totals, 1e-9)[:, None]
        missing = np.array([self._missing[q.names] for q in queries])
        return Scores(
            self._all_targets,
            overlap,
            covered,
            missing,
            self._first_fit[kinds],
            _NO_INTS,
            _NO_INTS,
            adjusted,
        )

    def _count_missing(self, names: tuple[str, ...]) -> FloatArray:
        """Per target, how many of ``names`` its vocabulary lacks (read-only; kept in ``_missing``)."""
        missing = np.full(self._targets, float(len(names)))
        for name in names:
            _, middle, end = self._spans.get(name, (0, 0, 0))
            missing[self._cell[middle:end] - self._count] -= 1.0
        missing.flags.writeable = False
        return missing

    def _spread(self, queries: Sequence[Query], concepts: list[str]) -> FloatArray:
        """Per clause, each dense cell's sum of the clause's concept weights, added in ``concepts`` order.

        A cell is a phrasing, whose own weight caps what a concept adds, or a target that holds it.
        A concept a clause lacks adds nothing, so it is left out rather than added as zeros.
        """
        rows, width = len(queries), self._count + self._targets
        added = self._added
        pieces = [
            added[row, concept, weight]
            for row, query in enumerate(queries)
            for concept in concepts
            if (weight := query.weights.get(concept))
        ]
        if not pieces:
            return np.zeros((rows, width))
        positions = np.concatenate([cells for cells, _ in pieces])
        values = np.concatenate([capped for _, capped in pieces])
        return np.bincount(positions, values, minlength=rows * width).reshape(rows, width)

    def _added_by(self, key: tuple[int, str, float]) -> tuple[IntArray, FloatArray]:
        """The flat cells a concept of some weight adds to in one clause row, and what it adds to each."""
        row, concept, weight = key
        cells, caps = self._dense_spans[concept]
        positions = cells + row * (self._count + self._targets)
        capped = np.minimum(caps, weight)
        positions.flags.writeable = capped.flags.writeable = False
        return positions, capped

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
        held_by = self._cell[positions] - self._count
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
            cells = name_rows * width + column_of[self._cell[positions] - self._count]
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
            start, middle, end = self._spans.get(concept, (0, 0, 0))
            if middle > start:
                postings.add(concept_rows, weights, (start, middle - start))
            if end > middle:
                holders.add(concept_rows, weights, (middle, end - middle))
        for row, query in enumerate(queries):
            for name in query.names:
                _, middle, end = self._spans.get(name, (0, 0, 0))
                if end > middle:
                    names.add([row], [1.0], (middle, end - middle))
        return postings, holders, names

    def _pairs(self, postings: _Gathered, totals: FloatArray, kinds: IntArray) -> tuple[IntArray, FloatArray]:
        """The touched (clause, phrasing) pairs, ascending, and their kind-adjusted Dice overlap."""
        posting_rows, query_weights, positions = postings.expand()
        keys = posting_rows * self._count + self._cell[positions]
        values = np.minimum(self._cap[positions], query_weights)
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
