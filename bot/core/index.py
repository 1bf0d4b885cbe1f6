"""Vectorised scoring of one question against every phrasing and every target at once.

For each phrasing the overlap is a weighted Dice coefficient; for each target, the share of the
question its whole vocabulary covers and how many of the question's names it lacks. numpy keeps
this well under a millisecond for the shipped knowledge and a few milliseconds for 10,000 entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

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
class ClauseScores:
    """Per-target results for one clause of a question."""

    overlap: FloatArray  # best kind-adjusted overlap of any phrasing, per target
    covered: FloatArray  # share of the question's weight the target's vocabulary holds
    missing_names: FloatArray  # names in the question the target never mentions
    best_phrasing: IntArray  # index of the phrasing behind ``overlap`` (-1 if none)
    fit: FloatArray  # kind fit of that phrasing


class PhrasingIndex:
    """Inverted index from concepts to phrasings and to target vocabularies."""

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
        self._postings = {c: (np.array(i, dtype=np.int64), np.array(w)) for c, (i, w) in postings.items()}
        holders: dict[str, list[int]] = defaultdict(list)
        for target, vocabulary in enumerate(vocabularies):
            for concept in vocabulary:
                holders[concept].append(target)
        self._holders = {c: np.array(t, dtype=np.int64) for c, t in holders.items()}
        self._fits = {kind: np.array([fit_of(kind, p) for p in phrasings]) for kind in QuestionKind}
        starts = [0] + [i for i in range(1, self._count) if phrasings[i].target != phrasings[i - 1].target]
        self._starts = np.array(starts, dtype=np.int64)
        self._segment_target = self._target_of[self._starts] if self._count else np.array([], dtype=np.int64)
        self._segment_of = np.repeat(np.arange(len(starts)), np.diff([*starts, self._count]))

    def score(self, kind: QuestionKind, weights: dict[str, float], names: Collection[str]) -> ClauseScores:
        """Overlap, coverage and missing names of every target for one clause."""
        total = sum(weights.values())
        hits = [(self._postings[c], w) for c, w in weights.items() if c in self._postings]
        shared = np.zeros(self._count)
        for (indices, phrasing_weights), weight in hits:
            shared[indices] += np.minimum(phrasing_weights, weight)
        fit = self._fits[kind]
        adjusted = 2 * shared / (total + self._totals) * fit * fit
        overlap = np.zeros(self._targets)
        best = np.full(self._targets, -1, dtype=np.int64)
        if self._count:
            per_segment = np.maximum.reduceat(adjusted, self._starts)
            overlap[self._segment_target] = per_segment
            at_max = np.flatnonzero((adjusted == per_segment[self._segment_of]) & (adjusted > 0))
            segments, first = np.unique(self._segment_of[at_max], return_index=True)
            best[self._segment_target[segments]] = at_max[first]
        covered = np.zeros(self._targets)
        for concept, weight in weights.items():
            holders = self._holders.get(concept)
            if holders is not None:
                covered[holders] += weight
        missing = np.full(self._targets, float(len(names)))
        for name in names:
            holders = self._holders.get(name)
            if holders is not None:
                missing[holders] -= 1
        best_fit = np.where(best >= 0, fit[np.maximum(best, 0)], 1.0)
        return ClauseScores(overlap, covered / total if total else covered, missing, best, best_fit)
