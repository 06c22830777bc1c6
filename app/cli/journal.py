"""`giftdesk journal export`: every real journal row of a period as CSV, streamed (millions
of rows go out in constant memory)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from functools import partial
from typing import Any

from app.cli.common import add_db_option, open_ledger
from app.cli.reports import moment


def register(sub: Any) -> None:
    journal = sub.add_parser("journal", help="export the journal").add_subparsers(
        dest="journal_command", metavar="ACTION", required=True)
    export = journal.add_parser(
        "export", help="every journal row of a period as CSV",
        description="Every journal row (training left out) created from --from up to --to, "
        "oldest first, as CSV on stdout or into --out; read from the database in batches, so "
        "any number of rows goes out in constant memory.")
    add_db_option(export)
    export.add_argument("--from", dest="since", type=partial(moment, end_of_day=False),
                        metavar="WHEN", help="ISO 8601 date or time (UTC unless said); "
                        "default: the first row")
    export.add_argument("--to", dest="until", type=moment, metavar="WHEN",
                        help="ISO 8601 date (included) or time; default: the last row")
    export.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    from app.ledger import books

    if args.since and args.until and args.since > args.until:
        print("giftdesk: --from must not be after --to.", file=sys.stderr)
        return 2
    ledger = open_ledger(args.db)
    # A bare --to date means all of that day: rows up to (and at) its last microsecond.
    until = None if args.until is None else args.until + books.RESOLUTION
    try:
        with (open(args.out, "w", encoding="utf-8", newline="") if args.out
              else contextlib.nullcontext(sys.stdout)) as out:
            for chunk in books.export_journal(ledger.engine, since=args.since, until=until):
                out.write(chunk)
            out.flush()
    finally:
        ledger.engine.dispose()
    return 0
