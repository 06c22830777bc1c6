"""Receipts: an HTML page printed through Qt's print system, or written to PDF."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from app.ui import format as fmt
from app.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from app.protocol.models import RedemptionOut
    from app.ui.flow.books import Table
    from app.ui.flow.card_ops import Receipt

RECEIPT_WIDTH_MM = 80  # a till-roll receipt
RECEIPT_HEIGHT_MM = 160


def receipt_html(r: RedemptionOut, *, merchant: str = "", item_label: str | None = None,
                 copy: bool = False) -> str:
    """The receipt's content: what was taken, what is left, and the transaction number."""
    units = r.quantity if r.kind == "item" else r.amount

    def text(value: int | None) -> str:
        return fmt.units_text(value, kind=r.kind, currency=r.currency, item_label=item_label)

    from app.ui.flow.card_ops import mask_code

    rows = [(translate("receipt", "Transaction"), str(r.id)),
            (translate("receipt", "Card"), mask_code(r.card)),
            (translate("receipt", "Redeemed"), text(units)),
            (translate("receipt", "New balance"), text(r.balance_after)),
            (translate("receipt", "Time"), fmt.time_text(r.created_at)),
            (translate("receipt", "Cashier"), r.operator),
            (translate("receipt", "Store"), f"{r.location} / {r.terminal}")]
    for name, value in ((translate("receipt", "Reporting code"), r.reporting_code),
                        (translate("receipt", "Reference"), r.reference),
                        (translate("receipt", "Comment"), r.comment)):
        if value:
            rows.append((name, value))
    if r.status == "reversed":
        rows.append((translate("receipt", "Reversed"),
                     fmt.time_text(r.reversed_at) if r.reversed_at
                     else translate("receipt", "yes")))
    body = "".join(f"<tr><td width='40%'>{html.escape(k)}</td>"
                   f"<td width='60%' align='right'><b>{html.escape(v)}</b></td></tr>"
                   for k, v in rows)
    training_words = html.escape(translate("receipt", "TRAINING — NOT A REAL REDEMPTION"))
    training = f"<p align='center'><b>{training_words}</b></p>" if r.training else ""
    what = html.escape(translate("receipt", "Gift card redemption"))
    thanks = html.escape(translate("receipt", "Thank you"))
    title = html.escape(merchant or "GiftDesk")
    copy_mark = " — " + html.escape(translate("receipt", "COPY")) if copy else ""
    return (f"<html><body style='font-family: DejaVu Sans; font-size: 8pt'>"
            f"<p align='center' style='font-size: 11pt'><b>{title}</b></p>"
            f"<p align='center'>{what}{copy_mark}</p>"
            f"{training}<table width='100%' cellspacing='0' cellpadding='1'>{body}</table>"
            f"<p align='center'>{thanks}</p></body></html>")


def _page(title: str, subtitle: str, body: str, *, training: bool, size_pt: int = 8) -> str:
    words = translate("receipt", "TRAINING — NOT REAL")
    training_line = f"<p align='center'><b>{html.escape(words)}</b></p>" if training else ""
    return (f"<html><body style='font-family: DejaVu Sans; font-size: {size_pt}pt'>"
            f"<p align='center' style='font-size: {size_pt + 3}pt'><b>{html.escape(title)}</b>"
            f"</p><p align='center'>{html.escape(subtitle)}</p>{training_line}{body}"
            f"</body></html>")


def action_receipt_html(receipt: Receipt, *, merchant: str = "", copy: bool = False) -> str:
    """A card action's receipt: the card masked but for its last 4 digits, the store, what
    changed, and a secret (activation code, PIN) the one time it exists; a `copy` (a reprint,
    or the one kept on disk) says so and leaves the secret out."""
    rows = list(receipt.rows)
    for name, value in receipt.secrets:
        rows.append((name, translate("receipt", "(not on copies)") if copy else value))
    rows.append((translate("receipt", "Time"), fmt.time_text(receipt.created_at)))
    body = "".join(f"<tr><td width='45%'>{html.escape(k)}</td>"
                   f"<td width='55%' align='right'><b>{html.escape(v)}</b></td></tr>"
                   for k, v in rows)
    thanks = translate("receipt", "Thank you")
    table = (f"<table width='100%' cellspacing='0' cellpadding='1'>{body}</table>"
             f"<p align='center'>{html.escape(thanks)}</p>")
    title = receipt.title + (" — " + translate("receipt", "COPY") if copy else "")
    return _page(merchant or "GiftDesk", title, table, training=receipt.training)


def report_html(table: Table, *, merchant: str = "") -> str:
    """A report (liability, Z) as a printable page."""
    first_figure = 2 if len(table.columns) > 3 else 1  # figures line up on the right

    def side(column: int) -> str:
        return "right" if column >= first_figure else "left"

    head = "".join(f"<th align='{side(i)}'>{html.escape(c)}</th>"
                   for i, c in enumerate(table.columns))
    body = "".join("<tr>" + "".join(f"<td align='{side(i)}'>{html.escape(v)}</td>"
                                    for i, v in enumerate(row)) + "</tr>"
                   for row in table.rows)
    content = (f"<table width='100%' cellspacing='0' cellpadding='2' border='1'>"
               f"<tr>{head}</tr>{body}</table><p>{html.escape(table.note)}</p>")
    return _page(merchant or "GiftDesk", f"{table.title} — {table.subtitle}", content,
                 training=False, size_pt=9)


def save_report_pdf(path: Path, content: str) -> Path:
    """Write a report as an A4 landscape PDF page."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("receipt", "GiftDesk report"))
    _render(writer, content)
    return path


def _render(device: QPdfWriter | QPrinter, content: str) -> None:
    """Lay the receipt out for `device` (its resolution, its printable width) and paint it:
    one page, no page numbers."""
    from PySide6.QtGui import QPainter

    rect = device.pageLayout().paintRectPixels(device.resolution())
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(content)
    doc.setTextWidth(rect.width())
    painter = QPainter(device)
    doc.drawContents(painter)
    painter.end()


def save_pdf(path: Path, content: str) -> Path:
    """Write the receipt as a PDF page 80 mm wide (a till roll)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QSizeF(RECEIPT_WIDTH_MM, RECEIPT_HEIGHT_MM),
                                 QPageSize.Unit.Millimeter, "Receipt"))
    writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("receipt", "GiftDesk receipt"))
    _render(writer, content)
    return path


def print_receipt(content: str, parent: QWidget | None = None) -> bool:
    """Ask which printer (Qt's print dialog), then print; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("receipt", "Print receipt"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _render(printer, content)
    return True
