"""The camera panel of the scan screen: live picture, framing guide, status, beep and flash.

It runs only while shown (the camera is off on every other screen) and never takes the
keyboard focus, so typing and USB scanners keep working whatever the camera does. Without
QtMultimedia, or without a camera, it says so in one sentence and does nothing else.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QImage, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.ui import theme
from app.ui.camera import _messages as msg
from app.ui.camera._backend import multimedia_available
from app.ui.camera._beep import Beeper
from app.ui.camera._choice import CameraChoice, SourceKind
from app.ui.camera._preview import CameraPreview
from app.ui.screens.base import set_role

if TYPE_CHECKING:
    from app.ui.camera._pipeline import ScanPipeline
    from app.ui.camera._sources import FrameSource

log = logging.getLogger(__name__)

NO_PICTURE_AFTER_S = 5  # a started source that delivers nothing for this long is reported
NOTICE_MS = 2000  # how long a passing notice ("not a GiftDesk card") stays


class CameraPanel(QFrame):
    """Scans QR codes from ``choice``; emits `payload_scanned(text)` once per card read."""

    payload_scanned = Signal(str)

    def __init__(self, choice: CameraChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPanel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choice = choice
        self.pipeline: ScanPipeline | None = None
        self.source: FrameSource | None = None
        self.beeper = Beeper(parent=self)
        self._failed = ""
        self._idle_s = 0
        self._frames_at_check = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addStretch(1)
        self.preview = CameraPreview(self)
        layout.addWidget(self.preview)
        self.status = QLabel("", self)
        self.status.setObjectName("cameraStatus")
        self.status.setWordWrap(True)
        self.status.setFont(theme.font(theme.BASE_POINT_SIZE + 1))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.status.setMinimumHeight(self.status.fontMetrics().height() * 2 + 4)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self._watchdog = QTimer(self)
        self._watchdog.setInterval(1000)
        self._watchdog.timeout.connect(self._check_frames)
        self._notice = QTimer(self)
        self._notice.setSingleShot(True)
        self._notice.setInterval(NOTICE_MS)
        self._notice.timeout.connect(self._end_notice)

    # ------------------------------------------------------------------ public
    @property
    def status_text(self) -> str:
        return self.status.text()

    @property
    def scanning(self) -> bool:
        """Pictures are being read now."""
        return bool(self.pipeline and self.pipeline.running and self.source
                    and self.source.running)

    def start(self) -> None:
        """Start the source and the pipeline (done on show; safe to call again)."""
        if self.choice.kind is SourceKind.NONE or self.scanning:
            return
        if not multimedia_available():
            self._show_failure(msg.NO_MULTIMEDIA)
            return
        pipeline, source = self._build()
        self._failed = ""
        self._set_status(msg.STARTING, "hint")
        pipeline.start()
        source.start()
        if self._failed:  # the source said no at once (no camera, missing file…)
            return
        self._set_status(msg.READY, "hint")
        self._idle_s = 0
        self._frames_at_check = pipeline.stats.frames_seen
        self._watchdog.start()

    def stop(self) -> None:
        """Stop reading pictures and release the camera (done on hide)."""
        self._watchdog.stop()
        if self.pipeline is not None:
            self.pipeline.stop()
        if self.source is not None:
            self.source.stop()

    def set_choice(self, choice: CameraChoice) -> None:
        """Use another source (from Settings); restarts at once if shown."""
        if choice == self.choice:
            return
        self.close_camera()
        self.choice = choice
        self._failed = ""
        self.preview.clear()
        self._set_status("", "hint")
        if self.isVisible():
            self.start()

    def close_camera(self) -> None:
        """Stop for good: release the camera and end the decode thread."""
        self.stop()
        if self.source is not None:
            close = getattr(self.source, "close", None)
            if callable(close):
                close()
            self.source.deleteLater()
            self.source = None
        if self.pipeline is not None:
            self.pipeline.close()
            self.pipeline.deleteLater()
            self.pipeline = None

    # ------------------------------------------------------------------ Qt events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._start_if_shown)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_preview_size()

    # ------------------------------------------------------------------ internals
    def _build(self) -> tuple[ScanPipeline, FrameSource]:
        """The pipeline and the source, made on first start (QtMultimedia loads here)."""
        from app.ui.camera._pipeline import ScanPipeline
        from app.ui.camera._sources import CameraSource, make_source

        if self.pipeline is not None and self.source is not None:
            return self.pipeline, self.source
        pipeline = ScanPipeline(parent=self)
        pipeline.preview_changed.connect(self._on_preview)
        pipeline.payload_scanned.connect(self._on_scanned)
        pipeline.foreign_code.connect(self._on_foreign)
        source = make_source(self.choice, pipeline.sink, self)
        if source is None:  # only for the "none" choice, which never starts
            raise ValueError("no picture source for the 'none' camera choice")
        source.failed.connect(self._on_failed)
        if isinstance(source, CameraSource):
            source.cameras_changed.connect(self._on_cameras_changed)
        self.pipeline, self.source = pipeline, source
        self._update_preview_size()
        log.info("camera panel: %s", self.choice)
        return pipeline, source

    def _update_preview_size(self) -> None:
        if self.pipeline is not None:
            ratio = self.preview.devicePixelRatioF()
            size = self.preview.size()
            self.pipeline.preview_size = size * ratio if ratio != 1 else size

    @Slot()
    def _start_if_shown(self) -> None:
        if self.isVisible():
            self.start()

    def _set_status(self, text: str, role: str) -> None:
        set_role(self.status, role)
        self.status.setText(msg.shown(text))

    def _show_failure(self, sentence: str) -> None:
        self._failed = sentence
        self._watchdog.stop()
        self._notice.stop()
        self.preview.clear(self.tr("No picture"))
        self._set_status(sentence, "error")

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        if self.pipeline is not None:
            self.pipeline.stop()
        self._show_failure(sentence)

    @Slot(bool)
    def _on_cameras_changed(self, available: bool) -> None:
        """A camera was plugged in: start if the panel is waiting for one."""
        if available and self.isVisible() and self._failed in (
                msg.NO_CAMERA, msg.CAMERA_GONE, msg.CHOSEN_CAMERA_MISSING):
            self.start()

    @Slot(QImage)
    def _on_preview(self, image: QImage) -> None:
        if self._failed:
            return
        self.preview.set_image(image)
        if self.preview.message:
            self.preview.set_message("")

    @Slot(str)
    def _on_scanned(self, payload: str) -> None:
        self.beeper.play()
        self.preview.flash()
        self._set_status(msg.SCANNED, "ok")
        self._notice.start()
        self.payload_scanned.emit(payload)

    @Slot(str)
    def _on_foreign(self, _payload: str) -> None:
        if not self._failed:
            self._set_status(msg.FOREIGN_CODE, "error")
            self._notice.start()

    @Slot()
    def _end_notice(self) -> None:
        if not self._failed and self.scanning:
            self._set_status(msg.READY, "hint")

    @Slot()
    def _check_frames(self) -> None:
        if self.pipeline is None or not self.scanning:
            return
        seen = self.pipeline.stats.frames_seen
        if seen != self._frames_at_check:
            self._frames_at_check = seen
            if self._idle_s >= NO_PICTURE_AFTER_S:
                self._set_status(msg.READY, "hint")
            self._idle_s = 0
            return
        self._idle_s += 1
        if self._idle_s == NO_PICTURE_AFTER_S:
            log.warning("camera source %s delivers no pictures", self.choice)
            self._set_status(msg.NO_PICTURE, "error")
