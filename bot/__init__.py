"""A Discord bot that answers questions about one news article, with sourced answers."""
