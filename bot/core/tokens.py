"""From raw text to weighted concept tokens: clauses, typo repair and the question's kind."""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core import lexicon
from bot.core.lexicon import QuestionKind
from bot.core.lookup import ComputedOnLookup
from bot.core.text import fold, strip_discord_markup, words

# One break between clauses: a full stop with no digit on either side and not after a title ("mr. musk"),
# a question mark, "!", ";", a new line, a colon before a space (not "re:"), a long dash, or a dash
# between spaces.
_TITLES = "".join(rf"(?<!\b{title}[.])" for title in ("mr", "mrs", "ms", "dr", "vs"))  # "mr. musk" goes on
CLAUSE_BREAK = rf"[.](?<!\d[.]){_TITLES}(?!\d)|[?!;\n]|(?<!\bre):(?!\S)|[—–]|\s-\s"
# A run of breaks, as ``(?:CLAUSE_BREAK)+``; its first break opens with a character class (and then tells
# the kinds of break apart by the character it took), so re jumps from candidate to candidate instead of
# trying every position: twice as fast on a long message.
_CLAUSE_BREAKS = re.compile(
    rf"([.?!;:—–\s](?:(?<=[.])(?<!\d[.]){_TITLES}(?!\d)|(?<=[?!;\n])|(?<=:)(?<!\bre:)(?!\S)|(?<=[—–])|(?<=\s)-\s)(?:{CLAUSE_BREAK})*)"
)
MAX_CLAUSES = 4
EMBEDDED_FROM, EMBEDDED_AFTER = 8, 3  # words in a clause, and words before a buried question word
SHORT = 3  # the shortest word repaired; at this length two swapped letters are tried first ("pya")
EMBEDDED_MIN_WORDS = 4  # words of a buried question; "accused of what by ..." is not one
FIRST_PERSON = lexicon.PERSONAL - {"you", "your", "yours", "yourself"}  # an aside opens with the asker
IMPERSONAL = frozenset({"it", "there", "anyone", "anybody", "somebody"})  # "is it known how much ..."
PREPOSITIONS = frozenset({"by", "from", "to", "for", "of", "with", "about", "at", "in", "on"})
ENGLISH_MIN_FREQUENCY = 100  # counts in the list; rarer entries are mostly names and misspellings
COMMON_FROM = 150_000  # word counts in the spell checker's English frequency list
VERY_COMMON_AT = 1_500_000
_ONE_EDIT_UP_TO = 7  # letters of a typo that may be one edit from its word; a longer one, two
TYPO_CANDIDATES = 8  # nearest targets of a typo that are weighed against each other


@cache
def english_words() -> dict[str, int]:
    """English words with their frequency (pyspellchecker's list); these are never "corrected"."""
    packed = (resources.files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    frequencies: dict[str, int] = json.loads(gzip.decompress(packed))
    return {word: count for word, count in frequencies.items() if count >= ENGLISH_MIN_FREQUENCY}


@lru_cache(maxsize=65536)
def commonness(word: str) -> float:
    """0 for rare or unknown words, rising to 1 for the most everyday English words.

    An unfamiliar *rare* word ("stock", "founded", "tesla") usually changes what is asked;
    an unfamiliar *everyday* word ("make", "place", "believe") is more often chatter.
    """
    count = english_words().get(word, 0)
    if count <= COMMON_FROM:
        return 0.0
    return min(1.0, math.log(count / COMMON_FROM) / math.log(VERY_COMMON_AT / COMMON_FROM))


@dataclass(slots=True)
class Clause:
    """One stretch of a message with its question kind and content words (after phrase handling).

    Not frozen: some ten are made per message, and a frozen dataclass is built through
    ``object.__setattr__``, three times slower. Never changed once made.
    """

    kind: QuestionKind
    words: tuple[str, ...]
    sentence: bool = False  # one sentence of a message of several (not the whole, not a pair)
    question_mark: bool = False  # the sentence ends with "?", whatever its words


def clauses(
    text: str, max_chars: int, speller: Speller | None = None, *, asking: bool = True
) -> list[Clause]:
    """Split a message into clauses; the whole message comes first, then its parts (at most a few).

    With a ``speller``, typos are repaired before names and idioms are recognised. ``asking``: the text
    is a question, whose "besides X, what else ..." asks past X (see :func:`lexicon.set_aside`); in a
    statement, "besides X" is part of what it states.
    """
    folded = fold(strip_discord_markup(text[: max_chars * 2])[:max_chars])
    if ";" in folded:
        folded = folded.replace("tl;dr", "tldr")  # one word, not two clauses
    split = _CLAUSE_BREAKS.split(folded)  # pieces and the breaks after them, in turn
    pieces = [
        (_raw_words(piece, speller), "?" in brk)
        for piece, brk in zip(split[::2], [*split[1::2], ""], strict=True)
    ]
    prepared = [(raw, _clause(raw, question_mark=marked, asking=asking)) for raw, marked in pieces if raw]
    if len(prepared) > 1:
        prepared = _without_asides(prepared)
    if len(prepared) <= 1:
        only = prepared[0][1] if prepared else None
        return _with_embedded(only) if only and only.words else []
    whole = _phrased([word for raw, _ in prepared for word in raw], asking=asking)
    parts = [part for _, clause in prepared for part in _with_embedded(clause)]
    # A chatty message's question is usually its last one: "saw this... how much did he pay?"
    asked = [part.kind for part in parts if part.kind is not QuestionKind.NONE]
    kind = asked[-1] if asked else lexicon.question_kind(whole)
    chosen = [
        Clause(p.kind, p.words, sentence=True, question_mark=p.question_mark)
        for p in [part for part in parts if part.words][-MAX_CLAUSES:]
    ]
    pairs = [
        Clause(b.kind if a.kind is QuestionKind.NONE else a.kind, a.words + b.words)
        for a, b in itertools.pairwise(chosen)
    ]
    return [Clause(kind, tuple(whole)), *chosen, *pairs]


def _without_asides(sentences: list[tuple[list[str], Clause]]) -> list[tuple[list[str], Clause]]:
    """The sentences (raw and prepared) without the asker's own story ("i run a tiny candle shop.").

    An aside talks about the asker, asks nothing and names none of the article's people,
    companies or figures; a message that is nothing but asides keeps them all.
    """
    return [(raw, clause) for raw, clause in sentences if not _is_aside(raw, clause)] or sentences


def _is_aside(raw: list[str], prepared: Clause) -> bool:
    """True for a sentence about the asker that asks nothing and names nothing from the article."""
    first = next((word for word in raw if word not in lexicon.FILLER), None)
    if first not in FIRST_PERSON or prepared.kind is not QuestionKind.NONE:
        return False
    # a figure is the article's too: "i keep seeing $29 billion thrown around. what does it refer to?"
    return not any(
        lexicon.concept(word) in lexicon.ARTICLE_NAMES or AMOUNT.match(word) for word in prepared.words
    )


def _with_embedded(part: Clause) -> list[Clause]:
    """A long clause and, if a question is buried in it, that question on its own.

    "me and my friend were arguing about how much elon spent on twitter" also yields
    "how much elon spent on twitter".
    """
    if len(part.words) < EMBEDDED_FROM or _asks_yes_no_of_a_party(part.words):
        return [part]
    for index, word in enumerate(part.words[EMBEDDED_AFTER:], EMBEDDED_AFTER):
        if word not in lexicon.QUESTION_OPENERS:
            continue
        tail = list(part.words[index:])
        if len(tail) >= EMBEDDED_MIN_WORDS and tail[1] not in PREPOSITIONS:
            return [part, Clause(lexicon.question_kind(tail), tuple(tail))]
    return [part]


def _asks_yes_no_of_a_party(clause_words: tuple[str, ...]) -> bool:
    """True for a yes/no question about a party, whose later question word is not a question.

    "did twitter ask for an audit of how it used the data" asks yes or no, not *how*; "do you
    know how much he paid" still buries a question, as the asker is not a party.
    """
    content = [word for word in clause_words if word not in lexicon.FILLER]
    return (
        len(content) > 1
        and content[0] in lexicon.YES_NO_OPENERS
        and content[1] not in lexicon.PERSONAL
        and content[1] not in IMPERSONAL
    )


def _raw_words(text: str, speller: Speller | None) -> list[str]:
    raw = words(text)
    return speller.correct_all(raw) if speller is not None else raw


def _clause(raw: list[str], *, question_mark: bool = False, asking: bool = True) -> Clause:
    prepared = _phrased(raw, asking=asking)
    return Clause(lexicon.question_kind(prepared), tuple(prepared), question_mark=question_mark)


def _phrased(raw: list[str], *, asking: bool = True) -> list[str]:
    """The words with figures written one way and names and idioms replaced by their meaning.

    In a question, a topic set aside ("besides training ai, what else ...") leaves a marker word.
    """
    numbered = lexicon.normalise_numbers(raw)
    prepared = lexicon.replace_phrases(numbered)
    if prepared != numbered:  # a description inside another: "the chatgpt maker's early backer"
        prepared = lexicon.replace_phrases(prepared)
    return lexicon.set_aside(prepared) if asking else prepared


class Speller:
    """Repairs typos in words that are neither in the knowledge nor common English."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        """``vocabulary``: the surface words the knowledge uses (and the lexicon knows)."""
        vocabulary = frozenset(vocabulary)  # read twice below
        self._known = vocabulary | lexicon.STOPWORDS | lexicon.FILLER
        by_length: dict[int, list[str]] = {}  # typo targets, by length
        for word in sorted(w for w in self._known if len(w) >= 4 and w.isalpha()):
            by_length.setdefault(len(word), []).append(word)
        self._by_length = by_length
        # Per length of a typo two edits may repair, the targets in reach, shortest first (built once);
        # a shorter typo is looked up through one-letter deletions (``_by_deletion``).
        self._choices: dict[int, list[str]] = {
            size: [target for near in range(size - 2, size + 3) for target in by_length.get(near, ())]
            for size in range(_ONE_EDIT_UP_TO + 1, max(by_length, default=0) + 3)
        }
        self._short = frozenset(w for w in vocabulary if len(w) == SHORT and w.isalpha())
        self._english = english_words()
        self._by_deletion = self._deletion_index()
        self._cache: dict[str, str] = {}

    def correct(self, word: str) -> str:
        """The knowledge word this is a typo of, or the word itself."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._correct(word)
            if len(self._cache) < 100_000:
                self._cache[word] = cached
        return cached

    def correct_all(self, words: list[str]) -> list[str]:
        """:meth:`correct` of each word (most are in the cache)."""
        cache = self._cache
        return [cache[word] if word in cache else self.correct(word) for word in words]

    def _correct(self, word: str) -> str:
        if len(word) < SHORT or not word.isalpha() or word in self._known or word in self._english:
            return word
        if len(word) == SHORT:  # only a swap of two letters: "pya" is "pay"
            swaps = (word[1] + word[0] + word[2], word[0] + word[2] + word[1])
            swapped = next((swap for swap in swaps if swap in self._short), None)
            if swapped is not None:
                return swapped
        limit = _limit(len(word))
        if limit == 1:
            found = self._within_one_edit(word)
        else:
            choices = self._choices.get(len(word), ())
            found = [
                (choice, int(distance))
                for choice, distance, _ in process.extract(
                    word, choices, scorer=OSA.distance, score_cutoff=limit, limit=TYPO_CANDIDATES
                )
            ]
        if not found:
            return word
        # Prefer the nearest; among equals, a shared first letter and then a similar length.
        best = min(found, key=lambda hit: (hit[1], hit[0][0] != word[0], abs(len(hit[0]) - len(word))))
        if len(word) <= 4 and best[0][0] != word[0]:
            return word
        return best[0]

    def _within_one_edit(self, word: str) -> list[tuple[str, int]]:
        """The typo targets at most one edit from ``word``, as ``process.extract`` finds them.

        That is, (target, distance) for the first ``TYPO_CANDIDATES``, nearest first and then in the
        order of the choice lists (by length, then alphabetically). Such a target shares ``word`` or
        one of its one-letter deletions with itself or one of its own, so only those are scored.
        """
        keys = {word, *(word[:index] + word[index + 1 :] for index in range(len(word)))}
        near = {target for key in keys for target in self._by_deletion.get(key, ())}
        found = [(target, OSA.distance(word, target, score_cutoff=1)) for target in near]
        found = sorted(
            ((target, distance) for target, distance in found if distance <= 1),
            key=lambda hit: (hit[1], len(hit[0]), hit[0]),
        )
        return found[:TYPO_CANDIDATES]

    def _deletion_index(self) -> dict[str, list[str]]:
        """The targets of one-edit typos, by themselves and by each of their one-letter deletions.

        Built with the speller (~10 ms), so the first typo a bot sees costs no more than later ones.
        """
        index: dict[str, list[str]] = {}
        for length in range(SHORT - 1, _ONE_EDIT_UP_TO + 2):
            for target in self._by_length.get(length, ()):
                for key in {target, *(target[:i] + target[i + 1 :] for i in range(length))}:
                    index.setdefault(key, []).append(target)
        return index


def _limit(size: int) -> int:
    """The most edits a typo of ``size`` letters may be away from the word it stands for."""
    return 1 if size <= _ONE_EDIT_UP_TO else 2


@dataclass(frozen=True, slots=True)
class Token:
    """A concept token, whether it came from chat filler, and the word it came from."""

    concept: str
    filler: bool
    word: str


AMOUNT = re.compile(r"^\d+(?:\.\d+)?(b|m|pct)$")  # an amount as normalised ("44b"), with its unit


def tokens(clause_words: Iterable[str]) -> list[Token]:
    """Content tokens of a clause: stopwords dropped, synonyms merged, filler marked.

    An amount also yields its kind ("44b" adds "#b"), so "did he pay 50 billion?" still
    meets the entry that gives the real figure. A closing tag ("..., yes?", "..., right?") is filler.
    """
    words = list(clause_words)
    found = list(itertools.chain.from_iterable(map(_TOKENS_OF_WORD.__getitem__, words)))
    if len(words) > 1 and words[-1] in lexicon.YES_NO_TAILS and found and found[-1].word == words[-1]:
        found[-1] = replace(found[-1], filler=True)
    return found


def _tokens_of_word(word: str) -> tuple[Token, ...]:
    if lexicon.is_stopword(word):
        return ()
    token = Token(lexicon.concept(word), word in lexicon.FILLER, word)
    amount = AMOUNT.match(word)
    return (token, Token(f"#{amount.group(1)}", False, word)) if amount else (token,)


_TOKENS_OF_WORD: ComputedOnLookup[str, tuple[Token, ...]] = ComputedOnLookup(_tokens_of_word)
