from pathlib import Path

import pytest
import yaml

from bot.core.knowledge import MAX_FILE_BYTES, KnowledgeBase, KnowledgeError, load_knowledge

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"

ARTICLE = (KNOWLEDGE / "article.txt").read_text(encoding="utf-8")
GOOD_ENTRY = {
    "id": "price-paid",
    "question": "How much did Musk pay for Twitter?",
    "asks": ["amount"],
    "alternates": ["musk twitter price", "how much was twitter", "what did elon pay", "twitter cost"],
    "answer": "Musk paid $44 billion for Twitter.",
    "source": {"section": "Musk’s Stance on Free Speech", "quote": "Despite paying $44 billion for Twitter"},
}


def write_knowledge(root: Path, files: dict[str, object]) -> Path:
    (root / "qa").mkdir(parents=True)
    (root / "article.txt").write_text(ARTICLE, encoding="utf-8")
    for name, content in files.items():
        text = content if isinstance(content, str) else yaml.safe_dump(content, allow_unicode=True)
        (root / "qa" / name).write_text(text, encoding="utf-8")
    return root


def with_changes(**changes: object) -> dict[str, object]:
    entry = {**GOOD_ENTRY}
    for key, value in changes.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    return {"entries": [entry]}


def problem_of(tmp_path: Path, files: dict[str, object]) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(write_knowledge(tmp_path, files))
    return str(caught.value)


def test_every_shipped_knowledge_file_loads_through_the_real_loader(knowledge: KnowledgeBase) -> None:
    shipped = sorted((KNOWLEDGE / "qa").glob("*.yaml"))
    assert shipped, "no knowledge files shipped"
    assert len(knowledge.entries) >= 30
    assert knowledge.not_covered


def test_every_article_sentence_is_cited(knowledge: KnowledgeBase) -> None:
    assert knowledge.uncited_sentences() == []


def test_every_entry_fits_one_discord_embed(knowledge: KnowledgeBase) -> None:
    for entry in knowledge.entries:
        assert len(entry.answer) + len(entry.source.quote) < 4096 - 200
        assert len(entry.question) <= 100


def test_a_good_file_loads(tmp_path: Path) -> None:
    knowledge = load_knowledge(write_knowledge(tmp_path, {"a.yaml": with_changes()}))
    assert [e.id for e in knowledge.entries] == ["price-paid"]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"answer": ""}, "entry 'price-paid': answer:"),
        ({"answer": "x" * 2000}, "entry 'price-paid': answer:"),
        ({"question": None}, "entry 'price-paid': question: Field required"),
        ({"alternates": ["only one"]}, "entry 'price-paid': alternates:"),
        ({"alternates": ["same", "SAME", "c d", "e f"]}, "repeated alternate"),
        ({"id": "Not A Slug"}, "entry 'Not A Slug': id: String should match pattern"),
        ({"asks": ["sometimes"]}, "entry 'price-paid': asks[0]:"),
        ({"colour": "blue"}, "entry 'price-paid': colour: Extra inputs are not permitted"),
        (
            {"source": {"section": "Musk’s Stance on Free Speech"}},
            "entry 'price-paid': source.quote: Field required",
        ),
    ],
)
def test_schema_errors_name_file_entry_and_field(tmp_path: Path, changes: dict, expected: str) -> None:
    message = problem_of(tmp_path, {"a.yaml": with_changes(**changes)})
    assert "a.yaml" in message
    assert expected in message


def test_quote_not_in_article_suggests_the_closest_passage(tmp_path: Path) -> None:
    source = {"section": "Musk’s Stance on Free Speech", "quote": "Despite paying $45 billion for Twitter"}
    message = problem_of(tmp_path, {"a.yaml": with_changes(source=source)})
    assert "entry 'price-paid': source.quote: not found in the article; did you mean" in message
    assert "Despite paying $44 billion for Twitter, Musk claims" in message


@pytest.mark.parametrize(
    ("section", "expected"),
    [("Nowhere", "no such heading"), ("Musk Continues to Override Partners", "the quote is in")],
)
def test_section_must_hold_the_quote(tmp_path: Path, section: str, expected: str) -> None:
    source = {"section": section, "quote": GOOD_ENTRY["source"]["quote"]}  # type: ignore[index]
    assert expected in problem_of(tmp_path, {"a.yaml": with_changes(source=source)})


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    message = problem_of(tmp_path, {"a.yaml": with_changes(), "b.yaml": with_changes()})
    assert "b.yaml: entry 'price-paid': id: already used in" in message


def test_not_covered_must_point_to_existing_entries(tmp_path: Path) -> None:
    gap = {
        "id": "when-bought",
        "question": "When did Musk buy Twitter?",
        "alternates": ["a b", "c d"],
        "answer": "The article doesn't say.",
        "see": ["nope"],
    }
    message = problem_of(tmp_path, {"a.yaml": {**with_changes(), "not_covered": [gap]}})
    assert "entry 'when-bought': see[0]: no entry has id 'nope'" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("entries: [unclosed", "not valid YAML"),
        ("- just\n- a list\n", "must be a mapping"),
        ("entries:\n  - id: x\n    question: : :\n", "not valid YAML"),
    ],
)
def test_malformed_yaml_is_named(tmp_path: Path, content: str, expected: str) -> None:
    message = problem_of(tmp_path, {"bad.yaml": content, "a.yaml": with_changes()})
    assert "bad.yaml" in message
    assert expected in message


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    message = problem_of(tmp_path, {"big.yaml": "#" * (MAX_FILE_BYTES + 1)})
    assert "big.yaml" in message
    assert "the limit is" in message


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    message = problem_of(tmp_path, {"bad.yaml": "entries: [", "a.yaml": with_changes(answer="")})
    assert "bad.yaml" in message
    assert "a.yaml: entry 'price-paid': answer" in message


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    assert "no *.yaml knowledge files" in problem_of(tmp_path, {})
