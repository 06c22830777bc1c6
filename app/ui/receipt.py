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

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from app.protocol.models import RedemptionOut

RECEIPT_WIDTH_MM = 80  # a till-roll receipt
RECEIPT_HEIGHT_MM = 160


def receipt_html(r: RedemptionOut, *, merchant: str = "", item_label: str | None = None) -> str:
    """The receipt's content: what was taken, what is left, and the transaction number."""
    units = r.quantity if r.kind == "item" else r.amount

    def text(value: int | None) -> str:
        return fmt.units_text(value, kind=r.kind, currency=r.currency, item_label=item_label)

    rows = [("Transaction", str(r.id)), ("Card", fmt.code_text(r.card)),
            ("Redeemed", text(units)), ("New balance", text(r.balance_after)),
            ("Time", fmt.time_text(r.created_at)), ("Cashier", r.operator),
            ("Store", f"{r.location} / {r.terminal}")]
    for name, value in (("Reporting code", r.reporting_code), ("Reference", r.reference),
                        ("Comment", r.comment)):
        if value:
            rows.append((name, value))
    if r.status == "reversed":
        rows.append(("Reversed", fmt.time_text(r.reversed_at) if r.reversed_at else "yes"))
    body = "".join(f"<tr><td width='40%'>{html.escape(k)}</td>"
                   f"<td width='60%' align='right'><b>{html.escape(v)}</b></td></tr>"
                   for k, v in rows)
    training = ("<p align='center'><b>TRAINING — NOT A REAL REDEMPTION</b></p>"
                if r.training else "")
    title = html.escape(merchant or "GiftDesk")
    return (f"<html><body style='font-family: DejaVu Sans; font-size: 8pt'>"
            f"<p align='center' style='font-size: 11pt'><b>{title}</b></p>"
            f"<p align='center'>Gift card redemption</p>"
            f"{training}<table width='100%' cellspacing='0' cellpadding='1'>{body}</table>"
            f"<p align='center'>Thank you</p></body></html>")


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
    writer.setTitle("GiftDesk receipt")
    _render(writer, content)
    return path


def print_receipt(content: str, parent: QWidget | None = None) -> bool:
    """Ask which printer (Qt's print dialog), then print; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print receipt")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _render(printer, content)
    return True
