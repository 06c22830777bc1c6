"""Where pictures come from: a camera, a video file, or still images, all into one QVideoSink.

Each source pushes frames into the sink it is given and emits `failed(sentence)` when it
cannot (or can no longer) deliver pictures; it has then stopped itself. The sink, and so the
scan pipeline behind it, is the same whatever the source.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QCameraPermission,
    QCoreApplication,
    QObject,
    QPermission,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoSink,
)

from app.ui.camera import _messages as msg
from app.ui.camera._choice import CameraChoice, SourceKind
from app.ui.i18n import translate

log = logging.getLogger(__name__)

IMAGE_FPS = 30
MAX_IMAGES = 300
MAX_IMAGE_BYTES = 256 * 1024 * 1024  # decoded pixels kept in memory by an image source
PREFERRED_SIZE = QSize(1280, 720)  # enough pixels for a phone-sized code at arm's length

PF = QVideoFrameFormat.PixelFormat
# Qt takes a null pointer to detach; the bindings' stubs do not say so.
_NO_SINK = cast(QVideoSink, None)
_NO_CAMERA = cast(QCamera, None)
# Formats whose luma the pipeline reads in place (see _frames); MJPEG must be decoded first.
_CHEAP_FORMATS = frozenset({PF.Format_NV12, PF.Format_NV21, PF.Format_YUV420P,
                            PF.Format_YUV422P, PF.Format_YV12, PF.Format_YUYV, PF.Format_UYVY,
                            PF.Format_Y8})


class FrameSource(QObject):
    """Pushes pictures into a QVideoSink between `start()` and `stop()`."""

    failed = Signal(str)  # a sentence for the cashier; the source has stopped

    def __init__(self, sink: QVideoSink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sink = sink
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    @property
    def description(self) -> str:
        return ""

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def _fail(self, sentence: str) -> None:
        self.stop()
        self.failed.emit(sentence)


def _device_id(device: QCameraDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


def camera_devices() -> list[tuple[str, str]]:
    """(id, description) of each camera the computer has now."""
    return [(_device_id(d), d.description()) for d in QMediaDevices.videoInputs()]


def best_format(device: QCameraDevice) -> QCameraFormat | None:
    """The device's format nearest 1280x720 at 15 fps or more, preferring raw YUV over MJPEG."""
    best: tuple[tuple[int, int, int], QCameraFormat] | None = None
    for fmt in device.videoFormats():
        size = fmt.resolution()
        if fmt.maxFrameRate() < 15 or size.width() < 640:
            continue
        distance = abs(size.width() * size.height()
                       - PREFERRED_SIZE.width() * PREFERRED_SIZE.height())
        key = (distance, 0 if fmt.pixelFormat() in _CHEAP_FORMATS else 1,
               -int(fmt.maxFrameRate()))
        if best is None or key < best[0]:
            best = (key, fmt)
    return best[1] if best else None


class CameraSource(FrameSource):
    """A camera through QCamera and QMediaCaptureSession; follows cameras coming and going."""

    cameras_changed = Signal(bool)  # whether the camera this source wants is there now

    def __init__(self, sink: QVideoSink, device_id: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(sink, parent)
        self.device_id = device_id  # "" for the default camera
        self._device: QCameraDevice | None = None
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._on_inputs_changed)

    @property
    def description(self) -> str:
        return self._device.description() if self._device is not None else ""

    def start(self) -> None:
        if self._running:
            return
        if not self._permission_granted():
            return
        device = self._find_device()
        if device is None:
            self.failed.emit(msg.CHOSEN_CAMERA_MISSING if self.device_id else msg.NO_CAMERA)
            return
        self._device = device
        camera = QCamera(device, self)
        fmt = best_format(device)
        if fmt is not None:
            camera.setCameraFormat(fmt)
        camera.errorOccurred.connect(self._on_error)
        self._camera = camera
        self._session.setCamera(camera)
        self._session.setVideoSink(self.sink)
        self._running = True
        if camera.error() != QCamera.Error.NoError:
            self._on_error(camera.error(), camera.errorString())
            return
        log.info("camera %r started (%s)", device.description(),
                 fmt.pixelFormat().name if fmt is not None else "default format")
        camera.start()

    def stop(self) -> None:
        self._running = False
        camera, self._camera = self._camera, None
        if camera is not None:
            camera.errorOccurred.disconnect(self._on_error)
            camera.stop()
            self._session.setCamera(_NO_CAMERA)
            camera.deleteLater()
        self._session.setVideoSink(_NO_SINK)

    def _find_device(self) -> QCameraDevice | None:
        inputs = QMediaDevices.videoInputs()
        if self.device_id:
            return next((d for d in inputs if _device_id(d) == self.device_id), None)
        default = QMediaDevices.defaultVideoInput()
        if not default.isNull():
            return default
        return inputs[0] if inputs else None

    def _permission_granted(self) -> bool:
        """True if the camera may be used now; otherwise says why (or asks, then starts)."""
        app = QCoreApplication.instance()
        if app is None:
            return True
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Granted:
            return True
        if status == Qt.PermissionStatus.Denied:
            log.warning("camera permission denied by the system")
            self.failed.emit(msg.CAMERA_DENIED)
            return False
        self.failed.emit(msg.CAMERA_ASKING)
        app.requestPermission(permission, self, self._on_permission)
        return False

    def _on_permission(self, permission: QPermission) -> None:
        app = QCoreApplication.instance()
        if app is not None and app.checkPermission(permission) == Qt.PermissionStatus.Granted:
            self.start()
        else:
            self.failed.emit(msg.CAMERA_DENIED)

    @Slot(QCamera.Error, str)
    def _on_error(self, error: QCamera.Error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        log.warning("camera error: %s (%s)", text, error.name)
        self._fail(msg.CAMERA_FAILED)

    @Slot()
    def _on_inputs_changed(self) -> None:
        ids = {_device_id(d) for d in QMediaDevices.videoInputs()}
        if self._running and self._device is not None and _device_id(self._device) not in ids:
            log.warning("camera %r disconnected while scanning", self._device.description())
            self._device = None
            self._fail(msg.CAMERA_GONE)
        self.cameras_changed.emit(self._find_device() is not None)


class VideoFileSource(FrameSource):
    """A video file played in a loop, silently, as if it were a camera."""

    def __init__(self, sink: QVideoSink, path: Path, parent: QObject | None = None) -> None:
        super().__init__(sink, parent)
        self.path = Path(path)
        self._player = QMediaPlayer(self)
        self._player.setLoops(QMediaPlayer.Loops.Infinite)
        self._player.errorOccurred.connect(self._on_error)

    @property
    def description(self) -> str:
        return translate("camera", "Video file %1").replace("%1", self.path.name)

    def start(self) -> None:
        if self._running:
            return
        if not self.path.is_file():
            log.warning("camera file %s not found", self.path)
            self.failed.emit(msg.file_missing(self.path.name))
            return
        self._running = True
        self._player.setVideoSink(self.sink)
        if self._player.source().isEmpty():
            self._player.setSource(QUrl.fromLocalFile(str(self.path.resolve())))
        self._player.play()

    def stop(self) -> None:
        self._running = False
        self._player.stop()
        self._player.setVideoSink(_NO_SINK)

    @Slot(QMediaPlayer.Error, str)
    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        log.warning("camera file %s cannot be played: %s (%s)", self.path, text, error.name)
        self._player.setSource(QUrl())
        self._fail(msg.file_unplayable(self.path.name))


def image_suffixes() -> frozenset[str]:
    return frozenset("." + bytes(f.data()).decode().lower()
                     for f in QImageReader.supportedImageFormats())


def is_image_path(path: Path) -> bool:
    return path.is_dir() or path.suffix.lower() in image_suffixes()


class ImageSource(FrameSource):
    """Still pictures (one image, or a folder's images in name order) shown at 30 fps.

    Pictures are read on a helper thread and kept as RGBX8888, so each tick only wraps one in a
    new QVideoFrame (no pixels copied) and hands it to the sink.
    """

    _loaded = Signal(QImage)
    _done = Signal(int)

    def __init__(self, sink: QVideoSink, path: Path, parent: QObject | None = None,
                 fps: float = IMAGE_FPS) -> None:
        super().__init__(sink, parent)
        self.path = Path(path)
        self.images: list[QImage] = []
        self._next = 0
        self._loader: threading.Thread | None = None
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max(1, round(1000 / fps)))
        self._timer.timeout.connect(self._tick)
        self._loaded.connect(self._on_loaded)
        self._done.connect(self._on_done)
        cancel = self._cancel
        self.destroyed.connect(lambda *_: cancel.set())

    @property
    def description(self) -> str:
        if self.path.is_dir():
            return translate("camera", "Pictures in %1").replace("%1", self.path.name)
        return translate("camera", "Picture %1").replace("%1", self.path.name)

    def files(self) -> list[Path]:
        if self.path.is_dir():
            suffixes = image_suffixes()
            found = sorted(p for p in self.path.iterdir()
                           if p.is_file() and p.suffix.lower() in suffixes)
            return found[:MAX_IMAGES]
        return [self.path] if self.path.is_file() else []

    def start(self) -> None:
        if self._running:
            return
        if not self.path.exists():
            log.warning("camera file %s not found", self.path)
            self.failed.emit(msg.file_missing(self.path.name))
            return
        self._running = True
        if self._loader is None:
            files = self.files()
            self._loader = threading.Thread(target=self._load, args=(files,),
                                            name="camera-images", daemon=True)
            self._loader.start()
        self._timer.start()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def close(self) -> None:
        """Stop, and stop reading pictures."""
        self._cancel.set()
        self.stop()

    def _load(self, files: list[Path]) -> None:
        """On the helper thread: read each picture, hand it over as soon as it is ready."""
        total = count = 0
        for path in files:
            if self._cancel.is_set():
                return
            image = QImage(str(path))
            if image.isNull():
                log.warning("camera picture %s cannot be read", path)
                continue
            image = image.convertToFormat(QImage.Format.Format_RGBX8888)
            total += image.sizeInBytes()
            if total > MAX_IMAGE_BYTES:
                log.warning("camera pictures: stopped after %d pictures (memory limit)", count)
                break
            count += 1
            if not self._emit(self._loaded, image):
                return
        self._emit(self._done, count)

    def _emit(self, signal: SignalInstance, value: object) -> bool:
        if self._cancel.is_set():
            return False
        try:
            signal.emit(value)
        except RuntimeError:  # the source was deleted meanwhile
            return False
        return True

    @Slot(QImage)
    def _on_loaded(self, image: QImage) -> None:
        self.images.append(image)
        if len(self.images) == 1 and self._running:
            self._tick()

    @Slot(int)
    def _on_done(self, count: int) -> None:
        if count == 0 and not self.images:
            self._fail(msg.no_pictures(self.path.name))

    @Slot()
    def _tick(self) -> None:
        if not self.images:
            return
        image = self.images[self._next % len(self.images)]
        self._next += 1
        # A new QVideoFrame each time: the sink ignores a frame equal to its current one.
        self.sink.setVideoFrame(QVideoFrame(image))


def make_source(choice: CameraChoice, sink: QVideoSink,
                parent: QObject | None = None) -> FrameSource | None:
    """The source for ``choice`` (None for "no camera")."""
    if choice.kind is SourceKind.NONE:
        return None
    if choice.kind is SourceKind.FILE and choice.path is not None:
        if is_image_path(choice.path):
            return ImageSource(sink, choice.path, parent)
        return VideoFileSource(sink, choice.path, parent)
    return CameraSource(sink, choice.device_id, parent)
