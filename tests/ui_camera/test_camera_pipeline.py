"""The scan pipeline on a real QVideoSink: decoding off the UI thread, at most one frame in
flight, stale frames dropped, and the consensus and repeat rules at the pipeline level."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from camera_test_support import MULTIMEDIA_MISSING
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

pytest.importorskip("PySide6.QtMultimedia", reason=MULTIMEDIA_MISSING)

from PySide6.QtMultimedia import QVideoFrame

from app.domain.codes import new_token, qr_payload
from app.ui.camera import _pipeline
from app.ui.camera._pipeline import FrameResult, ScanPipeline


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def pipeline(qapp: object, clock: Clock) -> Iterator[ScanPipeline]:
    p = ScanPipeline(clock=clock)
    p.preview_size = None
    p.start()
    yield p
    p.close()
    p.deleteLater()


class Recorder:
    def __init__(self, pipeline: ScanPipeline) -> None:
        self.scanned: list[str] = []
        self.reads: list[list[str]] = []
        self.foreign: list[str] = []
        pipeline.payload_scanned.connect(self.scanned.append)
        pipeline.frame_read.connect(self.reads.append)
        pipeline.foreign_code.connect(self.foreign.append)


def push(qtbot: QtBot, pipeline: ScanPipeline, image: QImage) -> None:
    """One frame through the sink, then wait until the worker has read it."""
    before = pipeline.stats.frames_read
    pipeline.sink.setVideoFrame(QVideoFrame(image))
    qtbot.waitUntil(lambda: pipeline.stats.frames_read == before + 1, timeout=5000)


def test_camera_one_good_frame_alone_does_not_open_the_card(
        qtbot: QtBot, pipeline: ScanPipeline, clock: Clock, payload: str,
        frame_image: Callable[..., QImage]) -> None:
    rec = Recorder(pipeline)
    card, desk = frame_image(payload), frame_image(None)
    push(qtbot, pipeline, card)
    for _ in range(5):
        clock.now += 0.1
        push(qtbot, pipeline, desk)
    assert rec.reads[0] == [payload]
    assert rec.scanned == []
    clock.now += 1.5  # the first read is now too old to agree with
    pipeline.reader.inverted = False  # while nothing is found it alternates; start dark-on-light
    push(qtbot, pipeline, card)
    assert rec.scanned == []
    clock.now += 0.05
    push(qtbot, pipeline, card)  # two agreeing reads within the window
    assert rec.scanned == [payload]


def test_camera_a_card_held_in_view_reopens_only_after_it_left_the_view(
        qtbot: QtBot, pipeline: ScanPipeline, clock: Clock, payload: str,
        frame_image: Callable[..., QImage]) -> None:
    rec = Recorder(pipeline)
    card, desk = frame_image(payload), frame_image(None)
    push(qtbot, pipeline, card)
    clock.now += 0.033
    push(qtbot, pipeline, card)
    assert rec.scanned == [payload]
    for _ in range(40):  # the customer keeps holding it up, for 10 s
        clock.now += 0.25
        push(qtbot, pipeline, card)
    assert rec.scanned == [payload]
    for _ in range(5):  # taken away for a second
        clock.now += 0.25
        push(qtbot, pipeline, desk)
    for _ in range(4):  # shown again: read afresh, in whichever polarity the reader is in
        clock.now += 0.033
        push(qtbot, pipeline, card)
    assert rec.scanned == [payload, payload]


def test_camera_a_card_still_in_view_after_the_camera_was_off_does_not_reopen(
        qtbot: QtBot, pipeline: ScanPipeline, clock: Clock, payload: str,
        frame_image: Callable[..., QImage]) -> None:
    rec = Recorder(pipeline)
    card, desk = frame_image(payload), frame_image(None)
    push(qtbot, pipeline, card)
    clock.now += 0.033
    push(qtbot, pipeline, card)
    assert rec.scanned == [payload]
    for _ in range(3):  # missed frames just before the card screen opened
        clock.now += 0.033
        push(qtbot, pipeline, desk)
    pipeline.stop()  # the card screen is shown: the camera is off for a minute
    clock.now += 60
    pipeline.start()  # Esc: back on the scan screen, the card still held up
    push(qtbot, pipeline, desk)  # the first frame back misses it: not a minute of absence
    for _ in range(10):
        clock.now += 0.033
        push(qtbot, pipeline, card)
    assert rec.scanned == [payload]


def test_camera_a_light_on_dark_card_is_scanned(
        qtbot: QtBot, pipeline: ScanPipeline, clock: Clock, payload: str,
        frame_image: Callable[..., QImage]) -> None:
    rec = Recorder(pipeline)
    card = frame_image(payload)
    card.invertPixels()  # a phone in dark mode
    for _ in range(4):
        clock.now += 0.033
        push(qtbot, pipeline, card)
    assert rec.scanned == [payload]


def test_camera_another_card_in_between_resets_the_agreement(
        qtbot: QtBot, pipeline: ScanPipeline, clock: Clock, payload: str,
        frame_image: Callable[..., QImage]) -> None:
    rec = Recorder(pipeline)
    other = qr_payload(new_token())
    for p in (payload, other, payload):
        push(qtbot, pipeline, frame_image(p))
        clock.now += 0.05
    assert rec.scanned == []
    push(qtbot, pipeline, frame_image(payload))
    assert rec.scanned == [payload]


def test_camera_a_qr_code_that_is_not_a_card_is_reported_and_never_opens_anything(
        qtbot: QtBot, pipeline: ScanPipeline, clock: Clock,
        frame_image: Callable[..., QImage]) -> None:
    rec = Recorder(pipeline)
    poster = frame_image("https://example.com/menu")
    for _ in range(4):
        push(qtbot, pipeline, poster)
        clock.now += 0.05
    # It is no card, so the reader keeps looking in both polarities: seen on every other frame.
    assert rec.foreign == ["https://example.com/menu"] * 2
    assert rec.reads == [[], [], [], []]
    assert rec.scanned == []


def test_camera_at_most_one_frame_in_flight_and_only_the_newest_waits(
        qtbot: QtBot, pipeline: ScanPipeline, monkeypatch: pytest.MonkeyPatch,
        frame_image: Callable[..., QImage]) -> None:
    """Frames pushed far faster than they are read: one is read, the newest waits, the rest
    are dropped; never two reads at once, never on the UI thread."""
    lock = threading.Lock()
    running, most = [0], [0]
    threads: set[str] = set()
    real_work = _pipeline._work

    def slow_work(frame: QVideoFrame, size: object, arrived: float, *rest: object
                  ) -> FrameResult:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        threads.add(threading.current_thread().name)
        time.sleep(0.03)
        try:
            return real_work(frame, None, arrived, *rest)  # type: ignore[arg-type]
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(_pipeline, "_work", slow_work)
    rec = Recorder(pipeline)
    payloads = [qr_payload(new_token()) for _ in range(3)]
    images = [frame_image(p) for p in payloads]
    for image in images[:2] * 5:  # ten frames in one go, while the first is being read
        pipeline.sink.setVideoFrame(QVideoFrame(image))
    pipeline.sink.setVideoFrame(QVideoFrame(images[2]))
    qtbot.waitUntil(lambda: not pipeline.busy and pipeline.stats.frames_read == 2,
                    timeout=5000)
    qtbot.wait(100)
    stats = pipeline.stats
    assert (stats.frames_seen, stats.frames_read, stats.frames_dropped) == (11, 2, 9)
    assert rec.reads == [[payloads[0]], [payloads[2]]]  # the first, then the newest
    assert most[0] == 1
    assert threading.main_thread().name not in threads


def test_camera_pipeline_closed_while_reading_a_frame_does_not_crash(
        qtbot: QtBot, qapp: object, monkeypatch: pytest.MonkeyPatch, payload: str,
        frame_image: Callable[..., QImage]) -> None:
    real_work = _pipeline._work
    started = threading.Event()

    def slow_work(frame: QVideoFrame, size: object, arrived: float, *rest: object
                  ) -> FrameResult:
        started.set()
        time.sleep(0.2)
        return real_work(frame, size, arrived, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(_pipeline, "_work", slow_work)
    for close_first in (True, False):
        started.clear()
        p = ScanPipeline()
        scanned: list[str] = []
        p.payload_scanned.connect(scanned.append)
        p.start()
        p.sink.setVideoFrame(QVideoFrame(frame_image(payload)))
        assert started.wait(2)
        if close_first:
            p.close()
        p.deleteLater()  # the Qt object goes while the worker still reads its frame
        qtbot.wait(400)
        assert scanned == []
