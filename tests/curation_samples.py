"""Sample curation data shared by the core, command-line and Discord tests."""

from __future__ import annotations

from bot.core.curation import Draft

PRICE = "price-paid-for-twitter"
QUOTE = "Despite paying $44 billion for Twitter"
NEW = Draft(
    "Did Twitter buy Microsoft?",
    ("twitter purchase microsoft", "did the bird app buy msft", "twitter owns microsoft?", "x bought ms"),
    "No. The article says Musk bought Twitter; nobody bought Microsoft.",
    QUOTE,
)
