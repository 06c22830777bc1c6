"""`giftdesk init`: create or upgrade a ledger's schema, optionally with demo data."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import add_db_option, open_ledger

if TYPE_CHECKING:
    from app.ledger.engine import Ledger


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "init", help="create or upgrade a ledger database",
        description="Create the ledger schema, or upgrade it to this version. Safe to repeat.")
    add_db_option(parser)
    parser.add_argument("--demo", action="store_true",
                        help="add the Demo Coffee merchant, stores, operators, programs, cards")
    parser.add_argument("--merchant", default="My Shop",
                        help="merchant name for a new ledger without --demo")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    ledger = open_ledger(args.db, migrate=True)
    try:
        return _report(args, ledger)
    finally:
        ledger.engine.dispose()


def _report(args: argparse.Namespace, ledger: Ledger) -> int:
    from app.domain.codes import format_code
    from app.ledger import demo, directory

    print(f"Ledger ready: {args.db}")
    if not args.demo:
        directory.ensure_merchant(ledger.engine, args.merchant)
        return 0
    cards = demo.seed(ledger)
    if not cards:
        print("Demo data is there already.")
        return 0
    print("Demo data added. Operators: admin/0000 (admin), manager/9999, cashier/1111 "
          "(STORE-1). Cards:")
    for card in cards:
        print(f"  {format_code(card.code)}  {card.program:<12} {card.description}")
    return 0
