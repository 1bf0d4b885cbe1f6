"""Check request bodies against Discord's official OpenAPI description (shared/discord-api-spec)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

SPEC = Path(__file__).resolve().parents[3] / "shared" / "discord-api-spec" / "openapi.json"
TEMPLATES = (
    "/interactions/{interaction_id}/{interaction_token}/callback",
    "/applications/{application_id}/guilds/{guild_id}/commands",
    "/applications/{application_id}/commands",
    "/channels/{channel_id}/messages",
    "/webhooks/{webhook_id}/{webhook_token}",
    "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
    "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
)


@cache
def _spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def _template_of(path: str) -> str | None:
    for template in TEMPLATES:
        pattern = "^" + re.sub(r"\\{[a-z_]+\\}", "[^/]+", re.escape(template).replace(r"\@", "@")) + "$"
        if re.match(pattern, path):
            return template
    return None


def problems(method: str, path: str, body: Any) -> list[str]:
    """Why ``body`` is not a valid request for ``method path`` per the spec (empty when it is)."""
    template = _template_of(path)
    if template is None:
        return [f"no spec template known for {path}"]
    operation = _spec()["paths"][template].get(method.lower())
    if operation is None:
        return [f"the spec has no {method} {template}"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    validator = Draft202012Validator({**schema, "components": _spec()["components"]})
    return [
        f"{method} {template}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}"
        for e in validator.iter_errors(body)
    ]
