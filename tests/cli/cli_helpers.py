"""Helpers of the CLI tests: run `giftdesk …` in-process with a PIN on stdin, and read what it
printed or refused."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any

import pytest

from app.cli.main import main


class Terminal(io.StringIO):
    """Standard input as a terminal: the CLI asks for PINs with getpass there."""

    def isatty(self) -> bool:
        return True


@dataclass
class Done:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)


class Cli:
    """`giftdesk` against one ledger (`--db` added to every command)."""

    def __init__(self, db: str, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.db, self.capsys, self.monkeypatch = db, capsys, monkeypatch

    terminal = False  # stdin is a terminal (set by a test that answers getpass)

    def run(self, *argv: str, stdin: str = "") -> Done:
        self.monkeypatch.setattr("sys.stdin", (Terminal if self.terminal else io.StringIO)(stdin))
        self.capsys.readouterr()
        code = main([*argv, "--db", self.db])
        out, err = self.capsys.readouterr()
        return Done(code, out, err)

    def ok(self, *argv: str, stdin: str = "") -> Done:
        done = self.run(*argv, stdin=stdin)
        assert done.code == 0, done.err
        return done

    def refused(self, *argv: str, stdin: str = "") -> str:
        """A refusal: exit 2 and one line on stderr naming the problem code; nothing on
        stdout. Returns the line."""
        done = self.run(*argv, stdin=stdin)
        assert done.code == 2, (done.out, done.err)
        assert done.out == ""
        lines = done.err.strip().splitlines()
        assert len(lines) == 1, done.err
        assert lines[0].startswith("giftdesk: ")
        return lines[0]
