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
SUBCOMMAND_MODULES = ("init", "cards", "bench", "decode", "render", "serve",
                      "expire", "reports", "journal")


def build_parser() -> argparse.ArgumentParser:
    from app.ui.options import build_parser as app_parser

    app_options = app_parser().format_help().split("options:", 1)[-1]
    parser = argparse.ArgumentParser(
        prog="giftdesk",
        description="GiftDesk: gift-card redemption at the counter, and its ledger. "
        "Without a command, opens the counter app.",
        epilog="counter app (giftdesk [OPTION…]):\n" + "\n".join(
            line for line in app_options.strip("\n").splitlines() if "--help" not in line),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (*SUBCOMMAND_MODULES, *MERCHANT_MODULES):
        importlib.import_module(f"app.cli.{name}").register(sub)
    return parser


# The administration of a real merchant: stores, operators, programs.
MERCHANT_MODULES = ("locations", "operators", "programs")


def wants_app(argv: Sequence[str]) -> bool:
    """No command, only options (`giftdesk --data-dir DIR`): the counter app."""
    return not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help"))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if wants_app(args_list):
        return _run_app(args_list)
    args = build_parser().parse_args(args_list)
    if args.command is None:
        return _run_app(args_list)
    from app.domain.errors import GiftDeskError

    try:
        result: int = args.run(args)
    except GiftDeskError as exc:  # a refusal: one line, exit 2 (as for a wrong argument)
        print(f"giftdesk: {exc.detail} ({exc.code})", file=sys.stderr)
        return 2
    return result


def _run_app(argv: list[str]) -> int:
    from app.ui.main import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
