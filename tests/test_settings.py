import re
from pathlib import Path

import pytest

from bot.core.matcher import Cutoffs
from bot.settings import Settings

ENV_EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"
DOCUMENTED = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", ENV_EXAMPLE.read_text("utf-8"), re.MULTILINE))


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_env_example_documents_every_setting(name: str) -> None:
    assert name.upper() in DOCUMENTED


@pytest.mark.parametrize("name", sorted(Cutoffs.model_fields))
def test_every_cut_off_is_a_setting(name: str) -> None:
    setting = name if name == "max_question_chars" else f"match_{name}"
    value = 321 if name == "max_question_chars" else 0.123
    assert getattr(Settings(_env_file=None, **{setting: value}).cutoffs(), name) == value
