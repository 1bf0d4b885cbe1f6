import pytest

from bot.core.text import TYPOGRAPHIC_QUOTES, canonical_quote_text, fold, prepare, strip_discord_markup, words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<@123456789> how much?", "how much?"),
        ("<@!123> <@&456> in <#789>", "in"),
        ("is <:pepe:123456> <a:dance:987> fine", "is fine"),
        ("see https://example.com/a?b=c now", "see now"),
        ("```py\nprint('x')\n``` what is `openai`", "what is openai"),
        ("**bold** __under__ ~~gone~~ ||spoiler||", "bold under gone spoiler"),
        ("> quoted question", "quoted question"),
        ("@everyone who is yaccarino", "who is yaccarino"),
        ("at <t:1700000000:R> or </ask:123>", "at or"),
        ("someone in #general said so", "someone said so"),  # a channel named as text
    ],
)
def test_strip_discord_markup(raw: str, expected: str) -> None:
    assert " ".join(strip_discord_markup(raw).split()) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Twitter’s", "twitter's"),
        ("ＭＵＳＫ", "musk"),
        ("Yaccarinò", "yaccarino"),
        ("“quoted”", '"quoted"'),
    ],
)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("what's musk's plan", ["what", "is", "musk", "plan"]),
        ("he won't pay", ["he", "will", "not", "pay"]),
        ("didnt they", ["did", "not", "they"]),
        ("y r u mad", ["why", "are", "you", "mad"]),
        ("sooooo", ["soo"]),
        ("$44,000,000,000 and 1.5", ["$44,000,000,000", "and", "1.5"]),
        ("what % of it", ["what", "percent", "of", "it"]),
        ("decision-making", ["decision", "making"]),
        ("!!! ???", []),
        ("when'd they send it", ["when", "did", "they", "send", "it"]),
        ("who'd win", ["who", "would", "win"]),
        ("twitter sended a letter", ["twitter", "sent", "a", "letter"]),  # a learner's regular past
        ("wtv he wants", ["whatever", "he", "wants"]),
        ("losing it frm them", ["losing", "it", "from", "them"]),
        ("who is takin a share", ["who", "is", "taking", "a", "share"]),  # a dropped final g
    ],
)
def test_words(raw: str, expected: list[str]) -> None:
    assert words(raw) == expected


def test_prepare_truncates_huge_input() -> None:
    assert len(" ".join(prepare("musk " * 50_000, 500))) <= 500


def test_canonical_quote_text_ignores_spacing_and_quote_marks() -> None:
    assert canonical_quote_text("Twitter’s   chief\n") == "Twitter's chief"


def test_plain_text_is_left_as_it_is() -> None:
    assert strip_discord_markup("how much did musk pay, 44b?") == "how much did musk pay, 44b?"
    assert fold("How MUCH did `Musk` pay") == "how much did 'musk' pay"
    assert fold("Café ’quoted’") == "cafe 'quoted'"


def test_the_backtick_is_the_only_ascii_quote_mark() -> None:
    # fold straightens ASCII text with one replace; a new ASCII quote mark would need it there too.
    assert [chr(code) for code in TYPOGRAPHIC_QUOTES if code < 128] == ["`"]


def test_an_address_without_markup_characters_is_still_stripped() -> None:
    assert " ".join(strip_discord_markup("see WWW.Example.com now").split()) == "see now"
