"""ScanConsensus: one deliberate scan event per card presentation, with injected time."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.scanner import ScanConsensus

A = "GIFTDESK1:AAAAAAAAAAAAAAAAAAAAAAAA"
B = "GIFTDESK1:BBBBBBBBBBBBBBBBBBBBBBBB"


def test_one_read_is_not_enough() -> None:
    scan = ScanConsensus()
    assert scan.feed([A], 0.0) is None


def test_two_agreeing_reads_accept_at_the_second() -> None:
    scan = ScanConsensus()
    assert scan.feed([A], 10.0) is None
    assert scan.feed([A], 10.05) == A


def test_reads_further_apart_than_the_window_do_not_agree() -> None:
    scan = ScanConsensus(window=1.5)
    assert scan.feed([A], 0.0) is None
    assert scan.feed([A], 1.6) is None
    assert scan.feed([A], 1.7) == A


def test_reads_at_the_edge_of_the_window_agree() -> None:
    scan = ScanConsensus(window=1.5)
    scan.feed([A], 0.0)
    assert scan.feed([A], 1.5) == A


def test_a_card_held_in_view_never_retriggers_but_shown_again_does() -> None:
    scan = ScanConsensus(gone_after=0.8, gone_frames=3)
    scan.feed([A], 0.0)
    assert scan.feed([A], 0.1) == A
    for step in range(1, 200):  # the customer keeps holding it up for 20 s
        assert scan.feed([A], 0.1 + step * 0.1) is None
    assert A in scan.held
    for step in range(9):  # taken away: 0.8 s of frames without it
        assert scan.feed([], 20.1 + step * 0.1) is None
    assert A not in scan.held
    assert scan.feed([A], 21.0) is None  # shown again: two fresh reads
    assert scan.feed([A], 21.1) == A


def test_a_card_missed_by_a_few_frames_is_still_in_view() -> None:
    scan = ScanConsensus(gone_after=0.8, gone_frames=3)
    scan.feed([A], 0.0)
    assert scan.feed([A], 0.1) == A
    for step in range(100):  # read on 1 frame in 4, as in poor light
        t = 0.2 + step * 0.2
        assert scan.feed([A] if step % 4 == 0 else [], t) is None
    assert A in scan.held


def test_gone_needs_both_time_and_frames() -> None:
    scan = ScanConsensus(gone_after=0.8, gone_frames=3)
    scan.feed([A], 0.0)
    scan.feed([A], 0.1)
    scan.feed([], 0.2)
    scan.feed([], 5.0)  # a long time, but only two frames seen without it
    assert A in scan.held
    scan.feed([], 5.1)
    assert A not in scan.held


def test_pause_restarts_the_count_of_absence() -> None:
    scan = ScanConsensus(gone_after=0.8, gone_frames=3)
    scan.feed([A], 0.0)
    scan.feed([A], 0.1)
    scan.feed([], 0.2)
    scan.feed([], 0.3)
    scan.pause()  # the card screen is shown; the camera stops watching for a minute
    assert scan.feed([A], 60.0) is None  # still held up when the scan screen is back
    assert scan.feed([A], 60.1) is None
    assert A in scan.held


def test_a_held_card_does_not_block_another() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    assert scan.feed([A], 0.1) == A
    assert scan.feed([B], 0.2) is None
    assert scan.feed([B], 0.3) == B


def test_a_different_payload_in_between_resets_agreement() -> None:
    scan = ScanConsensus()
    assert scan.feed([A], 0.0) is None
    assert scan.feed([B], 0.1) is None
    assert scan.feed([A], 0.2) is None  # A starts over
    assert scan.feed([A], 0.3) == A


def test_alternating_payloads_never_accept() -> None:
    scan = ScanConsensus()
    results = [scan.feed([A if i % 2 else B], i * 0.05) for i in range(40)]
    assert results == [None] * 40


def test_a_frame_with_two_cards_counts_for_nothing() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    assert scan.feed([A, B], 0.1) is None
    assert scan.feed([A], 0.2) is None
    assert scan.feed([A], 0.3) == A


def test_frames_without_a_code_neither_count_nor_reset() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    assert scan.feed([], 0.03) is None
    assert scan.feed([], 0.06) is None
    assert scan.feed([A], 0.1) == A


def test_a_payload_twice_in_one_frame_is_one_read() -> None:
    scan = ScanConsensus()
    assert scan.feed([A, A], 0.0) is None
    assert scan.feed([A], 0.1) == A


def test_a_held_card_still_interrupts_another() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    scan.feed([A], 0.1)  # A accepted
    scan.feed([B], 0.2)
    assert scan.feed([A], 0.3) is None  # ignored, but B's read at 0.2 no longer counts
    assert scan.feed([B], 0.4) is None
    assert scan.feed([B], 0.5) == B


def test_required_reads_are_configurable() -> None:
    scan = ScanConsensus(required=3)
    assert scan.feed([A], 0.0) is None
    assert scan.feed([A], 0.1) is None
    assert scan.feed([A], 0.2) == A
    single = ScanConsensus(required=1)
    assert single.feed([B], 0.0) == B


def test_reset_forgets_agreement_and_held_cards() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    scan.feed([A], 0.1)
    scan.reset()
    assert scan.feed([A], 0.2) is None
    assert scan.feed([A], 0.3) == A


def test_card_held_in_view_at_30_fps_triggers_once() -> None:
    scan = ScanConsensus()
    fps = 30
    accepted = [t for i in range(10 * fps)
                if scan.feed([A] if i % 3 else [], t := i / fps) is not None]  # 2 in 3 frames
    assert len(accepted) == 1
    assert accepted[0] < 0.1


def test_bad_settings_and_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="required"):
        ScanConsensus(required=0)
    with pytest.raises(ValueError, match="negative"):
        ScanConsensus(window=-1)
    with pytest.raises(TypeError, match="sequence"):
        ScanConsensus().feed(A, 0.0)


frames = st.lists(
    st.tuples(st.floats(0.0, 0.5), st.lists(st.sampled_from([A, B]), max_size=2)),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(frames=frames, required=st.integers(1, 4))
def test_acceptances_obey_the_rules(frames: list[tuple[float, list[str]]],
                                    required: int) -> None:
    window, gone_after, gone_frames = 1.5, 0.8, 3
    scan = ScanConsensus(required=required, window=window, gone_after=gone_after,
                         gone_frames=gone_frames)
    now = 0.0
    history: list[tuple[float, list[str]]] = []
    last_accepted: dict[str, int] = {}  # payload -> index in history of its acceptance
    for gap, payloads in frames:
        now += gap
        history.append((now, payloads))
        accepted = scan.feed(payloads, now)
        if accepted is None:
            continue
        assert payloads
        assert set(payloads) == {accepted}
        if accepted in last_accepted:
            # Since its last acceptance it was out of view: a run of frames without it, long
            # enough in frames and in time.
            since = history[last_accepted[accepted] + 1:-1]
            assert any(_gone_run(since[i:], accepted, gone_after, gone_frames)
                       for i in range(len(since)))
        # The last `required` non-empty frames all showed only this payload, within the window.
        recent = [(t, p) for t, p in history if p][-required:]
        assert len(recent) == required
        assert all(set(p) == {accepted} for _, p in recent)
        assert now - recent[0][0] <= window
        last_accepted[accepted] = len(history) - 1


def _gone_run(frames: list[tuple[float, list[str]]], payload: str, seconds: float,
              count: int) -> bool:
    """The frames start with a run without ``payload`` of ``count`` frames and ``seconds``."""
    run = list(itertools.takewhile(lambda f: payload not in f[1], frames))
    return len(run) >= count and run[-1][0] - run[0][0] >= seconds if run else False
