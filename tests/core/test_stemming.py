"""The fast stemmer stems every word exactly as Snowball's own English stemmer does."""

from __future__ import annotations

import random
import string

import snowballstemmer

from bot.core.stemming import FastEnglishStemmer
from bot.core.tokens import english_words

SUFFIXES = ("", "s", "'s", "ing", "ed", "ly", "ness", "ies", "y", "ational", "iveness", "ement")


def test_stems_as_snowball_does() -> None:
    rng = random.Random(0)
    common = sorted(english_words())
    samples = [word + suffix for word in rng.sample(common, 3000) for suffix in SUFFIXES]
    samples += [
        "".join(rng.choices(string.ascii_lowercase + "'y", k=rng.randint(1, 14))) for _ in range(5000)
    ]
    samples += ["", "y", "'", "yy", "skies", "dying", "generously", "communism", "arsenal", "news", "proceed"]
    reference, fast = snowballstemmer.stemmer("english"), FastEnglishStemmer()
    assert [fast.stemWord(word) for word in samples] == [reference.stemWord(word) for word in samples]
