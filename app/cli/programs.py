"""`giftdesk programs add|list|show|set|retire`: card programs, as the API's `/v1/programs`.

`add` takes every field `POST /v1/programs` takes; `set` changes what may change (the ledger
refuses the rest with `program_field_locked` once the program has cards). Values are in minor
units (cents) for money programs and in items for item programs, as in the API.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from app.cli.common import (
    add_admin_options,
    cli_actor,
    emit,
    ledger_of,
    split_list,
)

# Field name: (option, help). `None` as a default means "not given" for `set`.
_VALUES = (
    ("item_label", "--item-label", "what one unit of an item program is, e.g. Coffee"),
    ("default_value", "--default-value", "value of a new card, in minor units (or items)"),
    ("validity_days", "--validity-days", "cards are valid this many days after activation"),
    ("valid_from", "--valid-from", "cards are valid from (ISO 8601 with a time zone)"),
    ("valid_until", "--valid-until", "cards are valid until (ISO 8601 with a time zone)"),
    ("max_balance", "--max-balance", "the most a card may hold, in minor units (or items)"),
)
_FLAGS = (
    ("reloadable", "--reloadable", "cards may be loaded again"),
    ("partial_redemption", "--partial-redemption", "a card may be used in part (default)"),
    ("promotional", "--promotional", "cards are given away, not sold (reports keep apart)"),
    ("pin_required", "--pin-required", "a card needs its PIN to be used"),
    ("reporting_code_required", "--reporting-code-required",
     "every redemption needs a reporting code"),
)
_INTS = {"default_value", "validity_days", "max_balance"}
_METAVARS = {"item_label": "LABEL", "default_value": "VALUE", "validity_days": "DAYS",
             "valid_from": "WHEN", "valid_until": "WHEN", "max_balance": "VALUE"}
_DATES = {"valid_from", "valid_until"}


def register(sub: Any) -> None:
    actions = sub.add_parser(
        "programs", help="create, list, change and retire card programs",
        description="Card programs: what a program's cards hold and the rules they follow.",
    ).add_subparsers(dest="programs_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="create a program",
                             description="Create a program. Values are in minor units "
                             "(2500 is 25.00) for money, in items for item programs.")
    add.add_argument("--name", required=True, help="the program's name")
    add.add_argument("--kind", choices=("monetary", "item"), default="monetary",
                     help="money or items (default: monetary)")
    add.add_argument("--currency", help="ISO 4217 code (default: the merchant's currency)")
    add.add_argument("--activation", choices=("activate", "allocate"), default="activate",
                     help="allocate: a sold card needs its activation token first")
    add.add_argument("--locations", metavar="A,B", default="",
                     help="the stores its cards work at (default: every store)")
    _fields(add, for_change=False)
    add_admin_options(add, writes=True)
    add.set_defaults(run=run_add)

    change = actions.add_parser(
        "set", help="change a program",
        description="Change a program; only the options given change. With cards, its kind, "
        "currency, activation, PIN, partial use and promotional stay as they are.")
    change.add_argument("id", type=int, help="program id")
    change.add_argument("--name")
    change.add_argument("--kind", choices=("monetary", "item"))
    change.add_argument("--currency")
    change.add_argument("--activation", choices=("activate", "allocate"))
    change.add_argument("--locations", metavar="A,B",
                        help="the stores its cards work at ('' for every store)")
    _fields(change, for_change=True)
    add_admin_options(change, writes=True)
    change.set_defaults(run=run_set)

    listing = actions.add_parser("list", help="list the programs")
    add_admin_options(listing, writes=False)
    listing.set_defaults(run=run_list)

    show = actions.add_parser("show", help="print one program")
    show.add_argument("id", type=int, help="program id")
    add_admin_options(show, writes=False)
    show.set_defaults(run=run_show)

    retire = actions.add_parser("retire", help="stop issuing cards of a program (its cards "
                                "keep working)")
    retire.add_argument("id", type=int, help="program id")
    add_admin_options(retire, writes=True)
    retire.set_defaults(run=run_retire)


def _fields(parser: argparse.ArgumentParser, *, for_change: bool) -> None:
    for field, option, text in _VALUES:
        kind = int if field in _INTS else _moment if field in _DATES else str
        parser.add_argument(option, dest=field, type=kind, help=text,
                            metavar=_METAVARS[field],
                            default=argparse.SUPPRESS if for_change else None)
    for field, option, text in _FLAGS:
        default = argparse.SUPPRESS if for_change else field == "partial_redemption"
        parser.add_argument(option, dest=field, action=argparse.BooleanOptionalAction,
                            help=text, default=default)


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date and time such as 2027-12-31T23:59:59+00:00") from None


def _lines(program: Any) -> list[str]:
    from app.ledger.codec import to_jsonable

    fields = to_jsonable(program)
    return [f"{name:<24} {'' if value is None else value}" for name, value in fields.items()]


def _row(program: Any) -> str:
    unit = program.item_label if program.kind == "item" else program.currency
    where = ",".join(program.locations) or "every store"
    retired = "  (retired)" if program.retired else ""
    return (f"{program.id:>4}  {program.name:<24} {program.kind:<9} {unit:<8} "
            f"{program.default_value:>10}  {where}{retired}")


def run_add(args: argparse.Namespace) -> int:
    from app.domain.model import Activation, Kind
    from app.ledger import people
    from app.ledger.results import ProgramSpec

    with ledger_of(args.db) as ledger:
        currency = args.currency or people.ledger_info(ledger.engine).currency or "USD"
        spec = ProgramSpec(
            name=args.name, kind=Kind(args.kind), currency=currency,
            item_label=args.item_label, default_value=args.default_value or 0,
            activation=Activation(args.activation), validity_days=args.validity_days,
            valid_from=args.valid_from, valid_until=args.valid_until,
            reloadable=args.reloadable, partial_redemption=args.partial_redemption,
            max_balance=args.max_balance, locations=tuple(split_list(args.locations)),
            promotional=args.promotional, pin_required=args.pin_required,
            reporting_code_required=args.reporting_code_required)
        program = ledger.create_program(cli_actor(), spec, request_id=args.request_id)
    return emit(args, program, [f"Program {program.id} created: {program.name}"])


def run_set(args: argparse.Namespace) -> int:
    from app.domain.errors import ErrorCode, refuse
    from app.domain.model import Activation, Kind
    from app.ledger import program_admin

    changes: dict[str, Any] = {}
    for field in ("name", "kind", "currency", "activation", "locations"):
        value = getattr(args, field)
        if value is not None:
            changes[field] = value
    for field, _option, _text in (*_VALUES, *_FLAGS):
        if hasattr(args, field):  # given (the default is "not there")
            changes[field] = getattr(args, field)
    if "locations" in changes:
        changes["locations"] = split_list(changes["locations"])
    if "kind" in changes:
        changes["kind"] = Kind(changes["kind"])
    if "activation" in changes:
        changes["activation"] = Activation(changes["activation"])
    if not changes:
        raise refuse(ErrorCode.VALIDATION_ERROR, "Nothing to change: give an option to set.")
    with ledger_of(args.db) as ledger:
        program = program_admin.update_program(ledger, cli_actor(), args.id, changes,
                                               request_id=args.request_id)
    return emit(args, program, _lines(program))


def run_list(args: argparse.Namespace) -> int:
    with ledger_of(args.db) as ledger:
        found = ledger.list_programs()
    return emit(args, {"programs": found}, [_row(p) for p in found] or ["No program yet."])


def run_show(args: argparse.Namespace) -> int:
    with ledger_of(args.db) as ledger:
        program = ledger.get_program(args.id)
    return emit(args, program, _lines(program))


def run_retire(args: argparse.Namespace) -> int:
    from app.ledger import program_admin

    with ledger_of(args.db) as ledger:
        program = program_admin.retire_program(ledger, cli_actor(), args.id,
                                               request_id=args.request_id)
    return emit(args, program, [f"Program {program.id} ({program.name}) is retired: it "
                                "issues no new cards; its cards keep working."])
