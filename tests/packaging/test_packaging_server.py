"""The server's systemd unit and example config: the unit's own command lines, with the example
config's values, create a ledger and serve it."""

from __future__ import annotations

import json
import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "packaging" / "server" / "giftdesk.service"
CONFIG = ROOT / "packaging" / "server" / "giftdesk.env"
BINARY = "/opt/giftdesk/giftdesk"


def _settings(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines()
                if line.strip() and not line.lstrip().startswith("#"))


def _unit(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key, []).append(value)
    return found


def test_the_unit_runs_as_its_own_user_with_the_config_file_and_a_data_directory() -> None:
    unit, config = _unit(UNIT.read_text()), _settings(CONFIG.read_text())
    assert unit["User"] == ["giftdesk"]
    assert unit["Group"] == ["giftdesk"]
    assert unit["EnvironmentFile"] == ["/etc/giftdesk/giftdesk.env"]
    assert unit["StateDirectory"] == ["giftdesk"]
    assert config["GIFTDESK_DB"] == "sqlite:////var/lib/giftdesk/ledger.db"  # in that directory
    used = set(re.findall(r"\$\{(\w+)\}", " ".join(unit["ExecStart"] + unit["ExecStartPre"])))
    assert used
    assert used <= set(config), "the unit uses a setting the example config does not set"
    assert all(name.startswith("GIFTDESK_") for name in config)
    assert unit["ExecStartPre"] == [f"{BINARY} init"]  # safe to repeat: creates or upgrades


def _command(line: str, settings: dict[str, str]) -> list[str]:
    """The command systemd runs for `line`, with this checkout's giftdesk for the bundle's."""
    expanded = re.sub(r"\$\{(\w+)\}", lambda m: settings[m.group(1)], line)
    words = shlex.split(expanded)
    assert words[0] == BINARY
    return [sys.executable, "-m", "app", *words[1:]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_units_commands_with_the_example_config_create_and_serve_a_ledger(
        tmp_path: Path) -> None:
    unit = _unit(UNIT.read_text())
    settings = _settings(CONFIG.read_text())
    settings.update(GIFTDESK_DB=f"sqlite:///{tmp_path / 'ledger.db'}",
                    GIFTDESK_PORT=str(_free_port()))
    env = {"PATH": "/usr/bin:/bin", **settings}  # what EnvironmentFile gives the service
    subprocess.run(_command(unit["ExecStartPre"][0], settings), env=env, cwd=tmp_path,
                   check=True, timeout=120, capture_output=True)
    assert (tmp_path / "ledger.db").exists()
    server = subprocess.Popen(_command(unit["ExecStart"][0], settings), env=env,
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://{settings['GIFTDESK_HOST']}:{settings['GIFTDESK_PORT']}/v1/health"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stdout.read() if server.stdout else ""
            try:
                with urllib.request.urlopen(url, timeout=2) as answer:
                    health = json.load(answer)
                break
            except OSError:
                assert time.monotonic() < deadline, "the service never answered"
                time.sleep(0.2)
        assert health["status"] == "ok"
        assert health["database"] == "sqlite"
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stdout:
            server.stdout.close()
