"""`giftdesk cards generate|show|list|search`: bulk card generation, card look-up and the card
finder (as the API's `GET /v1/cards`)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from typing import Any

from app.cli.common import (
    add_db_option,
    add_json_option,
    cli_actor,
    emit,
    ledger_of,
    open_ledger,
)

# A QR token as `cards show` takes it bare: URL-safe base64, so it may begin with "-".
_TOKEN = re.compile(r"^-[A-Za-z0-9_-]{21,63}$")


class _CardsParser(argparse.ArgumentParser):
    """Takes an argument that looks like a QR token for a value, even if it begins with '-'
    (no option of these commands looks like one), so `cards show -Xy…` needs no `--`."""

    def _parse_optional(self, arg_string: str) -> Any:
        if _TOKEN.match(arg_string) and arg_string not in self._option_string_actions:
            return None
        return super()._parse_optional(arg_string)


def register(sub: Any) -> None:
    cards = sub.add_parser("cards", help="generate, look up and find cards").add_subparsers(
        dest="cards_command", metavar="ACTION", required=True, parser_class=_CardsParser)

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
                      "its QR token (also one that begins with '-') or QR payload")
    add_db_option(show)
    show.add_argument("--json", action="store_true", help="JSON (what it prints anyway)")
    show.set_defaults(run=run_show)

    for action, what in (("list", "list cards, newest first"),
                         ("search", "find cards by code, recipient, sender or reference")):
        finder = cards.add_parser(action, help=what, description=what.capitalize() + ", as "
                                  "GET /v1/cards: one page at a time (see --cursor).")
        if action == "search":
            finder.add_argument("q", help="part of a code (digits, spaces or dashes), a "
                                "recipient, a sender or a reference")
        finder.add_argument("--program", type=int, help="only cards of this program id")
        finder.add_argument("--status", help="only cards in this status (active, pending, …)")
        finder.add_argument("--location", metavar="CODE",
                            help="only cards that work at this store")
        finder.add_argument("--limit", type=int, default=50, help="cards per page (1 to 200)")
        finder.add_argument("--cursor", help="the next page: the cursor the previous printed")
        add_db_option(finder)
        add_json_option(finder)
        finder.set_defaults(run=run_find, q=None)


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

    ledger = open_ledger(args.db)
    try:
        if args.value is not None:
            _check_value(ledger, args.program, args.value)
        made = ledger.generate_cards(cli_actor(), args.program, args.quantity,
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
        return 2
    finally:
        ledger.engine.dispose()
    print(json.dumps(to_jsonable(card), indent=2, ensure_ascii=False))
    return 0


def run_find(args: argparse.Namespace) -> int:
    """One page of the card finder, over every store (the CLI administers the whole ledger)."""
    from app.domain.money import format_money
    from app.ledger import card_search
    from app.ledger.directory import ALL_LOCATIONS

    with ledger_of(args.db) as ledger:
        page = card_search.search(ledger, allowed=(ALL_LOCATIONS,), q=args.q,
                                  program=args.program, status=args.status,
                                  location=args.location, limit=args.limit,
                                  cursor=args.cursor)
    lines = []
    for card in page.cards:
        value = (f"{card.available} × {card.item_label}" if card.kind == "item"
                 else format_money(card.available, card.currency))
        names = " / ".join(n for n in (card.recipient, card.sender) if n)
        lines.append(f"{card.code}  {card.status:<9} {value:>14}  {card.program_name}  "
                     f"{names}".rstrip())
    if not page.cards:
        lines.append("No card found.")
    if page.next_cursor is not None and not args.json:
        print(f"More: add --cursor {page.next_cursor}", file=sys.stderr)
    return emit(args, page, lines)
