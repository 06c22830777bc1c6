"""The camera on the REAL main window and the REAL embedded ledger: frames pushed through the
scan screen's QVideoSink open the card screen as if the code had been typed and Enter pressed;
`--camera-file` with a video and with an image folder; no camera; the camera choice in Settings.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from camera_test_support import MULTIMEDIA_MISSING
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.client import MemoryKeyring

pytest.importorskip("PySide6.QtMultimedia", reason=MULTIMEDIA_MISSING)
qasync = pytest.importorskip("qasync")

from PySide6.QtMultimedia import QVideoFrame  # noqa: E402

from app.embedded import LEDGER_FILE, EmbeddedLedger, ledger_url, prepare  # noqa: E402
from app.ledger.db import make_engine  # noqa: E402
from app.ledger.engine import Ledger  # noqa: E402
from app.ui.camera import CameraPanel, SourceKind  # noqa: E402
from app.ui.camera import _messages as msg  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.options import Options  # noqa: E402
from app.ui.settings import AppSettings  # noqa: E402

WAIT_MS = 20_000
CARD = "active, $50.00"




@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def camera_template(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedLedger:
    return prepare(tmp_path_factory.mktemp("camera-template"))


@pytest.fixture
def data_dir(tmp_path: Path, camera_template: EmbeddedLedger) -> Path:
    target = tmp_path / "data"
    target.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = camera_template.path.with_name(LEDGER_FILE + suffix)
        if source.exists():
            shutil.copy(source, target / (LEDGER_FILE + suffix))
    return target


@pytest.fixture
def demo_card(camera_template: EmbeddedLedger, data_dir: Path) -> tuple[str, str]:
    """(code, QR payload) of the demo's active $50.00 card, read from the ledger."""
    code = next(c.code for c in camera_template.demo_cards if c.description == CARD)
    engine = make_engine(ledger_url(data_dir))
    try:
        return code, Ledger(engine).get_card(code).qr_payload
    finally:
        engine.dispose()


@pytest.fixture
def open_counter(qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, data_dir: Path
                 ) -> Iterator[Callable[..., MainWindow]]:
    """Open the real main window, as `giftdesk --data-dir DIR [--camera-file FILE]` does."""
    windows: list[MainWindow] = []

    def open_window(camera_file: Path | None = None) -> MainWindow:
        options = Options(data_dir=data_dir, camera_file=camera_file)
        window = MainWindow(options, AppSettings(data_dir))
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        windows.append(window)
        return window

    yield open_window
    for window in windows:
        window.close()
        task = qt_loop.create_task(window.shutdown())
        qtbot.waitUntil(task.done, timeout=WAIT_MS)
        task.result()
        window.deleteLater()
    qtbot.wait(10)


def sign_in(qtbot: QtBot, w: MainWindow) -> None:
    """Sign in as the demo cashier by keyboard; the scan screen shows, the code field focused."""
    qtbot.waitUntil(lambda: w.ledger_ready, timeout=WAIT_MS)
    w.sign_in.operator.clear()
    qtbot.keyClicks(w.sign_in.operator, "cashier")
    qtbot.keyClick(w.sign_in.operator, Qt.Key.Key_Return)
    qtbot.keyClicks(w.sign_in.pin, "1111")
    qtbot.keyClick(w.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current is w.scan, timeout=WAIT_MS)


def panel_of(w: MainWindow) -> CameraPanel:
    panel = w.camera
    assert isinstance(panel, CameraPanel)
    assert w.scan.camera_slot.isVisible()
    assert panel.isVisible()
    return panel


def shows_card(w: MainWindow, code: str) -> bool:
    return (w.current is w.card and w.card.validation is not None
            and w.card.validation.card.code == code)


def test_camera_frames_pushed_through_the_sink_open_the_card_screen(
        qtbot: QtBot, open_counter: Callable[..., MainWindow], demo_card: tuple[str, str],
        save_frames: Callable[..., Path], frame_image: Callable[..., QImage]) -> None:
    code, payload = demo_card
    w = open_counter(camera_file=save_frames([None]))  # a camera looking at an empty desk
    sign_in(qtbot, w)
    panel = panel_of(w)
    qtbot.waitUntil(lambda: panel.scanning, timeout=WAIT_MS)
    assert panel.pipeline is not None
    sink = panel.pipeline.sink
    card = frame_image(payload, seed=5)
    opened: list[str] = []
    w.scan.submitted.connect(lambda text, _pin: opened.append(text))
    sink.setVideoFrame(QVideoFrame(card))
    qtbot.waitUntil(lambda: panel.pipeline is not None
                    and [payload] in panel_reads(panel), timeout=WAIT_MS)
    assert w.current is w.scan  # one good frame alone opens nothing
    for _ in range(3):
        sink.setVideoFrame(QVideoFrame(card))
        qtbot.wait(40)
    qtbot.waitUntil(lambda: shows_card(w, code), timeout=WAIT_MS)
    assert opened == [payload]  # the scan screen's own submit path, once
    assert w.card.value.text() == "Balance $50.00"
    assert not panel.isVisible()  # the camera is off on the card screen
    assert not panel.scanning


def panel_reads(panel: CameraPanel) -> list[list[str]]:
    """The payload lists of the frames read so far (recorded from the pipeline's signal)."""
    reads: list[list[str]] | None = getattr(panel, "_test_reads", None)
    if reads is None:
        reads = []
        panel._test_reads = reads  # type: ignore[attr-defined]
        assert panel.pipeline is not None
        panel.pipeline.frame_read.connect(reads.append)
    return reads


@pytest.mark.parametrize("kind", ["video", "pictures"])
def test_camera_file_opens_the_card_screen(
        qtbot: QtBot, open_counter: Callable[..., MainWindow], demo_card: tuple[str, str],
        write_video: Callable[..., Path], save_frames: Callable[..., Path], kind: str) -> None:
    code, payload = demo_card
    source = write_video(payload, "card.avi") if kind == "video" else \
        save_frames([None, payload, payload, payload])
    w = open_counter(camera_file=source)
    sign_in(qtbot, w)
    panel = panel_of(w)
    assert panel.choice.kind is SourceKind.FILE
    qtbot.waitUntil(lambda: shows_card(w, code), timeout=WAIT_MS)
    assert w.card.badge.words == "Active — can be used"
    # Next card (Esc): the same card is still in front of the camera; it has not left the
    # view, so it does not reopen the card screen.
    qtbot.keyClick(w.card, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.current is w.scan, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.scanning, timeout=WAIT_MS)
    qtbot.wait(800)
    assert w.current is w.scan
    assert w.scan.code.text() == ""


def test_camera_no_camera_shows_no_panel_says_scanning_is_off_and_typing_works(
        qtbot: QtBot, open_counter: Callable[..., MainWindow], demo_card: tuple[str, str]
        ) -> None:
    code, _ = demo_card
    w = open_counter()  # first run: the default camera; this machine has none
    sign_in(qtbot, w)
    assert w.camera is None
    assert not w.scan.camera_slot.isVisible()  # no black box, no red error
    assert w.scan.camera_note.isVisible()
    assert w.scan.camera_note.text() == msg.CAMERA_OFF
    assert w.scan.camera_note.property("role") == "hint"
    assert QApplication.focusWidget() is w.scan.code
    qtbot.keyClicks(w.scan.code, code)
    qtbot.keyClick(w.scan.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows_card(w, code), timeout=WAIT_MS)


def test_camera_chosen_by_name_keeps_its_panel_and_says_it_is_missing(
        qtbot: QtBot, open_counter: Callable[..., MainWindow], data_dir: Path) -> None:
    AppSettings(data_dir).camera_device = "usb-cam-at-the-till"  # a setting asks for a camera
    w = open_counter()
    sign_in(qtbot, w)
    panel = panel_of(w)
    qtbot.waitUntil(lambda: panel.status_text == msg.CHOSEN_CAMERA_MISSING, timeout=WAIT_MS)
    assert not w.scan.camera_note.isVisible()


def test_camera_file_is_for_this_run_only(
        qtbot: QtBot, open_counter: Callable[..., MainWindow], data_dir: Path,
        save_frames: Callable[..., Path]) -> None:
    folder = save_frames([None])
    w = open_counter(camera_file=folder)
    sign_in(qtbot, w)
    assert panel_of(w).choice.kind is SourceKind.FILE
    qtbot.keyClick(w.scan.code, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: w.current is w.settings_screen, timeout=WAIT_MS)
    assert "not saved" in w.settings_screen.camera_note.text()
    w.settings_screen.save_button.click()  # saving other settings keeps the file for this run
    qtbot.waitUntil(lambda: w.current is w.scan, timeout=WAIT_MS)
    assert panel_of(w).choice.kind is SourceKind.FILE
    saved = AppSettings(data_dir)
    assert (saved.camera_device, saved.camera_file) == ("", "")
    w.close()
    later = open_counter()  # a plain launch afterwards: the saved choice, not the file
    sign_in(qtbot, later)
    assert later.camera is None
    assert later.scan.camera_note.text() == msg.CAMERA_OFF


def test_camera_choice_in_settings_takes_effect_and_is_saved(
        qtbot: QtBot, open_counter: Callable[..., MainWindow], data_dir: Path,
        save_frames: Callable[..., Path]) -> None:
    folder = save_frames([None])
    w = open_counter(camera_file=folder)
    sign_in(qtbot, w)
    panel_of(w)
    qtbot.keyClick(w.scan.code, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: w.current is w.settings_screen, timeout=WAIT_MS)
    box = w.settings_screen.camera_choice
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels[1] == "Default camera"
    assert box.currentText() == f"File: {folder.name}"
    box.setCurrentIndex(0)  # None: typing and the USB scanner only
    w.settings_screen.save_button.click()
    qtbot.waitUntil(lambda: w.current is w.scan, timeout=WAIT_MS)
    assert w.camera is None
    assert not w.scan.camera_slot.isVisible()
    assert AppSettings(data_dir).camera_device == "none"
    assert QApplication.focusWidget() is w.scan.code
