from pathlib import Path

import pytest

from bot.core.evaluation import EvalCase, Tally, evaluate, is_correct, read_cases
from bot.core.matcher import Outcome
from bot.core.service import AnswerService, Reply

EVAL = Path(__file__).resolve().parents[1] / "eval"


def reply(answer: str | None, quote: str | None = None, outcome: Outcome = Outcome.ANSWER) -> Reply:
    return Reply("q", outcome, 0.9, "e", answer, quote, "s")


@pytest.mark.parametrize(
    ("expect", "said", "correct"),
    [
        ([["44 billion"]], reply("Musk paid $44 billion."), True),
        ([["44 billion", "$44b"]], reply("It was $44B"), True),
        ([["cnbc"], ["losing money"]], reply("He told CNBC", "if that meant losing money"), True),
        ([["cnbc"], ["losing money"]], reply("He told CNBC"), False),
        ([["twitter’s chief"]], reply("Twitter's chief"), True),
        ([["44 billion"]], reply("44 billion", outcome=Outcome.SUGGEST), False),
    ],
)
def test_is_correct(expect: list[list[str]], said: Reply, correct: bool) -> None:
    case = EvalCase(q="q", kind="in", expect=tuple(tuple(group) for group in expect))
    assert is_correct(case, said) is correct


def test_tally_counts_each_outcome() -> None:
    tally = Tally()
    tally.add(EvalCase(q="a", kind="in", expect=(("44",),)), reply("44"))
    tally.add(EvalCase(q="b", kind="in", expect=(("44",),)), reply("45"))
    tally.add(EvalCase(q="c", kind="in", expect=(("44",),)), reply(None, outcome=Outcome.DECLINE))
    tally.add(EvalCase(q="d", kind="out"), reply("x"))
    assert (tally.in_correct, tally.in_wrong, tally.in_declined, tally.out_answered) == (1, 1, 1, 1)
    assert tally.overall == 0.25


def test_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"q": "ok", "kind": "in", "expect": [["a"]]}\n{"q": "x", "kind": "maybe"}\n', encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        read_cases(path)


@pytest.mark.parametrize("name", ["questions.jsonl", "holdout.jsonl"])
def test_evaluation_sets_are_big_enough(name: str) -> None:
    cases = read_cases(EVAL / name)
    assert sum(case.kind == "in" for case in cases) >= 150
    assert sum(case.kind == "out" for case in cases) >= 100


@pytest.mark.parametrize("name", ["questions.jsonl", "holdout.jsonl"])
def test_accuracy_targets_hold(service: AnswerService, name: str) -> None:
    """The product's promise, asserted so that a regression fails CI (latency is benchmarked, not tested)."""
    report = evaluate(service, read_cases(EVAL / name))
    assert report.in_correct_pct >= 95.0
    assert report.in_wrong_pct <= 2.0
    assert report.out_answered_pct <= 3.0


@pytest.mark.parametrize(
    ("name", "correct_at_least", "wrong_at_most", "false_at_most"),
    [
        # Sets written later by helpers who saw only the article; each was measured once unseen, then
        # tuned on, except unseen11, 15, 16, 17, 20, 22, 27 to 46 and chatty2 (README has both). Floors
        # one question below the current numbers, against regressions: the targets are not met on
        # most of them yet.
        ("fresh.jsonl", 96.8, 1.6, 3.0),
        ("extra.jsonl", 98.5, 0.8, 0.9),
        ("final.jsonl", 97.7, 1.5, 0.9),
        ("unseen2.jsonl", 95.5, 0.5, 2.6),
        ("unseen3.jsonl", 96.3, 1.6, 2.6),
        ("unseen4.jsonl", 95.4, 1.8, 4.8),
        ("unseen5.jsonl", 93.4, 3.3, 3.7),
        ("unseen6.jsonl", 93.8, 1.2, 4.6),
        ("unseen7.jsonl", 95.2, 1.6, 0.9),
        ("unseen8.jsonl", 96.5, 0.6, 3.8),
        ("unseen9.jsonl", 94.0, 1.7, 1.0),
        ("unseen10.jsonl", 93.3, 0.6, 1.9),
        ("unseen11.jsonl", 97.8, 1.1, 1.9),
        ("unseen12.jsonl", 93.3, 2.3, 1.8),
        ("unseen13.jsonl", 96.1, 0.6, 1.9),
        ("unseen14.jsonl", 96.6, 0.6, 1.9),
        ("unseen15.jsonl", 94.1, 2.2, 1.9),
        ("unseen16.jsonl", 94.0, 1.1, 1.9),
        ("unseen17.jsonl", 97.2, 2.3, 1.9),
        ("unseen18.jsonl", 97.2, 0.6, 1.9),
        ("unseen19.jsonl", 96.1, 0.6, 5.5),
        ("unseen20.jsonl", 93.3, 0.6, 2.8),
        ("unseen21.jsonl", 93.8, 2.8, 2.8),
        ("unseen22.jsonl", 95.0, 1.7, 1.9),
        ("unseen23.jsonl", 92.7, 2.3, 1.9),
        ("unseen24.jsonl", 93.8, 2.8, 1.9),
        ("unseen25.jsonl", 95.0, 1.2, 2.8),
        ("unseen26.jsonl", 93.3, 2.8, 1.9),
        ("unseen27.jsonl", 97.2, 1.7, 1.9),  # written at the start of session 8, never tuned on
        ("unseen28.jsonl", 92.7, 2.8, 2.8),
        ("unseen29.jsonl", 96.1, 1.2, 1.9),  # written late in session 8, never tuned on
        ("unseen30.jsonl", 93.8, 1.7, 1.0),
        ("unseen31.jsonl", 96.6, 1.7, 1.9),  # written at the start of session 9, never tuned on
        ("unseen32.jsonl", 96.1, 0.6, 1.9),
        ("unseen33.jsonl", 96.6, 1.2, 2.8),  # written late in session 9, scored only twice
        ("unseen34.jsonl", 94.4, 1.2, 3.7),
        ("unseen35.jsonl", 96.6, 0.6, 2.8),  # written at the start of session 10, scored only twice
        ("unseen36.jsonl", 96.1, 1.2, 1.9),
        ("unseen37.jsonl", 97.2, 0.6, 1.9),  # written mid-session 10, scored only twice
        ("unseen38.jsonl", 96.1, 1.2, 2.8),
        ("unseen39.jsonl", 95.5, 1.2, 1.9),  # written at the start of session 11, scored only twice
        ("unseen40.jsonl", 97.2, 0.6, 3.7),
        ("unseen41.jsonl", 97.7, 1.2, 3.7),
        ("unseen42.jsonl", 96.6, 1.2, 2.8),
        ("unseen43.jsonl", 96.6, 1.2, 3.7),  # written at the start of session 12, scored only twice
        ("unseen44.jsonl", 96.1, 0.6, 1.9),
        ("unseen45.jsonl", 95.5, 0.6, 3.7),  # written at the start of session 13, scored only twice
        ("unseen46.jsonl", 96.6, 0.6, 3.7),
        # tuning sets of hard styles (paraphrase, description, chatty, formal, sarcastic, requests ...),
        # written to be read: their misses were worked from
        ("tune1.jsonl", 88.0, 3.5, 6.7),
        ("tune2.jsonl", 86.5, 2.0, 5.0),
        ("tune3.jsonl", 94.1, 1.7, 1.7),
        ("tune4.jsonl", 92.5, 1.7, 5.0),
        ("tune5.jsonl", 91.6, 1.7, 1.7),
        ("tune6.jsonl", 82.5, 2.1, 3.4),
        ("tune7.jsonl", 95.9, 1.9, 3.8),  # the eleven evaluation styles, read and worked from
        ("tune8.jsonl", 94.0, 2.3, 10.0),
        ("tune9.jsonl", 71.3, 2.0, 16.0),  # long chatty messages only, read and worked from
        ("tune10.jsonl", 64.0, 3.4, 10.0),
        # the eleven evaluation styles from new personas (session 9), read and worked from
        ("tune11.jsonl", 99.4, 0.6, 1.9),
        ("tune12.jsonl", 96.6, 1.2, 1.0),
        ("tune13.jsonl", 99.4, 0.6, 1.0),
        ("tune14.jsonl", 97.7, 1.2, 3.7),
        ("tune15.jsonl", 96.1, 0.6, 1.9),
        ("tune16.jsonl", 97.7, 1.7, 2.8),
        ("tune17.jsonl", 97.7, 1.2, 1.9),
        ("tune18.jsonl", 98.3, 0.6, 1.0),
        ("tune19.jsonl", 95.0, 1.7, 1.9),
        ("tune20.jsonl", 99.4, 0.6, 3.7),
        ("tune21.jsonl", 96.6, 0.6, 2.8),
        ("tune22.jsonl", 98.3, 0.6, 2.8),
        ("tune23.jsonl", 98.3, 0.6, 1.0),
        ("tune24.jsonl", 97.7, 1.2, 1.9),
        ("tune25.jsonl", 97.2, 0.6, 1.9),
        ("tune26.jsonl", 95.0, 0.6, 3.7),
        ("tune27.jsonl", 96.1, 1.2, 2.8),
        ("tune28.jsonl", 96.6, 1.7, 2.8),
        # the eleven evaluation styles from new personas (session 10), read and worked from
        ("tune29.jsonl", 97.7, 0.6, 2.8),
        ("tune30.jsonl", 93.3, 1.2, 1.9),
        ("tune31.jsonl", 96.6, 0.6, 1.9),
        ("tune32.jsonl", 97.2, 0.6, 4.6),
        ("tune33.jsonl", 93.8, 1.2, 1.9),
        ("tune34.jsonl", 95.5, 0.6, 1.9),
        ("tune35.jsonl", 96.6, 0.6, 4.6),
        ("tune36.jsonl", 95.5, 1.7, 2.8),
        ("tune37.jsonl", 97.2, 0.6, 1.0),
        ("tune38.jsonl", 95.5, 1.2, 1.9),
        ("tune39.jsonl", 96.6, 0.6, 2.8),
        ("tune40.jsonl", 98.8, 0.6, 1.9),
        ("tune41.jsonl", 98.8, 0.6, 1.9),
        ("tune42.jsonl", 97.2, 0.6, 1.0),
        ("tune43.jsonl", 96.6, 1.2, 1.9),
        ("tune44.jsonl", 96.6, 1.7, 1.9),
        ("tune45.jsonl", 96.1, 0.6, 4.6),
        ("tune46.jsonl", 96.1, 1.7, 1.0),
        ("tune47.jsonl", 96.1, 0.6, 2.8),
        ("tune48.jsonl", 98.8, 0.6, 1.9),
        ("tune49.jsonl", 97.7, 0.6, 1.9),
        ("tune50.jsonl", 94.4, 1.7, 1.9),
        ("tune51.jsonl", 95.5, 1.7, 5.5),
        ("tune52.jsonl", 96.6, 1.7, 2.8),
        ("tune53.jsonl", 93.8, 2.3, 2.8),
        ("tune54.jsonl", 97.7, 1.2, 1.0),
        ("tune55.jsonl", 97.2, 0.6, 1.0),
        ("tune56.jsonl", 95.5, 3.4, 1.9),
        ("tune57.jsonl", 97.7, 1.2, 4.6),
        ("tune58.jsonl", 97.7, 0.6, 3.7),
        ("tune59.jsonl", 97.2, 1.2, 2.8),
        ("tune60.jsonl", 99.4, 0.6, 1.9),
        ("tune61.jsonl", 96.1, 1.7, 1.9),
        ("tune62.jsonl", 96.6, 2.8, 2.8),
        ("tune63.jsonl", 96.6, 1.2, 2.8),
        ("tune64.jsonl", 92.7, 2.8, 2.8),
        ("tune65.jsonl", 96.1, 0.6, 2.8),
        ("tune66.jsonl", 97.2, 0.6, 1.0),
        ("tune67.jsonl", 93.8, 1.2, 3.7),
        ("tune68.jsonl", 95.0, 1.2, 2.8),
        ("tune69.jsonl", 97.2, 2.3, 1.9),
        ("tune70.jsonl", 95.0, 1.7, 1.9),
        ("tune71.jsonl", 98.8, 0.6, 3.7),
        ("tune72.jsonl", 95.0, 0.6, 1.9),
        ("tune73.jsonl", 96.6, 0.6, 1.9),
        ("tune74.jsonl", 97.2, 1.2, 4.6),
        ("tune75.jsonl", 98.3, 1.2, 1.9),
        ("tune76.jsonl", 95.0, 1.2, 1.9),
        ("tune77.jsonl", 93.3, 1.7, 2.8),  # asks past a topic ("besides X, what else ...") and compares
        # long chatty messages, half of them asking what the article does not say
        ("chatty1.jsonl", 87.5, 2.5, 10.0),
        ("chatty2.jsonl", 82.5, 2.5, 8.4),
    ],
)
def test_later_sets_do_not_regress(
    service: AnswerService, name: str, correct_at_least: float, wrong_at_most: float, false_at_most: float
) -> None:
    report = evaluate(service, read_cases(EVAL / name))
    assert report.in_correct_pct >= correct_at_least
    assert report.in_wrong_pct <= wrong_at_most
    assert report.out_answered_pct <= false_at_most
