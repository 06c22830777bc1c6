"""Cards exported from the app decode back to what the ledger says about them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
from giftdesk_ui_support import Counter
from PIL import Image
from PySide6.QtCore import Qt

from app.scanner import decode_qr


def test_export_card_writes_png_svg_and_pdf_that_scan_back(
        counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    w = counter.window
    counter.sign_in("manager", "9999")  # a role that issues cards
    counter.scan(demo["active, $50.00"])
    card = w.card.validation.card  # type: ignore[union-attr]
    counter.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    folder = data_dir / "cards"
    files = {p.suffix: p for p in folder.glob(f"card-{card.code}.*")}
    assert set(files) == {".png", ".svg", ".pdf"}
    assert str(folder) in w.statusBar().currentMessage()
    image = np.asarray(Image.open(files[".png"]).convert("L"))
    assert decode_qr(image) == [card.qr_payload]
    assert files[".svg"].read_text().lstrip().startswith(("<?xml", "<svg"))
    assert files[".pdf"].read_bytes().startswith(b"%PDF")


def test_the_qr_is_shown_and_exported_only_for_a_usable_card_and_an_issuing_role(
        counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    w = counter.window
    folder = data_dir / "cards"

    def qr_shown() -> bool:
        return w.card.qr.isVisible() or w.card.export_button.isVisible()

    counter.sign_in("cashier", "1111")
    counter.scan(demo["active, $50.00"])
    assert w.current is w.card
    assert not qr_shown()  # a cashier redeems; issuing (and the bearer secret) is not theirs
    counter.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not folder.exists() or not any(folder.iterdir())

    counter.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # sign out
    counter.wait(lambda: w.current is w.sign_in)
    w.sign_in.operator.setFocus()  # another operator at this till
    counter.wait(lambda: counter.focused() is w.sign_in.operator)
    counter.sign_in("manager", "9999")
    for unusable in ("locked by a manager", "expired"):
        counter.scan(demo[unusable])
        assert w.current is w.card
        assert not qr_shown(), unusable
        counter.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert not folder.exists() or not any(folder.iterdir()), unusable
        counter.key(Qt.Key.Key_Escape)
    counter.scan(demo["active, $50.00"])
    assert w.card.qr.isVisible()
    assert w.card.export_button.isVisible()


def test_card_sheet_from_a_generated_csv(counter: Counter, data_dir: Path,
                                         tmp_path: Path) -> None:
    generated = subprocess.run(
        [sys.executable, "-m", "app", "cards", "generate", "--db", str(data_dir / "ledger.db"),
         "--program", "1", "--quantity", "12", "--pending"],
        capture_output=True, text=True, check=True, timeout=120)
    csv_path = tmp_path / "new-cards.csv"
    csv_path.write_text(generated.stdout)
    sheet = counter.window.card_sheet(csv_path, "$25.00")
    assert sheet is not None
    pdf = sheet.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 2  # 12 cards, 10 to an A4 page
