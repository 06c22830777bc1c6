"""The camera choice as stored in the settings, the Settings list, the beep, and a computer
without QtMultimedia (where the panel says so and nothing else changes)."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.camera import CameraChoice, CameraChoiceBox, CameraPanel, SourceKind, _backend
from app.ui.camera import _messages as msg
from app.ui.camera._beep import BEEP_WAV, Beeper, write_beep
from app.ui.settings import AppSettings


@pytest.mark.parametrize(("stored", "camera_file", "expected"), [
    ("", "", CameraChoice.auto()),
    ("auto", "", CameraChoice.auto()),
    ("none", "/videos/demo.avi", CameraChoice.none()),
    ("file", "/videos/demo.avi", CameraChoice.file("/videos/demo.avi")),
    ("file", "", CameraChoice.auto()),
    ("/dev/video2", "", CameraChoice.device("/dev/video2")),
])
def test_camera_choice_reads_the_settings(stored: str, camera_file: str,
                                          expected: CameraChoice) -> None:
    choice = CameraChoice.from_settings(stored, camera_file)
    assert choice == expected
    if stored not in ("", "file") or camera_file:
        assert CameraChoice.from_settings(choice.setting, camera_file) == choice


def test_camera_choice_box_saves_to_the_app_settings(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path)
    settings.camera_file = str(tmp_path / "demo.avi")
    box = CameraChoiceBox()
    qtbot.addWidget(box)
    box.load(settings.camera_device, settings.camera_file)
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels[0].startswith("None")
    assert labels[1] == "Default camera"
    assert labels[-1] == "File: demo.avi"
    assert box.choice().kind is SourceKind.AUTO  # first run: the default camera
    box.setCurrentIndex(box.count() - 1)
    settings.camera_device = box.setting
    assert settings.camera_device == "file"
    box.setCurrentIndex(0)
    settings.camera_device = box.setting
    again = CameraChoiceBox()
    qtbot.addWidget(again)
    again.load(AppSettings(tmp_path).camera_device, settings.camera_file)
    assert again.choice() == CameraChoice.none()


def test_camera_choice_box_keeps_a_camera_that_is_unplugged_now(qtbot: QtBot) -> None:
    box = CameraChoiceBox()
    qtbot.addWidget(box)
    box.load("/dev/video7")
    assert box.choice() == CameraChoice.device("/dev/video7")
    assert "not connected" in box.currentText()


def test_camera_beep_is_a_short_valid_wav(tmp_path: Path) -> None:
    assert BEEP_WAV.is_file(), "resources/sounds/scan-ok.wav is shipped"
    for path in (BEEP_WAV, write_beep(tmp_path / "beep.wav")):
        with wave.open(str(path)) as w:
            assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
            assert 0.05 < w.getnframes() / w.getframerate() < 0.3
    assert (tmp_path / "beep.wav").read_bytes() == BEEP_WAV.read_bytes()


def test_camera_beep_is_silent_without_an_audio_output(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.ui.camera._beep.audio_output_possible", lambda: False)
    beeper = Beeper()
    beeper.play()  # no Qt warning, no exception
    assert not beeper.available


def test_camera_without_qtmultimedia_says_so_and_typing_still_works(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_backend, "_available", False)
    host = QWidget()
    qtbot.addWidget(host)
    panel = CameraPanel(CameraChoice.auto(), host)
    QVBoxLayout(host).addWidget(panel)
    panel.start()
    assert panel.status_text == msg.NO_MULTIMEDIA
    assert panel.pipeline is None
    box = CameraChoiceBox()
    qtbot.addWidget(box)
    box.load("")
    assert [box.itemText(i) for i in range(box.count())] == [
        "None: type or use the USB scanner", "Default camera"]
