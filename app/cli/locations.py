"""`giftdesk locations add|rename|list`: the merchant's stores, as the API's `/v1/locations`.

The commands call the ledger's own operations (`app.ledger.people`), so a store added here is
checked, audited and idempotent exactly as one added over the API or in the app.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import (
    add_admin_options,
    cli_actor,
    emit,
    ledger_of,
)


def register(sub: Any) -> None:
    actions = sub.add_parser(
        "locations", help="list and add stores",
        description="The merchant's stores: operators sign in at one by its code.",
    ).add_subparsers(dest="locations_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a store",
                             description="Add a store; its code is what operators sign in at.")
    add.add_argument("code", help="the store's code, e.g. STORE-1 (stored upper case)")
    add.add_argument("--name", default="", help="the store's name (default: its code)")
    add_admin_options(add, writes=True)
    add.set_defaults(run=run_add)

    rename = actions.add_parser("rename", help="rename a store (its code stays)")
    rename.add_argument("code", help="the store's code")
    rename.add_argument("--name", required=True, help="the store's new name")
    add_admin_options(rename, writes=True)
    rename.set_defaults(run=run_rename)

    listing = actions.add_parser("list", help="list the stores")
    add_admin_options(listing, writes=False)
    listing.set_defaults(run=run_list)


def run_add(args: argparse.Namespace) -> int:
    from app.ledger import people

    with ledger_of(args.db) as ledger:
        store = people.add_location(ledger, cli_actor(), args.code, args.name,
                                    request_id=args.request_id)
    return emit(args, store, [f"Store {store.code} added: {store.name}"])


def run_rename(args: argparse.Namespace) -> int:
    from app.ledger import people

    with ledger_of(args.db) as ledger:
        store = people.rename_location(ledger, cli_actor(), args.code, args.name,
                                       request_id=args.request_id)
    return emit(args, store, [f"Store {store.code} is now: {store.name}"])


def run_list(args: argparse.Namespace) -> int:
    from app.ledger import people

    with ledger_of(args.db) as ledger:
        stores = people.list_locations(ledger.engine)
    width = max((len(s.code) for s in stores), default=4)
    lines = [f"{s.code:<{width}}  {s.name}" for s in stores] or ["No store yet."]
    return emit(args, {"locations": stores}, lines)
