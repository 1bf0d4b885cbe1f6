"""Clauses of a message: the whole, its parts, and a question buried in a long one."""

from __future__ import annotations

import random
import re
import string

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.lexicon import QuestionKind
from bot.core.tokens import _CLAUSE_BREAKS, CLAUSE_BREAK, Speller, clauses, english_words, tokens


@pytest.mark.parametrize(
    ("message", "buried"),
    [
        (
            "me and my friend were arguing about how much elon spent on twitter",
            ("howmuch", "elon", "spent", "on", "twitter"),
        ),
        (
            "ok so i read the thread and i still wonder why microsoft got the letter. any ideas",
            ("why", "microsoft", "got", "the", "letter"),
        ),
        (
            "do you know by any chance how much elon spent on twitter",
            ("howmuch", "elon", "spent", "on", "twitter"),
        ),
    ],
)
def test_a_question_buried_in_a_long_clause_is_also_a_clause(message: str, buried: tuple[str, ...]) -> None:
    assert buried in [clause.words for clause in clauses(message, 500)]


@pytest.mark.parametrize(
    ("message", "part"),
    [
        ("one thing for my notes: who runs twitter now", ("who", "runs", "twitter", "now")),
        ("my cousin asked me at dinner — who runs twitter now", ("who", "runs", "twitter", "now")),
        ("my cousin asked me at dinner–who runs twitter now", ("who", "runs", "twitter", "now")),
    ],
)
def test_a_colon_or_a_long_dash_ends_a_clause(message: str, part: tuple[str, ...]) -> None:
    assert part in [clause.words for clause in clauses(message, 500)]


@pytest.mark.parametrize("message", ["what did microsoft say re: the letter", "a call at 10:30 with elon"])
def test_a_colon_inside_a_phrase_does_not_end_a_clause(message: str) -> None:
    assert len(clauses(message, 500)) == 1


def test_the_buried_question_keeps_its_kind() -> None:
    found = clauses("me and my friend were arguing about how much elon spent on twitter", 500)
    assert found[-1].kind is QuestionKind.AMOUNT


@pytest.mark.parametrize(
    "message",
    [
        "how much did elon pay for twitter",
        "what did microsoft do with the data",
        "did twitter ask microsoft for an audit of how it used the data",
    ],
)
def test_a_question_with_nothing_buried_is_one_clause(message: str) -> None:
    assert len(clauses(message, 500)) == 1


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("i run a tiny candle shop. what did twitter accuse microsoft of?", False),
        ("i do marketing for a living. how much did musk pay?", False),
        ("i heard microsoft dropped twitter. what did it drop it from?", True),  # names the article's actors
        ("i saw 44 billion mentioned. what was that for?", True),  # a figure is the article's too
        ("i run a tiny candle shop", True),  # nothing else to keep
    ],
)
def test_the_askers_own_story_is_left_out_of_the_whole_message(message: str, kept: bool) -> None:
    whole = clauses(message, 500)[0]
    assert (whole.words[0] == "i") is kept


def test_the_sentences_of_a_longer_message_are_marked_with_their_question_marks() -> None:
    found = clauses("so musk paid for twitter. is he mad?? how much was it", 500)
    sentences = [(clause.words, clause.question_mark) for clause in found if clause.sentence]
    assert sentences == [
        (("so", "musk", "paid", "for", "twitter"), False),
        (("is", "he", "mad"), True),
        (("howmuch", "was", "it"), False),
    ]
    assert not found[0].sentence  # the whole message


@pytest.mark.parametrize(
    ("words", "filler"),
    [
        (["musk", "paid", "44b", "right"], True),  # a closing tag asks yes or no, nothing more
        (["musk", "is", "fine", "yes"], True),
        (["yes"], False),  # a lone word is the whole message
    ],
)
def test_a_closing_tag_is_filler(words: list[str], filler: bool) -> None:
    assert tokens(words)[-1].filler is filler


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("pya", "pay"),  # two letters swapped in a short word
        ("msuk", "musk"),
        ("yes", "yes"),  # an English word is left alone
        ("zzz", "zzz"),
    ],
)
def test_the_speller_repairs_swapped_letters(typed: str, meant: str) -> None:
    assert Speller(["pay", "musk", "twitter"]).correct(typed) == meant


@pytest.mark.parametrize(
    "message", ["what did mr. musk pay", "did ms. yaccarino say so", "twitter vs. microsoft"]
)
def test_a_title_does_not_end_a_sentence(message: str) -> None:
    assert len(clauses(message, 500)) == 1


def test_a_description_inside_a_description_is_resolved() -> None:
    (clause,) = clauses("what does the chatgpt maker's early backer want", 500)
    assert "musk" in clause.words


def test_the_one_edit_search_finds_what_a_full_scan_finds() -> None:
    vocabulary = sorted(english_words())[::40]  # ~1,200 words of every length
    speller = Speller(vocabulary)
    rng = random.Random(0)
    typos = set()
    for word in rng.sample([w for w in vocabulary if 3 <= len(w) <= 8 and w.isalpha()], 400):
        at = rng.randrange(len(word))
        typos |= {
            word[:at] + word[at + 1 :],  # a letter dropped
            word[:at] + rng.choice(string.ascii_lowercase) + word[at:],  # one added
            word[:at] + rng.choice(string.ascii_lowercase) + word[at + 1 :],  # one replaced
            word[:at] + word[at + 1 : at + 2] + word[at] + word[at + 2 :],  # two swapped
        }
    for typo in sorted(t for t in typos if 3 <= len(t) <= 7):
        # every target one edit can reach: the lengths around the typo's, shortest first
        reach = [t for near in range(len(typo) - 1, len(typo) + 2) for t in speller._by_length.get(near, ())]
        full = process.extract(typo, reach, scorer=OSA.distance, score_cutoff=1, limit=8)
        assert speller._within_one_edit(typo) == [(choice, distance) for choice, distance, _ in full]


def test_the_fast_clause_break_pattern_splits_as_the_plain_one() -> None:
    plain = re.compile(rf"((?:{CLAUSE_BREAK})+)")
    texts = [
        "mr. musk paid 1.5b. why?! ok",
        "a\n- b",
        "x - y - z",
        "end.",
        "a\t-\tb",
        "a\u3000-\u3000b",
        "vs. x. y?!\n",
        "quick one: who? re: that",
        "a — b–c",
        "at 10:30 - ok",
    ]
    rng = random.Random(3)
    alphabet = "ab1.?!;:\n -mrsdve\t—–"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(20_000)]
    for text in texts:
        assert _CLAUSE_BREAKS.split(text) == plain.split(text), text


def test_only_a_question_sets_a_topic_aside() -> None:
    # An answer that says "besides restricting openai's access, musk has ..." states both things.
    text = "besides restricting openai access musk has increased how much it costs"
    assert "besides" in clauses(text, 500, asking=False)[0].words
    assert "setaside" in clauses(text, 500)[0].words
