"""Shared fixtures: the real knowledge and service, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.knowledge import KnowledgeBase, load_knowledge
from bot.core.service import AnswerService

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="session")
def knowledge() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE)


@pytest.fixture(scope="session")
def service(knowledge: KnowledgeBase) -> AnswerService:
    return AnswerService(knowledge)
