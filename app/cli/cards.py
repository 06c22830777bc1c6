"""`giftdesk cards generate|show`: bulk card generation and card look-up."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from app.cli.common import add_db_option, open_ledger


def register(sub: Any) -> None:
    cards = sub.add_parser("cards", help="generate and look up cards").add_subparsers(
        dest="cards_command", metavar="ACTION", required=True)

    gen = cards.add_parser("generate", help="create cards of a program",
                           description="Create cards in one transaction; one CSV line per card "
                           "(code,token,qr_payload,status) goes to stdout, progress to stderr.")
    add_db_option(gen)
    gen.add_argument("--program", type=int, required=True, help="program id")
    gen.add_argument("--quantity", type=int, required=True, help="how many cards (1 to 1000000)")
    gen.add_argument("--pending", action="store_true", help="cards wait to be sold")
    gen.add_argument("--value", type=int, help="value per card in the program's units: minor "
                     "units of its currency (2500 = 25.00), or items for an item program")
    gen.add_argument("--format", choices=["csv"], default="csv", help="output format")
    gen.set_defaults(run=run_generate)

    show = cards.add_parser("show", help="print a card as JSON")
    show.add_argument("ref", help="the card's 12-digit code (spaces or dashes allowed), "
                      "its QR token or QR payload (a token that begins with '-' goes after "
                      "'--')")
    add_db_option(show)
    show.set_defaults(run=run_show)


class _Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int) -> None:
        self.total, self.start, self.last = total, time.monotonic(), 0.0

    def __call__(self, done: int) -> None:
        now = time.monotonic()
        if done < self.total and now - self.last < 0.2:
            return
        self.last = now
        width = 30
        filled = width * done // self.total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} cards "
                         f"{now - self.start:5.1f}s")
        if done >= self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def run_generate(args: argparse.Namespace) -> int:
    from app.domain.errors import GiftDeskError
    from app.ledger.directory import SYSTEM_ACTOR

    ledger = open_ledger(args.db)
    try:
        if args.value is not None:
            _check_value(ledger, args.program, args.value)
        made = ledger.generate_cards(SYSTEM_ACTOR, args.program, args.quantity,
                                     pending=args.pending, value=args.value,
                                     progress=_Progress(args.quantity))
    except GiftDeskError as exc:
        print(f"giftdesk: {exc.detail} ({exc.code})", file=sys.stderr)
        return 2
    finally:
        ledger.engine.dispose()
    out = sys.stdout
    out.write("code,token,qr_payload,status\n")
    out.writelines(f"{c.code},{c.token},{c.qr_payload},{c.status}\n" for c in made)
    return 0


def _check_value(ledger: Any, program_id: int, value: int) -> None:
    """`--value` read against the program's kind, as the API reads `value`: minor units of a
    money program, a count for an item program; said on stderr before any card is made, so
    that 2500 meant as $25.00 is not silently 2,500 coffees."""
    from app.domain.money import format_items, format_money
    from app.domain.rules import check_units

    program = ledger.get_program(program_id)
    units = check_units(value, program, what="value")
    if program.kind == "item":
        each = format_items(units, program.item_label or "item")
        note = f" ({program.name!r} is an item program: --value counts items)"
    else:
        each, note = format_money(units, program.currency), ""
    print(f"Each card will hold {each}{note}.", file=sys.stderr)


def run_show(args: argparse.Namespace) -> int:
    from app.domain.errors import GiftDeskError
    from app.ledger.codec import to_jsonable

    ledger = open_ledger(args.db)
    try:
        card = ledger.get_card(args.ref)
    except GiftDeskError as exc:
        print(f"giftdesk: {exc.detail} ({exc.code})", file=sys.stderr)
        return 1
    finally:
        ledger.engine.dispose()
    print(json.dumps(to_jsonable(card), indent=2, ensure_ascii=False))
    return 0
