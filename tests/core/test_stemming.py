"""The compiled stemmer (PyStemmer) stems every word as Snowball's reference English stemmer does.

The knowledge and the phrase tables were tuned on those stems, so a stemmer release that changed
any of them would change answers.
"""

from __future__ import annotations

import random
import string

import snowballstemmer

from bot.core.lexicon import stem
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
    reference = snowballstemmer.stemmer("english")
    assert [stem(word) for word in samples] == [reference.stemWord(word) for word in samples]
