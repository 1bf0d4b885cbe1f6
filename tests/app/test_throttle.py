"""Cooldowns and the auto-answer repeat guard, on a hand-driven clock."""

from __future__ import annotations

import pytest

from bot.app.throttle import RepeatGuard, Throttle, question_key


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("second_user", "second_channel", "allowed"),
    [(1, 10, False), (1, 20, False), (2, 10, False), (2, 20, True)],
    ids=["same-user-same-channel", "same-user", "same-channel", "different"],
)
def test_one_use_per_user_and_per_channel(second_user, second_channel, allowed):
    throttle = Throttle(10, 2, Clock())
    assert throttle.retry_after(1, 10) == 0

    assert (throttle.retry_after(second_user, second_channel) == 0) is allowed


def test_cooldown_expires():
    clock = Clock()
    throttle = Throttle(10, 2, clock)
    throttle.retry_after(1, 10)
    assert throttle.retry_after(1, 10) == pytest.approx(10)

    clock.now += 10

    assert throttle.retry_after(1, 10) == 0


def test_refused_use_is_not_counted_against_the_other_bucket():
    clock = Clock()
    throttle = Throttle(10, 2, clock)
    throttle.retry_after(1, 10)
    throttle.retry_after(1, 20)  # refused by the user bucket; channel 20 must stay free

    assert throttle.retry_after(2, 20) == 0


def test_zero_seconds_turns_cooldowns_off():
    throttle = Throttle(0, 0, Clock())

    assert all(throttle.retry_after(1, 10) == 0 for _ in range(5))


def test_repeat_guard_remembers_per_channel_within_the_window():
    clock = Clock()
    guard = RepeatGuard(60, clock)
    guard.remember(10, "How much did Musk pay?")

    assert guard.seen(10, "how much did musk pay")
    assert not guard.seen(20, "How much did Musk pay?")
    clock.now += 60
    assert not guard.seen(10, "How much did Musk pay?")


def test_question_key_ignores_case_punctuation_and_spacing():
    assert question_key("  How MUCH, did   Musk pay?? ") == "how much did musk pay"
