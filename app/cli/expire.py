"""`giftdesk expire`: expire cards past their validity now, as `giftdesk serve` does on its
schedule; their remaining value is written off in the journal (breakage)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import add_db_option, open_ledger


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "expire", help="expire cards past their validity and write off their value",
        description="Expire every card whose validity has ended (one transaction per card) "
        "and print what was expired. Safe to run again or next to a running `giftdesk "
        "serve`: a card is expired once.")
    add_db_option(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help="only print what would be expired; change nothing")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.ledger import expiry_job

    ledger = open_ledger(args.db)
    try:
        cards = expiry_job.due(ledger) if args.dry_run else expiry_job.run(ledger)
    finally:
        ledger.engine.dispose()
    if args.json:
        print(json.dumps({"dry_run": args.dry_run, "cards": [asdict(c) for c in cards]},
                         indent=2))
        return 0
    for card in cards:
        training = "  (training copy)" if card.training else ""
        print(f"{card.code}  {card.program:<24.24}  {card.shown():>16}{training}")
    line = expiry_job.summary(cards, dry_run=args.dry_run)
    print(line + " (dry run: nothing changed)" if args.dry_run else line)
    return 0
