import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]
PUBLIC_FIELDS = [
    "question",
    "answered",
    "answer",
    "quote",
    "section",
    "confidence",
    "entry_id",
    "suggestions",
]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def bot(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_ask_prints_answer_quote_section_and_confidence() -> None:
    code, out = run("ask", "How much did Musk pay for Twitter?")
    assert code == 0
    assert "$44 billion" in out
    assert "> Despite paying $44 billion for Twitter" in out
    assert "Musk’s Stance on Free Speech" in out
    assert "confidence" in out


def test_ask_prints_suggestions_or_decline() -> None:
    assert "Did you mean" in run("ask", "twitter")[1]
    assert "doesn't say when Musk bought Twitter" in run("ask", "When did Musk buy Twitter?")[1]


def test_ask_json_has_exactly_the_public_fields() -> None:
    code, out = run("ask", "--json", "who is yaccarino")
    data = json.loads(out)
    assert code == 0
    assert list(data) == PUBLIC_FIELDS
    assert data["answered"] is True
    assert data["entry_id"] == "who-is-yaccarino"


@pytest.mark.parametrize("argv", [["ask", ""], ["ask", "   "], ["ask"]])
def test_empty_question_exits_2_with_a_clear_message(argv: list[str]) -> None:
    result = bot(*argv)
    assert result.returncode == 2
    assert "question" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("question", "answered"),
    [("how much did musk pay for twitter " * 3000, True), ("x" * 100_000, False), ("🙂" * 100_000, False)],
)
def test_huge_question_is_handled(question: str, answered: bool) -> None:
    code, out = run("ask", "--json", question)
    assert code == 0
    assert json.loads(out)["answered"] is answered


def test_jsonl_answers_in_order_one_object_per_line() -> None:
    questions = ["How much did Musk pay for Twitter?", "", "pizza recipe", "who is yaccarino"]
    result = bot("ask", "--jsonl", stdin="\n".join(questions) + "\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0
    assert [line["question"] for line in lines] == questions
    assert all(list(line) == PUBLIC_FIELDS for line in lines)
    assert [line["answered"] for line in lines] == [True, False, False, True]


def test_jsonl_flushes_each_line() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write("who is yaccarino\n")
        process.stdin.flush()
        first = json.loads(process.stdout.readline())  # arrives before stdin is closed
        assert first["entry_id"] == "who-is-yaccarino"
    finally:
        process.kill()
        process.wait()


def test_chat_answers_until_quit() -> None:
    result = bot("chat", stdin="how much did musk pay for twitter\nquit\n")
    assert result.returncode == 0
    assert "$44 billion" in result.stdout


def test_kb_validate_passes_on_the_shipped_knowledge() -> None:
    code, out = run("kb", "validate")
    assert code == 0
    assert "15/15 article sentences cited" in out


def test_kb_validate_fails_with_file_entry_and_field(tmp_path: Path) -> None:
    (tmp_path / "qa").mkdir()
    (tmp_path / "article.txt").write_text((ROOT / "knowledge" / "article.txt").read_text(encoding="utf-8"))
    entry = {
        "id": "bad",
        "question": "Who?",
        "alternates": ["a b", "c d", "e f", "g h"],
        "answer": "Someone.",
        "source": {"section": "Musk’s Stance on Free Speech", "quote": "Musk paid $45 billion"},
    }
    (tmp_path / "qa" / "x.yaml").write_text(yaml.safe_dump({"entries": [entry]}), encoding="utf-8")
    result = bot("kb", "validate", str(tmp_path))
    assert result.returncode == 1
    assert "x.yaml: entry 'bad': source.quote: not found in the article; did you mean" in result.stderr


def test_kb_validate_fails_on_uncited_sentences(tmp_path: Path) -> None:
    (tmp_path / "qa").mkdir()
    (tmp_path / "article.txt").write_text((ROOT / "knowledge" / "article.txt").read_text(encoding="utf-8"))
    entry = {
        "id": "price",
        "question": "How much?",
        "alternates": ["a b", "c d", "e f", "g h"],
        "answer": "$44 billion.",
        "source": {
            "section": "Musk’s Stance on Free Speech",
            "quote": "Despite paying $44 billion for Twitter",
        },
    }
    (tmp_path / "qa" / "x.yaml").write_text(yaml.safe_dump({"entries": [entry]}), encoding="utf-8")
    code, out = run("kb", "validate", str(tmp_path))
    assert code == 1
    assert "1/15 article sentences cited" in out
    assert "s5.p1.3" in out


def test_eval_prints_the_metrics(tmp_path: Path) -> None:
    cases = [
        {
            "q": "How much did Musk pay for Twitter?",
            "kind": "in",
            "expect": [["44 billion"]],
            "style": "plain",
        },
        {"q": "what is the weather", "kind": "out", "expect": [], "style": "offtopic"},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    code, out = run("eval", str(path), "--by", "style")
    assert code == 0
    for label in (
        "in-scope correct:",
        "in-scope wrong:",
        "in-scope declined:",
        "out-of-scope answered",
        "overall:",
        "p50",
        "p99",
        "plain",
        "offtopic",
    ):
        assert label in out
    assert "100.00 %  (1/1)" in out


def test_eval_refuses_a_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("not json\n", encoding="utf-8")
    assert run("eval", str(path))[0] == 2
