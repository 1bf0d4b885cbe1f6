"""``python -m bot bench``: matching latency, start-up time, memory and ``ask --jsonl`` throughput.

Numbers, not assertions: the README and the closing notes quote what this prints.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.core.evaluation import read_cases
from bot.core.knowledge import Entry, KnowledgeBase, SourcedEntry
from bot.core.service import AnswerService
from bot.settings import Settings

JSONL_QUESTIONS = 3000
WARM_SHARE = 0.2  # questions asked before timing starts, so the word-level caches are as in a running bot
REPEATS = 3  # timings of each question for its best (see run_benchmark)
FIXED_WORK_STEPS = 2000  # of the machine check: about 0.2 ms of plain Python on a quiet core


def _percentiles(samples_ms: Sequence[float]) -> str:
    ordered = sorted(samples_ms)
    pick = lambda share: ordered[min(len(ordered) - 1, int(share * len(ordered)))]  # noqa: E731
    return f"p50 {pick(0.5):.3f} ms, p99 {pick(0.99):.3f} ms, max {ordered[-1]:.3f} ms (n={len(ordered)})"


def _time_each(ask: Callable[[str], object], questions: Sequence[str]) -> list[float]:
    samples: list[float] = []
    for question in questions:
        started = time.perf_counter()
        ask(question)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _fixed_work(_: str) -> int:
    """The same plain-Python work on every call: its timings vary only as the machine does."""
    counts: dict[int, int] = {}
    for step in range(FIXED_WORK_STEPS):
        counts[step % 97] = counts.get(step % 97, 0) + step
    return len(counts)


def _machine_check(count: int) -> str:
    samples = _time_each(_fixed_work, [""] * count)
    return f"{_percentiles(samples)}, min {min(samples):.3f} ms"


def read_questions(path: Path) -> list[str]:
    """Distinct question texts of one ``.jsonl`` file, or of every one in a folder, in a fixed order."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    questions = list(dict.fromkeys(case.q for file in files for case in read_cases(file)))
    random.Random(0).shuffle(questions)
    return questions


def synthetic_knowledge(base: KnowledgeBase, size: int, seed: int = 7) -> KnowledgeBase:
    """``size`` entries built from the article's words and invented ones, each quoting a real sentence."""
    rng = random.Random(seed)
    vocabulary = sorted(
        {w.strip(".,’'$%").lower() for s in base.article.sentences for w in s.text.split()} - {""}
    )
    vocabulary += [
        f"{rng.choice('bcdfgklmnprstvz')}{rng.choice('aeiou')}{rng.choice('bcdfgklmnprstvz')}o{n}"
        for n in range(5000)
    ]
    sentences = base.article.sentences
    entries: list[SourcedEntry] = list(base.sourced)
    for number in range(size - len(entries)):
        sentence = rng.choice(sentences)
        phrase = lambda: " ".join(rng.sample(vocabulary, rng.randint(3, 7)))  # noqa: E731
        entry = Entry(
            id=f"synthetic-{number}",
            question=f"what about {phrase()}"[:100],
            alternates=tuple(phrase() for _ in range(6)),
            answer=f"Synthetic answer {number}.",
            source={"section": base.article.section_of(sentence.id).heading, "quote": sentence.text},
        )
        entries.append(SourcedEntry(entry, (sentence,)))
    return KnowledgeBase(base.article, entries, base.not_covered)


def _startup_seconds() -> float:
    code = (
        "import time; t=time.perf_counter(); from bot.cli import _service; "
        "from bot.settings import Settings; _service(Settings()); print(time.perf_counter()-t)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(result.stdout.strip())


def _jsonl_throughput(questions: Sequence[str]) -> tuple[float, float]:
    payload = (
        "\n".join(questions[i % len(questions)].replace("\n", " ") for i in range(JSONL_QUESTIONS)) + "\n"
    )
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - started
    if len(result.stdout.splitlines()) != JSONL_QUESTIONS:
        raise RuntimeError("ask --jsonl lost lines")
    return elapsed, JSONL_QUESTIONS / elapsed


def run_benchmark(settings: Settings, questions_path: str, entries: int) -> list[str]:
    """Run every measurement and return the report lines.

    Every timed question is asked once, for the first time: a running bot rarely sees the same
    message twice, so no cache of whole messages may flatter the numbers. A share of the questions
    is asked first, untimed, to fill the word-level caches (spelling) as a running bot has them.

    A shared virtual machine runs the same work at different speeds from moment to moment, which
    inflates a p99 of single timings. Two more lines show how much: the spread of one fixed piece of
    work timed as often, and each question's best of a few passes over all of them.
    """
    questions = read_questions(Path(questions_path))
    split = int(len(questions) * WARM_SHARE)
    warm, timed = questions[:split], questions[split:]
    lines = [
        f"questions: {len(questions)} distinct from {questions_path}: {len(warm)} warm up, {len(timed)} timed"
    ]
    startup = _startup_seconds()
    lines.append(f"start-up to ready (fresh process, imports + load + index): {startup * 1000:.0f} ms")
    started = time.perf_counter()
    service = AnswerService.load(settings.knowledge_dir, settings.cutoffs())
    lines.append(
        f"load + index in this process: {(time.perf_counter() - started) * 1000:.0f} ms, "
        f"{len(service.knowledge.entries)} entries"
    )
    _time_each(service.ask, warm)
    first = _time_each(service.ask, timed)
    lines.append(f"matching, shipped knowledge: {_percentiles(first)}")
    lines.append(
        f"machine check, one fixed piece of work timed {len(timed)} times: {_machine_check(len(timed))}"
    )
    again = [_time_each(service.ask, timed) for _ in range(REPEATS - 1)]
    best = [min(samples) for samples in zip(first, *again, strict=True)]
    lines.append(f"matching, shipped knowledge, best of {REPEATS} passes per question: {_percentiles(best)}")
    prefixes = list(dict.fromkeys(q[:20] for q in timed))
    lines.append(
        f"autocomplete, shipped knowledge: {_percentiles(_time_each(service.autocomplete, prefixes))}"
    )
    started = time.perf_counter()
    big = AnswerService(synthetic_knowledge(service.knowledge, entries), settings.cutoffs())
    lines.append(f"synthetic knowledge: {entries:,} entries indexed in {time.perf_counter() - started:.1f} s")
    _time_each(big.ask, warm)
    lines.append(f"matching, {entries:,} entries: {_percentiles(_time_each(big.ask, timed))}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"peak RSS of this process (with both indexes): {peak_mb:.0f} MB")
    elapsed, rate = _jsonl_throughput(questions)
    lines.append(
        f"ask --jsonl: {JSONL_QUESTIONS} questions in {elapsed:.2f} s including start-up "
        f"({rate:.0f} questions/s)"
    )
    return lines
