"""`giftdesk reports liability`: what the merchant owes on cards as of a moment, by program
(so currency) and store of sale, with every kind of change that made it; `giftdesk reports
z`: a store's or terminal's counts and totals by kind for a day or a till's shift."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.cli.common import add_db_option, open_ledger

if TYPE_CHECKING:
    from app.ledger.books import LiabilityLine, ZReport


def register(sub: Any) -> None:
    reports = sub.add_parser("reports", help="the books: liability, Z report").add_subparsers(
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
    z = reports.add_parser(
        "z", help="a day's or a shift's counts and totals by kind, per store or terminal",
        description="Counts and totals of every kind of journal row at a store (or one of its "
        "terminals) for a calendar day (UTC), or for a shift a cashier opened and closed at a "
        "terminal (from its opening to its closing, or now if it is still open). Training "
        "rows are left out and counted. Totals in table format are in the currency's units; "
        "csv and json give minor units (or items).")
    add_db_option(z)
    when = z.add_mutually_exclusive_group()
    when.add_argument("--day", type=date.fromisoformat, metavar="YYYY-MM-DD",
                      help="a calendar day (UTC); default: today")
    when.add_argument("--shift", type=int, metavar="ID",
                      help="a shift's id (its store and terminal are its own)")
    z.add_argument("--location", metavar="STORE", help="the store (needed without --shift)")
    z.add_argument("--terminal", metavar="TERMINAL", help="one terminal; default: the store")
    z.add_argument("--format", choices=["table", "csv", "json"], default="table")
    z.set_defaults(run=run_z)


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


def run_z(args: argparse.Namespace) -> int:
    from app.ledger import books, shifts
    from app.ledger.codec import to_jsonable

    if args.shift is not None and (args.location or args.terminal):
        raise SystemExit("giftdesk: a shift's report covers its own store and terminal; "
                         "give --shift alone.")
    if args.shift is None and not args.location:
        raise SystemExit("giftdesk: say which store: --location STORE (or give --shift ID).")
    ledger = open_ledger(args.db)
    try:
        if args.shift is not None:
            report = shifts.report(ledger, shifts.get(ledger, args.shift))
        else:
            since, until = books.day_bounds(args.day or ledger.clock().astimezone(UTC).date())
            report = books.z_report(ledger.engine, location=args.location,
                                    terminal=args.terminal, since=since, until=until)
    finally:
        ledger.engine.dispose()
    if args.format == "json":
        print(json.dumps({**to_jsonable(report), "shift_id": args.shift}, indent=2))
    elif args.format == "csv":
        sys.stdout.write(books.z_csv(report))
    else:
        print(z_table(report, args.shift))
    return 0


def z_table(report: ZReport, shift: int | None) -> str:
    """The Z report as a fixed-width table; training rows are said, not counted."""
    from app.domain.money import format_amount

    where = report.location + (f" / {report.terminal}" if report.terminal else " (all terminals)")
    span = (f"{report.since.isoformat(timespec='seconds')} to "
            f"{report.until.isoformat(timespec='seconds')}")
    head = ["kind", "unit", "count", "total"]
    rows = [[line.kind, line.item_label or line.currency, str(line.count),
             str(line.total) if line.item_label else format_amount(line.total, line.currency,
                                                                    "en_US")]
            for line in report.lines]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    title = f"Z report of shift {shift}" if shift is not None else "Z report"
    out = [f"{title}: {where}, {span}"]
    for row in [head, *rows]:
        out.append("  ".join(cell.ljust(w) if i < 2 else cell.rjust(w)
                             for i, (cell, w) in enumerate(zip(row, widths, strict=True))))
    if not rows:
        out.append("(nothing happened in this period)")
    out.append(f"Training rows left out: {report.training_rows_left_out}")
    return "\n".join(out)
