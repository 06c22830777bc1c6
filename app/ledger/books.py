"""The books: liability as of any moment, the Z report, and the journal export.

Every figure is a sum of journal rows (training rows left out), so it reconciles with the
journal to the unit: a line's `liability` is the sum of its columns, each the signed change
that kind of row made (redemptions are negative, loads positive). The export streams rows
from a server-side cursor, so millions of rows never sit in memory.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    String,
    and_,
    case,
    func,
    select,
    type_coerce,
)

from app.domain.model import EntryKind, Kind
from app.ledger.schema import cards, journal, programs

# Liability columns and the journal kinds each one sums.
COLUMNS: dict[str, tuple[EntryKind, ...]] = {
    "issued": (EntryKind.ISSUE, EntryKind.SELL),
    "loaded": (EntryKind.LOAD,),
    "redeemed": (EntryKind.REDEEM, EntryKind.CAPTURE),
    "reversed": (EntryKind.REVERSE,),
    "refunded": (EntryKind.REFUND,),
    "adjusted": (EntryKind.ADJUST,),
    "cancelled": (EntryKind.CANCEL,),
    "transferred": (EntryKind.TRANSFER_IN, EntryKind.TRANSFER_OUT),
    "expired": (EntryKind.EXPIRE,),
    "written_off": (EntryKind.VOID, EntryKind.CLOSE),
}
# The store of sale is where a card first got value: its issue or sale, or for a replacement
# card sold by a transfer, the transfer.
_FIRST_VALUE = (EntryKind.ISSUE, EntryKind.SELL, EntryKind.TRANSFER_IN)
UNSOLD = "-"  # a card without any such row (none holds value)
EXPORT_FIELDS = ("id", "created_at", "card_code", "program_id", "kind", "amount", "delta",
                 "held_delta", "balance_after", "operator", "approved_by", "location",
                 "terminal", "request_id", "related_id", "reporting_code", "reference",
                 "comment")
_EXPORT_BATCH = 5000
# The finest step of the journal's times: "up to and including t" is "before t + RESOLUTION".
RESOLUTION = timedelta(microseconds=1)


@dataclass(frozen=True)
class LiabilityLine:
    program_id: int
    program: str
    kind: Kind
    currency: str
    item_label: str | None
    store: str
    cards: int  # cards holding value
    issued: int
    loaded: int
    redeemed: int
    reversed: int
    refunded: int
    adjusted: int
    cancelled: int
    transferred: int
    expired: int
    written_off: int
    liability: int


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read-only connection: on SQLite its transaction is deferred, so a report (an export
    of minutes included) never holds the write lock that every redemption waits for."""
    with engine.connect() as conn:
        yield conn.execution_options(sqlite_begin="DEFERRED")


def liability(engine: Engine, as_of: datetime) -> list[LiabilityLine]:
    """What is owed on real cards at `as_of`, by program (so currency) and store of sale."""
    real = journal.c.training.is_(False)
    per_card = (
        select(journal.c.card_id,
               *[func.sum(case((journal.c.kind.in_([k.value for k in kinds]), journal.c.delta),
                               else_=0)).label(name) for name, kinds in COLUMNS.items()],
               func.sum(journal.c.delta).label("total"))
        .where(real, journal.c.created_at <= as_of, journal.c.delta != 0)
        .group_by(journal.c.card_id).subquery("per_card"))
    first_sale = (
        select(journal.c.card_id, func.min(journal.c.id).label("entry_id"))
        .where(real, journal.c.kind.in_([k.value for k in _FIRST_VALUE]))
        .group_by(journal.c.card_id).subquery("first_sale"))
    sale = journal.alias("sale")
    store = func.coalesce(sale.c.location, UNSOLD)
    query = (
        select(programs.c.id, programs.c.name, programs.c.kind, programs.c.currency,
               programs.c.item_label, store.label("store"),
               func.sum(case((per_card.c.total > 0, 1), else_=0)).label("cards"),
               *[func.sum(per_card.c[name]).label(name) for name in COLUMNS],
               func.sum(per_card.c.total).label("liability"))
        .select_from(per_card.join(cards, cards.c.id == per_card.c.card_id)
                     .join(programs, programs.c.id == cards.c.program_id)
                     .outerjoin(first_sale, first_sale.c.card_id == per_card.c.card_id)
                     .outerjoin(sale, sale.c.id == first_sale.c.entry_id))
        .group_by(programs.c.id, programs.c.name, programs.c.kind, programs.c.currency,
                  programs.c.item_label, store)
        .order_by(programs.c.id, store))
    with reading(engine) as conn:
        rows = conn.execute(query).all()
    return [LiabilityLine(
        program_id=r.id, program=r.name, kind=Kind(r.kind), currency=r.currency,
        item_label=r.item_label, store=r.store, cards=int(r.cards),
        **{name: int(getattr(r, name)) for name in COLUMNS},
        liability=int(r.liability)) for r in rows]


@dataclass(frozen=True)
class ZLine:
    kind: str
    currency: str
    item_label: str | None
    count: int
    total: int  # the amounts of the rows (magnitudes)


@dataclass(frozen=True)
class ZReport:
    location: str
    terminal: str | None
    since: datetime
    until: datetime
    lines: tuple[ZLine, ...]
    training_rows_left_out: int


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """A calendar day's Z report covers [its midnight, the next) in UTC."""
    start = datetime.combine(day, time(), UTC)
    return start, start + timedelta(days=1)


def z_report(engine: Engine, *, location: str, terminal: str | None, since: datetime,
             until: datetime) -> ZReport:
    """Counts and totals of every kind of journal row at a store (or one of its terminals)
    in [since, until); training rows are left out and counted."""
    where: list[ColumnElement[bool]] = [
        journal.c.location == location, journal.c.created_at >= since,
        journal.c.created_at < until]
    if terminal is not None:
        where.append(journal.c.terminal == terminal)
    query = (
        select(journal.c.kind, programs.c.currency, programs.c.kind.label("program_kind"),
               programs.c.item_label, func.count().label("n"),
               func.sum(journal.c.amount).label("total"))
        .select_from(journal.join(cards, cards.c.id == journal.c.card_id)
                     .join(programs, programs.c.id == cards.c.program_id))
        .where(*where, journal.c.training.is_(False))
        .group_by(journal.c.kind, programs.c.currency, programs.c.kind, programs.c.item_label)
        .order_by(journal.c.kind, programs.c.currency, programs.c.item_label))
    with reading(engine) as conn:
        rows = conn.execute(query).all()
        training = conn.execute(select(func.count()).select_from(journal).where(
            and_(*where), journal.c.training.is_(True))).scalar_one()
    lines = tuple(ZLine(kind=r.kind, currency=r.currency,
                        item_label=r.item_label if r.program_kind == Kind.ITEM.value else None,
                        count=int(r.n), total=int(r.total or 0)) for r in rows)
    return ZReport(location, terminal, since, until, lines, int(training))


def export_journal(engine: Engine, *, since: datetime | None = None,
                   until: datetime | None = None, training: bool = False,
                   leave_out: Collection[str] = ()) -> Iterator[str]:
    """The journal rows of [since, until) as CSV text chunks, header first, oldest first;
    without those made at the locations `leave_out`."""
    where: list[ColumnElement[bool]] = [journal.c.training.is_(training)]
    if leave_out:
        where.append(journal.c.location.not_in(sorted(leave_out)))
    if since is not None:
        where.append(journal.c.created_at >= since)
    if until is not None:
        where.append(journal.c.created_at < until)
    # The time as the database keeps it: parsing a million SQLite timestamps into datetimes
    # only to print them again cost most of the export's time.
    stored_time = type_coerce(journal.c.created_at, String).label("created_at")
    query = (select(journal.c.id, stored_time, cards.c.code.label("card_code"),
                    cards.c.program_id, *[journal.c[f] for f in EXPORT_FIELDS[4:]])
             .join(cards, cards.c.id == journal.c.card_id).where(*where)
             .order_by(journal.c.id))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EXPORT_FIELDS)
    with reading(engine) as conn:
        result = conn.execution_options(stream_results=True, yield_per=_EXPORT_BATCH) \
            .execute(query)
        try:
            for batch in result.partitions(_EXPORT_BATCH):
                writer.writerows((r[0], _iso(r[1]), *r[2:]) for r in batch)
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        finally:  # also when the reader stops early (a client gone): close the cursor
            result.close()
    if buffer.tell():
        yield buffer.getvalue()


def _iso(stored: Any) -> str:
    """A journal time in ISO 8601 (UTC): SQLite keeps "YYYY-MM-DD HH:MM:SS.ffffff" in UTC;
    PostgreSQL's driver gives an aware datetime."""
    if isinstance(stored, str):
        return stored.replace(" ", "T", 1) + "+00:00"
    return str(stored.astimezone(UTC).isoformat())


def z_csv(report: ZReport) -> str:
    """One row per kind and currency (or item); totals in minor units (or items)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["location", "terminal", "since", "until", "kind", "currency", "item_label",
                     "count", "total"])
    for line in report.lines:
        writer.writerow([report.location, report.terminal or "", report.since.isoformat(),
                         report.until.isoformat(), line.kind, line.currency,
                         line.item_label or "", line.count, line.total])
    return buffer.getvalue()


def liability_csv(lines: list[LiabilityLine]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    fields = ["program_id", "program", "currency", "item_label", "store", "cards",
              *COLUMNS, "liability"]
    writer.writerow(fields)
    for line in lines:
        writer.writerow([getattr(line, f) if f != "item_label" else (line.item_label or "")
                         for f in fields])
    return buffer.getvalue()
