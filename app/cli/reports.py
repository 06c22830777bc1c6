"""`giftdesk reports liability`: what the merchant owes on cards as of a moment, by program
(so currency) and store of sale, with every kind of change that made it."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.cli.common import add_db_option, open_ledger

if TYPE_CHECKING:
    from app.ledger.books import LiabilityLine


def register(sub: Any) -> None:
    reports = sub.add_parser("reports", help="the books: liability").add_subparsers(
        dest="reports_command", metavar="REPORT", required=True)
    liability = reports.add_parser(
        "liability", help="what is owed on cards, by program and store of sale",
        description="What is owed on real cards (training left out) as of a moment, by "
        "program, currency and store of sale: issued, loaded, redeemed, reversed, refunded, "
        "adjusted, cancelled, transferred, expired and written off, each the signed sum of "
        "its journal rows; liability is their sum. Amounts in table format are in the "
        "currency's units; csv and json give minor units (or items).")
    add_db_option(liability)
    liability.add_argument("--as-of", type=moment, metavar="WHEN",
                           help="ISO 8601 date or time (a date: the end of that day; no time "
                           "zone: UTC); default: now")
    liability.add_argument("--format", choices=["table", "csv", "json"], default="table")
    liability.set_defaults(run=run_liability)


def moment(text: str, *, end_of_day: bool = True) -> datetime:
    """An ISO 8601 date or time from the command line, as an aware UTC moment."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date or time; write 2026-03-31 or 2026-03-31T18:00") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if end_of_day and len(text.strip()) == 10:  # a bare date: all of that day
        value += timedelta(days=1) - timedelta(microseconds=1)
    return value.astimezone(UTC)


def run_liability(args: argparse.Namespace) -> int:
    from app.ledger import books
    from app.ledger.codec import to_jsonable

    ledger = open_ledger(args.db)
    try:
        as_of = args.as_of or ledger.clock()
        lines = books.liability(ledger.engine, as_of)
    finally:
        ledger.engine.dispose()
    if args.format == "json":
        print(json.dumps({"as_of": as_of.isoformat(), "training_excluded": True,
                          "lines": to_jsonable(lines)}, indent=2))
    elif args.format == "csv":
        sys.stdout.write(books.liability_csv(lines))
    else:
        print(liability_table(lines, as_of))
    return 0


def liability_table(lines: list[LiabilityLine], as_of: datetime) -> str:
    """The report as a fixed-width table with a total per currency (or item)."""
    from app.domain.model import Kind
    from app.domain.money import format_amount
    from app.ledger.books import COLUMNS

    names = [*COLUMNS, "liability"]

    def shown(value: int, line: LiabilityLine) -> str:
        return str(value) if line.kind is Kind.ITEM else format_amount(value, line.currency,
                                                                       "en_US")

    head = ["program", "store", "unit", "cards", *names]
    rows = [[line.program[:24], line.store, line.item_label or line.currency, str(line.cards),
             *[shown(getattr(line, n), line) for n in names]] for line in lines]
    totals: dict[tuple[str, str], list[int]] = {}
    for line in lines:
        unit = line.item_label or line.currency
        sums = totals.setdefault((line.kind.value, unit), [0] * (len(names) + 1))
        for i, value in enumerate([line.cards, *[getattr(line, n) for n in names]]):
            sums[i] += value
    for (kind, unit), sums in sorted(totals.items()):
        sample = next(x for x in lines if (x.item_label or x.currency) == unit
                      and x.kind.value == kind)
        rows.append(["TOTAL", "", unit, str(sums[0]), *[shown(v, sample) for v in sums[1:]]])
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    out = [f"Liability as of {as_of.isoformat(timespec='seconds')} (training excluded)"]
    for row in [head, *rows]:
        out.append("  ".join(cell.ljust(w) if i < 3 else cell.rjust(w)
                             for i, (cell, w) in enumerate(zip(row, widths, strict=True))))
    if not lines:
        out.append("(no card holds or held value at that moment)")
    return "\n".join(out)
