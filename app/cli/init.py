"""`giftdesk init`: create or upgrade a ledger's schema; set up a real shop, or add demo data.

`giftdesk init --db URL --merchant NAME --currency CUR --location CODE --admin NAME` makes a
ledger one can sign in to: the merchant, its first store and its first admin (the ledger's
own set-up, as `POST /v1/setup`). The admin's PIN comes from `--admin-pin-stdin` or is asked
for twice on a terminal. `--demo` adds the Demo Coffee data instead, marked as demo data.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    add_db_option,
    add_json_option,
    add_pin_option,
    add_request_id_option,
    cli_actor,
    emit,
    open_ledger,
    read_pin,
)

if TYPE_CHECKING:
    from app.ledger.engine import Ledger

_SETUP = ("currency", "location", "admin")


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "init", help="create a ledger database and set up the shop",
        description="Create the ledger schema, or upgrade it to this version (safe to repeat). "
        "With --currency, --location and --admin, also set up a new shop: its first store and "
        "its first admin, who can then sign in. With --demo, add demo data instead.")
    add_db_option(parser)
    parser.add_argument("--demo", action="store_true",
                        help="add the Demo Coffee merchant, stores, operators, programs, cards")
    parser.add_argument("--merchant", default="My Shop", help="the shop's name")
    parser.add_argument("--currency", help="the shop's currency (ISO 4217, e.g. EUR)")
    parser.add_argument("--location", metavar="CODE", help="the first store's code, e.g. MAIN")
    parser.add_argument("--location-name", default="", help="the first store's name")
    parser.add_argument("--admin", metavar="NAME", help="the first admin's sign-in name")
    add_pin_option(parser, "--admin-pin-stdin")
    add_json_option(parser)
    add_request_id_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.domain.errors import ErrorCode, refuse

    given = [f"--{name}" for name in _SETUP if getattr(args, name)]
    if args.demo and given:
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     "--demo makes its own stores and operators; leave out "
                     f"{', '.join(given)} (or --demo, for a real shop).")
    if given and len(given) < len(_SETUP):
        missing = [f"--{name}" for name in _SETUP if not getattr(args, name)]
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     f"Setting up a shop needs {', '.join(missing)} as well.")
    pin = read_pin(args.admin_pin_stdin, args.admin, "--admin-pin-stdin") if given else None
    ledger = open_ledger(args.db, migrate=True)
    try:
        if args.demo:
            return _demo(args, ledger)
        if pin is not None:
            return _set_up(args, ledger, pin)
        return _schema_only(args, ledger)
    finally:
        ledger.engine.dispose()


def _set_up(args: argparse.Namespace, ledger: Ledger, pin: str) -> int:
    from app.ledger import people

    done = people.set_up(ledger, merchant=args.merchant, currency=args.currency,
                         location=args.location, location_label=args.location_name,
                         admin=args.admin, pin=pin, actor=cli_actor(),
                         request_id=args.request_id)
    return emit(args, done, [
        f"Ledger ready: {args.db}",
        f"{done.merchant} ({done.currency}) is set up with the store {done.location.code} "
        f"({done.location.name}).",
        f"{done.admin.name} (admin, every store) can sign in now; add stores, operators and "
        "programs with `giftdesk locations|operators|programs add`."])


def _schema_only(args: argparse.Namespace, ledger: Ledger) -> int:
    from app.ledger import directory, people

    directory.ensure_merchant(ledger.engine, args.merchant)
    info = people.ledger_info(ledger.engine)
    lines = [f"Ledger ready: {args.db}"]
    if not info.set_up:
        lines.append("Nobody can sign in yet: set up the shop with `giftdesk init --db … "
                     "--merchant NAME --currency CUR --location CODE --admin NAME`.")
    return emit(args, info, lines)


def _demo(args: argparse.Namespace, ledger: Ledger) -> int:
    from app.domain.codes import format_code
    from app.domain.errors import ErrorCode, refuse
    from app.ledger import demo, people

    info = people.ledger_info(ledger.engine)
    if info.set_up and not info.demo:
        raise refuse(ErrorCode.ALREADY_SET_UP,
                     f"This ledger is {info.merchant}'s real shop: demo data is never mixed "
                     "into it. Use another --db for the demo.")
    cards = demo.seed(ledger)
    if args.json:
        return emit(args, {"ledger": people.ledger_info(ledger.engine), "cards": cards}, [])
    print(f"Ledger ready: {args.db}")
    if not cards:
        print("Demo data is there already.")
        return 0
    print("Demo data added. Operators: admin/0000 (admin), manager/9999, cashier/1111 "
          "(STORE-1). Cards:")
    for card in cards:
        print(f"  {format_code(card.code)}  {card.program:<12} {card.description}")
    sys.stdout.flush()
    return 0
