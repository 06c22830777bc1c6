"""Ctrl+P: the printer is asked for once, then remembered; later receipts print straight to it.

The first receipt opens Qt's print dialog; the printer chosen there (or the PDF file, when
"print to file" was chosen) is kept in the settings, so the next receipt needs no dialog at
the counter. A remembered printer that is no longer installed is asked for again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.ui.i18n import translate
from app.ui.receipt import _render as render_receipt  # the receipt's one layout

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from app.ui.settings import AppSettings

Chooser = Callable[["QPrinter", "QWidget | None"], bool]


def ask_with_dialog(printer: QPrinter, parent: QWidget | None) -> bool:
    """Qt's print dialog; True when the cashier chose a printer and pressed Print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("ReceiptPrinter", "Print receipt"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


class ReceiptPrinter:
    """Prints receipts on the remembered printer; asks (`choose`) only when there is none."""

    def __init__(self, settings: AppSettings, choose: Chooser = ask_with_dialog) -> None:
        self.settings = settings
        self.choose = choose

    def remembered(self) -> QPrinter | None:
        """A printer set up as last chosen, or None (never chosen, or gone since)."""
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if path := self.settings.receipt_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(path)
            return printer
        name = self.settings.receipt_printer
        if name and name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
            return printer
        return None

    def forget(self) -> None:
        """Ask again on the next receipt."""
        self.settings.receipt_printer = ""
        self.settings.receipt_file = ""

    def print(self, content: str, parent: QWidget | None = None) -> str:
        """Print `content`; where it went (printer name or file), "" when cancelled."""
        from PySide6.QtPrintSupport import QPrinter

        printer = self.remembered()
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not self.choose(printer, parent):
                return ""
            self.settings.receipt_file = printer.outputFileName()
            self.settings.receipt_printer = printer.printerName()
        render_receipt(printer, content)
        return printer.outputFileName() or printer.printerName()
