"""Settings from the environment and `.env` (see `.env.example`); built on demand, never at import."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.core.matcher import Cutoffs

DEFAULT_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
_DEFAULT_CUTOFFS = Cutoffs()


class Settings(BaseSettings):
    """Everything the bot can be configured with."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    knowledge_dir: Path = Field(DEFAULT_KNOWLEDGE, description="folder with article.txt and qa/*.yaml")
    match_answer_at: float = Field(_DEFAULT_CUTOFFS.answer_at, ge=0, le=1)
    match_personal_answer_at: float = Field(_DEFAULT_CUTOFFS.personal_answer_at, ge=0, le=1)
    match_suggest_at: float = Field(_DEFAULT_CUTOFFS.suggest_at, ge=0, le=1)
    match_margin: float = Field(_DEFAULT_CUTOFFS.margin, ge=0, le=1)
    match_not_covered_margin: float = Field(_DEFAULT_CUTOFFS.not_covered_margin, ge=0, le=1)
    match_keyword_gap_lead: float = Field(_DEFAULT_CUTOFFS.keyword_gap_lead, ge=0, le=1)
    match_passage_at: float = Field(_DEFAULT_CUTOFFS.passage_at, ge=0, le=1)
    match_passage_lead: float = Field(_DEFAULT_CUTOFFS.passage_lead, ge=0, le=1)
    match_corroborated_at: float = Field(_DEFAULT_CUTOFFS.corroborated_at, ge=0, le=1)
    match_agreeing_sentence_at: float = Field(_DEFAULT_CUTOFFS.agreeing_sentence_at, ge=0, le=1)
    match_owner_sentence_lead: float = Field(_DEFAULT_CUTOFFS.owner_sentence_lead, ge=0, le=1)
    match_whole_question_lead: float = Field(_DEFAULT_CUTOFFS.whole_question_lead, ge=0, le=1)
    match_clear_lead_at: float = Field(_DEFAULT_CUTOFFS.clear_lead_at, ge=0, le=1)
    match_clear_lead: float = Field(_DEFAULT_CUTOFFS.clear_lead, ge=0, le=1)
    max_question_chars: int = Field(_DEFAULT_CUTOFFS.max_question_chars, ge=20, le=10_000)

    discord_token: SecretStr | None = None
    log_level: str = "INFO"

    data_dir: Path = Field(Path("data"), description="where the bot keeps its SQLite file and sync state")
    message_content_intent: bool = Field(
        False, description="request the privileged message content intent (needed for auto-answer channels)"
    )
    dev_guild_ids: list[int] = Field(
        default_factory=list, description="guilds that get commands synced at start"
    )
    auto_answer_channel_ids: list[int] = Field(
        default_factory=list, description="channels (and their threads) where questions are answered unasked"
    )
    auto_answer_repeat_seconds: float = Field(
        600,
        ge=0,
        description="an auto-answer channel never gets the same question answered twice within this",
    )
    moderator_role_ids: list[int] = Field(
        default_factory=list,
        description="roles whose members may use /kb besides Manage Messages / Manage Server holders",
    )
    user_cooldown_seconds: float = Field(10, ge=0, description="one question per user per this many seconds")
    channel_cooldown_seconds: float = Field(
        2, ge=0, description="one answer per channel per this many seconds"
    )

    def cutoffs(self) -> Cutoffs:
        """The matcher's cut-offs from these settings."""
        return Cutoffs(
            answer_at=self.match_answer_at,
            personal_answer_at=self.match_personal_answer_at,
            suggest_at=self.match_suggest_at,
            margin=self.match_margin,
            not_covered_margin=self.match_not_covered_margin,
            keyword_gap_lead=self.match_keyword_gap_lead,
            passage_at=self.match_passage_at,
            passage_lead=self.match_passage_lead,
            corroborated_at=self.match_corroborated_at,
            agreeing_sentence_at=self.match_agreeing_sentence_at,
            owner_sentence_lead=self.match_owner_sentence_lead,
            whole_question_lead=self.match_whole_question_lead,
            clear_lead_at=self.match_clear_lead_at,
            clear_lead=self.match_clear_lead,
            max_question_chars=self.max_question_chars,
        )
