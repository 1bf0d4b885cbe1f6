"""Pure-Python core: knowledge, matching and the answering service. Never imports discord."""
