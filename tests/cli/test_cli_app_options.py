"""`giftdesk [OPTION…]` without a command starts the counter app with those options."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main


def test_data_dir_given_with_a_space_keeps_every_file_there(tmp_path: Path) -> None:
    data_dir = tmp_path / "till data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--exit-when-ready"],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (data_dir / "ledger.db").is_file()
    assert (data_dir / "outbox.sqlite3").is_file()
    assert (data_dir / "logs").is_dir()


def test_help_lists_commands_and_the_apps_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for text in ("init", "cards", "serve", "bench", "--data-dir DIR", "--ledger URL",
                 "--training", "--camera-file FILE"):
        assert text in out
