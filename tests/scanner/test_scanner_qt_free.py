"""The scanner, renderer and decode benchmark load without Qt (ledger hosts and CLIs have none)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_scanner_and_render_does_not_load_qt() -> None:
    code = ("import sys, app.scanner, app.render, app.bench.scan_decode, app.cli.decode, "
            "app.cli.render; print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                            text=True)
    assert result.stdout.strip() == "[]"
