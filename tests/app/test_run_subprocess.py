"""The real entry point, ``python -m bot run``, against a Discord-compatible endpoint on loopback."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from loopback_discord import APP_ID, GUILD_ID, LoopbackDiscord
from openapi_payloads import SPEC, problems

ROOT = Path(__file__).resolve().parents[2]
REDIRECT = """
import os, yarl, discord.gateway, discord.http
discord.http.Route.BASE = os.environ["LOOPBACK_API"]
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["LOOPBACK_GATEWAY"])
"""


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_run_logs_in_syncs_answers_a_slash_command_and_exits_0_on_sigterm(tmp_path: Path) -> None:
    server = LoopbackDiscord("How much did Musk pay for Twitter?")
    server.start()
    (tmp_path / "sitecustomize.py").write_text(REDIRECT, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path),
        "LOOPBACK_API": server.api_base,
        "LOOPBACK_GATEWAY": server.gateway,
        "DISCORD_TOKEN": "loopback-secret-token",
        "DEV_GUILD_IDS": f"[{GUILD_ID}]",
        "DATA_DIR": str(tmp_path / "data"),
        "LOG_LEVEL": "INFO",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:

        def answered() -> bool:
            assert process.poll() is None, process.communicate()[0]
            return any("44 billion" in json.dumps(r.body) for r in server.requests if r.body)

        assert wait_for(answered, 90), "the bot never answered the slash command"
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
        server.stop()
    assert process.returncode == 0, output
    assert server.sent("GET", "/users/@me"), "did not log in"
    assert server.sent("PUT", f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"), (
        "did not sync to the dev guild"
    )
    assert "loopback-secret-token" not in output
    if SPEC.exists():  # shared/ sits beside the repository in development and CI
        sent = [r for r in server.requests if r.body is not None]
        assert sent
        assert [p for r in sent for p in problems(r.method, r.path, r.body)] == []
