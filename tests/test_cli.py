import io
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from curation_samples import NEW, PRICE, QUOTE

from bot import cli
from bot.cli import main
from bot.core.curation import Curator, Draft
from bot.core.service import AnswerService
from bot.core.sqlite_store import SQLiteStore
from bot.core.store import Author

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


# ---------------------------------------------------------------------- kb history / export / import

GUILD = 7
MOD = Author(11, "alice")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, service: AnswerService) -> Path:
    """A fresh data directory for the CLI; the already built service stands in for a reload."""
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(cli, "_service", lambda settings: service)
    return tmp_path / "data"


@pytest.fixture
def curator(data_dir: Path, service: AnswerService) -> Iterator[Curator]:
    """A curator on the same database the CLI opens, as the running bot would be."""
    store = SQLiteStore.in_dir(data_dir)
    yield Curator(service, store)
    store.close()


def alias(curator: Curator) -> None:
    curator.alias(GUILD, MOD, PRICE, "what did the bird cost")


def add_then_remove(curator: Curator) -> None:
    curator.remove(GUILD, MOD, curator.add(GUILD, MOD, NEW).entry_id)


def edit_answer(curator: Curator) -> None:
    entry, revision = curator.entry(GUILD, PRICE)
    draft = replace(Draft.of(entry), answer="He paid $44 billion, the article says.")
    curator.edit(GUILD, MOD, PRICE, draft, revision)


def remove_and_undo(curator: Curator) -> None:
    curator.remove(GUILD, MOD, PRICE)
    curator.undo(GUILD, MOD, PRICE)


def nothing(curator: Curator) -> None:
    pass


@pytest.mark.parametrize("argv", [[], [PRICE]])
def test_history_without_changes_says_so(data_dir: Path, argv: list[str]) -> None:
    code, out = run("kb", "history", "--guild", str(GUILD), *argv)
    assert code == 0
    assert out.startswith("no changes to") and f"server {GUILD}" in out


@pytest.mark.parametrize(
    ("change", "argv", "expected"),
    [
        (
            alias,
            [],
            [f"{PRICE} v1", "alias (what did the bird cost)", "alternates + “what did the bird cost”"],
        ),
        (edit_answer, [PRICE], [f"{PRICE} v1", "alice", "edit", "answer changed"]),
        (remove_and_undo, [], [f"{PRICE} v2", "undo (undid version 1 (remove))", "shown again"]),
        (add_then_remove, [], ["did-twitter-buy-microsoft v2", "remove", "hidden in this server"]),
    ],
)
def test_history_shows_the_newest_version_first_with_what_changed(
    curator: Curator, change: Callable[[Curator], None], argv: list[str], expected: list[str]
) -> None:
    change(curator)
    code, out = run("kb", "history", "--guild", str(GUILD), *argv)
    newest = out.splitlines()[0]
    assert code == 0
    assert all(part in newest for part in expected), newest
    assert re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", newest)


@pytest.mark.parametrize(("argv", "lines"), [([], 3), (["--limit", "1"], 1), (["other-entry"], 1)])
def test_history_filters_by_entry_and_limit(curator: Curator, argv: list[str], lines: int) -> None:
    alias(curator)
    remove_and_undo(curator)
    code, out = run("kb", "history", "--guild", str(GUILD), *argv)
    assert code == 0
    assert len(out.splitlines()) == lines


def test_history_of_another_server_is_empty(curator: Curator) -> None:
    alias(curator)
    assert run("kb", "history", "--guild", str(GUILD + 1))[1].startswith("no changes")


def test_export_to_a_file_matches_stdout(curator: Curator, tmp_path: Path) -> None:
    alias(curator)
    target = tmp_path / "out.yaml"
    code, _ = run("kb", "export", "--guild", str(GUILD), "--output", str(target))
    assert code == 0
    assert target.read_text(encoding="utf-8") == run("kb", "export", "--guild", str(GUILD))[1]
    assert "what did the bird cost" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("change", [nothing, alias, add_then_remove, edit_answer])
def test_export_then_import_changes_nothing(
    curator: Curator, tmp_path: Path, change: Callable[[Curator], None]
) -> None:
    change(curator)
    exported = run("kb", "export", "--guild", str(GUILD))[1]
    before = curator.history(GUILD)
    (tmp_path / "qa.yaml").write_text(exported, encoding="utf-8")
    code, out = run("kb", "import", "--guild", str(GUILD), str(tmp_path / "qa.yaml"))
    assert code == 0
    assert out.startswith("nothing changed")
    assert curator.history(GUILD) == before
    assert run("kb", "export", "--guild", str(GUILD))[1] == exported


def test_import_applies_the_file_and_summarises(curator: Curator, tmp_path: Path) -> None:
    data = yaml.safe_load(run("kb", "export", "--guild", str(GUILD))[1])
    dropped = data["entries"].pop()["id"]
    price = next(e for e in data["entries"] if e["id"] == PRICE)
    price["answer"] = "Forty-four billion dollars."
    (tmp_path / "qa.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, out = run("kb", "import", "--guild", str(GUILD), str(tmp_path / "qa.yaml"))
    assert code == 0
    assert f"edited: {PRICE}\n" in out and f"removed: {dropped}\n" in out
    assert curator.entry(GUILD, PRICE)[0].answer == "Forty-four billion dollars."
    assert {v.author.name for v in curator.history(GUILD)} == {cli.operator().name}
    assert "(command line)" in cli.operator().name


def _unknown_field(text: str) -> str:
    return text.replace("  question: What is the article about?", "  colour: blue\n  question: What?", 1)


def _bad_quote(text: str) -> str:
    return text.replace(QUOTE, "Despite paying $45 billion for Twitter")


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda text: text + "\n  - : [unclosed\n", "not valid YAML"),
        (_unknown_field, "colour"),
        (_bad_quote, "source.quote: not found in the article"),
        (lambda text: "entries: []\n", "no entries"),
        (lambda text: text + "#" * 1_000_001, "the limit is 1,000,000"),
    ],
    ids=["bad-yaml", "unknown-field", "quote-not-in-article", "empty", "over-1-mb"],
)
def test_malformed_import_exits_1_and_changes_nothing(
    curator: Curator,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    mangle: Callable[[str], str],
    message: str,
) -> None:
    alias(curator)
    exported = run("kb", "export", "--guild", str(GUILD))[1]
    before = curator.history(GUILD)
    (tmp_path / "qa.yaml").write_text(mangle(exported), encoding="utf-8")
    capsys.readouterr()
    code, out = run("kb", "import", "--guild", str(GUILD), str(tmp_path / "qa.yaml"))
    err = capsys.readouterr().err
    assert code == 1
    assert out == ""
    assert "nothing changed" in err and message in err
    assert curator.history(GUILD) == before
    assert run("kb", "export", "--guild", str(GUILD))[1] == exported


def test_import_lists_every_problem(
    curator: Curator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = run("kb", "export", "--guild", str(GUILD))[1]
    (tmp_path / "qa.yaml").write_text(_bad_quote(exported), encoding="utf-8")
    assert run("kb", "import", "--guild", str(GUILD), str(tmp_path / "qa.yaml"))[0] == 1
    err = capsys.readouterr().err
    assert f"entry '{PRICE}': source.quote" in err
    assert "entry 'musk-not-worried-about-money': source.quote" in err


def test_import_of_a_missing_file_exits_2(
    curator: Curator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("kb", "import", "--guild", str(GUILD), str(tmp_path / "absent.yaml"))[0] == 2
    assert "cannot read" in capsys.readouterr().err
    assert curator.history(GUILD) == []


def test_kb_export_and_import_work_as_a_process(data_dir: Path, tmp_path: Path) -> None:
    exported = bot("kb", "export", "--guild", str(GUILD), "--output", str(tmp_path / "qa.yaml"))
    imported = bot("kb", "import", "--guild", str(GUILD), str(tmp_path / "qa.yaml"))
    assert exported.returncode == 0 and imported.returncode == 0, exported.stderr + imported.stderr
    assert imported.stdout.startswith("nothing changed")
    assert (data_dir / "bot.sqlite3").exists()


@pytest.mark.parametrize("limit", ["0", "-1", "x"])
def test_history_refuses_a_bad_limit(data_dir: Path, limit: str) -> None:
    with pytest.raises(SystemExit) as caught:
        run("kb", "history", "--guild", str(GUILD), "--limit", limit)
    assert caught.value.code == 2
