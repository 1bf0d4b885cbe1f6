"""The benchmark's question pool: every timed question is asked once, for the first time."""

import json
from pathlib import Path

from bot.benchmark import read_questions


def _write(path: Path, questions: list[str]) -> None:
    path.write_text("".join(json.dumps({"q": q, "kind": "out", "expect": []}) + "\n" for q in questions))


def test_a_folder_gives_each_question_text_once(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", ["who is musk", "how much did he pay"])
    _write(tmp_path / "b.jsonl", ["who is musk", "what is cnbc"])
    assert sorted(read_questions(tmp_path)) == ["how much did he pay", "what is cnbc", "who is musk"]


def test_the_order_is_the_same_every_run(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", [f"question {n}" for n in range(50)])
    assert read_questions(tmp_path / "a.jsonl") == read_questions(tmp_path / "a.jsonl")
