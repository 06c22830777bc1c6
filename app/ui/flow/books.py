"""The books, Qt-free: the liability as of a moment, the till's shift (opened and closed by
its cashier) and the Z report of that shift or of a day, read from the ledger and laid out as
rows of text (the screen and the printout share them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.ui import i18n
from app.ui.flow.base import Flow
from app.ui.flow.events import Event
from app.ui.flow.failure import describe
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.protocol.lifecycle import LiabilityOut, ShiftOut, ZReportOut

CTX = "books"
LIABILITY_COLUMNS = (
    QT_TRANSLATE_NOOP("books", "Program"), QT_TRANSLATE_NOOP("books", "Store"),
    QT_TRANSLATE_NOOP("books", "Cards"), QT_TRANSLATE_NOOP("books", "Issued"),
    QT_TRANSLATE_NOOP("books", "Loaded"), QT_TRANSLATE_NOOP("books", "Redeemed"),
    QT_TRANSLATE_NOOP("books", "Refunded"), QT_TRANSLATE_NOOP("books", "Corrections"),
    QT_TRANSLATE_NOOP("books", "Written off"), QT_TRANSLATE_NOOP("books", "Owed"))
Z_COLUMNS = (QT_TRANSLATE_NOOP("books", "Kind"), QT_TRANSLATE_NOOP("books", "Count"),
             QT_TRANSLATE_NOOP("books", "Total"))
KINDS: dict[str, str] = {
    "issue": QT_TRANSLATE_NOOP("books", "Issued"),
    "sell": QT_TRANSLATE_NOOP("books", "Sold"),
    "activate": QT_TRANSLATE_NOOP("books", "Activated"),
    "load": QT_TRANSLATE_NOOP("books", "Loaded"),
    "redeem": QT_TRANSLATE_NOOP("books", "Redeemed"),
    "reverse": QT_TRANSLATE_NOOP("books", "Reversed"),
    "refund": QT_TRANSLATE_NOOP("books", "Refunded"),
    "adjust": QT_TRANSLATE_NOOP("books", "Adjusted"),
    "cancel": QT_TRANSLATE_NOOP("books", "Cancelled"),
    "expire": QT_TRANSLATE_NOOP("books", "Expired"),
    "void": QT_TRANSLATE_NOOP("books", "Voided"),
    "close": QT_TRANSLATE_NOOP("books", "Closed"),
    "transfer_out": QT_TRANSLATE_NOOP("books", "Transferred out"),
    "transfer_in": QT_TRANSLATE_NOOP("books", "Transferred in"),
    "lock": QT_TRANSLATE_NOOP("books", "Locked"),
    "unlock": QT_TRANSLATE_NOOP("books", "Unlocked"),
    "hold": QT_TRANSLATE_NOOP("books", "Held"),
    "capture": QT_TRANSLATE_NOOP("books", "Captured"),
    "release": QT_TRANSLATE_NOOP("books", "Released"),
    "hold_expire": QT_TRANSLATE_NOOP("books", "Holds expired"),
    "update": QT_TRANSLATE_NOOP("books", "Changed"),
}


@dataclass(frozen=True)
class Table:
    """A report as the screen shows it and the printer prints it."""

    title: str
    subtitle: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str


def _units(value: int, kind: str, currency: str, label: str | None) -> str:
    if kind == "item":
        return i18n.items_text(value, label)
    return i18n.money_text(value, currency)


def _moment(moment: datetime) -> str:
    from babel.dates import format_skeleton, format_time

    local = moment.astimezone()
    return (f"{format_skeleton('yMMMd', local, locale=i18n.locale())} "
            f"{format_time(local, 'short', locale=i18n.locale())}")


@dataclass(frozen=True)
class Only:
    """The liability lines a manager asked to see (None: every one)."""

    program: str | None = None
    currency: str | None = None
    store: str | None = None

    def keeps(self, line: Any) -> bool:
        return all(want is None or want == have for want, have in (
            (self.program, line.program), (self.currency, line.currency),
            (self.store, line.store)))


def liability_choices(report: LiabilityOut) -> tuple[list[str], list[str], list[str]]:
    """The programs, currencies and stores the report has lines for, sorted."""
    return (sorted({x.program for x in report.lines}), sorted({x.currency for x in report.lines}),
            sorted({x.store for x in report.lines}))


def liability_table(report: LiabilityOut, only: Only = Only()) -> Table:
    lines = [line for line in report.lines if only.keeps(line)]
    rows = []
    for line in lines:
        def u(value: int, line: Any = line) -> str:
            return _units(value, line.kind, line.currency, line.item_label)

        rows.append((line.program, line.store, i18n.number_text(line.cards), u(line.issued),
                     u(line.loaded), u(line.redeemed + line.reversed), u(line.refunded),
                     u(line.adjusted + line.cancelled + line.transferred),
                     u(line.expired + line.written_off), u(line.liability)))
    totals: dict[tuple[str, str, str | None], int] = {}
    for line in lines:
        key = (line.kind, line.currency, line.item_label)
        totals[key] = totals.get(key, 0) + line.liability
    owed = ", ".join(_units(v, *k) for k, v in sorted(
        totals.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or ""))) or "—"
    filtered = only != Only()
    owed_words = (translate("books", "Owed on the lines shown: %1. Training cards are left out.")
                  if filtered else
                  translate("books", "Owed in all: %1. Training cards are left out."))
    note = owed_words.replace("%1", owed) + " " + translate(
        "books", "Redeemed is net of reversals; corrections are adjustments, cancelled sales "
                 "and loads, and transfers; written off is expired, voided and closed value.")
    subtitle = translate("books", "As of %1").replace("%1", _moment(report.as_of))
    if filtered:
        subtitle += " — " + translate("books", "only %1").replace("%1", ", ".join(
            x for x in (only.program, only.currency, only.store) if x))
    return Table(translate("books", "Liability"), subtitle,
                 tuple(translate(CTX, c) for c in LIABILITY_COLUMNS), tuple(rows), note)


def z_table(report: ZReportOut) -> Table:
    rows = tuple((translate(CTX, KINDS[line.kind]) if line.kind in KINDS else line.kind,
                  i18n.number_text(line.count),
                  _units(line.total, "item" if line.item_label else "monetary", line.currency,
                         line.item_label))
                 for line in report.lines)
    where = report.location + (f" / {report.terminal}" if report.terminal else "")
    subtitle = translate("books", "%1, %2 to %3").replace("%1", where).replace(
        "%2", _moment(report.since)).replace("%3", _moment(report.until))
    note = translate("books", "Training rows left out: %1.").replace(
        "%1", i18n.number_text(report.training_rows_left_out))
    if not rows:
        note = translate("books", "Nothing happened in this period.") + " " + note
    title = translate("books", "Z report")
    if report.shift_id is not None:
        title = translate("books", "Z report of shift %1").replace("%1", str(report.shift_id))
    return Table(title, subtitle, tuple(translate(CTX, c) for c in Z_COLUMNS), rows, note)


def shift_text(shift: ShiftOut | None) -> str:
    """What the screen says about the till's shift."""
    if shift is None:
        return translate("books", "No shift is open at this till.")
    return translate("books", "Shift %1 open since %2 by %3.").replace(
        "%1", str(shift.id)).replace("%2", _moment(shift.opened_at)).replace(
        "%3", shift.opened_by)


class BooksFlow(Flow):
    """Events: `loaded(Table)`, `exported(Path)`, `failed(Failure)`, `shiftChanged(ShiftOut |
    None)` (the shift open at this till, after reading, opening or closing it),
    `liabilityChoices(programs, currencies, stores)` (what the liability can be narrowed to)."""

    def __init__(self, client: Callable[[], Any], set_reachable: Callable[[bool], None]) -> None:
        super().__init__(client, set_reachable)
        self.loaded = Event()
        self.exported = Event()
        self.failed = Event()
        self.shiftChanged = Event()
        self.liabilityChoices = Event()
        self.table: Table | None = None
        self.liability_report: LiabilityOut | None = None
        self.shift: ShiftOut | None = None

    def load_shift(self) -> None:
        """Read which shift is open at this till (none is an answer, not a failure)."""
        self.spawn(self._shift("current"))

    def open_shift(self) -> None:
        self.spawn(self._shift("open"))

    def close_shift(self) -> None:
        """Close the till's shift, then show its Z report (what the cashier prints)."""
        self.spawn(self._shift("close"))

    async def _shift(self, which: str) -> None:
        client = self.client
        shift: ShiftOut | None = None
        try:
            if which == "open":
                shift = await self.call(translate("books", "Opening the shift…"),
                                        client.open_shift())
            elif which == "close":
                closed = await self.call(translate("books", "Closing the shift…"),
                                         client.close_shift())
            else:
                shift = await self.call(translate("books", "Reading the shift…"),
                                        client.open_shift_or_none(), background=True)
        except Exception as exc:
            self.failed.emit(describe(exc, context=f"{which}_shift"))
            return
        self.shift = shift
        self.shiftChanged.emit(shift)
        if which == "close":
            await self._load("z", shift=closed.id)

    def export_journal(self, day: date, folder: Path) -> None:
        """Every journal row of the (local) day as CSV in `folder`, written as it streams."""
        self.spawn(self._export(day, folder))

    async def _export(self, day: date, folder: Path) -> None:
        since = datetime.combine(day, time()).astimezone()
        path = folder / f"journal-{day.isoformat()}.csv"
        partial = path.with_suffix(".part")

        async def stream() -> None:
            folder.mkdir(parents=True, exist_ok=True)
            with partial.open("wb") as out:
                async for chunk in self.client.journal_csv(since=since,
                                                           until=since + timedelta(days=1)):
                    out.write(chunk)
            partial.replace(path)

        try:
            await self.call(translate("books", "Exporting the journal…"), stream())
        except Exception as exc:
            partial.unlink(missing_ok=True)
            self.failed.emit(describe(exc, context="journal_csv"))
            return
        self.exported.emit(path)

    def liability(self, as_of: datetime | None) -> None:
        self.spawn(self._load("liability", as_of=as_of))

    def filter_liability(self, only: Only) -> None:
        """Show only some lines of the liability already read (no new request)."""
        if self.liability_report is not None:
            self.table = liability_table(self.liability_report, only)
            self.loaded.emit(self.table)

    def z_report(self, day: date | None, terminal: str | None) -> None:
        """The day's report at this store or one terminal (no day: the shift open at this
        till, from its opening; the cashier is told to open one if none is)."""
        if day is None:
            self.spawn(self._load("z", shift=None))
        else:
            self.spawn(self._load("z", day=day, terminal=terminal or None))

    async def _load(self, which: str, **kw: Any) -> None:
        client = self.client
        try:
            if which == "liability":
                report = await self.call(translate("books", "Adding up the liability…"),
                                         client.liability(kw["as_of"]))
                self.liability_report = report
                table = liability_table(report)
                self.liabilityChoices.emit(*liability_choices(report))
            elif "shift" in kw:
                shift_id = kw["shift"]
                if shift_id is None:
                    shift = await self.call(translate("books", "Reading the shift…"),
                                            client.current_shift())
                    shift_id = shift.id
                table = z_table(await self.call(
                    translate("books", "Counting the shift…"), client.z_report(shift=shift_id)))
            else:
                table = z_table(await self.call(
                    translate("books", "Counting the day…"), client.z_report(
                        day=kw["day"], terminal=kw["terminal"], location=client.location)))
        except Exception as exc:
            self.failed.emit(describe(exc, context=which))
            return
        self.table = table
        self.loaded.emit(table)
