"""`giftdesk operators add|list|set|set-pin|disable|enable`: who may sign in, where and with
which role, as the API's `/v1/operators`.

PINs come from the first line of standard input (`--pin-stdin`, for scripts) or are asked for
twice on a terminal; they never appear on the command line (where `ps` would show them).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import (
    add_admin_options,
    add_pin_option,
    cli_actor,
    emit,
    ledger_of,
    read_pin,
    split_list,
)

ROLES = ("cashier", "manager", "admin")


def register(sub: Any) -> None:
    actions = sub.add_parser(
        "operators", help="add operators, set their PIN, role and stores, disable them",
        description="The people who sign in: a name, a PIN, a role (cashier < manager < "
        "admin) and the stores they work at.",
    ).add_subparsers(dest="operators_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add an operator")
    add.add_argument("name", help="their sign-in name")
    add.add_argument("--role", choices=ROLES, default="cashier", help="default: cashier")
    add.add_argument("--locations", required=True, metavar="A,B",
                     help="the stores they work at, by code, comma-separated (* for every one)")
    add_pin_option(add)
    add_admin_options(add, writes=True)
    add.set_defaults(run=run_add)

    listing = actions.add_parser("list", help="list the operators (never their PINs)")
    add_admin_options(listing, writes=False)
    listing.set_defaults(run=run_list)

    change = actions.add_parser("set", help="change an operator's role or stores",
                                description="Change role and/or stores; their sessions end.")
    change.add_argument("name")
    change.add_argument("--role", choices=ROLES)
    change.add_argument("--locations", metavar="A,B", help="the stores they work at")
    add_admin_options(change, writes=True)
    change.set_defaults(run=run_set)

    pin = actions.add_parser("set-pin", help="give an operator a new PIN (their sessions end)")
    pin.add_argument("name")
    add_pin_option(pin)
    add_admin_options(pin, writes=True)
    pin.set_defaults(run=run_set_pin)

    for action, disabled, what in (("disable", True, "stop an operator signing in (their "
                                    "sessions end)"), ("enable", False, "let a disabled "
                                    "operator sign in again")):
        parser = actions.add_parser(action, help=what)
        parser.add_argument("name")
        add_admin_options(parser, writes=True)
        parser.set_defaults(run=run_disable, disabled=disabled)


def _line(operator: Any) -> str:
    state = "  (disabled)" if operator.disabled else ""
    return f"{operator.name:<20} {operator.role:<8} {','.join(operator.locations)}{state}"


def run_add(args: argparse.Namespace) -> int:
    from app.ledger import people

    pin = read_pin(args.pin_stdin, args.name, "--pin-stdin")
    with ledger_of(args.db) as ledger:
        made = people.add_operator(ledger, cli_actor(), args.name, pin, args.role,
                                   split_list(args.locations), request_id=args.request_id)
    return emit(args, made, [f"Operator added: {_line(made)}"])


def run_list(args: argparse.Namespace) -> int:
    from app.ledger import people

    with ledger_of(args.db) as ledger:
        found = people.list_operators(ledger.engine)
    return emit(args, {"operators": found}, [_line(o) for o in found] or ["No operator yet."])


def _update(args: argparse.Namespace, **changes: Any) -> int:
    from app.ledger import people

    with ledger_of(args.db) as ledger:
        info = people.update_operator(ledger, cli_actor(), args.name,
                                      request_id=args.request_id, **changes)
    return emit(args, info, [_line(info)])


def run_set(args: argparse.Namespace) -> int:
    where = split_list(args.locations) if args.locations is not None else None
    return _update(args, role=args.role, where=where)


def run_set_pin(args: argparse.Namespace) -> int:
    return _update(args, pin=read_pin(args.pin_stdin, args.name, "--pin-stdin"))


def run_disable(args: argparse.Namespace) -> int:
    return _update(args, disabled=args.disabled)
