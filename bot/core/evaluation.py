"""Scoring the matcher on a file of labelled questions."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.core.service import AnswerService, Reply
from bot.core.text import TYPOGRAPHIC_QUOTES


class EvalCase(BaseModel):
    """One labelled question: ``in`` expects an answer containing one alternative of each group."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    q: str
    kind: Literal["in", "out"]
    expect: tuple[tuple[str, ...], ...] = ()
    style: str | None = None
    id: str | None = None


def read_cases(path: Path) -> list[EvalCase]:
    """Read a JSON-lines evaluation file; errors name the line."""
    cases: list[EvalCase] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cases.append(EvalCase.model_validate_json(line))
        except ValidationError as error:
            raise ValueError(f"{path}:{number}: {error.errors()[0]['msg']}") from None
    return cases


def _text(value: str) -> str:
    return value.translate(TYPOGRAPHIC_QUOTES).casefold()


def is_correct(case: EvalCase, reply: Reply) -> bool:
    """An ``in`` reply is correct when its answer+quote holds one alternative of every group."""
    if not reply.answered:
        return False
    said = _text(f"{reply.answer or ''} {reply.quote or ''}")
    return all(any(_text(alternative) in said for alternative in group) for group in case.expect)


@dataclass
class Tally:
    """Counts for one slice of the evaluation."""

    in_total: int = 0
    in_correct: int = 0
    in_wrong: int = 0
    in_declined: int = 0
    out_total: int = 0
    out_answered: int = 0

    def add(self, case: EvalCase, reply: Reply) -> None:
        """Count one case."""
        if case.kind == "in":
            self.in_total += 1
            if not reply.answered:
                self.in_declined += 1
            elif is_correct(case, reply):
                self.in_correct += 1
            else:
                self.in_wrong += 1
        else:
            self.out_total += 1
            self.out_answered += reply.answered

    @property
    def overall(self) -> float:
        """Share of all cases handled right (in: correct answer; out: declined)."""
        total = self.in_total + self.out_total
        return (self.in_correct + self.out_total - self.out_answered) / total if total else 0.0


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


CONFIDENCE_BANDS = (0.9, 0.8, 0.7, 0.0)


@dataclass
class EvalReport:
    """The outcome of an evaluation run."""

    total: Tally
    by_style: dict[str, Tally]
    latencies_ms: list[float]
    failures: list[tuple[EvalCase, Reply]] = field(default_factory=list)
    answered: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, right) per answer

    def calibration(self) -> list[str]:
        """How often answers were right, by confidence band: what the confidence means in practice."""
        lines = []
        upper = 1.01
        for lower in CONFIDENCE_BANDS:
            band = [right for confidence, right in self.answered if lower <= confidence < upper]
            if band:
                lines.append(
                    f"  confidence {lower:.1f}–{min(upper, 1.0):.1f}: {len(band)} answers, "
                    f"{_pct(sum(band), len(band)):.1f} % right"
                )
            upper = lower
        return lines

    @property
    def in_correct_pct(self) -> float:
        """In-scope questions answered correctly, in percent."""
        return _pct(self.total.in_correct, self.total.in_total)

    @property
    def in_wrong_pct(self) -> float:
        """In-scope questions answered wrongly, in percent."""
        return _pct(self.total.in_wrong, self.total.in_total)

    @property
    def in_declined_pct(self) -> float:
        """In-scope questions not answered (did-you-mean or decline), in percent."""
        return _pct(self.total.in_declined, self.total.in_total)

    @property
    def out_answered_pct(self) -> float:
        """Out-of-scope questions wrongly answered, in percent."""
        return _pct(self.total.out_answered, self.total.out_total)

    def percentile(self, share: float) -> float:
        """Latency percentile in milliseconds (``share`` in 0..1)."""
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    def lines(self, by_style: bool = False) -> list[str]:
        """The printed report."""
        t = self.total
        result = [
            f"questions: {t.in_total} in scope, {t.out_total} out of scope",
            f"in-scope correct:   {self.in_correct_pct:6.2f} %  ({t.in_correct}/{t.in_total})",
            f"in-scope wrong:     {self.in_wrong_pct:6.2f} %  ({t.in_wrong}/{t.in_total})",
            f"in-scope declined:  {self.in_declined_pct:6.2f} %  ({t.in_declined}/{t.in_total})",
            f"out-of-scope answered (false answers): {self.out_answered_pct:6.2f} %"
            f"  ({t.out_answered}/{t.out_total})",
            f"overall:            {100 * t.overall:6.2f} %",
            f"matching latency:   p50 {self.percentile(0.5):.3f} ms, p99 {self.percentile(0.99):.3f} ms",
        ]
        if self.answered:
            result.append("answers by confidence (right = correct in scope; out-of-scope answers are wrong):")
            result.extend(self.calibration())
        if by_style:
            result.append("by style (in: correct/wrong/declined of total; out: answered of total):")
            for style, tally in sorted(self.by_style.items()):
                if tally.in_total:
                    result.append(
                        f"  {style:14} in  {tally.in_correct}/{tally.in_wrong}/{tally.in_declined}"
                        f" of {tally.in_total}"
                    )
                if tally.out_total:
                    result.append(f"  {style:14} out {tally.out_answered} of {tally.out_total}")
        return result


def evaluate(service: AnswerService, cases: Iterable[EvalCase]) -> EvalReport:
    """Ask every question, time the matching, and tally the results."""
    total = Tally()
    by_style: dict[str, Tally] = defaultdict(Tally)
    latencies: list[float] = []
    failures: list[tuple[EvalCase, Reply]] = []
    answered: list[tuple[float, bool]] = []
    for case in cases:
        started = time.perf_counter()
        reply = service.ask(case.q)
        latencies.append((time.perf_counter() - started) * 1000)
        total.add(case, reply)
        by_style[case.style or "-"].add(case, reply)
        if reply.answered:
            answered.append((reply.confidence, case.kind == "in" and is_correct(case, reply)))
        if (case.kind == "in") != is_correct(case, reply) or (case.kind == "out" and reply.answered):
            failures.append((case, reply))
    return EvalReport(total, dict(by_style), latencies, failures, answered)


def describe_failures(failures: Sequence[tuple[EvalCase, Reply]]) -> list[str]:
    """One line per failed case, for tuning and for ``eval --failures``."""
    lines = []
    for case, reply in failures:
        got = reply.entry_id or reply.outcome.value
        lines.append(f"[{case.kind}/{case.style}] {case.q[:90]!r} -> {got} ({reply.confidence:.2f})")
    return lines


def dump(report: EvalReport) -> str:
    """The headline numbers as JSON (for tooling)."""
    return json.dumps(
        {
            "in_correct_pct": round(report.in_correct_pct, 2),
            "in_wrong_pct": round(report.in_wrong_pct, 2),
            "in_declined_pct": round(report.in_declined_pct, 2),
            "out_answered_pct": round(report.out_answered_pct, 2),
            "overall_pct": round(100 * report.total.overall, 2),
            "p50_ms": round(report.percentile(0.5), 4),
            "p99_ms": round(report.percentile(0.99), 4),
        }
    )
