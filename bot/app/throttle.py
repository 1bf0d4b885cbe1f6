"""Per-user and per-channel cooldowns, and the auto-answer repeat guard.

Both read :func:`time.monotonic` at call time, so a simulated clock can move them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from discord.ext import commands

from bot.core.text import fold, words

# CooldownMapping treats ``current=0.0`` as "not given" and falls back to time.time(); a constant
# offset keeps this monotonic clock strictly positive without changing any interval.
_CLOCK_OFFSET = 1.0
_MAX_REMEMBERED = 10_000

Clock = Callable[[], float]


def monotonic() -> float:
    """Seconds on a monotonic clock, always > 0."""
    return time.monotonic() + _CLOCK_OFFSET


def _key(value: int) -> int:
    return value


def _mapping(seconds: float) -> commands.CooldownMapping[int] | None:
    return commands.CooldownMapping.from_cooldown(1, seconds, _key) if seconds > 0 else None


class Throttle:
    """One question per user per ``user_seconds`` and one answer per channel per ``channel_seconds``."""

    def __init__(self, user_seconds: float, channel_seconds: float, clock: Clock = monotonic) -> None:
        """Zero seconds turns that cooldown off."""
        self._user = _mapping(user_seconds)
        self._channel = _mapping(channel_seconds)
        self._clock = clock

    def retry_after(self, user_id: int, channel_id: int | None) -> float:
        """0 (and the use is counted) when allowed; otherwise seconds to wait, nothing counted."""
        now = self._clock()
        pairs = ((self._user, user_id), (self._channel, channel_id))
        buckets = [m.get_bucket(key, now) for m, key in pairs if m is not None and key is not None]
        live = [bucket for bucket in buckets if bucket is not None]
        wait = max((bucket.get_retry_after(now) for bucket in live), default=0.0)
        if wait > 0:
            return wait
        for bucket in live:
            bucket.update_rate_limit(now)
        return 0.0


def question_key(text: str) -> str:
    """Fold a question for repeat detection: case, punctuation and spacing ignored."""
    return " ".join(words(fold(text)))


class RepeatGuard:
    """Remembers which questions were answered in which channel, for ``window`` seconds."""

    def __init__(self, window: float, clock: Clock = monotonic) -> None:
        """Remember answers for ``window`` seconds (0 remembers nothing)."""
        self._window = window
        self._clock = clock
        self._answered: dict[tuple[int, str], float] = {}

    def seen(self, channel_id: int, question: str) -> bool:
        """Whether this question was answered in this channel within the window."""
        self._forget_old()
        return (channel_id, question_key(question)) in self._answered

    def remember(self, channel_id: int, question: str) -> None:
        """Note that this question has just been answered here."""
        if self._window > 0:
            self._answered[(channel_id, question_key(question))] = self._clock()

    def _forget_old(self) -> None:
        now = self._clock()
        expired = [key for key, at in self._answered.items() if now - at >= self._window]
        for key in expired:
            del self._answered[key]
        while len(self._answered) > _MAX_REMEMBERED:
            del self._answered[next(iter(self._answered))]
