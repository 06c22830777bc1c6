"""Picture sources into the real QVideoSink, seen through the camera panel: image folders,
single images, videos written by OpenCV, missing or broken files, no camera, a camera that
disappears mid-scan, and no QtMultimedia at all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from camera_test_support import MULTIMEDIA_MISSING
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

pytest.importorskip("PySide6.QtMultimedia", reason=MULTIMEDIA_MISSING)

from PySide6.QtMultimedia import QCameraDevice

from app.ui.camera import CameraChoice, CameraPanel
from app.ui.camera import _messages as msg
from app.ui.camera._sources import CameraSource, ImageSource, VideoFileSource

WAIT_MS = 15_000
# The offscreen platform of these tests cannot pass a window's size limits on; say so once.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def show_panel(qtbot: QtBot) -> Iterator[Callable[[CameraChoice], CameraPanel]]:
    """A camera panel for a choice, shown in a window, as the scan screen shows it."""
    panels: list[CameraPanel] = []
    hosts: list[QWidget] = []

    def show(choice: CameraChoice) -> CameraPanel:
        host = QWidget()
        hosts.append(host)
        qtbot.addWidget(host)
        panel = CameraPanel(choice, host)
        QVBoxLayout(host).addWidget(panel)
        host.resize(480, 420)
        host.show()
        qtbot.waitExposed(host)
        panels.append(panel)
        return panel

    yield show
    for panel in panels:
        panel.close_camera()


def scans(qtbot: QtBot, panel: CameraPanel) -> list[str]:
    got: list[str] = []
    panel.payload_scanned.connect(got.append)
    return got


def test_camera_image_folder_scans_the_card(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        save_frames: Callable[..., Path], payload: str) -> None:
    folder = save_frames([None, payload, payload, None])
    panel = show_panel(CameraChoice.file(folder))
    got = scans(qtbot, panel)
    qtbot.waitUntil(lambda: got == [payload], timeout=WAIT_MS)
    assert isinstance(panel.source, ImageSource)
    assert panel.status_text == msg.SCANNED
    assert panel.preview.flashing
    assert panel.preview.frames_painted > 0
    qtbot.wait(300)
    assert got == [payload]  # the folder loops, but the card never leaves the view for long


def test_camera_single_image_file_scans_the_card(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        save_frames: Callable[..., Path], payload: str) -> None:
    image = save_frames([payload]) / "frame000.png"
    panel = show_panel(CameraChoice.file(image))
    got = scans(qtbot, panel)
    qtbot.waitUntil(lambda: got == [payload], timeout=WAIT_MS)


@pytest.mark.parametrize("name", ["card.avi", "card.mp4"])
def test_camera_video_file_written_by_opencv_scans_the_card(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        write_video: Callable[..., Path], payload: str, name: str) -> None:
    video = write_video(payload, name)
    panel = show_panel(CameraChoice.file(video))
    got = scans(qtbot, panel)
    qtbot.waitUntil(lambda: got == [payload], timeout=WAIT_MS)
    assert isinstance(panel.source, VideoFileSource)
    assert panel.pipeline is not None
    assert panel.pipeline.stats.errors == 0


def test_camera_missing_file_says_so_and_stays_quiet(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        tmp_path: Path) -> None:
    panel = show_panel(CameraChoice.file(tmp_path / "gone.avi"))
    qtbot.waitUntil(lambda: panel.status_text == msg.file_missing("gone.avi"), timeout=WAIT_MS)
    assert not panel.scanning


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                           "Could not open media")  # the FFmpeg backend's own report
def test_camera_video_that_cannot_be_played_says_so(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        tmp_path: Path) -> None:
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"this is not a video" * 100)
    panel = show_panel(CameraChoice.file(broken))
    qtbot.waitUntil(lambda: panel.status_text == msg.file_unplayable("broken.mp4"),
                    timeout=WAIT_MS)
    assert not panel.scanning


def test_camera_folder_without_pictures_says_so(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.txt").write_text("no pictures here")
    (folder / "fake.png").write_bytes(b"not a png")
    panel = show_panel(CameraChoice.file(folder))
    qtbot.waitUntil(lambda: panel.status_text == msg.no_pictures("empty"), timeout=WAIT_MS)


def test_camera_no_camera_on_this_machine_gives_the_cashier_message(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel]) -> None:
    panel = show_panel(CameraChoice.auto())
    qtbot.waitUntil(lambda: panel.status_text == msg.NO_CAMERA, timeout=WAIT_MS)
    assert panel.status_text == "No camera found. Type or scan the code with the scanner."
    assert not panel.scanning
    assert panel.preview.image.isNull()


def test_camera_chosen_camera_that_is_not_connected(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel]) -> None:
    panel = show_panel(CameraChoice.device("/dev/video9"))
    qtbot.waitUntil(lambda: panel.status_text in (msg.NO_CAMERA, msg.CHOSEN_CAMERA_MISSING),
                    timeout=WAIT_MS)


def test_camera_that_disappears_mid_scan_stops_cleanly(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        save_frames: Callable[..., Path], payload: str) -> None:
    """The machines here have no camera, so the camera source is made to believe it is
    running one; then the system's list of cameras changes without it (the real
    QMediaDevices signal), as when a USB camera is pulled out."""
    panel = show_panel(CameraChoice.auto())
    qtbot.waitUntil(lambda: panel.status_text == msg.NO_CAMERA, timeout=WAIT_MS)
    source = panel.source
    assert isinstance(source, CameraSource)
    source._running = True  # as if a camera had started
    source._device = QCameraDevice()
    assert panel.pipeline is not None
    panel.pipeline.start()
    panel._failed = ""
    source._devices.videoInputsChanged.emit()
    qtbot.waitUntil(lambda: panel.status_text == msg.CAMERA_GONE, timeout=WAIT_MS)
    assert not source.running
    assert not panel.pipeline.running
    source._devices.videoInputsChanged.emit()  # another change, still no camera
    qtbot.wait(50)
    assert panel.status_text == msg.CAMERA_GONE
    assert not panel.scanning


def test_camera_source_removed_while_frames_are_in_flight_does_not_crash(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        save_frames: Callable[..., Path], write_video: Callable[..., Path],
        payload: str) -> None:
    for choice in (CameraChoice.file(save_frames([payload, None])),
                   CameraChoice.file(write_video(None, "desk.avi"))):
        panel = show_panel(choice)
        qtbot.waitUntil(lambda p=panel: p.pipeline is not None and p.pipeline.stats.frames_read
                        > 2, timeout=WAIT_MS)
        panel.close_camera()  # mid-scan: frames may still be on the worker
        qtbot.wait(100)
        assert panel.pipeline is None
        assert panel.source is None
        panel.set_choice(CameraChoice.none())
    qtbot.wait(200)


def test_camera_panel_hidden_stops_and_shown_again_restarts(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        save_frames: Callable[..., Path]) -> None:
    panel = show_panel(CameraChoice.file(save_frames([None])))
    qtbot.waitUntil(lambda: panel.scanning, timeout=WAIT_MS)
    panel.hide()
    assert not panel.scanning
    assert panel.pipeline is not None
    seen = panel.pipeline.stats.frames_seen
    qtbot.wait(150)
    assert panel.pipeline.stats.frames_seen == seen  # the camera is off on other screens
    panel.show()
    qtbot.waitUntil(lambda: panel.scanning, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.pipeline is not None
                    and panel.pipeline.stats.frames_seen > seen, timeout=WAIT_MS)


def test_camera_source_that_sends_no_pictures_is_reported_then_recovers(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        save_frames: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.ui.camera._panel.NO_PICTURE_AFTER_S", 1)
    panel = show_panel(CameraChoice.file(save_frames([None])))
    qtbot.waitUntil(lambda: panel.scanning and panel.status_text == msg.READY, timeout=WAIT_MS)
    source = panel.source
    assert isinstance(source, ImageSource)
    source._timer.stop()  # the pictures stop coming, the source still "runs"
    qtbot.waitUntil(lambda: panel.status_text == msg.NO_PICTURE, timeout=WAIT_MS)
    source._timer.start()
    qtbot.waitUntil(lambda: panel.status_text == msg.READY, timeout=WAIT_MS)


def test_camera_qr_code_that_is_not_a_card_is_named_in_the_panel(
        qtbot: QtBot, show_panel: Callable[[CameraChoice], CameraPanel],
        save_frames: Callable[..., Path]) -> None:
    panel = show_panel(CameraChoice.file(save_frames(["https://example.com/menu"])))
    got = scans(qtbot, panel)
    qtbot.waitUntil(lambda: panel.status_text == msg.FOREIGN_CODE, timeout=WAIT_MS)
    qtbot.wait(200)
    assert got == []
