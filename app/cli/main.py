"""Entry point of the `giftdesk` command.

Without a subcommand it opens the counter app. Each subcommand lives in its own module under
`app.cli` exposing `register(subparsers)`; modules import their heavy dependencies only inside
the function that runs the command, so `giftdesk --help` and app start-up stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Modules under app.cli that each add one or more subcommands.
SUBCOMMAND_MODULES = ("init", "cards", "bench", "decode", "render", "serve")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="giftdesk",
        description="GiftDesk: gift-card redemption at the counter, and its ledger. "
        "Without a command, opens the counter app.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"app.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args, rest = parser.parse_known_args(args_list)
    if args.command is None:
        return _run_app(args_list, parser)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    result: int = args.run(args)
    return result


def _run_app(argv: list[str], parser: argparse.ArgumentParser) -> int:
    try:
        app_main = importlib.import_module("app.ui.main")
    except ModuleNotFoundError:
        parser.print_help()
        return 0
    result: int = app_main.main(argv)
    return result


if __name__ == "__main__":
    sys.exit(main())
