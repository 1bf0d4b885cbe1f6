"""The bot's command groups: asking questions and browsing the article."""
