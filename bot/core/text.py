"""Turn what people type on Discord into plain, comparable text.

Everything here is pure string work: Discord markup, Unicode forms, quote marks,
contractions and chat spellings. Meaning (aliases, synonyms, question kinds) lives
in :mod:`bot.core.lexicon`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from bot.core.lookup import ComputedOnLookup

TYPOGRAPHIC_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"'})

_CODE_BLOCK = re.compile(r"```.*?(?:```|$)", re.DOTALL)
_INLINE_CODE = re.compile(r"`([^`]*)`")
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>")
_CUSTOM_EMOJI = re.compile(r"<a?:(\w+):\d+>")
_TIMESTAMP = re.compile(r"<t:-?\d+(?::[a-zA-Z])?>")
_SLASH_COMMAND = re.compile(r"</[\w -]+:\d+>")
_URL = re.compile(r"<?https?://\S+>?|\bwww\.\S+", re.IGNORECASE)
_EVERYONE = re.compile(r"@(?:everyone|here)\b", re.IGNORECASE)
_MARKDOWN = re.compile(r"\|\||[*_~]{1,3}|^\s*(?:>>>|>|#{1,3}|-#)\s?", re.MULTILINE)
_CHANNEL_NAME = re.compile(r"\b(?:in|on|from|over in)\s+#[a-z][\w-]*", re.IGNORECASE)  # "someone in #general"
_EMOJI_SHORTCODE = re.compile(r":[a-z0-9_+-]{2,32}:")
_WHITESPACE = re.compile(r"\s+")
# What every pattern above needs: one of these characters (a URL has its colon) or "www." in any case.
_MARKUP_HINT = re.compile(r"[`<@:|*_~>#]")  # searched for its first character, not tried at every position
_URL_HINT = re.compile(r"://|www\.", re.IGNORECASE)  # what _URL needs
_MARKDOWN_HINT = re.compile(r"[|*_~>#]")  # what _MARKDOWN needs

# Spellings Discord users type without the apostrophe, and chat shorthand for whole words.
_CHAT_WORDS: dict[str, str] = {
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "isnt": "is not", "wasnt": "was not",
    "arent": "are not", "werent": "were not", "wont": "will not", "cant": "can not", "couldnt": "could not",
    "wouldnt": "would not", "shouldnt": "should not", "hasnt": "has not", "havent": "have not",
    "hadnt": "had not", "aint": "is not", "whats": "what is", "wats": "what is", "whos": "who is",
    "hows": "how is", "wheres": "where is", "whens": "when is", "thats": "that is", "theyre": "they are",
    "youre": "you are", "hes": "he is", "shes": "she is", "im": "i am", "ive": "i have", "itd": "it would",
    "u": "you", "ur": "your", "r": "are", "y": "why", "wat": "what", "wut": "what", "wht": "what",
    "wha": "what", "whta": "what", "hw": "how", "bc": "because", "bcuz": "because", "cuz": "because",
    "coz": "because", "cos": "because", "becuz": "because", "becuase": "because", "becasue": "because",
    "theyll": "they will", "youll": "you will", "itll": "it will", "thatll": "that will", "em": "them",
    "seing": "seeing", "acces": "access", "acess": "access", "pai": "pay", "chanel": "channel",
    "abt": "about", "bout": "about", "w": "with",
    "w/": "with", "w/o": "without", "b4": "before", "tho": "though", "thru": "through", "ppl": "people", "biz": "business",
    "pls": "please", "plz": "please", "thx": "thanks", "ty": "thanks", "smth": "something",
    "sth": "something", "govt": "government", "gov": "government", "gvt": "government", "info": "information",
    "msg": "message", "rn": "right now", "n": "and", "nd": "and", "da": "the", "teh": "the",
    "dat": "that", "dis": "this", "wen": "when", "wanna": "want to", "gonna": "going to",
    "gotta": "got to", "kinda": "kind of", "sorta": "sort of", "tryna": "trying to", "lemme": "let me",
    "gimme": "give me", "dunno": "do not know", "idk": "i do not know", "ya": "you", "yall": "you all",
    "brake": "break", "mutch": "much", "muchh": "much", "mch": "much", "mich": "much", "hou": "how",
    "howmuch": "how much",
    "whn": "when", "wehn": "when", "wher": "where", "wy": "why", "whay": "why", "wich": "which",
    "whic": "which", "wich's": "which", "waht": "what", "wha's": "what is", "whta's": "what is",
    # irregular verbs made regular, as learners write them
    "sended": "sent", "payed": "paid", "buyed": "bought", "gived": "gave", "telled": "told", "speaked": "spoke",
    "taked": "took", "writed": "wrote", "thinked": "thought", "losed": "lost", "spended": "spent",
    "leaved": "left", "sayed": "said", "bringed": "brought", "catched": "caught", "choosed": "chose",
    "wtv": "whatever", "wtvr": "whatever", "whatevs": "whatever", "every1": "everyone", "some1": "someone",
    "outta": "out of", "tf": "what", "fren": "friend", "coud": "could", "donte": "donate",
    "dontate": "donate", "donted": "donated", "pey": "pay", "peyed": "paid", "ill": "i will", "frm": "from",
    "dos": "does", "tht": "that", "bcz": "because", "bcoz": "because", "finna": "going to",
    # a dropped final g
    "takin": "taking", "gettin": "getting", "sayin": "saying", "goin": "going", "doin": "doing", "talkin": "talking",
    "makin": "making", "lookin": "looking", "tryin": "trying", "comin": "coming", "payin": "paying",
    "losin": "losing", "fightin": "fighting", "runnin": "running", "thinkin": "thinking", "buyin": "buying",
    "postin": "posting", "tweetin": "tweeting", "beefin": "beefing", "nothin": "nothing", "somethin": "something",
}
_CONTRACTION_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("n't", " not"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'d", " would"), ("'m", " am"),
)
_IRREGULAR_CONTRACTIONS = {"won't": "will not", "can't": "can not", "ain't": "is not", "shan't": "shall not"}
_WORD = re.compile(r"[a-z0-9$%][a-z0-9$%'.,/-]*")


def strip_discord_markup(text: str) -> str:
    """Remove mentions, custom emoji, code blocks, URLs and markdown; keep the words."""
    if not _MARKUP_HINT.search(text) and "www." not in text.lower():  # plain text, the common case
        return text
    # A pattern only runs when the text has a character it needs (a colon is mostly just a colon).
    if "`" in text:
        text = _CODE_BLOCK.sub(" ", text)
        text = _INLINE_CODE.sub(r" \1 ", text)
    if "<" in text:
        for pattern in (_MENTION, _TIMESTAMP, _SLASH_COMMAND):
            text = pattern.sub(" ", text)
    if _URL_HINT.search(text):
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _EVERYONE.sub(" ", text)
    if "<" in text:
        text = _CUSTOM_EMOJI.sub(" ", text)
    if "#" in text:
        text = _CHANNEL_NAME.sub(" ", text)
    if ":" in text:
        text = _EMOJI_SHORTCODE.sub(" ", text)
    return _MARKDOWN.sub(" ", text) if _MARKDOWN_HINT.search(text) else text


def fold(text: str) -> str:
    """Unicode-normalise, lowercase, straighten quote marks and drop accents."""
    if text.isascii():  # nothing to normalise or drop; the backtick is the only ASCII quote mark to straighten
        return text.replace("`", "'").lower()
    text = unicodedata.normalize("NFKC", text).translate(TYPOGRAPHIC_QUOTES).casefold()
    return _NON_ASCII.sub(_unless_combining, unicodedata.normalize("NFKD", text))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")  # no ASCII character is a combining mark


def _unless_combining(found: re.Match[str]) -> str:
    """The character found, or nothing for a combining mark (an accent split off its letter)."""
    char = found.group()
    return "" if unicodedata.combining(char) else char


def canonical_quote_text(text: str) -> str:
    """Form used to compare quotes with the article: straight quotes, single spaces."""
    return _WHITESPACE.sub(" ", text.translate(TYPOGRAPHIC_QUOTES)).strip()


_DID_CONTRACTIONS = {f"{opener}'d": f"{opener} did" for opener in ("when", "how", "what", "where", "why")}


def _expand(word: str) -> str:
    if word in _IRREGULAR_CONTRACTIONS:
        return _IRREGULAR_CONTRACTIONS[word]
    if word in _DID_CONTRACTIONS:  # "when'd twitter send it"; "who'd" stays "who would"
        return _DID_CONTRACTIONS[word]
    for suffix, expansion in _CONTRACTION_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)] + expansion
    if word.endswith("'s"):
        stem = word[:-2]
        return {"what": "what is", "who": "who is", "how": "how is", "it": "it is", "that": "that is",
                "there": "there is", "where": "where is", "when": "when is", "he": "he is",
                "she": "she is", "let": "let us"}.get(stem, _CHAT_WORDS.get(stem, stem))
    if word.endswith("s'"):
        return word[:-1]
    return _CHAT_WORDS.get(word.replace("'", ""), word) if "'" in word else _CHAT_WORDS.get(word, word)


_ELONGATED = re.compile(r"([a-z])\1\1+")  # as \1{2,}, but re finds it about twice as fast
_INNER_PUNCTUATION = re.compile(r"[.,/-]+")


def words(text: str) -> list[str]:
    """Split folded text into words, expanding contractions and chat shorthand.

    Numbers keep their decimal point and thousands commas ("1.5", "44,000"); other
    punctuation separates words; stretched letters ("sooo") are shortened.
    """
    return list(itertools.chain.from_iterable(map(_WORDS_OF_CHUNK.__getitem__, text.split())))


def _words_of_chunk(chunk: str) -> tuple[str, ...]:
    """The words of text without white space (see :func:`words`)."""
    result: list[str] = []
    if _ELONGATED.search(chunk):  # rare: searching is cheaper than substituting nothing
        chunk = _ELONGATED.sub(r"\1\1", chunk)
    for raw in _WORD.findall(chunk):
        if raw.isalpha():  # the common case, kept fast
            expanded = _CHAT_WORDS.get(raw)
            if expanded is None:
                result.append(raw)
            else:
                result.extend(expanded.split())
        else:
            result.extend(_punctuated_words(raw))
    return tuple(result)


# No word (nor a stretched letter) spans white space, so a text's words are its runs' words in turn;
# most runs ("twitter", "elon's", "it?") recur.
_WORDS_OF_CHUNK = ComputedOnLookup(_words_of_chunk)


@lru_cache(maxsize=65536)
def _punctuated_words(raw: str) -> tuple[str, ...]:
    """The words of one raw token with punctuation or digits ("twitter's", "44,000", "u.s.")."""
    token = raw.strip(".,/-'")
    if token == "%":  # "what % of openai"
        return ("percent",)
    if not any(ch.isalnum() for ch in token):
        return ()
    parts = [token] if any(ch.isdigit() for ch in token) else _INNER_PUNCTUATION.split(token)
    return tuple(word for part in (piece.strip("'") for piece in parts) if part for word in _expand(part).split())


def prepare(text: str, max_chars: int) -> list[str]:
    """Markup-free, folded words of at most ``max_chars`` characters of input."""
    return words(fold(strip_discord_markup(text[: max_chars * 2])[:max_chars]))
