"""Which picture source the scan screen uses, as stored in the app settings.

`camera/device` holds "none" (no camera: manual entry only), "" or "auto" (the computer's
default camera, the first-run choice), "file" (the video file or image folder in `camera/file`,
set by `giftdesk --camera-file`), or a camera's id as QtMultimedia reports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

NONE_SETTING = "none"
AUTO_SETTING = "auto"
FILE_SETTING = "file"


class SourceKind(Enum):
    NONE = "none"
    AUTO = "auto"  # the default camera, whichever it is
    DEVICE = "device"  # one camera, by id
    FILE = "file"  # a video file, an image, or a folder of images


@dataclass(frozen=True)
class CameraChoice:
    """A picture source for the scan screen."""

    kind: SourceKind
    device_id: str = ""
    path: Path | None = None

    @classmethod
    def none(cls) -> CameraChoice:
        return cls(SourceKind.NONE)

    @classmethod
    def auto(cls) -> CameraChoice:
        return cls(SourceKind.AUTO)

    @classmethod
    def device(cls, device_id: str) -> CameraChoice:
        return cls(SourceKind.DEVICE, device_id=device_id)

    @classmethod
    def file(cls, path: str | Path) -> CameraChoice:
        return cls(SourceKind.FILE, path=Path(path))

    @classmethod
    def from_settings(cls, device_setting: str, camera_file: str = "") -> CameraChoice:
        """Read `camera/device` (and `camera/file` for the "file" choice)."""
        value = device_setting.strip()
        if value == NONE_SETTING:
            return cls.none()
        if value in ("", AUTO_SETTING):
            return cls.auto()
        if value == FILE_SETTING:
            return cls.file(camera_file) if camera_file.strip() else cls.auto()
        return cls.device(value)

    @property
    def setting(self) -> str:
        """The value to store in `camera/device`."""
        return {SourceKind.NONE: NONE_SETTING, SourceKind.AUTO: AUTO_SETTING,
                SourceKind.FILE: FILE_SETTING}.get(self.kind, self.device_id)

    @property
    def is_camera(self) -> bool:
        return self.kind in (SourceKind.AUTO, SourceKind.DEVICE)
