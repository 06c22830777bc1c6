"""The README tells the truth about what a machine needs: the system packages `.ci/run`
installs on a fresh Debian machine, no more and no fewer."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_lists_the_system_packages_ci_installs() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    listed = re.search(r"SYSTEM_PACKAGES=\((.*?)\)", ci, re.DOTALL)
    assert listed
    ci_packages = set(listed.group(1).split())
    readme = (ROOT / "README.md").read_text()
    command = re.search(r"sudo apt-get install (.*?)\n```", readme, re.DOTALL)
    assert command
    readme_packages = set(command.group(1).replace("\\", " ").split())
    assert readme_packages == ci_packages
    assert "libxcb-cursor0" in readme_packages  # Qt 6.5+ will not start on xcb without it
